"""/panel in the chat: an admin gets a one-time link that opens the panel; it works once,
for ten minutes, and only for admins."""

from __future__ import annotations

import re
from datetime import timedelta

import time_machine
from sqlalchemy import select

from core.clock import utcnow
from core.models import AdminUser, AuditEntry
from tests.support.panel import member_named, submit

ENGLISH = {"Accept-Language": "en-GB,en;q=0.8"}


def link_path(answer: str) -> str:
    return re.search(r"https?://[^/\s]+(/admin/login/link/[\w-]+)", answer).group(1)


async def test_an_admin_opens_the_panel_from_the_chat(panel) -> None:
    app, client = panel
    sophie = app.person(200, "Sophie", "en")
    answer = await sophie.says("/panel")
    assert "Your link to the web panel, valid once for 10 minutes" in answer
    path = link_path(answer)

    page = await client.get(path)  # what a chat app's link preview would do, too
    assert "Open the panel as Sophie Lambert?" in await page.text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', await page.text()).group(1)
    response = await client.post(path, data={"csrf": csrf}, allow_redirects=False)
    assert (response.status, response.headers["Location"]) == (303, "/admin/")
    assert "registration to approve" in await (await client.get("/admin/")).text()

    spent = await client.get(path)
    assert spent.status == 410 and "already used" in await spent.text()
    dashboard = await (await client.get("/admin/")).text()
    current = re.search(r'name="csrf" value="([^"]+)"', dashboard).group(1)
    again = await client.post(path, data={"csrf": current})
    assert again.status == 409 and "already used" in await again.text()
    async with app.sessions() as session:
        actions = list(await session.scalars(select(AuditEntry.action)))
        user = await session.scalar(select(AdminUser))
    assert "login-link" in actions
    assert user.member_id == (await member_named(app, "Sophie")).id


async def test_a_link_expires_and_a_forged_one_opens_nothing(panel) -> None:
    app, client = panel
    sophie = app.person(200, "Sophie", "en")
    path = link_path(await sophie.says("/panel"))
    with time_machine.travel(utcnow() + timedelta(minutes=11)):
        expired = await client.get(path, headers=ENGLISH)
        assert expired.status == 410 and "has expired" in await expired.text()
    forged = await client.get("/admin/login/link/" + "A" * 43)
    assert forged.status == 410
    page = await (await client.get("/admin/login")).text()
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    refused = await client.post("/admin/login/link/" + "A" * 43, data={"csrf": csrf})
    assert refused.status == 409
    assert (await client.get("/admin/", allow_redirects=False)).status == 303


async def test_a_parent_gets_no_link(admin) -> None:
    app, client = admin
    anna = app.person(110, "Anna", "en")
    assert "waiting" in (await anna.says("/panel")).lower()  # not approved yet
    await submit(client, f"/admin/members/{(await member_named(app, 'Anna')).id}/approve")
    assert await anna.says("/panel") == "Only a school administrator can do that."
    async with app.sessions() as session:  # Sophie's login only: none was made for Anna
        assert len(list(await session.scalars(select(AdminUser)))) == 1
