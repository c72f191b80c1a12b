"""A parent's week in one answer: what is on and what is still theirs to do.

The next seven days on the school's clock (today and the six after): their events as
/events chooses them, with the family's answer; the group orders open to them that close
in those days; and, whatever the date, what waits for them — orders their family still
has to pay, SEL requests waiting for their answer (as /balance shows them), and the
announcements of the last seven days their household has not read. A module the school
switched off contributes nothing. Reading only, and a handful of queries whatever the
number of items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements.service import unread_since
from core.clock import utcnow
from core.events.service import answers_open, upcoming_for
from core.members.households import with_co_parents
from core.models import Announcement, Event, GroupOrder, Member, Rsvp, School, SelRequest
from core.orders.service import Owed, closing_for, owed_by
from core.sel.requests import waiting_on

DAYS = 7
UNREAD_SHOWN = 3


@dataclass(frozen=True)
class WeekEvent:
    event: Event
    rsvp: Rsvp | None  # the family's answer
    open: bool  # whether answers are still taken

    @property
    def answer(self) -> str:
        """"none" (waiting for the family's answer), "closed" (none given, too late now),
        "waitlisted", or the answer given."""
        if self.rsvp is None:
            return "none" if self.open else "closed"
        return "waitlisted" if self.rsvp.waitlisted else self.rsvp.answer


@dataclass(frozen=True)
class ClosingOrder:
    order: GroupOrder
    joined: bool  # the family ordered in it


@dataclass(frozen=True)
class Week:
    today: date
    events: list[WeekEvent] = field(default_factory=list)
    closing: list[ClosingOrder] = field(default_factory=list)
    owed: list[Owed] = field(default_factory=list)
    owed_by: dict[int, Member] = field(default_factory=dict)  # co-parents who owe, by id
    requests: list[tuple[SelRequest, Member]] = field(default_factory=list)
    unread: list[Announcement] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.events or self.closing or self.owed or self.requests or self.unread)


def week_bounds(school: School, now: datetime) -> tuple[date, datetime, datetime]:
    """Today on the school's clock, and the start of today and of the eighth day."""
    zone = ZoneInfo(school.timezone)
    today = now.astimezone(zone).date()
    return (today, datetime.combine(today, time(), zone),
            datetime.combine(today + timedelta(days=DAYS), time(), zone))


async def week_of(session: AsyncSession, member: Member, school: School,
                  now: datetime | None = None) -> Week:
    """The member's week (see the module's docstring)."""
    now = now or utcnow()
    today, start, end = week_bounds(school, now)
    family = await with_co_parents(session, [member.id])
    week = Week(today)
    if school.module_enabled("events"):
        week.events.extend(
            WeekEvent(event, rsvp, answers_open(event, now))
            for event, rsvp in await upcoming_for(session, member, starting=(start, end),
                                                  family=family))
    if school.module_enabled("orders"):
        week.closing.extend(ClosingOrder(order, joined)
                            for order, joined in await closing_for(session, member, end, family))
        week.owed.extend(await owed_by(session, member, family))
        if others := {owed.member_id for owed in week.owed} - {member.id}:
            week.owed_by.update((parent.id, parent) for parent in await session.scalars(
                select(Member).where(Member.id.in_(others))))
    if school.module_enabled("sel"):
        week.requests.extend(await waiting_on(session, member))
    if school.module_enabled("announcements"):
        week.unread.extend(await unread_since(session, member, now - timedelta(days=DAYS),
                                              family))
    return week
