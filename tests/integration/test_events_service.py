"""Events below the chat: audience, capacity and waitlist, slots, reminders in time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.errors import DomainError
from core.events import reminders
from core.events.calendar import to_ics
from core.events.export import answers_csv
from core.events.service import (
    EventDraft,
    SlotDraft,
    answer,
    cancel,
    counts,
    create_event,
    family_answer,
    merge_family_answers,
    reschedule,
    sign_up,
)
from core.i18n import Translator
from core.members.erasure import erase_member
from core.models import (
    Answer,
    Child,
    EventSlot,
    Member,
    MemberChild,
    OutboxMessage,
    Role,
    RoleKind,
    Rsvp,
    School,
)
from core.schools import classes_of
from tests.support.people import school_with_members

BRUSSELS = ZoneInfo("Europe/Brussels")


@pytest.fixture
async def sessions(database_url: str) -> AsyncIterator:
    engine = create_engine(database_url)
    yield session_factory(engine)
    await engine.dispose()


async def school_of(sessions, count: int = 6):
    async with unit_of_work(sessions) as uow:
        school, members = await school_with_members(uow.session, count)
        uow.session.add(Role(school_id=school.id, member_id=members[0].id, kind=RoleKind.ADMIN))
    async with sessions() as session:  # reload with roles
        loaded = list(await session.scalars(select(Member).options(selectinload(Member.roles))
                                            .order_by(Member.id)))
    return school, loaded


async def new_event(sessions, organiser, **fields):
    draft = EventDraft(title=fields.pop("title", "School fair"),
                       starts_at=fields.pop("starts_at", utcnow() + timedelta(days=3)), **fields)
    async with unit_of_work(sessions) as uow:
        return await create_event(uow.session, organiser, draft)


async def reply(sessions, member, event, what, adults=1, children=0):
    async with unit_of_work(sessions) as uow:
        return await answer(uow.session, member, event.id, what, adults, children)


async def test_capacity_waitlist_and_promotion_in_order(sessions) -> None:
    _, (admin, a, b, c, d, _) = await school_of(sessions)
    event = await new_event(sessions, admin, capacity=3, ask_headcount=True)
    assert not (await reply(sessions, a, event, Answer.YES, 1, 1)).rsvp.waitlisted  # 2 seats
    assert (await reply(sessions, b, event, Answer.YES, 1, 1)).rsvp.waitlisted      # 2 > 1 left
    # A single parent may take the last place b cannot use: b does not block the queue.
    assert not (await reply(sessions, c, event, Answer.YES, 1, 0)).rsvp.waitlisted
    assert (await reply(sessions, d, event, Answer.YES, 1, 0)).rsvp.waitlisted      # full
    with pytest.raises(DomainError) as error:
        await reply(sessions, a, event, Answer.YES, 2, 2)  # a confirmed yes cannot grow past
    assert error.value.message_id == "events-no-room-for-more"
    outcome = await reply(sessions, a, event, Answer.NO)   # frees 2: b, first in line, fits
    assert outcome.promoted == [b.id]
    outcome = await reply(sessions, c, event, Answer.NO)   # frees 1: d is next
    assert outcome.promoted == [d.id]
    async with sessions() as session:
        tally = await counts(session, await session.get(type(event), event.id))
    assert (tally.yes, tally.no, tally.waitlisted, tally.adults, tally.children) == (2, 2, 0, 2, 1)
    # Someone waiting who fits a freed place gets it before a newcomer.
    assert (await reply(sessions, c, event, Answer.YES)).rsvp.waitlisted  # full again
    outcome = await reply(sessions, d, event, Answer.NO)
    assert outcome.promoted == [c.id]


async def test_audience_rules_for_organisers(sessions) -> None:
    school, (admin, parent, rep, *_) = await school_of(sessions)
    async with unit_of_work(sessions) as uow:
        p3, p4 = [c for c in await classes_of(uow.session, await uow.session.get(School,
                                                                               school.id))
                  if c.code in ("P3", "P4")]
        uow.session.add(Role(school_id=school.id, member_id=rep.id, kind=RoleKind.CLASS_REP,
                             class_id=p3.id))
    async with sessions() as session:
        rep = await session.scalar(select(Member).where(Member.id == rep.id)
                                   .options(selectinload(Member.roles)))
    for organiser, classes, refusal in ((parent, [p3.id], "events-organisers-only"),
                                        (rep, [], "events-rep-own-classes"),
                                        (rep, [p4.id], "events-rep-own-classes")):
        with pytest.raises(DomainError) as error:
            await new_event(sessions, organiser, class_ids=classes)
        assert error.value.message_id == refusal
    assert (await new_event(sessions, rep, class_ids=[p3.id])).id
    with pytest.raises(DomainError):
        await new_event(sessions, admin, starts_at=utcnow() - timedelta(minutes=1))


async def test_slots_fill_and_free(sessions) -> None:
    _, (admin, a, b, *_) = await school_of(sessions)
    await new_event(sessions, admin, slots=[SlotDraft("Cake stand 14:00", 1)])
    async with sessions() as session:
        slot_id = await session.scalar(select(EventSlot.id))
    async with unit_of_work(sessions) as uow:
        assert (await sign_up(uow.session, a, slot_id, join=True))[1] is True
    async with unit_of_work(sessions) as uow:  # the same tap again changes nothing
        assert (await sign_up(uow.session, a, slot_id, join=True))[1] is False
    with pytest.raises(DomainError) as error:
        async with unit_of_work(sessions) as uow:
            await sign_up(uow.session, b, slot_id, join=True)
    assert error.value.message_id == "events-slot-full"
    async with unit_of_work(sessions) as uow:
        assert (await sign_up(uow.session, a, slot_id, join=False))[1] is True  # leaves
    async with unit_of_work(sessions) as uow:
        assert (await sign_up(uow.session, a, slot_id, join=False))[1] is False
    async with unit_of_work(sessions) as uow:
        assert (await sign_up(uow.session, b, slot_id, join=True))[1] is True


async def reminders_queued(sessions, now) -> int:
    with time_machine.travel(now, tick=False):
        async with unit_of_work(sessions) as uow:
            return await reminders.queue_due(uow.session, now, lambda event: [],
                                             lambda event: [])


async def reminder_rows(sessions) -> list[OutboxMessage]:
    async with sessions() as session:
        return list(await session.scalars(select(OutboxMessage).where(
            OutboxMessage.purpose.like("event-reminder:%")).order_by(OutboxMessage.id)))


async def test_reminders_fire_once_even_after_a_restart(sessions) -> None:
    _, (admin, a, b, c, *_) = await school_of(sessions)
    start = datetime(2026, 12, 4, 17, 30, tzinfo=UTC)
    with time_machine.travel(start - timedelta(days=5), tick=False):
        event = await new_event(sessions, admin, starts_at=start)
        await reply(sessions, a, event, Answer.YES)
        await reply(sessions, b, event, Answer.MAYBE)
        await reply(sessions, c, event, Answer.NO)
    assert await reminders_queued(sessions, start - timedelta(hours=25)) == 0
    assert await reminders_queued(sessions, start - timedelta(hours=24)) == 2
    assert await reminders_queued(sessions, start - timedelta(hours=23, minutes=59)) == 2
    rows = await reminder_rows(sessions)
    assert len(rows) == 2  # queued again by a later pass or a restarted process: deduplicated
    assert await reminders_queued(sessions, start - timedelta(hours=2)) == 2
    assert len(await reminder_rows(sessions)) == 4
    assert all(r.expires_at == start for r in await reminder_rows(sessions))


async def test_a_missed_reminder_is_caught_up_once_or_dropped(sessions) -> None:
    _, (admin, a, *_) = await school_of(sessions)
    start = datetime(2026, 12, 4, 17, 30, tzinfo=UTC)
    with time_machine.travel(start - timedelta(days=5), tick=False):
        event = await new_event(sessions, admin, starts_at=start)
        await reply(sessions, a, event, Answer.YES)
    # The process was down from 30 h before until 1 h before: only the 2 h reminder goes.
    await reminders_queued(sessions, start - timedelta(hours=1))
    assert [r.purpose.split(":")[2] for r in await reminder_rows(sessions)] == ["2h"]
    # Down until after the start: nothing is queued any more.
    assert await reminders_queued(sessions, start + timedelta(minutes=1)) == 0


async def test_quiet_hours_move_an_early_morning_reminder_to_the_evening_before(sessions) -> None:
    school, (admin, a, *_) = await school_of(sessions)
    async with unit_of_work(sessions) as uow:
        loaded = await uow.session.get_one(School, school.id)
        loaded.quiet_start, loaded.quiet_end = datetime(2000, 1, 1, 21).time(), \
            datetime(2000, 1, 1, 8).time()
    start = datetime(2026, 12, 4, 7, 30, tzinfo=BRUSSELS)  # 2 h before is 05:30, quiet
    with time_machine.travel(start - timedelta(days=5), tick=False):
        event = await new_event(sessions, admin, starts_at=start)
        await reply(sessions, a, event, Answer.YES)
    evening = datetime(2026, 12, 3, 20, 59, tzinfo=BRUSSELS)
    assert await reminders_queued(sessions, evening - timedelta(minutes=1)) == 1  # the 24 h
    assert await reminders_queued(sessions, evening) == 1  # the 2 h one, before the night
    assert [r.purpose.split(":")[2] for r in await reminder_rows(sessions)] == ["24h", "2h"]
    assert (await reminder_rows(sessions))[1].next_attempt_at == evening


async def test_the_24h_reminder_on_the_day_clocks_change(sessions) -> None:
    _, (admin, a, *_) = await school_of(sessions)
    start = datetime(2026, 3, 29, 10, 0, tzinfo=BRUSSELS)  # the first summer-time morning
    with time_machine.travel(start - timedelta(days=5), tick=False):
        event = await new_event(sessions, admin, starts_at=start)
        await reply(sessions, a, event, Answer.YES)
    day_before = start.astimezone(UTC) - timedelta(hours=24)  # Saturday 09:00 in Brussels
    assert day_before.astimezone(BRUSSELS).hour == 9
    assert await reminders_queued(sessions, day_before - timedelta(minutes=1)) == 0
    assert await reminders_queued(sessions, day_before) == 1


async def test_rescheduling_gives_fresh_reminders_and_tells_who_comes(sessions) -> None:
    _, (admin, a, b, *_) = await school_of(sessions)
    start = utcnow() + timedelta(hours=20)
    event = await new_event(sessions, admin, starts_at=start)
    await reply(sessions, a, event, Answer.YES)
    await reply(sessions, b, event, Answer.NO)
    await reminders_queued(sessions, utcnow())
    async with unit_of_work(sessions) as uow:
        moved, told = await reschedule(uow.session, admin, event.id,
                                       starts_at=start + timedelta(days=2), location="Gym")
    assert [m.id for m in told] == [a.id]
    await reminders_queued(sessions, start + timedelta(days=1, hours=1))
    assert len(await reminder_rows(sessions)) == 2
    async with unit_of_work(sessions) as uow:
        _, everyone = await cancel(uow.session, admin, event.id)
    assert len(everyone) == 5  # everyone but the organiser who cancelled
    with pytest.raises(DomainError):
        await reply(sessions, a, event, Answer.YES)


async def test_the_ics_file_describes_the_event(sessions) -> None:
    _, (admin, *_) = await school_of(sessions)
    start = datetime(2026, 12, 4, 17, 30, tzinfo=UTC)
    with time_machine.travel(start - timedelta(days=5), tick=False):
        event = await new_event(sessions, admin, starts_at=start, location="Salle de gym",
                                description="Bring a cake")
    [entry] = Calendar.from_ical(to_ics(event, "École Test")).walk("VEVENT")
    assert str(entry["summary"]) == "School fair"
    assert entry.decoded("dtstart") == start
    assert entry.decoded("dtend") == start + timedelta(hours=1)
    assert str(entry["location"]) == "Salle de gym"
    assert (str(entry["uid"]), entry["sequence"]) == (f"event-{event.id}@schoolhub", 0)
    assert entry.decoded("dtstamp") == entry.decoded("last-modified") == event.created_at


async def test_each_change_calendars_show_is_a_new_version_a_repeat_is_not(sessions) -> None:
    _, (admin, *_) = await school_of(sessions)
    start = datetime(2026, 12, 4, 17, 30, tzinfo=UTC)
    made = start - timedelta(days=5)
    with time_machine.travel(made, tick=False):
        event = await new_event(sessions, admin, starts_at=start, location="Gym")

    async def change(**fields) -> tuple[int, datetime]:
        with time_machine.travel(made + timedelta(hours=len(changes) + 1), tick=False):
            async with unit_of_work(sessions) as uow:
                moved, _ = await reschedule(uow.session, admin, event.id, **fields)
        [entry] = Calendar.from_ical(to_ics(moved, "École Test")).walk("VEVENT")
        assert str(entry["uid"]) == f"event-{event.id}@schoolhub"
        changes.append((entry["sequence"], entry.decoded("last-modified")))
        return changes[-1]

    changes: list[tuple[int, datetime]] = []
    assert await change(starts_at=start + timedelta(hours=1)) == (1, made + timedelta(hours=1))
    assert (await change(ends_at=start + timedelta(hours=3)))[0] == 2
    assert (await change(location="Refectory"))[0] == 3
    assert (await change(ends_at=None))[0] == 4
    # The same time and place again: the calendar's entry is as it was.
    assert await change(starts_at=start + timedelta(hours=1), location="Refectory") == \
        (4, made + timedelta(hours=4))
    async with unit_of_work(sessions) as uow:
        cancelled, _ = await cancel(uow.session, admin, event.id)
    [entry] = Calendar.from_ical(to_ics(cancelled, "École Test")).walk("VEVENT")
    assert (entry["sequence"], str(entry["status"])) == (5, "CANCELLED")


async def co_parents(sessions, *parents: Member) -> None:
    """The parents share a child (as /family makes them): one family."""
    async with unit_of_work(sessions) as uow:
        school = await uow.session.get_one(School, parents[0].school_id)
        klass = (await classes_of(uow.session, school))[0]
        child = Child(school_id=parents[0].school_id, first_name="Léa", class_id=klass.id)
        uow.session.add(child)
        await uow.session.flush()
        uow.session.add_all(MemberChild(member_id=parent.id, child_id=child.id)
                            for parent in parents)


async def test_a_parents_erasure_leaves_their_familys_answer_to_the_other(sessions) -> None:
    """Anna answered yes for her family (1 adult, 1 child: the last 2 places; Carl waits);
    she erases her data (/forgetme). Ben, Léa's other parent, still comes with the family's
    places: they are not given to Carl, and Ben's card shows the answer."""
    _, (admin, anna, ben, carl, *_) = await school_of(sessions)
    await co_parents(sessions, anna, ben)
    event = await new_event(sessions, admin, capacity=2, ask_headcount=True)
    assert not (await reply(sessions, anna, event, Answer.YES, 1, 1)).rsvp.waitlisted
    assert (await reply(sessions, carl, event, Answer.YES, 1, 0)).rsvp.waitlisted
    async with unit_of_work(sessions) as uow:
        erasure = await erase_member(uow.session, anna.id, actor=f"member:{anna.id}")
    assert erasure.promoted == {}
    async with sessions() as session:
        rows = {r.member_id: r for r in await session.scalars(
            select(Rsvp).where(Rsvp.event_id == event.id))}
        family = await family_answer(session, event, ben)
    assert family.member_id == ben.id
    assert (family.answer, family.adults, family.children, family.waitlisted) == (
        Answer.YES, 1, 1, False)
    assert set(rows) == {ben.id, carl.id} and rows[carl.id].waitlisted


async def test_the_csv_keeps_a_co_parents_slot_on_their_familys_line(sessions) -> None:
    """Ben said yes and took the cake stand; Anna, Léa's other parent, then answered for
    the family (her answer replaces his): the CSV's line of the family still shows the
    cake stand Ben holds."""
    _, (admin, anna, ben, *_) = await school_of(sessions)
    await co_parents(sessions, anna, ben)
    event = await new_event(sessions, admin, ask_headcount=True,
                            slots=[SlotDraft("Cake stand", 2), SlotDraft("Tidy up", 2)])
    await reply(sessions, ben, event, Answer.YES, 1, 1)
    async with unit_of_work(sessions) as uow:
        slots = list(await uow.session.scalars(select(EventSlot.id).order_by(EventSlot.id)))
        await sign_up(uow.session, ben, slots[0], join=True)
        await sign_up(uow.session, anna, slots[1], join=True)
    await reply(sessions, anna, event, Answer.YES, 2, 1)
    async with sessions() as session:
        table = (await answers_csv(session, await session.get_one(type(event), event.id),
                                   Translator().for_locale("en"))).decode("utf-8-sig")
    [family] = [line for line in table.splitlines() if "Parent1" in line or "Parent2" in line]
    assert family == "Parent1 Test;M1;yes;no;2;1;Cake stand, Tidy up"


async def test_parents_linked_after_both_answered_keep_the_latest_in_the_familys_place(
        sessions) -> None:
    """Anna took the one place, Carl waits, then Ben, Léa's other parent but not yet on
    Anna's list, said yes too and waits behind Carl. Once they share Léa, the family's
    answer is Ben's, the latest, with Anna's place: Carl still waits, nobody moves up."""
    _, (admin, anna, ben, carl, *_) = await school_of(sessions)
    event = await new_event(sessions, admin, capacity=1)
    assert not (await reply(sessions, anna, event, Answer.YES)).rsvp.waitlisted
    assert (await reply(sessions, carl, event, Answer.YES)).rsvp.waitlisted
    assert (await reply(sessions, ben, event, Answer.YES)).rsvp.waitlisted
    await co_parents(sessions, anna, ben)
    async with unit_of_work(sessions) as uow:
        assert await merge_family_answers(uow.session, {anna.id, ben.id}) == []
    async with sessions() as session:
        rows = {r.member_id: r.waitlisted for r in await session.scalars(
            select(Rsvp).where(Rsvp.event_id == event.id))}
    assert rows == {ben.id: False, carl.id: True}
