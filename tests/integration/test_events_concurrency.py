"""500 parents tap Yes within a second on an event with 100 places (PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.events.service import EventDraft, answer, create_event
from core.models import Answer, Member, Role, RoleKind, Rsvp
from tests.conftest import fresh_pg_database
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
