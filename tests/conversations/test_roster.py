"""/myclass, as transcripts: a class rep sees the families of their class, each family
once with its children of the class."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time

import time_machine
from sqlalchemy import select

from bot.scheduler import remind_new_school_year
from core.db import unit_of_work
from core.members.invite_links import qr_png
from core.members.invites import codes_per_class, create_invite
from core.models import Child, Invite, SchoolClass
from core.schools import get_school
from core.schools.year import start_next_year
from handlers.keyboards import MenuCb
from handlers.roster import RosterCb
from tests.support.flows import (
    admin_of,
    another_family,
    class_ids,
    families,
    register,
    rep_of,
    second_parent,
    up_to_the_children,
)
from tests.support.harness import App


async def test_a_rep_sees_each_family_of_the_class_once(app: App) -> None:
    anna, _, school_id = await families(app)  # Anna: Léa in P3; Jan: Noor in L3 (= P3)
    await second_parent(app, anna)
    await another_family(app, school_id, 411, "Eva", (("Zoé", "P2"),))
    tom = await rep_of(app, school_id)

    assert await tom.says("/myclass") == (
        "👥 P3: 2 families, 2 children\n"
        "• Anna De Smet & Marc Dubois — Léa\n"  # not Marc's phone: see the privacy notice
        "• Jan Peeters — Noor\n"
        "[1] 📨 Invite families")

    await tom.says("/menu")
    await tom.taps("🧑‍🏫 Organise")
    assert await tom.taps("👥 My class") == await tom.says("/myclass")


async def test_a_rep_of_several_classes_gets_one_list_a_class(app: App) -> None:
    anna, _, school_id = await families(app)
    await another_family(app, school_id, 411, "Eva", (("Zoé", "P2"), ("Hugo", "P3")))
    tom = await rep_of(app, school_id, "P3", "P2", "M1")
    invite = "[1] 📨 Invite families"  # under each class: its own code (see below)
    assert await tom.says("/myclass") == (
        "👥 M1: no family has joined yet. Tap 📨 Invite families for a message to share "
        f"with the class.\n{invite}\n"
        "👥 P2: 1 family, 1 child\n"
        f"• Eva Martin — Zoé\n{invite}\n"
        "👥 P3: 3 families, 3 children\n"
        "• Anna De Smet — Léa\n"
        "• Eva Martin — Hugo\n"
        f"• Jan Peeters — Noor\n{invite}")


async def test_parents_and_admins_are_told_where_the_lists_are(app: App) -> None:
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    told = ("Only a class rep sees the families of their class here. The school's "
            "administrators find every class in the web panel (/panel).")
    assert await anna.says("/myclass") == told
    assert await sophie.says("/myclass") == told
    assert await anna.forges(MenuCb(item="myclass").pack()) == told
    assert "Alleen een klasafgevaardigde" in await jan.says("/myclass")


async def parent_codes(app: App, class_id: int) -> list[str]:
    """The class's parent codes (Tom's own rep code for P3 is not one, and is never shown)."""
    async with app.sessions() as session:
        return list(await session.scalars(select(Invite.code).where(
            Invite.class_id == class_id, Invite.role == "parent")))


async def test_a_rep_gets_a_message_to_forward_to_the_class_group(app: App) -> None:
    app.settings.telegram_bot_username = "EcoleTestBot"  # as in production: the bots'
    app.settings.whatsapp_display_number = "+32 470 00 00 00"  # addresses are set
    await app.restart()
    _, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await tom.says("/myclass")
    post, told, *photos = await tom.taps("📨 Invite families") and tom.replies
    code = re.search(r"code (\w{8}) ", post.text).group(1)
    telegram = f"https://t.me/EcoleTestBot?start={code}"
    whatsapp = f"https://wa.me/32470000000?text={code}"
    assert post.text == (  # French and Dutch for a Brussels class, a line of English
        "🏫 École Test\n\n"
        "Le SchoolHub de la classe P3 est ouvert ! Les familles y reçoivent les annonces, les "
        "événements et les achats groupés de l'école. Pour vous inscrire, touchez un lien "
        f"ci-dessous, ou envoyez le code {code} au bot. Valable jusqu'au mar. 31 août 2027.\n\n"
        "De SchoolHub van klas L3 is open! Je krijgt er de mededelingen, activiteiten en "
        "groepsaankopen van de school. Om je in te schrijven, tik je op een link hieronder, "
        f"of stuur je de code {code} naar de bot. Geldig tot di 31 aug 2027.\n\n"
        f"Class P3 is on SchoolHub! To join, tap a link below, or send the code {code} to the "
        "bot. Valid until Tue 31 Aug 2027.\n\n"
        f"👉 Telegram : {telegram}\n"
        f"👉 WhatsApp : {whatsapp}")
    assert told.text == (  # in Tom's language
        "⬆️ Forward this message to the P3 parents' group: its code and links let the class's "
        "families join SchoolHub. At the school gate, show them the QR code below from your "
        "phone. Valid until Tue 31 Aug 2027.")
    assert [(photo.is_photo, photo.text, photo.document_bytes) for photo in photos] == [
        (True, f"Scan to join SchoolHub on Telegram — P3, code {code}", qr_png(telegram)),
        (True, f"Scan to join SchoolHub on WhatsApp — P3, code {code}", qr_png(whatsapp))]

    # A family of the group sends the code: it is the class's parent code.
    eva = app.person(411, "Eva", "fr")
    await register(eva, code, language="Français", first="Eva", last="Martin",
                   children=(("Zoé", "P3"),))
    assert "👥 P3: 3 families, 3 children" in await tom.says("/myclass")
    # Tapped again (or by a co-rep): the same code, not one more.
    assert f"code {code} " in await tom.taps("📨 Invite families")
    assert await parent_codes(app, (await class_ids(app, school_id))["P3"]) == [code]


async def test_without_the_bots_addresses_the_code_says_how_to_use_it(app: App) -> None:
    _, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await tom.says("/myclass")
    said = await tom.taps("📨 Invite families")
    code = re.search(r"code (\w{8}) ", said).group(1)
    assert (f"Pour vous inscrire, envoyez le code {code} au bot SchoolHub de l'école. "
            "Valable jusqu'au mar. 31 août 2027.") in said
    assert f"stuur je de code {code} naar de SchoolHub-bot van de school." in said
    assert "👉" not in said and not any(reply.is_photo for reply in tom.replies)
    assert said.endswith("⬆️ Forward this message to the P3 parents' group: its code lets the "
                         "class's families join SchoolHub. Valid until Tue 31 Aug 2027.")
    assert "Welkom bij École Test" in await app.person(412, "Lotte", "nl").says(code)


async def test_only_a_rep_of_the_class_gets_its_code(app: App) -> None:
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    tom = await rep_of(app, school_id, "P2")
    p3 = (await class_ids(app, school_id))["P3"]
    forged = RosterCb(action="invite", class_id=p3).pack()
    refused = ("Only a class rep of this class can invite its families here. The school's "
               "administrators print the invite codes from the web panel (/panel).")
    assert await tom.forges(forged) == refused  # a rep of another class
    assert await anna.forges(forged) == refused
    assert await sophie.forges(forged) == refused  # her codes are in the panel
    assert "Alleen een klasafgevaardigde van deze klas" in await jan.forges(forged)
    stranger = app.person(499, "Sam", "en")
    await stranger.says("hello")
    assert "not registered" in await stranger.forges(forged)
    assert await parent_codes(app, p3) == []  # no code was made, none was shown


async def test_a_code_kept_for_one_family_is_not_sent_to_the_whole_class(app: App) -> None:
    _, _, school_id = await families(app)
    p3 = (await class_ids(app, school_id))["P3"]
    async with unit_of_work(app.sessions) as uow:  # the school's, for one late family
        single = (await create_invite(uow.session, school_id, class_code="P3",
                                      max_uses=1)).code
        week = (await create_invite(uow.session, school_id, class_code="P3",
                                    valid_days=7)).code  # a week's code, for an event
    tom = await rep_of(app, school_id)
    await tom.says("/myclass")
    said = await tom.taps("📨 Invite families")
    code = re.search(r"code (\w{8}) ", said).group(1)
    assert code not in (single, week)  # a group of 20 families would use them up
    assert "Valid until Tue 31 Aug 2027." in said
    assert sorted(await parent_codes(app, p3)) == sorted([single, week, code])


async def test_after_31_august_a_rep_is_not_given_a_dead_code(app: App) -> None:
    """The school year 2026-2027 has ended, and the school has not started the next one
    yet: a code ending on 31 August 2027 would be dead before it is forwarded."""
    _, _, school_id = await families(app)
    p3 = (await class_ids(app, school_id))["P3"]
    tom = await rep_of(app, school_id)
    await tom.says("/myclass")
    with time_machine.travel(datetime(2027, 9, 2, 7, tzinfo=UTC), tick=False):
        assert await tom.taps("📨 Invite families") == (
            "The school year 2026-2027 is over: new invite codes can be made once the "
            "school has started 2027-2028 in its web panel.")
    assert await parent_codes(app, p3) == []  # no code was made


async def test_a_rep_moved_up_in_july_gets_a_code_for_the_new_year(app: App) -> None:
    """The school started 2027-2028 on 20 July: P4's code of last year (ending on 31
    August 2027) is now the new P4's, and would die as the new year begins."""
    _, _, school_id = await families(app)
    async with unit_of_work(app.sessions) as uow:  # the panel's one code per class
        await codes_per_class(uow.session, await get_school(uow.session, school_id))
    tom = await rep_of(app, school_id)  # of P3, which becomes P4
    with time_machine.travel(datetime(2027, 7, 20, 8, tzinfo=UTC), tick=False):
        async with unit_of_work(app.sessions) as uow:
            await start_next_year(uow.session, await get_school(uow.session, school_id),
                                  date(2027, 7, 20))
        assert (await tom.says("/myclass")).startswith("👥 P4: 2 families, 2 children\n")
        said = await tom.taps("📨 Invite families")
    assert said.endswith("Valid until Thu 31 Aug 2028.")
    assert "31 Aug 2027" not in said


async def start_the_year(app: App, school_id: int, today: date) -> None:
    """The admin presses "Start 2027-2028" in the panel (core/schools/year.py)."""
    async with unit_of_work(app.sessions) as uow:
        await start_next_year(uow.session, await get_school(uow.session, school_id), today)


def news_of(person) -> list[str]:
    return [message.text for message in person.inbox if message.text.startswith("🎒")]


async def test_a_family_registering_in_september_stays_in_the_class_it_gave(app: App) -> None:
    """3 September 2027: the school has not started 2027-2028 in its panel yet, and Eva
    says Zoé is in P3 — this September's P3. Once the year is started Zoé is in the new
    P3 (she was put in last year's P3 row, and went up to P4 with Léa), and Eva is told
    nothing about a P4."""
    anna, _, school_id = await families(app)  # Léa in last year's P3: she goes up
    async with unit_of_work(app.sessions) as uow:  # a code the school made without an end
        code = (await create_invite(uow.session, school_id, valid_days=None)).code
    tom = await rep_of(app, school_id)  # of P3, which becomes P4
    eva = app.person(411, "Eva", "en")
    with time_machine.travel(datetime(2027, 9, 3, 8, tzinfo=UTC), tick=False):
        await eva.says(f"/start {code}")
        await up_to_the_children(eva, first="Eva", last="Martin")
        assert (await eva.says("Zoé")).startswith(
            "Which class is Zoé in this September (school year 2027-2028)?")
        await eva.taps("P3")
        assert "• Zoé – P3 (school year 2027-2028)" in await eva.taps("Continue")
        assert "You are now registered" in await eva.taps("✅")

        await start_the_year(app, school_id, date(2027, 9, 3))
        await app.parents_wrote_recently()
        await app.deliver()
        assert news_of(eva) == ["🎒 New school year 2027-2028: Zoé is in P3, the class you "
                                "gave for this year. A mistake? Change it with /children."]
        assert news_of(anna) == ["🎒 New school year 2027-2028: Léa is now in P4. A mistake? "
                                 "Change it with /children."]
        assert "• Zoé – P3\n" in await eva.says("/children")
        assert "school year" not in eva.said  # the year has started: P3 is now P3
        assert (await tom.says("/myclass")).startswith(
            "👥 P4: 2 families, 2 children\n"
            "• Anna De Smet — Léa\n"
            "• Jan Peeters — Noor\n")
    async with app.sessions() as session:
        classes = {k.id: (k.code, k.school_year) for k in await session.scalars(
            select(SchoolClass))}
        children = {c.first_name: (classes[c.class_id], c.placed_for)
                    for c in await session.scalars(select(Child))}
    assert children == {"Léa": (("P4", "2027-2028"), None), "Noor": (("P4", "2027-2028"), None),
                        "Zoé": (("P3", "2027-2028"), None)}


async def test_a_class_given_with_children_in_september_is_this_septembers(app: App) -> None:
    """Léa skipped a year: in September, before the school starts 2027-2028, Anna puts
    her in P5 and adds Hugo, new in M1. The new year leaves them there (not P6 and M2);
    Marc is told which year the class is for."""
    anna, _, school_id = await families(app)
    marc = await second_parent(app, anna)
    with time_machine.travel(datetime(2027, 9, 6, 8, tzinfo=UTC), tick=False):
        await anna.says("/children")
        assert (await anna.taps("🔀 Léa: class")).startswith(
            "Which class is your child in this September (school year 2027-2028)?")
        assert "✅ Léa is in P5 for the school year 2027-2028." in await anna.taps("P5")
        await anna.says("/children")
        await anna.taps("➕ Add a child")
        assert (await anna.says("Hugo")).startswith(
            "Which class is Hugo in this September (school year 2027-2028)?")
        assert ("• Léa – P5 (school year 2027-2028)\n• Hugo – M1 (school year 2027-2028)"
                in await anna.taps("M1"))
        await app.parents_wrote_recently()
        await app.deliver()
        assert marc.last.text == ("🔀 Anna De Smet put Léa in P5 for the school year "
                                  "2027-2028. A mistake? Change it with /children.")

        await start_the_year(app, school_id, date(2027, 9, 6))
        await app.parents_wrote_recently()
        await app.deliver()
        assert news_of(anna) == [
            "🎒 New school year 2027-2028: Hugo is in M1, the class you gave for this year. "
            "A mistake? Change it with /children.",
            "🎒 New school year 2027-2028: Léa is in P5, the class you gave for this year. "
            "A mistake? Change it with /children."]
        assert "Your children:\n• Léa – P5\n• Hugo – M1\n" in await marc.says("/children")


async def test_in_september_the_admins_are_reminded_once_to_start_the_new_year(
        app: App) -> None:
    """At half past midnight on 1 September 2027, school time, the school is still in
    2026-2027: its admin is reminded once, in her language, after the quiet hours; the
    families are not; a started year is not reminded of."""
    _, _, school_id = await families(app)
    sophie = await admin_of(app, school_id, "Français")
    async with unit_of_work(app.sessions) as uow:  # the school's quiet hours: 21:00-08:00
        (await get_school(uow.session, school_id)).quiet_end = time(8, 0)
    await app.deliver()
    with time_machine.travel(datetime(2027, 8, 31, 21, tzinfo=UTC), tick=False):  # 23:00
        assert await remind_new_school_year(app.sessions) == 0
    with time_machine.travel(datetime(2027, 8, 31, 22, 30, tzinfo=UTC), tick=False):
        assert await remind_new_school_year(app.sessions) == 1
        assert await app.deliver() == 0  # 00:30: the quiet hours
    with time_machine.travel(datetime(2027, 9, 1, 6, 5, tzinfo=UTC), tick=False):  # 08:05
        await app.parents_wrote_recently()
        await remind_new_school_year(app.sessions)  # the next hour: the same reminder
        assert await app.deliver() == 1
        assert sophie.last.text == (
            "📅 Septembre est là, et l'année scolaire 2027-2028 n'est pas encore commencée : "
            "tant qu'un administrateur ne la commence pas dans le panneau web (/panel → "
            "Classes), les classes, leurs délégués et leurs annonces restent ceux de "
            "2026-2027, et aucun nouveau code d'invitation ne peut être créé. La commencer "
            "fait monter chaque enfant d'une classe (sauf ceux dont la famille a déjà indiqué "
            "la classe de septembre), retire ceux qui quittent la P6, et les délégués, "
            "groupes de classe, événements à venir et commandes ouvertes suivent leurs "
            "familles ; chaque famille et chaque délégué est prévenu.")
        await start_the_year(app, school_id, date(2027, 9, 1))
        assert await remind_new_school_year(app.sessions) == 0


async def test_a_reminder_not_gone_when_the_year_is_started_goes_no_more(app: App) -> None:
    """The reminder queued at half past midnight waits for the end of the quiet hours;
    at 07:00 the admin starts the year from the panel: at 08:00 she is not told that it
    is not started."""
    _, _, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    async with unit_of_work(app.sessions) as uow:  # the school's quiet hours: 21:00-08:00
        (await get_school(uow.session, school_id)).quiet_end = time(8, 0)
    await app.deliver()
    with time_machine.travel(datetime(2027, 8, 31, 22, 30, tzinfo=UTC), tick=False):
        assert await remind_new_school_year(app.sessions) == 1
    with time_machine.travel(datetime(2027, 9, 1, 5, tzinfo=UTC), tick=False):  # 07:00
        await start_the_year(app, school_id, date(2027, 9, 1))
    with time_machine.travel(datetime(2027, 9, 1, 6, 5, tzinfo=UTC), tick=False):  # 08:05
        await app.parents_wrote_recently()
        await app.deliver()
    assert not [m for m in sophie.inbox if m.text.startswith("📅")]
