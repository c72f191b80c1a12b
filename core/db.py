"""Engine, sessions and the unit of work.

One transaction per inbound event: the edge opens it with `unit_of_work`, services only
flush, and the edge commits. On SQLite every transaction starts with BEGIN IMMEDIATE so
that writers are serialised up front instead of failing on lock upgrade.
"""

from __future__ import annotations

import contextvars
import functools
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.util import await_

from core.folding import fold_sql

log = logging.getLogger(__name__)
_current_session: contextvars.ContextVar[AsyncSession | None] = contextvars.ContextVar(
    "schoolhub_session", default=None
)
_current_uow: contextvars.ContextVar[UnitOfWork | None] = contextvars.ContextVar(
    "schoolhub_unit_of_work", default=None
)


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    # A database error quotes its statement, and is logged with its traceback: without
    # the values bound to it, which hold names, phone numbers and what people wrote.
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        engine = create_async_engine(url, connect_args={"timeout": 30}, **kwargs)
        _use_immediate_transactions(engine)
        return engine
    # Kept open: a connection beyond `pool_size` is closed when handed back, and under a
    # burst re-opening them (a PostgreSQL process each) cost more than the queries.
    kwargs.setdefault("pool_size", 20)
    kwargs.setdefault("max_overflow", 10)
    engine = create_async_engine(url, pool_pre_ping=True, **kwargs)
    if engine.dialect.driver == "asyncpg":
        engine.dialect.do_ping = _ping_in_one_round_trip  # type: ignore[method-assign]
    return engine


def _ping_in_one_round_trip(dbapi_connection: Any) -> bool:
    """The pool's check of a connection before each use (every update), in one round trip.

    SQLAlchemy's asyncpg ping takes three (BEGIN, a prepared ";", ROLLBACK: its
    transaction is for pgbouncer, which cannot prepare outside one); a query in the
    simple protocol prepares nothing, so it needs no transaction. When it fails, the
    dialect's own ping decides: it raises the error that tells a lost connection, which
    the pool then replaces (after a PostgreSQL restart, say)."""
    try:
        await_(dbapi_connection.driver_connection.execute("SELECT 1"))
    except Exception:
        dbapi_connection.ping()
    return True


def _use_immediate_transactions(engine: AsyncEngine) -> None:
    # pysqlite's own transaction handling is disabled so that we can emit BEGIN IMMEDIATE.
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        # SQLite's own lower() folds ASCII only: "ÉCOLE" would not match "école".
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)
        # What a search compares (core.members.search): lower case without accents.
        dbapi_connection.create_function("schoolhub_fold", 1, fold_sql, deterministic=True)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _unicode_lower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=True)


class UnitOfWork:
    """A session in a transaction, plus callbacks to run once it has committed."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self._after_commit: list[Callable[[], Awaitable[None]]] = []

    def after_commit(self, callback: Callable[[], Awaitable[None]]) -> None:
        self._after_commit.append(callback)

    async def run_after_commit(self) -> None:
        # What is committed stays committed: a failing follow-up is logged, not raised.
        for callback in self._after_commit:
            try:
                await callback()
            except Exception:
                log.exception("after-commit callback failed")


@asynccontextmanager
async def unit_of_work(
    sessions: async_sessionmaker[AsyncSession],
) -> AsyncIterator[UnitOfWork]:
    """Commit on success, roll back on any exception; publishes the session to helpers
    (such as the FSM storage) that must write in the same transaction."""
    async with sessions() as session:
        uow = UnitOfWork(session)
        token = _current_session.set(session)
        uow_token = _current_uow.set(uow)
        try:
            async with session.begin():
                yield uow
        finally:
            _current_uow.reset(uow_token)
            _current_session.reset(token)
        await uow.run_after_commit()


def current_session() -> AsyncSession | None:
    return _current_session.get()


def current_unit_of_work() -> UnitOfWork | None:
    return _current_uow.get()


def insert_ignoring_conflicts(session: AsyncSession, table: Any, **values: Any) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING for the session's dialect."""
    return ignoring_conflicts(session, table).values(**values)


def ignoring_conflicts(session: AsyncSession, table: Any) -> Any:
    """The same statement without values, to execute with a dict of them: built once
    per table, for inserts on every update's path."""
    return _ignoring_conflicts(session.bind.dialect.name, table)


@functools.cache
def _ignoring_conflicts(dialect: str, table: Any) -> Any:
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    return insert(table).on_conflict_do_nothing()
