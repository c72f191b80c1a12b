"""What an update shows people waits for its commit.

Handlers answer as they go (`message.answer(...)`), but what they say is only true once
the update's transaction commits. So while an update is handled, the Bot API calls that
show something to someone are held, and sent in order after the commit, outside the
update's turn: no database connection or row lock waits on Telegram's or Meta's round
trip, and a rolled-back update never told anyone it succeeded. When it fails, what it
held is dropped and the person gets the refusal or the apology instead.

Calls that fetch something (a file, the bot's name) are never held, nor is anything sent
outside an update (the outbox, the scheduler).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextvars import ContextVar
from typing import Any, TypeVar

import aiohttp
from aiogram import Bot
from aiogram.client.session.middlewares.base import BaseRequestMiddleware, NextRequestMiddlewareType
from aiogram.exceptions import TelegramNetworkError, TelegramRetryAfter, TelegramServerError
from aiogram.methods import (
    AnswerCallbackQuery,
    DeleteMessage,
    EditMessageCaption,
    EditMessageReplyMarkup,
    EditMessageText,
    SendDocument,
    SendMessage,
    SendPhoto,
    TelegramMethod,
)

log = logging.getLogger(__name__)

# Pauses before trying a reply again after a passing failure; then it is given up (and
# logged): the person has been waiting for it.
RETRY_PAUSES = (0.5, 1.5, 4.0)
LONGEST_RATE_LIMIT_WAIT = 30  # seconds; Telegram asks for a few at most to one chat
PASSING_FAILURES = (TelegramServerError, TelegramNetworkError, aiohttp.ClientError,
                    asyncio.TimeoutError)  # the last two from WhatsApp's Graph client

T = TypeVar("T")

SHOWN = (SendMessage, SendPhoto, SendDocument, EditMessageText, EditMessageCaption,
         EditMessageReplyMarkup, AnswerCallbackQuery, DeleteMessage)


class Held:
    """The calls one update made to show something, in the order it made them."""

    def __init__(self) -> None:
        self.calls: list[TelegramMethod[Any]] = []
        self.open = False

    @contextlib.contextmanager
    def holding(self) -> Iterator[None]:
        token = _current.set(self)
        self.open = True
        try:
            yield
        finally:
            # A task started inside the update keeps this context: once closed, whatever
            # it sends goes at once instead of into a list nobody sends.
            self.open = False
            _current.reset(token)

    def drop(self) -> None:
        self.calls.clear()

    async def send(self, bot: Bot) -> None:
        """Sends what was held. The update is committed and Telegram or Meta will not
        send it again: a passing failure (a network error, their server's, a rate limit)
        is tried again a few times, in order; one that cannot be delivered (the person
        blocked the bot) is logged and the rest still go."""
        calls, self.calls = self.calls, []
        for method in calls:
            try:
                await with_retries(functools.partial(bot, method))
            except Exception:
                log.exception("%s after the commit not delivered", type(method).__name__)


async def with_retries(send: Callable[[], Awaitable[T]]) -> T:
    """`send()`, tried again after a passing failure or a short rate limit (also each
    part after the first of a long Telegram text: bot/channels/telegram_limits.py)."""
    for pause in (*RETRY_PAUSES, None):
        try:
            return await send()
        except TelegramRetryAfter as error:
            if pause is None or error.retry_after > LONGEST_RATE_LIMIT_WAIT:
                raise
            wait = float(error.retry_after)
        except PASSING_FAILURES:
            if pause is None:
                raise
            wait = pause
        await asyncio.sleep(wait)
    raise AssertionError("unreachable: the last try raises")


_current: ContextVar[Held | None] = ContextVar("held_replies", default=None)


class HoldReplies(BaseRequestMiddleware):
    """Bot session middleware: inside an update, a call that shows something is held
    (and returns None: handlers do not use what the Bot API answers, see `sent_now`)."""

    async def __call__(self, make_request: NextRequestMiddlewareType[Any], bot: Bot,
                       method: TelegramMethod[Any]) -> Any:
        held = _current.get()
        if held is None or not held.open or not isinstance(method, SHOWN):
            return await make_request(bot, method)
        held.calls.append(method)
        return None


@contextlib.asynccontextmanager
async def sent_now(bot: Bot) -> AsyncIterator[None]:
    """For the rare message whose id must be stored by the update itself: what was
    held so far goes first, in order, then the calls inside this block go at once."""
    held = _current.get()
    if held is None or not held.open:
        yield
        return
    held.open = False
    await held.send(bot)
    try:
        yield
    finally:
        held.open = True
