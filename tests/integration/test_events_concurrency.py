"""500 parents tap Yes within a second on an event with 100 places; answers to an event
without places do not wait for one another, yet a cancellation waits for them, and places
set while they wait are counted (PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from admin_web.events import same_event
from admin_web.security import DB, MEMBER
from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.errors import DomainError
from core.events.service import EventDraft, answer, cancel, change_capacity, create_event
from core.members.family import family_code, join_family
from core.models import (
    Answer,
    Child,
    Event,
    Member,
    MemberChild,
    Role,
    RoleKind,
    Rsvp,
    SchoolClass,
)
from tests.conftest import fresh_pg_database
from tests.support.concurrency import started_and_waiting, waiting_on_a_lock
from tests.support.people import school_with_members

PARENTS = 500
CAPACITY = 100


@pytest.fixture
async def pg_database(pg_template: str) -> AsyncIterator[str]:
    async with fresh_pg_database(pg_template) as url:
        yield url


async def test_exactly_the_capacity_is_confirmed_and_the_rest_queued(pg_database: str) -> None:
    engine = create_engine(pg_database, pool_size=40, max_overflow=0, pool_timeout=120)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school, members = await school_with_members(uow.session, PARENTS + 1)
        uow.session.add(Role(school_id=school.id, member_id=members[0].id, kind=RoleKind.ADMIN))
    async with sessions() as session:
        people = list(await session.scalars(select(Member).options(selectinload(Member.roles))
                                            .order_by(Member.id)))
    async with unit_of_work(sessions) as uow:
        event = await create_event(uow.session, people[0], EventDraft(
            title="Saint-Nicolas", starts_at=utcnow() + timedelta(days=7), capacity=CAPACITY))

    async def tap_yes(parent: Member) -> bool:
        async with unit_of_work(sessions) as uow:
            outcome = await answer(uow.session, parent, event.id, Answer.YES)
        return outcome.rsvp.waitlisted

    waitlisted = await asyncio.gather(*(tap_yes(p) for p in people[1:]))  # no error raised

    async with sessions() as session:
        rows = list(await session.scalars(select(Rsvp).where(Rsvp.event_id == event.id)
                                          .order_by(Rsvp.queued_at, Rsvp.member_id)))
    await engine.dispose()
    assert sum(not w for w in waitlisted) == CAPACITY
    assert sum(not r.waitlisted for r in rows) == CAPACITY
    assert len(rows) == PARENTS
    # In order: every confirmed answer was queued before every waitlisted one.
    first_waiting = next(i for i, r in enumerate(rows) if r.waitlisted)
    assert first_waiting == CAPACITY
    assert all(r.waitlisted for r in rows[CAPACITY:])


async def fancy_fair(sessions, parents: int) -> tuple[Event, list[Member]]:
    """An event without places, made by the school's admin; the admin first, then the
    parents."""
    async with unit_of_work(sessions) as uow:
        school, members = await school_with_members(uow.session, parents + 1)
        uow.session.add(Role(school_id=school.id, member_id=members[0].id, kind=RoleKind.ADMIN))
    async with sessions() as session:
        people = list(await session.scalars(
            select(Member).options(selectinload(Member.roles)).order_by(Member.id)))
    async with unit_of_work(sessions) as uow:
        event = await create_event(uow.session, people[0], EventDraft(
            title="Fancy fair", starts_at=utcnow() + timedelta(days=7)))
    return event, people


async def answers_to(sessions, event_id: int) -> list[tuple[int, str]]:
    async with sessions() as session:
        return [(rsvp.member_id, rsvp.answer) for rsvp in await session.scalars(
            select(Rsvp).where(Rsvp.event_id == event_id))]


async def test_answers_without_places_share_the_event_and_a_cancel_waits_for_them(
        pg_database: str) -> None:
    engine = create_engine(pg_database)
    sessions = session_factory(engine)
    event, (admin, anna, ben) = await fancy_fair(sessions, parents=2)

    async with unit_of_work(sessions) as anna_uow:  # Anna's answer, not yet committed
        await answer(anna_uow.session, anna, event.id, Answer.YES)
        async with unit_of_work(sessions) as ben_uow:  # Ben is not kept waiting by her
            # (were he, PostgreSQL would say so after 5 s instead of the test hanging)
            await ben_uow.session.execute(text("SET LOCAL lock_timeout = '5s'"))
            await answer(ben_uow.session, ben, event.id, Answer.MAYBE)
        # The cancel waits for Anna's answer.
        cancelling = await started_and_waiting(sessions, cancel_event(sessions, admin, event.id))
    told = await cancelling
    with pytest.raises(DomainError) as refused:  # and later answers see it cancelled
        async with unit_of_work(sessions) as uow:
            await answer(uow.session, ben, event.id, Answer.YES)
    await engine.dispose()
    assert refused.value.message_id == "events-cancelled"
    assert {anna.id, ben.id} <= told


async def cancel_event(sessions, organiser: Member, event_id: int) -> set[int]:
    async with unit_of_work(sessions) as uow:
        _event, told = await cancel(uow.session, organiser, event_id)
    return {member.id for member in told}


async def test_one_members_two_answers_at_once_take_turns(pg_database: str) -> None:
    """Anna taps Yes in Telegram and Maybe in WhatsApp at the same moment: the second
    answer waits for the first, then replaces it (no error, one row)."""
    engine = create_engine(pg_database)
    sessions = session_factory(engine)
    event, (_admin, anna) = await fancy_fair(sessions, parents=1)

    async def answers(reply: str) -> None:
        async with unit_of_work(sessions) as uow:
            await answer(uow.session, anna, event.id, reply)

    async with unit_of_work(sessions) as telegram:
        await answer(telegram.session, anna, event.id, Answer.YES)
        whatsapp = await started_and_waiting(sessions, answers(Answer.MAYBE))
    await whatsapp
    rows = await answers_to(sessions, event.id)
    await engine.dispose()
    assert rows == [(anna.id, Answer.MAYBE)]


async def test_two_co_parents_answering_at_once_leave_one_answer(pg_database: str) -> None:
    """Anna taps Yes and Ben, Léa's other parent, Maybe at the same moment, on an event
    whose row answers only share: Ben's answer waits for Anna's, then replaces it (one
    answer for the family, not one each)."""
    engine = create_engine(pg_database)
    sessions = session_factory(engine)
    event, (_admin, anna, ben) = await fancy_fair(sessions, parents=2)
    async with unit_of_work(sessions) as uow:
        klass = await uow.session.scalar(select(SchoolClass).where(
            SchoolClass.school_id == event.school_id))
        lea = Child(school_id=event.school_id, first_name="Léa", class_id=klass.id)
        uow.session.add(lea)
        await uow.session.flush()
        uow.session.add_all(MemberChild(member_id=parent.id, child_id=lea.id)
                            for parent in (anna, ben))

    async def ben_answers() -> None:
        async with unit_of_work(sessions) as uow:
            await uow.session.execute(text("SET LOCAL lock_timeout = '10s'"))
            await answer(uow.session, ben, event.id, Answer.MAYBE)

    async with unit_of_work(sessions) as anna_uow:
        await answer(anna_uow.session, anna, event.id, Answer.YES)
        bens = await started_and_waiting(sessions, ben_answers())
    await bens
    rows = await answers_to(sessions, event.id)
    await engine.dispose()
    assert rows == [(ben.id, Answer.MAYBE)]


async def test_parents_linked_while_one_answers_keep_the_latest_answer(pg_database: str
                                                                       ) -> None:
    """Anna and Ben, each with their own record of Léa, both said yes; Ben sends Anna's
    family code while his Maybe is being given: the link waits for his answer, then
    keeps it as the family's, the latest (no deadlock, one answer)."""
    engine = create_engine(pg_database)
    sessions = session_factory(engine)
    event, (_admin, anna, ben) = await fancy_fair(sessions, parents=2)
    async with unit_of_work(sessions) as uow:
        klass = await uow.session.scalar(select(SchoolClass).where(
            SchoolClass.school_id == event.school_id))
        for parent in (anna, ben):
            lea = Child(school_id=event.school_id, first_name="Léa", class_id=klass.id)
            uow.session.add(lea)
            await uow.session.flush()
            uow.session.add(MemberChild(member_id=parent.id, child_id=lea.id))
        await uow.session.flush()
        code = (await family_code(uow.session, anna)).code
    for parent in (anna, ben):
        async with unit_of_work(sessions) as uow:
            await answer(uow.session, parent, event.id, Answer.YES)

    async def ben_links() -> None:
        async with unit_of_work(sessions) as uow:
            await uow.session.execute(text("SET LOCAL lock_timeout = '10s'"))
            await join_family(uow.session, ben, code)

    async with unit_of_work(sessions) as bens_answer:
        await answer(bens_answer.session, ben, event.id, Answer.MAYBE)
        linking = await started_and_waiting(sessions, ben_links())
    await linking
    rows = await answers_to(sessions, event.id)
    await engine.dispose()
    assert rows == [(ben.id, Answer.MAYBE)]


async def test_answers_waiting_while_places_are_set_count_them_in_turn(pg_database: str
                                                                       ) -> None:
    """The organiser gives an event without a limit one place while Ben and Cléo tap Yes:
    both answers wait for the change, then count that place one after the other (they
    must not both take it, nor deadlock on it)."""
    engine = create_engine(pg_database)
    sessions = session_factory(engine)
    event, (admin, ben, cleo) = await fancy_fair(sessions, parents=2)

    async def tap_yes(parent: Member) -> bool:
        async with unit_of_work(sessions) as uow:
            await uow.session.execute(text("SET LOCAL lock_timeout = '10s'"))
            return (await answer(uow.session, parent, event.id, Answer.YES)).rsvp.waitlisted

    async with unit_of_work(sessions) as organiser:
        await change_capacity(organiser.session, admin, event.id, 1)
        taps = [asyncio.create_task(tap_yes(parent)) for parent in (ben, cleo)]
        while await waiting_on_a_lock(sessions) < 2:  # both read "no limit" and wait
            assert not any(tap.done() for tap in taps)
            await asyncio.sleep(0.05)
    waitlisted = await asyncio.gather(*taps)
    await engine.dispose()
    assert sorted(waitlisted) == [False, True]


async def test_a_registration_is_not_held_up_while_a_school_invitation_is_written(
        pg_database: str) -> None:
    """The panel's new event locks the school's row while it looks for its twin and
    invites the whole school; a parent registering meanwhile (a row naming the school)
    is not kept waiting for it."""
    engine = create_engine(pg_database)
    sessions = session_factory(engine)
    _event, (admin, _anna) = await fancy_fair(sessions, parents=1)
    draft = EventDraft(title="Carnaval", starts_at=utcnow() + timedelta(days=9))
    async with unit_of_work(sessions) as panel:  # the form sent, not yet committed
        assert await same_event({DB: panel.session, MEMBER: admin}, draft) is None
        async with unit_of_work(sessions) as registration:
            # (kept waiting, PostgreSQL would say so after 5 s instead of the test hanging)
            await registration.session.execute(text("SET LOCAL lock_timeout = '5s'"))
            registration.session.add(Member(school_id=admin.school_id, first_name="Zoé",
                                            last_name="New", locale="fr"))
            await registration.session.flush()
    async with sessions() as session:
        names = set(await session.scalars(select(Member.first_name)))
    await engine.dispose()
    assert "Zoé" in names
