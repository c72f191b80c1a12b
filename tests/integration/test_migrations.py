"""The schema comes from Alembic only, also when several processes start at once."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def empty_pg_database(pg_url: str) -> AsyncIterator[str]:
    server = pg_url.rsplit("/", 1)[0]
    admin = await asyncpg.connect(server.replace("+asyncpg", "") + "/postgres")
    await admin.execute("CREATE DATABASE migrations_race")
    try:
        yield f"{server}/migrations_race"
    finally:
        await admin.execute("DROP DATABASE IF EXISTS migrations_race WITH (FORCE)")
        await admin.close()


async def test_replicas_starting_together_migrate_one_after_the_other(empty_pg_database
                                                                      ) -> None:
    # Three processes, as replicas would (Alembic's context is one per process). Without
    # the lock, the second creates tables the first is creating and fails.
    script = f"from bot.migrations import upgrade; upgrade({empty_pg_database!r})"
    processes = [await asyncio.create_subprocess_exec(sys.executable, "-c", script, cwd=ROOT,
                                                      stderr=asyncio.subprocess.PIPE)
                 for _ in range(3)]
    outcomes = [(await process.wait(), (await process.stderr.read()).decode()[-500:])
                for process in processes]
    assert [code for code, _ in outcomes] == [0, 0, 0], outcomes
    engine = create_async_engine(empty_pg_database)
    async with engine.connect() as connection:
        versions = (await connection.execute(text("SELECT version_num FROM alembic_version"))
                    ).scalars().all()
        tables = await connection.scalar(text(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"))
    await engine.dispose()
    assert len(versions) == 1 and tables > 20
