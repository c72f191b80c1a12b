"""Classes and invites in the panel: codes with expiry and uses, revocation, per-class
parent codes, the printable sheet with its QR codes, and what a revoked code does."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from urllib.parse import unquote

import pytest
from aiohttp.test_utils import TestClient, TestServer
from pydantic import ValidationError
from sqlalchemy import delete, select, update

from bot.app import build_app
from bot.config import Settings
from core.clock import utcnow
from core.db import unit_of_work
from core.i18n import format_date
from core.members.invite_links import InviteLinks
from core.members.invites import create_invite
from core.models import (
    AuditEntry,
    Child,
    ClassGroup,
    Event,
    EventClass,
    GroupOrder,
    Identity,
    Invite,
    Member,
    MemberChild,
    MemberStatus,
    OrderClass,
    Role,
    RoleKind,
    School,
    SchoolClass,
)
from tests.support.flows import register
from tests.support.panel import log_in, member_named, page, submit


async def invites(app) -> list[Invite]:
    async with app.sessions() as session:
        return list(await session.scalars(select(Invite).order_by(Invite.id)))


async def test_the_classes_page_lists_classes_children_and_codes(admin) -> None:
    app, client = admin
    listing = await page(client, "/admin/classes")
    assert "P3" in listing and "M1" in listing
    assert re.search(r'<td><a href="/admin/members\?q=P3">P3</a></td><td>1</td>', listing)
    families = await page(client, "/admin/members?q=P3")  # the class's families
    assert "Anna De Smet" in families and "Sophie" not in families
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

    listing = await page(client, "/admin/classes")
    revoke = f"/admin/invites/{created.id}/revoke"
    assert f'<a href="{revoke}">Revoke…</a>' in listing  # one click does not revoke
    assert f'action="{revoke}"' not in listing
    confirm = await page(client, revoke)
    assert f"Revoke the code {created.code}?" in confirm
    assert "every printed sheet, QR code and link that carries it stops working" in confirm
    assert "<dt>Class</dt><dd>P2</dd>" in confirm and "<dd>0 / 1</dd>" in confirm
    expires = format_date("en", created.expires_at, "Europe/Brussels")  # the school's day
    assert f"<dd>{expires}</dd>" in confirm and f"<td>{expires}</td>" in listing
    unsure = await submit(client, revoke)
    assert unsure.status == 400
    assert 'id="e-confirm">Tick the box to confirm.' in await unsure.text()
    assert not (await invites(app))[-1].revoked

    done = await submit(client, revoke, {"confirm": "on"})
    assert done.url.path == "/admin/classes"
    assert f"Code {created.code} revoked: it no longer works." in await done.text()
    tom = app.person(320, "Tom", "en")
    assert "I do not know this invite code" in await tom.says(f"/start {created.code}")
    assert (await invites(app))[-1].revoked
    again = await submit(client, revoke, {"confirm": "on"})  # a second tab, a double submit
    assert again.status == 409
    assert f"Code {created.code} is already revoked: nothing changed." in await again.text()
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
    await submit(client, "/admin/invites/per-class")  # again: no second code per class
    parent_codes = [i for i in await invites(app) if i.role == "parent" and not i.revoked]
    assert len(parent_codes) == 1 + 9  # the school's code, then one per class
    async with app.sessions() as session:
        ending = int((await session.scalar(select(School))).school_year.split("-")[1])
    # Pinned at the gate in September, they work the whole school year.
    assert {i.expires_at.replace(tzinfo=None) for i in parent_codes[1:]} == {
        datetime(ending, 9, 1)}
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


async def test_the_bots_addresses_as_people_write_them_still_lead_to_the_bots(admin) -> None:
    """TELEGRAM_BOT_USERNAME is "the bot's @username"; a Belgian number is often written
    0032…: t.me/@… and wa.me/0032… lead nowhere."""
    links = InviteLinks(" @SchoolHubEvereBot ", "0032 470 00 00 00")
    assert links.for_code("ABCD2345") == [
        ("Telegram", "https://t.me/SchoolHubEvereBot?start=ABCD2345"),
        ("WhatsApp", "https://wa.me/32470000000?text=ABCD2345")]


def test_a_whatsapp_number_with_letters_is_refused_at_start_up(monkeypatch) -> None:
    """WHATSAPP_DISPLAY_NUMBER's letters were dropped from the wa.me link, which led to
    someone else's number; brackets and the trunk 0 in them still read as meant, as a
    phone typed in the chat is (a digit missing is refused as there, not linked to)."""
    for written in ("+32 4 70 ABC", "+32 470 12 34 56 ext. 2", "O470 12 34 56",
                    "+32 470 00 00 0"):
        monkeypatch.setenv("WHATSAPP_DISPLAY_NUMBER", written)
        with pytest.raises(ValidationError, match="WHATSAPP_DISPLAY_NUMBER must be"):
            Settings(_env_file=None)
    for written in ("+32 (0)470/00.00-00", "0032 (0)470 00 00 00", "(+32) 470 00 00 00",
                    "(+32) (0)470 00 00 00", "+32  (0)470 00 00 00"):
        monkeypatch.setenv("WHATSAPP_DISPLAY_NUMBER", written)
        assert Settings(_env_file=None).invite_links.for_code("ABCD2345")[-1] == (
            "WhatsApp", "https://wa.me/32470000000?text=ABCD2345"), written


def test_a_whatsapp_number_with_its_area_code_in_brackets_still_starts(monkeypatch) -> None:
    """The settings took "+1 (555) 123-4567" (a number from abroad, written as at home)
    before the number was read as a typed phone, which refuses any other bracket than
    "(0)": start-up stopped. An area code's brackets go, a trunk 0 in them after a
    country code too."""
    for written, digits in (("+1 (555) 123-4567", "15551234567"),
                            ("+49 (030) 1234567", "49301234567"),
                            ("(02) 123 45 67", "3221234567")):
        monkeypatch.setenv("WHATSAPP_DISPLAY_NUMBER", written)
        assert Settings(_env_file=None).invite_links.for_code("ABCD2345")[-1] == (
            "WhatsApp", f"https://wa.me/{digits}?text=ABCD2345"), written


def test_a_whatsapp_number_written_the_belgian_way_leads_to_the_bot() -> None:
    """wa.me takes the international number only: "0470 …" (typed locally) and "+32 0470
    …" (the local 0 kept) are read as typed phones are (core.members.validation), not
    sent to wa.me/0470… or wa.me/320470…, which reach nobody."""
    for written in ("0470 00 00 00", "+32 0470 00 00 00", "0032 0470 00 00 00"):
        assert InviteLinks(None, written).for_code("ABCD2345") == [
            ("WhatsApp", "https://wa.me/32470000000?text=ABCD2345")], written



async def test_another_schools_invites_cannot_be_revoked(admin) -> None:
    app, client = admin
    other = await app.school("Autre école")
    async with app.sessions() as session:
        theirs = await session.scalar(select(Invite).where(Invite.school_id == other.id))
    assert (await client.get(f"/admin/invites/{theirs.id}/revoke")).status == 404
    response = await submit(client, f"/admin/invites/{theirs.id}/revoke", {"confirm": "on"})
    assert response.status == 404
    assert theirs.code not in await page(client, "/admin/classes")
    zoe = app.person(330, "Zoé", "fr")
    assert "Zoé" in await register(zoe, other.parent_code, language="Français", first="Zoé")


async def test_a_new_school_year_moves_children_up_and_tells_each_family(admin) -> None:
    app, client = admin
    listing = await page(client, "/admin/classes")
    assert "Possible from 15 July 2027." in listing  # the school year 2026-2027 is running
    early = await submit(client, "/admin/classes/next-year", {"confirm": "on"})
    assert early.status == 409
    assert "can be started from 15 July" in await early.text()

    await last_summer(app)  # the school still runs 2025-2026: Léa in P3, Tom in P6
    assert "Possible from" not in await page(client, "/admin/classes")
    unsure = await submit(client, "/admin/classes/next-year")  # box not ticked
    assert unsure.status == 400
    assert 'id="e-confirm">Tick the box to confirm.' in await unsure.text()
    started = await submit(client, "/admin/classes/next-year", {"confirm": "on"})
    assert ("The school year 2026-2027 has started: 1 child moved up, 1 finished primary "
            "school.") in await started.text()
    again = await submit(client, "/admin/classes/next-year", {"confirm": "on"})  # double tap
    assert again.status == 409  # the next one is a year away

    async with app.sessions() as session:
        school = await session.get_one(School, (await member_named(app, "Anna")).school_id)
        classes = {k.id: (k.code, k.school_year) for k in await session.scalars(
            select(SchoolClass))}
        children = {c.first_name: classes[c.class_id] for c in await session.scalars(
            select(Child))}
        rep = await session.scalar(select(Role).where(Role.kind == RoleKind.CLASS_REP))
        p3_code = await session.scalar(select(Invite).where(Invite.class_id.is_not(None)))
        audit = await session.scalar(select(AuditEntry).where(
            AuditEntry.action == "new-school-year"))
        followed = dict(list(await session.execute(
            select(Event.title, EventClass.class_id).join(EventClass)))
            + list(await session.execute(
                select(GroupOrder.title, OrderClass.class_id).join(OrderClass)))
            + list(await session.execute(select(ClassGroup.title, ClassGroup.class_id))))
        followed = {title: classes[class_id] for title, class_id in followed.items()}
    assert school.school_year == "2026-2027"
    assert children == {"Léa": ("P4", "2026-2027")}  # Tom finished primary school
    assert classes[rep.class_id] == ("P4", "2026-2027")  # Anna still represents Léa's class
    assert classes[p3_code.class_id] == ("P3", "2026-2027")  # a P3 code stays a P3 code
    assert audit.after == {"school_year": "2026-2027", "moved": 1, "left": 1, "placed": 0}
    assert followed == {"Swimming": ("P4", "2026-2027"), "Zoo trip": ("P3", "2025-2026"),
                        "T-shirts": ("P4", "2026-2027"), "P3 parents": ("P4", "2026-2027")}

    await app.deliver()
    anna = app.person(110, "Anna", "en")
    news = [message.text for message in anna.inbox if message.text.startswith(("🎒", "🎓"))]
    assert news == ["🎒 New school year 2026-2027: Léa is now in P4. A mistake? Change it "
                    "with /children.",
                    "🎓 New school year 2026-2027: Tom has finished primary school and no "
                    "longer appears in your profile. Congratulations!"]
    children_page = await anna.says("/children")
    assert "• Léa – P4" in children_page and "Tom" not in children_page


async def test_a_new_school_year_tells_each_rep_which_class_they_now_represent(admin) -> None:
    """A rep with no child in the class heard nothing and found another class in their
    /myclass; P6's rep stayed rep of a class that had left, told to share the invite code
    with it."""
    app, client = admin
    await last_summer(app)  # Anna, rep of P3 (Léa's class); now also of P6 (Tom's)
    async with unit_of_work(app.sessions) as uow:
        anna = await uow.session.scalar(select(Member).where(Member.first_name == "Anna"))
        p6 = await uow.session.scalar(select(SchoolClass).where(SchoolClass.code == "P6"))
        uow.session.add(Role(school_id=anna.school_id, member_id=anna.id,
                             kind=RoleKind.CLASS_REP, class_id=p6.id))
    await submit(client, "/admin/classes/next-year", {"confirm": "on"})
    await app.deliver()
    anna = app.person(110, "Anna", "en")
    news = [message.text for message in anna.inbox if message.text.startswith("🧑‍🏫")]
    assert news == [
        "🧑‍🏫 New school year 2026-2027: your class P3 is now P4, and you remain its class "
        "rep. /myclass lists its families.",
        "🧑‍🏫 New school year 2026-2027: your class P6 has finished primary school, so you "
        "are no longer its class rep. Thank you! If you represent a class this year, ask the "
        "school to make you its rep."]
    assert (await anna.says("/myclass")).startswith("👥 P4: 1 family, 1 child\n")
    assert "P6" not in anna.said  # not "P6: no family has joined yet"


async def test_p6_reps_lose_the_reps_commands_from_their_telegram_menu(
        telegram_admin) -> None:
    app, client, bot_api = telegram_admin
    await last_summer(app)
    async with unit_of_work(app.sessions) as uow:
        anna = await uow.session.scalar(select(Member).where(Member.first_name == "Anna"))
        p6 = await uow.session.scalar(select(SchoolClass).where(SchoolClass.code == "P6"))
        await uow.session.execute(delete(Role).where(Role.kind == RoleKind.CLASS_REP))
        chat = int(await uow.session.scalar(select(Identity.external_id).where(
            Identity.member_id == anna.id)))
    await submit(client, f"/admin/members/{anna.id}/roles",  # Anna: rep of P6 only
                 {"kind": "class_rep", "class_id": str(p6.id)})
    assert "myclass" in bot_api.chat_menu(chat)
    await submit(client, "/admin/classes/next-year", {"confirm": "on"})
    assert "myclass" not in bot_api.chat_menu(chat)
    assert "balance" in bot_api.chat_menu(chat)


async def last_summer(app) -> None:
    """The school as it was in July 2026: the year 2025-2026, Anna (approved) with Léa in
    P3 and Tom in P6, Anna class rep of P3, a parent code for P3."""
    async with unit_of_work(app.sessions) as uow:
        anna = await uow.session.scalar(select(Member).where(Member.first_name == "Anna"))
        anna.status = MemberStatus.ACTIVE
        school = await uow.session.get_one(School, anna.school_id)
        school.school_year = "2025-2026"
        await uow.session.execute(update(SchoolClass).values(school_year="2025-2026"))
        p3, p6 = [await uow.session.scalar(select(SchoolClass).where(SchoolClass.code == code))
                  for code in ("P3", "P6")]
        tom = Child(school_id=school.id, first_name="Tom", class_id=p6.id)
        uow.session.add(tom)
        await uow.session.flush()
        uow.session.add_all([MemberChild(member_id=anna.id, child_id=tom.id),
                             Role(school_id=school.id, member_id=anna.id,
                                  kind=RoleKind.CLASS_REP, class_id=p3.id)])
        await create_invite(uow.session, school.id, role=RoleKind.PARENT, class_code="P3")
        # What P3's families have: their group chat, an event to come, one past, an order.
        soon, past = (Event(school_id=school.id, title=title, created_by=anna.id,
                            starts_at=utcnow() + timedelta(days=days))
                      for title, days in (("Swimming", 10), ("Zoo trip", -10)))
        order = GroupOrder(school_id=school.id, organiser_id=anna.id, title="T-shirts",
                           min_quantity=1, deadline=utcnow() + timedelta(days=5))
        uow.session.add_all([soon, past, order])
        await uow.session.flush()
        uow.session.add_all([EventClass(event_id=soon.id, class_id=p3.id),
                             EventClass(event_id=past.id, class_id=p3.id),
                             OrderClass(order_id=order.id, class_id=p3.id),
                             ClassGroup(school_id=school.id, class_id=p3.id, channel="telegram",
                                        chat_id="-1001", title="P3 parents",
                                        linked_by=anna.id)])
