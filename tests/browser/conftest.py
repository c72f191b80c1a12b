"""Browser tests: Debian's Chromium, headless, driven by Playwright against the real
aiohttp app on a loopback port. Screenshots land in test-artifacts/screenshots."""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp.test_utils import TestServer
from playwright.async_api import Browser, Page, async_playwright

from bot.app import build_app
from core.db import unit_of_work
from core.members.registration import decide
from tests.support.harness import App
from tests.support.panel import PASSWORD, member_named, open_panel

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


@pytest.fixture
def database_url(sqlite_template: Path, tmp_path: Path) -> str:
    """What a browser shows does not depend on the database: SQLite only (the panel's
    view tests run on both)."""
    path = tmp_path / "schoolhub.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture(scope="session")
async def browser() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        yield browser
        await browser.close()


@dataclass
class Site:
    app: App
    server: TestServer
    page: Page

    def url(self, path: str) -> str:
        return str(self.server.make_url(path))

    async def shot(self, name: str) -> None:
        """Keep what the admin saw, for whoever reads the CI artifacts."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        await self.page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


@pytest.fixture
async def site(database_url: str, browser: Browser) -> AsyncIterator[Site]:
    """The school of `awaiting_approval` served on a free port, and a fresh browser
    context in English on a laptop-sized screen."""
    async for app, client in open_panel(database_url):
        await client.close()  # the browser is the client here
        server = TestServer(build_app(app.runtime))
        await server.start_server()
        context = await browser.new_context(locale="en-GB",
                                            viewport={"width": 1280, "height": 900})
        page = await context.new_page()
        page.set_default_timeout(10_000)
        try:
            yield Site(app, server, page)
        finally:
            await context.close()
            await server.close()


@pytest.fixture
async def logged_in(site: Site) -> Site:
    page = site.page
    await page.goto(site.url("/admin/login"))
    await page.get_by_label("Login (e-mail)").fill("sophie@school.be")
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Log in").click()
    await page.wait_for_url("**/admin/")
    return site


async def approve_anna(site: Site) -> None:
    """Anna waits for approval in this school; most pages need her as a member."""
    sophie, anna = await member_named(site.app, "Sophie"), await member_named(site.app, "Anna")
    async with unit_of_work(site.app.sessions) as uow:
        sophie = await uow.session.get_one(type(sophie), sophie.id, populate_existing=True)
        await uow.session.refresh(sophie, ["roles"])
        await decide(uow.session, sophie, anna.id, True)
    await site.app.deliver()
