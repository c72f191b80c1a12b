"""The audit log: every state-changing action taken from the panel."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from core.models import AuditEntry


async def record(session: AsyncSession, *, school_id: int, actor: str, action: str,
                 subject: str = "", before: dict[str, Any] | None = None,
                 after: dict[str, Any] | None = None) -> None:
    session.add(AuditEntry(school_id=school_id, actor=actor, action=action, subject=subject,
                           before=before or {}, after=after or {}))
