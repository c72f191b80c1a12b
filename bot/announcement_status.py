"""Keeps each sender's status message live while an announcement is delivered.

The figures come from the outbox rows and the reads; the message is edited only when
they changed, and the figures are stored on the announcement for the panel. Where
messages cannot be edited (WhatsApp), a new one goes only when delivery is done.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.announcements.schedule import after_the_night
from core.announcements.service import figures, first_words
from core.clock import utcnow
from core.db import unit_of_work
from core.i18n import Translator, format_datetime
from core.models import Announcement, AnnouncementStatus, Member, School
from core.outbox import enqueue_for_member, when_arg
from handlers.announcements import status_buttons, status_text

log = logging.getLogger(__name__)
FOLLOW_FOR = timedelta(days=2)
EDITS_IN_PLACE = {"telegram", "console"}  # WhatsApp cannot edit: an edit is a new message


async def refresh_status_messages(sessions: async_sessionmaker[AsyncSession],
                                  bots: dict[str, Bot], translator: Translator) -> int:
    """Edit the status messages whose figures changed; returns how many were edited."""
    edited = 0
    async with unit_of_work(sessions) as uow:
        recent = await uow.session.scalars(select(Announcement).where(
            Announcement.status == AnnouncementStatus.QUEUED,
            Announcement.queued_at > utcnow() - FOLLOW_FOR,
            Announcement.status_message_id.is_not(None)))
        for announcement in list(recent):
            current = await figures(uow.session, announcement)
            bot = bots.get(announcement.status_channel or "")
            if current.as_dict() == announcement.figures or bot is None:
                continue
            finished = current.queued == 0 and announcement.figures.get("queued") != 0
            announcement.figures = current.as_dict()
            if announcement.status_channel not in EDITS_IN_PLACE and not finished:
                continue  # one new message when delivery is done, not one per change
            author = await uow.session.get_one(Member, announcement.author_id)
            t = translator.for_locale(author.locale)
            try:
                await bot.edit_message_text(
                    chat_id=int(announcement.status_chat_id),
                    message_id=announcement.status_message_id,
                    text=status_text(t, current),
                    reply_markup=status_buttons(t, announcement))
                edited += 1
            except TelegramBadRequest as error:  # deleted by the sender, say: stop trying
                log.info("status message of announcement %s: %s", announcement.id, error)
    return edited


async def start_status_message(sessions: async_sessionmaker[AsyncSession],
                               bots: dict[str, Bot], translator: Translator,
                               announcement_id: int) -> bool:
    """A scheduled announcement just went out: its author hears so in the chat where
    they scheduled it, and its status message starts there (followed as after *Send*).
    Where that chat cannot be written to now (WhatsApp after a day of silence, a bot
    gone), the news goes through the outbox; scheduled from the panel, the panel's page
    follows it. True when the status message started."""
    async with unit_of_work(sessions) as uow:
        announcement = await uow.session.get_one(Announcement, announcement_id)
        if announcement.status_channel is None or announcement.status_chat_id is None:
            return False
        author = await uow.session.get_one(Member, announcement.author_id)
        school = await uow.session.get_one(School, announcement.school_id)
        t = translator.for_locale(author.locale)
        current = await figures(uow.session, announcement)
        args = {"words": first_words(announcement.texts[announcement.original_locale]),
                "count": current.families, "who": current.who}
        # more than an hour late, in the night: families get it in the morning, and so
        # its author is told, rather than "going out now"
        news, shown = "announcements-schedule-went-out", args
        if (morning := after_the_night(school, announcement)) is not None:
            news = "announcements-schedule-after-night"
            shown = {**args, "when": format_datetime(t.locale, morning, school.timezone)}
            args = {**args, "when": when_arg(morning)}
        bot = bots.get(announcement.status_channel)
        try:
            if bot is None:
                raise LookupError(announcement.status_channel)
            chat_id = int(announcement.status_chat_id)
            await bot.send_message(chat_id=chat_id, text=t(news, **shown))
            status = await bot.send_message(chat_id=chat_id, text=status_text(t, current),
                                            reply_markup=status_buttons(t, announcement))
        except Exception as error:  # noqa: BLE001 (told through the outbox instead)
            log.info("status message of scheduled announcement %s: %s", announcement.id,
                     error)
            await enqueue_for_member(uow.session, author,
                                     purpose=f"announcement-schedule-out:{announcement.id}",
                                     message_id=f"{news}-later",
                                     args=args)
            return False
        announcement.status_message_id = status.message_id
        announcement.figures = current.as_dict()
        return True
