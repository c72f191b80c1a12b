"""/week: at 7:45 on Monday 23 November 2026, what is on for me in the next seven days and
what I still have to do, in one message — as transcripts. And, for those who ask for it,
the same message every Sunday at 18:00."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import time_machine
from sqlalchemy import select, update

from bot.channels.base import Rendered
from bot.scheduler import build_scheduler, send_week_digests
from core.db import unit_of_work
from core.i18n import Translator
from core.models import Event, EventClass, Member, MemberStatus, OutboxMessage, School
from tests.conversations.test_announcements import rep_sends
from tests.conversations.test_events import organise
from tests.conversations.test_modules import switch
from tests.conversations.test_orders import close_now, join
from tests.conversations.test_privacy import document_of, forget
from tests.support.flows import (
    admin_of,
    another_family,
    class_ids,
    compose,
    families,
    new_order,
    rep_of,
    second_parent,
)
from tests.support.harness import App, Person

BRUSSELS = ZoneInfo("Europe/Brussels")
MONDAY = datetime(2026, 11, 23, 7, 45, tzinfo=BRUSSELS)  # before school
FRIDAY = datetime(2026, 11, 27, 10, 0, tzinfo=BRUSSELS)
SUNDAY = datetime(2026, 11, 29, 18, 0, tzinfo=BRUSSELS)  # the digest's time
PICNIC = datetime(2026, 12, 1, 18, 30, tzinfo=BRUSSELS)  # Tuesday
STARTED = ("🔔 Done: every Sunday at 18:00 you will get your week here, unless there is "
           "nothing in it. To stop, tap below or under /week.")


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

        household = ("🗓️ Your week\n"
                     "\n"
                     "Tomorrow\n"
                     "• 18:30 📅 Class picnic — ✅ coming\n"
                     "\n"
                     "💶 To pay\n"
                     "• Class T-shirts: €12.50")  # the same week for both parents...
        assert await week(marc) == (household + " (Anna De Smet)", ["🔔 Every Sunday"])
        assert await week(anna) == (  # ... but only Anna, who ordered, pays it
            household, ["💶 Pay: Class T-shirts", "🔔 Every Sunday"])
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
        assert ("/week – votre semaine en un message : ce qui est prévu, ce qu'il reste à faire "
                "(aussi chaque dimanche soir, si vous le demandez)") in await camille.says("/help")
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


# Every Sunday at 18:00, for those who ask ----------------------------------------------

async def tapped(person: Person, label: str, keyboard: Rendered | None = None) -> str:
    """The answer's text (its button follows, as each channel shows it)."""
    await (person.taps_again(keyboard, label) if keyboard else person.taps(label))
    return person.last.text


async def a_picnic_on_tuesday(app: App) -> tuple[Person, Person, int]:
    """On Friday, the admin organises the Class picnic for Tuesday; its invitations go."""
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await organise(admin, "Class picnic", when=PICNIC)
    await app.deliver()
    return anna, jan, school_id


async def test_anna_asks_for_her_week_on_sundays_and_gets_it_once(app: App) -> None:
    with time_machine.travel(FRIDAY, tick=False):
        anna, jan, _ = await a_picnic_on_tuesday(app)
        await anna.says("/week")
        assert await tapped(anna, "🔔 Every Sunday") == STARTED
        assert anna.button_labels() == ["🔕 Stop on Sundays"]
    with time_machine.travel(SUNDAY - timedelta(minutes=1), tick=False):
        assert await send_week_digests(app.sessions) == 0  # not yet
    with time_machine.travel(SUNDAY, tick=False):
        await app.parents_wrote_recently()
        jans = len(jan.inbox)
        assert await send_week_digests(app.sessions) == 1
        assert await app.deliver() == 1
        digest = anna.last
        sent = (digest.text, [button.label for button in digest.flat_buttons])
        assert sent == ((
            "🗓️ Your week\n"
            "\n"
            "Tue 1 Dec\n"
            "• 18:30 📅 Class picnic — ❓ not answered yet"),
            ["❓ Class picnic", "🔕 Stop on Sundays"])
        assert await week(anna) == sent  # what /week says, buttons included
        assert len(jan.inbox) == jans  # Jan did not ask
        # A second run the same evening (a new leader, a restart) queues nothing more.
        assert await send_week_digests(app.sessions) == 0
        assert await app.deliver() == 0
        # Its buttons are those of /week.
        assert "Class picnic" in await anna.taps_again(digest, "Class picnic")
        assert (await anna.taps("✅ Yes")).startswith("✅ Noted: you come to “Class picnic”.")
    with time_machine.travel(SUNDAY + timedelta(days=7), tick=False):  # the next Sunday
        await app.parents_wrote_recently()
        assert await send_week_digests(app.sessions) == 0  # the picnic is past: nothing


async def test_no_digest_for_an_empty_week_modules_switched_off_or_who_left(app: App) -> None:
    with time_machine.travel(FRIDAY, tick=False):
        anna, jan, school_id = await families(app)
        assert (await anna.says("/week")).startswith("🌤️ Nothing planned this week")
        assert anna.button_labels()[-1] == "🔔 Every Sunday"  # under the menu
        assert await tapped(anna, "🔔 Every Sunday") == STARTED
        await jan.says("/week")
        assert await tapped(jan, "🔔 Elke zondag") == (
            "🔔 Genoteerd: elke zondag om 18:00 krijg je hier je week, behalve als er niets "
            "in staat. Stoppen kan hieronder of onder /week.")
    with time_machine.travel(SUNDAY, tick=False):
        assert await send_week_digests(app.sessions) == 0  # nothing planned: no message
        admin = await admin_of(app, school_id)
        await organise(admin, "Class picnic", when=PICNIC + timedelta(days=7))
        await app.deliver()
    sunday = SUNDAY + timedelta(days=7)
    with time_machine.travel(sunday, tick=False):
        await app.parents_wrote_recently()
        for module in ("events", "orders", "sel", "announcements"):
            await switch(app, school_id, module, False)
        assert await send_week_digests(app.sessions) == 0
        await switch(app, school_id, "events", True)
        async with unit_of_work(app.sessions) as uow:  # Jan leaves the school
            await uow.session.execute(update(Member).where(Member.first_name == "Jan")
                                      .values(status=MemberStatus.DEACTIVATED))
        assert await send_week_digests(app.sessions) == 1
        assert await app.deliver() == 1
        assert anna.last.text.startswith("🗓️ Your week\n\nTue 8 Dec\n• 18:30 📅 Class picnic")


async def test_stop_on_sundays_and_erasure_end_it_twice_tapped_or_not(app: App) -> None:
    with time_machine.travel(FRIDAY, tick=False):
        anna, jan, _ = await a_picnic_on_tuesday(app)
        await anna.says("/week")
        week_buttons = anna.keyboard()
        assert await tapped(anna, "🔔 Every Sunday") == STARTED
        assert await tapped(anna, "🔔 Every Sunday", week_buttons) == STARTED  # still on
        stop = anna.keyboard()
        assert await tapped(anna, "🔕 Stop on Sundays") == (
            "🔕 Done: no more week on Sundays. /week still shows it whenever you ask.")
        assert anna.button_labels() == ["🔔 Every Sunday"]
        await anna.taps_again(stop, "🔕 Stop on Sundays")  # a double tap: still off
        assert "🔔 Every Sunday" in (await week(anna))[1]

        await jan.says("/week")
        await jan.taps("🔔 Elke zondag")
        await jan.says("/mydata")
        since = document_of(jan)["profile"]["week_on_sundays_since"]
        assert datetime.fromisoformat(since) == FRIDAY
        await forget(jan, "Ja, doorgaan", "🔴 Alles wissen")
        async with app.sessions() as session:
            assert await session.scalar(select(Member.week_digest_at).where(
                Member.status == MemberStatus.ERASED)) is None
    with time_machine.travel(SUNDAY, tick=False):
        await app.parents_wrote_recently()
        assert await send_week_digests(app.sessions) == 0
        await anna.says("/week")  # she asks again, and a run that evening queues her week...
        await anna.taps("🔔 Every Sunday")
        assert await send_week_digests(app.sessions) == 1
        await anna.taps("🔕 Stop on Sundays")  # ... but she stops before it went: it stays
        assert await app.deliver() == 0


async def test_a_scheduler_on_another_clock_still_sends_it_at_18_school_time(app: App) -> None:
    """SCHOOL_TIMEZONE is the scheduler's clock, the school's may be another: in Helsinki
    (or UTC), the school's Sunday 18:00 falls at another of the scheduler's hours, and
    the job, firing at 18:00 on its own clock only, ran an hour early (nothing due yet)
    and never again that Sunday."""
    with time_machine.travel(FRIDAY, tick=False):
        anna, _, school_id = await families(app)
        admin = await admin_of(app, school_id)
        await organise(admin, "Class picnic", when=PICNIC)
        await organise(admin, "Class walk", when=PICNIC + timedelta(days=7))
        await app.deliver()
        await anna.says("/week")
        await anna.taps("🔔 Every Sunday")
    for zone, sunday in (("Europe/Helsinki", SUNDAY), ("UTC", SUNDAY + timedelta(days=7))):
        scheduler = build_scheduler(app.sessions, zone, 30, {}, Translator())
        job = next(job for job in scheduler.get_jobs() if job.id == "week-digests")
        moment, queued_at = sunday - timedelta(hours=12), None
        while queued_at is None and moment < sunday + timedelta(hours=6):
            moment = job.trigger.get_next_fire_time(None, moment)
            with time_machine.travel(moment, tick=False):
                if await send_week_digests(app.sessions):
                    queued_at = moment
            moment += timedelta(minutes=1)
        assert queued_at == sunday, zone


async def test_the_words_of_an_erased_authors_announcement_leave_a_queued_week(app: App
                                                                               ) -> None:
    """The school is quiet from 17:00: Anna's week, queued on Sunday at 18:00, goes on
    Monday at 08:00. Tom, whose announcement it quotes as not read yet, erases himself
    meanwhile: his words are erased in it, as everywhere else, not sent on Monday nor
    kept in the stored message."""
    with time_machine.travel(FRIDAY, tick=False):
        anna, _, school_id = await families(app)
        tom = await rep_of(app, school_id)
        await rep_sends(tom, "Bring a towel tomorrow.")
        await app.deliver()
        await anna.says("/week")
        await anna.taps("🔔 Every Sunday")
        async with app.sessions() as session, session.begin():
            await session.execute(update(School).values(quiet_start=time(17),
                                                        quiet_end=time(8)))
    with time_machine.travel(SUNDAY, tick=False):
        assert await send_week_digests(app.sessions) == 1
        assert await app.deliver() == 0  # the quiet hours
    with time_machine.travel(SUNDAY + timedelta(hours=2), tick=False):
        await forget(tom)
    with time_machine.travel(SUNDAY + timedelta(hours=14), tick=False):  # Monday, 08:00
        await app.parents_wrote_recently()
        assert await app.deliver() == 1
        assert "towel" not in anna.last.text
        assert not [label for label in anna.button_labels() if "towel" in label]
        async with app.sessions() as session:
            stored = await session.scalar(select(OutboxMessage).where(
                OutboxMessage.message_id == "week-digest"))
        assert "towel" not in f"{stored.message_args} {stored.buttons}"


async def test_twenty_events_of_other_classes_do_not_hide_mine(app: App) -> None:
    """A busy school: P5's twenty outings on Tuesday start before Anna's class picnic on
    Thursday; hers still shows in /week and /events."""
    with time_machine.travel(MONDAY, tick=False):
        anna, _, school_id = await families(app)
        admin = await admin_of(app, school_id)
        p5 = (await class_ids(app, school_id))["P5"]
        async with unit_of_work(app.sessions) as uow:
            sophie = await uow.session.scalar(select(Member.id).where(
                Member.first_name == "Sophie"))
            for hour in range(20):
                outing = Event(school_id=school_id, title=f"P5 outing {hour}",
                               starts_at=at(24, 0) + (at(24, 1) - at(24, 0)) * hour,
                               ends_at=None, capacity=None, rsvp_deadline=None,
                               created_by=sophie)
                uow.session.add(outing)
                await uow.session.flush()
                uow.session.add(EventClass(event_id=outing.id, class_id=p5))
        await organise(admin, "Class picnic", when=at(26, 18, 30))
        text, buttons = await week(anna)
        assert "• 18:30 📅 Class picnic — ❓ not answered yet" in text
        assert "P5 outing" not in text and buttons == ["❓ Class picnic", "🔔 Every Sunday"]
        assert "Class picnic" in await anna.says("/events")


async def test_a_stopped_or_erased_announcement_is_not_waiting_to_be_read(app: App) -> None:
    """Stopping ends an announcement's reminders, and erasing its author stops it and
    blanks its text: neither is listed as still to read (nor gets a Read button)."""
    with time_machine.travel(MONDAY, tick=False):
        anna, _, school_id = await families(app)
        admin = await admin_of(app, school_id)
        tom = await rep_of(app, school_id)
        await compose(admin, "Wrong date, ignore.")
        await admin.taps("📣 Send")
        status = admin.last
        await rep_sends(tom, "Bring a towel tomorrow.")
        await app.deliver()
        text, buttons = await week(anna)
        assert "📣 2 announcements not read yet" in text and len(buttons) == 3
        await admin.taps_again(status, "Stop sending")
        await tom.says("/forgetme")
        await tom.taps("Yes, continue")
        await tom.taps("🔴 Erase everything")
        assert (await anna.says("/week")).startswith("🌤️ Nothing planned this week")


# A week longer than a message holds ------------------------------------------------------

async def a_crowded_week(app: App) -> Person:
    """Twenty P3 forest days from Monday 30 November to Thursday 3 December, their titles
    decorated by the teacher (🌳 and 📅 count two on Telegram, which takes 4096 of its
    units per message): Anna's week holds about 4,700 of them. Anna."""
    anna, _, school_id = await families(app)
    await admin_of(app, school_id)
    p3 = (await class_ids(app, school_id))["P3"]
    async with unit_of_work(app.sessions) as uow:
        sophie = await uow.session.scalar(select(Member.id).where(Member.first_name == "Sophie"))
        for number in range(20):
            title = (f"P3 forest day {number + 1:02d}: boots, raincoat, lunch "
                     + "🌳🥾🧥🥪🍎🎒" * 14)[:120]
            outing = Event(school_id=school_id, title=title, ends_at=None, capacity=None,
                           starts_at=datetime(2026, 11, 30, 8, 30, tzinfo=BRUSSELS)
                           + timedelta(days=number // 5, hours=number % 5),
                           rsvp_deadline=None, created_by=sophie)
            uow.session.add(outing)
            await uow.session.flush()
            uow.session.add(EventClass(event_id=outing.id, class_id=p3))
    return anna


def in_parts(app: App, messages: list[Rendered], starts: str) -> None:
    """The week arrived whole, in order, as several messages with the buttons under the
    last one only (WhatsApp shows them under a short last message); on Telegram, in two
    parts cut at a line end, each within Telegram's 4096 UTF-16 code units."""
    *parts, last = messages
    assert parts and not [part for part in parts if part.buttons]
    assert len(last.flat_buttons) == 10 and "Sunday" in last.flat_buttons[-1].label
    whole = "\n".join(message.text for message in messages)
    assert whole.startswith(starts)
    assert all(whole.count(f"P3 forest day {number:02d}:") == 1 for number in range(1, 21))
    if app.bot_api:
        assert len(messages) == 2
        assert all(len(m.text.encode("utf-16-le")) // 2 <= 4096 for m in messages)
        assert parts[0].text.endswith("— ❓ not answered yet") and last.text.startswith("• ")


async def test_a_week_longer_than_a_telegram_message_comes_in_parts_buttons_last(app: App
                                                                                ) -> None:
    with time_machine.travel(FRIDAY, tick=False):
        anna = await a_crowded_week(app)
        await anna.says("/week")
        in_parts(app, anna.replies, "🗓️ Your week\n\nMon 30 Nov\n• 08:30 📅 P3 forest day 01")
        assert "P3 forest day 01" in await anna.taps("P3 forest day 01")  # its buttons work


async def test_a_sunday_week_that_long_is_delivered_in_parts(app: App) -> None:
    with time_machine.travel(FRIDAY, tick=False):
        anna = await a_crowded_week(app)
        await anna.says("/week")
        await anna.taps("🔔 Every Sunday")
    with time_machine.travel(SUNDAY, tick=False):
        await app.parents_wrote_recently()
        before = len(anna.inbox)
        assert await send_week_digests(app.sessions) == 1
        assert await app.deliver() == 1
        in_parts(app, anna.inbox[before:], "🗓️ Your week\n\nTomorrow\n• 08:30 📅 P3 forest day 01")
        async with app.sessions() as session:
            assert await session.scalar(select(OutboxMessage.status).where(
                OutboxMessage.message_id == "week-digest")) == "sent"
        assert "P3 forest day 02" in await anna.taps("P3 forest day 02")
