"""The SEL ledger's invariants, checked against the database after any scenario."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.models import SelAccount, SelTransfer


async def books_balance(session: AsyncSession) -> list[SelAccount]:
    """Assert what must always hold, and return the accounts: each school's balances sum
    to zero, each balance is the sum of its account's history, member accounts stay
    within their limits."""
    accounts = list(await session.scalars(select(SelAccount).order_by(SelAccount.id)))
    per_school: dict[int, int] = {}
    for account in accounts:
        history = await session.scalar(select(func.coalesce(func.sum(
            case((SelTransfer.payee_account_id == account.id, SelTransfer.units),
                 else_=-SelTransfer.units)), 0)).where(
            (SelTransfer.payer_account_id == account.id)
            | (SelTransfer.payee_account_id == account.id)))
        assert history == account.balance, (account.id, history, account.balance)
        if account.member_id is not None:
            assert account.min_balance <= account.balance <= account.max_balance
        per_school[account.school_id] = per_school.get(account.school_id, 0) + account.balance
    assert all(total == 0 for total in per_school.values()), per_school
    return accounts
