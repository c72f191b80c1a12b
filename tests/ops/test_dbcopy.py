"""`schoolhub db copy` from SQLite to PostgreSQL: every row, ids kept, sequences moved on,
verified; a non-empty target refused; a failed copy leaves nothing behind."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, func, select, text

from bot.migrations import upgrade
from bot.ops import OperationRefused
from bot.ops.dbcopy import CopyFailed, copy_database
from bot.ops.engines import read_with
from bot.ops.pgtools import scratch_database
from bot.ops.verify import differences, holds_data
from core.db import create_engine, session_factory, unit_of_work
from core.models import Member, SelAccount, SelTransfer
from core.sel import ledger
from tests.support.ops import all_rows, file_digest, run_schoolhub, seed_school
from tests.support.people import school_with_members

TRANSFERS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(scope="module")
async def big_school(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """The demo school with 10,000 more SEL transfers, built once for the module."""
    path = tmp_path_factory.mktemp("big-school") / "school.sqlite3"
    shutil.copy(sqlite_template, path)
    await seed_school(sqlite_url(path), transfers=TRANSFERS)
    return path


@pytest.fixture
def source(big_school: Path, tmp_path: Path) -> Path:
    path = tmp_path / "source.sqlite3"
    shutil.copy(big_school, path)
    return path


@pytest.fixture
async def blank_postgres(pg_url: str) -> AsyncIterator[str]:
    """A new PostgreSQL database without even a schema: the copy creates it."""
    async with scratch_database(pg_url) as url:
        yield url


def history_disagreements(connection: Connection) -> list[tuple[int, int, int]]:
    """Accounts whose balance is not what their transfers add up to."""
    transfers = SelTransfer.__table__
    moved = {}
    for column, sign in ((transfers.c.payee_account_id, 1), (transfers.c.payer_account_id, -1)):
        for account, units in connection.execute(
                select(column, func.sum(transfers.c.units)).group_by(column)):
            moved[account] = moved.get(account, 0) + sign * int(units)
    return [(account.id, account.balance, moved.get(account.id, 0))
            for account in connection.execute(select(SelAccount.__table__))
            if account.balance != moved.get(account.id, 0)]


async def test_the_demo_school_and_10000_transfers_copy_row_for_row(
        source: Path, blank_postgres: str) -> None:
    digest = file_digest(source)

    copied = await copy_database(sqlite_url(source), blank_postgres)

    assert differences(copied.source, copied.copy) == []
    # + 40 opening balances, 3 payments through the ledger service and a reversal
    assert copied.copy.ledger[1].transfers == TRANSFERS + 44
    assert await all_rows(blank_postgres) == await all_rows(sqlite_url(source))
    assert await read_with(blank_postgres, history_disagreements) == []
    assert file_digest(source) == digest
    await the_copy_takes_new_writes(blank_postgres)


async def the_copy_takes_new_writes(url: str) -> None:
    """Sequences continue after the copied ids; the ledger's hot path works there."""
    engine = create_engine(url)
    try:
        async with unit_of_work(session_factory(engine)) as uow:
            largest = await uow.session.scalar(select(func.max(Member.id)))
            _, members = await school_with_members(uow.session, 2, name="Après la copie")
            assert members[0].id == largest + 1
            done = await ledger.pay(uow.session, transfer_id=ledger.new_transfer_id(),
                                    payer=members[0], payee=members[1], units=30, note=None)
            assert not done.replayed
    finally:
        await engine.dispose()


async def test_a_copy_that_fails_midway_leaves_no_data_and_the_source_untouched(
        source: Path, blank_postgres: str) -> None:
    # SQLite never enforces VARCHAR lengths; PostgreSQL refuses this note. Its transfer
    # has the largest id, so it is in the last batch: every table before is already in.
    with sqlite3.connect(source) as database:
        database.execute("UPDATE sel_transfers SET note = ? WHERE id = "
                         "(SELECT max(id) FROM sel_transfers)", ("x" * 300,))
    database.close()
    digest = file_digest(source)

    with pytest.raises(CopyFailed, match="value too long"):
        await copy_database(sqlite_url(source), blank_postgres)

    assert not await read_with(blank_postgres, holds_data)
    assert file_digest(source) == digest


async def test_a_source_behind_the_current_schema_is_refused(tmp_path: Path,
                                                             blank_postgres: str) -> None:
    old = sqlite_url(tmp_path / "old.sqlite3")
    upgrade(old, "0010")
    with pytest.raises(OperationRefused, match="revision 0010"):
        await copy_database(old, blank_postgres)
    assert not await read_with(blank_postgres, lambda connection: connection.execute(
        text("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'")).first())


async def test_the_command_refuses_a_target_that_holds_data_unless_forced(
        tmp_path: Path, sqlite_template: Path, blank_postgres: str) -> None:
    path = tmp_path / "school.sqlite3"
    shutil.copy(sqlite_template, path)
    await seed_school(sqlite_url(path))
    plain_target = blank_postgres.replace("postgresql+asyncpg://", "postgresql://")
    copy = ["db", "copy", "--from", f"sqlite:///{path}", "--to", plain_target]

    first = run_schoolhub(*copy)
    assert first.returncode == 0, first.stderr
    assert "verification OK" in first.stdout and "sel_transfers" in first.stdout
    again = run_schoolhub(*copy)
    assert again.returncode == 2
    assert "already holds data: add --force" in again.stderr
    forced = run_schoolhub(*copy, "--force")
    assert forced.returncode == 0, forced.stderr
    assert await all_rows(blank_postgres) == await all_rows(sqlite_url(path))
