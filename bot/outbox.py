"""The outbox sender: delivers proactive messages at least once, in priority order.

Each send first takes a token from its channel's buckets (bot/ratelimit.py): about
30 msg/s per Telegram bot, 1 msg/s per chat, 20 msg/min per group, 80 msg/s per WhatsApp
number; shared through Redis when several processes send. Messages to one recipient go
in order, one after another; different recipients go concurrently.

Rows are claimed (status 'sending' with a lease) in a short transaction, sent outside
any transaction, and their outcome recorded in another. A sender that dies mid-send
leaves a lease that expires, so the row is sent again: at most the in-flight message
is duplicated, nothing is lost. On PostgreSQL claims use FOR UPDATE SKIP LOCKED so that
several senders never take the same row.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramRetryAfter,
)
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import Button, keyboard_rows
from bot.channels.long_text import utf16_len
from bot.channels.telegram_limits import CAPTION_MAX
from bot.channels.whatsapp.graph import GraphError
from bot.channels.whatsapp.inbound import WHATSAPP
from bot.channels.whatsapp.session import WhatsAppSession
from bot.channels.whatsapp.window import (
    TEMPLATE_LANGUAGE,
    fits_template,
    template_for,
    template_parameter,
    window_open,
)
from bot.metrics import OUTBOX_SENDS
from bot.outbox_media import MediaCache
from bot.ratelimit import Buckets, Limit, LocalBuckets, acquire, limits_for
from core.announcements.groups import moved
from core.clock import utcnow
from core.i18n import Translate, Translator, format_money, format_span
from core.models import AttachmentKind, Identity, OutboxMessage, OutboxStatus, School
from core.outbox.service import as_it_is_now
from core.week import late_week, remake_late_week
from handlers.week import digest_buttons

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 8
MAX_BACKOFF_SECONDS = 3600


def localized(t: Translate, locale: str, value: Any, timezone: str) -> Any:
    """An argument as the recipient reads it: see core.outbox's when_arg, money_arg,
    label_arg, labels_arg and lines_arg (units_arg: core.i18n)."""
    if isinstance(value, dict) and "lines" in value:
        return "\n".join(t(value["lines"], **{key: localized(t, locale, item, timezone)
                                              for key, item in row.items()})
                         for row in value["rows"])
    if isinstance(value, dict) and "label" in value:
        return t(value["label"])
    if isinstance(value, dict) and "labels" in value:
        return ", ".join(t(label) for label in value["labels"])
    if isinstance(value, dict) and "datetime" in value:
        until = datetime.fromisoformat(value["until"]) if value.get("until") else None
        return format_span(locale, datetime.fromisoformat(value["datetime"]), until, timezone)
    if isinstance(value, dict) and "cents" in value:
        return format_money(locale, int(value["cents"]))
    return value  # a units_arg is shown by the translator itself


@dataclass(frozen=True)
class Target:
    channel: str
    chat_id: str
    identity_id: int | None = None
    last_seen: datetime | None = None  # when the person last wrote (WhatsApp's window)


class OutboxSender:
    def __init__(self, sessions: async_sessionmaker[AsyncSession], bots: dict[str, Bot],
                 translator: Translator, batch_size: int = 100,
                 buckets: Buckets | None = None, concurrency: int = 32,
                 lease: timedelta = LEASE,
                 whatsapp_templates: dict[str, str] | None = None,
                 telegram_per_second: float = 29.0) -> None:
        self.sessions = sessions
        self.bots = bots
        self.translator = translator
        self.batch_size = batch_size
        self.buckets = buckets or LocalBuckets()
        self.concurrency = concurrency
        self.lease = lease
        self.media = MediaCache(sessions)
        self.whatsapp_templates = whatsapp_templates or {}
        self.telegram_per_second = telegram_per_second
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Something was queued: look now rather than at the next poll."""
        self._wake.set()

    async def run_forever(self, poll_seconds: float) -> None:
        while True:
            try:
                sent = await self.run_once()
            except Exception:
                log.exception("outbox pass failed")
                sent = 0
            if sent == 0:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), poll_seconds)

    async def run_once(self) -> int:
        """Claim and send one batch; returns how many rows were handled."""
        claimed = await self._claim()
        by_recipient: dict[str, list[int]] = {}
        for row_id, recipient in claimed:
            by_recipient.setdefault(recipient, []).append(row_id)
        gate = asyncio.Semaphore(self.concurrency)

        async def in_order(row_ids: list[int]) -> None:
            async with gate:
                for row_id in row_ids:
                    await self._deliver(row_id)

        await asyncio.gather(*(in_order(ids) for ids in by_recipient.values()))
        return len(claimed)

    async def drain(self) -> int:
        """Send until nothing is due (tests and the scripted console use this)."""
        total = 0
        while handled := await self.run_once():
            total += handled
        return total

    async def _claim(self) -> list[tuple[int, str]]:
        """Lease a batch of due rows; each with a key naming its recipient."""
        now = utcnow()
        async with self.sessions() as session, session.begin():
            due = or_(
                (OutboxMessage.status == OutboxStatus.PENDING)
                & (OutboxMessage.next_attempt_at <= now),
                (OutboxMessage.status == OutboxStatus.SENDING)
                & (OutboxMessage.claimed_until < now),
            )
            rows = list(await session.scalars(
                select(OutboxMessage).where(due)
                .order_by(OutboxMessage.priority, OutboxMessage.id)
                .limit(self.batch_size)
                .with_for_update(skip_locked=True)
            ))
            for row in rows:
                row.status = OutboxStatus.SENDING
                row.claimed_until = now + self.lease
            return [(row.id, f"m{row.member_id}" if row.member_id else f"c{row.chat_id}")
                    for row in rows]

    async def _deliver(self, row_id: int) -> None:
        async with self.sessions() as session, session.begin():
            row = await session.get_one(OutboxMessage, row_id)
            # answered after its Sunday: the week as it is now (unless stopped since)
            wanted = not late_week(row) or await remake_late_week(session, row, digest_buttons)
            target = await self._target(session, row)
            school = await session.get(School, row.school_id) if row.school_id else None
            args = await as_it_is_now(session, row.message_args) if wanted else None
        channel = target.channel if target else row.channel or "none"
        record = functools.partial(self._record, row_id, channel=channel)
        if row.expires_at is not None and row.expires_at <= utcnow():
            await record(OutboxStatus.EXPIRED, count=False)
            return
        if args is None:  # about an event cancelled since, a week stopped since: no longer holds
            await record(OutboxStatus.CANCELLED, count=False)
            return
        if target is None:
            await record(OutboxStatus.FAILED, error="no reachable identity")
            return
        try:
            status = await self._send(target, row, args,
                                      school.timezone if school else "Europe/Brussels")
        except TelegramRetryAfter as error:
            # Rate limited: the same message waits as told; this is not a failed attempt.
            await record(OutboxStatus.PENDING, error=str(error),
                         delay=timedelta(seconds=error.retry_after), count=False)
        except TelegramMigrateToChat as error:
            await record(OutboxStatus.PENDING, error=str(error), count=False,
                         new_chat_id=str(error.migrate_to_chat_id))
        except TelegramForbiddenError as error:
            await record(OutboxStatus.BLOCKED, error=str(error), unreachable=target.identity_id)
        except TelegramBadRequest as error:
            await record(OutboxStatus.FAILED, error=str(error))
        except Exception as error:  # network trouble, 5xx: try again later
            # The details go to the row only: an error's text may quote a recipient.
            log.warning("outbox row %s: %s", row_id, type(error).__name__)
            await record(OutboxStatus.PENDING, error=repr(error), backoff=True)
        else:
            await record(status)

    async def _target(self, session: AsyncSession, row: OutboxMessage) -> Target | None:
        if row.member_id is None:
            if row.channel in self.bots and row.chat_id:
                return Target(row.channel, row.chat_id)
            return None
        identity = await session.scalar(
            select(Identity)
            .where(Identity.member_id == row.member_id, Identity.unreachable.is_(False),
                   Identity.channel.in_(list(self.bots)))
            .order_by(Identity.last_seen_at.desc().nulls_last(), Identity.id.desc())
            .limit(1)
        )
        if identity is None:
            return None
        return Target(identity.channel, identity.external_id, identity.id,
                      identity.last_seen_at)

    def _limits(self, target: Target) -> list[Limit]:
        return limits_for(target.channel, target.chat_id, self.telegram_per_second)

    async def _send(self, target: Target, row: OutboxMessage, message_args: dict[str, Any],
                    timezone: str) -> str:
        """Send the row (with its arguments as they are now: see core.outbox's event_arg);
        returns its status: sent, or awaiting the person's reply when only its text could
        go (a WhatsApp template) and its buttons or file wait."""
        t = self.translator.for_locale(row.locale)
        args = {key: localized(t, row.locale, value, timezone)
                for key, value in message_args.items()}
        keyboard = [
            [InlineKeyboardButton(text=t(b["label_id"], **b.get("args", {}))[:64],
                                  callback_data=b["data"]) for b in line]
            for line in row.buttons.get("rows", [])
        ]
        text = t(row.message_id, **args)
        markup = InlineKeyboardMarkup(inline_keyboard=keyboard) if keyboard else None
        bot, chat_id = self.bots[target.channel], int(target.chat_id)
        if target.channel == WHATSAPP and not window_open(target.last_seen, utcnow()):
            await acquire(self.buckets, self._limits(target))
            whole = not (row.buttons.get("rows") or row.attachment_id) and fits_template(text)
            await self._send_template(bot, target, row, text, keyboard_rows(markup),
                                      more=None if whole else t("whatsapp-write-back"))
            return OutboxStatus.SENT if whole else OutboxStatus.AWAITING_REPLY
        if row.attachment_id is not None:
            # The file carries the text as its caption when it fits (as Telegram counts),
            # else the text follows (in parts, when long: bot/channels/telegram_limits.py).
            caption = text if utf16_len(text) <= CAPTION_MAX else None
            await self._send_file(target, row.attachment_id, caption,
                                  markup if caption else None)
            if caption:
                return OutboxStatus.SENT
        await acquire(self.buckets, self._limits(target))
        await bot.send_message(chat_id=chat_id, text=text, reply_markup=markup)
        return OutboxStatus.SENT

    async def _send_template(self, bot: Bot, target: Target, row: OutboxMessage,
                             text: str, buttons: list[list[Button]],
                             more: str | None) -> None:
        """Outside WhatsApp's 24-hour window only an approved template may go; the
        message's text is its parameter (buttons, files and the end of a long text wait
        for the person's reply, `more` asks for it: `release_awaiting`; a reply that says
        a button's words presses it)."""
        session = bot.session
        assert isinstance(session, WhatsAppSession)
        try:
            await session.send_template(target.chat_id,
                                        template_for(self.whatsapp_templates, row.message_id),
                                        TEMPLATE_LANGUAGE.get(row.locale, "en"),
                                        [template_parameter(text, more)], buttons)
        except GraphError as error:  # the same meaning as for any other send
            await session.raise_as_aiogram(error)

    async def _send_file(self, target: Target, attachment_id: int, caption: str | None,
                         markup: InlineKeyboardMarkup | None) -> None:
        bot, chat_id = self.bots[target.channel], int(target.chat_id)
        async with self.media.media(target.channel, attachment_id) as (kind, media):
            await acquire(self.buckets, self._limits(target))
            if kind == AttachmentKind.PHOTO:
                sent = await bot.send_photo(chat_id=chat_id, photo=media, caption=caption,
                                            reply_markup=markup)
            else:
                sent = await bot.send_document(chat_id=chat_id, document=media,
                                               caption=caption, reply_markup=markup)
            self.media.remember(target.channel, attachment_id, sent)

    async def _record(self, row_id: int, status: str, *, channel: str,
                      error: str | None = None, delay: timedelta | None = None,
                      count: bool = True, backoff: bool = False,
                      unreachable: int | None = None, new_chat_id: str | None = None) -> None:
        OUTBOX_SENDS.labels(channel, status).inc()
        now = utcnow()
        async with self.sessions() as session, session.begin():
            row = await session.get_one(OutboxMessage, row_id)
            row.attempts += 1 if count else 0
            row.status, row.last_error, row.claimed_until = status, error, None
            if status == OutboxStatus.SENT:
                row.sent_at = now
            if status in (OutboxStatus.FAILED, OutboxStatus.BLOCKED) and row.channel is None:
                # Which app refused a member's message, for the panel's list of messages
                # that did not arrive (the sender picks a member's app at each attempt).
                row.channel = channel if channel != "none" else None
            if new_chat_id:
                await moved(session, row.channel or "", row.chat_id or "", new_chat_id)
                row.chat_id = new_chat_id
            if backoff:
                if row.attempts >= MAX_ATTEMPTS:
                    row.status = OutboxStatus.FAILED
                delay = timedelta(seconds=min(2**row.attempts, MAX_BACKOFF_SECONDS))
            row.next_attempt_at = now + (delay or timedelta(0))
            if unreachable is not None:
                identity = await session.get_one(Identity, unreachable)
                identity.unreachable = True
