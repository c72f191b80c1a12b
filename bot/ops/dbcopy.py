"""`schoolhub db copy`: every row of one database into another (SQLite -> PostgreSQL).

The source is opened read-only and read in one snapshot. The target's schema comes from
Alembic (so its alembic_version row is right); the rows then go in, table by table in
foreign-key order, keeping their ids, in batches.

Why one transaction on the target: everything — clearing it with --force, every batch,
the sequences, the verification — commits together or not at all. A failure anywhere (a
row the target refuses, a lost connection, a count that differs) rolls it all back, so
the app can never start on a half-copied school: the target keeps what it had before
(an empty schema, or its old data). No "copy in progress" marker is needed.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from alembic.script import ScriptDirectory
from sqlalchemy import Column, Table, bindparam, false, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.migrations import alembic_config, upgrade
from bot.ops import OperationRefused
from bot.ops.engines import read_only_engine
from bot.ops.verify import DatabaseFacts, differences, holds_data, measure, report
from core.db import create_engine
from core.models import Base

BATCH_ROWS = 1000


class CopyFailed(Exception):
    """The copy was rolled back: the target holds none of it."""


class CopyMismatch(CopyFailed):
    """The copy differs from the source; raised inside the transaction to roll it back."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("the copy differs from the source, so it was rolled back: "
                         + "; ".join(problems))


@dataclass
class CopyReport:
    source: DatabaseFacts
    copy: DatabaseFacts

    def report(self) -> str:
        return report(self.source, self.copy, differences(self.source, self.copy))


async def copy_database(source_url: str, target_url: str, force: bool = False) -> CopyReport:
    if _same_database(source_url, target_url):
        raise OperationRefused("the source and the target are the same database")
    source = read_only_engine(source_url)
    try:
        async with source.connect() as reading:
            await reading.begin()
            facts = await reading.run_sync(measure)
            _require_current_schema(facts.revision)
            await asyncio.to_thread(upgrade, target_url)
            return CopyReport(facts, await _copy_into(reading, target_url, facts, force))
    finally:
        await source.dispose()


async def _copy_into(reading: AsyncConnection, target_url: str, facts: DatabaseFacts,
                     force: bool) -> DatabaseFacts:
    target = create_engine(target_url)
    try:
        async with target.begin() as writing:
            await _clear_or_refuse(writing, force)
            for table in Base.metadata.sorted_tables:
                await copy_table(reading, writing, table)
            if writing.dialect.name == "postgresql":
                await _reset_sequences(writing)
            copied = await writing.run_sync(measure)
            problems = differences(facts, copied)
            if problems:
                raise CopyMismatch(problems)
            return copied
    except DBAPIError as error:
        raise CopyFailed(f"the target refused the copy, which was rolled back: "
                         f"{error.orig}") from error
    finally:
        await target.dispose()


async def _clear_or_refuse(writing: AsyncConnection, force: bool) -> None:
    if not await writing.run_sync(holds_data):
        return
    if not force:
        raise OperationRefused("the target already holds data: add --force to replace it")
    for table in reversed(Base.metadata.sorted_tables):
        await writing.execute(table.delete())


async def copy_table(reading: AsyncConnection, writing: AsyncConnection, table: Table) -> None:
    """Rows keep their ids. A row pointing to another row of its own table (a reversal
    and the transfer it reverses) is linked once the whole table is in, whatever the order."""
    self_links = [key.parent for key in table.foreign_keys if key.column.table is table]
    links: list[dict[str, Any]] = []
    rows = await reading.stream(select(table).order_by(*table.primary_key.columns))
    async for batch in rows.mappings().partitions(BATCH_ROWS):
        values = [dict(row) for row in batch]
        for row in values:
            if any(row[column.name] is not None for column in self_links):
                links.append(_link_values(table, row, self_links))
                row.update(dict.fromkeys(column.name for column in self_links))
        await insert_batch(writing, table, values)
    if links:
        await writing.execute(
            table.update()
            .where(*(column == bindparam(f"key_{column.name}")
                     for column in table.primary_key.columns))
            .values({column.name: bindparam(f"link_{column.name}") for column in self_links}),
            links)


def _link_values(table: Table, row: dict[str, Any], links: list[Column]) -> dict[str, Any]:
    return ({f"key_{column.name}": row[column.name] for column in table.primary_key.columns}
            | {f"link_{column.name}": row[column.name] for column in links})


async def insert_batch(writing: AsyncConnection, table: Table,
                       rows: list[dict[str, Any]]) -> None:
    await writing.execute(table.insert(), rows)


async def _reset_sequences(writing: AsyncConnection) -> None:
    """Ids were copied, not drawn: each sequence must continue after the largest one."""
    for table in Base.metadata.sorted_tables:
        column = table.autoincrement_column
        if column is None:
            continue
        await writing.execute(select(func.setval(
            func.pg_get_serial_sequence(table.name, column.name),
            func.coalesce(select(func.max(column)).scalar_subquery(), 0) + 1, false())))


def _require_current_schema(revision: str | None) -> None:
    head = ScriptDirectory.from_config(alembic_config("")).get_current_head()
    if revision != head:
        raise OperationRefused(
            f"the source's schema is at revision {revision}, this SchoolHub expects {head}: "
            f"run `DATABASE_URL=<source> schoolhub migrate` first (then copy)")


def _same_database(first: str, second: str) -> bool:
    a, b = make_url(first), make_url(second)
    return (a.get_backend_name(), a.host, a.port, a.database) == (
        b.get_backend_name(), b.host, b.port, b.database)
