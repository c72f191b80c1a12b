"""Classes and invites in the panel: codes with expiry and uses, revocation, per-class
parent codes, the printable sheet with its QR codes, and what a revoked code does."""

from __future__ import annotations

import re
from urllib.parse import unquote

from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from admin_web.classes import InviteLinks
from bot.app import build_app
from core.models import AuditEntry, Invite
from tests.support.flows import register
from tests.support.panel import log_in, page, submit


async def invites(app) -> list[Invite]:
    async with app.sessions() as session:
        return list(await session.scalars(select(Invite).order_by(Invite.id)))


async def test_the_classes_page_lists_classes_children_and_codes(admin) -> None:
    app, client = admin
    listing = await page(client, "/admin/classes")
    assert "P3" in listing and "M1" in listing
    assert re.search(r"<td>P3</td><td>1</td>", listing)  # Anna's Léa is in P3
    for invite in await invites(app):
        assert invite.code in listing


async def test_an_admin_creates_a_rep_code_and_revokes_it(admin) -> None:
    app, client = admin
    before = len(await invites(app))
    response = await submit(client, "/admin/invites", {
        "role": "class_rep", "class_code": "P2", "valid_days": "7", "max_uses": "1"})
    created = (await invites(app))[-1]
    assert len(await invites(app)) == before + 1
    assert (created.role, created.max_uses) == ("class_rep", 1)
    assert f"Code {created.code} saved." in await response.text()

    await submit(client, f"/admin/invites/{created.id}/revoke")
    tom = app.person(320, "Tom", "en")
    assert "I do not know this invite code" in await tom.says(f"/start {created.code}")
    assert (await invites(app))[-1].revoked
    async with app.sessions() as session:
        actions = list(await session.scalars(select(AuditEntry.action)
                                             .order_by(AuditEntry.id)))
    assert actions[-2:] == ["create-invite", "revoke-invite"]


async def test_a_bad_invite_form_shows_errors_next_to_fields(admin) -> None:
    app, client = admin
    before = [invite.id for invite in await invites(app)]
    response = await submit(client, "/admin/invites", {
        "role": "class_rep", "class_code": "", "valid_days": "9999", "max_uses": "x"})
    assert response.status == 400
    form = await response.text()
    assert 'id="e-class_code">Choose the class this rep represents.' in form
    assert 'id="e-valid_days">Between 1 and 365 days.' in form
    assert 'id="e-max_uses">Between 1 and 1000, or empty.' in form
    assert 'value="9999"' in form  # what was typed stays
    assert [invite.id for invite in await invites(app)] == before
    forged = await submit(client, "/admin/invites", {"role": "superuser"})
    assert forged.status == 400
    assert [invite.id for invite in await invites(app)] == before


async def test_the_printable_sheet_has_one_card_and_qr_codes_per_parent_code(admin) -> None:
    app, client = admin
    await submit(client, "/admin/invites/per-class")
    parent_codes = [i for i in await invites(app) if i.role == "parent" and not i.revoked]
    assert len(parent_codes) == 1 + 9  # the school's code, then one per class
    sheet = await page(client, "/admin/invites/sheet")
    for invite in parent_codes:
        assert invite.code in sheet
    assert "P6" in sheet and "Whole school" in sheet
    assert "data:image/svg" not in sheet  # no bot address configured: codes only


async def test_with_the_bots_addresses_each_card_has_scannable_links(panel) -> None:
    app, _ = panel
    app.runtime.settings.telegram_bot_username = "SchoolHubEvereBot"
    app.runtime.settings.whatsapp_display_number = "+32 470 00 00 00"
    client = TestClient(TestServer(build_app(app.runtime)))
    await client.start_server()
    try:
        await log_in(client)
        sheet = await page(client, "/admin/invites/sheet")
    finally:
        await client.close()
    school_code = (await invites(app))[0].code
    images = re.findall(r'src="(data:image/svg\+xml[^"]+)"', sheet)
    assert len(images) == 2  # one parent code: Telegram and WhatsApp
    assert 'alt="QR code for Telegram, code ' + school_code in sheet
    assert all(unquote(image).startswith("data:image/svg+xml;charset=utf-8,<svg")
               for image in images)


async def test_qr_codes_lead_to_the_bots(admin) -> None:
    links = InviteLinks("SchoolHubEvereBot", "+32 470 00 00 00")
    assert links.for_code("ABCD2345") == [
        ("Telegram", "https://t.me/SchoolHubEvereBot?start=ABCD2345"),
        ("WhatsApp", "https://wa.me/32470000000?text=ABCD2345")]
    assert InviteLinks().for_code("ABCD2345") == []


async def test_another_schools_invites_cannot_be_revoked(admin) -> None:
    app, client = admin
    other = await app.school("Autre école")
    async with app.sessions() as session:
        theirs = await session.scalar(select(Invite).where(Invite.school_id == other.id))
    response = await submit(client, f"/admin/invites/{theirs.id}/revoke")
    assert response.status == 404
    assert theirs.code not in await page(client, "/admin/classes")
    zoe = app.person(330, "Zoé", "fr")
    assert "Zoé" in await register(zoe, other.parent_code, language="Français", first="Zoé")
