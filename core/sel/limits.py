"""The school's SEL limits: what new accounts open with, and what existing accounts
follow when the school changes them.

An account whose limits an admin set by hand (`limits_overridden`) keeps them. The others
follow the school's new limits, except an account whose balance lies outside them: it
keeps its old limits (the CHECK "balance within limits" must always hold) and follows the
next change that includes its balance; the admin is told how many stayed behind, and
the members whose limits moved are told their new ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import DomainError
from core.models import AccountKind, School, SelAccount
from core.outbox import units_arg
from core.sel.ledger import LIMIT_BOUND


@dataclass(frozen=True)
class Problem:
    """What is wrong with one value of a limits form: its field and the message."""

    field: str
    message_id: str
    args: dict[str, Any]


@dataclass(frozen=True)
class SchoolLimitsChange:
    moved: list[int]  # members whose account took the new limits (they are to be told)
    kept: int  # accounts left on their old limits: their balance is outside the new ones


def limit_problems(min_balance: int, max_balance: int, *, balance: int | None = None,
                   opening: int | None = None) -> list[Problem]:
    """Every reason these limits cannot be used, per field, so a form can show each one
    next to its value. `balance` is an account's (it must fit); `opening` a school's
    opening balance (a new account must fit too)."""
    problems = []
    if not -LIMIT_BOUND <= min_balance <= 0:
        problems.append(Problem("min_balance", "admin-sel-min-invalid",
                                {"bound": units_arg(-LIMIT_BOUND)}))
    if not 0 <= max_balance <= LIMIT_BOUND:
        problems.append(Problem("max_balance", "admin-sel-max-invalid",
                                {"bound": units_arg(LIMIT_BOUND)}))
    if balance is not None and balance < min_balance:
        problems.append(Problem("min_balance", "sel-limits-below-balance",
                                {"balance": units_arg(balance)}))
    if balance is not None and balance > max_balance:
        problems.append(Problem("max_balance", "sel-limits-below-balance",
                                {"balance": units_arg(balance)}))
    if opening is not None and not 0 <= opening <= max(max_balance, 0):
        problems.append(Problem("opening_balance", "admin-sel-opening-invalid",
                                {"max": units_arg(max(max_balance, 0))}))
    return problems


async def set_school_limits(session: AsyncSession, school: School, min_balance: int,
                            max_balance: int, opening_balance: int) -> SchoolLimitsChange:
    """New limits and opening balance for the school's new accounts; existing accounts
    follow as the module docstring says."""
    problems = limit_problems(min_balance, max_balance, opening=opening_balance)
    if problems:
        raise DomainError(problems[0].message_id, **problems[0].args)
    school.sel_min_balance, school.sel_max_balance = min_balance, max_balance
    school.sel_opening_balance = opening_balance
    # One statement: the balance test and the change cannot be split by a transfer.
    moved = await session.scalars(
        update(SelAccount).where(
            *_following(school), SelAccount.balance.between(min_balance, max_balance),
            (SelAccount.min_balance != min_balance) | (SelAccount.max_balance != max_balance))
        .values(min_balance=min_balance, max_balance=max_balance)
        .returning(SelAccount.member_id)
        .execution_options(synchronize_session=False))
    return SchoolLimitsChange(moved=list(moved), kept=await accounts_behind(session, school))


def _following(school: School) -> tuple:
    """The school's accounts whose limits are the school's, not set by hand."""
    return (SelAccount.school_id == school.id, SelAccount.kind == AccountKind.MEMBER,
            SelAccount.limits_overridden.is_(False))


async def accounts_behind(session: AsyncSession, school: School) -> int:
    """Accounts that follow the school yet still have older limits: their balance was
    outside the school's limits when they changed."""
    return await session.scalar(select(func.count()).select_from(SelAccount).where(
        *_following(school), (SelAccount.min_balance != school.sel_min_balance)
        | (SelAccount.max_balance != school.sel_max_balance))) or 0
