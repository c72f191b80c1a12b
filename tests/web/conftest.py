"""Fixtures of the panel tests: a school with a panel login, anonymous or logged in."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient

from tests.support.harness import App
from tests.support.panel import log_in, open_panel
from tests.support.telegram_api import LocalBotApi


@pytest.fixture
async def panel(database_url: str) -> AsyncIterator[tuple[App, TestClient]]:
    async for opened in open_panel(database_url):
        yield opened


@pytest.fixture
async def admin(panel: tuple[App, TestClient]) -> tuple[App, TestClient]:
    """The same, logged in as Sophie (English)."""
    _, client = panel
    assert (await log_in(client)).status == 303
    return panel


@pytest.fixture
async def telegram_admin(database_url: str
                         ) -> AsyncIterator[tuple[App, TestClient, LocalBotApi]]:
    """Sophie logged in, in a school whose parents talk over Telegram (a local Bot API,
    which records the command menus the panel publishes)."""
    bot_api = LocalBotApi()
    await bot_api.start()
    try:
        async for app, client in open_panel(database_url, channel=bot_api):
            assert (await log_in(client)).status == 303
            yield app, client, bot_api
    finally:
        await bot_api.stop()
