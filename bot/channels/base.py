"""What every channel shares: a Bot that knows its channel, and the bridged session.

A bridged channel (console, WhatsApp) gets its own `ChannelBot` whose session renders
the Bot API subset handlers use, so handlers never know which channel they talk to.
"""

from __future__ import annotations

import abc
import itertools
import time
from dataclasses import dataclass, field
from typing import Any

from aiogram import Bot
from aiogram.client.session.base import BaseSession
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteMessage,
    EditMessageText,
    GetMe,
    SendDocument,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)
from aiogram.types import (
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    User,
)

from bot.channels.telegram_limits import TelegramLimits
from bot.replies import HoldReplies


class ChannelBot(Bot):
    """A Bot tagged with the channel it speaks on ('telegram', 'whatsapp', 'console'),
    whose replies to an update wait for the update's commit (bot/replies.py). On
    Telegram, what it sends then (and whatever else: the outbox) keeps within Telegram's
    lengths (bot/channels/telegram_limits.py); bridged sessions render their own way."""

    def __init__(self, token: str, channel: str, **kwargs: Any) -> None:
        super().__init__(token, **kwargs)
        self.channel = channel
        self.session.middleware(HoldReplies())  # the outer one: held calls come back
        if channel == "telegram":
            self.session.middleware(TelegramLimits())


def channel_of(bot: Bot) -> str:
    return getattr(bot, "channel", "telegram")


async def download_file(bot: Bot, file_id: str) -> bytes:
    """A file a person sent, from whichever channel they sent it on."""
    if isinstance(bot.session, BridgedSession):
        return await bot.session.fetch_file(file_id)
    buffer = await bot.download(file_id)
    assert buffer is not None
    return buffer.read()


async def latest_choices(bot: Bot, chat_id: int) -> InlineKeyboardMarkup | None:
    """The buttons of the chat's latest message, as a keyboard to show again, on a
    channel where a typed answer presses them (WhatsApp: "oui" for "✅ Oui") only while
    their message is the latest one; None elsewhere, or when it had none."""
    if not isinstance(bot.session, BridgedSession):
        return None
    rows = await bot.session.latest_choices(chat_id)
    if not rows:
        return None
    return InlineKeyboardMarkup(inline_keyboard=[[
        InlineKeyboardButton(text=b.label, url=b.data) if b.data.startswith(
            ("https://", "http://")) else InlineKeyboardButton(text=b.label, callback_data=b.data)
        for b in row] for row in rows])


class UnsupportedMethod(RuntimeError):
    """A handler used a Bot API method outside the subset every channel renders."""


@dataclass
class Button:
    label: str
    data: str


@dataclass
class Rendered:
    """One outgoing message as a bridged channel shows it."""

    chat_id: int
    message_id: int
    text: str
    buttons: list[list[Button]] = field(default_factory=list)
    document: str | None = None
    document_bytes: bytes | None = None
    is_photo: bool = False
    edited: bool = False

    @property
    def flat_buttons(self) -> list[Button]:
        return [b for row in self.buttons for b in row]


def keyboard_rows(markup: Any) -> list[list[Button]]:
    if not isinstance(markup, InlineKeyboardMarkup):
        return []
    return [
        [Button(b.text, b.callback_data or b.url or "") for b in row]
        for row in markup.inline_keyboard
    ]


def file_bytes(document: Any) -> bytes | None:
    return document.data if isinstance(document, BufferedInputFile) else None


def file_name(document: Any) -> str:
    if isinstance(document, InputFile):
        return document.filename or "file"
    return str(document)


class BridgedSession(BaseSession):
    """Turns the handlers' Bot API calls into `Rendered` messages for `deliver()`."""

    bot_user_id = 1

    def __init__(self) -> None:
        super().__init__()
        self._message_ids = itertools.count(int(time.time()) % 1_000_000 * 1000)
        self._callback_chats: dict[str, int] = {}
        self.files: dict[str, bytes] = {}

    @abc.abstractmethod
    async def deliver(self, rendered: Rendered) -> None:
        """Show one outgoing message the channel's way."""

    async def fetch_file(self, file_id: str) -> bytes:
        """The bytes of a file the person sent (uploads are kept by file id)."""
        try:
            return self.files[file_id]
        except KeyError:
            raise FileNotFoundError(file_id) from None

    async def latest_choices(self, chat_id: int) -> list[list[Button]]:
        """The latest message's buttons while it is the latest, where typed answers press
        them (see `latest_choices` above); channels that do not: none."""
        return []

    def expect_callback(self, callback_query_id: str, chat_id: int) -> None:
        """The inbound adapter says where a button press came from, for its answer."""
        self._callback_chats[callback_query_id] = chat_id

    async def _acknowledge(self, bot: Bot, method: AnswerCallbackQuery) -> None:
        # Channels without toasts show the answer's text, if any, as a short message.
        chat_id = self._callback_chats.pop(method.callback_query_id, None)
        if method.text and chat_id is not None:
            await self._send(bot, chat_id, method.text, None)

    async def make_request(
        self, bot: Bot, method: TelegramMethod[Any], timeout: int | None = None
    ) -> Any:
        if isinstance(method, SendMessage):
            return await self._send(bot, method.chat_id, method.text, method.reply_markup)
        if isinstance(method, EditMessageText):
            rendered = Rendered(int(method.chat_id), int(method.message_id), method.text,
                                keyboard_rows(method.reply_markup), edited=True)
            await self.deliver(rendered)
            return self._message(bot, rendered)
        if isinstance(method, SendDocument | SendPhoto):
            media = method.document if isinstance(method, SendDocument) else method.photo
            return await self._send(bot, method.chat_id, method.caption or "",
                                    method.reply_markup, document=file_name(media),
                                    document_bytes=file_bytes(media),
                                    is_photo=isinstance(method, SendPhoto))
        if isinstance(method, AnswerCallbackQuery):
            await self._acknowledge(bot, method)
            return True
        if isinstance(method, DeleteMessage):
            return True
        if isinstance(method, GetMe):
            return User(id=self.bot_user_id, is_bot=True, first_name="SchoolHub",
                        username="schoolhub_bot")
        raise UnsupportedMethod(type(method).__name__)

    async def _send(self, bot: Bot, chat_id: Any, text: str, markup: Any,
                    document: str | None = None, document_bytes: bytes | None = None,
                    is_photo: bool = False) -> Message:
        rendered = Rendered(int(chat_id), next(self._message_ids), text,
                            keyboard_rows(markup), document=document,
                            document_bytes=document_bytes, is_photo=is_photo)
        await self.deliver(rendered)
        return self._message(bot, rendered)

    def _message(self, bot: Bot, rendered: Rendered) -> Message:
        return Message.model_validate(
            {
                "message_id": rendered.message_id,
                "date": int(time.time()),
                "chat": {"id": rendered.chat_id, "type": "private"},
                "from": {"id": self.bot_user_id, "is_bot": True, "first_name": "SchoolHub"},
                "text": rendered.text,
                "reply_markup": {
                    "inline_keyboard": [
                        [{"text": b.label, "callback_data": b.data} for b in row]
                        for row in rendered.buttons
                    ]
                } if rendered.buttons else None,
            },
            context={"bot": bot},
        )

    async def close(self) -> None:
        return None

    async def stream_content(self, url: str, headers: Any = None, timeout: int = 30,
                             chunk_size: int = 65536, raise_for_status: bool = True):
        raise UnsupportedMethod("stream_content")
        yield b""  # pragma: no cover - makes this an async generator
