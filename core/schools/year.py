"""A new school year: next year's classes, every child one class up, and what belongs to
a class's families (its reps, its group chat, upcoming events, open orders and scheduled
announcements addressed to it) following them; a class's invite codes stay with their
level (a P3 code still brings new P3 families). Children leaving P6 leave the school's
records (their parents are told, and keep their other children), and P6's reps are reps
no more. Families are told where each child is now, and reps which class they now
represent.

Allowed from 15 July of the ending year: after the last school day in both communities
(the French-speaking one ends in early July), so last-week events of P6 stay theirs, and
with the summer left to prepare September.

From that day until the school starts the new year, the class a parent gives (registering,
or with /children) is the coming September's: they are asked for it by its year, the child
is marked `placed_for` that year, and the new year keeps them in that level (a child given
as P3 in August or in September is in the new year's P3, not moved up to P4).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.models import (
    CLASS_CODES,
    Announcement,
    AnnouncementClass,
    AnnouncementStatus,
    Child,
    ClassGroup,
    Event,
    EventClass,
    GroupOrder,
    Invite,
    Member,
    MemberChild,
    OrderClass,
    OrderStatus,
    OutboxMessage,
    OutboxStatus,
    Role,
    RoleKind,
    School,
    SchoolClass,
)
from core.outbox import enqueue_for_member, label_arg
from core.schools.service import classes_of


@dataclass(frozen=True)
class NewYear:
    year: str
    moved: int  # children now one class up
    left: int  # children who finished P6
    former_reps: tuple[int, ...] = ()  # member ids: reps of the class that left
    placed: int = 0  # children whose family gave their class for this new year: kept there


def next_school_year(year: str) -> str:
    start = int(year.split("-")[0]) + 1
    return f"{start}-{start + 1}"


def may_start_next_year(school: School, today: date) -> bool:
    ending = int(school.school_year.split("-")[1])
    return today >= date(ending, 7, 15)


def school_today(school: School) -> date:
    return utcnow().astimezone(ZoneInfo(school.timezone)).date()


def year_over(school: School, today: date) -> bool:
    """September has come and the school's records are still in the year before."""
    return today >= date(int(school.school_year.split("-")[1]), 9, 1)


def placing_for(school: School, today: date) -> str | None:
    """The coming school year a class chosen today is for (from 15 July until the school
    starts it: in the summer holidays a parent gives next September's class, and once
    September has begun, this September's); None while the school's year runs."""
    return next_school_year(school.school_year) if may_start_next_year(school, today) else None


async def start_next_year(session: AsyncSession, school: School, today: date) -> NewYear:
    if not may_start_next_year(school, today):
        raise DomainError("year-too-early", year=next_school_year(school.school_year))
    old = {klass.code: klass for klass in await classes_of(session, school)}
    year = next_school_year(school.school_year)
    new = {code: SchoolClass(school_id=school.id, code=code, school_year=year)
           for code in CLASS_CODES}
    session.add_all(new.values())
    await session.flush()
    # One class up for what follows the families; the same level for invite codes.
    up = {old[code].id: new[CLASS_CODES[i + 1]].id
          for i, code in enumerate(CLASS_CODES[:-1]) if code in old}
    same = {klass.id: new[code].id for code, klass in old.items()}
    last = old.get(CLASS_CODES[-1])
    reps = (await session.execute(select(Role.member_id, Role.class_id).where(
        Role.school_id == school.id, Role.kind == RoleKind.CLASS_REP,
        Role.class_id.in_([*up, *([last.id] if last else [])])))).all()
    news = await _move_children(session, school, year, up, same, last)
    await _follow(session, school, up, same)
    if last:  # the class has left the school: its reps represent nobody any more
        await session.execute(delete(Role).where(
            Role.kind == RoleKind.CLASS_REP, Role.class_id == last.id))
    school.school_year = year
    await _withdraw_reminders(session, school, year)
    codes = {klass.id: klass.code for klass in new.values()}
    for member_id, child_id, child, new_id, placed in news:
        await _tell(session, member_id, year, child_id, child, codes.get(new_id), placed)
    was = {klass.id: klass.code for klass in old.values()}
    for member_id, class_id in reps:
        await _tell_rep(session, member_id, year, was[class_id], codes.get(up.get(class_id)))
    left = {child_id for _, child_id, _, new_id, _ in news if new_id is None}
    moved = {child_id for _, child_id, _, new_id, placed in news
             if new_id is not None and not placed}
    placed = {child_id for _, child_id, _, _, placed in news if placed}
    former = tuple(sorted({member_id for member_id, class_id in reps
                           if last and class_id == last.id}))
    return NewYear(year, moved=len(moved), left=len(left), former_reps=former,
                   placed=len(placed))


async def _move_children(session: AsyncSession, school: School, year: str,
                         up: dict[int, int], same: dict[int, int],
                         last_class: SchoolClass | None
                         ) -> list[tuple[int, int, str, int | None, bool]]:
    """(parent, child id, child's name, new class id or None when they finished P6, and
    whether their family gave that class for the new year). A child placed for it stays
    in their level (P6 included); every other one goes one class up."""
    finishing = [last_class.id] if last_class else []
    rows = (await session.execute(
        select(MemberChild.member_id, Child.id, Child.first_name, Child.class_id,
               Child.placed_for)
        .join(Child, Child.id == MemberChild.child_id)
        .where(Child.school_id == school.id, Child.class_id.in_(list(same)))
        .order_by(MemberChild.member_id, Child.first_name))).all()
    placed = Child.placed_for == year
    for old_id, new_id in same.items():  # new ids are fresh rows: no move lands on another
        await session.execute(update(Child).where(Child.class_id == old_id, placed)
                              .values(class_id=new_id, placed_for=None))
    for old_id, new_id in up.items():
        await session.execute(update(Child).where(Child.class_id == old_id)
                              .values(class_id=new_id, placed_for=None))
    # MemberChild rows go with their child (ON DELETE CASCADE).
    await session.execute(delete(Child).where(Child.class_id.in_(finishing)))
    # A placement for another year than this one (a school that skipped a year) is void.
    await session.execute(update(Child).where(Child.school_id == school.id,
                                              Child.placed_for.is_not(None))
                          .values(placed_for=None))
    return [(member_id, child_id, name, same[class_id], True) if placed_for == year
            else (member_id, child_id, name, up.get(class_id), False)
            for member_id, child_id, name, class_id, placed_for in rows
            if placed_for == year or class_id in up or class_id in finishing]


async def _follow(session: AsyncSession, school: School, up: dict[int, int],
                  same: dict[int, int]) -> None:
    """What belongs to a class's families moves up with them; what belongs to a level
    (invite codes) stays with it. What concerned P6 stays with last year's P6."""
    now = utcnow()
    upcoming = select(Event.id).where(Event.school_id == school.id, Event.starts_at > now)
    open_orders = select(GroupOrder.id).where(GroupOrder.school_id == school.id,
                                              GroupOrder.status == OrderStatus.OPEN)
    # sent later by itself, with its author's roles checked then: they moved up too
    scheduled = select(Announcement.id).where(
        Announcement.school_id == school.id,
        Announcement.status == AnnouncementStatus.SCHEDULED)
    for old_id, new_id in up.items():  # new ids are fresh rows: no move lands on another
        await session.execute(update(Role).where(
            Role.school_id == school.id, Role.kind == RoleKind.CLASS_REP,
            Role.class_id == old_id).values(class_id=new_id))
        await session.execute(update(ClassGroup).where(ClassGroup.class_id == old_id)
                              .values(class_id=new_id))
        await session.execute(update(EventClass).where(
            EventClass.class_id == old_id, EventClass.event_id.in_(upcoming))
            .values(class_id=new_id))
        await session.execute(update(OrderClass).where(
            OrderClass.class_id == old_id, OrderClass.order_id.in_(open_orders))
            .values(class_id=new_id))
        await session.execute(update(AnnouncementClass).where(
            AnnouncementClass.class_id == old_id,
            AnnouncementClass.announcement_id.in_(scheduled)).values(class_id=new_id))
    for old_id, new_id in same.items():
        await session.execute(update(Invite).where(Invite.class_id == old_id)
                              .values(class_id=new_id))


async def _tell(session: AsyncSession, member_id: int, year: str, child_id: int,
                child: str, code: str | None, placed: bool) -> None:
    """Where the child is now: one class up, still in the class the family gave for this
    year, or out of primary school."""
    member = await session.get_one(Member, member_id)
    if not member.is_active:
        return
    args = {"year": year, "child": child}
    if code is not None:
        args["klass"] = label_arg(f"class-{code.lower()}")
    message_id = ("year-child-placed" if placed else "year-child-moved") if code else (
        "year-child-left")
    await enqueue_for_member(session, member, purpose=f"school-year:{year}:{child_id}",
                             message_id=message_id, args=args)


async def _tell_rep(session: AsyncSession, member_id: int, year: str, old: str,
                    code: str | None) -> None:
    """A rep learns which class they now represent (a rep without a child in it hears
    nothing from the families' news), or that their class has left the school."""
    member = await session.get_one(Member, member_id)
    if not member.is_active:
        return
    args = {"year": year, "old": label_arg(f"class-{old.lower()}")}
    if code is not None:
        args["klass"] = label_arg(f"class-{code.lower()}")
    await enqueue_for_member(session, member, purpose=f"school-year:{year}:rep:{old}",
                             message_id="year-rep-moved" if code else "year-rep-finished",
                             args=args)


async def _withdraw_reminders(session: AsyncSession, school: School, year: str) -> None:
    """The year is started: a reminder to start it that has not gone yet (the quiet
    hours, an admin who could not be reached) goes no more, and one whose text alone went
    (a WhatsApp template) is not sent whole when its admin next writes."""
    reminders = (OutboxMessage.school_id == school.id,
                 OutboxMessage.purpose == reminder_purpose(year))
    await session.execute(update(OutboxMessage).where(
        *reminders, OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.FAILED,
                                              OutboxStatus.BLOCKED)))
        .values(status=OutboxStatus.CANCELLED).execution_options(synchronize_session=False))
    await session.execute(update(OutboxMessage).where(
        *reminders, OutboxMessage.status == OutboxStatus.AWAITING_REPLY)
        .values(status=OutboxStatus.SENT).execution_options(synchronize_session=False))


def reminder_purpose(year: str) -> str:
    return f"school-year-reminder:{year}"


async def remind_admins(session: AsyncSession) -> int:
    """From 1 September, school time, while a school's records are still in the year
    before, its admins are told once (the purpose names the year) that the new year waits
    to be started in the panel, and what it does. Returns how many were queued now or
    before (the outbox keeps one per admin and year)."""
    from core.members.service import admins_of  # core.members imports this module

    told = 0
    for school in await session.scalars(select(School).order_by(School.id)):
        if not year_over(school, school_today(school)):
            continue
        year = next_school_year(school.school_year)
        for admin in await admins_of(session, school.id):
            await enqueue_for_member(session, admin, purpose=reminder_purpose(year),
                                     message_id="year-start-reminder",
                                     args={"year": year, "old": school.school_year})
            told += 1
    return told
