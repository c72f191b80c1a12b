"""Telegram's length limits, kept in one place: the Telegram bot's session.

Telegram refuses a text above 4096 UTF-16 code units ("message is too long") and a
caption above 1024. Whatever asks for such a send — a handler's reply (held until its
update commits, bot/replies.py, then sent through here), the outbox, the scheduler — gets
it as several messages in order instead, cut at line ends, else between words
(`split_text`, as on WhatsApp), the buttons under the last part, whose `Message` is
returned: whoever stores a message id (to edit it later) stores the one with the buttons.
A later part is silent (one notification for the whole text), and tried again after a
passing failure on its own, so the parts already gone are not sent twice.

An edit cannot become two messages: a text above the limit is cut short with "…", its
buttons kept.
"""

from __future__ import annotations

import functools
from typing import Any

from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.methods import EditMessageText, SendDocument, SendMessage, SendPhoto, TelegramMethod
from aiogram.types import Message

from bot.channels.long_text import TEXT_MAX, cut_short, split_text, utf16_len
from bot.replies import with_retries

CAPTION_MAX = 1024  # a photo's or document's caption, in UTF-16 code units


class TelegramLimits(BaseRequestMiddleware):
    async def __call__(self, make_request: NextRequestMiddlewareType[Any], bot: Bot,
                       method: TelegramMethod[Any]) -> Any:
        if isinstance(method, SendMessage) and utf16_len(method.text) > TEXT_MAX:
            return await in_parts(make_request, bot, method)
        if isinstance(method, EditMessageText) and utf16_len(method.text) > TEXT_MAX:
            method = method.model_copy(
                update={"text": cut_short(method.text, TEXT_MAX, utf16_len)})
        if isinstance(method, SendPhoto | SendDocument) and method.caption \
                and utf16_len(method.caption) > CAPTION_MAX:
            return await caption_after(make_request, bot, method)
        return await make_request(bot, method)


async def in_parts(make_request: NextRequestMiddlewareType[Any], bot: Bot,
                   method: SendMessage, first_sent: bool = False) -> Message:
    """The text as several messages, in order; the buttons under the last."""
    parts = ([part for part in split_text(method.text, TEXT_MAX, utf16_len) if part.strip()]
             or [cut_short(method.text, TEXT_MAX, utf16_len)])  # only blanks: Telegram says
    sent: Message | None = None
    for number, part in enumerate(parts):
        first, last = number == 0 and not first_sent, number == len(parts) - 1
        piece = method.model_copy(update={
            "text": part, "reply_markup": method.reply_markup if last else None,
            **({} if first else {"reply_parameters": None, "reply_to_message_id": None,
                                 "disable_notification": True})})
        send = functools.partial(make_request, bot, piece)
        # The first part fails as the whole would (the caller retries it, or not); a
        # later one is retried here, lest what went already go again.
        sent = await (send() if first else with_retries(send))
    assert sent is not None
    return sent


async def caption_after(make_request: NextRequestMiddlewareType[Any], bot: Bot,
                        method: SendPhoto | SendDocument) -> Message:
    """The file alone, then its caption as a message with the buttons (the outbox
    does so itself: bot/outbox.py)."""
    await make_request(bot, method.model_copy(update={"caption": None, "reply_markup": None}))
    text = SendMessage(chat_id=method.chat_id, text=method.caption or "",
                       reply_markup=method.reply_markup,
                       message_thread_id=method.message_thread_id)
    return await in_parts(make_request, bot, text, first_sent=True)
