"""The members pages: a member's card, roles, deactivation, sorting, and refusals."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select

from core.db import unit_of_work
from core.members import roles
from core.models import (
    AuditEntry,
    Child,
    Identity,
    Member,
    MemberChild,
    MemberStatus,
    Role,
    SchoolClass,
)
from core.sel.ledger import school_sum
from tests.support.flows import register
from tests.support.panel import member_named, page, submit


async def test_a_members_card_shows_children_apps_account_and_roles(admin) -> None:
    app, client = admin
    sophie = await member_named(app, "Sophie")
    card = await page(client, f"/admin/members/{sophie.id}")
    assert "Sophie" in card and "Administrator" in card and "Parent" in card
    assert "SEL balance" in card
    assert ">120 units (2 h 00)</a>" in card  # as the chat says it, hours included
    assert "<dd>English</dd>" in card  # her language, not "en"


async def test_a_childs_other_parent_is_named_with_a_link(admin) -> None:
    app, client = admin
    anna, sophie = await member_named(app, "Anna"), await member_named(app, "Sophie")
    assert "Also parent of these children" not in await page(client,
                                                             f"/admin/members/{anna.id}")
    async with unit_of_work(app.sessions) as uow:  # as /family does
        child_id = await uow.session.scalar(select(MemberChild.child_id).where(
            MemberChild.member_id == anna.id))
        uow.session.add(MemberChild(member_id=sophie.id, child_id=child_id))
    card = await page(client, f"/admin/members/{anna.id}")
    assert (f'Also parent of these children: <a href="/admin/members/{sophie.id}">'
            f"{sophie.full_name}</a>") in card


async def test_chat_apps_have_their_names_in_the_admins_language(admin) -> None:
    app, client = admin
    sophie = await member_named(app, "Sophie")
    async with unit_of_work(app.sessions) as uow:
        await uow.session.execute(delete(Identity).where(Identity.member_id == sophie.id))
        uow.session.add_all(Identity(member_id=sophie.id, channel=channel, external_id="200")
                            for channel in ("telegram", "whatsapp", "console"))
    card = await page(client, f"/admin/members/{sophie.id}")
    for name in ("Telegram", "WhatsApp", "Local console (tests and demo)"):
        assert f"<li>{name}</li>" in card, name
    assert ">console<" not in card and ">telegram<" not in card
    french = await page(client, f"/admin/members/{sophie.id}?lang=fr")
    assert "<li>Console locale (essais et démo)</li>" in french
    assert ">120 unités (2 h 00)</a>" in french


async def test_joined_is_the_schools_day_not_the_utc_one(admin) -> None:
    """Anna registered at 00:30 in Brussels on 2 March: 23:30 UTC on 1 March."""
    app, client = admin
    anna = await member_named(app, "Anna")
    async with unit_of_work(app.sessions) as uow:
        (await uow.session.get_one(Member, anna.id)).created_at = datetime(
            2025, 3, 1, 23, 30, tzinfo=UTC)
    for path in (f"/admin/members/{anna.id}", "/admin/members"):
        shown = await page(client, path)
        assert "Sun 2 Mar 2025" in shown and "01/03/2025" not in shown, path
    assert "dim. 2 mars 2025" in await page(client, f"/admin/members/{anna.id}?lang=fr")


async def test_the_list_is_in_order_of_last_name_then_first_name(admin) -> None:
    app, client = admin
    school_id = (await member_named(app, "Sophie")).school_id
    async with unit_of_work(app.sessions) as uow:  # added in an order the list must not keep
        uow.session.add_all(Member(school_id=school_id, first_name=first, last_name=last,
                                   locale="fr")
                            for first, last in (("Zoé", "Peeters"), ("adam", "peeters"),
                                                ("Marie", "Peeters"), ("Bruno", "Aerts"),
                                                ("Chloé", "Évrard")))
    listing = await page(client, "/admin/members?status=active")
    names = ["Bruno Aerts", "Chloé Évrard", "Sophie Lambert", "adam peeters", "Marie Peeters",
             "Zoé Peeters"]  # "É" is an E, not a letter after Z
    assert sorted(names, key=listing.index) == names
    backwards = await page(client, "/admin/members?status=active&sort=name&dir=desc")
    assert sorted(names, key=backwards.index) == names[::-1]


async def test_an_admin_makes_a_parent_class_rep_then_removes_the_role(admin) -> None:
    app, client = admin
    anna = await member_named(app, "Anna")
    await submit(client, f"/admin/members/{anna.id}/approve")
    async with app.sessions() as session:
        p3 = await session.scalar(select(SchoolClass.id).where(
            SchoolClass.school_id == anna.school_id, SchoolClass.code == "P3"))
    response = await submit(client, f"/admin/members/{anna.id}/roles",
                            {"kind": "class_rep", "class_id": str(p3)})
    card = await response.text()
    assert "Class rep — P3" in card and "✅ Role given to" in card
    async with app.sessions() as session:
        role = await session.scalar(select(Role).where(Role.member_id == anna.id,
                                                       Role.kind == "class_rep"))
        assert role.class_id == p3
    again = await submit(client, f"/admin/members/{anna.id}/roles",
                         {"kind": "class_rep", "class_id": str(p3)})
    assert again.status == 200  # a double submit changes nothing
    async with app.sessions() as session:
        assert len(list(await session.scalars(select(Role).where(
            Role.member_id == anna.id, Role.kind == "class_rep")))) == 1
    missing = await submit(client, f"/admin/members/{anna.id}/roles", {"kind": "class_rep"})
    assert missing.status == 409
    assert "Choose the class this rep represents." in await missing.text()

    revoked = await (await submit(client, f"/admin/members/{anna.id}/roles/{role.id}/revoke")
                     ).text()
    assert "Role taken back from Anna De Smet." in revoked and "Class rep — P3" not in revoked
    async with app.sessions() as session:
        actions = list(await session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["grant-role", "revoke-role"]


async def test_a_reps_telegram_menu_follows_the_roles_given_and_taken_in_the_panel(
        telegram_admin) -> None:
    app, client, bot_api = telegram_admin
    anna = await member_named(app, "Anna")
    await submit(client, f"/admin/members/{anna.id}/approve")
    async with app.sessions() as session:
        chat = int(await session.scalar(select(Identity.external_id).where(
            Identity.member_id == anna.id)))
        p3 = await session.scalar(select(SchoolClass.id).where(
            SchoolClass.school_id == anna.school_id, SchoolClass.code == "P3"))
    await submit(client, f"/admin/members/{anna.id}/roles",
                 {"kind": "class_rep", "class_id": str(p3)})
    assert {"announce", "myclass", "balance"} <= bot_api.chat_menu(chat)
    async with app.sessions() as session:
        role = await session.scalar(select(Role.id).where(
            Role.member_id == anna.id, Role.kind == "class_rep"))
    await submit(client, f"/admin/members/{anna.id}/roles/{role}/revoke")
    menu = bot_api.chat_menu(chat)
    assert "announce" not in menu and "balance" in menu


async def test_a_pending_parent_is_decided_from_their_page_before_any_role(admin) -> None:
    app, client = admin
    anna = await member_named(app, "Anna")
    card_path = f"/admin/members/{anna.id}"
    card = await page(client, card_path)
    assert "This parent is waiting for your approval." in card
    assert f'action="/admin/members/{anna.id}/approve"' in card
    assert f'action="/admin/members/{anna.id}/roles"' not in card  # no role form yet
    forged = await submit(client, f"/admin/members/{anna.id}/roles", {"kind": "admin"},
                          headers={"Referer": str(client.make_url(card_path))})
    assert forged.status == 409
    refusal = await forged.text()
    assert "Only an active member can be given a role." in refusal
    assert f'<a href="{card_path}">← Back</a>' in refusal  # back to the form's page
    assert [r.kind for r in await roles_of(app, anna.id)] == ["parent"]

    await submit(client, f"/admin/members/{anna.id}/approve")
    card = await page(client, card_path)
    assert "waiting for your approval" not in card
    assert f'action="/admin/members/{anna.id}/roles"' in card
    await app.deliver()
    chat = app.person(110, "Anna", "en")
    assert "What would you like to do first?" in chat.last.text
    assert "📅 Events" in chat.button_labels()


async def test_an_approval_that_would_make_a_family_too_large_is_refused(admin) -> None:
    """Anna registered with Sophie's family code, then Sophie came to 12 children: with
    Anna's Léa, approving her would make a family of 13."""
    app, client = admin
    anna, sophie = await member_named(app, "Anna"), await member_named(app, "Sophie")
    async with unit_of_work(app.sessions) as uow:
        p2 = await uow.session.scalar(select(SchoolClass.id).where(
            SchoolClass.school_id == sophie.school_id, SchoolClass.code == "P2"))
        kids = [Child(school_id=sophie.school_id, first_name=f"Kid{n}", class_id=p2)
                for n in range(12)]
        uow.session.add_all(kids)
        await uow.session.flush()
        uow.session.add_all(MemberChild(member_id=sophie.id, child_id=kid.id) for kid in kids)
        uow.session.add(MemberChild(member_id=anna.id, child_id=kids[0].id))
    refused = await submit(client, f"/admin/members/{anna.id}/approve")
    assert refused.status == 409
    assert ("⚠️ Anna De Smet cannot be approved: with the children of Sophie Lambert, their "
            "family would have 13 children, and a family may have at most 12. Nothing was "
            "changed.") in await refused.text()
    assert (await member_named(app, "Anna")).status == MemberStatus.PENDING
    async with app.sessions() as session:
        assert await session.scalar(select(AuditEntry.id).where(
            AuditEntry.action == "approve")) is None


async def test_an_erased_member_cannot_be_given_a_role(admin) -> None:
    app, client = admin
    anna = await member_named(app, "Anna")
    await submit(client, f"/admin/members/{anna.id}/approve")
    erased = await submit(client, f"/admin/members/{anna.id}/erase", {"confirm": "on"})
    assert erased.status == 200
    async with app.sessions() as session:
        assert (await session.get_one(Member, anna.id)).status == MemberStatus.ERASED
    assert f'action="/admin/members/{anna.id}/roles"' not in await page(
        client, f"/admin/members/{anna.id}")
    refused = await submit(client, f"/admin/members/{anna.id}/roles", {"kind": "admin"})
    assert refused.status == 409
    assert "Only an active member can be given a role." in await refused.text()
    assert await roles_of(app, anna.id) == []  # erasure removed them; none came back


async def test_deactivation_and_the_last_admin(admin) -> None:
    app, client = admin
    sophie, anna = await member_named(app, "Sophie"), await member_named(app, "Anna")
    await submit(client, f"/admin/members/{anna.id}/approve")
    told = await (await submit(client, f"/admin/members/{anna.id}/deactivate")).text()
    assert "Anna De Smet is deactivated: no more access to the bot&#39;s features." in told
    assert (await member_named(app, "Anna")).status == MemberStatus.DEACTIVATED
    told = await (await submit(client, f"/admin/members/{anna.id}/activate")).text()
    assert "✅ Anna De Smet is active again." in told
    assert (await member_named(app, "Anna")).status == MemberStatus.ACTIVE

    refused = await submit(client, f"/admin/members/{sophie.id}/deactivate")
    assert refused.status == 409
    assert "at least one other active administrator" in await refused.text()
    admin_role = next(r for r in await roles_of(app, sophie.id) if r.kind == "admin")
    refused = await submit(client, f"/admin/members/{sophie.id}/roles/{admin_role.id}/revoke")
    assert refused.status == 409
    assert (await member_named(app, "Sophie")).status == MemberStatus.ACTIVE
    assert "admin" in {r.kind for r in await roles_of(app, sophie.id)}


async def test_another_schools_member_pages_do_not_exist(admin) -> None:
    app, client = admin
    other = await app.school("Autre école", approval=False)
    zoe = app.person(300, "Zoé", "fr")
    await register(zoe, other.parent_code, language="Français", first="Zoé", last="Autre")
    zoe_member = await member_named(app, "Zoé")
    assert (await client.get(f"/admin/members/{zoe_member.id}")).status == 404
    assert (await client.get(f"/admin/members/{zoe_member.id}/export.json")).status == 404
    refused = await submit(client, f"/admin/members/{zoe_member.id}/deactivate")
    assert refused.status == 404 and "Not found." in await refused.text()
    assert (await member_named(app, "Zoé")).status == MemberStatus.ACTIVE
    assert "Zoé" not in await (await client.get("/admin/members.csv")).text()


async def test_the_list_sorts_and_filters(admin) -> None:
    _, client = admin
    by_name = await page(client, "/admin/members?sort=name&dir=desc")
    assert by_name.index("Anna De Smet") < by_name.index("Sophie")  # pending first anyway
    pending = await page(client, "/admin/members?status=pending")
    assert "Anna De Smet" in pending and "Sophie" not in pending
    assert 'aria-sort="descending"' in by_name


async def test_the_search_takes_whole_names_children_classes_and_phones(admin) -> None:
    app, client = admin
    async with unit_of_work(app.sessions) as uow:
        anna = await uow.session.scalar(select(Member).where(Member.first_name == "Anna"))
        anna.phone = "+32470123456"  # as stored, whatever was typed

    async def found(query: str) -> str:
        return (await page(client, f"/admin/members?q={query}")).split("<tbody>")[1]

    for query in ("Anna+De+Smet", "smet+ANNA", "L%C3%A9a", "lea", "L%C3%89A", "P3", "l3",
                  "anna+p3", "0470+12+34+56", "0470%2F12.34.56", "%2B32+470+12", "lea+470123",
                  "%2B32+%280%29470+12+34+56"):
        listing = await found(query)
        assert "Anna De Smet" in listing and "Sophie" not in listing, query
    assert "Sophie Lambert" in await found("sophie+lambert")
    nobody = await found("Anna+Lambert")  # each word must match the same family
    assert "/admin/members/" not in nobody
    assert "No result for “Anna Lambert”" in nobody and "Nothing here yet." not in nobody
    assert "No result for “%”" in await found("%25")  # a wildcard is only a character
    assert "Aucun résultat pour « P4 »" in await found("P4&lang=fr")


async def roles_of(app, member_id: int) -> list[Role]:
    async with app.sessions() as session:
        return list(await session.scalars(select(Role).where(Role.member_id == member_id)))


async def test_an_admin_downloads_a_members_data(admin) -> None:
    app, client = admin
    anna = await member_named(app, "Anna")
    response = await client.get(f"/admin/members/{anna.id}/export.json")
    assert response.status == 200
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="member-{anna.id}.json"')
    document = await response.json()
    assert "Anna" in str(document) and "Léa" in str(document)
    assert "Sophie" not in str(document)
    async with app.sessions() as session:
        assert await session.scalar(select(AuditEntry).where(
            AuditEntry.action == "export", AuditEntry.subject == f"member:{anna.id}"))


async def test_erasure_from_the_panel_asks_first_then_forgets(admin) -> None:
    app, client = admin
    anna = await member_named(app, "Anna")
    await submit(client, f"/admin/members/{anna.id}/approve")
    form = await page(client, f"/admin/members/{anna.id}/erase")
    assert "Erase Anna De Smet?" in form and "SEL balance: 120 units" in form
    unconfirmed = await submit(client, f"/admin/members/{anna.id}/erase")
    assert unconfirmed.status == 400
    assert 'id="e-confirm">Tick the box to confirm.' in await unconfirmed.text()
    assert (await member_named(app, "Anna")).last_name == "De Smet"

    response = await submit(client, f"/admin/members/{anna.id}/erase", {"confirm": "on"})
    assert response.status == 200
    assert "personal data is erased; their SEL account stays" in await response.text()
    async with app.sessions() as session:
        erased = await session.get(Member, anna.id)
        assert erased.status == MemberStatus.ERASED and erased.phone is None
        assert "Anna" not in erased.full_name
        assert await school_sum(session, anna.school_id) == 0
    assert "De Smet" not in await page(client, "/admin/members")


async def test_the_last_admin_cannot_be_erased_from_the_panel(admin) -> None:
    app, client = admin
    sophie = await member_named(app, "Sophie")
    form = await page(client, f"/admin/members/{sophie.id}/erase")
    assert "at least one other active administrator" in form
    assert 'name="confirm"' not in form
    refused = await submit(client, f"/admin/members/{sophie.id}/erase", {"confirm": "on"})
    assert refused.status == 409
    assert (await member_named(app, "Sophie")).status == MemberStatus.ACTIVE


async def test_a_login_ends_with_the_admin_role(admin) -> None:
    app, client = admin
    anna = await member_named(app, "Anna")
    await submit(client, f"/admin/members/{anna.id}/approve")
    await submit(client, f"/admin/members/{anna.id}/roles", {"kind": "admin"})
    async with unit_of_work(app.sessions) as uow:  # Anna takes Sophie's admin role away
        sophie = await uow.session.scalar(select(Member).where(Member.first_name == "Sophie"))
        await uow.session.refresh(sophie, ["roles"])
        role = next(r for r in sophie.roles if r.kind == "admin")
        await roles.revoke(uow.session, sophie, role.id)
    response = await client.get("/admin/members", allow_redirects=False)
    assert (response.status, response.headers["Location"]) == (303, "/admin/login")


async def test_rejecting_a_registration_needs_the_i_am_sure_box(admin) -> None:
    """A rejection is told to the parent at once and cannot be undone: the list offers
    only a link to the member's page, whose form asks to be sure."""
    app, client = admin
    anna = await member_named(app, "Anna")
    listing = await page(client, "/admin/members")
    assert f'action="/admin/members/{anna.id}/reject"' not in listing
    assert f'href="/admin/members/{anna.id}#decide">Reject…</a>' in listing
    card = await page(client, f"/admin/members/{anna.id}")
    assert "Yes: reject the registration of Anna De Smet." in card

    unsure = await submit(client, f"/admin/members/{anna.id}/reject")
    assert unsure.status == 400 and "Tick the box to confirm." in await unsure.text()
    assert (await member_named(app, "Anna")).status == MemberStatus.PENDING
    async with app.sessions() as session:
        assert await session.scalar(select(AuditEntry.id).where(
            AuditEntry.action == "reject")) is None

    sure = await submit(client, f"/admin/members/{anna.id}/reject", {"confirm": "on"})
    assert "registration is declined" in await sure.text()
    assert (await member_named(app, "Anna")).status == MemberStatus.REJECTED


async def test_the_members_list_shows_children_phone_and_how_many_were_found(admin) -> None:
    """A search for a child finds the parent and shows the child with its class; the
    phone tells two parents of the same name apart."""
    app, client = admin
    anna = await member_named(app, "Anna")
    async with unit_of_work(app.sessions) as uow:
        (await uow.session.get_one(Member, anna.id)).phone = "+32499112233"
    everyone = await page(client, "/admin/members")
    assert "2 members" in everyone
    found = await page(client, "/admin/members?q=lea")
    assert "1 member<" in found and "Sophie" not in found
    assert "<td>Léa (P3)</td>" in found and "<td>+32499112233</td>" in found
    assert "0 members" in await page(client, "/admin/members?q=nobody")
    assert 'href="/admin/members.csv?q=lea&amp;status=&amp;sort=name&amp;dir=asc&amp;"' in found

    office = await client.get("/admin/members.csv?q=lea&lang=fr")  # as the list, every page
    assert office.headers["Content-Disposition"] == 'attachment; filename="members.csv"'
    lines = (await office.read()).decode("utf-8-sig").splitlines()
    assert lines[0] == "nom;prénom;enfants;téléphone;e-mail;langue;statut;inscrit le"
    assert lines[1].startswith("De Smet;Anna;Léa (P3);+32499112233;;en;en attente d'approbation;20")
    assert len(lines) == 2
    assert len((await (await client.get("/admin/members.csv")).text()).splitlines()) == 3
    async with app.sessions() as session:
        entry = await session.scalar(select(AuditEntry).where(
            AuditEntry.action == "export-members"))
    assert entry.after == {"count": 1}
