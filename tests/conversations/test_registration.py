"""Joining the school, as transcripts: what the parent sends, what the bot answers."""

from __future__ import annotations

from datetime import timedelta

import time_machine
from sqlalchemy import delete, func, select, update

from bot.scheduler import purge_old_records
from core.clock import utcnow
from core.models import (
    Child,
    FsmRecord,
    Identity,
    Invite,
    Member,
    MemberChild,
    MemberStatus,
    Role,
)
from tests.conversations.test_family import marc_waits_for_approval
from tests.conversations.test_profile import child_rows, children_of, member_named
from tests.support.flows import awaiting_approval, class_ids, register, up_to_the_consent
from tests.support.harness import App

RETENTION_DAYS = 90


async def count(app: App, model) -> int:
    async with app.sessions() as session:
        return await session.scalar(select(func.count()).select_from(model))


async def test_parent_registers_with_a_deep_link(app: App) -> None:
    school = await app.school("École Les Tilleuls")
    anna = app.person(101, "Anna", "fr-BE")

    assert "Bienvenue à École Les Tilleuls" in await anna.says(f"/start {school.parent_code}")
    assert anna.button_labels() == ["Français", "Nederlands", "English"]
    assert "What is your first name?" in await anna.taps("English")
    assert "And your last name?" in await anna.says("Anna")
    assert "phone number or an e-mail" in await anna.says("De Smet")
    assert "Privacy" in await anna.says("0470 12 34 56, Anna@Example.be")
    assert "What is your child's first name?" in await anna.taps("I agree")
    assert "Which class is Léa in?" in await anna.says("Léa")
    assert anna.button_labels() == ["M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5", "P6"]
    assert "Léa (P3) added." in await anna.taps("P3")
    await anna.taps("Add another child")
    await anna.says("Tom")
    await anna.taps("M1")
    await anna.taps("Add another child")
    summary = await anna.says("No")  # a change of mind, not a child called "No"
    assert "Name: Anna De Smet" in summary
    assert "Phone: +32470123456" in summary
    assert "E-mail: anna@example.be" in summary
    assert "• Léa – P3\n• Tom – M1" in summary
    assert "Welcome, Anna! 🎉 You are now registered" in await anna.taps("Confirm")
    assert "👤 My profile" in anna.said

    async with app.sessions() as session:
        member = await session.scalar(select(Member))
        assert (member.first_name, member.locale, member.status) == ("Anna", "en", "active")
        assert member.consent_version is not None
        roles = await session.scalars(select(Role.kind))
        assert list(roles) == ["parent"]
    assert await count(app, Child) == 2


async def test_typed_code_and_dutch_class_names(app: App) -> None:
    school = await app.school()
    jan = app.person(102, "Jan", "nl")

    assert "uitnodigingscode" in await jan.says("/start")
    assert "Welkom bij École Test" in await jan.says(school.parent_code.lower())
    await jan.taps("Nederlands")
    await jan.says("Jan")
    await jan.says("Peeters")
    await jan.taps("Overslaan")
    await jan.taps("Akkoord")
    await jan.says("Noor")
    assert jan.button_labels()[:3] == ["K1", "K2", "K3"]
    assert "Noor (L3) toegevoegd." in await jan.taps("L3")
    await jan.taps("Verder")
    assert "Welkom, Jan!" in await jan.taps("Bevestigen")


async def test_typing_where_a_button_is_expected(app: App) -> None:
    school = await app.school()
    marie = app.person(103, "Marie", "fr")
    await marie.says(f"/start {school.parent_code}")
    assert "Quel est votre prénom ?" in await marie.says("français")  # typed, not tapped
    await marie.says("Marie")
    await marie.says("Dubois")
    assert "Vie privée" in await marie.says("Non merci")  # the Skip button, typed
    assert ("Touchez l'un des boutons ci-dessous (ou envoyez /cancel pour arrêter)."
            in await marie.says("ok"))
    assert marie.button_labels() == ["✅ J'accepte", "Je refuse"]
    await marie.taps("J'accepte")
    await marie.says("Lucas")
    assert "Lucas (P2) ajouté·e" in await marie.says("p2")  # the class as its button reads
    assert "Touchez l'un des boutons" in await marie.says("c'est bon")
    assert marie.button_labels() == ["➕ Un autre enfant", "Continuer"]
    await marie.taps("Un autre enfant")
    await marie.says("Emma")
    assert "Touchez l'un des boutons" in await marie.says("la classe de Mme Janssens")
    assert "P4" in marie.button_labels()  # the classes again
    assert "Emma (M3) ajouté·e" in await marie.says("K3")  # Dutch name of the class too
    summary = await marie.says("c'est tout")  # no other child: Continue
    assert "Téléphone : -\nE-mail : -" in summary
    assert "• Lucas – P2\n• Emma – M3" in summary
    assert "Bienvenue, Marie" in await marie.says("oui")  # the one obvious yes
    assert await count(app, Child) == 2


async def test_unknown_code_is_refused_and_nothing_is_created(app: App) -> None:
    await app.school()
    stranger = app.person(103, "X", "en")
    assert "I do not know this invite code" in await stranger.says("/start NOPE1234")
    assert "I do not know this invite code" in await stranger.says("WRONGCODE")
    assert await count(app, Member) == 0


async def test_expired_and_used_up_codes_are_explained(app: App) -> None:
    school = await app.school()
    async with app.sessions() as session, session.begin():
        await session.execute(update(Invite).where(Invite.code == school.parent_code)
                              .values(expires_at=utcnow() - timedelta(minutes=1)))
        await session.execute(update(Invite).where(Invite.code == school.admin_code)
                              .values(max_uses=1, uses=1))
    late = app.person(104, "Late", "en")
    assert "This invite code has expired" in await late.says(f"/start {school.parent_code}")
    assert "already been used as many times as allowed" in await late.says(
        f"/start {school.admin_code}")


async def test_refusing_consent_saves_nothing(app: App) -> None:
    school = await app.school()
    eva = app.person(105, "Eva", "en")
    await eva.says(f"/start {school.parent_code}")
    await eva.taps("English")
    await eva.says("Eva")
    await eva.says("Janssens")
    await eva.taps("Skip")
    assert "Without your consent I cannot register you" in await eva.taps("I do not agree")
    assert "not registered yet" in await eva.says("/profile")
    assert await count(app, Member) == 0


async def test_bad_answers_are_explained_and_the_step_is_kept(app: App) -> None:
    school = await app.school()
    bob = app.person(106, "Bob", "en")
    await bob.says(f"/start {school.parent_code}")
    await bob.taps("English")
    assert "Please type a name of 1 to 64 letters" in await bob.says("x" * 5000)
    assert "Please type a name" in await bob.says("12345")
    assert "And your last name?" in await bob.says("  Bob  ")
    await bob.says("Martin")
    assert "does not look like a phone number" in await bob.says("call me maybe")
    assert "Privacy" in await bob.says("bob@example.org")


async def test_a_phone_and_an_email_separated_by_a_space_or_a_slash(app: App) -> None:
    school = await app.school()
    marie = app.person(107, "Marie", "fr")
    await marie.says(f"/start {school.parent_code}")
    await marie.taps("Français")
    await marie.says("Marie")
    assert "numéro de téléphone ou une adresse e-mail" in await marie.says("Dubois")
    refused = await marie.says("0470 12 34 56 marie at skynet.be")
    assert "Cela ne ressemble pas à un numéro de téléphone." in refused
    assert "séparez-les par une virgule : 0470 12 34 56, nom@exemple.be" in refused
    assert "Vie privée" in await marie.says("0470 12 34 56 marie@skynet.be")
    await marie.taps("J'accepte")
    await marie.says("Léo")
    await marie.taps("P3")
    summary = await marie.taps("Continuer")
    assert "Téléphone : +32470123456\nE-mail : marie@skynet.be" in summary

    jan = app.person(108, "Jan", "nl")
    await jan.says(f"/start {school.parent_code}")
    await jan.taps("Nederlands")
    await jan.says("Jan")
    await jan.says("Peeters")
    refused = await jan.says("jan@a.be jan@b.be")
    assert "gescheiden door een komma (0470 12 34 56, naam@voorbeeld.be)" in refused
    assert "Privacy" in await jan.says("04 70 12 34 56 / Jan@Telenet.be")
    await jan.taps("Akkoord")
    await jan.says("Noor")
    await jan.taps("L3")
    summary = await jan.taps("Verder")
    assert "+32470123456" in summary and "jan@telenet.be" in summary


async def test_double_tap_on_confirm_registers_once(app: App) -> None:
    school = await app.school()
    anna = app.person(107, "Anna", "en")
    await register(anna, school.parent_code)
    confirm = anna.inbox[-2]  # the summary with its Confirm button
    assert "Please check your details" in confirm.text
    assert "no longer valid" in await anna.taps_again(confirm, "Confirm")
    assert await count(app, Member) == 1
    assert await count(app, Identity) == 1


async def test_restart_in_the_middle_keeps_the_conversation(app: App) -> None:
    school = await app.school()
    anna = app.person(108, "Anna", "en")
    await anna.says(f"/start {school.parent_code}")
    await anna.taps("English")
    await anna.says("Anna")

    await app.restart()
    anna = app.person(108, "Anna", "en")
    assert "phone number or an e-mail" in await anna.says("De Smet")


async def test_approval_flow(app: App) -> None:
    _, admin, anna = await awaiting_approval(app, admin_language="Français")
    assert "sent to the school for approval" in anna.inbox[-1].text
    assert "waiting for the school's approval" in await anna.says("/profile")
    assert "waiting for the school's approval" in await anna.says("hello")
    assert await anna.says("/cancel") == ("Your registration is waiting for the school's "
                                          "approval. I will tell you as soon as it is done.")

    request = admin.last
    assert "Nouvelle inscription en attente de votre approbation : Anna De Smet" in request.text
    assert "✅ Anna De Smet a été approuvé·e." in await admin.taps("Approuver")
    assert "a déjà été approuvé·e" in await admin.taps_again(request, "Refuser")

    await app.deliver()
    assert "the school has approved your registration! 🎉 What would you like to do first?" \
        in anna.last.text
    assert "🤝 Offers & needs" in anna.button_labels()  # the menu, a tap away
    assert "👤 Anna De Smet" in await anna.taps("My profile")


async def test_rejected_registration_is_told_and_locked_out(app: App) -> None:
    _, admin, anna = await awaiting_approval(app)
    assert "has been rejected" in await admin.taps("Reject")
    await app.deliver()
    assert "has not approved your registration" in anna.last.text
    assert "Your account is not active" in await anna.says("/menu")

    # Refused, she is not a member: after the retention period nothing of her is kept.
    async with app.sessions() as session:
        anna_id = await session.scalar(select(Member.id).where(Member.first_name == "Anna"))
    with time_machine.travel(utcnow() + timedelta(days=RETENTION_DAYS + 1)):
        purged = await purge_old_records(app.sessions, RETENTION_DAYS, processed_update_days=30)
    assert purged.refused_registrations == 1
    async with app.sessions() as session:
        erased = await session.get_one(Member, anna_id)
        assert (erased.status, erased.first_name) == (MemberStatus.ERASED, "—")
    assert await count(app, Child) == 0 and await count(app, Identity) == 1  # Sophie's
    assert "You are not registered yet" in await anna.says("/menu")


async def test_registering_again_under_a_registered_name_is_pointed_to_link(app: App) -> None:
    school = await app.school()
    await register(app.person(401, "Anna", "en"), school.parent_code)
    again = app.person(501, "Anna", "en")  # Anna again, from a second chat app
    await again.says(f"/start {school.parent_code}")
    await again.taps("English")
    await again.says("anna")
    answer = await again.says("De Smet")
    assert answer.startswith("Someone named anna De Smet is already registered with École "
                             "Test. If that is you, from another chat app, do not register "
                             "twice: send /link in the app you already use")
    assert ("just go on.\nWould you like to leave a phone number or an e-mail address, so "
            "other parents can reach you? Send it, or tap Skip.") in answer  # the step goes on
    await again.taps("Skip")
    await again.taps("✅")
    await again.says("Tom")
    await again.taps("P1")
    await again.taps("Continue")
    assert "You are now registered" in await again.taps("✅")  # a namesake may go on

    bob = app.person(502, "Bob", "en")
    await bob.says(f"/start {school.parent_code}")
    await bob.taps("English")
    await bob.says("Bob")
    assert (await bob.says("De Smet")).startswith("Would you like to leave a phone")


async def test_a_parent_cannot_approve(app: App) -> None:
    school, admin, _ = await awaiting_approval(app)
    approve = next(b.data for b in admin.last.flat_buttons if "Approve" in b.label)
    bob = app.person(112, "Bob", "en")
    await register(bob, school.parent_code, first="Bob")
    async with app.sessions() as session, session.begin():
        await session.execute(update(Member).where(Member.first_name == "Bob")
                              .values(status=MemberStatus.ACTIVE))
    assert "Only a school administrator" in await bob.says("/pending")
    assert "Only a school administrator" in await bob.forges(approve)
    async with app.sessions() as session:
        anna_status = await session.scalar(select(Member.status).where(
            Member.first_name == "Anna"))
    assert anna_status == MemberStatus.PENDING


async def test_a_cancel_word_stops_a_registration_and_saves_nothing(app: App) -> None:
    school = await app.school()
    marie = app.person(120, "Marie", "fr")
    await marie.says(f"/start {school.parent_code}")
    await marie.taps("Français")
    await marie.says("Marie")
    assert await marie.says("annuler") == ("Annulé : rien n'a été gardé. Pour vous inscrire, "
                                           "renvoyez le code d'invitation de l'école.")
    # No "/menu" for someone who has none: what to do instead.
    register_first = ("Vous n'êtes pas encore inscrit·e. Envoyez-moi le code d'invitation "
                      "reçu de l'école (ou ouvrez son lien d'invitation).")
    assert register_first in await marie.says("/cancel")  # WhatsApp: in every language
    assert register_first in await marie.taps("Français")  # an old button
    assert await count(app, Member) == 0


async def test_a_voice_note_when_a_name_is_asked_is_asked_to_be_typed(app: App) -> None:
    school = await app.school()
    jan = app.person(121, "Jan", "nl")
    await jan.says(f"/start {school.parent_code}")
    await jan.taps("Nederlands")
    assert await jan.sends_voice_note() == "Typ je antwoord (of stuur /cancel om te stoppen)."
    assert "En je achternaam?" in await jan.says("Jan")


async def test_menu_or_help_typed_during_registration_is_not_taken_for_a_name(app: App
                                                                             ) -> None:
    school = await app.school()
    marie = app.person(122, "Marie", "fr")
    await marie.says(f"/start {school.parent_code}")
    await marie.taps("Français")
    assert await marie.says("Menu") == (
        "Le menu et l'aide arrivent dès que vous êtes inscrit·e : encore quelques questions "
        "d'abord. Pour arrêter, envoyez /cancel.\nQuel est votre prénom ?")
    assert "Et votre nom de famille ?" in await marie.says("Marie")
    assert (await marie.says("aide")).endswith("Et votre nom de famille ?")
    assert "numéro de téléphone" in await marie.says("Dubois")  # the steps go on


WELCOME = {
    "fr": "Bonjour ! 👋 Je suis SchoolHub, l'assistant de l'école pour les familles : "
          "événements, achats groupés, banque de temps des parents (SEL) et messages de "
          "l'école.\nPour vous inscrire, envoyez-moi ici le code d'invitation que l'école vous "
          "a donné (8 lettres et chiffres).\nDéjà inscrit·e dans l'autre application (Telegram "
          "ou WhatsApp) ? Envoyez-y /link, puis envoyez-moi ici le code reçu.",
    "nl": "Hallo! 👋 Ik ben SchoolHub, de chatassistent van de school voor de gezinnen: "
          "activiteiten, groepsaankopen, de tijdsbank van de ouders (LETS) en mededelingen van de "
          "school.\nOm je in te schrijven, stuur je me hier de uitnodigingscode die je van de "
          "school kreeg (8 letters en cijfers).\nAl ingeschreven in de andere app (Telegram of "
          "WhatsApp)? Stuur daar /link en stuur me hier de code die je kreeg.",
    "en": "Hello! 👋 I am SchoolHub, the school's chat assistant for families: events, group "
          "orders, the parents' time bank (SEL) and messages from the school.\nTo join, send "
          "me here the invite code the school gave you (8 letters and digits).\nAlready "
          "registered in the other app (Telegram or WhatsApp)? Send /link there, then send me "
          "here the code you get.",
}


async def test_a_stranger_saying_hello_is_told_what_this_is_and_where_codes_come_from(
        app: App) -> None:
    school = await app.school()
    marie = app.person(122, "Marie", "fr")
    # WhatsApp tells no language: a stranger there reads every language, French first.
    welcome = (WELCOME["fr"] if app.channel != "whatsapp" else
               "\n\n".join((WELCOME["fr"], WELCOME["nl"], WELCOME["en"])))
    for text in ("Bonjour", "menu", "aide", "Bonjour, je voudrais m'inscrire"):
        assert await marie.says(text) == welcome, text
    assert await count(app, Member) == 0
    assert "Bienvenue à École Test" in await marie.says(
        f"Bonjour, voici mon code {school.parent_code}")
    jan = app.person(123, "Jan", "nl")
    assert "Welkom bij École Test" in await jan.says(f"mijn code is {school.parent_code.lower()}")
    tom = app.person(124, "Tom", "en")
    assert "I do not know this invite code" in await tom.says("my code is XU2A4RHZ")


async def test_a_registered_parent_typing_an_invite_code_is_told_as_by_start(app: App) -> None:
    school = await app.school()
    anna = app.person(125, "Anna", "en")
    await register(anna, school.parent_code)
    already = await anna.says(f"/start {school.parent_code}")
    assert already == "You are already registered. Send /menu to see what you can do."
    assert await anna.says(school.parent_code) == already
    assert await anna.says(f"here is my code: {school.parent_code.lower()}") == already
    assert "You are now an administrator" in await anna.says(school.admin_code)


async def test_a_second_tap_on_an_earlier_registration_button_asks_the_step_again(
        app: App) -> None:
    school = await app.school()
    marie = app.person(126, "Marie", "fr")
    await marie.says(f"/start {school.parent_code}")
    languages = marie.keyboard()
    assert await marie.taps("Français") == "Quel est votre prénom ?"
    assert await marie.taps_again(languages, "Français") == "Quel est votre prénom ?"
    await marie.says("Marie")
    assert await marie.taps_again(languages, "Nederlands") == "Et votre nom de famille ?"
    await marie.says("Dubois")
    await marie.taps("Passer")
    consent = marie.keyboard()
    await marie.taps("J'accepte")
    assert "Quel est le prénom de votre enfant ?" in await marie.taps_again(consent,
                                                                           "J'accepte")
    assert "Lucas (P2) ajouté·e" in await marie.says("Lucas") + await marie.taps("P2")
    assert await count(app, Member) == 0


async def test_yes_and_no_words_typed_at_a_button_step_are_its_buttons(app: App) -> None:
    school = await app.school()
    jan = app.person(127, "Jan", "nl")
    await jan.says(f"/start {school.parent_code}")
    await jan.taps("Nederlands")
    await jan.says("Jan")
    await jan.says("Peeters")
    assert "Privacy" in await jan.says("nee, dank u")  # Overslaan, typed
    assert "Wat is de voornaam van je kind?" in await jan.says("Ja")
    assert "Noor (L3) toegevoegd." in await jan.says("Noor, l3")  # the class along
    assert "• Noor – L3" in await jan.says("Nee")  # no other child: the summary
    assert "Welkom, Jan!" in await jan.says("akkoord")
    tom = app.person(128, "Tom", "en")
    await tom.says(f"/start {school.parent_code}")
    await tom.taps("English")
    await tom.says("Tom")
    await tom.says("Claes")
    await tom.taps("Skip")
    assert "Please tap one of the buttons below" in await tom.says("yes, but what for?")
    assert "What is your child's first name?" in await tom.says("I agree")
    await tom.says("Mia")
    await tom.taps("P1")
    await tom.taps("Continue")
    assert "Welcome, Tom!" in await tom.says("Yes!")
    assert await count(app, Member) == 2


async def test_a_parent_who_refuses_consent_keeps_nothing_but_the_code(app: App) -> None:
    school = await app.school()
    anna = app.person(131, "Anna", "en")
    await anna.says(f"/start {school.parent_code}")
    assert "Privacy" in await up_to_the_consent(anna, "Anna", "De Smet", "0470 12 34 56")
    assert await anna.taps("I do not agree") == (
        "Without your consent I cannot register you. Nothing was saved. If you change your "
        f"mind, send /start {school.parent_code}")
    async with app.sessions() as session:  # not even in the conversation's state
        assert "De Smet" not in str(list(await session.scalars(select(FsmRecord.data))))
    assert await count(app, Member) == 0
    assert "Welcome to École Test" in await anna.says(f"/start {school.parent_code}")


async def test_an_approval_that_would_make_a_family_of_13_children_is_refused(app: App
                                                                            ) -> None:
    """Marc registered with Sophie's family code (Léa) and his Zoé; while he waited,
    Sophie added 11 children: approving Marc would make a family of 13."""
    admin = await marc_waits_for_approval(app)
    sophie = await member_named(app, "Sophie")
    p2 = (await class_ids(app, sophie.school_id))["P2"]
    async with app.sessions() as session, session.begin():
        kids = [Child(school_id=sophie.school_id, first_name=f"Kid{n}", class_id=p2)
                for n in range(11)]
        session.add_all(kids)
        await session.flush()
        session.add_all(MemberChild(member_id=sophie.id, child_id=kid.id) for kid in kids)
    before = await child_rows(app)
    assert await admin.taps("Approve") == (
        "⚠️ Marc Dubois cannot be approved: with the children of Sophie Lambert, their family "
        "would have 13 children, and a family may have at most 12. Nothing was changed. "
        "Sophie Lambert can remove a child (/children); then approve again, or reject the "
        "registration.")
    assert await child_rows(app) == before
    assert (await member_named(app, "Marc")).status == MemberStatus.PENDING
    assert await app.deliver() == 0  # neither Marc nor Sophie is told anything

    async with app.sessions() as session, session.begin():
        await session.execute(delete(MemberChild).where(MemberChild.child_id == kids[0].id))
    assert "✅ Marc Dubois has been approved." in await admin.taps("Approve")
    assert len(await children_of(app, "Marc")) == 12
