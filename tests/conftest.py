"""Databases for the suite: every database-backed test runs on SQLite and PostgreSQL.

Each test gets its own fresh, migrated database: a copy of a migrated SQLite file, or
a PostgreSQL database created from a migrated template (fast: a file copy).
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import psycopg
import pytest

from bot.migrations import upgrade
from core import i18n
from tests.support.graph_api import LocalGraphApi
from tests.support.harness import App
from tests.support.mollie_api import LocalMollie
from tests.support.servers import postgres_server, ram_disk, redis_server
from tests.support.telegram_api import LocalBotApi

_names = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    # Test databases, their PostgreSQL servers and every tmp_path in memory when the
    # machine allows it (pytest decides its temporary root lazily, after this hook).
    tempfile.tempdir = ram_disk()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Transcripts run on three of the four pairs of database and chat app: SQLite with
    Telegram, PostgreSQL with Telegram and with WhatsApp. SQLite with WhatsApp is the pair
    least likely to find what the others miss (a SQLite defect shows with Telegram, a
    WhatsApp one on PostgreSQL) and took a sixth of CI's 20 minutes; the WhatsApp
    channel's own storage still runs on both databases (tests/integration/test_whatsapp.py).
    SCHOOLHUB_ALL_PAIRS=1 runs the fourth pair too."""
    if os.environ.get("SCHOOLHUB_ALL_PAIRS") == "1":
        return
    kept, dropped = [], []
    for item in items:
        params = item.callspec.params if hasattr(item, "callspec") else {}
        pair = (params.get("database_url"), params.get("chat_channel"))
        (dropped if pair == ("sqlite", "whatsapp") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture(autouse=True, scope="session")
def strict_messages() -> Iterator[None]:
    """A message formatted with a missing argument fails the test (in service it is
    logged, and the person reads "{???}" where the argument belonged)."""
    i18n.on_formatting_errors = i18n.raise_formatting_errors
    yield
    i18n.on_formatting_errors = i18n.log_formatting_errors


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    with postgres_server() as url:
        yield url


def _plain(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


@pytest.fixture(scope="session")
def pg_template(pg_url: str) -> str:
    # Synchronous on purpose: fixtures requested lazily cannot await.
    with psycopg.connect(_plain(pg_url), autocommit=True) as conn:
        conn.execute("CREATE DATABASE schoolhub_template")
    url = pg_url.rsplit("/", 1)[0] + "/schoolhub_template"
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "template.sqlite3"
    upgrade(f"sqlite+aiosqlite:///{path}")
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        path = tmp_path / "schoolhub.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    async with fresh_pg_database(request.getfixturevalue("pg_template")) as url:
        yield url


@contextlib.asynccontextmanager
async def fresh_pg_database(template_url: str) -> AsyncIterator[str]:
    """A new database cloned from the migrated template, dropped afterwards."""
    name = f"test_{next(_names)}"
    server = template_url.rsplit("/", 1)[0]
    admin = await asyncpg.connect(_plain(server + "/postgres"))
    await admin.execute(f"CREATE DATABASE {name} TEMPLATE schoolhub_template")
    try:
        yield f"{server}/{name}"
    finally:
        await admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        await admin.close()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    with redis_server() as url:
        yield url


@pytest.fixture(params=["telegram", "whatsapp"])
async def chat_channel(request: pytest.FixtureRequest
                       ) -> AsyncIterator[LocalBotApi | LocalGraphApi]:
    """The channel people use in conversation tests: every transcript runs on both,
    through each channel's real client code against a local server speaking its API."""
    server: LocalBotApi | LocalGraphApi = (LocalBotApi() if request.param == "telegram"
                                           else LocalGraphApi())
    await server.start()
    yield server
    if isinstance(server, LocalGraphApi):
        assert server.refused == [], "the bot sent something WhatsApp refuses"
    else:
        assert server.refused == [], "the bot sent something Telegram refuses"
    await server.stop()


@pytest.fixture
async def app(database_url: str, chat_channel: LocalBotApi | LocalGraphApi
              ) -> AsyncIterator[App]:
    application = App(database_url, channel=chat_channel)
    yield application
    await application.close()


@pytest.fixture
async def mollie() -> AsyncIterator[LocalMollie]:
    """A local server speaking Mollie's v2 payments and refunds API."""
    server = LocalMollie()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def shop(database_url: str, mollie: LocalMollie,
               chat_channel: LocalBotApi | LocalGraphApi) -> AsyncIterator[App]:
    """The app with payments through the local Mollie, its webhooks served."""
    application = App(database_url, mollie_endpoint=mollie.base_url, channel=chat_channel)
    await application.serve_web()
    yield application
    await application.close()
