"""Events in the chat: organising, inviting, answering, slots, calendar, organiser tools,
deadlines and reminders — as transcripts."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar
from sqlalchemy import func, select, update

from bot.scheduler import queue_event_reminders
from core.clock import utcnow
from core.db import unit_of_work
from core.i18n import Translator, format_datetime
from core.members.invites import create_invite
from core.models import Event, Member, Rsvp, School
from handlers.events import EventCb, WizardCb
from tests.support.flows import (
    admin_of,
    another_family,
    class_ids,
    co_rep,
    families,
    register,
    rep_of,
    second_parent,
)
from tests.support.harness import App, Person

BRUSSELS = ZoneInfo("Europe/Brussels")


def local_moment(days: int, hour: int = 18, minute: int = 30) -> datetime:
    """A wall-clock time in the school's zone, `days` from today."""
    day = (utcnow().astimezone(BRUSSELS) + timedelta(days=days)).date()
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BRUSSELS)


def typed(moment: datetime) -> str:
    """As an organiser types it: "12/12 18h30"."""
    return f"{moment:%d/%m} {moment:%H}h{moment:%M}"


def shown(moment: datetime, locale: str = "en") -> str:
    """As the bot shows it, in the school's time zone."""
    return format_datetime(locale, moment.astimezone(UTC), "Europe/Brussels")


def received(person: Person, fragment: str) -> list[str]:
    """The messages the person got that say `fragment` (not a card edited in place)."""
    return [m.text for m in person.inbox if fragment in m.text and not m.edited]


async def organise(organiser: Person, title: str = "School fair", *,
                   when: datetime | None = None, place: str | None = "Gym",
                   audience: tuple[str, ...] = ("Whole school",), capacity: int | None = None,
                   headcount: bool = False, deadline: datetime | None = None,
                   slots: str | None = None) -> str:
    """The whole /newevent wizard; returns the answer to "✅ Create and invite"."""
    await organiser.says("/newevent")
    await organiser.says(title)
    await organiser.says(typed(when or local_moment(10)))
    await (organiser.says(place) if place else organiser.taps("Skip"))
    await organiser.taps("Skip")  # no description
    for label in audience:
        await organiser.taps(label)
    if audience and audience != ("Whole school",):  # (): a rep of one class is not asked
        await organiser.taps("Done")
    await (organiser.says(str(capacity)) if capacity else organiser.taps("No limit"))
    await organiser.taps("Yes, ask" if headcount else "No")
    await (organiser.says(typed(deadline)) if deadline else organiser.taps("No deadline"))
    await (organiser.says(slots) if slots else organiser.taps("No slots"))
    return await organiser.taps("Create and invite")


async def anna_comes_to_the_fair(app: App) -> tuple[Person, Person]:
    """The admin organises the School fair and Anna answers yes: Anna and the admin."""
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin)
    await app.deliver()
    await anna.taps("Yes")
    return anna, admin


async def event_id(app: App, title: str = "School fair") -> int:
    async with app.sessions() as session:
        return await session.scalar(select(Event.id).where(Event.title == title))


async def open_event(person: Person, title: str = "School fair") -> str:
    await person.says("/events")
    return await person.taps(title)


async def quiet_nights(app: App) -> datetime:
    """Quiet hours 21:00–08:00 for the school (what is not urgent waits for the morning);
    returns a moment inside them, Monday 23 November 2026 at 22:00."""
    async with app.sessions() as session, session.begin():
        await session.execute(update(School).values(quiet_start=time(21), quiet_end=time(8)))
    return datetime(2026, 11, 23, 22, 0, tzinfo=BRUSSELS)


async def organised_at_night(app: App) -> tuple[Person, Person, Person, datetime]:
    """Anna's and Jan's school with quiet nights, and an event its admin organises at
    22:00 (the invitations wait for the morning): Anna, Jan, the admin and that moment."""
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    night = await quiet_nights(app)
    with time_machine.travel(night, tick=False):
        await app.parents_wrote_recently()
        await organise(admin, when=night + timedelta(days=10))
    return anna, jan, admin, night


# Organising ----------------------------------------------------------------------------------

async def test_no_event_yet_answers_with_the_main_menu_to_go_on(app: App) -> None:
    _, jan, school_id = await families(app)
    camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
    await jan.says("/profile")
    await jan.says("activiteiten")
    assert jan.replies[-1].text == (
        "Voorlopig geen komende activiteiten voor jou. /calendar zet de volgende in de agenda "
        "van je telefoon, altijd bijgewerkt.")
    assert jan.button_labels() == [
        "🗓️ Mijn week", "📅 Activiteiten", "🛒 Groepsaankopen", "💰 LETS: mijn eenheden",
        "🤝 Aanbod & vraag", "👤 Mijn profiel", "👧 Mijn kinderen", "🌐 Taal", "❓ Hulp"]
    await camille.says("/orders")
    assert camille.replies[-1].text == "Aucun achat groupé pour vous en ce moment."
    assert "📅 Événements" in camille.button_labels()


async def test_an_admin_invites_the_whole_school(app: App) -> None:
    anna, jan, school_id = await families(app)
    marie = await another_family(app, school_id, 403, "Marie",
                                 (("Léo", "P3"), ("Emma", "P5")))
    admin = await admin_of(app, school_id)
    start = local_moment(10)

    assert "Let's create an event. What is its title?" in await admin.says("/newevent")
    assert "When does it start?" in await admin.says("School fair")
    assert "Where?" in await admin.says(typed(start))
    assert "A few words of description?" in await admin.says("Gym")
    audience = await admin.says("Bring a cake")
    assert "Who is invited? Tap the classes, then Done. (0 chosen)" in audience
    assert admin.button_labels()[:2] == ["🏫 Whole school", "M1"]
    assert "How many places? Type a number" in await admin.taps("Whole school")
    assert "Ask how many adults and children come?" in await admin.says("40")
    assert "By when must people answer?" in await admin.taps("No")
    assert "Volunteer slots?" in await admin.taps("No deadline")
    summary = await admin.says("Cake stand 14-15h;2")
    assert "Please check:\n📅 School fair\n" f"🕒 {shown(start)}\n📍 Gym\n👥 🏫 Whole school\n" \
        "Places: 40 · Headcount: not asked · Answer by: -\nSlots: Cake stand 14-15h (2)" \
        in summary
    assert admin.button_labels() == ["✅ Create and invite", "Cancel"]
    created = await admin.taps("✅ Create and invite")
    assert "✅ Event created; 3 families are being invited." in created
    assert "🙋 Cake stand 14-15h (0/2)" in created

    await app.deliver()
    assert anna.last.text == (f"📅 You are invited: School fair\n🕒 {shown(start)}\n📍 Gym\n"
                              "Bring a cake\nWill you come?")
    assert anna.button_labels() == ["✅ Yes", "🤔 Maybe", "❌ No"]
    assert jan.last.text.startswith("📅 Je bent uitgenodigd: School fair\n"
                                    f"🕒 {shown(start, 'nl')}\n")
    assert jan.last.text.endswith("Kom je?")
    assert jan.button_labels() == ["✅ Ja", "🤔 Misschien", "❌ Nee"]
    # Two children at the school, one invitation.
    assert len(received(marie, "Vous êtes invité·e : School fair")) == 1
    assert received(admin, "You are invited") == []


async def test_an_event_without_place_or_description_leaves_those_lines_out(app: App) -> None:
    anna, _, school_id = await families(app)
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    admin = await admin_of(app, school_id)
    start = local_moment(10, 8, 30)
    await organise(admin, "Parents' evening", when=start, place=None)
    summary = received(admin, "Please check:")[-1]
    assert summary.startswith(f"Please check:\n📅 Parents' evening\n🕒 {shown(start)}\n"
                              "👥 🏫 Whole school\n")
    await app.deliver()
    assert marie.last.text == (f"📅 Vous êtes invité·e : Parents' evening\n"
                               f"🕒 {shown(start, 'fr')}\nViendrez-vous ?")
    assert anna.last.text == (f"📅 You are invited: Parents' evening\n🕒 {shown(start)}\n"
                              "Will you come?")
    assert (await open_event(anna, "Parents' evening")).startswith(
        f"📅 Parents' evening\n🕒 {shown(start)}\n✅ 0 · 🤔 0 · ❌ 0\n")
    await marie.taps("Oui")

    await open_event(admin, "Parents' evening")
    await admin.taps("Change time")
    later = local_moment(11, 8, 30)
    await admin.says(typed(later))
    await app.deliver()
    assert marie.last.text == (f"🔔 « Parents' evening » a changé : désormais "
                               f"{shown(later, 'fr')}.")
    with time_machine.travel(later.astimezone(UTC) - timedelta(hours=24)):
        await queue_event_reminders(app.sessions)
        await app.deliver()
    # (on WhatsApp a template after a day of silence, asking to reply for its buttons)
    assert marie.last.text.startswith(f"⏰ Rappel : Parents' evening — {shown(later, 'fr')}.")


async def test_a_parent_with_children_in_two_invited_classes_is_invited_once(app: App) -> None:
    anna, jan, school_id = await families(app)
    marie = await another_family(app, school_id, 403, "Marie",
                                 (("Léo", "P3"), ("Emma", "P5")))
    luc = await another_family(app, school_id, 404, "Luc", (("Hugo", "P6"),))
    admin = await admin_of(app, school_id)
    await admin.says("/newevent")
    await admin.says("Class concert")
    await admin.says(typed(local_moment(12)))
    await admin.taps("Skip")
    await admin.taps("Skip")
    await admin.taps("P3")
    assert "(2 chosen)" in await admin.taps("P5")
    assert "✅ P3" in admin.button_labels() and "✅ P5" in admin.button_labels()
    await admin.taps("Done")
    await admin.taps("No limit")
    await admin.taps("No")
    await admin.taps("No deadline")
    assert "👥 P3, P5" in await admin.taps("No slots")
    assert "3 families are being invited" in await admin.taps("Create and invite")
    await app.deliver()
    assert len(received(anna, "You are invited: Class concert")) == 1
    assert len(received(jan, "Je bent uitgenodigd: Class concert")) == 1
    assert len(received(marie, "Vous êtes invité·e : Class concert")) == 1
    assert received(luc, "Class concert") == []


async def test_a_parent_cannot_organise(app: App) -> None:
    anna, _, _ = await families(app)
    assert await anna.says("/newevent") == \
        "Only school administrators and class representatives can organise events."
    for action in ("school", "create", "skip"):  # wizard steps she was never shown
        assert (await anna.forges(WizardCb(action=action).pack())).startswith(
            "This button is no longer valid.")
    async with app.sessions() as session:
        assert await session.scalar(select(Event.id)) is None


async def test_a_rep_of_one_class_is_not_asked_whom_to_invite(app: App) -> None:
    anna, _, school_id = await families(app)  # Anna's child is in P3
    rep = await rep_of(app, school_id, "P3")
    await rep.says("/newevent")
    await rep.says("Class picnic")
    await rep.says(typed(local_moment(9)))
    await rep.taps("Skip")
    asked = await rep.taps("Skip")
    assert asked.startswith("👥 For the families of P3, your class.\nHow many places?")
    await rep.taps("No limit")
    await rep.taps("No")
    await rep.taps("No deadline")
    assert "👥 P3\n" in await rep.taps("No slots")
    assert "2 families are being invited" in await rep.taps("Create and invite")


async def test_a_class_rep_invites_only_their_own_class(app: App) -> None:
    anna, jan, school_id = await families(app)  # both have a child in P3
    luc = await another_family(app, school_id, 403, "Luc", (("Hugo", "P5"),))
    rep = await rep_of(app, school_id, "P3", "P4")
    ids = await class_ids(app, school_id)
    await rep.says("/newevent")
    await rep.says("Class picnic")
    await rep.says(typed(local_moment(9)))
    await rep.taps("Skip")
    assert "Who is invited? Tap the classes, then Done. (0 chosen)" in await rep.taps("Skip")
    assert rep.button_labels() == ["P3", "P4", "Done"]  # no "Whole school", no other class

    refused = "As a class representative you can only invite your own classes."
    assert await rep.forges(WizardCb(action="school").pack()) == refused
    assert await rep.forges(WizardCb(action="class", value=ids["P5"]).pack()) == refused
    assert await rep.taps("Done") == "Tap at least one of your classes, then Done."
    assert "(1 chosen)" in await rep.taps("P3")
    assert rep.button_labels() == ["✅ P3", "P4", "Done"]
    assert await rep.forges(WizardCb(action="class", value=ids["P5"]).pack()) == refused
    assert "How many places?" in await rep.taps("Done")
    await rep.taps("No limit")
    await rep.taps("No")
    await rep.taps("No deadline")
    summary = await rep.taps("No slots")
    assert "👥 P3\n" in summary
    created = await rep.taps("Create and invite")
    assert "✅ Event created; 2 families are being invited." in created
    assert "👥 Who comes" in created  # the rep manages their own event

    await app.deliver()
    assert anna.last.text.startswith("📅 You are invited: Class picnic")
    assert jan.last.text.startswith("📅 Je bent uitgenodigd: Class picnic")
    assert received(luc, "Class picnic") == []
    assert (await luc.says("/events")).startswith(
            "Aucun événement à venir pour vous pour l'instant.")


async def test_bad_wizard_input_is_explained_and_the_step_kept(app: App) -> None:
    _, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await admin.says("/newevent")
    assert await admin.says("ab") == "Please type a title of 3 to 120 characters."
    assert "When does it start?" in await admin.says("Quiz night")

    not_understood = ("I did not understand that date. Type for example 12/03 18h30 or "
                      "12/03/2027 18:30.")
    assert await admin.says("next week") == not_understood
    assert await admin.says("31/02 18h30") == not_understood
    assert await admin.says(f"{local_moment(-2):%d/%m/%Y} 18h30") == \
        "The start must be in the future."
    assert await admin.says(typed(local_moment(5)) + "-17h") == \
        "The end must come after the start."
    assert "Where?" in await admin.says(typed(local_moment(5)))

    await admin.taps("Skip")
    await admin.taps("Skip")
    await admin.taps("Whole school")
    for bad in ("0", "abc", "-3", "10001", "²"):
        assert await admin.says(bad) == "The number of places must be between 1 and 10,000."
    assert "Ask how many adults" in await admin.says("20")
    await admin.taps("No")

    late = "The answer deadline must be in the future and not after the start."
    assert await admin.says(typed(local_moment(6))) == late  # after the start
    assert await admin.says(f"{local_moment(-1):%d/%m/%Y} 18h30") == late  # in the past
    assert await admin.says("tomorrow") == not_understood
    assert "Volunteer slots?" in await admin.says(typed(local_moment(3)))

    slots_refused = "At most 10 volunteer slots, each for 1 to 100 people."
    for bad in ("Cake stand;0", "Cake stand;101", "\n".join(f"S{n};1" for n in range(11))):
        assert await admin.says(bad) == slots_refused
    for bad, line in (("Cake stand", "1 (“Cake stand”)"), ("Cake stand 4", "1 (“Cake stand 4”)"),
                      ("Cake stand;many", "1 (“Cake stand;many”)"), (";3", "1 (“;3”)"),
                      ("Bar;1\nCakes", "2 (“Cakes”)"), ("Bar;1\n\nCakes 4", "3 (“Cakes 4”)")):
        assert await admin.says(bad) == (
            f"I cannot read line {line}. Write a label, “;” and the number of places, "
            "e.g. “Cakes; 4”."), bad
    summary = await admin.says("Cake stand;2\n\nBar; 1")  # a blank line is fine
    assert f"Places: 20 · Headcount: not asked · Answer by: {shown(local_moment(3))}" in summary
    assert "Slots: Cake stand (2), Bar (1)" in summary
    assert (await admin.taps("Cancel")).startswith("Cancelled. Here is the main menu.")
    assert "🧑‍🏫 Organise" in admin.button_labels()  # back where they started
    async with app.sessions() as session:
        assert await session.scalar(select(Event.id)) is None


# Answering -----------------------------------------------------------------------------------

async def test_answering_from_the_invitation_and_changing_it(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start = local_moment(10)
    await organise(admin, when=start)
    await app.deliver()
    invitation = anna.last

    assert await anna.taps("Maybe") == "🤔 Noted: maybe for “School fair”.\n[1] 📆 Add to calendar"
    assert f"[1] 🤔 School fair · {shown(start)}" in await anna.says("/events")
    assert await anna.taps_again(invitation, "Yes") == \
        "✅ Noted: you come to “School fair”.\n[1] 📆 Add to calendar"
    assert await jan.taps("Nee") == "❌ Genoteerd: je komt niet naar “School fair”."
    assert f"✅ School fair · {shown(start)}" in await anna.says("/events")
    assert f"❌ School fair · {shown(start, 'nl')}" in await jan.says("/events")
    assert f"▫️ School fair · {shown(start)}" in await admin.says("/events")

    card = await anna.taps("School fair")
    assert card.startswith(f"📅 School fair\n🕒 {shown(start)}\n📍 Gym\n✅ 1 · 🤔 0 · ❌ 1\n"
                           "Your answer: ✅ yes")
    assert anna.button_labels() == ["✅ Yes", "🤔 Maybe", "❌ No", "📆 Add to calendar"]
    assert await anna.taps("No") == "❌ Noted: you do not come to “School fair”."
    assert "✅ 0 · 🤔 0 · ❌ 2\nYour answer: not given yet" in await open_event(admin)
    assert "Jouw antwoord: ❌ nee" in await open_event(jan)


async def test_on_telegram_the_card_answered_shows_the_answer_and_keeps_its_buttons(
        app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin, capacity=20, headcount=True)
    await app.deliver()
    invitation = anna.last

    assert await anna.taps("Maybe") == "🤔 Noted: maybe for “School fair”.\n[1] 📆 Add to calendar"
    if app.channel == "whatsapp":  # WhatsApp cannot edit: a copy would only repeat it
        assert anna.edited == [] and len(received(anna, "You are invited")) == 1
        return
    [card] = anna.edited
    assert (card.message_id, card.text) == (invitation.message_id,
                                            invitation.text + "\nYour answer: 🤔 maybe")
    assert [b.label for b in card.flat_buttons] == ["✅ Yes", "🤔 Maybe", "❌ No"]
    await anna.taps_again(card, "Yes")  # changed from the card: the line is replaced
    await anna.taps("2")
    assert "✅ Noted: you come" in await anna.taps("1")
    [card] = anna.edited
    assert card.text == invitation.text + "\nYour answer: ✅ yes (2 adults and 1 child)"
    assert "✅ Noted" in await anna.taps_again(card, "Yes") + await anna.taps("2") + \
        await anna.taps("1")
    assert anna.edited == []  # the same answer again: nothing to edit

    await open_event(anna)  # the event's page is drawn again, counts and all
    await anna.taps("No")
    [page] = anna.edited
    assert "✅ 0 families (0 people) · 🤔 0 · ❌ 1 · 20 places left\nYour answer: ❌ no" in \
        page.text
    assert [b.label for b in page.flat_buttons] == \
        ["✅ Yes", "🤔 Maybe", "❌ No", "📆 Add to calendar"]


async def test_the_answer_line_is_replaced_after_a_change_of_language(app: App) -> None:
    """Anna answered in English, then switched to French and answered again from the
    same invitation: its English line went unrecognised and the card ended with two."""
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin)
    await app.deliver()
    invitation = anna.last
    await anna.taps("Maybe")
    if app.channel == "whatsapp":  # no edits there: nothing to replace
        return
    [card] = anna.edited
    assert card.text == invitation.text + "\nYour answer: 🤔 maybe"
    await anna.says("/language")
    await anna.taps("Français")
    assert "✅ C'est noté" in await anna.taps_again(card, "Yes")
    [card] = anna.edited
    assert card.text == invitation.text + "\nVotre réponse : ✅ oui"


async def test_a_headcount_asks_adults_then_children(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    assert "20 places left" in await organise(admin, capacity=20, headcount=True)
    await app.deliver()
    invitation = jan.last

    assert await anna.taps("Yes") == ("How many adults will come? Tap a number, or type it "
                                      "(at most 10).\n[1] 1  [2] 2  [3] 3  [4] 4  [5] 5")
    assert await anna.says("11") == "Please type a number from 1 to 10."
    assert await anna.says("7") == ("And how many children? Tap a number, or type it "
                                    "(at most 20).\n[1] 0  [2] 1  [3] 2  [4] 3  [5] 4  [6] 5")
    assert await anna.says("21") == "Please type a number from 0 to 20."
    assert await anna.taps("3") == \
        "✅ Noted: you come to “School fair” (7 adults and 3 children).\n[1] 📆 Add to calendar"
    assert await jan.taps("Ja") == ("Hoeveel volwassenen komen er? Tik op een getal, of typ het "
                                    "(hoogstens 10).\n[1] 1  [2] 2  [3] 3  [4] 4  [5] 5")
    assert await jan.says("veel") == "Typ een getal van 1 tot 10."
    assert await jan.taps_again(invitation, "Misschien") == \
        "🤔 Genoteerd: misschien voor “School fair”.\n[1] 📆 In mijn agenda"
    assert (await jan.says("3")).startswith("Dat begreep ik niet")  # no longer a headcount
    card = await open_event(anna)
    assert "✅ 1 family (10 people) · 🤔 1 · ❌ 0 · 10 places left\nYour answer: ✅ yes" in card
    await open_event(admin)
    assert await admin.taps("Who comes") == (
        "👥 School fair\n✅ 1 family (10 people) · 🤔 1 · ❌ 0\n"
        "👪 Coming: 7 adults and 3 children\n\n✅ Anna De Smet (7 + 3)\n🤔 Jan Peeters")


async def test_an_event_cancelled_while_a_family_counts_ends_the_question(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin, capacity=20, headcount=True)
    await app.deliver()
    await anna.taps("Yes")
    assert (await anna.says("2")).startswith("And how many children?")
    await jan.taps("Ja")
    await open_event(admin)
    await admin.taps("Cancel event")
    await admin.taps("Yes, cancel it")

    assert await anna.says("8") == "This event has been cancelled."
    assert (await anna.says("8")).startswith("I did not understand.")  # no longer counting
    assert await jan.says("8") == "Deze activiteit is geannuleerd."
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Rsvp)) == 0


async def test_a_full_event_has_a_waiting_list_and_a_freed_place_is_given(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start = local_moment(10)
    assert "1 place left" in await organise(admin, when=start, capacity=1)
    await app.deliver()

    assert await anna.taps("Yes") == "✅ Noted: you come to “School fair”.\n[1] 📆 Add to calendar"
    assert await jan.taps("Ja") == ("⏳ “School fair” is volzet: je bent nummer 1 op de "
                                    "wachtlijst. Ik laat het je weten als er een plaats vrijkomt.")
    card = await open_event(jan)
    assert "✅ 1 · 🤔 0 · ❌ 0 · volzet · 1 wachtend\n" \
        "Jouw antwoord: ⏳ op de wachtlijst, nummer 1" in card
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    assert "✅ 1 · 🤔 0 · ❌ 0 · complet · 1 en attente\n" in await open_event(marie)
    await open_event(admin)
    assert await admin.taps("Who comes") == ("👥 School fair\n"
                                             "✅ 1 · 🤔 0 · ❌ 0 · ⏳ 1 · ▫️ 1 not answered yet\n\n"
                                             "✅ Anna De Smet\n⏳ Jan Peeters\n▫️ Marie Martin\n"
        "[1] 🔔 Remind them")
    await open_event(marie)
    assert await marie.taps("Oui") == ("⏳ « School fair » est complet : vous êtes en position 2 "
                                       "sur la liste d'attente. Je vous préviens si une place "
                                       "se libère.")

    await open_event(anna)
    assert await anna.taps("No") == "❌ Noted: you do not come to “School fair”."
    assert await app.deliver() == 1
    assert jan.last.text == ("🎉 Er kwam een plaats vrij: je bent nu bevestigd voor "
                             f"“School fair” ({shown(start, 'nl')}).")
    assert "Jouw antwoord: ✅ ja" in await open_event(jan)
    assert "Votre réponse : ⏳ sur la liste d'attente, en position 1" in await open_event(marie)
    assert "✅ 1 · 🤔 0 · ❌ 1 · full · 1 waiting\nYour answer: ❌ no" in await open_event(anna)


async def test_the_organiser_changes_the_number_of_places(app: App) -> None:
    anna, jan, school_id = await families(app)
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    admin = await admin_of(app, school_id)
    start = local_moment(10)
    await organise(admin, when=start, capacity=2)
    await app.deliver()
    await anna.taps("Yes")
    await jan.taps("Ja")
    assert "en position 1 sur la liste d'attente" in await marie.taps("Oui")

    await open_event(admin)
    assert await admin.taps("Number of places") == \
        "How many places should there be? There are 2 now, 2 of them taken. Type a number, " \
        "or tap “No limit”.\n[1] No limit"
    assert await admin.says("1") == ("2 places are already taken by confirmed answers: there "
                                     "cannot be fewer places. Nothing was changed.")
    assert await admin.says("lots") == "The number of places must be between 1 and 10,000."
    assert await admin.says("3") == ("✅ Number of places: 3. 1 person from the waiting list "
                                     "is now confirmed and will be told.")
    assert await app.deliver() == 1
    assert marie.last.text == ("🎉 Une place s'est libérée : vous êtes confirmé·e pour "
                               f"« School fair » ({shown(start, 'fr')}).")
    assert "✅ 3 · 🤔 0 · ❌ 0 · full\nYour answer: not given yet" in await open_event(admin)
    await admin.taps("Number of places")
    assert await admin.says("5") == "✅ Number of places: 5."
    assert "2 places left" in await open_event(anna)
    assert "Number of places" not in " ".join(anna.button_labels())  # organisers only


async def test_an_event_without_a_limit_is_given_one_and_it_is_lifted_again(app: App) -> None:
    anna, jan, school_id = await families(app)
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    admin = await admin_of(app, school_id)
    start = local_moment(10)
    await organise(admin, when=start)
    await app.deliver()
    await anna.taps("Yes")
    await jan.taps("Ja")

    await open_event(admin)
    assert await admin.taps("Number of places") == \
        "How many places should there be? There is no limit now, and 2 people come."
    assert await admin.says("1") == ("2 places are already taken by confirmed answers: there "
                                     "cannot be fewer places. Nothing was changed.")
    assert await admin.says("2") == "✅ Number of places: 2."
    assert "✅ 2 · 🤔 0 · ❌ 0 · full\nYour answer: ✅ yes" in await open_event(anna)
    assert "en position 1 sur la liste d'attente" in await marie.taps("Oui")

    await open_event(admin)
    await admin.taps("Number of places")
    assert await admin.taps("No limit") == ("✅ Number of places: no limit. 1 person from the "
                                            "waiting list is now confirmed and will be told.")
    assert await app.deliver() == 1
    assert marie.last.text == ("🎉 Une place s'est libérée : vous êtes confirmé·e pour "
                               f"« School fair » ({shown(start, 'fr')}).")
    assert "✅ 3 · 🤔 0 · ❌ 0\nYour answer: ✅ yes" in await open_event(anna)
    await open_event(admin)
    assert await admin.taps("Number of places") == \
        "How many places should there be? There is no limit now, and 3 people come."


async def test_a_family_too_large_for_the_places_left_is_told_why_it_waits(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start = local_moment(10)
    await organise(admin, when=start, capacity=4, headcount=True)
    await app.deliver()
    await anna.taps("Yes")
    await anna.taps("2")
    assert await anna.taps("1") == ("✅ Noted: you come to “School fair” (2 adults and 1 child)."
                                    "\n[1] 📆 Add to calendar")
    await jan.taps("Ja")
    await jan.taps("3")
    assert await jan.taps("0") == (
        "⏳ Er is nog maar 1 plaats voor “School fair”, niet genoeg voor 3 personen: je bent "
        "nummer 1 op de wachtlijst. Ik laat het je weten zodra er plaats is voor jullie.")
    assert "Jouw antwoord: ⏳ op de wachtlijst, nummer 1 (3 volwassenen en 0 kinderen)" in \
        await open_event(jan)
    assert "1 place left · 1 waiting\nYour answer: ✅ yes (2 adults and 1 child)" in \
        await open_event(anna)

    await anna.taps("Yes")  # one of them cannot come after all
    await anna.taps("1")
    assert await anna.taps("0") == ("✅ Noted: you come to “School fair” (1 adult and 0 children)."
                                    "\n[1] 📆 Add to calendar")
    await app.deliver()
    assert jan.last.text == ("🎉 Er kwam een plaats vrij: je bent nu bevestigd voor "
                             f"“School fair” ({shown(start, 'nl')}).")
    await open_event(anna)
    await anna.taps("Add to calendar")
    assert anna.last.document == f"event-{await event_id(app)}.ics"


async def test_saying_no_while_signed_up_for_a_slot_offers_to_leave_it(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin, slots="Bar;3\nCake stand;1")
    await app.deliver()
    await open_event(anna)
    await anna.taps("Bar")
    await open_event(anna)
    assert await anna.taps("No") == (
        "❌ Noted: you do not come to “School fair”.\n🙋 You are still signed up to help: Bar. "
        "Not there after all? Tap to leave.\n[1] Leave “Bar”")
    assert await anna.taps("Leave “Bar”") == "You left “Bar”."
    await open_event(admin)
    assert (await admin.taps("Who comes")).endswith(
        "❌ Anna De Smet\n▫️ Jan Peeters\n🙋 Bar (0/3): —\n🙋 Cake stand (0/1): —\n"
        "[1] 🔔 Remind them")


async def test_volunteer_slots_are_taken_left_and_full(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin, slots="Cake stand 14-15h;1\nBar;3")
    await app.deliver()

    card = await open_event(anna)
    assert "🙋 Cake stand 14-15h (0/1)" in card and "🙋 Bar (0/3)" in card
    assert await anna.taps("Cake stand") == \
        "🙋 Thank you! You signed up for “Cake stand 14-15h”."
    assert "🙋 Cake stand 14-15h (1/1) ✔" in await open_event(anna)
    await open_event(jan)
    assert await jan.taps("Cake stand") == "Het tijdslot “Cake stand 14-15h” is volzet."
    assert await jan.taps("Bar") == "🙋 Bedankt! Je bent ingeschreven voor “Bar”."

    card = await open_event(anna)
    assert await anna.taps("Cake stand") == "You left “Cake stand 14-15h”."
    assert await jan.taps("Cake stand") == \
        "🙋 Bedankt! Je bent ingeschreven voor “Cake stand 14-15h”."
    await open_event(anna)
    assert await anna.taps("Cake stand") == "The slot “Cake stand 14-15h” is full."
    card = await open_event(jan)
    assert "🙋 Cake stand 14-15h (1/1) ✔" in card and "🙋 Bar (1/3) ✔" in card
    assert jan.said.count("✔") == 2

    await open_event(admin)  # the organiser's CSV says who helps where
    await admin.taps("CSV")
    rows = list(csv.reader(io.StringIO(admin.last.document_bytes.decode("utf-8-sig")),
                           delimiter=";"))
    assert [(row[0], row[2], row[-1]) for row in rows[1:]] == [
        ("Anna De Smet", "not answered", ""),
        ("Jan Peeters", "not answered", "Cake stand 14-15h, Bar")]
    await open_event(admin)
    who_comes = await admin.taps("Who comes")  # and so do their names under each slot
    assert who_comes.endswith("🙋 Cake stand 14-15h (1/1): Jan Peeters\n🙋 Bar (1/3): Jan Peeters"
                              "\n[1] 🔔 Remind them")


async def test_a_second_tap_on_a_slot_does_not_undo_the_first(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin, slots="Bar;2")
    await app.deliver()

    await open_event(anna)
    join = anna.keyboard()
    assert await anna.taps("Bar") == "🙋 Thank you! You signed up for “Bar”."
    assert await anna.taps_again(join, "Bar") == "🙋 You are already signed up for “Bar”."
    assert "🙋 Bar (1/2) ✔" in await open_event(anna)
    leave = anna.keyboard()
    assert await anna.taps("Bar") == "You left “Bar”."
    assert await anna.taps_again(leave, "Bar") == "You are not signed up for “Bar”."
    await open_event(anna)
    assert "🙋 Bar (0/2)" in anna.button_labels()

    await open_event(admin)
    await admin.taps("Cancel event")
    await admin.taps("Yes, cancel it")
    assert await anna.taps_again(join, "Bar") == "This event has been cancelled."


async def test_an_event_ending_another_day_says_so_in_the_list(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start, end = local_moment(10, 20, 0), local_moment(11, 11, 0)
    await organise(admin, "Class camp", when=start)
    await organise(admin, "Cake sale", when=local_moment(12, 15, 0))
    await open_event(admin, "Class camp")
    await admin.taps("Change time")
    await admin.says(f"{typed(start)} - {typed(end)}")
    await anna.says("/events")  # the end's day, as a date is shown but without the year
    assert anna.button_labels()[:2] == [
        f"▫️ Class camp · {shown(start)} → {' '.join(shown(end).split()[:3])}",
        f"▫️ Cake sale · {shown(local_moment(12, 15, 0))}"]
    await jan.says("/events")
    assert jan.button_labels()[0] == \
        f"▫️ Class camp · {shown(start, 'nl')} → {' '.join(shown(end, 'nl').split()[:3])}"


async def test_an_event_with_an_end_shows_it_and_goes_to_my_calendar(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start = local_moment(10)
    await admin.says("/newevent")
    await admin.says("School fair")
    await admin.says(typed(start) + "-20h")
    await admin.says("Salle de gym")
    await admin.says("Bring a cake")
    await admin.taps("Whole school")
    await admin.taps("No limit")
    await admin.taps("No")
    await admin.taps("No deadline")
    assert f"🕒 {shown(start)}–20:00\n" in await admin.taps("No slots")
    await admin.taps("Create and invite")
    number = await event_id(app)
    await app.deliver()
    assert f"🕒 {shown(start)}–20:00\n📍 Salle de gym\n" in anna.last.text
    assert f"🕒 {shown(start, 'nl')}–20:00\n" in jan.last.text
    await anna.taps("Yes")
    with time_machine.travel(start.astimezone(UTC) - timedelta(hours=24)):
        await queue_event_reminders(app.sessions)
        await app.deliver()
    assert anna.last.text.startswith(
        f"⏰ Reminder: School fair — {shown(start)}–20:00, Salle de gym.")

    assert f"🕒 {shown(start)}–20:00\n" in await open_event(anna)
    assert await anna.taps("📆 Add to calendar") == \
        f"📆 “School fair” for your calendar.\n📎 event-{number}.ics"
    assert anna.last.document == f"event-{number}.ics"
    [entry] = Calendar.from_ical(anna.last.document_bytes).walk("VEVENT")
    assert str(entry["summary"]) == "School fair"
    assert entry.decoded("dtstart") == start.astimezone(UTC)
    assert entry.decoded("dtend") == local_moment(10, 20, 0).astimezone(UTC)
    assert str(entry["location"]) == "Salle de gym"
    assert str(entry["description"]) == "Bring a cake"


# Organiser tools -----------------------------------------------------------------------------

async def test_who_comes_and_the_csv_are_for_organisers_only(app: App) -> None:
    anna, jan, school_id = await families(app)
    await another_family(app, school_id, 403, "Marie", (("Léo", "M2"),))
    admin = await admin_of(app, school_id)
    await organise(admin)
    await app.deliver()
    number = await event_id(app)
    await anna.taps("Yes")
    await jan.taps("Misschien")

    card = await open_event(admin)
    assert "✅ 1 · 🤔 1 · ❌ 0\nYour answer: not given yet" in card
    assert admin.button_labels()[-7:] == ["📆 Add to calendar", "👥 Who comes", "📄 CSV",
                                          "🕒 Change time", "📍 Change place",
                                          "🎟️ Number of places", "🚫 Cancel event"]
    assert await admin.taps("Who comes") == ("👥 School fair\n"
                                             "✅ 1 · 🤔 1 · ❌ 0 · ▫️ 1 not answered yet\n\n"
                                             "✅ Anna De Smet\n🤔 Jan Peeters\n▫️ Marie Martin\n"
        "[1] 🔔 Remind them")
    await open_event(admin)
    assert await admin.taps("CSV") == f"📄 Answers for “School fair”.\n📎 event-{number}.csv"
    assert admin.last.document == f"event-{number}.csv"
    sheet = admin.last.document_bytes.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(sheet), delimiter=";"))
    assert rows == [  # in the organiser's language, with the families yet to answer
        ["family", "classes", "answer", "waiting list", "adults", "children", "volunteering"],
        ["Anna De Smet", "P3", "yes", "no", "1", "0", ""],
        ["Jan Peeters", "P3", "maybe", "no", "", "", ""],  # no headcount was asked of him
        ["Marie Martin", "M2", "not answered", "", "", "", ""]]

    await open_event(anna)
    labels = anna.button_labels()
    assert "👥 Who comes" not in labels and "📄 CSV" not in labels
    assert "🚫 Cancel event" not in labels
    not_yours = "That event does not exist or is not for you."
    for action in ("csv", "attendees", "move", "cancel", "cancel_yes"):
        assert await anna.forges(EventCb(action=action, event_id=number).pack()) == not_yours
    assert await jan.forges(EventCb(action="csv", event_id=number).pack()) == \
        "Die activiteit bestaat niet of is niet voor jou."
    assert await anna.forges(EventCb(action="view", event_id=number + 99).pack()) == not_yours
    assert "Your answer: ✅ yes" in await open_event(anna)  # nothing was cancelled


async def test_who_comes_gives_the_totals_then_each_family_and_who_has_not_answered(
        app: App) -> None:
    anna, jan, school_id = await families(app)  # both in P3
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    await another_family(app, school_id, 404, "Luc", (("Hugo", "P3"),))
    rep = await rep_of(app, school_id, "P3")
    await rep.says("/newevent")
    await rep.says("Class picnic")
    await rep.says(typed(local_moment(9)))
    await rep.taps("Skip")
    await rep.taps("Skip")
    await rep.says("6")
    await rep.taps("Yes, ask")
    await rep.taps("No deadline")
    await rep.taps("No slots")
    await rep.taps("Create and invite")
    await app.deliver()
    await jan.taps("Nee")
    await marie.taps("Oui")
    await marie.taps("2")
    await marie.taps("2")
    await anna.taps("Yes")
    await anna.taps("2")
    assert "waiting list" in await anna.taps("1")
    await open_event(rep, "Class picnic")
    assert await rep.taps("Who comes") == (
        "👥 Class picnic\n✅ 1 family (4 people) · 🤔 0 · ❌ 1 · ⏳ 1 · ▫️ 1 not answered yet\n"
        "👪 Coming: 2 adults and 2 children\n\n"
        "✅ Marie Martin (2 + 2)\n⏳ Anna De Smet (2 + 1)\n❌ Jan Peeters\n▫️ Luc Martin\n"
        "[1] 🔔 Remind them")


async def test_who_comes_for_a_whole_school_names_fifty_and_counts_the_rest(
        app: App) -> None:
    _, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    async with unit_of_work(app.sessions) as uow:
        for number in range(60):
            uow.session.add(Member(school_id=school_id, first_name="Parent", last_name=str(number),
                                   locale="fr", status="active"))
    await organise(admin)
    await open_event(admin)
    who = await admin.taps("Who comes")
    assert who.startswith("👥 School fair\n✅ 0 · 🤔 0 · ❌ 0 · ▫️ 62 not answered yet\n\n")
    assert who.count("▫️") == 51
    assert who.endswith("\n… and 12 more: the 📄 CSV lists everyone.\n[1] 🔔 Remind them")


async def test_changing_the_time_tells_those_who_come(app: App) -> None:
    anna, jan, school_id = await families(app)
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    admin = await admin_of(app, school_id)
    await organise(admin)
    await app.deliver()
    await anna.taps("Yes")
    await marie.taps("Peut-être")
    await jan.taps("Nee")

    await open_event(admin)
    assert f"🕒 Now: {shown(local_moment(10))}. When does it start?" in \
        await admin.taps("Change time")
    assert "I did not understand that date" in await admin.says("soon")
    assert await admin.says(f"{local_moment(-1):%d/%m/%Y} 18h30") == \
        "The start must be in the future."
    later = local_moment(11, 19, 0)
    assert await admin.says(typed(later)) == (
        "✅ Changed. 2 people who answered yes or maybe will be told; 1 person who said no "
        "is told too, in case they can come now.")
    assert await app.deliver() == 3
    assert anna.last.text == f"🔔 “School fair” has changed: now {shown(later)}, Gym."
    assert marie.last.text == \
        f"🔔 « School fair » a changé : désormais {shown(later, 'fr')}, Gym."
    assert jan.last.text == (f"🔔 Je zei nee voor “School fair”, maar het is gewijzigd: nu "
                             f"{shown(later, 'nl')}, Gym. Kun je nu wel komen?")
    assert jan.button_labels() == ["✅ Ja", "🤔 Misschien", "❌ Nee"]
    assert f"🕒 {shown(later)}" in await open_event(anna)

    await open_event(admin)
    assert "Where?" in await admin.taps("Change place")
    assert "✅ Changed. 2 people" in await admin.says("Refectory")
    await app.deliver()
    assert anna.last.text == f"🔔 “School fair” has changed: now {shown(later)}, Refectory."
    assert len(received(jan, "🔔 Je zei nee")) == 2


async def test_a_change_asks_again_those_yet_to_answer_with_the_buttons(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin)
    await app.deliver()  # neither has answered: their invitations say the old time
    invitation = jan.last

    await open_event(admin)
    await admin.taps("Change time")
    later = local_moment(11, 19, 0)
    assert await admin.says(typed(later)) == (
        "✅ Changed. Nobody had answered yes or maybe; 2 people yet to answer get the "
        "change with the answer buttons.")
    await jan.taps_again(invitation, "Nee")  # Jan answers first: his question is taken back
    await app.deliver()
    assert anna.last.text == f"🔔 “School fair” has changed: now {shown(later)}, Gym. " \
        "Will you come?"
    assert anna.button_labels() == ["✅ Yes", "🤔 Maybe", "❌ No"]
    assert received(jan, "🔔") == []  # a no stays a no
    await anna.taps("Yes")  # she answers for the new time, from the notice
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Rsvp)) == 2


async def test_who_said_no_is_asked_again_once_for_the_latest_change(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    deadline = local_moment(5)
    await organise(admin, deadline=deadline)
    await app.deliver()
    await anna.taps("Yes")
    await jan.taps("Nee")

    await open_event(admin)
    await admin.taps("Change time")
    later = local_moment(11, 19, 0)
    assert await admin.says(typed(later)) == (
        "✅ Changed. 1 person who answered yes or maybe will be told; 1 person who said no is "
        "told too, in case they can come now.")
    await open_event(admin)  # changed again before it went out: only the latest is asked
    await admin.taps("Change place")
    await admin.says("Refectory")
    assert await app.deliver() == 2
    assert received(jan, "🔔") == [
        f"🔔 Je zei nee voor “School fair”, maar het is gewijzigd: nu {shown(later, 'nl')}, "
        "Refectory. Kun je nu wel komen?"]
    assert (await jan.taps("Ja")).startswith("✅ Genoteerd: je komt naar “School fair”.")

    with time_machine.travel(deadline.astimezone(UTC) + timedelta(hours=1)):
        await open_event(anna)
        await anna.taps("No")  # a no is still taken after the deadline
        await open_event(admin)
        await admin.taps("Change place")
        assert "1 person who said no is told too" in await admin.says("Playground")
        await app.deliver()
        assert anna.last.text == ("🔔 You said no to “School fair”, but it has changed: now "
                                  f"{shown(later)}, Playground.")  # answers are closed
        assert anna.last.buttons == []


async def test_cancelling_tells_everyone_invited_and_closes_answers(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start = local_moment(10)
    # (no slot: one more choice and WhatsApp numbers the card, and only the latest
    # numbered message can be answered, where this tries the older card's buttons)
    await organise(admin, when=start)
    await app.deliver()
    invitation = anna.last
    await anna.taps("Yes")  # Jan has not answered: he is told as well
    await anna.says("/events")
    listing = anna.keyboard()

    await open_event(admin)
    card = admin.keyboard()
    assert await admin.taps("Cancel event") == \
        "Cancel “School fair”? Everyone invited will be told.\n[1] Yes, cancel it  [2] No, keep"
    keep = await admin.taps("No, keep")
    assert keep.startswith("📅 School fair")  # back to the event, nothing changed
    await admin.taps("Cancel event")
    confirm = admin.keyboard()
    assert (await admin.taps("Yes, cancel it")).startswith("🚫 Cancelled.")
    await app.deliver()
    assert anna.last.text == f"🚫 “School fair” ({shown(start)}) is cancelled."
    assert jan.last.text == f"🚫 “School fair” ({shown(start, 'nl')}) is geannuleerd."

    assert await anna.taps_again(invitation, "Maybe") == "This event has been cancelled."
    assert await jan.taps("Ja") == "Deze activiteit is geannuleerd."
    nothing = await anna.says("/events")
    assert nothing.startswith("No upcoming event for you for now.")
    assert "/calendar puts the coming ones in your phone's calendar" in nothing  # subscribe now
    assert await admin.taps_again(confirm, "Yes, cancel it") == "This event has been cancelled."
    # Older buttons to it say so, rather than show it as if it were still on.
    assert await anna.taps_again(listing, "School fair") == "This event has been cancelled."
    assert await admin.taps_again(confirm, "No, keep") == "This event has been cancelled."
    for action in ("Change time", "Change place", "Cancel event"):
        assert await admin.taps_again(card, action) == "This event has been cancelled."
    assert await app.deliver() == 0


# Time: deadlines and reminders ---------------------------------------------------------------

async def test_answers_close_at_the_deadline(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start, deadline = local_moment(4), local_moment(2)
    summary_answer = await organise(admin, when=start, deadline=deadline)
    assert "2 families are being invited" in summary_answer
    await app.deliver()
    invitation = anna.last
    await anna.taps("Maybe")

    with time_machine.travel(deadline.astimezone(UTC) + timedelta(minutes=1)):
        too_late = "It is too late to answer or change your answer for this event."
        assert await anna.taps_again(invitation, "Yes") == too_late
        assert await jan.taps("Ja") == ("Het is te laat om te antwoorden of je antwoord te "
                                        "wijzigen voor deze activiteit.")
        assert "✅ 0 · 🤔 1 · ❌ 0\nYour answer: 🤔 maybe" in await open_event(anna)
        assert await anna.taps("Yes") == too_late
        # Saying one no longer comes is still heard: better than an empty place.
        assert await anna.taps("No") == "❌ Noted: you do not come to “School fair”."
        assert "Jouw antwoord: nog niet gegeven" in await open_event(jan)

    with time_machine.travel(start.astimezone(UTC) + timedelta(minutes=1)):
        assert await anna.taps_again(invitation, "No") == too_late
    with time_machine.travel(start.astimezone(UTC) + timedelta(hours=6, minutes=1)):
        assert (await anna.says("/events")).startswith("No upcoming event for you for now.")  # over


async def test_a_reminder_the_day_before_goes_once_to_those_who_come(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start = local_moment(10)
    await organise(admin, when=start)
    await app.deliver()
    await anna.taps("Yes")
    await jan.taps("Nee")

    with time_machine.travel(start.astimezone(UTC) - timedelta(hours=24, minutes=1)):
        await queue_event_reminders(app.sessions)
        assert await app.deliver() == 0  # not yet
    with time_machine.travel(start.astimezone(UTC) - timedelta(hours=24)):
        await queue_event_reminders(app.sessions)
        await app.parents_wrote_recently()  # on WhatsApp, no template: the button comes too
        assert await app.deliver() == 1
        assert anna.last.text.startswith(f"⏰ Reminder: School fair — {shown(start)}, Gym.")
        assert anna.button_labels() == ["❌ I can't come"]
        await queue_event_reminders(app.sessions)  # the next pass, a minute later
        assert await app.deliver() == 0
        assert await anna.taps("I can't come") == "❌ Noted: you do not come to “School fair”."
    assert len(received(anna, "⏰")) == 1
    assert received(jan, "⏰") == []


async def test_a_reminder_not_sent_yet_is_held_back_from_who_then_says_no(app: App) -> None:
    anna, _, school_id = await families(app)
    await organise(await admin_of(app, school_id), when=(start := local_moment(10)))
    await app.deliver()
    invitation = anna.keyboard()
    await anna.taps("Yes")
    with time_machine.travel(start.astimezone(UTC) - timedelta(hours=24)):
        await queue_event_reminders(app.sessions)  # queued, not sent yet
        assert await anna.taps_again(invitation, "No") == \
            "❌ Noted: you do not come to “School fair”."
        await app.deliver()
    assert received(anna, "⏰") == []


async def test_a_nudge_before_the_deadline_lets_me_answer(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start, deadline = local_moment(3), local_moment(2)
    await organise(admin, when=start, deadline=deadline)
    await app.deliver()
    await jan.taps("Nee")

    with time_machine.travel(deadline.astimezone(UTC) - timedelta(hours=25)):
        await queue_event_reminders(app.sessions)
        await app.deliver()
        assert received(anna, "📅 Will you come") == []
    with time_machine.travel(deadline.astimezone(UTC) - timedelta(hours=24)):
        await queue_event_reminders(app.sessions)
        await app.deliver()
        assert anna.last.text.startswith(  # on WhatsApp, a template (then: reply for more)
            f"📅 Will you come to “School fair”? Please answer before {shown(deadline)}.")
        assert anna.button_labels() == ["✅ Yes", "🤔 Maybe", "❌ No"]
        assert await anna.taps("Yes") == \
            "✅ Noted: you come to “School fair”.\n[1] 📆 Add to calendar"
        await queue_event_reminders(app.sessions)
        await app.deliver()
    assert len(received(anna, "📅 Will you come")) == 1
    assert received(jan, "📅 Kom je naar") == []
    assert "✅ 1 · 🤔 0 · ❌ 1\nYour answer: ✅ yes" in await open_event(anna)


async def test_on_the_day_the_event_is_still_listed_and_its_organiser_sees_who_comes(
        app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    start = local_moment(1)
    await organise(admin, when=start)
    await app.deliver()
    await anna.taps("Yes")

    with time_machine.travel(start.astimezone(UTC) + timedelta(minutes=20)):
        assert "School fair" in await anna.says("/events")  # late, looking for the place
        card = await anna.taps("School fair")
        assert card.startswith("🟢 Happening now — answers are closed.\n📅 School fair")
        assert "📍 Gym" in card and "Yes" not in " ".join(anna.button_labels())
        await admin.says("/events")
        assert "✅ 1" in (await admin.taps("School fair"), await admin.taps("Who comes"))[1]
    with time_machine.travel(start.astimezone(UTC) + timedelta(hours=7)):
        assert (await anna.says("/events")).startswith("No upcoming event for you for now.")


# Regressions ---------------------------------------------------------------------------------

async def test_who_answered_before_the_invitation_went_out_is_not_asked(app: App) -> None:
    anna, jan, admin, night = await organised_at_night(app)
    with time_machine.travel(night, tick=False):
        assert await app.deliver() == 0  # the invitations wait for the morning
    with time_machine.travel(night.replace(day=24, hour=7), tick=False):
        assert "✅ Noted: you come" in (await open_event(anna), await anna.taps("Yes"))[1]
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        assert await app.deliver() == 1  # Jan's; Anna has answered already
    assert received(anna, "📅 You are invited") == []
    assert len(received(jan, "📅 Je bent uitgenodigd")) == 1


async def test_an_event_cancelled_before_its_invitations_went_out_is_never_heard_of(
        app: App) -> None:
    anna, jan, admin, night = await organised_at_night(app)
    with time_machine.travel(night, tick=False):
        await open_event(admin)
        await admin.taps("Cancel event")
        assert await admin.taps("Yes, cancel it") == (
            "🚫 Cancelled. Nobody had received the invitation yet, so nobody needs to be told.")
        assert await app.deliver() == 0  # nobody woken up for an event they never heard of
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        assert await app.deliver() == 0  # and no invitation to it in the morning
    assert received(anna, "School fair") == [] and received(jan, "School fair") == []


async def test_who_saw_the_event_before_its_invitation_is_told_it_is_cancelled(
        app: App) -> None:
    anna, jan, admin, night = await organised_at_night(app)
    with time_machine.travel(night, tick=False):
        await open_event(anna)  # she found it in /events and answered
        await anna.taps("Yes")
        await open_event(admin)
        await admin.taps("Cancel event")
        assert await admin.taps("Yes, cancel it") == "🚫 Cancelled. 1 person will be told."
        assert await app.deliver() == 1
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        assert await app.deliver() == 0
    assert received(anna, "🚫") == ["🚫 “School fair” (Thu 3 Dec 2026, 22:00) is cancelled."]
    assert received(anna, "📅 You are invited") == []
    assert received(jan, "School fair") == []


async def test_an_invitation_held_back_for_the_night_tells_the_new_time(app: App) -> None:
    anna, _, admin, night = await organised_at_night(app)
    with time_machine.travel(night, tick=False):
        await open_event(admin)
        await admin.taps("Change time")
        assert await admin.says("4/12/2026 18h30") == \
            "✅ Changed. Nobody had answered yes or maybe, so nobody needs to be told."
        await open_event(admin)
        await admin.taps("Change place")
        await admin.says("Refectory")
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        await app.deliver()
    assert received(anna, "School fair") == [
        "📅 You are invited: School fair\n🕒 Fri 4 Dec 2026, 18:30\n📍 Refectory\nWill you come?"]


async def test_a_reminder_not_sent_yet_when_the_time_changes_tells_the_new_time(
        app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    night = await quiet_nights(app)  # Monday 22:00
    start = night.replace(day=25, hour=20, minute=30)  # Wednesday
    later = start.replace(hour=21, minute=0)
    with time_machine.travel(night - timedelta(hours=10), tick=False):
        await organise(admin, when=start)
        await app.parents_wrote_recently()
        await app.deliver()
        await anna.taps("Yes")
    with time_machine.travel(start - timedelta(hours=24), tick=False):
        # Queued, not sent yet: the sender is behind (a backlog, a retry after an error).
        await queue_event_reminders(app.sessions)
    with time_machine.travel(night + timedelta(days=1), tick=False):  # Tuesday 22:00
        await open_event(admin)
        await admin.taps("Change time")
        assert "1 person" in await admin.says(typed(later))
        assert await app.deliver() == 0  # the old reminder is gone, the news waits
    with time_machine.travel(night + timedelta(days=1, hours=10), tick=False):  # morning
        await queue_event_reminders(app.sessions)  # the reminder for the new time is due
        await open_event(admin)
        await admin.taps("Change place")
        await admin.says("Refectory")
        await app.parents_wrote_recently()
        assert await app.deliver() == 3  # and Jan, yet to answer, is asked for the new time
        await queue_event_reminders(app.sessions)
        assert await app.deliver() == 0
    assert [text.split("\n")[0] for text in received(anna, "School fair")[2:]] == [
        f"⏰ Reminder: School fair — {shown(later)}, Refectory.",
        f"🔔 “School fair” has changed: now {shown(later)}, Refectory."]


async def test_a_family_notice_held_for_the_night_tells_the_new_time(app: App) -> None:
    """What Anna answered for the family waits for the morning to reach Marc: by then the
    event has moved, and the notice says when it is now, not when it was."""
    anna, _, school_id = await families(app)
    marc = await second_parent(app, anna)
    admin = await admin_of(app, school_id)
    night = await quiet_nights(app)  # Monday 22:00
    start, later = night + timedelta(days=10), night + timedelta(days=11, hours=-3)
    with time_machine.travel(night - timedelta(hours=10), tick=False):
        await organise(admin, when=start)
        await app.parents_wrote_recently()
        await app.deliver()
    with time_machine.travel(night, tick=False):
        await anna.taps("Yes")
        await open_event(admin)
        await admin.taps("Change time")
        await admin.says(typed(later))
        await open_event(admin)
        await admin.taps("Change place")
        await admin.says("Refectory")
        assert await app.deliver() == 0  # all of it waits for the morning
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        await app.deliver()
    assert [text.split(" To change")[0] for text in received(marc, "School fair")[1:]] == [
        f"👥 Anna De Smet answered for your family: ✅ yes — “School fair” ({shown(later)}).",
        f"🔔 “School fair” has changed: now {shown(later)}, Refectory."]


async def test_a_long_place_can_be_changed_and_is_told(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    place = "Salle polyvalente de l'école, rue des Tilleuls 12, 1140 Evere"
    await organise(admin, place=place)
    await app.deliver()
    await anna.taps("Yes")
    await open_event(admin)
    await admin.taps("Change time")
    later = local_moment(11)
    assert await admin.says(typed(later)) == (
        "✅ Changed. 1 person who answered yes or maybe will be told; 1 person yet to answer "
        "gets the change with the answer buttons.")
    await app.deliver()  # else the second change's notice replaces the first's
    await open_event(admin)
    await admin.taps("Change place")
    assert "✅ Changed. 1 person" in await admin.says(place + " (grande salle)")
    await app.deliver()
    assert received(anna, "🔔") == [
        f"🔔 “School fair” has changed: now {shown(later)}, {place}.",
        f"🔔 “School fair” has changed: now {shown(later)}, {place} (grande salle)."]


async def test_a_second_freed_place_for_the_same_parent_is_announced_again(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin, capacity=1)
    await app.deliver()
    await anna.taps("Yes")
    await jan.taps("Ja")
    await open_event(anna)
    await anna.taps("No")
    await app.deliver()
    await open_event(jan)
    await jan.taps("Nee")
    await open_event(anna)
    await anna.taps("Yes")
    await open_event(jan)
    assert "wachtlijst" in await jan.taps("Ja")
    assert "⏳" in (await jan.says("/events"))  # waiting, not marked as coming
    await open_event(anna)
    await anna.taps("No")
    assert await app.deliver() == 1
    assert len(received(jan, "🎉 Er kwam een plaats vrij")) == 2


async def test_a_nudge_comes_even_when_the_event_is_far_away(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    deadline = local_moment(2)
    await organise(admin, when=local_moment(10), deadline=deadline)
    await app.deliver()
    with time_machine.travel(deadline.astimezone(UTC) - timedelta(hours=24)):
        await queue_event_reminders(app.sessions)
        await app.deliver()
    assert len(received(anna, "📅 Will you come")) == 1
    assert received(admin, "📅 Will you come") == []  # not to the organiser herself


async def test_changing_the_time_changes_the_end_and_those_who_come_hear_both(
        app: App) -> None:
    anna, admin = await anna_comes_to_the_fair(app)

    async def change(typed_time: str) -> str:
        await open_event(admin)
        await admin.taps("Change time")
        answer = await admin.says(typed_time)
        await app.deliver()  # else the next change's notice replaces this one's
        return answer

    await open_event(admin)
    assert f"🕒 Now: {shown(local_moment(10))}. When does it start?" in \
        await admin.taps("Change time")
    assert await admin.says("17h-14h") == "The end must come after the start."
    assert "1 person" in await admin.says("14h-17h")  # the same day
    await app.deliver()
    assert anna.last.text == \
        f"🔔 “School fair” has changed: now {shown(local_moment(10, 14, 0))}–17:00, Gym."
    assert "1 person" in await change(typed(local_moment(11, 9, 0)))  # as long as before
    assert f"now {shown(local_moment(11, 9, 0))}–12:00, Gym." in anna.last.text
    overnight, morning = local_moment(12, 20, 0), local_moment(13, 11, 0)
    assert "1 person" in await change(f"{typed(overnight)} - {typed(morning)}")
    assert f"now {shown(overnight)} – {shown(morning)}, Gym." in anna.last.text
    async with app.sessions() as session:
        event = await session.get(Event, await event_id(app))
    assert (event.starts_at, event.ends_at) == (overnight, morning)
    assert len(received(anna, "🔔")) == 3


async def test_the_end_time_is_removed_with_a_button_and_a_start_alone_then_has_none(
        app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin)
    await open_event(admin)
    assert "No end time" not in await admin.taps("Change time")  # no end to remove
    assert await admin.says("18h30-20h") == \
        "✅ Changed. Nobody had answered yes or maybe, so nobody needs to be told."
    await app.deliver()
    await anna.taps("Yes")

    await open_event(admin)
    assert await admin.taps("Change time") == (
        f"🕒 Now: {shown(local_moment(10))}–20:00. When does it start? For example 12/03 "
        "18h30, with an end if you like: 12/03 18h30-20h. The same day, the times are enough: "
        "14h-17h. A start alone keeps the event's length; to remove the end time, tap “No end "
        "time”.\n[1] No end time")
    assert await admin.taps("No end time") == (
        "✅ Changed. 1 person who answered yes or maybe will be told; 1 person yet to answer "
        "gets the change with the answer buttons.")
    await app.deliver()
    assert anna.last.text == f"🔔 “School fair” has changed: now {shown(local_moment(10))}, Gym."
    assert f"🕒 {shown(local_moment(10))}\n" in await open_event(anna)

    await open_event(admin)
    assert "tap “No end time”" not in await admin.taps("Change time")
    assert "1 person" in await admin.says("14h")  # a start alone: still no end
    await app.deliver()
    assert anna.last.text == \
        f"🔔 “School fair” has changed: now {shown(local_moment(10, 14, 0))}, Gym."
    async with app.sessions() as session:
        event = await session.get(Event, await event_id(app))
    assert (event.starts_at, event.ends_at) == (local_moment(10, 14, 0), None)


@pytest.mark.parametrize(("locale", "lines"), [
    ("fr", ("Sans heure de fin", "Un début seul garde la durée de l'événement ; pour retirer "
            "l'heure de fin, touchez « Sans heure de fin ».", "Il n'y a pas de limite "
            "maintenant, et 0 personne vient.", "Tapez un nombre, ou touchez « Sans limite ».",
            "Personne n'avait répondu oui ou peut-être : personne n'a besoin d'être prévenu.")),
    ("nl", ("Geen einduur", "Met alleen een begin blijft de duur dezelfde; om het einduur te "
            "schrappen, tik op “Geen einduur”.", "Er is nu geen limiet, en 0 mensen komen.",
            "Typ een getal, of tik op “Geen limiet”.", "Niemand had ja of misschien geantwoord, "
            "dus niemand hoeft bericht te krijgen.")),
])
def test_no_end_time_no_limit_and_nobody_told_read_in_each_language(locale, lines) -> None:
    t = Translator().for_locale(locale)
    label, hint, unlimited, limited, nobody = lines
    assert t("events-no-end") == label
    assert t("events-ask-new-when", when="…", has_end="yes").endswith(" " + hint)
    assert hint not in t("events-ask-new-when", when="…", has_end="no")
    assert t("events-ask-places", capacity=-1, confirmed=0).endswith(" " + unlimited)
    assert t("events-ask-places", capacity=4, confirmed=2).endswith(" " + limited)
    assert t("events-change-done", count=0, asked=0, declined=0, total=0).endswith(
        " " + nobody)


async def test_the_no_end_time_button_of_another_prompt_does_nothing(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin, when=local_moment(10))
    await organise(admin, "Book swap", when=local_moment(12))
    for title in ("School fair", "Book swap"):
        await open_event(admin, title)
        await admin.taps("Change time")
        await admin.says("18h30-20h")
    await open_event(admin, "School fair")
    await admin.taps("Change time")
    stale = admin.keyboard()
    await admin.says("/events")  # the prompt is left
    assert "No end time" not in await admin.taps_again(stale, "No end time")
    await open_event(admin, "Book swap")
    await admin.taps("Change time")  # another event's prompt
    assert "No end time" not in await admin.taps_again(stale, "No end time")
    async with app.sessions() as session:
        ends = list(await session.scalars(select(Event.ends_at).order_by(Event.id)))
    assert ends == [local_moment(10, 20, 0), local_moment(12, 20, 0)]


async def test_the_calendar_file_after_a_change_is_the_same_entry_a_version_later(
        app: App) -> None:
    anna, admin = await anna_comes_to_the_fair(app)

    async def calendar_entry():
        await open_event(anna)
        await anna.taps("Add to calendar")
        [entry] = Calendar.from_ical(anna.last.document_bytes).walk("VEVENT")
        return entry

    first = await calendar_entry()
    assert (str(first["uid"]), first["sequence"]) == (f"event-{await event_id(app)}@schoolhub", 0)
    await open_event(admin)
    await admin.taps("Change time")
    await admin.says("14h-17h")
    moved = await calendar_entry()
    assert str(moved["uid"]) == str(first["uid"]) and moved["sequence"] == 1
    assert moved.decoded("dtstart") == local_moment(10, 14, 0).astimezone(UTC)
    assert moved.decoded("last-modified") >= first.decoded("last-modified")
    assert moved.decoded("dtstamp") == moved.decoded("last-modified")
    await open_event(admin)
    await admin.taps("Change place")
    await admin.says("Refectory")
    placed = await calendar_entry()
    assert (str(placed["uid"]), placed["sequence"]) == (str(first["uid"]), 2)
    assert str(placed["location"]) == "Refectory"
    assert (await calendar_entry())["sequence"] == 2  # the same version, downloaded again


async def test_headcount_is_not_asked_when_answers_are_closed(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    deadline = local_moment(2)
    await organise(admin, headcount=True, deadline=deadline)
    await app.deliver()
    invitation = anna.last
    with time_machine.travel(deadline.astimezone(UTC) + timedelta(minutes=1)):
        assert "too late" in await anna.taps_again(invitation, "Yes")


async def test_the_organiser_is_not_told_of_their_own_cancellation(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    assert "2 families are being invited" in await organise(admin)
    await app.deliver()
    await open_event(admin)
    await admin.taps("Cancel event")
    assert "2 people will be told" in await admin.taps("Yes, cancel it")
    await app.deliver()
    assert received(admin, "is cancelled") == []
    assert len(received(anna, "is cancelled")) == 1


async def test_the_date_of_an_event_shows_its_weekday_in_every_language(app: App) -> None:
    anna, jan, school_id = await families(app)
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    admin = await admin_of(app, school_id)
    await admin.says("/newevent")
    await admin.says("School fair")
    await admin.says("1/12/2099 18h30")
    await admin.says("Gym")
    await admin.taps("Skip")
    await admin.taps("Whole school")
    await admin.taps("No limit")
    await admin.taps("No")
    await admin.taps("No deadline")
    assert "🕒 Tue 1 Dec 2099, 18:30\n" in await admin.taps("No slots")
    await admin.taps("Create and invite")
    await app.deliver()
    assert "🕒 Tue 1 Dec 2099, 18:30\n" in anna.last.text
    assert "🕒 di 1 dec 2099, 18:30\n" in jan.last.text
    assert "🕒 mar. 1 déc. 2099, 18:30\n" in marie.last.text
    await marie.says("/events")
    assert marie.button_labels() == ["▫️ School fair · mar. 1 déc. 2099, 18:30",
                                      "📆 S'abonner"]


# A class rep's view of who has not answered --------------------------------------------------

async def test_who_comes_and_the_csv_name_a_family_yet_to_answer_once(app: App) -> None:
    """Two parents of Léa are one family: "▫️ 2 not answered yet" for one family sent the
    rep chasing a family too many, and the CSV listed them on two lines."""
    anna, _, school_id = await families(app)
    await second_parent(app, anna)
    rep = await rep_of(app, school_id)
    await organise(rep, "Class picnic", audience=())
    await app.deliver()
    await open_event(rep, "Class picnic")
    assert (await rep.taps("Who comes")).startswith(
        "👥 Class picnic\n✅ 0 · 🤔 0 · ❌ 0 · ▫️ 2 not answered yet\n\n"
        "▫️ Anna De Smet & Marc Dubois\n▫️ Jan Peeters")
    await open_event(rep, "Class picnic")
    await rep.taps("CSV")
    rows = list(csv.reader(io.StringIO(rep.last.document_bytes.decode("utf-8-sig")),
                           delimiter=";"))
    assert rows[1:] == [["Anna De Smet & Marc Dubois", "P3", "not answered", "", "", "", ""],
                        ["Jan Peeters", "P3", "not answered", "", "", "", ""]]


async def test_a_rep_reminds_only_the_families_yet_to_answer_once_a_day(app: App) -> None:
    anna, jan, school_id = await families(app)  # Léa and Noor, both in P3
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    rep = await rep_of(app, school_id)
    start, deadline = local_moment(10), local_moment(5)
    await organise(rep, "Class picnic", when=start, deadline=deadline, audience=())
    await app.deliver()
    await anna.taps("Yes")

    await open_event(rep, "Class picnic")
    who = await rep.taps("Who comes")
    assert "▫️ 2 not answered yet" in who and "▫️ Jan Peeters\n▫️ Marie Martin" in who
    assert rep.button_labels() == ["🔔 Remind them"]
    listed = rep.keyboard()
    assert await rep.taps("Remind them") == (
        "🔔 2 families have not answered “Class picnic” yet: they get a reminder with the "
        "answer buttons.")
    await app.deliver()
    assert jan.last.text.startswith(
        f"📅 Tom Claes vraagt: kom je naar “Class picnic” ({shown(start, 'nl')})? "
        f"Antwoord graag vóór {shown(deadline, 'nl')}.")
    assert marie.last.text.startswith(
        f"📅 Tom Claes demande : viendrez-vous à « Class picnic » ({shown(start, 'fr')}) ?")
    assert (await jan.taps("Ja")).startswith("✅ Genoteerd: je komt naar “Class picnic”.")

    assert await rep.taps_again(listed, "Remind them") == (  # a second tap the same day
        "The families yet to answer have already been reminded today, or their invitation is "
        "still on its way: you can remind them again tomorrow.")
    assert await app.deliver() == 0
    async with unit_of_work(app.sessions) as uow:  # Nina, rep of P5, pokes at Tom's event
        code = (await create_invite(uow.session, school_id, role="class_rep",
                                    class_code="P5")).code
    nina = app.person(407, "Nina", "en")
    await register(nina, code, first="Nina", last="Wouters", children=())
    ask = EventCb(action="ask", event_id=await event_id(app, "Class picnic")).pack()
    assert await nina.forges(ask) == "That event does not exist or is not for you."
    await app.deliver()
    assert received(anna, "Tom Claes") == []  # she has answered: not a word to her
    assert len(received(jan, "Tom Claes vraagt")) == 1  # once, whatever the taps
    assert len(received(marie, "Tom Claes demande")) == 1
    await marie.taps("Non")
    assert await rep.taps_again(listed, "Remind them") == \
        "Every family has answered: there is nobody to remind."
    await open_event(rep, "Class picnic")
    who = await rep.taps("Who comes")
    assert "not answered" not in who and "Remind" not in who  # nobody left: no button


async def test_a_reminder_waits_for_the_morning_and_parents_cannot_send_one(app: App) -> None:
    anna, jan, admin, night = await organised_at_night(app)
    ask = EventCb(action="ask", event_id=await event_id(app)).pack()
    with time_machine.travel(night, tick=False):  # the invitations wait for the morning
        await open_event(admin)
        await admin.taps("Who comes")
        assert "invitation is still on its way" in await admin.taps("Remind them")
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        await app.deliver()
    assert len(received(jan, "📅 Je bent uitgenodigd")) == 1
    with time_machine.travel(night.replace(day=24), tick=False):  # Tuesday, 22:00
        assert await anna.forges(ask) == "That event does not exist or is not for you."
        await open_event(admin)
        await admin.taps("Who comes")
        assert await admin.taps("Remind them") == (
            "🔔 2 families have not answered “School fair” yet: they get a reminder with the "
            "answer buttons after the quiet hours, on Wed 25 Nov 2026, 08:00.")
        await app.deliver()
        assert received(anna, "Sophie Lambert asks") == []
    with time_machine.travel(night.replace(day=25, hour=8), tick=False):
        await app.parents_wrote_recently()
        await app.deliver()
    assert len(received(anna, "📅 Sophie Lambert asks: will you come to “School fair”")) == 1
    assert len(received(jan, "📅 Sophie Lambert vraagt")) == 1
    with time_machine.travel(night + timedelta(days=10, minutes=1), tick=False):  # it is on
        assert await admin.forges(ask) == \
            "Answers are closed for this event: there is nobody left to remind."


# One answer per family ------------------------------------------------------------------------

async def test_a_co_parents_invitation_still_waiting_is_withdrawn_once_the_family_answers(
        app: App) -> None:
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)
    admin = await admin_of(app, school_id)
    await app.deliver()  # (Anna hears that Marc shares Léa)
    night = await quiet_nights(app)
    with time_machine.travel(night, tick=False):
        await organise(admin, when=night + timedelta(days=10))  # the invitations wait
        await open_event(anna)  # she found it in /events and answered for the family
        await anna.taps("Yes")
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        assert await app.deliver() == 1  # Jan's: Marc's would ask his family again
        assert received(marc, "School fair") == []
        card = await open_event(marc)  # the family's answer, which he may change
        assert "Your answer: ✅ yes\n👥 Anna De Smet answered for your family." in card
        assert "❌ Noted" in await marc.taps("No")
        await app.deliver()
    assert received(jan, "📅 Je bent uitgenodigd")
    assert anna.last.text.startswith(  # her answer was replaced: she hears it
        "👥 Marc Dubois answered for your family: ❌ no — “School fair” (")


async def test_both_parents_answer_yes_and_their_family_comes_once(app: App) -> None:
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)
    admin = await admin_of(app, school_id)
    await app.deliver()  # (Anna hears that Marc shares Léa)
    start = local_moment(10)
    await organise(admin, when=start, capacity=10, headcount=True)
    await app.deliver()
    await anna.taps("Yes")
    await anna.taps("2")
    await anna.taps("1")
    assert await app.deliver() == 1  # Marc, whose invitation reached him
    assert marc.last.text.startswith(
        "👥 Anna De Smet answered for your family: ✅ yes (2 adults and 1 child) — "
        f"“School fair” ({shown(start)}). To change it, tap below.")
    assert marc.button_labels() == ["✅ Yes", "🤔 Maybe", "❌ No"]
    assert "✅ 1 family (3 people) · 🤔 0 · ❌ 0 · 7 places left\nYour answer: ✅ yes (2 adults " \
        "and 1 child)\n👥 Anna De Smet answered for your family." in await open_event(marc)
    await marc.says("/events")
    assert marc.button_labels() == [f"✅ School fair · {shown(start)}", "📆 Subscribe"]

    await open_event(marc)
    await marc.taps("Yes")  # he says yes too: for fewer of them
    await marc.taps("1")
    assert (await marc.taps("1")).startswith(
        "✅ Noted: you come to “School fair” (1 adult and 1 child).")
    assert await app.deliver() == 1
    assert anna.last.text.startswith("👥 Marc Dubois answered for your family: ✅ yes (1 adult "
                                     "and 1 child) — “School fair”")
    assert "✅ 1 family (2 people) · 🤔 0 · ❌ 0 · 8 places left\nYour answer: ✅ yes (1 adult " \
        "and 1 child)\n👥 Marc Dubois answered for your family." in await open_event(anna)
    await anna.taps("Yes")  # the same answer again changes nothing for Marc
    await anna.taps("1")
    await anna.taps("1")
    assert await app.deliver() == 0

    await open_event(admin)
    assert (await admin.taps("Who comes")).startswith(
        "👥 School fair\n✅ 1 family (2 people) · 🤔 0 · ❌ 0 · ▫️ 1 not answered yet\n"
        "👪 Coming: 1 adult and 1 child\n\n✅ Anna De Smet (1 + 1)\n▫️ Jan Peeters")
    await open_event(admin)
    await admin.taps("CSV")
    rows = list(csv.reader(io.StringIO(admin.last.document_bytes.decode("utf-8-sig")),
                           delimiter=";"))
    assert [(row[0], row[2], row[4], row[5]) for row in rows[1:]] == [
        ("Anna De Smet", "yes", "1", "1"), ("Jan Peeters", "not answered", "", "")]


async def test_a_second_parents_answer_frees_places_for_the_waiting_list(app: App) -> None:
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)
    admin = await admin_of(app, school_id)
    await app.deliver()
    start = local_moment(10)
    await organise(admin, when=start, capacity=3, headcount=True)
    await app.deliver()
    await anna.taps("Yes")
    await anna.taps("2")
    await anna.taps("1")  # the three places
    await jan.taps("Ja")
    await jan.taps("1")
    assert (await jan.taps("0")).startswith("⏳ “School fair” is volzet: je bent nummer 1")
    await app.deliver()  # Marc hears of Anna's answer, with the buttons to change it
    await marc.taps("Yes")
    await marc.taps("1")
    assert (await marc.taps("1")).startswith(  # not a second family waiting: the same one
        "✅ Noted: you come to “School fair” (1 adult and 1 child).")
    assert await app.deliver() == 2  # the freed place goes to Jan; Anna hears of it
    assert jan.last.text == ("🎉 Er kwam een plaats vrij: je bent nu bevestigd voor "
                             f"“School fair” ({shown(start, 'nl')}).")
    assert anna.last.text.startswith("👥 Marc Dubois answered for your family")
    assert "✅ 2 families (3 people) · 🤔 0 · ❌ 0 · full\nYour answer: ✅ yes (1 adult and " \
        "1 child)" in await open_event(anna)


async def test_a_new_time_and_the_reminders_reach_both_parents_of_a_family_that_comes(
        app: App) -> None:
    """The family's one answer is in the row of whoever gave it: Marc, invited as Anna
    was, heard nothing of a new time nor got a reminder once she had answered yes."""
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)
    admin = await admin_of(app, school_id)
    await app.deliver()  # (Anna hears that Marc shares Léa)
    start = local_moment(10)
    await organise(admin, when=start)
    await app.deliver()
    await anna.taps("Yes")
    await app.deliver()  # Marc hears of her answer
    await open_event(admin)
    await admin.taps("Change time")
    later = local_moment(11, 19, 0)
    assert (await admin.says(typed(later))).startswith(
        "✅ Changed. 2 people who answered yes or maybe will be told; 1 person yet to answer")
    assert await app.deliver() == 3  # Anna, Marc, and Jan with the answer buttons
    assert anna.last.text == marc.last.text == \
        f"🔔 “School fair” has changed: now {shown(later)}, Gym."

    with time_machine.travel(later.astimezone(UTC) - timedelta(hours=24)):
        await queue_event_reminders(app.sessions)
        await app.parents_wrote_recently()
        assert await app.deliver() == 2
        assert anna.last.text == marc.last.text == \
            f"⏰ Reminder: School fair — {shown(later)}, Gym."
    with time_machine.travel(later.astimezone(UTC) - timedelta(hours=2)):
        await queue_event_reminders(app.sessions)  # queued for both, not sent yet
        assert await anna.taps("I can't come") == "❌ Noted: you do not come to “School fair”."
        assert await app.deliver() == 1  # Marc hears of her no, and no reminder
    assert marc.last.text.startswith("👥 Anna De Smet answered for your family: ❌ no")
    assert len(received(anna, "⏰")) == len(received(marc, "⏰")) == 1
    assert received(jan, "⏰") == []


# Two reps of one class ------------------------------------------------------------------------

async def test_the_second_rep_of_a_class_manages_its_event_and_the_creator_is_told(
        app: App) -> None:
    anna, jan, school_id = await families(app)  # Léa and Noor, both in P3
    tom = await rep_of(app, school_id)
    await organise(tom, "Class picnic", audience=())
    await app.deliver()
    await anna.taps("Yes")
    camille = await co_rep(app, school_id)

    await open_event(camille, "Class picnic")
    assert camille.button_labels()[-7:] == [
        "📆 Dans mon agenda", "👥 Qui vient", "📄 CSV", "🕒 Changer l'heure",
        "📍 Changer le lieu", "🎟️ Nombre de places", "🚫 Annuler l'événement"]
    who = await camille.taps("Qui vient")
    assert "✅ Anna De Smet\n▫️ Jan Peeters" in who
    await open_event(camille, "Class picnic")
    await camille.taps("Changer l'heure")
    later = local_moment(11, 19, 0)
    assert (await camille.says(typed(later))).startswith("✅ Modifié. 1 personne")
    assert await app.deliver() == 3  # Anna, Jan (yet to answer) and Tom
    assert tom.last.text == (f"🔔 Camille Dubois (rep of P3) changed your event “Class picnic”: "
                             f"now {shown(later)}, Gym.")
    assert anna.last.text == f"🔔 “Class picnic” has changed: now {shown(later)}, Gym."
    assert received(camille, "a changé") == []  # not asked about her own change

    await open_event(camille, "Class picnic")
    await camille.taps("Qui vient")
    assert (await camille.taps("Les relancer")).startswith("🔔 1 famille n'a pas")
    assert await app.deliver() == 2  # Jan, and Tom
    assert jan.last.text.startswith("📅 Camille Dubois vraagt: kom je naar “Class picnic”")
    assert tom.last.text == (f"🔔 Camille Dubois (rep of P3) reminded the families yet to "
                             f"answer your event “Class picnic” ({shown(later)}).")

    await open_event(camille, "Class picnic")
    await camille.taps("Annuler l'événement")
    assert (await camille.taps("Oui, annuler")).startswith("🚫 Annulé.")
    await app.deliver()
    assert tom.last.text == (f"🚫 Camille Dubois (rep of P3) cancelled your event “Class "
                             f"picnic” ({shown(later)}); everyone invited is told.")

    await organise(tom, "Class walk", audience=())  # what the creator does, nobody hears of
    await open_event(tom, "Class walk")
    await tom.taps("Change place")
    await tom.says("Park")
    await app.deliver()
    assert received(camille, "Tom Claes") == []


async def test_the_creators_notice_held_for_the_night_tells_the_events_time_then(
        app: App) -> None:
    """Camille moves Tom's picnic at night, then moves it again: Tom's notices wait for
    the morning, and each tells when the picnic is by then, not when it was going to be
    at the first change."""
    _, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    camille = await co_rep(app, school_id)
    night = await quiet_nights(app)  # Monday 22:00
    first, then = (night + timedelta(days=10)).replace(hour=19), \
        (night + timedelta(days=11)).replace(hour=17)
    with time_machine.travel(night - timedelta(hours=10), tick=False):
        await organise(tom, "Class picnic", audience=(), when=night + timedelta(days=10))
        await app.deliver()
    with time_machine.travel(night):  # (a notice for each change, each stamped)
        for moment in (first, then):
            await open_event(camille, "Class picnic")
            await camille.taps("Changer l'heure")
            assert (await camille.says(typed(moment))).startswith("✅ Modifié.")
        await app.deliver()
        assert received(tom, "changed your event") == []  # the night is quiet
    with time_machine.travel(night + timedelta(hours=10), tick=False):  # 8:00
        await app.parents_wrote_recently()
        await app.deliver()
    assert received(tom, "changed your event") == 2 * [
        f"🔔 Camille Dubois (rep of P3) changed your event “Class picnic”: "
        f"now {shown(then)}, Gym."]


async def test_an_event_cancelled_by_the_co_rep_ends_the_organisers_prompt(app: App) -> None:
    _, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    camille = await co_rep(app, school_id)
    for action, typed_next in (("Change time", typed(local_moment(12))),
                               ("Change place", "Park"), ("Number of places", "30")):
        await organise(tom, action, audience=())
        await open_event(tom, action)
        await tom.taps(action)
        await open_event(camille, action)
        await camille.taps("Annuler l'événement")
        await camille.taps("Oui, annuler")

        assert await tom.says(typed_next) == "This event has been cancelled."
        assert (await tom.says(typed_next)).startswith("I did not understand.")  # prompt ended
    async with app.sessions() as session:
        kept = (await session.scalars(select(Event).order_by(Event.id))).all()
    assert [(e.starts_at, e.location, e.capacity) for e in kept] == \
        [(kept[0].starts_at, "Gym", None)] * 3  # nothing changed
    # The prompt's own button ends it the same way.
    for title, action, button, typed_next in (
            ("Picnic", "Change time", "No end time", typed(local_moment(12))),
            ("Walk", "Number of places", "No limit", "30")):
        await organise(tom, title, audience=(), capacity=20)
        async with unit_of_work(app.sessions) as uow:
            event = await uow.session.scalar(select(Event).where(Event.title == title))
            event.ends_at = event.starts_at + timedelta(hours=2)
        await open_event(tom, title)
        await tom.taps(action)
        prompt = tom.keyboard()
        await open_event(camille, title)
        await camille.taps("Annuler l'événement")
        await camille.taps("Oui, annuler")

        assert await tom.taps_again(prompt, button) == "This event has been cancelled."
        assert (await tom.says(typed_next)).startswith("I did not understand.")  # ended
    async with app.sessions() as session:
        kept = (await session.scalars(select(Event).where(Event.capacity == 20))).all()
    assert [e.ends_at - e.starts_at for e in kept] == [timedelta(hours=2)] * 2  # unchanged


async def test_a_rep_of_another_class_and_a_parent_cannot_manage_a_class_event(
        app: App) -> None:
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await organise(tom, "Class picnic", audience=())
    await app.deliver()
    camille = await co_rep(app, school_id, "P5")
    number = await event_id(app, "Class picnic")
    assert (await camille.says("/events")).startswith(
            "Aucun événement à venir pour vous pour l'instant.")
    for action in ("attendees", "ask", "move", "places", "cancel", "cancel_yes"):
        assert await camille.forges(EventCb(action=action, event_id=number).pack()) == \
            "Cet événement n'existe pas ou ne vous concerne pas."
        assert await anna.forges(EventCb(action=action, event_id=number).pack()) == \
            "That event does not exist or is not for you."
    assert await jan.forges(EventCb(action="cancel_yes", event_id=number).pack()) == \
        "Die activiteit bestaat niet of is niet voor jou."
    assert await app.deliver() == 0  # nobody reminded, nothing cancelled, Tom told nothing
    assert "🚫" not in await open_event(anna, "Class picnic")
    assert anna.button_labels()[-1] == "📆 Add to calendar"


async def test_an_event_for_two_classes_is_not_managed_by_a_rep_of_only_one(app: App) -> None:
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id, "P3", "P4")
    await organise(tom, "Joint picnic", audience=("P3", "P4"))
    camille = await co_rep(app, school_id)  # of P3 only
    await open_event(camille, "Joint picnic")
    assert "👥 Qui vient" not in camille.button_labels()
    assert camille.button_labels()[-1] == "📆 Dans mon agenda"
    number = await event_id(app, "Joint picnic")
    assert await camille.forges(EventCb(action="move", event_id=number).pack()) == \
        "Cet événement n'existe pas ou ne vous concerne pas."
    assert await camille.forges(EventCb(action="cancel_yes", event_id=number).pack()) == \
        "Cet événement n'existe pas ou ne vous concerne pas."
    assert "🕒" in await open_event(tom, "Joint picnic")  # still active, still Tom's
    assert "🚫 Cancel event" in tom.button_labels()

    admin = await admin_of(app, school_id)  # nor one for the whole school
    await organise(admin)
    await open_event(camille)
    assert "👥 Qui vient" not in camille.button_labels()
    assert await camille.forges(EventCb(action="attendees", event_id=await event_id(app))
                                .pack()) == "Cet événement n'existe pas ou ne vous concerne pas."


async def test_an_admin_who_changes_a_reps_event_tells_its_creator(app: App) -> None:
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await organise(tom, "Class picnic", audience=())
    admin = await admin_of(app, school_id)
    await app.deliver()
    await open_event(admin, "Class picnic")
    await admin.taps("Change place")
    assert (await admin.says("Park")).startswith("✅ Changed.")
    assert await app.deliver() == 3  # Anna and Jan (yet to answer), and Tom
    assert tom.last.text == (f"🔔 Sophie Lambert (admin) changed your event “Class picnic”: "
                             f"now {shown(local_moment(10))}, Park.")
    await open_event(admin, "Class picnic")
    await admin.taps("Cancel event")
    await admin.taps("Yes, cancel")
    await app.deliver()
    assert tom.last.text == (f"🚫 Sophie Lambert (admin) cancelled your event “Class picnic” "
                             f"({shown(local_moment(10))}); everyone invited is told.")


async def test_yes_typed_while_an_invitation_waits_brings_back_its_buttons(app: App) -> None:
    anna, jan, school_id = await families(app)
    assert "I did not understand" in await anna.says("yes")  # no invitation: no guess
    admin = await admin_of(app, school_id)
    await organise(admin)
    await organise(admin, "Class photo", when=local_moment(12))
    await app.deliver()
    await anna.says("/balance")  # the invitations are no longer the latest message
    answer = await anna.says("yes")
    assert answer.startswith(f"Is that your answer to “School fair” ({shown(local_moment(10))})"
                             "? Tap it below. 1 more event waits for your answer: see /events.")
    async with app.sessions() as session:  # typing is not answering
        assert await session.scalar(select(func.count()).select_from(Rsvp)) == 0
    assert "✅ Noted: you come to “School fair”." in await anna.taps("Yes")
    assert "“Class photo”" in await anna.says("oui")  # the next one still waiting
    await jan.says("/balance")
    assert "Is dat je antwoord op “School fair”" in await jan.says("ja")


async def test_a_rep_with_no_child_in_the_class_is_not_counted_as_a_family(app: App) -> None:
    """Camille, the other rep of P3, has no child there: Tom's P3 picnic is for its two
    families. She was invited, counted among "families yet to answer", nudged and
    reminded as one that never answers; she still sees and manages it, and may answer."""
    anna, jan, school_id = await families(app)  # Léa and Noor, both in P3
    tom = await rep_of(app, school_id)
    camille = await co_rep(app, school_id)
    start, deadline = local_moment(3), local_moment(2)
    assert (await organise(tom, "Class picnic", when=start, deadline=deadline, audience=())
            ).startswith("✅ Event created; 2 families are being invited.")
    assert await app.deliver() == 2  # Anna and Jan
    assert received(camille, "Class picnic") == []

    await open_event(camille, "Class picnic")  # hers to manage, as Tom's
    who = await camille.taps("Qui vient")
    assert "▫️ 2 " in who and "▫️ Anna De Smet\n▫️ Jan Peeters" in who and "Camille" not in who
    assert (await camille.taps("Les relancer")).startswith("🔔 2 familles n'ont pas")
    await open_event(tom, "Class picnic")
    await tom.taps("CSV")
    rows = list(csv.reader(io.StringIO(tom.last.document_bytes.decode("utf-8-sig")),
                           delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["Anna De Smet", "Jan Peeters"]
    seen = len(camille.inbox)
    with time_machine.travel(deadline.astimezone(UTC) - timedelta(hours=24)):
        await queue_event_reminders(app.sessions)
        await app.deliver()
    assert camille.inbox[seen:] == []  # nor reminded, nor nudged
    assert len(received(jan, "Class picnic")) == 3  # invited, reminded by Camille, nudged

    await open_event(camille, "Class picnic")  # she comes to help, as she may
    assert (await camille.taps("Oui")).startswith("✅ C'est noté")
    await open_event(tom, "Class picnic")
    who = await tom.taps("Who comes")
    assert who.startswith("👥 Class picnic\n✅ 1 · 🤔 0 · ❌ 0 · ▫️ 2 not answered yet\n\n"
                          "✅ Camille Dubois")
    await open_event(tom, "Class picnic")
    await tom.taps("Cancel event")
    await tom.taps("Yes, cancel")
    await app.deliver()
    assert received(camille, "est annulé") == [  # she answered: she is told
        f"🚫 « Class picnic » ({shown(start, 'fr')}) est annulé."]
