"""An admin removes a SEL post while its author changes it (PostgreSQL): one waits for
the other, and a removed post stays removed."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from core.db import create_engine, session_factory, unit_of_work
from core.errors import DomainError
from core.models import OutboxMessage, PostStatus, Role, RoleKind, SelPost
from core.outbox.service import as_it_is_now
from core.sel import moderation, posts
from tests.conftest import fresh_pg_database
from tests.support.concurrency import started_and_waiting
from tests.support.people import school_with_members


@pytest.fixture
async def pg_database(pg_template: str) -> AsyncIterator[str]:
    async with fresh_pg_database(pg_template) as url:
        yield url


async def test_a_post_removed_while_its_author_resumes_it_stays_removed(
        pg_database: str) -> None:
    """Anna taps Resume on her paused offer while an admin removes it: her tap waits for
    the removal, then is told the post was removed, rather than making it visible again
    over the removal."""
    engine = create_engine(pg_database)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school, (anna,) = await school_with_members(uow.session, 1)
        post = await posts.create_post(uow.session, anna, kind="offer", category="other",
                                       title="Cosmetics for sale", description="…")
        post.status = PostStatus.PAUSED

    async def resume() -> str:
        try:
            async with unit_of_work(sessions) as uow:
                await posts.set_status(uow.session, anna, post.id, PostStatus.ACTIVE)
        except DomainError as refused:
            return refused.message_id
        return "resumed"

    async with unit_of_work(sessions) as panel:  # the removal, not yet committed
        await moderation.remove(panel.session, school.id, post.id, "Not an exchange.")
        resuming = await started_and_waiting(sessions, resume())
    told = await resuming
    async with sessions() as session:
        after = await session.get_one(SelPost, post.id)
    await engine.dispose()
    assert (told, after.status) == ("posts-removed", PostStatus.REMOVED)


async def test_two_reports_at_the_same_moment_each_tell_the_admins_both(
        pg_database: str) -> None:
    """Jan and Marie report Anna's offer at the same moment: neither sees the other's
    report nor its notice, so each notice counted one report, and the admin was told
    "1 report" twice. The count is read when the notice goes: both say 2."""
    engine = create_engine(pg_database)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        _, (anna, jan, marie, admin) = await school_with_members(uow.session, 4)
        uow.session.add(Role(school_id=admin.school_id, member_id=admin.id, kind=RoleKind.ADMIN))
        post = await posts.create_post(uow.session, anna, kind="offer", category="other",
                                       title="Cosmetics for sale", description="…")
    async with unit_of_work(sessions) as first, unit_of_work(sessions) as second:
        assert await moderation.report(first.session, jan, post.id)
        assert await moderation.report(second.session, marie, post.id)
    async with sessions() as session:
        notices = list(await session.scalars(select(OutboxMessage).where(
            OutboxMessage.message_id == "posts-reported-notice")))
        counts = [(await as_it_is_now(session, row.message_args))["count"] for row in notices]
    await engine.dispose()
    assert counts == [2, 2]
