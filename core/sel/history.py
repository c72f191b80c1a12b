"""What a member sees of the ledger: balance, totals, history, and who to pay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from core.models import Member, MemberStatus, SelAccount, SelTransfer

PAGE_SIZE = 8


@dataclass(frozen=True)
class HistoryLine:
    transfer_id: str
    at: datetime
    units: int  # signed: negative when the member paid
    kind: str
    counterparty: str | None  # None for the school (opening balance, corrections)
    note: str | None


async def history(session: AsyncSession, account: SelAccount, page: int
                  ) -> tuple[list[HistoryLine], int]:
    """One page (newest first) and the number of pages."""
    mine = or_(SelTransfer.payer_account_id == account.id,
               SelTransfer.payee_account_id == account.id)
    total = await session.scalar(select(func.count()).select_from(SelTransfer).where(mine))
    pages = max(1, -(-(total or 0) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    other = aliased(SelAccount)
    other_member = aliased(Member)
    other_side = func.coalesce(
        func.nullif(SelTransfer.payer_account_id, account.id), SelTransfer.payee_account_id)
    rows = await session.execute(
        select(SelTransfer, other_member.first_name, other_member.last_name)
        .where(mine)
        .join(other, other.id == other_side)
        .outerjoin(other_member, other_member.id == other.member_id)
        .order_by(SelTransfer.created_at.desc(), SelTransfer.id)
        .offset(page * PAGE_SIZE).limit(PAGE_SIZE)
    )
    lines = [
        HistoryLine(t.id, t.created_at,
                    -t.units if t.payer_account_id == account.id else t.units, t.kind,
                    f"{first} {last}" if first else None, t.note)
        for t, first, last in rows
    ]
    return lines, pages


async def find_members(session: AsyncSession, school_id: int, text: str, exclude: int,
                       limit: int = 8) -> list[Member]:
    """Active members of the school whose name contains what was typed."""
    words = [w for w in (text or "").lower().split() if w][:3]
    if not words:
        return []
    query = select(Member).where(Member.school_id == school_id, Member.id != exclude,
                                 Member.status == MemberStatus.ACTIVE)
    for word in words:
        pattern = f"%{word.replace('%', '').replace('_', '')}%"
        query = query.where(or_(func.lower(Member.first_name).like(pattern),
                                func.lower(Member.last_name).like(pattern)))
    return list(await session.scalars(query.order_by(Member.first_name, Member.last_name)
                                      .limit(limit)))
