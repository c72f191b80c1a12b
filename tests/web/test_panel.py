"""The admin panel through aiohttp's test client: login, sessions, CSRF, throttling,
headers, approvals, and another school's data refused."""

from __future__ import annotations

import re
from datetime import timedelta

import time_machine
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.app import build_app
from core.admin import throttle
from core.clock import utcnow
from core.db import unit_of_work
from core.i18n import format_month
from core.models import (
    AuditEntry,
    Event,
    EventStatus,
    Member,
    MemberStatus,
    OutboxMessage,
    Rsvp,
)
from core.sel.ledger import new_transfer_id, pay
from tests.support.flows import register
from tests.support.panel import (
    PASSWORD,
    csrf_of,
    log_in,
    member_named,
    other_school_admin,
    page,
    session_cookie,
)


async def test_anonymous_visitors_only_see_the_login_page_with_safe_headers(panel) -> None:
    _, client = panel
    for path in ("/admin/", "/admin/members"):
        response = await client.get(path, allow_redirects=False)
        assert (response.status, response.headers["Location"]) == (303, "/admin/login")
    page = await client.get("/admin/login", headers={"Accept-Language": "nl-BE"})
    assert "Gebruikersnaam (e-mail)" in await page.text()
    headers = page.headers
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    cookie = page.cookies["schoolhub_admin"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and cookie["path"] == "/admin"
    assert (await client.get("/admin/static/style.css")).status == 200


async def test_login_rotates_the_session_and_logout_ends_it(panel) -> None:
    _, client = panel
    await client.get("/admin/login")
    before = session_cookie(client)
    response = await log_in(client)
    assert (response.status, response.headers["Location"]) == (303, "/admin/")
    after = session_cookie(client)
    assert after != before and len(after) >= 43  # 256 bits, urlsafe
    dashboard = await (await client.get("/admin/")).text()
    assert "1 registration to approve" in dashboard
    assert "<strong>1</strong> active family<" in dashboard
    page = await (await client.get("/admin/members")).text()
    await client.post("/admin/logout", data={"csrf": csrf_of(page)})
    client.session.cookie_jar.update_cookies({"schoolhub_admin": after})
    response = await client.get("/admin/", allow_redirects=False)
    assert response.status == 303  # the old token died on the server, not just the browser
    client.session.cookie_jar.update_cookies({"schoolhub_admin": before})
    assert (await client.get("/admin/", allow_redirects=False)).status == 303


async def test_posts_without_the_right_csrf_token_are_refused(panel) -> None:
    app, client = panel
    page = await (await client.get("/admin/login")).text()
    for token in (None, "forged"):
        data = {"login": "sophie@school.be", "password": PASSWORD}
        if token:
            data["csrf"] = token
        assert (await client.post("/admin/login", data=data)).status == 403
    await log_in(client)
    anna = await member_named(app, "Anna")
    response = await client.post(f"/admin/members/{anna.id}/approve", data={"csrf": "x"})
    assert response.status == 403
    assert "This form is no longer valid" in await response.text()  # a page, not "CSRF"
    assert (await member_named(app, "Anna")).status == MemberStatus.PENDING
    in_dutch = await client.post(f"/admin/members/{anna.id}/approve?lang=nl",
                                 data={"csrf": "x"})
    assert in_dutch.status == 403 and "er is niets gewijzigd" in await in_dutch.text()
    assert csrf_of(page)


async def test_an_admin_approves_a_parent_from_the_panel(panel) -> None:
    app, client = panel
    await log_in(client)
    page = await (await client.get("/admin/members?q=smet")).text()
    assert "Anna De Smet" in page and "Approve" in page and "Sophie" not in page
    anna = await member_named(app, "Anna")
    response = await client.post(f"/admin/members/{anna.id}/approve",
                                 data={"csrf": csrf_of(page)})
    assert "✅ Anna De Smet is approved and told so in the chat." in await response.text()
    assert (await member_named(app, "Anna")).status == MemberStatus.ACTIVE
    async with app.sessions() as session:
        entry = await session.scalar(select(AuditEntry).where(AuditEntry.action == "approve"))
        assert (entry.actor, entry.subject, entry.before, entry.after) == (
            "sophie@school.be", f"member:{anna.id}", {"status": "pending"},
            {"status": "active"})
        assert await session.scalar(select(OutboxMessage.id).where(
            OutboxMessage.member_id == anna.id, OutboxMessage.purpose == "approval-decision"))
    again = await client.post(f"/admin/members/{anna.id}/approve",
                              data={"csrf": csrf_of(page)})
    assert again.status == 409  # decided already: nothing changes


async def test_another_schools_members_are_out_of_reach(panel, database_url: str) -> None:
    app, client = panel
    other = await app.school("Autre école", approval=True)
    stranger = app.person(300, "Zoé", "fr")
    await register(stranger, other.parent_code, language="Français", first="Zoé",
                   last="Autre")
    zoe = await member_named(app, "Zoé")
    await log_in(client)
    page = await (await client.get("/admin/members")).text()
    assert "Zoé" not in page
    response = await client.post(f"/admin/members/{zoe.id}/approve",
                                 data={"csrf": csrf_of(page)})
    assert response.status == 404
    assert (await member_named(app, "Zoé")).status == MemberStatus.PENDING


async def test_guessing_is_throttled_without_locking_the_admin_out(panel) -> None:
    app, client = panel
    for _ in range(throttle.PER_PAIR):
        response = await log_in(client, password="wrong password")
        assert response.status == 401
        assert "Wrong login or password." in await response.text()
    response = await log_in(client)  # even the right password, from here, for now
    assert "Too many attempts from here" in await response.text()
    async with unit_of_work(app.sessions) as uow:  # the real admin elsewhere is not blocked
        assert not await throttle.blocked(uow.session, "sophie@school.be", "10.0.0.9")
        assert await throttle.blocked(uow.session, "sophie@school.be", "127.0.0.1")


async def test_an_idle_session_expires(panel) -> None:
    _, client = panel
    await log_in(client)
    assert (await client.get("/admin/", allow_redirects=False)).status == 200
    with time_machine.travel(utcnow() + timedelta(minutes=31)):
        assert (await client.get("/admin/", allow_redirects=False)).status == 303


async def test_the_dashboard_shows_the_weeks_events_with_answers_and_places(admin) -> None:
    app, client = admin
    sophie, anna = await member_named(app, "Sophie"), await member_named(app, "Anna")
    now = utcnow()

    def event(title: str, days: float, **fields) -> Event:
        return Event(school_id=sophie.school_id, title=title, created_by=sophie.id,
                     starts_at=now + timedelta(days=days), **fields)
    async with unit_of_work(app.sessions) as uow:
        fair = event("School fair", 2, capacity=10, ask_headcount=True)
        full = event("Visit", 1, capacity=1)
        uow.session.add_all([fair, full, event("Far away", 8), event("Gone", -1),
                             event("Called off", 3, status=EventStatus.CANCELLED)])
        await uow.session.flush()
        uow.session.add_all([Rsvp(event_id=fair.id, member_id=sophie.id, answer="yes",
                                  adults=2, children=1),
                             Rsvp(event_id=fair.id, member_id=anna.id, answer="maybe"),
                             Rsvp(event_id=full.id, member_id=anna.id, answer="yes")])
    async with other_school_admin(app) as (db, zoe):
        db.add(Event(school_id=zoe.school_id, title="Their party", created_by=zoe.id,
                     starts_at=now + timedelta(days=1)))
    dashboard = await page(client, "/admin/")
    shown = [f'<a href="/admin/events/{full.id}">Visit</a>',
             f'<a href="/admin/events/{fair.id}">School fair</a>']  # soonest first
    assert sorted(shown, key=dashboard.index) == shown
    assert "✅ 1 family (3 people) · 🤔 1 · ❌ 0" in dashboard  # families, then people,
    assert "<td>7 places</td>" in dashboard  # as places count them: 3 taken
    assert "<td>Full</td>" in dashboard
    for hidden in ("Far away", "Gone", "Called off", "Their party"):
        assert hidden not in dashboard, hidden
    assert "Places restantes" in await page(client, "/admin/?lang=fr")


async def test_the_dashboard_draws_its_charts(panel) -> None:
    app, client = panel
    await log_in(client)
    async with unit_of_work(app.sessions) as uow:  # Sophie pays Anna one hour
        sophie = await uow.session.scalar(select(Member).where(Member.first_name == "Sophie"))
        anna = await uow.session.scalar(select(Member).where(Member.first_name == "Anna"))
        anna.status = MemberStatus.ACTIVE
        await pay(uow.session, transfer_id=new_transfer_id(), payer=sophie, payee=anna,
                  units=60, note=None)
    page = await (await client.get("/admin/")).text()
    assert '<img src="/admin/charts/transfers.svg"' in page
    assert "<strong>1</strong> SEL transfer in the last 30 days" in page
    response = await client.get("/admin/charts/transfers.svg")
    assert response.content_type == "image/svg+xml"
    assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")
    chart = await response.text()
    assert "SEL exchanges per month" in chart and format_month("en", f"{utcnow():%Y-%m}") in chart
    assert axis_labels(chart, "y") == ["0", "1"]  # one transfer: not 0, 0.1, 0.2...
    messages = await (await client.get("/admin/charts/messages.svg")).text()
    assert "Messages delivered per day" in messages
    assert f"{utcnow():%d/%m}" in messages and "…" not in messages  # labels are not cut
    french = await (await client.get("/admin/charts/families.svg?lang=fr")).text()
    assert format_month("fr", f"{utcnow():%Y-%m}") in french  # e.g. "nov. 2026"
    anonymous = TestClient(TestServer(build_app(app.runtime)))
    await anonymous.start_server()
    assert (await anonymous.get("/admin/charts/transfers.svg",
                                allow_redirects=False)).status == 303
    await anonymous.close()


def axis_labels(svg: str, axis: str) -> list[str]:
    """The labels along one axis of a pygal chart."""
    section = svg.split(f'<g class="axis {axis} ')[1].split('<g class="axis ')[0]
    return re.findall(r">([^<]*)</text>", section)


async def test_the_panel_stays_in_the_language_the_admin_picks(admin) -> None:
    app, client = admin
    events = await client.get("/admin/events", headers={"Referer": "http://x/"})
    assert "<title>Events · " in await events.text()  # Sophie's own language: English
    picked = await client.get("/admin/language/nl", allow_redirects=False,
                              headers={"Referer": str(client.make_url("/admin/events"))})
    assert (picked.status, picked.headers["Location"]) == (303, "/admin/events")
    for path in ("/admin/events", "/admin/members", "/admin/"):  # page after page
        page = await (await client.get(path)).text()
        assert '<html lang="nl">' in page and ">Activiteiten</a>" in page
    assert (await member_named(app, "Sophie")).locale == "en"  # her chat keeps English
    back = await client.get("/admin/language/fr")  # no page to go back to: the dashboard
    assert back.url.path == "/admin/" and '<html lang="fr">' in await back.text()
    assert (await client.get("/admin/nope")).status == 404
    assert (await client.get("/admin/language/de")).status == 404


async def test_the_dutch_panel_names_things_as_the_dutch_chat_does(admin) -> None:
    """One word for one thing: a class rep is a 'klasafgevaardigde' (as in the chat), an
    announcement a 'mededeling', an event an 'activiteit'."""
    _, client = admin
    classes = await (await client.get("/admin/classes?lang=nl")).text()
    assert "Klasafgevaardigde" in classes and ">Mededelingen</a>" in classes
    assert "erantwoordelijke" not in classes and "evenement" not in classes
    new_event = await (await client.get("/admin/events/new?lang=nl")).text()
    assert "klasafgevaardigden uit te nodigen" in new_event
