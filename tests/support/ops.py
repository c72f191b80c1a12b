"""A school worth backing up or copying, and every row of a database, for ops tests."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, insert, inspect, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.ops.engines import read_with
from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.models import (
    Announcement,
    Attachment,
    AttachmentKind,
    AudienceKind,
    AuditEntry,
    Base,
    Member,
    SelAccount,
    SelTransfer,
    TransferKind,
)
from core.schools.demo import ensure_demo
from core.sel import ledger


async def seed_school(database_url: str, transfers: int = 0) -> int:
    """The demo school, plus rows of every awkward type (JSON, bytes, booleans, a
    reversal pointing to its transfer) and `transfers` more SEL payments."""
    engine = create_engine(database_url)
    try:
        async with unit_of_work(session_factory(engine)) as uow:
            school = (await ensure_demo(uow.session)).school
            await _awkward_rows(uow.session, school.id)
            await bulk_payments(uow.session, school.id, transfers)
            return school.id
    finally:
        await engine.dispose()


async def _awkward_rows(session: AsyncSession, school_id: int) -> None:
    admin = await session.scalar(select(Member).where(Member.school_id == school_id)
                                 .order_by(Member.id))
    assert admin is not None
    photo = Attachment(school_id=school_id, kind=AttachmentKind.PHOTO, filename="fête.jpg",
                       mime_type="image/jpeg", size=256, data=bytes(range(256)))
    session.add(photo)
    await session.flush()
    session.add(Announcement(school_id=school_id, author_id=admin.id,
                             audience=AudienceKind.SCHOOL, original_locale="fr", urgent=True,
                             texts={"fr": "Fête samedi 🎉", "nl": "Feest zaterdag"},
                             attachment_id=photo.id))
    session.add(AuditEntry(school_id=school_id, actor="admin@school.be", action="limits",
                           subject=f"member:{admin.id}", before={"min": -300, "max": 600},
                           after={"min": -600, "max": 900, "note": None}))
    for payer, payee, units, turn in round_robin(await _member_accounts(session, school_id), 3):
        await ledger.transfer(session, transfer_id=ledger.new_transfer_id(),
                              school_id=school_id, payer_account_id=payer.id,
                              payee_account_id=payee.id, units=units,
                              kind=TransferKind.PAYMENT, note=f"round {turn}",
                              created_by=payer.member_id)
    paid = await session.scalar(select(SelTransfer).where(
        SelTransfer.kind == TransferKind.PAYMENT).order_by(SelTransfer.id))
    assert paid is not None
    await ledger.reverse(session, admin_id=admin.id, school_id=school_id,
                         transfer_id=paid.id, reason="paid twice")


async def _member_accounts(session: AsyncSession, school_id: int) -> list[SelAccount]:
    return list(await session.scalars(select(SelAccount).where(
        SelAccount.school_id == school_id, SelAccount.member_id.is_not(None))
        .order_by(SelAccount.id)))


def round_robin(accounts: list[SelAccount], count: int
                ) -> Iterator[tuple[SelAccount, SelAccount, int, int]]:
    """Each member pays the next one in turn: a full round leaves every balance where it
    was, so no limit is ever reached."""
    for number in range(count):
        turn, payer = divmod(number, len(accounts))
        yield accounts[payer], accounts[(payer + 1) % len(accounts)], 1 + turn % 30, turn


async def bulk_payments(session: AsyncSession, school_id: int, count: int) -> None:
    """Many payments at once, as a bulk import would write them: the transfer rows, then
    each account's balance and totals moved by exactly what its transfers say (the CHECK
    constraints still guard the limits). Through the ledger service, one transfer at a
    time, 10,000 take tens of seconds on SQLite; this takes about one."""
    start = utcnow()
    rows, paid_out, paid_in = [], Counter[int](), Counter[int]()
    for number, (payer, payee, units, turn) in enumerate(
            round_robin(await _member_accounts(session, school_id), count)):
        rows.append({"id": ledger.new_transfer_id(), "school_id": school_id,
                     "payer_account_id": payer.id, "payee_account_id": payee.id,
                     "units": units, "kind": TransferKind.PAYMENT, "note": f"round {turn}",
                     "created_by": payer.member_id,
                     "created_at": start + timedelta(microseconds=number)})
        paid_out[payer.id] += units
        paid_in[payee.id] += units
    if not rows:
        return
    await session.execute(insert(SelTransfer.__table__), rows)
    accounts = SelAccount.__table__
    await session.execute(
        update(accounts).where(accounts.c.id == bindparam("account"))
        .values(balance=accounts.c.balance + bindparam("paid_in") - bindparam("paid_out"),
                given=accounts.c.given + bindparam("paid_out"),
                received=accounts.c.received + bindparam("paid_in")),
        [{"account": account, "paid_in": paid_in[account], "paid_out": paid_out[account]}
         for account in paid_in.keys() | paid_out.keys()])


async def all_rows(database_url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (the schema's revision included), in primary-key order,
    read through the models' types so SQLite and PostgreSQL compare equal."""
    return await read_with(database_url, _rows_of_every_table)


def _rows_of_every_table(connection: Connection) -> dict[str, list[tuple[Any, ...]]]:
    rows = {name: [tuple(row) for row in connection.execute(
        select(model_table).order_by(*model_table.primary_key.columns))]
        for name, model_table in Base.metadata.tables.items()}
    present = set(inspect(connection).get_table_names())
    assert present == set(rows) | {"alembic_version"}, present ^ set(rows)
    rows["alembic_version"] = [tuple(row) for row in connection.execute(
        text("SELECT version_num FROM alembic_version"))]
    return rows


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


SCHOOLHUB = str(Path(sys.executable).with_name("schoolhub"))


def run_schoolhub(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """The command line as an operator runs it, with these environment variables."""
    environment = {**os.environ, **env}
    environment.pop("TELEGRAM_BOT_TOKEN", None)
    return subprocess.run([SCHOOLHUB, *args], capture_output=True, text=True,
                          env=environment, timeout=300)
