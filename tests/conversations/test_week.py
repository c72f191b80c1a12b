"""/week: at 7:45 on Monday 23 November 2026, what is on for me in the next seven days and
what I still have to do, in one message — as transcripts."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine

from tests.conversations.test_events import organise
from tests.conversations.test_modules import switch
from tests.conversations.test_orders import close_now, join
from tests.support.flows import (
    admin_of,
    another_family,
    compose,
    families,
    new_order,
    second_parent,
)
from tests.support.harness import App, Person

BRUSSELS = ZoneInfo("Europe/Brussels")
MONDAY = datetime(2026, 11, 23, 7, 45, tzinfo=BRUSSELS)  # before school


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BRUSSELS)


async def week(person: Person) -> tuple[str, list[str]]:
    """/week: its text and its buttons' labels (each channel lays the buttons out its way)."""
    await person.says("/week")
    return person.last.text, [button.label for button in person.last.flat_buttons]


async def a_busy_week(app: App) -> tuple[Person, Person, Person, int]:
    """Anna's week: the Class picnic on Thursday (not answered), the T-shirt order closing
    on Friday at 20:00, Jan asking her for 30 units, and the admin's announcement about
    swimming. Anna, Jan, the admin and the school's id."""
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin, "Class picnic", when=at(26, 18, 30))
    await new_order(admin, deadline="27/11/2026 20h")
    await admin.taps("Publish")
    await jan.says("/request")
    await jan.says("smet")
    await jan.says("30")
    await jan.taps("Overslaan")
    await jan.taps("Verzoek versturen")
    await compose(admin, "Swimming tomorrow: bring a towel and a cap, please")
    await admin.taps("📣 Send")
    await app.deliver()
    return anna, jan, admin, school_id


async def test_my_week_shows_what_is_on_by_day_and_what_waits_for_me(app: App) -> None:
    with time_machine.travel(MONDAY, tick=False):
        anna, jan, _, _ = await a_busy_week(app)
        assert await week(anna) == ((
            "🗓️ Your week\n"
            "\n"
            "Thu 26 Nov\n"
            "• 18:30 📅 Class picnic — ❓ not answered yet\n"
            "\n"
            "Fri 27 Nov\n"
            "• 20:00 🛒 Class T-shirts closes — not joined\n"
            "\n"
            "💰 1 SEL request waits for your answer\n"
            "• Jan Peeters asks 30 units (0 h 30)\n"
            "\n"
            "📣 1 announcement not read yet\n"
            "• “Swimming tomorrow: bring a towel and…”"),
            ["❓ Class picnic", "🛒 Class T-shirts", "💰 SEL requests",
             "👍 Read: Swimming tomorrow: bring a towel and…", "🔔 Every Sunday"])
        # Jan's own week, in Dutch: his request is Anna's to answer, not his.
        assert await week(jan) == ((
            "🗓️ Je week\n"
            "\n"
            "do 26 nov\n"
            "• 18:30 📅 Class picnic — ❓ nog niet geantwoord\n"
            "\n"
            "vr 27 nov\n"
            "• 20:00 🛒 Class T-shirts sluit — nog niet besteld\n"
            "\n"
            "📣 1 mededeling nog niet gelezen\n"
            "• “Swimming tomorrow: bring a towel and…”"),
            ["❓ Class picnic", "🛒 Class T-shirts",
             "👍 Gelezen: Swimming tomorrow: bring a towel and…", "🔔 Elke zondag"])

        # Each button does what its feature's own button does.
        await anna.says("/week")
        page = await anna.taps("Class picnic")
        await anna.says("/events")
        assert page == await anna.taps("Class picnic")
        await anna.taps("✅ Yes")
        await anna.says("/week")
        assert await anna.taps("👍 Read") == "Thank you, noted as read."
        await anna.says("/week")
        assert "🙋 Jan Peeters asks you for 30 units" in await anna.taps("💰 SEL requests")
        now = await anna.says("/week")
        assert "• 18:30 📅 Class picnic — ✅ coming" in now
        assert "📣" not in now and "❓ Class picnic" not in anna.button_labels()


async def test_a_co_parent_sees_the_households_answer_payments_and_reads(app: App) -> None:
    with time_machine.travel(MONDAY, tick=False):
        anna, _, school_id = await families(app)
        marc = await second_parent(app, anna)
        admin = await admin_of(app, school_id)
        await organise(admin, "Class picnic", when=at(24, 18, 30))
        await new_order(admin, minimum="1")
        await admin.taps("Publish")
        await compose(admin, "Swimming tomorrow: bring a towel")
        await admin.taps("📣 Send")
        await app.deliver()
        await anna.says("/week")
        assert await anna.taps("👍 Read") == "Thank you, noted as read."
        await anna.says("/events")
        await anna.taps("Class picnic")
        await anna.taps("✅ Yes")
        await anna.says("/orders")
        await anna.taps("Class T-shirts")
        await join(anna, "T-shirt", "M", "1")
        await close_now(admin)
        await app.deliver()

        assert await week(marc) == ((
            "🗓️ Your week\n"
            "\n"
            "Tomorrow\n"
            "• 18:30 📅 Class picnic — ✅ coming\n"
            "\n"
            "💶 To pay\n"
            "• Class T-shirts: €12.50 (Anna De Smet)"), ["🔔 Every Sunday"])
        assert await week(anna) == ((
            "🗓️ Your week\n"
            "\n"
            "Tomorrow\n"
            "• 18:30 📅 Class picnic — ✅ coming\n"
            "\n"
            "💶 To pay\n"
            "• Class T-shirts: €12.50"), ["💶 Pay: Class T-shirts", "🔔 Every Sunday"])
        assert "€12.50" in await anna.taps("Pay: Class T-shirts")


async def test_nothing_this_week_says_so_with_the_menu_also_typed(app: App) -> None:
    with time_machine.travel(MONDAY, tick=False):
        anna, jan, school_id = await families(app)
        camille = await another_family(app, school_id, 406, "Camille", (("Léa", "P2"),))
        empty = await anna.says("/week")
        assert empty.startswith(
            "🌤️ Nothing planned this week, and nothing waiting for you. Have a good week!")
        assert anna.button_labels()[:3] == ["🗓️ My week", "📅 Events", "🛒 Group orders"]
        assert await anna.taps("🗓️ My week") == empty
        for person, word in ((camille, "semaine"), (camille, "Ma Semaine"), (jan, "deze week"),
                             (jan, "mijn week"), (anna, "my week")):
            await person.says("/profile")  # no button on screen reads the word
            assert await person.says(word) == await person.says("/week"), word
        assert camille.said.startswith("🌤️ Rien de prévu cette semaine")
        assert "/week – votre semaine en un message" in await camille.says("/help")
        assert "“mijn week”" in await jan.says("/help")
        if app.bot_api:  # Telegram's slash menu
            menu = [m for m in app.bot_api.sent("setMyCommands")
                    if m.get("scope") == {"type": "chat", "chat_id": 406}][-1]
            assert menu["commands"][1]["command"] == "week"

        # An admin's menu already holds ten rows (WhatsApp's list): My week is under Organise.
        admin = await admin_of(app, school_id)
        await admin.says("/menu")
        assert "🗓️ My week" not in admin.button_labels()
        assert len(admin.button_labels()) == 10
        await admin.taps("Organise")
        assert "🗓️ My week" in admin.button_labels()
        assert (await admin.taps("My week")).startswith("🌤️ Nothing planned this week")


async def test_a_switched_off_module_leaves_its_part_out(app: App) -> None:
    with time_machine.travel(MONDAY, tick=False):
        anna, _, _, school_id = await a_busy_week(app)
        await switch(app, school_id, "events", False)
        await switch(app, school_id, "announcements", False)
        assert await week(anna) == ((
            "🗓️ Your week\n"
            "\n"
            "Fri 27 Nov\n"
            "• 20:00 🛒 Class T-shirts closes — not joined\n"
            "\n"
            "💰 1 SEL request waits for your answer\n"
            "• Jan Peeters asks 30 units (0 h 30)"),
            ["🛒 Class T-shirts", "💰 SEL requests", "🔔 Every Sunday"])
        await switch(app, school_id, "orders", False)
        await switch(app, school_id, "sel", False)
        assert (await anna.says("/week")).startswith("🌤️ Nothing planned this week")
