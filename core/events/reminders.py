"""Reminders derived from the database, never from in-memory jobs.

A scheduler pass asks "what is due now?" of the events table. Every message it queues
has a dedupe key naming the event, the purpose and the start time, so a pass repeated
after a restart queues nothing twice, and a rescheduled event gets fresh reminders.
A reminder missed while the process was down is still sent if the event has not begun
(only the latest one due: nobody gets "tomorrow" an hour before); its outbox row expires
at the start, so it is dropped rather than sent late.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.events.service import nudge_purpose, reminder_prefix, unanswered, with_families
from core.models import Answer, Event, EventStatus, Rsvp, School
from core.outbox import Button, enqueue_for_member, event_arg, when_arg
from core.quiet import send_time

NUDGE_BEFORE_DEADLINE = timedelta(hours=24)
LOOK_AHEAD = timedelta(days=3)

Buttons = Callable[[Event], list[list[Button]]]


def moment_key(moment: datetime) -> str:
    """A moment as purposes name it: the same text however the datetime was made."""
    return moment.astimezone(UTC).isoformat()


def reminder_purpose(event: Event, hours: int) -> str:
    """One reminder per offset and start: a rescheduled event gets fresh reminders."""
    return f"{reminder_prefix(event.id)}{hours}h:{moment_key(event.starts_at)}"


def when_of(event: Event) -> dict[str, str]:
    """The event's time as every message to its audience tells it: start, and end if any."""
    return when_arg(event.starts_at, event.ends_at)


def reminder_args(event: Event) -> dict[str, Any]:
    """The event as it is when the reminder goes (see core.outbox's event_arg)."""
    return {"event": event_arg(event.id)}


async def queue_due(session: AsyncSession, now: datetime, rsvp_buttons: Buttons,
                    cannot_come: Buttons) -> int:
    """Queue every reminder (with `cannot_come`'s button) and nudge (with the answer
    buttons) due at `now`; returns how many were queued."""
    queued = 0
    soon = now + LOOK_AHEAD
    events = await session.scalars(select(Event).where(
        Event.status == EventStatus.ACTIVE, Event.starts_at > now,
        (Event.starts_at <= soon) | ((Event.rsvp_deadline > now) & (Event.rsvp_deadline <= soon))))
    for event in list(events):
        school = await session.get_one(School, event.school_id)
        queued += await _remind(session, school, event, now, cannot_come)
        queued += await _nudge(session, school, event, now, rsvp_buttons)
    return queued


async def _remind(session: AsyncSession, school: School, event: Event, now: datetime,
                  cannot_come: Buttons) -> int:
    due = [hours for hours in school.reminder_offsets
           if send_time(school, event.starts_at - timedelta(hours=hours), event.starts_at) <= now]
    if not due:
        return 0
    hours = min(due)  # the latest reminder due supersedes earlier ones that were missed
    # Each parent of a family coming (or maybe), as each was invited: the family's one
    # answer is in the row of whichever parent gave it.
    coming = await with_families(session, event, await session.scalars(
        select(Rsvp.member_id).where(Rsvp.event_id == event.id,
                                     Rsvp.answer.in_([Answer.YES, Answer.MAYBE]),
                                     Rsvp.waitlisted.is_(False))))
    count = 0
    for member in coming:
        await enqueue_for_member(
            session, member, purpose=reminder_purpose(event, hours),
            message_id="events-reminder", args=reminder_args(event),
            buttons=cannot_come(event),
            # send_time already kept it out of quiet hours, or put it just before them
            not_before=now, expires_at=event.starts_at, urgent=True)
        count += 1
    return count


async def _nudge(session: AsyncSession, school: School, event: Event, now: datetime,
                 rsvp_buttons: Buttons) -> int:
    deadline = event.rsvp_deadline
    if deadline is None or deadline <= now:
        return 0
    if send_time(school, deadline - NUDGE_BEFORE_DEADLINE, deadline) > now:
        return 0
    count = 0
    for member in await unanswered(session, event):
        await enqueue_for_member(
            session, member, purpose=nudge_purpose(event.id, deadline),
            message_id="events-nudge",
            args={"title": event.title, "deadline": when_arg(deadline)},
            buttons=rsvp_buttons(event), not_before=now, expires_at=deadline, urgent=True)
        count += 1
    return count
