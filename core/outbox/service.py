from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, case, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.db import insert_ignoring_conflicts
from core.models import (
    Event,
    EventStatus,
    Identity,
    Member,
    OutboxMessage,
    OutboxStatus,
    School,
    SelPostReport,
)
from core.quiet import quiet_end_after


@dataclass(frozen=True)
class Button:
    """A button whose label is a Fluent id; `data` is the channel's callback payload."""

    label_id: str
    data: str
    args: dict[str, Any] | None = None  # the label's arguments, if it has any ("🛒 { $title }")


def _button(button: Button) -> dict[str, Any]:
    return {key: value for key, value in asdict(button).items()
            if key != "args" or value is not None}


def _rows(buttons: list[list[Button]] | None) -> dict[str, Any]:
    return {"rows": [[_button(b) for b in row] for row in buttons or []]}


def button_rows(buttons: list[list[Button]] | None) -> dict[str, Any]:
    """Buttons as an outbox row keeps them (its `buttons` column)."""
    return _rows(buttons)


def when_arg(moment: datetime, until: datetime | None = None) -> dict[str, str]:
    """A date-time argument, shown in each recipient's language and school time zone;
    with `until` (an event's end), the span: "Sat 14 Mar 2026, 14:00–17:00"."""
    return {"datetime": moment.isoformat(), **({"until": until.isoformat()} if until else {})}


def money_arg(cents: int) -> dict[str, int]:
    """An amount in euro cents, shown in each recipient's language."""
    return {"cents": cents}


def units_arg(units: int) -> dict[str, int]:
    """A SEL amount, "90 units (1 h 30)" in each recipient's language."""
    return {"sel_units": units}


def optional_arg(name: str, value: str | None) -> dict[str, str]:
    """An argument that may be missing (an event's place, a note...): the value, or "",
    and `has_<name>` = "yes"/"no", on which the message selects to leave its line or
    sentence out rather than showing a lone "-"."""
    return {name: value or "", f"has_{name}": "yes" if value else "no"}


def lines_arg(message_id: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A list, one line per row: `message_id` formatted with the row's arguments (which
    may be money_arg, when_arg...), so every line reads in the recipient's language."""
    return {"lines": message_id, "rows": rows}


def label_arg(message_id: str) -> dict[str, str]:
    """A word of the interface (a class's name...), shown in each recipient's language."""
    return {"label": message_id}


def names_arg(names: list[str]) -> dict[str, list[str]]:
    """Names one after another as each recipient's language lists them ("Léa and Tom",
    "Léa et Tom")."""
    return {"listed": names}


def labels_arg(message_ids: list[str]) -> dict[str, list[str]]:
    """Words of the interface one after another ("P3, P4"), in each recipient's language."""
    return {"labels": message_ids}


def event_arg(event_id: int) -> dict[str, int]:
    """An event's title, time (with its end) and place, as they are when the message goes,
    not when it was queued: a notice held back by the quiet hours tells a rescheduled
    event's new time. The message reads `title`, `when`, `location`/`has_location` and
    `description`/`has_description` (see `as_it_is_now`)."""
    return {"event_now": event_id}


def reports_arg(post_id: int) -> dict[str, int]:
    """How many reports of an SEL post no admin has dismissed, counted when the message
    goes: two parents reporting it at the same moment each counted only their own, and
    their notices both told the admins "1 report" (see `as_it_is_now`)."""
    return {"post_reports_now": post_id}


async def as_it_is_now(session: AsyncSession, args: dict[str, Any]) -> dict[str, Any] | None:
    """The message's arguments with each event_arg filled in from the event as it is now,
    and each reports_arg counted now; None when an event it speaks of is cancelled or gone,
    or a post it counts the reports of has none left: such a message no longer holds."""
    live = {name: value["event_now"] for name, value in args.items()
            if isinstance(value, dict) and "event_now" in value}
    counted = {name: value["post_reports_now"] for name, value in args.items()
               if isinstance(value, dict) and "post_reports_now" in value}
    if not live and not counted:
        return args
    shown = {name: value for name, value in args.items()
             if name not in live and name not in counted}
    for name, post_id in counted.items():
        shown[name] = await session.scalar(
            select(func.count(SelPostReport.id))
            .where(SelPostReport.post_id == post_id, SelPostReport.dismissed_at.is_(None)))
        if not shown[name]:
            return None
    for event_id in live.values():
        event = await session.get(Event, event_id)
        if event is None or event.status != EventStatus.ACTIVE:
            return None
        shown |= {"title": event.title, "when": when_arg(event.starts_at, event.ends_at),
                  **optional_arg("location", event.location),
                  **optional_arg("description", event.description)}
    return shown


async def enqueue_for_member(
    session: AsyncSession,
    member: Member,
    *,
    purpose: str,
    message_id: str,
    args: dict[str, Any] | None = None,
    buttons: list[list[Button]] | None = None,
    priority: int = 5,
    urgent: bool = False,
    not_before: datetime | None = None,
    expires_at: datetime | None = None,
    attachment_id: int | None = None,
) -> None:
    """Queue one message for a member; a second call with the same purpose is a no-op.

    Non-urgent messages wait for the end of the school's quiet hours; a message still
    unsent at `expires_at` is dropped."""
    send_at = not_before or utcnow()
    if not urgent:
        send_at = quiet_end_after(await session.get_one(School, member.school_id), send_at)
    await session.execute(
        insert_ignoring_conflicts(
            session,
            OutboxMessage,
            school_id=member.school_id,
            member_id=member.id,
            purpose=purpose,
            dedupe_key=f"member:{member.id}:{purpose}",
            locale=member.locale,
            message_id=message_id,
            message_args=args or {},
            buttons=_rows(buttons),
            priority=priority,
            next_attempt_at=send_at,
            expires_at=expires_at,
            attachment_id=attachment_id,
        )
    )


async def queued_for(session: AsyncSession, member_id: int, purpose_prefix: str) -> bool:
    """Whether a message whose purpose starts with `purpose_prefix` was ever queued for
    the member: a relayed message names its writer in its purpose, so whom it reached may
    answer that writer, and nobody else (a forged or passed-on button)."""
    return await session.scalar(select(OutboxMessage.id).where(
        OutboxMessage.member_id == member_id,
        OutboxMessage.purpose.startswith(purpose_prefix, autoescape=True)).limit(1)) is not None


# A message whose text alone went (a WhatsApp template) and whose person writes back
# after it expired: its whole copy is out of date and is dropped as expired (the invitation
# whose answers have closed)... except these, made again as they are now when they go
# (bot/outbox.py): the Sunday week answered on Monday comes as /week shows it today.
REMADE_WHEN_LATE = frozenset({"week-digest"})
LATE_PREFIX = "late:"  # the purpose of what goes instead: "late:" and the message's own


async def release_awaiting(session: AsyncSession, member_id: int) -> None:
    """The person writes again: what could only reach them as a line of text (a WhatsApp
    template, after a day of silence) now goes whole, with its buttons or file (and the
    sender drops what has expired meanwhile); a Sunday week past its day is made again
    (REMADE_WHEN_LATE) rather than dropped."""
    now = utcnow()
    awaiting = (OutboxMessage.member_id == member_id,
                OutboxMessage.status == OutboxStatus.AWAITING_REPLY)
    remade = and_(OutboxMessage.expires_at <= now,
                  OutboxMessage.message_id.in_(REMADE_WHEN_LATE))
    released = set(await session.scalars(
        update(OutboxMessage).where(*awaiting, ~remade)
        .values(status=OutboxStatus.PENDING, next_attempt_at=now)
        .returning(OutboxMessage.message_id).execution_options(synchronize_session=False)))
    late = sorted(await session.execute(
        update(OutboxMessage).where(*awaiting, remade)
        .values(status=OutboxStatus.SENT)  # its text went; its whole copy is made anew
        .returning(OutboxMessage.id, OutboxMessage.message_id, OutboxMessage.purpose)
        .execution_options(synchronize_session=False)))
    # Made once, as it is now, however many went unanswered (two silent Sundays: one
    # week), and not at all when one of its kind still of its day goes whole (this
    # Sunday's week, answered the same evening, is the week).
    remakes = {message_id: purpose for _, message_id, purpose in late  # the latest's
               if message_id not in released}
    if not remakes:
        return
    member = await session.get_one(Member, member_id)
    for message_id, purpose in remakes.items():
        await session.execute(insert_ignoring_conflicts(
            session, OutboxMessage, school_id=member.school_id, member_id=member.id,
            purpose=f"{LATE_PREFIX}{purpose}",
            dedupe_key=f"member:{member.id}:{LATE_PREFIX}{purpose}", locale=member.locale,
            message_id=message_id, message_args={}, buttons=_rows(None), priority=5,
            next_attempt_at=now))


NOT_ARRIVED = (OutboxStatus.FAILED, OutboxStatus.BLOCKED)


def may_go_again(row: OutboxMessage, reachable: bool, now: datetime) -> bool:
    """A message that did not arrive can be sent again while it still means something
    (not expired) and its recipient can be reached now (a parent who blocked the bot
    and came back, a group chat put right)."""
    return (row.status in NOT_ARRIVED and reachable
            and (row.expires_at is None or row.expires_at > now))


async def reachable_members(session: AsyncSession, member_ids: set[int]) -> set[int]:
    """Those of these members some chat app still reaches."""
    return set(await session.scalars(
        select(Identity.member_id).where(Identity.member_id.in_(member_ids),
                                         Identity.unreachable.is_(False))))


# Messages whose text was written in the member's language when they were queued, not
# when they go: the Sunday week (core/week.py) is composed then. Sent again, they keep
# that language, their buttons too, or they would read in two.
WRITTEN_WHEN_QUEUED = frozenset({"week-digest"})


async def send_again(session: AsyncSession, school_id: int, row_id: int) -> bool:
    """An admin's "send again": the message goes back in the queue as if new, in the
    member's language of today (but for one written when queued: WRITTEN_WHEN_QUEUED)
    and after the school's quiet hours. False when it cannot (another school's, already
    back in the queue, out of date, nobody to reach)."""
    row = await session.get(OutboxMessage, row_id)
    if row is None or row.school_id != school_id:
        return False
    member = await session.get(Member, row.member_id) if row.member_id else None
    reachable = member is None or bool(await reachable_members(session, {member.id}))
    if not may_go_again(row, reachable, utcnow()):
        return False
    row.status, row.attempts, row.last_error, row.claimed_until = (
        OutboxStatus.PENDING, 0, None, None)
    row.next_attempt_at = quiet_end_after(await session.get_one(School, school_id), utcnow())
    if member is not None:
        # The sender picks the member's app afresh; a new failure records its own.
        row.channel = None
        if row.message_id not in WRITTEN_WHEN_QUEUED:
            row.locale = member.locale
    return True


async def withdraw(session: AsyncSession, *which: ColumnElement[bool]) -> int:
    """Messages that no longer need saying: not sent if still waiting; if only their text
    went (a WhatsApp template), no whole copy follows. Returns how many were held back."""
    # One statement for both (an answered RSVP runs it on every tap): each row's new
    # status follows from its own, and those held back are the ones now cancelled.
    changed = await session.scalars(
        update(OutboxMessage)
        .where(*which, OutboxMessage.status.in_([OutboxStatus.PENDING,
                                                 OutboxStatus.AWAITING_REPLY]))
        .values(status=_WITHDRAWN)
        .returning(OutboxMessage.status).execution_options(synchronize_session=False))
    return sum(status == OutboxStatus.CANCELLED for status in changed)


# Waiting: not sent at all; its text gone as a template: no whole copy follows.
_WITHDRAWN = case((OutboxMessage.status == OutboxStatus.PENDING, OutboxStatus.CANCELLED),
                  else_=OutboxStatus.SENT)


def purposes_in(purposes: list[str]) -> ColumnElement[bool]:
    """Messages of these purposes; a purpose ending in ":" stands for every purpose it
    begins."""
    return or_(*(OutboxMessage.purpose.startswith(p, autoescape=True) if p.endswith(":")
                 else OutboxMessage.purpose == p for p in purposes))


async def withdraw_unsent(session: AsyncSession, member_id: int, purposes: list[str]) -> int:
    """What no longer needs saying to the member (a question they have answered). Returns
    how many were held back (0: it went out, or there was nothing)."""
    return await withdraw(session, OutboxMessage.member_id == member_id, purposes_in(purposes))


async def not_yet_sent(session: AsyncSession, purpose: str) -> set[int]:
    """The members a message of this purpose is still waiting to reach: for them, what it
    says has not happened yet."""
    return set(await session.scalars(select(OutboxMessage.member_id).where(
        OutboxMessage.purpose == purpose, OutboxMessage.status == OutboxStatus.PENDING)))


async def rewrite_unsent(session: AsyncSession, purpose: str, args: dict[str, Any]) -> None:
    """Messages of this purpose (a purpose ending in ":", of every purpose it begins) still
    waiting to go will say `args`: an invitation held back by the quiet hours tells the
    time the event has now, not the one it had. So does the whole copy of one whose text
    alone went (a WhatsApp template) and whose buttons wait for the person's reply."""
    await session.execute(
        update(OutboxMessage)
        .where(purposes_in([purpose]),
               OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.AWAITING_REPLY]))
        .values(message_args=args).execution_options(synchronize_session=False))


async def drop_superseded(session: AsyncSession, prefix: str, version: str) -> int:
    """Messages whose purposes begin with `prefix` and end with the version of the thing
    they were made for (an event's start...), made for another version than `version`
    and not sent yet: deleted, not cancelled, so that their purposes are free again should
    that version come back (an event moved, then moved back). Whose text alone went (a
    WhatsApp template) gets no whole copy. Returns how many were deleted."""
    stale = (OutboxMessage.purpose.startswith(prefix, autoescape=True)
             & ~OutboxMessage.purpose.endswith(version, autoescape=True))
    dropped = await session.execute(
        delete(OutboxMessage).where(stale, OutboxMessage.status == OutboxStatus.PENDING)
        .execution_options(synchronize_session=False))
    await session.execute(
        update(OutboxMessage).where(stale, OutboxMessage.status == OutboxStatus.AWAITING_REPLY)
        .values(status=OutboxStatus.SENT).execution_options(synchronize_session=False))
    return dropped.rowcount


async def enqueue_for_chat(
    session: AsyncSession,
    *,
    school_id: int | None,
    channel: str,
    chat_id: str,
    locale: str,
    purpose: str,
    message_id: str,
    args: dict[str, Any] | None = None,
    priority: int = 5,
    attachment_id: int | None = None,
    not_before: datetime | None = None,
) -> None:
    """Queue a message for a raw chat (a class group) rather than a member."""
    await session.execute(
        insert_ignoring_conflicts(
            session,
            OutboxMessage,
            school_id=school_id,
            channel=channel,
            chat_id=chat_id,
            purpose=purpose,
            dedupe_key=f"chat:{channel}:{chat_id}:{purpose}",
            locale=locale,
            message_id=message_id,
            message_args=args or {},
            buttons=_rows(None),
            priority=priority,
            next_attempt_at=not_before or utcnow(),
            attachment_id=attachment_id,
        )
    )
