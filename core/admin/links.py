"""One-time links to the panel, sent through the bot to an admin: no password to set up
(creating one needs a shell on the server). The token is 256 random bits, only its
SHA-256 is stored; a link works once, within minutes."""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.admin.sessions import digest
from core.clock import utcnow
from core.errors import DomainError
from core.members.service import has_role
from core.models import AdminLoginLink, AdminUser, Member, RoleKind

LIFETIME = timedelta(minutes=10)
NO_PASSWORD = ""  # not an argon2 hash: a password login can never match it


async def issue(session: AsyncSession, member: Member) -> str:
    """A new link token for an active admin (their panel account is made on first use)."""
    if not (member.is_active and has_role(member, RoleKind.ADMIN)):
        raise DomainError("access-admin-only")
    user = await session.scalar(select(AdminUser).where(AdminUser.member_id == member.id))
    if user is None:
        user = AdminUser(member_id=member.id, login=f"member-{member.id}",
                         password_hash=NO_PASSWORD)
        session.add(user)
        await session.flush()
    token = secrets.token_urlsafe(32)
    session.add(AdminLoginLink(token_hash=digest(token), user_id=user.id,
                               expires_at=utcnow() + LIFETIME))
    await session.flush()
    return token


async def valid_link(session: AsyncSession, token: str) -> AdminLoginLink:
    link = await session.get(AdminLoginLink, digest(token), with_for_update=True)
    if link is None or link.used_at is not None or link.expires_at <= utcnow():
        raise DomainError("admin-link-invalid")
    return link


async def redeem(session: AsyncSession, token: str) -> AdminUser:
    """The account the link opens; the link is spent."""
    link = await valid_link(session, token)
    link.used_at = utcnow()
    user = await session.get_one(AdminUser, link.user_id)
    if not user.active:
        raise DomainError("admin-link-invalid")
    return user
