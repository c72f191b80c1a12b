"""A scheduled announcement goes out once, even when two runs of the scheduler's job (two
replicas a moment apart, a run overlapping the next) find it due together (PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

from bot.scheduler import send_scheduled_announcements
from core.announcements import schedule
from core.announcements import service as announcements
from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.i18n import translator
from core.members.erasure import erase_member
from core.models import (
    Announcement,
    AnnouncementStatus,
    AudienceKind,
    Member,
    OutboxMessage,
    Role,
    RoleKind,
)
from tests.conftest import fresh_pg_database
from tests.support.concurrency import waiting_on_a_lock
from tests.support.people import school_with_members

PARENTS = 5


@pytest.fixture
async def pg_database(pg_template: str) -> AsyncIterator[str]:
    async with fresh_pg_database(pg_template) as url:
        yield url


async def test_two_runs_at_once_send_it_once(pg_database: str) -> None:
    engine = create_engine(pg_database, pool_size=6, max_overflow=0)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school, members = await school_with_members(uow.session, PARENTS + 1)
        uow.session.add(Role(school_id=school.id, member_id=members[0].id, kind=RoleKind.ADMIN))
    async with unit_of_work(sessions) as uow:
        admin = await uow.session.scalar(select(Member).options(selectinload(Member.roles))
                                         .where(Member.id == members[0].id))
        draft = await announcements.create(uow.session, admin, audience=AudienceKind.SCHOOL,
                                           class_ids=[], text="Swimming tomorrow.")
        await schedule.schedule(uow.session, admin, draft.id, utcnow() + timedelta(minutes=5))
    # its time has come (missed a while ago, too: it goes late, not never)
    async with unit_of_work(sessions) as uow:
        (await uow.session.get_one(Announcement, draft.id)).send_at = utcnow() - timedelta(
            hours=3)

    def run() -> asyncio.Task[int]:
        return asyncio.create_task(send_scheduled_announcements(sessions, {}, translator()))

    async with sessions() as holder, holder.begin():  # both runs wait on its row
        await holder.execute(text("SELECT id FROM announcements WHERE id = :id FOR UPDATE"),
                             {"id": draft.id})
        first, second = run(), run()
        while await waiting_on_a_lock(sessions) < 2:
            assert not (first.done() or second.done())
            await asyncio.sleep(0.05)
    assert sorted(await asyncio.gather(first, second)) == [0, 1]
    assert await send_scheduled_announcements(sessions, {}, translator()) == 0  # and later

    async with sessions() as session:
        sent = await session.get_one(Announcement, draft.id)
        rows = await session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.purpose == f"announcement:{draft.id}"))
    await engine.dispose()
    assert sent.status == AnnouncementStatus.QUEUED
    assert rows == PARENTS


async def test_an_erased_authors_scheduled_announcement_never_goes_out(pg_database: str
                                                                       ) -> None:
    engine = create_engine(pg_database, pool_size=2, max_overflow=0)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school, members = await school_with_members(uow.session, PARENTS + 2)
        uow.session.add_all(Role(school_id=school.id, member_id=m.id, kind=RoleKind.ADMIN)
                            for m in members[:2])
    async with unit_of_work(sessions) as uow:
        author = await uow.session.scalar(select(Member).options(selectinload(Member.roles))
                                          .where(Member.id == members[1].id))
        draft = await announcements.create(uow.session, author, audience=AudienceKind.SCHOOL,
                                           class_ids=[], text="Swimming tomorrow.")
        await schedule.schedule(uow.session, author, draft.id, utcnow() + timedelta(hours=1))
    async with unit_of_work(sessions) as uow:
        await erase_member(uow.session, members[1].id, actor="test")
    async with unit_of_work(sessions) as uow:
        erased = await uow.session.get_one(Announcement, draft.id)
        assert (erased.status, erased.send_at) == (AnnouncementStatus.DRAFT, None)
        assert not await schedule.due(uow.session, utcnow() + timedelta(days=1))
    assert await send_scheduled_announcements(sessions, {}, translator()) == 0
    async with sessions() as session:
        rows = await session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.purpose.like(f"announcement%:{draft.id}%")))
    await engine.dispose()
    assert rows == 0
