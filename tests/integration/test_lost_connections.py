"""The pool checks a connection before each use: one that PostgreSQL dropped (a restart,
an idle timeout) is replaced, and the update that drew it does not fail."""

from __future__ import annotations

import asyncpg
from sqlalchemy import text

from core.db import create_engine, session_factory, unit_of_work


async def test_a_connection_postgresql_dropped_is_replaced_before_use(pg_template: str
                                                                     ) -> None:
    from tests.conftest import fresh_pg_database

    async with fresh_pg_database(pg_template) as url:
        engine = create_engine(url, pool_size=2, max_overflow=0)
        sessions = session_factory(engine)
        try:
            async with unit_of_work(sessions) as uow:
                first = await uow.session.scalar(text("SELECT pg_backend_pid()"))
            admin = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
            try:
                assert await admin.fetchval("SELECT pg_terminate_backend($1)", first)
            finally:
                await admin.close()
            async with unit_of_work(sessions) as uow:  # the pooled connection is dead
                second = await uow.session.scalar(text("SELECT pg_backend_pid()"))
            assert second != first
        finally:
            await engine.dispose()
