"""A parent's week in one answer: what is on and what is still theirs to do.

The next seven days on the school's clock (today and the six after): their events as
/events chooses them, with the family's answer; the group orders open to them that close
in those days; and, whatever the date, what waits for them — orders their family still
has to pay, SEL requests waiting for their answer (as /balance shows them), and the
announcements of the last seven days their household has not read. A module the school
switched off contributes nothing. Reading only, and a handful of queries whatever the
number of items.

The same text goes, to those who asked for it, every Sunday at 18:00 on the school's
clock (`queue_digests`), when there is something in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from core.announcements.service import first_words, text_for, unread_since
from core.clock import utcnow
from core.events.service import answers_open, upcoming_for
from core.i18n import Translate, format_money, format_short_day, translator
from core.members.households import with_co_parents
from core.models import (
    Announcement,
    Event,
    GroupOrder,
    Member,
    MemberStatus,
    OutboxMessage,
    Rsvp,
    School,
    SelRequest,
)
from core.orders.service import Owed, closing_for, owed_by
from core.outbox import Button, enqueue_for_member, withdraw_unsent
from core.outbox.service import LATE_PREFIX, button_rows
from core.quiet import quiet_end_after
from core.sel.requests import waiting_on
from core.units import amount

DAYS = 7
UNREAD_SHOWN = 3
DIGEST_WEEKDAY = 6  # Sunday (Monday is 0)
DIGEST_HOUR = 18  # on the school's clock
DIGEST_TIME = f"{DIGEST_HOUR:02d}:00"
DIGEST_PURPOSE = "week-digest:"  # then the member's id and the Sunday's date


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


# The text, shared by /week and the Sunday digest --------------------------------------

def compose(t: Translate, week: Week, member: Member, timezone: str) -> str:
    """The week in one message: its title, the days, then what waits."""
    return "\n".join([t("week-title"), *days(t, week, timezone), *to_do(t, week, member)])


def days(t: Translate, week: Week, timezone: str) -> list[str]:
    """Events and order deadlines, under their day: "Today", "Tomorrow", "Thu 26 Nov"."""
    zone = ZoneInfo(timezone)
    dated: list[tuple[datetime, str]] = [
        (item.event.starts_at, t("week-event", time=clock(item.event.starts_at, zone),
                                 title=item.event.title, answer=item.answer))
        for item in week.events]
    dated += [(item.order.deadline, t("week-order", time=clock(item.order.deadline, zone),
                                      title=item.order.title,
                                      joined="yes" if item.joined else "no"))
              for item in week.closing]
    lines: list[str] = []
    shown: date | None = None
    for moment, line in sorted(dated, key=lambda pair: pair[0]):
        day = moment.astimezone(zone).date()
        if day != shown:
            lines += ["", day_name(t, day, week.today, moment, timezone)]
            shown = day
        lines.append(line)
    return lines


def clock(moment: datetime, zone: ZoneInfo) -> str:
    return f"{moment.astimezone(zone):%H:%M}"


def day_name(t: Translate, day: date, today: date, moment: datetime, timezone: str) -> str:
    match (day - today).days:
        case 0:
            return t("week-today")
        case 1:
            return t("week-tomorrow")
        case _:
            return format_short_day(t.locale, moment, timezone)


def to_do(t: Translate, week: Week, member: Member) -> list[str]:
    """What waits whatever the day: payments, SEL requests, unread announcements."""
    lines: list[str] = []
    if week.owed:
        lines += ["", t("week-pay-title")]
        for owed in week.owed:
            money = format_money(t.locale, owed.cents)
            lines.append(t("week-pay", title=owed.order.title, amount=money)
                         if owed.member_id == member.id else
                         t("week-pay-other", title=owed.order.title, amount=money,
                           name=week.owed_by[owed.member_id].full_name))
    if week.requests:
        lines += ["", t("week-requests-title", count=len(week.requests))]
        lines += [t("week-request", name=requester.full_name, amount=amount(t, asked.units))
                  for asked, requester in week.requests]
    if week.unread:
        lines += ["", t("week-unread-title", count=len(week.unread))]
        lines += [t("week-poll" if item.choices else "week-unread", words=words(item, member))
                  for item in week.unread[:UNREAD_SHOWN]]
    return lines


def words(announcement: Announcement, member: Member) -> str:
    return first_words(text_for(announcement, member.locale))


# Every Sunday evening, for those who asked -------------------------------------------

async def ask_for_digest(session: AsyncSession, member: Member, wanted: bool) -> None:
    """The member gets their week on Sundays (`wanted`) or no more: then one queued and
    not gone yet (held by the quiet hours) stays unsent. Asked twice (a double tap, an
    old button), it stays as asked, and keeps the moment first asked."""
    if not wanted:
        member.week_digest_at = None
        await withdraw_unsent(session, member.id, [DIGEST_PURPOSE])
    elif member.week_digest_at is None:
        member.week_digest_at = utcnow()


DigestButtons = Callable[[Week, Member], list[list[Button]]]


def digest_due(school: School, now: datetime) -> date | None:
    """The Sunday whose digests are due at `now` on the school's clock (from 18:00 that
    evening until midnight), else None."""
    local = now.astimezone(ZoneInfo(school.timezone))
    due = local.weekday() == DIGEST_WEEKDAY and local.hour >= DIGEST_HOUR
    return local.date() if due else None


async def queue_digests(session: AsyncSession, now: datetime, buttons: DigestButtons) -> int:
    """On Sunday from 18:00 on each school's clock: the week of each active member who
    asked for it, in their language and with the buttons of /week (`buttons`), after the
    school's quiet hours (the week is then read as of when it goes). Once per member and
    Sunday, however often this runs; nothing for a week with nothing in it. A digest not
    gone by the end of its day is dropped: its "Today" would be wrong. Returns how many
    were queued."""
    queued = 0
    schools = await session.scalars(select(School).where(
        select(Member.id).where(Member.school_id == School.id,
                                Member.week_digest_at.is_not(None)).exists()))
    for school in list(schools):
        sunday = digest_due(school, now)
        if sunday is None:
            continue
        members = await session.scalars(
            select(Member).where(Member.school_id == school.id,
                                 Member.status == MemberStatus.ACTIVE,
                                 Member.week_digest_at.is_not(None))
            .options(selectinload(Member.roles)).order_by(Member.id))
        already = set(await session.scalars(select(OutboxMessage.member_id).where(
            OutboxMessage.school_id == school.id,
            OutboxMessage.purpose.like(f"{DIGEST_PURPOSE}%:{sunday}"))))
        goes = quiet_end_after(school, now)
        zone = ZoneInfo(school.timezone)
        end_of_day = datetime.combine(goes.astimezone(zone).date() + timedelta(days=1), time(),
                                      zone)
        for member in list(members):
            if member.id in already:
                continue
            week = await week_of(session, member, school, goes)
            if week.empty:
                continue
            # written now, in their language: sent again, it keeps it (WRITTEN_WHEN_QUEUED)
            t = translator().for_locale(member.locale)
            await enqueue_for_member(
                session, member, purpose=f"{DIGEST_PURPOSE}{member.id}:{sunday}",
                message_id="week-digest", args={"week": compose(t, week, member, school.timezone)},
                buttons=buttons(week, member), not_before=goes, expires_at=end_of_day)
            queued += 1
    return queued


def late_week(row: OutboxMessage) -> bool:
    """What goes instead of a Sunday week whose member wrote back after its day, when only
    its text had reached them (a WhatsApp template: core.outbox's release_awaiting)."""
    return (row.message_id == "week-digest" and row.purpose.startswith(LATE_PREFIX)
            and not row.message_args)


async def remake_late_week(session: AsyncSession, row: OutboxMessage,
                           buttons: DigestButtons) -> bool:
    """`row` (a `late_week`) made into the week as /week shows it now, with its buttons
    (`buttons`), in the member's language of today; or, nothing being planned, said so.
    False, and nothing made, when the member no longer wants the Sunday week (their
    reply was Stop on Sundays) or is no longer active: it is not to go."""
    member = await session.scalar(select(Member).where(Member.id == row.member_id)
                                  .options(selectinload(Member.roles)))
    if member.status != MemberStatus.ACTIVE or member.week_digest_at is None:
        return False
    school = await session.get_one(School, member.school_id)
    week = await week_of(session, member, school)
    row.locale = member.locale
    # for its day, as a Sunday's: "Today" would be wrong after (sent again from the panel)
    row.expires_at = datetime.combine(week.today + timedelta(days=1), time(),
                                      ZoneInfo(school.timezone))
    if week.empty:
        row.message_id, row.buttons = "week-empty", button_rows(None)
        return True
    t = translator().for_locale(member.locale)
    row.message_args = {"week": compose(t, week, member, school.timezone)}
    row.buttons = button_rows(buttons(week, member))
    return True


async def week_read(session: AsyncSession, member: Member) -> None:
    """The member reads their week (/week): a Sunday week made again for their late
    answer (`late_week`) and still waiting to go would only tell it a second time."""
    await withdraw_unsent(session, member.id, [f"{LATE_PREFIX}{DIGEST_PURPOSE}"])
