"""Server-side panel sessions: a 256-bit random token in the cookie, only its SHA-256 in
the database; a new token at login (no fixation), deleted at logout; idle and absolute
timeouts; one CSRF token per session."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.models import AdminSession, AdminUser

IDLE_TIMEOUT = timedelta(minutes=30)
ABSOLUTE_TIMEOUT = timedelta(hours=12)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Opened:
    token: str  # goes to the cookie, never stored
    record: AdminSession


async def open_session(session: AsyncSession, user: AdminUser | None) -> Opened:
    """A fresh session (anonymous ones carry the login form's CSRF token)."""
    token = secrets.token_urlsafe(32)
    record = AdminSession(token_hash=digest(token), user_id=user.id if user else None,
                          csrf_token=secrets.token_urlsafe(32))
    session.add(record)
    await session.flush()
    return Opened(token, record)


async def current(session: AsyncSession, token: str | None) -> AdminSession | None:
    if not token:
        return None
    record = await session.get(AdminSession, digest(token))
    now = utcnow()
    if record is None:
        return None
    if now - record.last_seen_at > IDLE_TIMEOUT or now - record.created_at > ABSOLUTE_TIMEOUT:
        await session.delete(record)
        return None
    record.last_seen_at = now
    return record


async def close_session(session: AsyncSession, record: AdminSession) -> None:
    await session.execute(delete(AdminSession).where(
        AdminSession.token_hash == record.token_hash))
