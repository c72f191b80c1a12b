"""Creating, changing and answering events.

An RSVP to an event with a capacity locks the event's row first (FOR UPDATE on
PostgreSQL; BEGIN IMMEDIATE on SQLite), so seats are counted and taken in one serial step
per event: 500 parents tapping Yes at once on 100 seats confirm exactly 100 and queue the
rest in order. The waitlist is first come, first in among those who fit. Without a
capacity there is nothing to count: answers share the row (FOR SHARE), which only keeps
the event from being cancelled under them, so a whole school can answer at once.

An organiser may set a limit later, or lift it: that change locks the row for update, so
it waits for the answers sharing it, and the answers after it lock as its new limit says.
Answers that were already waiting for a shared lock when places were set find them
there, and count them one after another (see _count_in_turn): nobody is over the limit.

A family answers once: co-parents (parents who share a child) hold one answer between
them, the latest given, in the row of whoever gave it. An answer takes, after the event's
row (and places' lock), one lock per parent of the family, in the order of their ids
(_lock_family), so two co-parents answering at once take turns even where the event's row
is only shared, and each finds the other's answer to replace. Parents who become
co-parents after both answered (merge_family_answers) take the same locks, in the same
order: the events' rows, then the family's locks.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import Enum

from sqlalchemy import Select, bindparam, case, delete, func, or_, select, text, true, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.db import ignoring_conflicts
from core.errors import DomainError
from core.members.audience import (
    belongs_to,
    check_organiser,
    members_for,
    of_classes,
    organiser_classes,
    reaches_by_classes,
    represents_all,
)
from core.members.households import with_co_parents
from core.members.service import has_role
from core.models import (
    Answer,
    Event,
    EventClass,
    EventSlot,
    EventStatus,
    Member,
    MemberStatus,
    OutboxMessage,
    OutboxStatus,
    RoleKind,
    Rsvp,
    SlotSignup,
)
from core.outbox import purposes_in, withdraw, withdraw_unsent

TITLE_MAX = 120
MAX_CAPACITY = 10_000
MAX_SLOTS = 10
UNTIMED_LENGTH = timedelta(hours=6)  # how long an event without an end time is "on"
MAX_ADULTS, MAX_CHILDREN = 10, 20
DESCRIPTION_MAX, LOCATION_MAX = 2000, 200
PLACES_LOCKS = 1  # the advisory locks' key space (of two keys) for events' places
FAMILY_LOCKS = 2  # ... and for a family's answers (the second key: a parent's id)
_ADVISORY_LOCK = text("SELECT pg_advisory_xact_lock(:space, :key)")  # on every answer


@dataclass
class SlotDraft:
    label: str
    capacity: int


@dataclass
class EventDraft:
    title: str
    starts_at: datetime
    description: str = ""
    location: str = ""
    ends_at: datetime | None = None
    capacity: int | None = None
    rsvp_deadline: datetime | None = None
    ask_headcount: bool = False
    class_ids: list[int] = field(default_factory=list)  # empty: the whole school
    slots: list[SlotDraft] = field(default_factory=list)


@dataclass(frozen=True)
class RsvpOutcome:
    rsvp: Rsvp
    promoted: list[int]  # members moved from the waitlist to confirmed, to be told
    # co-parents for whom the family's answer changed, and who knew of the event (they had
    # answered, or an invitation or question about it reached them): to be told
    family: list[int] = field(default_factory=list)


def check_audience(member: Member, class_ids: list[int]) -> None:
    check_organiser(member, class_ids, not_organiser="events-organisers-only",
                    not_own_classes="events-rep-own-classes")


def clean_title(text: str | None) -> str:
    title = " ".join((text or "").split())
    if not 3 <= len(title) <= TITLE_MAX:
        raise DomainError("events-title-invalid", max=TITLE_MAX)
    return title


def clean_place(text: str | None) -> str:
    """A new place for an event, as the chat's "Change place" and the panel take it."""
    place = " ".join((text or "").split())
    if not place or len(place) > LOCATION_MAX:
        raise DomainError("events-place-invalid")
    return place


def check_start(starts_at: datetime, ends_at: datetime | None, now: datetime) -> None:
    if starts_at <= now:
        raise DomainError("events-start-in-past")
    if ends_at is not None and ends_at <= starts_at:
        raise DomainError("events-end-before-start")


def check_deadline(deadline: datetime | None, starts_at: datetime, now: datetime) -> None:
    if deadline is not None and not now < deadline <= starts_at:
        raise DomainError("events-deadline-invalid")


def check_capacity(capacity: int | None) -> None:
    if capacity is not None and not 1 <= capacity <= MAX_CAPACITY:
        raise DomainError("events-capacity-invalid", max=MAX_CAPACITY)


def typed_capacity(text: str | None) -> int:
    """A number of places as an organiser types it."""
    typed = (text or "").strip()
    if not typed.isdecimal() or len(typed) > len(str(MAX_CAPACITY)):
        raise DomainError("events-capacity-invalid", max=MAX_CAPACITY)
    check_capacity(int(typed))
    return int(typed)


def check_slots(slots: list[SlotDraft]) -> None:
    if len(slots) > MAX_SLOTS or any(not 1 <= s.capacity <= 100 for s in slots):
        raise DomainError("events-slots-invalid", max=MAX_SLOTS)


def parse_slots(text: str | None) -> list[SlotDraft]:
    """Volunteer slots as organisers type them, one "label;places" a line; blank lines
    are skipped. A line that cannot be read is named (its number and its text) with the
    expected form, in the chat's wizard and in the panel's form alike."""
    slots = []
    for number, line in enumerate((text or "").splitlines(), start=1):
        if not line.strip():
            continue
        label, _, count = line.rpartition(";")
        count = count.strip()
        if not label.strip() or not count.isdecimal():  # what int() reads: not "²"
            shown = " ".join(line.split())
            raise DomainError("events-slot-line-invalid", line=number,
                              text=shown if len(shown) <= 40 else shown[:39] + "…")
        if len(count) > 3:  # a number, but far too many people
            raise DomainError("events-slots-invalid", max=MAX_SLOTS)
        slots.append(SlotDraft(label.strip()[:80], int(count)))
    if not slots:
        raise DomainError("events-slots-invalid", max=MAX_SLOTS)
    check_slots(slots)
    return slots


def validate(draft: EventDraft, now: datetime) -> None:
    draft.title = clean_title(draft.title)
    check_start(draft.starts_at, draft.ends_at, now)
    check_deadline(draft.rsvp_deadline, draft.starts_at, now)
    check_capacity(draft.capacity)
    check_slots(draft.slots)


async def create_event(session: AsyncSession, organiser: Member, draft: EventDraft) -> Event:
    check_audience(organiser, draft.class_ids)
    validate(draft, utcnow())
    event = Event(school_id=organiser.school_id, title=draft.title,
                  description=draft.description.strip()[:DESCRIPTION_MAX],
                  location=draft.location.strip()[:LOCATION_MAX], starts_at=draft.starts_at,
                  ends_at=draft.ends_at, capacity=draft.capacity,
                  rsvp_deadline=draft.rsvp_deadline, ask_headcount=draft.ask_headcount,
                  created_by=organiser.id)
    session.add(event)
    await session.flush()
    session.add_all(EventClass(event_id=event.id, class_id=c) for c in sorted(set(draft.class_ids)))
    session.add_all(EventSlot(event_id=event.id, label=s.label.strip()[:80], capacity=s.capacity)
                    for s in draft.slots)
    await session.flush()
    return event


async def audience_class_ids(session: AsyncSession, event: Event) -> list[int]:
    return list(await session.scalars(select(EventClass.class_id)
                                      .where(EventClass.event_id == event.id)))


async def audience(session: AsyncSession, event: Event) -> list[Member]:
    """Active members the event is for: each once, however many children they have. Of a
    class event, the families with a child in its classes: a rep of the class who has
    none there sees and manages it (is_in_audience) and may answer it, but is not invited,
    counted or chased as a family that never answers."""
    return await members_for(session, event.school_id, await audience_class_ids(session, event),
                             reps=False)


async def invitees(session: AsyncSession, event: Event) -> list[Member]:
    """The audience less the organiser, who needs no invitation to their own event."""
    return [m for m in await audience(session, event) if m.id != event.created_by]


async def is_in_audience(session: AsyncSession, event: Event, member: Member) -> bool:
    if member.id == event.created_by and member.school_id == event.school_id:
        return True
    return await belongs_to(session, member, event.school_id,
                            await audience_class_ids(session, event))


async def event_for(session: AsyncSession, member: Member, event_id: int,
                    lock: bool = False) -> Event:
    event = await session.get(Event, event_id)
    if event is None:
        raise DomainError("events-not-found")
    # Checked once per update: a tap on an answer looks before asking for numbers, and
    # again when it answers.
    checked = session.info.setdefault("events_in_audience", set())
    if (event.id, member.id) not in checked:
        if not await is_in_audience(session, event, member):
            raise DomainError("events-not-found")
        checked.add((event.id, member.id))
    if lock:  # whether it has places decides the lock: see the module's docstring
        shared = event.capacity is None
        await session.refresh(event, with_for_update={"read": True} if shared else True)
        if shared and event.capacity is not None:
            await _count_in_turn(session, event)
    return event


async def _count_in_turn(session: AsyncSession, event: Event) -> None:
    """Places were set while this answer waited for its share of the row: the answers
    that waited with it take turns on a lock of the event's own until they commit (on
    SQLite, transactions already take turns). Each still holds its share of the row, so
    taking the row for update instead would deadlock two of them."""
    if session.bind.dialect.name == "postgresql":
        await session.execute(_ADVISORY_LOCK, {"space": PLACES_LOCKS, "key": event.id})


async def may_manage(session: AsyncSession, member: Member, event: Event) -> bool:
    """Its creator and the school's admins; and a class rep of every class it is for, as
    its creator (two reps of one class share its events). An event for the whole school,
    or for a class the rep does not represent, is not theirs."""
    if member.school_id != event.school_id:
        return False
    if has_role(member, RoleKind.ADMIN) or member.id == event.created_by:
        return True
    return await as_co_rep(session, member, event)


async def as_co_rep(session: AsyncSession, member: Member, event: Event) -> bool:
    """Whether the member manages the event as a rep of all its classes, not as its
    creator or an admin: what they change, cancel or remind, its creator is told."""
    if member.id == event.created_by or member.school_id != event.school_id:
        return False
    if not organiser_classes(member):  # None: an admin, who manages every event as such
        return False
    return represents_all(member, await audience_class_ids(session, event))


async def managed_event(session: AsyncSession, member: Member, event_id: int) -> Event:
    event = await session.get(Event, event_id, with_for_update=True)
    if event is None or not await may_manage(session, member, event):
        raise DomainError("events-not-found")
    return event


def seats(rsvp: Rsvp, event: Event) -> int:
    return max(rsvp.adults + rsvp.children, 1) if event.ask_headcount else 1


async def taken(session: AsyncSession, event: Event, excluding: int | None = None) -> int:
    confirmed = await session.scalars(select(Rsvp).where(
        Rsvp.event_id == event.id, Rsvp.answer == Answer.YES, Rsvp.waitlisted.is_(False),
        Rsvp.member_id != (excluding or 0)))
    return sum(seats(r, event) for r in confirmed)


def ensure_active(event: Event) -> None:
    """A cancelled event is only that: an older button to it says so."""
    if event.status != EventStatus.ACTIVE:
        raise DomainError("events-cancelled")


def ensure_open(event: Event, reply: str | None = None) -> None:
    """Answers are taken until the deadline (or the start) of an active event; a "no"
    until the start: a family that can no longer come may always say so, and its place
    goes to the waiting list rather than stay empty."""
    now = utcnow()
    ensure_active(event)
    closing = event.starts_at if reply == Answer.NO else min(
        event.starts_at, event.rsvp_deadline or event.starts_at)
    if closing <= now:
        raise DomainError("events-deadline-passed")


def answers_open(event: Event, now: datetime | None = None) -> bool:
    """Whether families may still answer (any answer, not only "no")."""
    return event.status == EventStatus.ACTIVE and min(
        event.starts_at, event.rsvp_deadline or event.starts_at) > (now or utcnow())


def invite_purpose(event_id: int) -> str:
    return f"event-invite:{event_id}"


def reminder_prefix(event_id: int) -> str:
    return f"event-reminder:{event_id}:"


def nudge_purpose(event_id: int, deadline: datetime | None = None) -> str:
    """One nudge per deadline; without one, the prefix of them all."""
    return f"event-nudge:{event_id}:{deadline.astimezone(UTC).isoformat() if deadline else ''}"


def typed_count(text: str | None, adults: bool) -> int:
    """How many adults (at least one) or children a family types, beyond the buttons."""
    low, high = (1, MAX_ADULTS) if adults else (0, MAX_CHILDREN)
    typed = (text or "").strip()
    if not (typed.isdecimal() and len(typed) <= 3 and low <= int(typed) <= high):
        raise DomainError("events-count-invalid", min=low, max=high)
    return int(typed)


async def answer(session: AsyncSession, member: Member, event_id: int, reply: str,
                 adults: int = 1, children: int = 0) -> RsvpOutcome:
    """Answer yes / maybe / no (with a headcount if asked), for the member's family: it
    replaces a co-parent's answer (see _take_family_answer); frees or queues seats."""
    if reply not in (Answer.YES, Answer.MAYBE, Answer.NO):
        raise DomainError("button-stale")
    event = await event_for(session, member, event_id, lock=True)
    ensure_open(event, reply)
    now = utcnow()
    if not event.ask_headcount:
        adults, children = 1, 0
    elif not (0 <= adults <= MAX_ADULTS and 0 <= children <= MAX_CHILDREN
              and (reply != Answer.YES or adults + children >= 1)):
        raise DomainError("events-headcount-invalid", adults=MAX_ADULTS, children=MAX_CHILDREN)
    co_parents = await with_co_parents(session, [member.id]) - {member.id}
    await _lock_family(session, {member.id, *co_parents})
    views = await _take_family_answer(session, event, member, co_parents)
    rsvp, previous = await _own_answer(session, event, member, reply, now)
    was_confirmed = previous == Answer.YES and not rsvp.waitlisted
    becomes_yes = reply == Answer.YES and previous != Answer.YES
    rsvp.answer, rsvp.adults, rsvp.children = reply, adults, children
    if reply != Answer.YES:
        rsvp.waitlisted = False
    elif event.capacity is not None:
        free = event.capacity - await taken(session, event, excluding=member.id)
        fits = seats(rsvp, event) <= free
        if becomes_yes and fits:
            # Nobody new takes a place that someone already waiting could have.
            waiting = await session.scalars(select(Rsvp).where(
                Rsvp.event_id == event.id, Rsvp.waitlisted.is_(True),
                Rsvp.answer == Answer.YES, Rsvp.member_id != member.id))
            fits = not any(seats(other, event) <= free for other in waiting)
        if was_confirmed and not fits:
            raise DomainError("events-no-room-for-more")
        if becomes_yes or (rsvp.waitlisted and fits):
            rsvp.waitlisted = not fits
            rsvp.queued_at = now if becomes_yes else rsvp.queued_at
    await session.flush()
    # Answered: an invitation or nudge still on its way would ask again, and a reminder
    # to someone who has just said they will not come would be wrong.
    unsaid = [invite_purpose(event.id), nudge_purpose(event.id)]
    await withdraw_unsent(session, member.id, [
        *unsaid, family_prefix(event.id), *([reminder_prefix(event.id)] if reply == Answer.NO
                                            else [])])
    promoted = await promote(session, event)
    if co_parents:
        # Their invitation or nudge still waiting to go would ask the family again; a
        # reminder (each parent of a family coming gets one) no longer holds after a no.
        await withdraw(session, OutboxMessage.member_id.in_(co_parents), purposes_in([
            *unsaid, *([reminder_prefix(event.id)] if reply == Answer.NO else [])]))
    now_said = _said(rsvp)
    changed = [co for co, view in views.items() if view.said != now_said]
    return RsvpOutcome(rsvp, promoted, await _aware_of(session, event, changed, views))


Said = tuple[str, int, int, bool] | None  # answer, adults, children, waiting; None: none


def _said(rsvp: Rsvp | None) -> Said:
    return None if rsvp is None else (rsvp.answer, rsvp.adults, rsvp.children, rsvp.waitlisted)


@dataclass(frozen=True)
class _View:
    """The family's answer as a co-parent knew it before another answer replaced it."""

    said: Said
    answered: bool  # it was their own


async def _lock_family(session: AsyncSession, member_ids: set[int]) -> None:
    """Co-parents' answers take turns (see the module's docstring). On SQLite,
    transactions already do."""
    if session.bind.dialect.name != "postgresql":
        return
    for member_id in sorted(member_ids):  # one order for all: no deadlock
        await session.execute(_ADVISORY_LOCK, {"space": FAMILY_LOCKS, "key": member_id})


async def _take_family_answer(session: AsyncSession, event: Event, member: Member,
                              co_parents: set[int]) -> dict[int, _View]:
    """The member is answering for the family: a co-parent's answer becomes theirs (the
    latest, moved to their row with its place in the queue and its places, for the
    answer to change as their own would), any other goes (its places freed: `answer`
    promotes the waiting list after it, as for a no). Returns what each co-parent knew."""
    if not co_parents:
        return {}
    theirs = list(await session.scalars(
        select(Rsvp).where(Rsvp.event_id == event.id, Rsvp.member_id.in_(co_parents))
        .order_by(Rsvp.updated_at.desc(), Rsvp.member_id).with_for_update()))
    own = await session.get(Rsvp, (event.id, member.id))
    family = _said(own if own is not None or not theirs else theirs[0])
    views = {co: _View(family, False) for co in co_parents}
    views.update({rsvp.member_id: _View(_said(rsvp), True) for rsvp in theirs})
    if not theirs:
        return views
    kept = theirs[0].member_id if own is None else None
    for rsvp in theirs:
        session.expunge(rsvp)  # the rows change below, by their keys
    gone = [rsvp.member_id for rsvp in theirs if rsvp.member_id != kept]
    if gone:
        await session.execute(delete(Rsvp).where(Rsvp.event_id == event.id,
                                                 Rsvp.member_id.in_(gone)))
    if kept is not None:
        await session.execute(update(Rsvp).where(Rsvp.event_id == event.id,
                                                 Rsvp.member_id == kept)
                              .values(member_id=member.id))
    return views


def family_prefix(event_id: int) -> str:
    """What a co-parent is told when the other parent answers for the family."""
    return f"event-family:{event_id}:"


async def _aware_of(session: AsyncSession, event: Event, member_ids: list[int],
                    views: dict[int, _View]) -> list[int]:
    """Those of the co-parents who knew of the event: they had answered, or an invitation
    or question about it (or a word of an earlier answer for the family) reached them.
    Whoever never heard of it needs no word of an answer: their card shows it."""
    told = [member_id for member_id in member_ids if views[member_id].answered]
    rest = [member_id for member_id in member_ids if not views[member_id].answered]
    if rest:
        told += list(await session.scalars(select(OutboxMessage.member_id).distinct().where(
            OutboxMessage.member_id.in_(rest),
            purposes_in([invite_purpose(event.id), nudge_purpose(event.id),
                         family_prefix(event.id)]),
            OutboxMessage.status.in_([OutboxStatus.SENT, OutboxStatus.SENDING,
                                      OutboxStatus.AWAITING_REPLY]))))
    return sorted(told)


async def _own_answer(session: AsyncSession, event: Event, member: Member, reply: str,
                      now: datetime) -> tuple[Rsvp, str | None]:
    """The member's answer row, locked, made if new; with their previous answer.

    Where the event's row is only shared, two answers of one member (from two chat apps)
    still take turns here: the second insert waits for the first to commit, then finds
    its row."""
    connection = await session.connection()
    made = await connection.execute(ignoring_conflicts(session, Rsvp), {
        "event_id": event.id, "member_id": member.id, "answer": reply, "queued_at": now})
    rsvp = await session.get_one(Rsvp, (event.id, member.id), with_for_update=True,
                                 populate_existing=True)
    return rsvp, None if made.rowcount == 1 else rsvp.answer


async def promote(session: AsyncSession, event: Event, *, unlimited: bool = False
                  ) -> list[int]:
    """Confirm the waitlist in order, everyone who fits: first come, first in among those
    who fit, so a large party waiting for room does not block a single parent behind it.
    `unlimited`: the event's limit was just lifted, and everyone waiting comes."""
    if event.capacity is None and not unlimited:
        return []  # nobody waits where places are not counted
    promoted = []
    free = math.inf if unlimited else event.capacity - await taken(session, event)
    queue = await session.scalars(select(Rsvp).where(
        Rsvp.event_id == event.id, Rsvp.answer == Answer.YES, Rsvp.waitlisted.is_(True))
        .order_by(Rsvp.queued_at, Rsvp.member_id))
    for rsvp in queue:
        if seats(rsvp, event) > free:
            continue
        rsvp.waitlisted = False
        free -= seats(rsvp, event)
        promoted.append(rsvp.member_id)
    await session.flush()
    return promoted


async def merge_family_answers(session: AsyncSession, member_ids: set[int]
                               ) -> list[tuple[Event, list[int]]]:
    """Parents who have just become co-parents (one sent the other's family code) hold
    one answer between them: for each event to come where more than one of them
    answered, the family's answer is the latest, as `answer` would have left it, and
    the others go. The answer kept has the family's place in the queue (its first yes)
    and keeps a place one of them was confirmed in, if its people fit in it; the places
    freed go to the waiting list; an invitation or nudge to a parent who did not answer,
    still waiting to go out, is withdrawn. Returns each event where someone was confirmed from
    the waiting list, with them, to be told. Locks as `answer` does: the events' rows
    (for update, in the order of their ids), then the family's locks."""
    answered = select(Rsvp.event_id).where(Rsvp.member_id.in_(member_ids))
    upcoming = list(await session.scalars(select(Event).where(
        Event.id.in_(answered), Event.status == EventStatus.ACTIVE,
        Event.starts_at > utcnow()).order_by(Event.id).with_for_update()))
    await _lock_family(session, member_ids)
    promoted = []
    for event in upcoming:
        rows = list(await session.scalars(
            select(Rsvp).where(Rsvp.event_id == event.id, Rsvp.member_id.in_(member_ids))
            .order_by(Rsvp.updated_at.desc(), Rsvp.member_id)))
        if rows:  # the family has answered: what still asks the others goes, as in `answer`
            await withdraw(session, OutboxMessage.member_id.in_(member_ids - {rows[0].member_id}),
                           purposes_in([invite_purpose(event.id), nudge_purpose(event.id)]))
        if len(rows) < 2:
            continue
        kept, others = rows[0], rows[1:]
        held = any(rsvp.answer == Answer.YES and not rsvp.waitlisted for rsvp in others)
        if kept.answer == Answer.YES:
            kept.queued_at = min(rsvp.queued_at for rsvp in rows if rsvp.answer == Answer.YES)
        for rsvp in others:
            await session.delete(rsvp)
        await session.flush()
        if kept.answer == Answer.YES and kept.waitlisted and held:
            free = (math.inf if event.capacity is None
                    else event.capacity - await taken(session, event, excluding=kept.member_id))
            kept.waitlisted = seats(kept, event) > free
        if moved := await promote(session, event):
            promoted.append((event, moved))
    return promoted


async def waiting_position(session: AsyncSession, event: Event, rsvp: Rsvp | None) -> int:
    """Where a waiting answer stands in the queue (1: next in), in the order `promote`
    goes through it; 0 for an answer that is not waiting."""
    if rsvp is None or not rsvp.waitlisted or rsvp.answer != Answer.YES:
        return 0
    ahead = await session.scalar(select(func.count()).select_from(Rsvp).where(
        Rsvp.event_id == event.id, Rsvp.answer == Answer.YES, Rsvp.waitlisted.is_(True),
        or_(Rsvp.queued_at < rsvp.queued_at,
            (Rsvp.queued_at == rsvp.queued_at) & (Rsvp.member_id < rsvp.member_id))))
    return (ahead or 0) + 1


@dataclass(frozen=True)
class Counts:
    yes: int
    maybe: int
    no: int
    waitlisted: int
    adults: int
    children: int


def tally(rows: list[Rsvp]) -> Counts:
    confirmed = [r for r in rows if r.answer == Answer.YES and not r.waitlisted]
    return Counts(
        yes=len(confirmed), maybe=sum(r.answer == Answer.MAYBE for r in rows),
        no=sum(r.answer == Answer.NO for r in rows),
        waitlisted=sum(r.answer == Answer.YES and r.waitlisted for r in rows),
        adults=sum(r.adults for r in confirmed), children=sum(r.children for r in confirmed))


async def counts_by_event(session: AsyncSession, event_ids: list[int]) -> dict[int, Counts]:
    """The answers of several events in one query (a list page)."""
    answers: dict[int, list[Rsvp]] = {event_id: [] for event_id in event_ids}
    for rsvp in await session.scalars(select(Rsvp).where(Rsvp.event_id.in_(event_ids))):
        answers[rsvp.event_id].append(rsvp)
    return {event_id: tally(rows) for event_id, rows in answers.items()}


async def counts(session: AsyncSession, event: Event) -> Counts:
    return (await counts_by_event(session, [event.id]))[event.id]


async def unanswered(session: AsyncSession, event: Event) -> list[Member]:
    """Invitees whose family has given no answer yet: once one parent has answered (for
    the adults and children coming), the other is not chased for it."""
    answered = await with_co_parents(session, await session.scalars(
        select(Rsvp.member_id).where(Rsvp.event_id == event.id)))
    return [member for member in await invitees(session, event) if member.id not in answered]


async def declined(session: AsyncSession, event: Event) -> list[Member]:
    """Who said no (for their family: one parent a family)."""
    return list(await session.scalars(
        select(Member).join(Rsvp, Rsvp.member_id == Member.id)
        .where(Rsvp.event_id == event.id, Rsvp.answer == Answer.NO).order_by(Member.id)))


async def with_families(session: AsyncSession, event: Event, member_ids: Iterable[int]
                        ) -> list[Member]:
    """The members who answered and their co-parents the event is for, active, each
    once: a family answers once, and what is told to the family that answered (a new
    time or place, a reminder) reaches each of its parents, as its invitation did."""
    given = set(member_ids)
    family = await with_co_parents(session, given)
    if others := family - given:
        class_ids = await audience_class_ids(session, event)
        in_audience = select(Member.id).where(Member.id.in_(others),
                                              Member.school_id == event.school_id)
        if class_ids:
            in_audience = in_audience.where(Member.id.in_(of_classes(class_ids)))
        family = given | set(await session.scalars(in_audience))
    return list(await session.scalars(select(Member).where(
        Member.id.in_(family), Member.status == MemberStatus.ACTIVE).order_by(Member.id)))


async def family_answer(session: AsyncSession, event: Event, member: Member,
                        family: set[int] | None = None) -> Rsvp | None:
    """The family's answer, whichever parent gave it (the row's member): co-parents hold
    one answer between them (see `answer`). The latest, should a family hold two (given
    before they shared a child). `family`: the member and co-parents, if already known."""
    if family is None:
        family = await with_co_parents(session, [member.id])
    return await session.scalar(select(Rsvp).where(
        Rsvp.event_id == event.id, Rsvp.member_id.in_(family))
        .order_by(Rsvp.updated_at.desc(), Rsvp.member_id != member.id).limit(1))


def is_on(event: Event, now: datetime | None = None) -> bool:
    """Begun and not over: its end, or a few hours after its start when it has none."""
    now = now or utcnow()
    return event.starts_at <= now < (event.ends_at or event.starts_at + UNTIMED_LENGTH)


def _upcoming(for_admin: bool, in_window: bool) -> Select:
    """upcoming_for's query, with bind parameters: an admin sees every event of the
    school; `in_window`: only those starting in [window_from, window_until)."""
    query = select(Event).where(
        Event.school_id == bindparam("school_id"), Event.status == EventStatus.ACTIVE,
        or_(Event.ends_at > bindparam("now"),
            Event.ends_at.is_(None) & (Event.starts_at > bindparam("untimed_since"))))
    if in_window:
        query = query.where(Event.starts_at >= bindparam("window_from"),
                            Event.starts_at < bindparam("window_until"))
    # As is_in_audience says it, chosen before the 20 are counted: other classes' events
    # must not crowd out the member's.
    audience = true() if for_admin else reaches_by_classes(
        bindparam("member_id"), EventClass.class_id, EventClass.event_id == Event.id)
    query = query.where(or_(Event.created_by == bindparam("member_id"), audience))
    return query.order_by(Event.starts_at).limit(20)


# Read by every /events, so built once per shape: building it and its cache key cost
# ~0.45 ms of CPU, measured, about a tenth of a whole /events update.
_UPCOMING = {(for_admin, in_window): _upcoming(for_admin, in_window)
             for for_admin in (False, True) for in_window in (False, True)}


async def upcoming_for(session: AsyncSession, member: Member, *,
                       starting: tuple[datetime, datetime] | None = None,
                       family: set[int] | None = None) -> list[tuple[Event, Rsvp | None]]:
    """The member's events to come, and those going on now: on the day, at the door,
    the place and (for its organisers) who comes are still a tap away; each with the
    family's answer. `starting`: only those whose start falls in [from, until) (the
    week ahead); `family`: the member and co-parents, if already known. A few queries
    whatever the number of events (a parent's list, not one query per event)."""
    now = utcnow()
    statement = _UPCOMING[has_role(member, RoleKind.ADMIN), starting is not None]
    window = ({"window_from": starting[0], "window_until": starting[1]}
              if starting is not None else {})
    mine = list(await session.scalars(statement, {
        "school_id": member.school_id, "member_id": member.id, "now": now,
        "untimed_since": now - UNTIMED_LENGTH, **window}))
    if not mine:
        return []
    if family is None:
        family = await with_co_parents(session, [member.id])
    answers = await family_answers(session, [event.id for event in mine], member, family)
    return [(event, answers.get(event.id)) for event in mine]


# Read by every /events, so built once.
_FAMILY_ANSWERS = select(Rsvp).where(Rsvp.event_id.in_(bindparam("event_ids", expanding=True)),
                                     Rsvp.member_id.in_(bindparam("family", expanding=True)))


async def family_answers(session: AsyncSession, event_ids: list[int], member: Member,
                         family: set[int]) -> dict[int, Rsvp]:
    """family_answer() of several events in one query: for each, the latest answer of the
    family (the member's own, of two given at the same moment)."""
    found: dict[int, Rsvp] = {}
    if not event_ids:
        return found
    for rsvp in await session.scalars(_FAMILY_ANSWERS, {"event_ids": event_ids,
                                                         "family": list(family)}):
        best = found.get(rsvp.event_id)
        if best is None or (rsvp.updated_at, rsvp.member_id == member.id) > (
                best.updated_at, best.member_id == member.id):
            found[rsvp.event_id] = rsvp
    return found


@dataclass(frozen=True)
class AttendeeLine:
    member_id: int
    name: str
    answer: str
    adults: int
    children: int
    waitlisted: bool


ANSWER_ORDER = case({Answer.YES: 0, Answer.MAYBE: 1, Answer.NO: 2}, value=Rsvp.answer)


async def attendees(session: AsyncSession, event: Event) -> list[AttendeeLine]:
    """The answers as organisers read them: who comes, who waits, maybe, then no."""
    rows = await session.execute(
        select(Rsvp, Member.first_name, Member.last_name)
        .join(Member, Member.id == Rsvp.member_id).where(Rsvp.event_id == event.id)
        .order_by(ANSWER_ORDER, Rsvp.waitlisted, Rsvp.queued_at))
    return [AttendeeLine(r.member_id, f"{first} {last}", r.answer, r.adults, r.children,
                         r.waitlisted) for r, first, last in rows]


@dataclass(frozen=True)
class SlotTeam:
    """A volunteer slot and who signed up for it, in the order they did."""

    slot: EventSlot
    member_ids: list[int]
    names: list[str]

    @property
    def count(self) -> int:
        return len(self.member_ids)


async def slots_of(session: AsyncSession, event: Event) -> list[SlotTeam]:
    """The event's slots, each with its volunteers (one query for both)."""
    rows = await session.execute(
        select(EventSlot, Member).where(EventSlot.event_id == event.id)
        .outerjoin(SlotSignup, SlotSignup.slot_id == EventSlot.id)
        .outerjoin(Member, Member.id == SlotSignup.member_id)
        .order_by(EventSlot.id, SlotSignup.created_at))
    teams: dict[int, SlotTeam] = {}
    for slot, volunteer in rows:
        team = teams.setdefault(slot.id, SlotTeam(slot, [], []))
        if volunteer is not None:
            team.member_ids.append(volunteer.id)
            team.names.append(volunteer.full_name)
    return list(teams.values())


async def sign_up(session: AsyncSession, member: Member, slot_id: int, join: bool
                  ) -> tuple[EventSlot, bool]:
    """Join a volunteer slot or leave it, as the button said; returns whether that changed
    anything: a second tap on the same button (a double tap, an older card) does nothing
    more, where a toggle would undo the first."""
    slot = await session.get(EventSlot, slot_id, with_for_update=True)
    if slot is None:
        raise DomainError("events-not-found")
    event = await event_for(session, member, slot.event_id)
    ensure_active(event)
    if event.starts_at <= utcnow():
        raise DomainError("events-deadline-passed")
    signup = await session.get(SlotSignup, (slot.id, member.id))
    if (signup is not None) == join:
        return slot, False
    if signup is not None:
        await session.delete(signup)
        await session.flush()
        return slot, True
    count = await session.scalar(select(func.count()).select_from(SlotSignup)
                                 .where(SlotSignup.slot_id == slot.id))
    if (count or 0) >= slot.capacity:
        raise DomainError("events-slot-full", label=slot.label)
    session.add(SlotSignup(slot_id=slot.id, member_id=member.id))
    await session.flush()
    return slot, True


def revise(event: Event) -> None:
    """Count a change of what a calendar shows: time, place, status."""
    event.revision += 1
    event.revised_at = utcnow()


class Ending(Enum):
    """What becomes of an event's end when only its start is given."""

    SAME_LENGTH = "same-length"  # it moves with the start (none stays none)


NewEnd = datetime | None | Ending  # None: no end any more


async def reschedule(session: AsyncSession, organiser: Member, event_id: int, *,
                     starts_at: datetime | None = None,
                     ends_at: NewEnd = Ending.SAME_LENGTH,
                     location: str | None = None) -> tuple[Event, list[Member]]:
    """Change time or place; returns the parents of the families who answered yes or
    maybe, to be told (see with_families). An end that
    would not come after the start is refused and nothing changes."""
    event = await managed_event(session, organiser, event_id)
    ensure_active(event)
    if starts_at is not None and starts_at <= utcnow():
        raise DomainError("events-start-in-past")
    start = starts_at or event.starts_at
    end = ends_at
    if end is Ending.SAME_LENGTH:
        end = event.ends_at and start + (event.ends_at - event.starts_at)
    if end is not None and end <= start:
        raise DomainError("events-end-before-start")
    if event.rsvp_deadline is not None and event.rsvp_deadline > start:
        event.rsvp_deadline = start
    place = event.location if location is None else location.strip()[:LOCATION_MAX]
    if (start, end, place) != (event.starts_at, event.ends_at, event.location):
        revise(event)
    event.starts_at, event.ends_at, event.location = start, end, place
    await session.flush()
    answered = await session.scalars(select(Rsvp.member_id).where(
        Rsvp.event_id == event.id, Rsvp.answer.in_([Answer.YES, Answer.MAYBE])))
    return event, await with_families(session, event, answered)


async def change_capacity(session: AsyncSession, organiser: Member, event_id: int,
                          capacity: int | None) -> tuple[Event, list[int]]:
    """A new number of places, also for an event that had no limit; None: no limit any
    more. More places (or none) confirm the waiting list in order (returned, to be told);
    fewer than the seats already confirmed is refused: nobody confirmed is sent back to
    the waiting list. The row's lock for update makes the answers take turns with the
    change (see event_for)."""
    event = await managed_event(session, organiser, event_id)
    ensure_active(event)
    check_capacity(capacity)
    if capacity is not None and capacity < (confirmed := await taken(session, event)):
        raise DomainError("events-places-below-confirmed", confirmed=confirmed)
    event.capacity = capacity
    await session.flush()
    return event, await promote(session, event, unlimited=capacity is None)


async def cancel(session: AsyncSession, organiser: Member, event_id: int
                 ) -> tuple[Event, list[Member]]:
    """Cancel; everyone the event was for, and whoever answered it, is told."""
    event = await managed_event(session, organiser, event_id)
    if event.status == EventStatus.CANCELLED:
        raise DomainError("events-cancelled")
    event.status = EventStatus.CANCELLED
    revise(event)  # a calendar that has it shows it cancelled
    await session.execute(delete(SlotSignup).where(SlotSignup.slot_id.in_(
        select(EventSlot.id).where(EventSlot.event_id == event.id))))
    await session.flush()
    # Whoever answered is told too: a rep who is no parent of the class, not invited,
    # may have said they come to help.
    told = {member.id: member for member in await invitees(session, event)}
    answered = await session.scalars(select(Rsvp.member_id).where(Rsvp.event_id == event.id))
    for member in await with_families(session, event, answered):
        told.setdefault(member.id, member)
    return event, [told[member_id] for member_id in sorted(told)]
