"""Outbound WhatsApp: the handlers' Bot API calls rendered through the Graph API.

Edits go out as new messages (WhatsApp cannot edit); callback answers become short texts
or nothing; files are uploaded as media. Graph errors become the aiogram errors the
outbox sender already handles: rate limits wait, Meta's own failures are tried again,
unreachable people are marked blocked.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.methods import SendMessage, TelegramMethod

from bot.channels.base import BridgedSession, Button, Rendered
from bot.channels.whatsapp.graph import UNREACHABLE, GraphClient, GraphError
from bot.channels.whatsapp.memory import (
    CHOICES,
    KEYBOARD,
    ChatMemory,
    LocalChatMemory,
    replied_to,
)
from bot.channels.whatsapp.render import media_type, render
from bot.channels.whatsapp.uploads import UploadedMedia

# The list's open button, in no particular language: "Menu" is the word in all three.
LIST_LABEL = "☰ Menu"
RETRY_AFTER_SECONDS = 5


class WhatsAppSession(BridgedSession):
    def __init__(self, graph: GraphClient, memory: ChatMemory | None = None) -> None:
        super().__init__()
        self.graph = graph
        # The latest buttons shown in each chat (what a button press refers to), and the
        # latest message's choices while no other message followed (what a typed answer
        # may press: "2" for the second numbered choice, "oui" for "✅ Oui").
        self.memory = memory or LocalChatMemory()
        self.uploads = UploadedMedia()

    async def make_request(self, bot: Bot, method: TelegramMethod[Any],
                           timeout: int | None = None) -> Any:
        try:
            return await super().make_request(bot, method, timeout)
        except GraphError as error:
            await self.raise_as_aiogram(error, method)

    @staticmethod
    async def raise_as_aiogram(error: GraphError, method: Any = None) -> None:
        """Graph errors as the aiogram errors the outbox sender understands."""
        method = method or SendMessage(chat_id=0, text="template")
        if error.rate_limited:
            raise TelegramRetryAfter(method=method, message=str(error),
                                     retry_after=RETRY_AFTER_SECONDS) from error
        if error.transient:
            raise TelegramServerError(method=method, message=str(error)) from error
        if error.code in UNREACHABLE:
            raise TelegramForbiddenError(method=method, message=str(error)) from error
        raise TelegramBadRequest(method=method, message=str(error)) from error

    async def deliver(self, rendered: Rendered) -> None:
        if rendered.document_bytes is None:
            wamids = await self._send_parts(rendered)
        else:
            wamids = await self._send_with_file(rendered, rendered.document_bytes)
        if rendered.buttons:
            await self.memory.remember(KEYBOARD, rendered)
        await self._latest(rendered, wamids)

    async def _send_parts(self, rendered: Rendered, media_id: str | None = None) -> list[str]:
        return [await self.graph.send(str(rendered.chat_id), payload)
                for payload in render(rendered, LIST_LABEL, media_id)]

    async def _send_with_file(self, rendered: Rendered, data: bytes) -> list[str]:
        """The file uploaded once for everyone it goes to; an id Meta refuses (expired,
        deleted) is forgotten and the file uploaded again, once."""
        key = self.uploads.key(data, media_type(rendered), rendered.document or "file")
        media_id = self.uploads.known(key)
        if media_id is not None:
            try:
                return await self._send_parts(rendered, media_id)
            except GraphError as error:
                if error.rate_limited or error.transient:
                    raise
                self.uploads.forget(key)
        return await self._send_parts(rendered, await self.uploads.upload(self.graph, key, data))

    async def latest_choices(self, chat_id: int) -> list[list[Button]]:
        shown = await self.memory.recall(CHOICES, chat_id)
        return shown.buttons if shown is not None else []

    async def _latest(self, rendered: Rendered, wamids: list[str]) -> None:
        """The chat's latest message: its choices are what a typed answer may press, until
        another message follows (then "2" means 2 and "oui" means oui); a reply quoting
        one of its parts (`wamids`) may press them later still."""
        if rendered.buttons:
            await self.memory.remember(CHOICES, rendered)
            for wamid in wamids:
                await self.memory.remember(replied_to(wamid), rendered)
        elif rendered.text:
            await self.memory.forget(CHOICES, rendered.chat_id)

    async def send_template(self, chat_id: str, name: str, language: str,
                            parameters: list[str],
                            buttons: list[list[Button]] | None = None) -> str:
        """A pre-approved template: the only way to write first after 24 hours. The
        buttons of the message it stands for wait for the person's reply, and are the
        choices a typed reply answers ("oui" to an invitation)."""
        wamid = await self.graph.send(chat_id, {"type": "template", "template": {
            "name": name, "language": {"code": language},
            "components": [{"type": "body", "parameters": [
                {"type": "text", "text": value} for value in parameters]}]}})
        await self._latest(Rendered(int(chat_id), 0, " ".join(parameters), buttons or []),
                           [wamid])
        return wamid

    async def fetch_file(self, file_id: str) -> bytes:
        return await self.graph.download(file_id)

    async def close(self) -> None:
        await self.graph.close()
