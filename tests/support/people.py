"""Members made directly in the database, for tests of services below the bot."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from core.models import Identity, Member, School
from core.schools import create_school
from core.sel.ledger import account_of


async def school_with_members(session: AsyncSession, count: int, name: str = "École Test",
                              **school_options) -> tuple[School, list[Member]]:
    school = await create_school(session, name)
    school.quiet_end = school.quiet_start  # no quiet hours: tests pass at any hour
    for key, value in school_options.items():
        setattr(school, key, value)
    members = []
    for index in range(count):
        member = Member(school_id=school.id, first_name=f"Parent{index}", last_name="Test",
                        locale="en")
        session.add(member)
        await session.flush()
        session.add(Identity(member_id=member.id, channel="console",
                             external_id=f"{school.id}-{index}"))
        await account_of(session, member)
        members.append(member)
    return school, members
