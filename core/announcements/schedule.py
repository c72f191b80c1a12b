"""Announcements sent later ("Send later"): its author picks when a draft goes out.

Scheduling takes the checks of sending (the author's roles now, their classes) and a time
in the next 30 days; the announcement is then `scheduled`, its author's alone as a draft
is (sent now, given another time, or back to a draft), and nothing is queued yet. When its
time comes, the scheduler claims it (a conditional UPDATE of its status: two runs, or two
replicas, never both send it) and sends it as *Send* does (service.go_out): recipients as
they are then, the author's roles checked again (a role taken back meanwhile: it is not
sent, it is a draft again, and its author is told why).

Quiet hours: the time its author typed wins, for this announcement only: one at 07:00
goes at 07:00 even if the night lasts until 08:00 (the author is told so when scheduling
it). One that comes out more than an hour late (SchoolHub was down) follows the usual
rule again: not urgent, it waits for the morning rather than wake families at night.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from core.announcements.service import (
    Buttons,
    check_still_author,
    draft,
    first_words,
    go_out,
)
from core.errors import DomainError
from core.events.dates import parse_when
from core.models import Announcement, AnnouncementStatus, Member, MemberStatus, School
from core.outbox import enqueue_for_member, when_arg
from core.quiet import is_quiet, quiet_end_after

AHEAD = timedelta(days=30)  # furthest a time may be
ON_TIME = timedelta(hours=1)  # later than this (SchoolHub was down), quiet hours apply again
DUE_BATCH = 50


def when_to_send(text: str | None, timezone: str, now: datetime) -> datetime:
    """The moment typed ("24/11 7h00", "2026-11-24 07:00"), in the school's time zone,
    in UTC; refused when unreadable, past, or more than 30 days ahead."""
    try:
        moment = parse_when(text, timezone, now)
        # without a year parse_when takes the next such day: 22/11 typed on 23/11 is a
        # year ahead; read from a month ago, it shows as the past it is
        recent = parse_when(text, timezone, now - AHEAD)
    except DomainError as error:
        if error.message_id == "events-when-skipped":  # the night the clocks go forward
            raise
        raise DomainError("announcements-later-invalid") from error
    if recent <= now:
        raise DomainError("announcements-later-past")
    if moment > now + AHEAD:
        raise DomainError("announcements-later-too-far", days=AHEAD.days)
    return moment


def in_quiet_hours(school: School, announcement: Announcement) -> bool:
    """Whether a scheduled one (not urgent) goes out during the night, at its author's
    word: what scheduling it says."""
    return (not announcement.urgent and announcement.send_at is not None
            and is_quiet(school, announcement.send_at))


def after_the_night(school: School, announcement: Announcement) -> datetime | None:
    """When one that went out more than an hour late (not urgent) reaches families, if
    that was during the quiet hours: their end, what its author is told; None when it
    goes at once."""
    queued, planned = announcement.queued_at, announcement.send_at
    if (announcement.urgent or queued is None or planned is None
            or queued - planned <= ON_TIME or not is_quiet(school, queued)):
        return None
    return quiet_end_after(school, queued)


async def schedule(session: AsyncSession, author: Member, announcement_id: int,
                   send_at: datetime, *, channel: str | None = None,
                   chat_id: str | None = None) -> Announcement:
    """The draft waits for `send_at` (checked by `when_to_send`), with the checks of
    *Send*. `channel`, `chat_id`: where its author's status message goes once it is
    out (the chat where it was scheduled; none from the panel)."""
    announcement = await draft(session, author, announcement_id)
    await check_still_author(session, author, announcement)
    announcement.status, announcement.send_at = AnnouncementStatus.SCHEDULED, send_at
    announcement.status_channel, announcement.status_chat_id = channel, chat_id
    announcement.status_message_id = None
    await session.flush()
    return announcement


async def scheduled(session: AsyncSession, author: Member, announcement_id: int
                    ) -> Announcement:
    """The author's scheduled announcement, locked and read afresh; one gone out or back
    to a draft since (a stale button, a double tap) is refused as such."""
    announcement = await session.get(Announcement, announcement_id, with_for_update=True,
                                     populate_existing=True)
    if announcement is None or announcement.author_id != author.id:
        raise DomainError("announcements-not-found")
    if announcement.status == AnnouncementStatus.DRAFT:
        raise DomainError("announcements-schedule-not-set")
    if announcement.status != AnnouncementStatus.SCHEDULED:
        raise DomainError("announcements-schedule-gone")
    return announcement


async def reschedule(session: AsyncSession, author: Member, announcement_id: int,
                     send_at: datetime) -> Announcement:
    announcement = await scheduled(session, author, announcement_id)
    await check_still_author(session, author, announcement)
    announcement.send_at = send_at
    await session.flush()
    return announcement


async def unschedule(session: AsyncSession, author: Member, announcement_id: int
                     ) -> Announcement:
    """Back to a draft, to change, send or schedule again."""
    announcement = await scheduled(session, author, announcement_id)
    announcement.status, announcement.send_at = AnnouncementStatus.DRAFT, None
    await session.flush()
    return announcement


async def unschedule_all(session: AsyncSession, author: Member) -> int:
    """All the author's scheduled announcements back to drafts (they are deactivated,
    say: none goes out in their name, and an admin is told how many stopped); returns
    how many."""
    stopped = list(await session.scalars(select(Announcement).where(
        Announcement.author_id == author.id,
        Announcement.status == AnnouncementStatus.SCHEDULED).with_for_update()))
    for announcement in stopped:
        announcement.status, announcement.send_at = AnnouncementStatus.DRAFT, None
    await session.flush()
    return len(stopped)


async def send_now(session: AsyncSession, author: Member, announcement_id: int,
                   buttons: Buttons) -> int:
    """*Send now*: as *Send*; returns how many will receive it."""
    return await go_out(session, await scheduled(session, author, announcement_id), author,
                        buttons)


async def scheduled_of(session: AsyncSession, author: Member) -> list[Announcement]:
    """The author's scheduled announcements, the next one first."""
    return list(await session.scalars(select(Announcement).where(
        Announcement.author_id == author.id,
        Announcement.status == AnnouncementStatus.SCHEDULED).order_by(Announcement.send_at)))


async def due(session: AsyncSession, now: datetime) -> list[int]:
    """Those whose time has come (also long ago: missed while SchoolHub was down)."""
    return list(await session.scalars(select(Announcement.id).where(
        Announcement.status == AnnouncementStatus.SCHEDULED, Announcement.send_at <= now)
        .order_by(Announcement.send_at, Announcement.id).limit(DUE_BATCH)))


@dataclass(frozen=True)
class WentOut:
    announcement: Announcement
    author: Member
    count: int  # how many it was queued for; 0 when refused
    refused: bool = False


async def send_due(session: AsyncSession, announcement_id: int, now: datetime,
                   buttons: Buttons) -> WentOut | None:
    """Send one whose time has come, once: its status is claimed by a conditional UPDATE
    (PostgreSQL locks the row until this transaction ends; a second run then finds it
    queued and does nothing). None when another run sent it, or its author changed it."""
    claimed = await session.execute(
        update(Announcement).where(Announcement.id == announcement_id,
                                   Announcement.status == AnnouncementStatus.SCHEDULED,
                                   Announcement.send_at <= now)
        .values(status=AnnouncementStatus.QUEUED)
        .execution_options(synchronize_session=False))
    if claimed.rowcount != 1:
        return None
    announcement = await session.get_one(Announcement, announcement_id, populate_existing=True)
    author = await session.scalar(select(Member).options(selectinload(Member.roles))
                                  .where(Member.id == announcement.author_id))
    try:
        if author.status != MemberStatus.ACTIVE:
            raise DomainError("announcements-authors-only")
        count = await go_out(session, announcement, author, buttons,
                             at_once=now - announcement.send_at <= ON_TIME)
    except DomainError:  # the author's role taken back meanwhile: not sent, and told why
        when = announcement.send_at
        announcement.status, announcement.send_at = AnnouncementStatus.DRAFT, None
        announcement.queued_at = None
        if author.status == MemberStatus.ACTIVE:
            await enqueue_for_member(
                session, author, purpose=f"announcement-schedule-refused:{announcement.id}:"
                f"{when.isoformat()}", message_id="announcements-schedule-refused",
                args={"words": first_words(announcement.texts[announcement.original_locale]),
                      "when": when_arg(when)},
                urgent=True)  # at the time its author chose, as it would have gone
        return WentOut(announcement, author, 0, refused=True)
    return WentOut(announcement, author, count)
