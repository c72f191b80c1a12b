"""How a test person reaches the bot, per channel, behind one interface:
say, send a file, press a button, read their chat.

- console: the console channel itself.
- telegram: Telegram-shaped updates fed to the Dispatcher; replies through aiogram's HTTP
  client to the local Bot API server, read back from the calls it received.
- whatsapp: Meta-shaped webhook payloads through the real inbound adapter; what the bot
  sends goes through the real session and Graph client to a local Graph API server (which
  enforces WhatsApp's limits), and is read back from there as the person would see it.
"""

from __future__ import annotations

import itertools
import re
import time
from typing import Any, Protocol

from aiogram import Bot, Dispatcher
from aiogram.types import Update

from bot.channels.base import Button, Rendered
from bot.channels.console import PHOTO_SUFFIXES, ConsoleChannel, ConsoleUser
from bot.channels.whatsapp.inbound import WhatsAppChannel
from tests.support.graph_api import (
    LocalGraphApi,
    button_reply,
    media_message,
    text_message,
    voice_message,
    webhook_call,
)
from tests.support.telegram_api import Call, LocalBotApi

NUMBERED = re.compile(r"^(\d+)\. (.*)$")
TYPED = "#typed:"  # a "button" of numbered text: pressing it types its number
VOICE = {"file_id": "voice-1", "file_unique_id": "voice-1", "duration": 3}  # a voice note


class ChatDriver(Protocol):
    async def say(self, user: ConsoleUser, text: str | None,
                  group: tuple[int, str] | None = None, **extra: Any) -> list[Rendered]: ...

    async def send_file(self, user: ConsoleUser, filename: str, data: bytes,
                        caption: str = "") -> list[Rendered]: ...

    async def press_data(self, user: ConsoleUser, keyboard: Rendered,
                         data: str) -> list[Rendered]: ...

    async def send_voice_note(self, user: ConsoleUser) -> list[Rendered]: ...

    def keyboards_for(self, user: ConsoleUser) -> Rendered | None: ...

    def inbox(self, chat_id: int) -> list[Rendered]: ...


class ConsoleDriver:
    def __init__(self, console: ConsoleChannel) -> None:
        self.console = console
        self.say, self.send_file = console.say, console.send_file
        self.press_data, self.keyboards_for = console.press_data, console.keyboards_for

    async def send_voice_note(self, user: ConsoleUser) -> list[Rendered]:
        return await self.console.say(user, None, voice=VOICE)

    def inbox(self, chat_id: int) -> list[Rendered]:
        return self.console.session.inbox.get(chat_id, [])


class WhatsAppDriver:
    def __init__(self, channel: WhatsAppChannel, graph: LocalGraphApi) -> None:
        self.channel, self.graph = channel, graph

    async def say(self, user: ConsoleUser, text: str | None,
                  group: tuple[int, str] | None = None, **extra: Any) -> list[Rendered]:
        assert group is None, "WhatsApp has no class groups here"
        return await self._feed(user, text_message(str(user.id), text or ""))

    async def say_quoting(self, user: ConsoleUser, text: str,
                          quoted: dict[str, Any]) -> list[Rendered]:
        """A reply to one of the bot's messages (`quoted`, as the Graph API got it),
        swiped on the phone to answer that very message."""
        return await self._feed(user, text_message(str(user.id), text,
                                                    self.graph.wamid_of(quoted)))

    async def send_file(self, user: ConsoleUser, filename: str, data: bytes,
                        caption: str = "") -> list[Rendered]:
        photo = filename.lower().endswith(PHOTO_SUFFIXES)
        media_id = self.graph.upload_file(data, "image/jpeg" if photo else "application/pdf")
        return await self._feed(user, media_message(
            str(user.id), media_id, "image" if photo else "document", caption,
            "" if photo else filename))

    async def send_voice_note(self, user: ConsoleUser) -> list[Rendered]:
        return await self._feed(user, voice_message(str(user.id)))

    async def press_data(self, user: ConsoleUser, keyboard: Rendered,
                         data: str) -> list[Rendered]:
        if data.startswith(TYPED):
            return await self._feed(user, text_message(str(user.id), data[len(TYPED):]))
        return await self._feed(user, button_reply(str(user.id), data))

    def keyboards_for(self, user: ConsoleUser) -> Rendered | None:
        return next((r for r in reversed(self.inbox(user.id)) if r.buttons), None)

    def inbox(self, chat_id: int) -> list[Rendered]:
        return [rendered_from(chat_id, index, payload, self.graph)
                for index, payload in enumerate(self.graph.to(str(chat_id)))]

    async def _feed(self, user: ConsoleUser, message: dict[str, Any]) -> list[Rendered]:
        before = len(self.graph.to(str(user.id)))
        call = webhook_call(message, names={str(user.id): user.first_name})
        await self.channel.feed_payload(call)
        return self.inbox(user.id)[before:]


def rendered_from(chat_id: int, index: int, payload: dict[str, Any],
                  graph: LocalGraphApi) -> Rendered:
    """A message the Graph API received, as the person sees it in WhatsApp."""
    kind = payload["type"]
    if kind == "text":
        return numbered_keyboard(Rendered(chat_id, index, payload["text"]["body"]))
    if kind == "interactive":
        interactive = payload["interactive"]
        if interactive["type"] == "button":
            buttons = [Button(b["reply"]["title"], b["reply"]["id"])
                       for b in interactive["action"]["buttons"]]
        else:  # a list row shows its title, and the full label underneath when cut
            buttons = [Button(row.get("description") or row["title"], row["id"])
                       for section in interactive["action"]["sections"]
                       for row in section["rows"]]
        header = interactive.get("header", {})
        media = header.get(header.get("type", ""), {})
        return Rendered(chat_id, index, interactive["body"]["text"], [buttons],
                        document=media.get("filename") or ("photo" if media else None),
                        document_bytes=graph.media[media["id"]][0] if media else None,
                        is_photo=header.get("type") == "image")
    if kind == "template":
        return Rendered(chat_id, index, payload["template"]["components"][0]["parameters"][0][
            "text"])
    media = payload[kind]
    return Rendered(chat_id, index, media.get("caption", ""),
                    document=media.get("filename") or "photo",
                    document_bytes=graph.media[media["id"]][0], is_photo=kind == "image")


def numbered_keyboard(rendered: Rendered) -> Rendered:
    """Numbered choices (more than WhatsApp's 10 rows) become buttons that type a number."""
    lines = rendered.text.split("\n")
    choices = []
    while lines and (match := NUMBERED.match(lines[-1])):
        choices.insert(0, Button(match[2], TYPED + match[1]))
        lines.pop()
    if not choices or not lines or lines[-1] != "":
        return rendered
    return Rendered(rendered.chat_id, rendered.message_id, "\n".join(lines[:-1]), [choices])


class TelegramDriver:
    """Telegram through aiogram's real HTTP client against the local Bot API server:
    updates shaped as Telegram sends them, fed to the Dispatcher as the webhook does."""

    def __init__(self, dispatcher: Dispatcher, bot: Bot, api: LocalBotApi) -> None:
        self.dispatcher, self.bot, self.api = dispatcher, bot, api
        self._ids = itertools.count(time.time_ns() // 1000)
        self._callback_chats: dict[str, int] = {}

    async def say(self, user: ConsoleUser, text: str | None,
                  group: tuple[int, str] | None = None, **extra: Any) -> list[Rendered]:
        chat = ({"id": group[0], "type": "group", "title": group[1]} if group else
                {"id": user.id, "type": "private", "first_name": user.first_name})
        message = {"message_id": next(self._ids) % 2**31, "date": int(time.time()),
                   "chat": chat, "from": user.as_dict(),
                   **({"text": text} if text is not None else {}), **extra}
        return await self._feed(user, {"message": message})

    async def send_file(self, user: ConsoleUser, filename: str, data: bytes,
                        caption: str = "") -> list[Rendered]:
        file_id = f"sent-{next(self._ids)}"
        self.api.files[file_id] = data
        about = {"file_id": file_id, "file_unique_id": file_id, "file_size": len(data)}
        media = ({"photo": [{**about, "width": 1280, "height": 960}]}
                 if filename.lower().endswith(PHOTO_SUFFIXES) else
                 {"document": {**about, "file_name": filename}})
        return await self.say(user, None, caption=caption or None, **media)

    async def send_voice_note(self, user: ConsoleUser) -> list[Rendered]:
        return await self.say(user, None, voice=VOICE)

    async def press_data(self, user: ConsoleUser, keyboard: Rendered,
                         data: str) -> list[Rendered]:
        query_id = str(next(self._ids))
        self._callback_chats[query_id] = user.id
        message = {"message_id": keyboard.message_id, "date": int(time.time()),
                   "chat": {"id": user.id, "type": "private"},
                   "from": {"id": 4242, "is_bot": True, "first_name": "SchoolHub"},
                   "text": keyboard.text or "…"}
        if keyboard.buttons:  # as Telegram sends it: the message with its keyboard
            message["reply_markup"] = {"inline_keyboard": [
                [{"text": b.label, ("url" if b.data.startswith("http") else "callback_data"):
                  b.data} for b in row] for row in keyboard.buttons]}
        return await self._feed(user, {"callback_query": {
            "id": query_id, "from": user.as_dict(), "chat_instance": str(user.id),
            "message": message, "data": data}})

    def keyboards_for(self, user: ConsoleUser) -> Rendered | None:
        return next((r for r in reversed(self.inbox(user.id)) if r.buttons), None)

    def inbox(self, chat_id: int) -> list[Rendered]:
        shown = []
        for call in self.api.calls:
            rendered = self._rendered(call)
            if rendered is not None and rendered.chat_id == chat_id:
                shown.append(rendered)
        return shown

    def _rendered(self, call: Call) -> Rendered | None:
        params = call.params
        if call.method == "answerCallbackQuery":  # a toast, read as a short message
            chat = self._callback_chats.get(str(params.get("callback_query_id")))
            return Rendered(chat, 0, params["text"]) if params.get("text") and chat else None
        if call.result is None:
            return None
        message = call.result
        buttons = [[Button(b["text"], b.get("callback_data") or b.get("url", ""))
                    for b in row]
                   for row in message.get("reply_markup", {}).get("inline_keyboard", [])]
        rendered = Rendered(message["chat"]["id"], message["message_id"], message["text"],
                            buttons, edited=call.method == "editMessageText")
        for kind in ("photo", "document"):
            if kind in params:
                rendered.document = self.api.file_names.get(params[kind], "photo")
                rendered.document_bytes = self.api.files.get(params[kind])
                rendered.is_photo = kind == "photo"
        return rendered

    async def _feed(self, user: ConsoleUser, payload: dict[str, Any]) -> list[Rendered]:
        before = len(self.inbox(user.id))
        update = Update.model_validate({"update_id": next(self._ids), **payload},
                                       context={"bot": self.bot})
        await self.dispatcher.feed_update(self.bot, update)
        return self.inbox(user.id)[before:]
