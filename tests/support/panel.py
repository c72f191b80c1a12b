"""The admin panel in tests: a logged-in admin's browser through aiohttp's test client."""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator

from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import build_app
from core.admin import accounts
from core.db import unit_of_work
from core.models import Member
from tests.support.flows import awaiting_approval, register
from tests.support.harness import App
from tests.support.telegram_api import LocalBotApi

PASSWORD = "correct horse battery"


async def open_panel(database_url: str, channel: LocalBotApi | None = None,
                     ) -> AsyncIterator[tuple[App, TestClient]]:
    """The demo-like school of `awaiting_approval` (Sophie admin, Anna pending), Sophie
    with a panel login, and a browser that is not logged in yet; the parents talk over
    the console, or Telegram when a local Bot API is given."""
    app = App(database_url, channel=channel)
    school, admin, _ = await awaiting_approval(app)
    async with unit_of_work(app.sessions) as uow:
        sophie = await uow.session.scalar(select(Member).where(Member.first_name == "Sophie"))
        await accounts.create_user(uow.session, sophie.id, "Sophie@School.be", PASSWORD)
    client = TestClient(TestServer(build_app(app.runtime)))
    await client.start_server()
    yield app, client
    await client.close()
    await app.close()


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


async def log_in(client: TestClient, password: str = PASSWORD, login: str = "sophie@school.be"):
    page = await (await client.get("/admin/login")).text()
    return await client.post("/admin/login", allow_redirects=False, data={
        "csrf": csrf_of(page), "login": login, "password": password},
        headers={"Accept-Language": "en-GB"})


def session_cookie(client: TestClient) -> str:
    return next(c.value for c in client.session.cookie_jar if c.key == "schoolhub_admin")


async def member_named(app: App, first_name: str) -> Member:
    async with app.sessions() as session:
        return await session.scalar(select(Member).where(Member.first_name == first_name))




async def page(client: TestClient, path: str) -> str:
    response = await client.get(path)
    assert response.status == 200, (path, response.status, await response.text())
    return await response.text()


async def submit(client: TestClient, path: str, data: dict[str, str] | None = None,
                 **options) -> ClientResponse:
    """POST a form the way the browser does: with the session's CSRF token."""
    token = csrf_of(await page(client, "/admin/"))
    return await client.post(path, data={"csrf": token, **(data or {})}, **options)


@contextlib.asynccontextmanager
async def other_school_admin(app: App) -> AsyncIterator[tuple[AsyncSession, Member]]:
    """Zoé, admin of another school (registered through the chat), in a unit of work:
    for making what the panel's admin must not reach."""
    other = await app.school("Autre école")
    zoe = app.person(300, "Zoé", "fr")
    await register(zoe, other.admin_code, language="Français", first="Zoé", last="Autre",
                   children=())
    async with unit_of_work(app.sessions) as uow:
        member = await uow.session.scalar(select(Member).where(Member.first_name == "Zoé"))
        await uow.session.refresh(member, ["roles"])
        yield uow.session, member
