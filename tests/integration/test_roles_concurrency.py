"""Two admins removing each other at the same moment: the school keeps one (PostgreSQL;
SQLite's transactions already take turns)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select

from core.db import create_engine, session_factory, unit_of_work
from core.errors import DomainError
from core.members import roles
from core.members.erasure import erase_member
from core.members.service import admins_of
from core.models import Role, RoleKind
from tests.conftest import fresh_pg_database
from tests.support.concurrency import started_and_waiting
from tests.support.people import school_with_members


@pytest.fixture
async def pg_database(pg_template: str) -> AsyncIterator[str]:
    async with fresh_pg_database(pg_template) as url:
        yield url


async def admin_role(session, member_id: int) -> int:
    return await session.scalar(select(Role.id).where(Role.member_id == member_id,
                                                      Role.kind == RoleKind.ADMIN))


async def remove_admin(sessions, school_id: int, member_id: int) -> None:
    """An admin's role taken away in the panel."""
    async with unit_of_work(sessions) as uow:
        member = await roles.member_of_school(uow.session, school_id, member_id)
        await roles.revoke(uow.session, member, await admin_role(uow.session, member_id))


async def deactivate(sessions, school_id: int, member_id: int) -> None:
    async with unit_of_work(sessions) as uow:
        member = await roles.member_of_school(uow.session, school_id, member_id)
        await roles.set_active(uow.session, member, False)


async def erase(sessions, school_id: int, member_id: int) -> None:
    async with unit_of_work(sessions) as uow:
        await erase_member(uow.session, member_id, actor="admin@school.be")


@pytest.mark.parametrize(("other_removal", "refusal"), [
    (remove_admin, "admin-last-admin"), (deactivate, "admin-last-admin"),
    (erase, "privacy-last-admin")])
async def test_two_admins_removing_each_other_at_once_leave_one(
        pg_database: str, other_removal, refusal: str) -> None:
    engine = create_engine(pg_database)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school, (sophie, marc) = await school_with_members(uow.session, 2)
        uow.session.add_all([Role(school_id=school.id, member_id=member.id,
                                  kind=RoleKind.ADMIN) for member in (sophie, marc)])

    async with unit_of_work(sessions) as uow:  # Sophie takes Marc's role, not yet committed
        member = await roles.member_of_school(uow.session, school.id, marc.id)
        await roles.revoke(uow.session, member, await admin_role(uow.session, marc.id))
        # Marc removes Sophie meanwhile: he waits for her, then she is the last admin
        marcs = await started_and_waiting(sessions, other_removal(sessions, school.id,
                                                                  sophie.id))
    with pytest.raises(DomainError) as refused:
        await marcs
    async with sessions() as session:
        left = [admin.id for admin in await admins_of(session, school.id)]
    await engine.dispose()
    assert refused.value.message_id == refusal
    assert left == [sophie.id]
