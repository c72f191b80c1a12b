"""What a member sees of the ledger: balance, totals, history, and who to pay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, func, or_, select
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


# Built once (aliases are costly to make): the member's transfers, with the name on the
# other side of each; the school's own account has no member, hence the outer join.
_ACCOUNT = bindparam("account_id")
_MINE = or_(SelTransfer.payer_account_id == _ACCOUNT, SelTransfer.payee_account_id == _ACCOUNT)
_OTHER = aliased(SelAccount, name="other")
_OTHER_MEMBER = aliased(Member, name="other_member")
_COUNT = select(func.count()).select_from(SelTransfer).where(_MINE)
_PAGE = (
    select(SelTransfer, _OTHER_MEMBER.first_name, _OTHER_MEMBER.last_name)
    .where(_MINE)
    .join(_OTHER, _OTHER.id == func.coalesce(func.nullif(SelTransfer.payer_account_id, _ACCOUNT),
                                             SelTransfer.payee_account_id))
    .outerjoin(_OTHER_MEMBER, _OTHER_MEMBER.id == _OTHER.member_id)
    .order_by(SelTransfer.created_at.desc(), SelTransfer.id)
    .offset(bindparam("skip")).limit(PAGE_SIZE)
)


async def history(session: AsyncSession, account: SelAccount, page: int
                  ) -> tuple[list[HistoryLine], int]:
    """One page (newest first) and the number of pages."""
    total = await session.scalar(_COUNT, {"account_id": account.id})
    pages = max(1, -(-(total or 0) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    rows = await session.execute(_PAGE, {"account_id": account.id, "skip": page * PAGE_SIZE})
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
