"""The member's own profile, as transcripts: /profile, /children, /language, /menu, /help."""

from __future__ import annotations

from sqlalchemy import select

from core.db import unit_of_work
from core.models import Child, Member, MemberChild, School, SchoolClass
from handlers.children import ChildCb
from handlers.keyboards import ClassCb, MenuCb
from tests.conversations.test_sel import pointed_to_the_buttons
from tests.support.flows import another_family, families, register, rep_of
from tests.support.harness import App, Person


async def member_named(app: App, first_name: str) -> Member:
    async with app.sessions() as session:
        member = await session.scalar(select(Member).where(Member.first_name == first_name))
    assert member is not None, f"no member called {first_name}"
    return member


async def children_of(app: App, first_name: str) -> list[tuple[str, str]]:
    """(child, class code) for every child linked to this parent, in the order added."""
    member = await member_named(app, first_name)
    async with app.sessions() as session:
        rows = await session.execute(
            select(Child.first_name, SchoolClass.code)
            .join(MemberChild, MemberChild.child_id == Child.id)
            .join(SchoolClass, SchoolClass.id == Child.class_id)
            .where(MemberChild.member_id == member.id)
            .order_by(Child.id))
    return [tuple(row) for row in rows]


async def child_id(app: App, first_name: str) -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(Child.id).where(Child.first_name == first_name))
    assert found is not None, f"no child called {first_name}"
    return found


async def class_id(app: App, school_id: int, code: str) -> int:
    async with app.sessions() as session:
        found = await session.scalar(select(SchoolClass.id).where(
            SchoolClass.school_id == school_id, SchoolClass.code == code))
    assert found is not None
    return found


async def child_rows(app: App) -> tuple[list[tuple[int, str, int]], list[tuple[int, int]]]:
    """Every Child and MemberChild row, to show that nothing changed."""
    async with app.sessions() as session:
        children = await session.execute(
            select(Child.id, Child.first_name, Child.class_id).order_by(Child.id))
        links = await session.execute(
            select(MemberChild.member_id, MemberChild.child_id)
            .order_by(MemberChild.member_id, MemberChild.child_id))
        return [tuple(row) for row in children], [tuple(row) for row in links]


async def parent(app: App, chat_id: int = 301, first: str = "Anna",
                 children: tuple[tuple[str, str], ...] = (("Léa", "P3"),)) -> Person:
    """A registered, active parent (in English) of a fresh school."""
    school = await app.school()
    person = app.person(chat_id, first, "en")
    assert "You are now registered" in await register(person, school.parent_code, first=first,
                                                      children=children)
    return person


# 1. Name ---------------------------------------------------------------------------------

async def test_profile_card_and_editing_the_name(app: App) -> None:
    school = await app.school()
    anna = app.person(301, "Anna", "en")
    await register(anna, school.parent_code, contact="0470 12 34 56, anna@example.be")

    card = await anna.says("/profile")
    assert "👤 Anna De Smet" in card
    assert "Phone: +32470123456" in card
    assert "E-mail: anna@example.be" in card
    assert "Language: English" in card
    assert anna.button_labels() == ["✏️ Name", "📞 Contact details", "🌐 Language"]
    assert "Which language" in await anna.taps("🌐 Language")  # where the card shows it
    await anna.says("/profile")

    assert "What is your first name?" in await anna.taps("✏️ Name")
    assert "And your last name?" in await anna.says("  Annabelle  ")
    saved = await anna.says("Van den Broeck")
    assert "✅ Saved." in saved
    assert "👤 Annabelle Van den Broeck" in saved
    assert "Phone: +32470123456" in saved

    assert "👤 Annabelle Van den Broeck" in await anna.says("/profile")
    member = await member_named(app, "Annabelle")
    assert (member.first_name, member.last_name) == ("Annabelle", "Van den Broeck")


async def test_a_bad_name_is_refused_and_the_old_one_kept(app: App) -> None:
    anna = await parent(app)
    await anna.says("/profile")
    await anna.taps("✏️ Name")
    assert "Please type a name of 1 to 64 letters." in await anna.says("123")
    assert "Please type a name of 1 to 64 letters." in await anna.says("x" * 5000)
    assert "Please type a name of 1 to 64 letters." in await anna.says("x" * 65)
    assert "And your last name?" in await anna.says("Anne")
    assert "Please type a name of 1 to 64 letters." in await anna.says("y" * 5000)
    assert "Please type a name of 1 to 64 letters." in await anna.says("...")

    assert "👤 Anna De Smet" in await anna.says("/profile")
    member = await member_named(app, "Anna")
    assert (member.first_name, member.last_name) == ("Anna", "De Smet")


# 2. Contact details ------------------------------------------------------------------------

async def test_editing_and_removing_the_contact_details(app: App) -> None:
    anna = await parent(app)
    card = await anna.says("/profile")
    assert "Phone: -" in card
    assert "E-mail: -" in card

    assert "Send your phone number and/or e-mail address" in await anna.taps("📞 Contact")
    saved = await anna.says("0470 12 34 56, Anna@Example.BE")
    assert "✅ Saved." in saved
    assert "Phone: +32470123456" in saved
    assert "E-mail: anna@example.be" in saved
    member = await member_named(app, "Anna")
    assert (member.phone, member.email) == ("+32470123456", "anna@example.be")

    await anna.says("/profile")
    await anna.taps("📞 Contact")
    assert "does not look like a phone number" in await anna.says("call me maybe")
    assert "does not look like an e-mail address" in await anna.says("anna@nowhere")
    assert "Please send a phone number, an e-mail address, or both" in await anna.says(" , ; ")
    assert "Phone: +32470123456" in await anna.says("no thanks")  # a change of mind
    member = await member_named(app, "Anna")
    assert (member.phone, member.email) == ("+32470123456", "anna@example.be")

    # Sending only one detail keeps the other.
    await anna.taps("📞 Contact")
    assert "E-mail: new@example.be" in await anna.says("new@example.be")
    member = await member_named(app, "Anna")
    assert (member.phone, member.email) == ("+32470123456", "new@example.be")

    await anna.taps("📞 Contact")
    cleared = await anna.taps("Remove my details")
    assert "✅ Saved." in cleared
    assert "Phone: -" in cleared
    assert "E-mail: -" in cleared
    member = await member_named(app, "Anna")
    assert (member.phone, member.email) == (None, None)


async def test_a_phone_and_an_email_in_one_line_without_a_comma(app: App) -> None:
    anna = await parent(app)
    await anna.says("/profile")
    await anna.taps("📞 Contact")
    saved = await anna.says("04 70 12 34 56 / anna@skynet.be")
    assert "Phone: +32470123456\nE-mail: anna@skynet.be" in saved
    await anna.taps("📞 Contact")
    refused = await anna.says("anna@skynet.be, 0470 12 34 56 ext 2")
    assert "That does not look like a phone number." in refused
    assert "separate them with a comma: 0470 12 34 56, name@example.be" in refused
    assert "E-mail: new@skynet.be\n" in await anna.says("new@skynet.be +32 470 65 43 21")
    member = await member_named(app, "Anna")
    assert (member.phone, member.email) == ("+32470654321", "new@skynet.be")


async def test_a_belgian_number_with_a_digit_missing_is_refused_in_dutch(app: App) -> None:
    _, jan, _ = await families(app)
    await jan.says("/profile")
    await jan.taps("📞 Contactgegevens")
    assert await jan.says("0470 12 34 5") == (
        "Een Belgisch gsm-nummer heeft 10 cijfers (0470 12 34 56): ik tel er 9. Kijk het na "
        "en stuur het opnieuw.")
    assert (await member_named(app, "Jan")).phone is None  # nothing stored
    assert "Telefoon: +32470123456\n" in await jan.says("0470 12 34 56")  # the step waited
    await jan.taps("📞 Contactgegevens")
    assert "Een Belgisch vast nummer heeft 9 cijfers" in await jan.says("+32 2 123 45 6")
    assert (await member_named(app, "Jan")).phone == "+32470123456"


async def test_a_button_nobody_knows_any_more_brings_the_menu_back_on_whatsapp(
        app: App) -> None:
    anna, _, _ = await families(app)
    lea = await child_id(app, "Léa")
    # A button from a version of the bot long gone, and forged ones with a number no row
    # can have (PostgreSQL refused it as an error): the same answer for every button.
    for forged in ("gone:42", "ev:view:99999999999999999999", f"cls:move:2147483648:{lea}",
                   "annrp:-99999999999999999999:0"):
        said = await anna.forges(forged)
        if app.channel == "whatsapp":  # no popup there: the answer is a message, with buttons
            assert said.startswith("This button is no longer valid. Here is the menu:"), forged
            assert {"📅 Events", "💰 SEL: my units"} <= set(anna.button_labels())
        else:  # Telegram shows it over the chat, which keeps its own buttons
            assert said == "This button is no longer valid. Send /menu to start again.", forged
    assert await children_of(app, "Anna") == [("Léa", "P3")]  # nothing moved


async def test_a_stale_remove_contact_button_keeps_the_new_details(app: App) -> None:
    anna = await parent(app)
    await anna.says("/profile")
    await anna.taps("📞 Contact")
    remove = anna.keyboard()
    assert "Phone: +32470123456" in await anna.says("+32 470 12 34 56")
    assert "This button is no longer valid." in await anna.taps_again(
        remove, "Remove my details")
    assert (await member_named(app, "Anna")).phone == "+32470123456"


# 3. Children ---------------------------------------------------------------------------------

async def test_children_are_listed_added_moved_and_removed(app: App) -> None:
    anna = await parent(app, children=(("Léa", "P3"), ("Tom", "M1")))

    listing = await anna.says("/children")
    assert "Your children:\n• Léa – P3\n• Tom – M1" in listing
    assert anna.button_labels() == ["🔀 Léa: class", "🗑 Léa", "🔀 Tom: class", "🗑 Tom",
                                    "➕ Add a child", "👥 The other parent"]

    assert "What is your child's first name?" in await anna.taps("➕ Add a child")
    assert "Please type your child's first name (1 to 64 letters)." in await anna.says("42")
    assert "Which class is Noor in?" in await anna.says("Noor")
    assert anna.button_labels() == ["M1", "M2", "M3", "P1", "P2", "P3", "P4", "P5", "P6"]
    assert "• Léa – P3\n• Tom – M1\n• Noor – P5" in await anna.taps("P5")

    assert "Which class is your child in now?" in await anna.taps("🔀 Léa: class")
    assert "✅ Léa is now in P4." in await anna.taps("P4")
    assert "• Léa – P4" in await anna.says("/children")

    assert "Remove Tom from your profile?" in await anna.taps("🗑 Tom")
    assert anna.button_labels() == ["Yes, remove", "No, keep"]
    assert "Nothing was changed." in await anna.taps("No, keep")
    assert await children_of(app, "Anna") == [("Léa", "P4"), ("Tom", "M1"), ("Noor", "P5")]

    await anna.says("/children")
    await anna.taps("🗑 Tom")
    assert "✅ Tom has been removed from your profile." in await anna.taps("Yes, remove")
    assert "Your children:\n• Léa – P4\n• Noor – P5" in await anna.says("/children")

    assert await children_of(app, "Anna") == [("Léa", "P4"), ("Noor", "P5")]
    children, links = await child_rows(app)
    assert [name for _, name, _ in children] == ["Léa", "Noor"]  # Tom had no other parent
    assert len(links) == 2


async def test_a_member_without_children_can_add_one(app: App) -> None:
    school = await app.school()
    anna = app.person(301, "Anna", "en")
    await register(anna, school.admin_code, children=())  # parents must name a child
    assert "You have not added any child yet." in await anna.says("/children")
    assert anna.button_labels() == ["➕ Add a child"]
    await anna.taps("➕ Add a child")
    await anna.says("Léa")
    assert "Your children:\n• Léa – M2" in await anna.taps("M2")
    assert await children_of(app, "Anna") == [("Léa", "M2")]


# 4. Stale and forged buttons -------------------------------------------------------------

async def test_removing_a_child_twice_changes_nothing_the_second_time(app: App) -> None:
    anna = await parent(app, children=(("Léa", "P3"), ("Tom", "M1")))
    await anna.says("/children")
    await anna.taps("🗑 Léa")
    confirmation = anna.keyboard()
    assert "✅ Léa has been removed from your profile." in await anna.taps("Yes, remove")
    before = await child_rows(app)

    assert "That child is not in your profile." in await anna.taps_again(confirmation,
                                                                         "Yes, remove")
    assert await child_rows(app) == before
    assert await children_of(app, "Anna") == [("Tom", "M1")]


async def test_a_stale_class_button_does_not_add_the_child_twice(app: App) -> None:
    anna = await parent(app)
    await anna.says("/children")
    await anna.taps("➕ Add a child")
    await anna.says("Noor")
    classes = anna.keyboard()
    await anna.taps("P1")
    assert "This button is no longer valid." in await anna.taps_again(classes, "P2")
    assert await children_of(app, "Anna") == [("Léa", "P3"), ("Noor", "P1")]


async def test_forged_buttons_cannot_touch_another_parents_child(app: App) -> None:
    school = await app.school()
    anna = app.person(301, "Anna", "en")
    await register(anna, school.parent_code)
    bob = app.person(302, "Bob", "en")
    await register(bob, school.parent_code, first="Bob", last="Peeters",
                   children=(("Tom", "M1"),))
    tom = await child_id(app, "Tom")
    p6 = await class_id(app, school.id, "P6")
    await anna.says("/children")
    before = await child_rows(app)

    not_yours = "That child is not in your profile."
    assert not_yours in await anna.forges(
        ClassCb(purpose="move", class_id=p6, child_id=tom).pack())
    assert not_yours in await anna.forges(ChildCb(action="remove", child_id=tom).pack())
    assert "Remove Tom" not in anna.said
    assert not_yours in await anna.forges(ChildCb(action="remove_yes", child_id=tom).pack())
    assert not_yours in await anna.forges(ChildCb(action="move", child_id=tom).pack())

    assert await child_rows(app) == before
    assert await children_of(app, "Bob") == [("Tom", "M1")]
    assert await children_of(app, "Anna") == [("Léa", "P3")]


async def test_a_forged_class_of_another_school_is_refused(app: App) -> None:
    anna = await parent(app)
    other = await app.school("École Ailleurs")
    elsewhere = await class_id(app, other.id, "P1")
    lea = await child_id(app, "Léa")
    await anna.says("/children")

    assert "That class does not exist in your school." in await anna.forges(
        ClassCb(purpose="move", class_id=elsewhere, child_id=lea).pack())
    await anna.taps("➕ Add a child")
    await anna.says("Noor")
    assert "That class does not exist in your school." in await anna.forges(
        ClassCb(purpose="add", class_id=elsewhere).pack())
    assert await children_of(app, "Anna") == [("Léa", "P3")]


# 5. Language ---------------------------------------------------------------------------------

async def test_switching_language(app: App) -> None:
    anna = await parent(app)
    assert "Which language do you prefer?" in await anna.says("/language")
    assert anna.button_labels() == ["Français", "Nederlands", "English"]

    changed = await anna.taps("Nederlands")
    assert "✅ Ik spreek voortaan Nederlands met je." in changed
    assert "👤 Mijn profiel" in changed
    assert "Dit kan ik voor je doen:" in await anna.says("/help")
    assert "Je kinderen:\n• Léa – L3" in await anna.says("/children")
    assert anna.button_labels() == ["🔀 Léa: klas", "🗑 Léa", "➕ Kind toevoegen",
                                    "👥 De andere ouder"]
    await anna.taps("🔀 Léa: klas")
    assert anna.button_labels() == ["K1", "K2", "K3", "L1", "L2", "L3", "L4", "L5", "L6"]
    assert "✅ Léa zit nu in L4." in await anna.taps("L4")
    assert "Taal: Nederlands" in await anna.says("/profile")
    assert (await member_named(app, "Anna")).locale == "nl"

    await anna.says("/language")
    changed = await anna.taps("Français")
    assert "✅ Je vous parlerai désormais en français." in changed
    assert "👤 Mon profil" in changed
    assert "Voici ce que je peux faire pour vous" in await anna.says("/help")
    assert "Vos enfants :\n• Léa – P4" in await anna.says("/children")
    assert "Langue : Français" in await anna.says("/profile")
    assert (await member_named(app, "Anna")).locale == "fr"



async def test_a_language_typed_instead_of_tapped(app: App) -> None:
    anna = await parent(app)
    await anna.says("/language")
    assert (await anna.says("Klingon")).startswith(pointed_to_the_buttons(app, "Français"))
    assert (await member_named(app, "Anna")).locale == "en"
    assert "✅ Ik spreek voortaan Nederlands met je." in await anna.says("nl")
    assert "👤 Mijn profiel" in anna.said
    assert (await member_named(app, "Anna")).locale == "nl"
    assert "Dat begreep ik niet." in await anna.says("English")  # asked no more
    for typed, changed in (("FRANCAIS", "✅ Je vous parlerai désormais en français."),
                           ("anglais", "✅ I will speak English with you from now on."),
                           ("  Nederlands ", "✅ Ik spreek voortaan Nederlands met je."),
                           ("Français", "✅ Je vous parlerai désormais en français.")):
        await anna.says("/language")
        assert changed in await anna.says(typed), typed
    assert (await member_named(app, "Anna")).locale == "fr"


# 6. Menu and help ------------------------------------------------------------------------------

async def test_menu_buttons_do_what_the_commands_do(app: App) -> None:
    anna = await parent(app, children=(("Léa", "P3"), ("Tom", "M1")))
    assert "What would you like to do?" in await anna.says("/menu")
    assert anna.button_labels() == ["🗓️ My week", "📅 Events", "🛒 Group orders",
                                    "💰 SEL: my units", "🤝 Offers & needs",
                                    "👤 My profile", "👧 My children", "🌐 Language", "❓ Help"]
    menu = anna.keyboard()

    assert await anna.taps("📅 Events") == await anna.says("/events")
    assert await anna.taps_again(menu, "🛒 Group orders") == await anna.says("/orders")
    assert "No group order for you at the moment." in anna.said
    assert await anna.taps_again(menu, "💰 SEL") == await anna.says("/balance")
    assert "💰 Your balance: 120 units" in anna.said
    assert await anna.taps_again(menu, "🤝 Offers") == await anna.says("/offers")
    assert await anna.taps_again(menu, "👤 My profile") == await anna.says("/profile")
    assert "👤 Anna De Smet" in anna.said
    assert await anna.taps_again(menu, "👧 My children") == await anna.says("/children")
    assert "• Léa – P3\n• Tom – M1" in anna.said
    assert await anna.taps_again(menu, "🌐 Language") == await anna.says("/language")
    assert await anna.taps_again(menu, "❓ Help") == await anna.says("/help")

    await anna.taps_again(menu, "👤 My profile")
    assert "What is your first name?" in await anna.taps("✏️ Name")


async def test_help_for_a_parent_and_for_an_admin(app: App) -> None:
    school = await app.school()
    anna = app.person(301, "Anna", "en")
    await register(anna, school.parent_code)
    sophie = app.person(302, "Sophie", "en")
    await register(sophie, school.admin_code, first="Sophie", last="Lambert", children=())

    parent_help = await anna.says("/help")
    assert "Here is what I can do for you:" in parent_help
    assert "/profile – your name and contact details" in parent_help
    assert "/children – your children and their classes" in parent_help
    assert "/pending" not in parent_help
    assert "administrator" not in parent_help

    admin_help = await sophie.says("/help")
    assert "Here is what I can do for you:" in admin_help
    assert "As a school administrator:\n/pending – registrations waiting" in admin_help

    await sophie.says("/menu")
    assert "⏳ Registrations to approve" in sophie.button_labels()
    assert "No registration is waiting for approval." in await sophie.taps("⏳ Registrations")
    await anna.says("/menu")
    assert "⏳ Registrations to approve" not in anna.button_labels()


async def test_reps_and_admins_start_what_they_organise_from_the_menu(app: App) -> None:
    anna, _, school_id = await families(app)
    rep = await rep_of(app, school_id)
    await rep.says("/menu")
    assert "🧑‍🏫 Organise" in rep.button_labels()
    assert "What would you like to organise?" in await rep.taps("🧑‍🏫 Organise")
    assert rep.button_labels() == ["📣 Send a message", "📋 My announcements", "📅 New event",
                                   "🛒 New group order", "👥 My class"]
    organise = rep.keyboard()
    assert await rep.taps("📣 Send a message") == await rep.says("/announce")
    assert rep.last.text.startswith("📣 To the families of P3.")  # a rep's own class
    assert await rep.taps_again(organise, "📅 New event") == await rep.says("/newevent")
    assert await rep.taps_again(organise, "🛒 New group order") == await rep.says("/neworder")

    await anna.says("/menu")
    assert "🧑‍🏫 Organise" not in anna.button_labels()
    assert "Only class representatives and administrators" in await anna.forges(
        MenuCb(item="announce").pack())
    async with unit_of_work(app.sessions) as uow:  # a school without group orders
        (await uow.session.get_one(School, school_id)).orders_enabled = False
    await rep.says("/menu")
    await rep.taps("🧑‍🏫 Organise")
    assert rep.button_labels() == ["📣 Send a message", "📋 My announcements", "📅 New event",
                                   "👥 My class"]


# 7. Commands in the middle of an edit, and /cancel ------------------------------------------

async def test_a_command_in_the_middle_of_an_edit_runs_and_changes_nothing(app: App) -> None:
    anna = await parent(app)
    await anna.says("/profile")
    assert "What is your first name?" in await anna.taps("✏️ Name")
    assert "Your children:\n• Léa – P3" in await anna.says("/children")
    assert "I did not understand" in await anna.says("Bob")

    await anna.says("/profile")
    await anna.taps("✏️ Name")
    await anna.says("Bob")
    assert "👤 Anna De Smet" in await anna.says("/profile")
    assert "I did not understand" in await anna.says("Martin")
    member = await member_named(app, "Anna")
    assert (member.first_name, member.last_name) == ("Anna", "De Smet")


async def test_help_in_the_middle_of_an_edit_ends_the_edit(app: App) -> None:
    anna = await parent(app)
    await anna.says("/profile")
    await anna.taps("✏️ Name")
    assert "Here is what I can do for you" in await anna.says("/help")
    assert "I did not understand" in await anna.says("Bob")
    member = await member_named(app, "Anna")
    assert member.first_name == "Anna"


async def test_a_restart_in_the_middle_of_an_edit_keeps_the_step(app: App) -> None:
    anna = await parent(app)
    await anna.says("/profile")
    await anna.taps("✏️ Name")
    await anna.says("Zoé")

    await app.restart()
    anna = app.person(301, "Anna", "en")
    assert "👤 Zoé Dupont" in await anna.says("Dupont")
    member = await member_named(app, "Zoé")
    assert (member.first_name, member.last_name) == ("Zoé", "Dupont")


async def test_cancel_in_the_middle_of_an_edit(app: App) -> None:
    anna = await parent(app)
    await anna.says("/profile")
    await anna.taps("📞 Contact")
    assert "Cancelled. Here is the main menu." in await anna.says("/cancel")
    assert "I did not understand" in await anna.says("0470 12 34 56")
    assert "There is nothing to cancel." in await anna.says("/cancel")

    await anna.says("/profile")
    await anna.taps("✏️ Name")
    await anna.says("Bob")
    assert "Cancelled." in await anna.says("/cancel")
    assert "I did not understand" in await anna.says("Martin")

    member = await member_named(app, "Anna")
    assert (member.first_name, member.last_name, member.phone) == ("Anna", "De Smet", None)


# 8. Unknown commands and strangers ---------------------------------------------------------

async def test_unknown_command(app: App) -> None:
    anna = await parent(app)
    assert "I do not know that command. Send /help" in await anna.says("/homework")


async def test_a_stranger_cannot_see_a_profile(app: App) -> None:
    await app.school()
    stranger = app.person(399, "X", "en")
    for command in ("/profile", "/children", "/language", "/menu", "/help"):
        assert "You are not registered yet" in await stranger.says(command)


async def test_linking_another_chat_speaks_dutch_informally(app: App) -> None:
    school = await app.school()
    jan = app.person(402, "Jan", "nl")
    await register(jan, school.parent_code, language="Nederlands", first="Jan",
                   last="Peeters", children=(("Noor", "L3"),))
    answer = await jan.says("/link")
    code = answer.split("🔗 Je code: ")[1].split()[0]
    assert answer.startswith(f"🔗 Je code: {code}\nStuur in je andere chatapp (WhatsApp of "
                             f"Telegram) naar SchoolHub: /link {code}\n")
    jan_elsewhere = app.person(412, "Jan", "nl")
    assert await jan_elsewhere.says(f"/link {code}") == (
        "✅ Gekoppeld! Jan, je kunt SchoolHub nu ook hier gebruiken: hetzelfde profiel, "
        "dezelfde kinderen en eenheden.")
    if app.bot_api:  # Telegram's slash menu, in the language Jan chose (his phone's may differ)
        menu = [m for m in app.bot_api.sent("setMyCommands")
                if m.get("scope") == {"type": "chat", "chat_id": 412}][-1]
        assert {"command": "balance", "description": "Mijn eenheden (LETS)"} in menu["commands"]
    stranger = app.person(413, "Piet", "nl")
    assert "Vraag een nieuwe met /link in de app waar je ingeschreven bent." in \
        await stranger.says(f"/link {code}")


async def test_a_link_code_pasted_without_the_command_links_the_other_app(app: App) -> None:
    anna = await parent(app)
    code = (await anna.says("/link")).split("🔗 Your code: ")[1].split()[0]
    assert await anna.says(code) == "This chat is already registered with SchoolHub."
    anna_elsewhere = app.person(311, "Anna", "fr")  # her other app, set to French
    assert await anna_elsewhere.says(f"voici le code {code}") == (
        "✅ Linked! Anna, you can now use SchoolHub here too: same profile, children and "
        "units.")
    assert "👤 Anna De Smet" in await anna_elsewhere.says("/profile")
    late = app.person(312, "Anna", "en")
    assert "This link code is unknown, already used or expired." in await late.says(code)
    second = (await anna.says("/link")).split("🔗 Your code: ")[1].split()[0]
    assert "✅ Linked! Anna" in await late.says(f"/start {second}")
    async with app.sessions() as session:
        assert len(list(await session.scalars(select(Member)))) == 1


# 9. Words typed instead of commands (WhatsApp has no slash menu) ---------------------------

MENU_FR = ["🗓️ Ma semaine", "📅 Événements", "🛒 Achats groupés", "💰 SEL : mes unités",
           "🤝 Offres & demandes", "👤 Mon profil", "👧 Mes enfants", "🌐 Langue", "❓ Aide"]


async def test_words_open_what_their_commands_open_in_each_language(app: App) -> None:
    anna, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    for person, word, command in (
            (camille, "menu", "/menu"), (camille, "Menu", "/menu"), (jan, "hoofdmenu", "/menu"),
            (anna, "MENU !", "/menu"), (camille, "aide", "/help"), (jan, "Hulp", "/help"),
            (anna, "help", "/help"), (jan, "?", "/help"), (camille, "solde", "/balance"),
            (camille, "/solde", "/balance"), (jan, "saldo", "/balance"),
            (anna, "Balance.", "/balance")):
        assert await person.says(word) == await person.says(command), (word, command)
    assert "💰 Votre solde : 120 unités" in await camille.says("Solde")
    assert "Dit kan ik voor je doen" in await jan.says("hulp")
    assert ("/help – deze lijst\n💬 Geen schuine streep nodig: je kunt ook gewoon “menu”, “hulp”, "
            "“saldo”, “activiteiten”, “bestellingen” en “mijn week” typen.\n\n") in jan.said
    assert camille.button_labels() == ["💸 Payer", "🙋 Faire une demande", "📜 Historique"]
    await camille.says("menu")
    assert camille.button_labels() == MENU_FR


async def test_a_feature_typed_by_its_name_opens_it_as_its_menu_button_does(app: App) -> None:
    _, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    for person, word, command in (
            (jan, "activiteiten", "/events"), (jan, "Bestellingen", "/orders"),
            (jan, "aanbod", "/offers"), (jan, "diensten", "/offers"),
            (camille, "événements", "/events"), (camille, "commandes", "/orders"),
            (camille, "Offres", "/offers")):
        await person.says("/profile")  # no button on screen reads the word
        assert await person.says(word) == await person.says(command), (word, command)
    await jan.says("/profile")
    assert await jan.says("betalen") == "Wie wil je betalen? Typ een deel van de naam."
    assert "Camille Martin" in await jan.says("Camille")  # the first step: who, then on
    await camille.says("/profile")
    assert await camille.says("payer") == await camille.says("/pay")


async def test_a_sentence_or_a_voice_note_gets_a_clear_answer_and_the_menu(app: App) -> None:
    anna, _, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    await camille.says("quel est mon solde ?")
    assert camille.replies[-1].text == ("Je n'ai pas compris. Voici le menu principal (vous "
                                        "pouvez aussi écrire « aide »).")
    assert camille.button_labels() == MENU_FR
    await anna.says("help me pay Jan")
    assert anna.replies[-1].text == ("I did not understand. Here is the main menu (you can "
                                     "also type “help”).")
    assert "📅 Events" in anna.button_labels()
    # A voice note or a photo would be mistaken for a message to the school.
    await camille.sends_voice_note()
    assert camille.replies[-1].text == (
        "Je ne lis que les messages écrits : les messages vocaux, autocollants et photos "
        "envoyés ici ne parviennent à personne. Écrivez-moi ce que vous souhaitez, ou "
        "choisissez ci-dessous.")
    assert camille.button_labels() == MENU_FR
    await anna.sends_file("school-trip.jpg", b"\xff\xd8\xff\xe0 a photo", caption="for Léa")
    assert anna.replies[-1].text.startswith("I only read typed messages: voice notes")


async def test_greetings_and_thanks_get_a_short_answer_and_the_menu(app: App) -> None:
    anna, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    for person, word, answer in (
            (camille, "Bonjour", "Bonjour Camille ! 👋 Que voulez-vous faire ?"),
            (camille, "salut !", "Bonjour Camille ! 👋 Que voulez-vous faire ?"),
            (jan, "Goedemorgen", "Hallo Jan! 👋 Wat wil je doen?"),
            (anna, "hello", "Hello Anna! 👋 What would you like to do?"),
            (camille, "Merci", "Avec plaisir ! 😊 Autre chose ?"),
            (camille, "ok", "Avec plaisir ! 😊 Autre chose ?"),
            (jan, "dank je", "Graag gedaan! 😊 Nog iets?"),
            (anna, "Thanks 🙏", "You're welcome! 😊 Anything else?"),
            (camille, "👍🏻", "Avec plaisir ! 😊 Autre chose ?")):
        await person.says(word)
        assert person.replies[-1].text == answer, word
        assert "👤" in " ".join(person.button_labels())  # the main menu
    assert camille.button_labels() == MENU_FR


async def test_cancel_words_outside_a_dialog_say_so_and_show_the_menu(app: App) -> None:
    anna, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    for person, word, answer in (
            (camille, "annuler", "Il n'y a rien à annuler. Voici le menu principal."),
            (camille, "STOP", "Il n'y a rien à annuler. Voici le menu principal."),
            (jan, "annuleren", "Er is niets te annuleren. Hier is het hoofdmenu."),
            (anna, "cancel", "There is nothing to cancel. Here is the main menu."),
            (anna, "/cancel", "There is nothing to cancel. Here is the main menu.")):
        await person.says(word)
        assert person.replies[-1].text == answer, word
    assert camille.button_labels() == MENU_FR


async def test_a_menu_word_leaves_an_edit_before_it_is_taken_as_a_name(app: App) -> None:
    anna = await parent(app)
    await anna.says("/profile")
    assert "What is your first name?" in await anna.taps("✏️ Name")
    await anna.says("Menu")
    assert anna.replies[-1].text == "What would you like to do?"
    assert "👤 Anna De Smet" in await anna.says("/profile")
