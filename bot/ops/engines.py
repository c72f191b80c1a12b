"""Engines for reading a database without changing it, whatever its kind."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import aiosqlite
from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bot.ops import OperationRefused

T = TypeVar("T")


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_file(url: str) -> Path:
    database = make_url(url).database
    if not database or database == ":memory:":
        raise OperationRefused(f"{url} is not a database file")
    return Path(database)


async def open_sqlite_read_only(path: Path) -> aiosqlite.Connection:
    """mode=ro: SQLite itself refuses every write, so the file stays byte-identical."""
    return await aiosqlite.connect(await asyncio.to_thread(_read_only_uri, path), uri=True,
                                   isolation_level=None)


def _read_only_uri(path: Path) -> str:
    if not path.is_file():
        raise OperationRefused(f"no database at {path}")
    return f"{path.resolve().as_uri()}?mode=ro"


def read_only_engine(url: str) -> AsyncEngine:
    """Reads in one snapshot per transaction: a copy or a backup sees one moment."""
    if not is_sqlite(url):
        engine = create_async_engine(url, poolclass=NullPool, isolation_level="REPEATABLE READ")
        return engine.execution_options(postgresql_readonly=True)
    path = sqlite_file(url)
    engine = create_async_engine("sqlite+aiosqlite://", poolclass=NullPool,
                                 async_creator=lambda: open_sqlite_read_only(path))

    # pysqlite only begins a transaction before a write; a snapshot must begin before the
    # first read, so BEGIN is sent explicitly (autocommit mode is set on connecting).
    @event.listens_for(engine.sync_engine, "begin")
    def _begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


async def read_with(url: str, work: Callable[[Connection], T]) -> T:
    """`work(connection)` in one read-only transaction on a short-lived engine."""
    engine = read_only_engine(url)
    try:
        async with engine.connect() as connection:
            return await connection.run_sync(work)
    finally:
        await engine.dispose()
