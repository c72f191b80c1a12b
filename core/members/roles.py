"""Roles and standing, as an admin changes them (the panel; invites grant roles in the
chat). A school always keeps at least one active admin."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements.schedule import unschedule_all
from core.errors import DomainError
from core.members.service import admins_of, has_role
from core.models import Member, MemberStatus, Role, RoleKind, School
from core.schools import get_class


async def member_of_school(session: AsyncSession, school_id: int, member_id: int) -> Member:
    """The member, with roles, if they belong to `school_id`; else not found."""
    member = await session.get(Member, member_id)
    if member is None or member.school_id != school_id:
        raise DomainError("admin-not-found")
    await session.refresh(member, ["roles"])
    return member


async def grant(session: AsyncSession, member: Member, kind: RoleKind,
                class_id: int | None = None) -> bool:
    """Give a role (class rep of one class, or admin); False when they had it already.
    Only to an active member: not to a registration still waiting, a deactivated or an
    erased account."""
    if member.status != MemberStatus.ACTIVE:
        raise DomainError("admin-role-active-only")
    if kind == RoleKind.CLASS_REP:
        if class_id is None:
            raise DomainError("admin-role-class-missing")
        await get_class(session, member.school_id, class_id)
    else:
        class_id = None
    if has_role(member, kind, class_id):
        return False
    session.add(Role(school_id=member.school_id, member_id=member.id, kind=kind,
                     class_id=class_id))
    await session.flush()
    await session.refresh(member, ["roles"])
    return True


async def revoke(session: AsyncSession, member: Member, role_id: int) -> Role:
    role = await session.scalar(select(Role).where(Role.id == role_id,
                                                   Role.member_id == member.id))
    if role is None or role.kind == RoleKind.PARENT:
        raise DomainError("admin-not-found")
    if role.kind == RoleKind.ADMIN:
        await _keep_another_admin(session, member)
    await session.delete(role)
    await session.flush()
    await session.refresh(member, ["roles"])
    return role


async def set_active(session: AsyncSession, member: Member, active: bool) -> int:
    """Deactivate (the bot then refuses them politely) or reactivate a member. Their
    scheduled announcements do not go out once they are deactivated: drafts again at
    once (as erasing them does); returns how many were stopped so."""
    if member.status not in (MemberStatus.ACTIVE, MemberStatus.DEACTIVATED):
        raise DomainError("admin-not-found")
    if not active and has_role(member, RoleKind.ADMIN):
        await _keep_another_admin(session, member)
    member.status = MemberStatus.ACTIVE if active else MemberStatus.DEACTIVATED
    await session.flush()
    return 0 if active else await unschedule_all(session, member)


async def lock_admins(session: AsyncSession, school_id: int) -> None:
    """Before "would the school keep an admin?": two admins removing each other's role
    (or deactivating, or erasing, each other) at the same moment would each still see
    the other and both go. The school's row is locked, so the second waits for the first
    to commit, then sees it gone (SQLite's transactions already take turns). FOR NO KEY
    UPDATE: rows that name the school are still written meanwhile."""
    await session.execute(select(School.id).where(School.id == school_id)
                          .with_for_update(key_share=True))


async def _keep_another_admin(session: AsyncSession, member: Member) -> None:
    await lock_admins(session, member.school_id)
    if not [admin for admin in await admins_of(session, member.school_id)
            if admin.id != member.id]:
        raise DomainError("admin-last-admin")
