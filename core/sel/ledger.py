"""The ledger: accounts, immutable transfers, balances.

Rules (DESIGN.md §3): integer units; each member's account opens with the school's
opening balance, paid by the school's issuance account, so a school's balances sum to 0;
balances stay within the account's limits (the issuance account excepted); a transfer's
id is chosen by the client: a replay returns the existing transfer, the same id with
another payload is refused; nothing is edited or deleted, a correction is a reversal.

The hot path is three statements: an INSERT of the transfer that claims its id (the
idempotency key), and one conditional UPDATE per account, in ascending id order so that
concurrent transfers on PostgreSQL cannot deadlock. The condition is the limit check, so
the check and the change are one statement; on SQLite, BEGIN IMMEDIATE serialises.
On PostgreSQL those statements go straight to asyncpg (prepared, cached) on the session's
own connection, inside the same transaction: SQLAlchemy's per-statement cost was five
times the database's (bench/ledger.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from core import facts
from core.clock import utcnow
from core.db import insert_ignoring_conflicts
from core.errors import DomainError
from core.models import AccountKind, Member, School, SelAccount, SelTransfer, TransferKind
from core.outbox import units_arg
from core.sel.amounts import checked_units

NOTE_MAX = 200
LIMIT_BOUND = 1000 * 60  # a thousand hours either way: beyond is a typo
_OPENING_NAMESPACE = uuid.UUID("5c1f0a55-8b0e-4f6e-9a57-3a6d2c0b7e11")

accounts = SelAccount.__table__
transfers = SelTransfer.__table__


@dataclass(frozen=True)
class TransferResult:
    transfer: SelTransfer
    replayed: bool
    # The two accounts' balances right after it, by account id (not known for a replay).
    balances: dict[int, int] = field(default_factory=dict)


def new_transfer_id() -> str:
    return str(uuid.uuid4())


async def issuance_account(session: AsyncSession, school_id: int) -> SelAccount:
    account = await session.scalar(select(SelAccount).where(
        SelAccount.school_id == school_id, SelAccount.kind == AccountKind.ISSUANCE))
    if account is None:
        account = SelAccount(school_id=school_id, kind=AccountKind.ISSUANCE, member_id=None,
                             min_balance=0, max_balance=0)
        session.add(account)
        await session.flush()
    return account


# Read by most SEL steps (balance, history, each step of /pay), so built once: building
# the statement cost about half as much as running it.
_ACCOUNT_OF = select(SelAccount).where(SelAccount.member_id == bindparam("member_id"))


async def account_of(session: AsyncSession, member: Member) -> SelAccount:
    """The member's account, opened with the school's opening balance on first use."""
    account = await session.scalar(_ACCOUNT_OF, {"member_id": member.id})
    if account is not None:
        return account
    school = await session.get_one(School, member.school_id)
    issuance = await issuance_account(session, school.id)
    account = SelAccount(school_id=school.id, member_id=member.id, kind=AccountKind.MEMBER,
                         min_balance=school.sel_min_balance, max_balance=school.sel_max_balance)
    session.add(account)
    await session.flush()
    if school.sel_opening_balance > 0:
        await transfer(
            session, transfer_id=str(uuid.uuid5(_OPENING_NAMESPACE, f"opening:{member.id}")),
            school_id=school.id, payer_account_id=issuance.id, payee_account_id=account.id,
            units=school.sel_opening_balance, kind=TransferKind.OPENING, note=None,
            created_by=None)
        await session.refresh(account)
    return account


# Both parties' accounts, for the /pay steps that read the two (built once, as above).
_ACCOUNTS_OF = select(SelAccount).where(
    SelAccount.member_id.in_(bindparam("member_ids", expanding=True)))


async def _opened_accounts(session: AsyncSession, *members: Member) -> dict[int, SelAccount]:
    """The members' accounts already opened, by member id, in one query: a plain read
    (the ledger's own statements lock the rows, in their order). Where one is missing,
    the caller's account_of opens it, when and as it would have."""
    return {account.member_id: account for account in await session.scalars(
        _ACCOUNTS_OF, {"member_ids": [member.id for member in members]})}


def clean_note(note: str | None) -> str | None:
    value = " ".join((note or "").split())
    if len(value) > NOTE_MAX:
        raise DomainError("sel-note-too-long", max=NOTE_MAX)
    return value or None


async def transfer(session: AsyncSession, *, transfer_id: str, school_id: int,
                   payer_account_id: int, payee_account_id: int, units: int, kind: str,
                   note: str | None, created_by: int | None, post_id: int | None = None,
                   reverses_id: str | None = None) -> TransferResult:
    """Move units between two accounts of one school, once per transfer id."""
    units = checked_units(units)
    note = clean_note(note)
    if payer_account_id == payee_account_id:
        raise DomainError("sel-pay-self")
    payload = {"school_id": school_id, "payer_account_id": payer_account_id,
               "payee_account_id": payee_account_id, "units": units, "kind": kind,
               "note": note, "post_id": post_id, "reverses_id": reverses_id}
    # The id is the idempotency key: claim it first; a replay finds it taken.
    row = {"id": transfer_id, "created_by": created_by, "created_at": utcnow(), **payload}
    statements = await _hot_path(session)
    if not await statements.claim(row):
        return _replay(await session.get_one(SelTransfer, transfer_id), payload)
    balances: dict[int, int] = {}
    for account_id in sorted((payer_account_id, payee_account_id)):
        delta = -units if account_id == payer_account_id else units
        balance = await statements.move(account_id, school_id, delta)
        if balance is None:
            await _explain_refusal(session, school_id, payer_account_id, payee_account_id,
                                   units, payer_moved=account_id == payee_account_id
                                   and payer_account_id < payee_account_id)
        balances[account_id] = balance
    facts.record(session, "sel-transfer", kind)
    return TransferResult(SelTransfer(**row), replayed=False, balances=balances)


def _replay(existing: SelTransfer, payload: dict) -> TransferResult:
    if any(getattr(existing, key) != value for key, value in payload.items()):
        raise DomainError("sel-transfer-id-reused")
    return TransferResult(existing, replayed=True)


class _CoreStatements:
    """The hot path through SQLAlchemy Core (SQLite)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def claim(self, row: dict) -> bool:
        claimed = await self.session.execute(
            insert_ignoring_conflicts(self.session, SelTransfer, **row)
            .returning(transfers.c.id))
        return claimed.first() is not None

    async def move(self, account_id: int, school_id: int, delta: int) -> int | None:
        """The account's new balance; None when the move is refused."""
        new_balance = accounts.c.balance + delta
        within = (accounts.c.kind == AccountKind.ISSUANCE) | (
            (new_balance >= accounts.c.min_balance) & (new_balance <= accounts.c.max_balance))
        counters = ({"given": accounts.c.given - delta} if delta < 0
                    else {"received": accounts.c.received + delta})
        moved = await self.session.execute(
            update(accounts)
            .where(accounts.c.id == account_id, accounts.c.school_id == school_id, within)
            .values(balance=new_balance, **counters)
            .returning(accounts.c.balance))
        return moved.scalar()


class _AsyncpgStatements:
    """The same statements, prepared by asyncpg, in the session's transaction."""

    CLAIM = (
        "INSERT INTO sel_transfers (id, school_id, payer_account_id, payee_account_id, units,"
        " kind, note, post_id, reverses_id, created_by, created_at)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
        " ON CONFLICT DO NOTHING RETURNING id")
    MOVE = (
        "UPDATE sel_accounts SET balance = balance + $3,"
        " given = given + GREATEST(-$3, 0), received = received + GREATEST($3, 0)"
        " WHERE id = $1 AND school_id = $2 AND (kind = 'issuance'"
        " OR balance + $3 BETWEEN min_balance AND max_balance) RETURNING balance")

    def __init__(self, driver: Any) -> None:
        self.driver = driver

    async def claim(self, row: dict) -> bool:
        return await self.driver.fetchrow(
            self.CLAIM, row["id"], row["school_id"], row["payer_account_id"],
            row["payee_account_id"], row["units"], row["kind"], row["note"], row["post_id"],
            row["reverses_id"], row["created_by"], row["created_at"]) is not None

    async def move(self, account_id: int, school_id: int, delta: int) -> int | None:
        return await self.driver.fetchval(self.MOVE, account_id, school_id, delta)


async def _hot_path(session: AsyncSession) -> _CoreStatements | _AsyncpgStatements:
    connection = await session.connection()
    if connection.dialect.name != "postgresql" or connection.dialect.driver != "asyncpg":
        return _CoreStatements(session)
    driver = (await connection.get_raw_connection()).driver_connection
    if not driver.is_in_transaction():
        # SQLAlchemy's adapter sends BEGIN lazily with its first statement; statements
        # sent to the driver before that would autocommit, outside the unit of work.
        await session.execute(text("SELECT 1"))
    if not driver.is_in_transaction():
        raise RuntimeError("the ledger refuses to write outside a transaction")
    return _AsyncpgStatements(driver)


async def _explain_refusal(session: AsyncSession, school_id: int, payer_account_id: int,
                           payee_account_id: int, units: int, *, payer_moved: bool) -> None:
    """Why a move was refused; the payer's own limit first, whichever account the
    (deadlock-free) order happened to try first. Once the payer's move went through (its
    balance already lowered here), it was within its limit: the payee refused."""
    found = {row.id: row for row in await session.execute(
        select(accounts).where(accounts.c.id.in_((payer_account_id, payee_account_id))))}
    payer, payee = found.get(payer_account_id), found.get(payee_account_id)
    if payer is None or payee is None or {payer.school_id, payee.school_id} != {school_id}:
        raise DomainError("sel-member-not-found")
    if not payer_moved and payer.kind != AccountKind.ISSUANCE \
            and payer.balance - units < payer.min_balance:
        raise _over_payer_limit(payer.balance, payer.min_balance)
    raise DomainError("sel-over-limit-payee")  # nothing about the payee's balance


def _over_payer_limit(balance: int, min_balance: int) -> DomainError:
    return DomainError("sel-over-limit-payer", balance=units_arg(balance),
                       limit=units_arg(min_balance), available=units_arg(balance - min_balance))


async def check_can_pay(session: AsyncSession, payer: Member, units: int,
                        payee: Member | None = None) -> None:
    """Refuses, before the dialog goes on, an amount today's balances cannot allow: the
    payer's own lower limit (with what is still possible), then the payee's upper one
    (without numbers: another member's balance is not the payer's to know); `pay` checks
    again, atomically."""
    opened = await _opened_accounts(session, payer, payee) if payee is not None else {}
    account = opened.get(payer.id) or await account_of(session, payer)
    if account.balance - units < account.min_balance:
        raise _over_payer_limit(account.balance, account.min_balance)
    if payee is not None:
        other = opened.get(payee.id) or await account_of(session, payee)
        if other.balance + units > other.max_balance:
            raise DomainError("sel-over-limit-payee")  # their balance is theirs to know


async def check_can_receive(session: AsyncSession, payee: Member, units: int) -> None:
    """Refuses a request its requester's own upper limit would make impossible to pay."""
    account = await account_of(session, payee)
    if account.balance + units > account.max_balance:
        raise DomainError("sel-over-limit-requester", balance=units_arg(account.balance),
                          limit=units_arg(account.max_balance),
                          available=units_arg(max(account.max_balance - account.balance, 0)))


async def check_has_room(session: AsyncSession, member: Member, mode: str) -> None:
    """Before a payment ("pay") or a request ("request") starts: a member already at the
    limit it would cross is told at once, instead of after choosing who and how much."""
    account = await account_of(session, member)
    if mode == "pay" and account.balance <= account.min_balance:
        raise DomainError("sel-pay-at-limit", balance=units_arg(account.balance),
                          limit=units_arg(account.min_balance))
    if mode == "request" and account.balance >= account.max_balance:
        raise DomainError("sel-request-at-limit", balance=units_arg(account.balance),
                          limit=units_arg(account.max_balance))


async def pay(session: AsyncSession, *, transfer_id: str, payer: Member, payee: Member,
              units: int, note: str | None, kind: str = TransferKind.PAYMENT,
              post_id: int | None = None) -> TransferResult:
    """A member pays another member of their school."""
    if payee.id == payer.id:
        raise DomainError("sel-pay-self")
    if payee.school_id != payer.school_id or not payee.is_active:
        raise DomainError("sel-member-not-found")
    opened = await _opened_accounts(session, payer, payee)
    payer_account = opened.get(payer.id) or await account_of(session, payer)
    payee_account = opened.get(payee.id) or await account_of(session, payee)
    return await transfer(session, transfer_id=transfer_id, school_id=payer.school_id,
                          payer_account_id=payer_account.id, payee_account_id=payee_account.id,
                          units=units, kind=kind, note=note, created_by=payer.id,
                          post_id=post_id)


async def balances_after(session: AsyncSession, result: TransferResult, payer: Member,
                         payee: Member) -> tuple[int, int]:
    """The payer's and the payee's balances once the transfer is made, as the ledger's
    own statements returned them (read again after a replay, which moved nothing)."""
    payer_balance = result.balances.get(result.transfer.payer_account_id)
    if payer_balance is None:
        payer_balance = (await account_of(session, payer)).balance
    payee_balance = result.balances.get(result.transfer.payee_account_id)
    if payee_balance is None:
        payee_balance = (await account_of(session, payee)).balance
    return payer_balance, payee_balance


async def transfer_by_code(session: AsyncSession, school_id: int, code: str) -> SelTransfer:
    """The school's transfer whose id starts with `code` (hex, dashes or not: the 8
    characters /history shows, more of them, or the whole id). Two transfers may share
    8 characters: then none is picked, and more characters are asked for."""
    found = (await session.scalars(select(SelTransfer).where(
        SelTransfer.school_id == school_id,
        func.replace(SelTransfer.id, "-", "").like(f"{code.replace('-', '')}%"))
        .limit(2))).all()
    if not found:
        raise DomainError("sel-transfer-not-found")
    if len(found) > 1:
        raise DomainError("sel-transfer-code-ambiguous", code=code)
    return found[0]


async def reverse(session: AsyncSession, *, admin_id: int, school_id: int,
                  transfer_id: str, reason: str) -> TransferResult:
    """A correction: a new transfer back, linked to the original; both stay forever."""
    reason = clean_note(reason)
    if not reason:
        raise DomainError("sel-reverse-reason-required")
    original = await session.get(SelTransfer, transfer_id)
    if original is None or original.school_id != school_id:
        raise DomainError("sel-transfer-not-found")
    if original.kind == TransferKind.REVERSAL:
        raise DomainError("sel-reverse-reversal")
    already = await session.scalar(select(SelTransfer).where(
        SelTransfer.reverses_id == original.id))
    if already is not None:
        raise DomainError("sel-already-reversed")
    await _check_reversal_fits(session, original)
    return await transfer(
        session, transfer_id=str(uuid.uuid5(_OPENING_NAMESPACE, f"reversal:{original.id}")),
        school_id=school_id, payer_account_id=original.payee_account_id,
        payee_account_id=original.payer_account_id, units=original.units,
        kind=TransferKind.REVERSAL, note=reason, created_by=admin_id,
        reverses_id=original.id)


async def _check_reversal_fits(session: AsyncSession, original: SelTransfer) -> None:
    """Refused for the admin who corrects, not as to a payer: whose balance would go past
    which limit (the ledger checks again, atomically)."""
    found = {row.id: row for row in await session.execute(
        select(accounts.c.id, accounts.c.kind, accounts.c.balance, accounts.c.min_balance,
               accounts.c.max_balance, accounts.c.member_id)
        .where(accounts.c.id.in_((original.payee_account_id, original.payer_account_id))))}
    gives, takes = found.get(original.payee_account_id), found.get(original.payer_account_id)
    for account, after, side in ((gives, -original.units, "below"),
                                 (takes, original.units, "above")):
        if account is None or account.kind == AccountKind.ISSUANCE:
            continue
        limit = account.min_balance if side == "below" else account.max_balance
        if account.min_balance <= account.balance + after <= account.max_balance:
            continue
        member = await session.get_one(Member, account.member_id)
        raise DomainError("sel-reverse-over-limit", name=member.full_name, side=side,
                          balance=units_arg(account.balance), limit=units_arg(limit))


async def set_limits(session: AsyncSession, account: SelAccount, min_balance: int,
                     max_balance: int) -> None:
    """Override one account's limits; refused if its balance would already break them,
    so every balance always lies within its limits (and the CHECK can hold)."""
    if not -LIMIT_BOUND <= min_balance <= 0 <= max_balance <= LIMIT_BOUND:
        raise DomainError("sel-limits-invalid", lowest=units_arg(-LIMIT_BOUND),
                          highest=units_arg(LIMIT_BOUND))
    if not min_balance <= account.balance <= max_balance:
        raise DomainError("sel-limits-below-balance", balance=units_arg(account.balance))
    account.min_balance, account.max_balance = min_balance, max_balance
    account.limits_overridden = True
    await session.flush()


async def school_sum(session: AsyncSession, school_id: int) -> int:
    """Always 0: the issuance account holds minus what members were given."""
    total = await session.scalar(select(func.coalesce(func.sum(SelAccount.balance), 0))
                                 .where(SelAccount.school_id == school_id))
    return int(total or 0)


def is_duplicate_key(error: IntegrityError) -> bool:
    """Two racing submissions of one transfer id: the loser retries and gets a replay."""
    text = str(error.orig).lower()
    return "unique" in text or "duplicate" in text
