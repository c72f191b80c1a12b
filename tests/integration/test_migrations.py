"""The schema comes from Alembic only, also when several processes start at once."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.migrations import alembic_config, upgrade
from bot.outbox import localized
from core.i18n import Translator

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


def test_queued_sel_notices_are_rewritten_to_show_hours(tmp_path: Path) -> None:
    """0014: a request notice queued before the upgrade still names its amount, now in
    hours too; other messages' arguments are left as they were."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'old.db'}"
    upgrade(url, "0013")
    queued = {"sel-request-notice": {"name": "Anna", "units": 90, "note": "", "has_note": "no"},
              "sel-reversal-notice": {"units": -15, "reason": "twice", "balance": 105},
              "sel-limits-notice": {"low": -300, "high": 600},
              "events-invite": {"units": 3, "title": "Fair"}}
    database = sqlite3.connect(tmp_path / "old.db")
    with database:
        database.executemany(
            "INSERT INTO outbox (purpose, dedupe_key, locale, message_id, message_args, "
            "buttons, priority, status, attempts, next_attempt_at, created_at) "
            "VALUES ('test', ?, 'en', ?, ?, '{}', 5, 'pending', 0, "
            "'2026-11-22 07:45', '2026-11-22 07:44')",
            [(message_id, message_id, json.dumps(args)) for message_id, args in queued.items()])
    upgrade(url)
    with database:
        args = {message_id: json.loads(raw) for message_id, raw in
                database.execute("SELECT message_id, message_args FROM outbox")}
    database.close()
    assert args["events-invite"] == queued["events-invite"]
    t = Translator().for_locale("en")
    rendered = {message_id: t(message_id, **{key: localized(t, "en", value, "Europe/Brussels")
                                             for key, value in args[message_id].items()})
                for message_id in ("sel-request-notice", "sel-reversal-notice",
                                   "sel-limits-notice")}
    assert rendered == {
        "sel-request-notice": "🙋 Anna asks you for 90 units (1 h 30).",
        "sel-reversal-notice": "↩️ A transfer was corrected by the school: -15 units (-0 h 15). "
                               "Reason: twice. Your balance: 105 units (1 h 45).",
        "sel-limits-notice": "ℹ️ The school changed your SEL limits: from -300 units (-5 h 00) "
                             "to 600 units (10 h 00)."}


def test_going_back_before_0024_makes_scheduled_announcements_drafts_again(tmp_path: Path
                                                                          ) -> None:
    """0024 downgraded: the code before it knows no "scheduled" status (it would show one
    as sent, without a date, and never send it), so a scheduled announcement, its time
    gone with the column, is a draft again."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'new.db'}"
    upgrade(url)
    database = sqlite3.connect(tmp_path / "new.db")
    with database:
        database.executemany(
            "INSERT INTO announcements (school_id, author_id, audience, original_locale, "
            "texts, urgent, status, send_at, resends, figures, created_at) VALUES "
            "(1, 1, 'school', 'en', '{\"en\": \"Swim\"}', 0, ?, ?, 0, '{}', "
            "'2026-11-22 07:44')",
            [("scheduled", "2026-11-24 06:00"), ("queued", None), ("draft", None)])
    command.downgrade(alembic_config(url), "0023")
    with database:
        statuses = [status for (status,) in
                    database.execute("SELECT status FROM announcements ORDER BY id")]
    database.close()
    assert statuses == ["draft", "queued", "draft"]
