"""An admin removes a SEL post while its author changes it (PostgreSQL): one waits for
the other, and a removed post stays removed."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from core.db import create_engine, session_factory, unit_of_work
from core.errors import DomainError
from core.models import PostStatus, SelPost
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
