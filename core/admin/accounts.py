"""Panel accounts: argon2id hashes (argon2-cffi's defaults are the RFC 9106 profile)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import DomainError
from core.members.service import has_role
from core.models import AdminUser, Member, RoleKind

HASHER = PasswordHasher()
PASSWORD_MIN = 12
# Verifying against this when the login is unknown takes as long as a real check, so
# response times do not tell which logins exist.
DUMMY_HASH = HASHER.hash("no such account, same work")


def normalize_login(login: str) -> str:
    return login.strip().lower()


async def create_user(session: AsyncSession, member_id: int, login: str,
                      password: str) -> AdminUser:
    member = await session.get(Member, member_id)
    if member is None:
        raise DomainError("admin-member-not-found")
    await session.refresh(member, ["roles"])
    if not has_role(member, RoleKind.ADMIN):
        raise DomainError("admin-not-an-admin")
    if len(password) < PASSWORD_MIN:
        raise DomainError("admin-password-too-short", min=PASSWORD_MIN)
    user = AdminUser(member_id=member.id, login=normalize_login(login),
                     password_hash=HASHER.hash(password))
    session.add(user)
    await session.flush()
    return user


async def authenticate(session: AsyncSession, login: str, password: str) -> AdminUser | None:
    user = await session.scalar(select(AdminUser).where(
        func.lower(AdminUser.login) == normalize_login(login)))
    try:
        HASHER.verify(user.password_hash if user else DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = HASHER.hash(password)
    return user
