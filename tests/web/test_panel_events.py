"""The panel's events: the list, an event's page, creating one that reaches the chat,
field errors that change nothing, changing its time or place (those who come are told),
cancelling, the calendar file, other schools' events."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import func, select, update

from core import stats
from core.clock import utcnow
from core.errors import DomainError
from core.events.service import EventDraft, create_event, parse_slots
from core.i18n import Translator, format_datetime
from core.models import AuditEntry, Event, EventStatus
from tests.conversations.test_family import code_in
from tests.support.flows import another_family, class_ids
from tests.support.harness import App, Person
from tests.support.panel import member_named, other_school_admin, page, submit

BRUSSELS = ZoneInfo("Europe/Brussels")


def local(days: int, hour: int = 18) -> str:
    """A datetime-local value, `days` from now on the school's wall clock."""
    moment = (utcnow() + timedelta(days=days)).astimezone(BRUSSELS)
    return f"{moment:%Y-%m-%d}T{hour:02d}:30"


async def anna_approved(app: App, client) -> Person:
    """Anna (a P3 parent) approved from the panel, her chat read up to now."""
    anna = await member_named(app, "Anna")
    await submit(client, f"/admin/members/{anna.id}/approve")
    await app.deliver()
    return app.person(110, "Anna", "en")


def moment_of(value: str) -> datetime:
    """The UTC moment of a datetime-local value on the school's wall clock."""
    return datetime.fromisoformat(value).replace(tzinfo=BRUSSELS).astimezone(UTC)


def shown(value: str, locale: str = "en") -> str:
    """A datetime-local value as the chat and the panel show it in `locale`."""
    return format_datetime(locale, moment_of(value), "Europe/Brussels")


async def new_event(client, app: App, **fields: str):
    form = {"title": "School fair", "starts": local(10), "location": "Gym",
            "description": "Games and cakes", **fields}
    return await submit(client, "/admin/events/new", form)


def tight(html: str) -> str:
    """The page without the whitespace between tags, for matching a table's cells."""
    return re.sub(r">\s+<", "><", html)


async def event_count(app: App) -> int:
    async with app.sessions() as session:
        return await session.scalar(select(func.count()).select_from(Event))


async def test_two_parents_of_one_family_are_one_family_to_invite_and_to_chase(admin) -> None:
    app, client = admin
    anna = await anna_approved(app, client)
    marc = await another_family(app, (await member_named(app, "Anna")).school_id, 120, "Marc",
                                (("Léa", "P3"),))
    await submit(client, f"/admin/members/{(await member_named(app, 'Marc')).id}/approve")
    await marc.says(f"/family {code_in(await anna.says('/family'))}")

    card = await (await new_event(client, app)).text()
    assert "Event created: 1 family invited in the chat." in card
    assert "1 family has not answered" in card
    assert "<li>Anna De Smet &amp; Marc Martin</li>" in card


async def test_anonymous_visitors_are_sent_to_the_login_page(panel) -> None:
    _, client = panel
    for path in ("/admin/events", "/admin/events/new", "/admin/events/1",
                 "/admin/events/1.ics"):
        response = await client.get(path, allow_redirects=False)
        assert (response.status, response.headers["Location"]) == (303, "/admin/login")


async def test_an_event_made_in_the_panel_reaches_its_classes_who_answer(admin) -> None:
    app, client = admin
    anna = await anna_approved(app, client)
    classes = await class_ids(app, (await member_named(app, "Anna")).school_id)
    form = await page(client, "/admin/events/new")
    assert 'for="f-title"' in form and 'type="datetime-local"' in form and "P3" in form
    response = await new_event(client, app, class_id=str(classes["P3"]), capacity="30",
                               headcount="on", slots="Cakes;4")
    card = await response.text()
    assert response.status == 200, card
    assert "Event created: 1 family invited in the chat." in card
    assert "School fair" in card and "Gym" in card and "P3" in card
    assert "1 family has not answered" in card and "Anna De Smet" in card
    assert "Cakes — 0/4" in card
    again = await new_event(client, app, class_id=str(classes["P3"]), capacity="30",
                            headcount="on", slots="Cakes;4")  # a double click
    assert "This event already exists (same title, time and place)" in await again.text()
    assert await event_count(app) == 1

    assert await app.deliver() == 1
    assert anna.last.text.startswith("📅 You are invited: School fair")
    await anna.taps("Yes")
    await anna.taps("2")  # adults
    assert "you come to “School fair”" in await anna.taps("1")  # children

    event = await event_id(app)
    card = await page(client, f"/admin/events/{event}")
    assert "comes" in card and "2 adults, 1 child" in card
    await anna.says("/events")
    await anna.taps("School fair")
    await anna.taps("Cakes")
    assert "Cakes — 1/4: Anna De Smet" in await page(client, f"/admin/events/{event}")
    assert "0 families have not answered" in card
    listing = await page(client, "/admin/events")
    assert f'href="/admin/events/{event}">School fair' in listing and "✅ 1" in listing
    async with app.sessions() as session:
        entry = await session.scalar(select(AuditEntry).where(
            AuditEntry.action == "create-event"))
    assert entry.subject == f"event:{event}"
    assert entry.after["invited"] == 1 and entry.after["class_ids"] == [classes["P3"]]


    month = f"{utcnow() + timedelta(days=10):%Y-%m}"
    async with app.sessions() as session:
        school_id = (await member_named(app, "Anna")).school_id
        if month == f"{utcnow():%Y-%m}":  # the chart ends with this month
            assert (await stats.events_per_month(session, school_id))[-1] == (month, 1, 3)
        active = dict(await stats.active_families_per_month(session, school_id))
    assert active[f"{utcnow():%Y-%m}"] == 2  # Anna answered; Sophie and Anna wrote
    for chart, title in (("events", "Events per month and who comes"),
                         ("families", "Active families per month")):
        response = await client.get(f"/admin/charts/{chart}.svg")
        assert response.content_type == "image/svg+xml"
        assert title in await response.text()
    assert '<img src="/admin/charts/events.svg"' in await page(client, "/admin/")


async def test_the_details_read_as_details_with_places_taken_and_plurals(admin) -> None:
    app, client = admin
    anna = await anna_approved(app, client)
    await new_event(client, app, capacity="2", headcount="on", deadline=local(5),
                    slots="Cakes;4\n\nBar;2\n")  # a blank line between slots is fine
    await app.deliver()
    event = await event_id(app)
    card = await page(client, f"/admin/events/{event}")
    assert "Cakes — 0/4" in card and "Bar — 0/2" in card
    assert "(optional)" not in card
    assert "<dt>Places</dt><dd>2 places · 0 taken</dd>" in card
    assert "<dt>Answer before</dt>" in card and "<h2>Volunteer slots</h2>" in card
    assert "0 adults, 0 children" in card
    invitation = anna.keyboard()
    await anna.taps("Yes")
    await anna.taps("1")  # adult
    await anna.taps("0")  # children
    card = await page(client, f"/admin/events/{event}")
    assert "<dd>2 places · 1 taken</dd>" in card and "1 adult, 0 children" in card
    assert "<td>comes</td><td>1</td><td>0</td>" in tight(card)
    await anna.taps_again(invitation, "Maybe")
    card = await page(client, f"/admin/events/{event}")
    assert "<td>maybe</td><td></td><td></td>" in tight(card)  # nobody asked her how many
    await anna.taps_again(invitation, "No")
    card = await page(client, f"/admin/events/{event}")
    assert "<td>does not come</td><td></td><td></td>" in tight(card)  # no headcount for a no
    assert "<dd>2 places · 0 taken</dd>" in card
    no_limit = await (await new_event(client, app, title="Book swap")).text()
    assert "<dt>Places</dt><dd>no limit</dd>" in no_limit


@pytest.mark.parametrize(("locale", "places", "people"), [
    ("fr", ("1 place · 0 prise", "2 places · 2 prises"), ("1 adulte, 0 enfant",
                                                         "2 adultes, 3 enfants")),
    ("nl", ("1 plaats · 0 bezet", "2 plaatsen · 2 bezet"), ("1 volwassene, 0 kinderen",
                                                          "2 volwassenen, 1 kind")),
    ("en", ("1 place · 0 taken", "2 places · 2 taken"), ("1 adult, 0 children",
                                                       "2 adults, 3 children")),
])
def test_places_and_people_read_in_each_language(locale, places, people) -> None:
    t = Translator().for_locale(locale)
    assert t("admin-events-places-taken", capacity=1, taken=0) == places[0]
    assert t("admin-events-places-taken", capacity=2, taken=2) == places[1]
    children = 1 if locale == "nl" else 3
    assert t("admin-events-people", adults=1, children=0) == people[0]
    assert t("admin-events-people", adults=2, children=children) == people[1]


@pytest.mark.parametrize(("locale", "lines"), [
    ("fr", ("L'événement est annulé. Personne n'avait encore reçu l'invitation : personne "
            "n'est prévenu.", "L'événement est annulé : 2 personnes sont prévenues dans le chat.",
            "✅ Nombre de places : sans limite.", "✅ Nombre de places : 1\u202f200.")),
    ("nl", ("De activiteit is geannuleerd. Niemand had de uitnodiging al ontvangen, dus niemand "
            "wordt verwittigd.", "De activiteit is geannuleerd: 2 personen worden verwittigd in "
            "de chat.", "✅ Aantal plaatsen: geen limiet.", "✅ Aantal plaatsen: 1.200.")),
    ("en", ("The event is cancelled. Nobody had received the invitation yet, so nobody is told.",
            "The event is cancelled: 2 people are told in the chat.",
            "✅ Number of places: no limit.", "✅ Number of places: 1,200.")),
])
def test_who_was_told_and_no_limit_read_in_each_language(locale, lines) -> None:
    t = Translator().for_locale(locale)
    assert (t("admin-events-cancel-done", count=0), t("admin-events-cancel-done", count=2),
            t("events-places-done", capacity=-1, count=0),
            t("events-places-done", capacity=1200, count=0)) == lines


@pytest.mark.parametrize(("locale", "message"), [
    ("fr", "Je ne comprends pas la ligne 2 (« Gâteaux 4 »). Écrivez un intitulé, « ; » puis "
           "le nombre de places, par ex. « Gâteaux; 4 »."),
    ("nl", "Regel 2 (“Gâteaux 4”) begrijp ik niet. Schrijf een omschrijving, “;” en het "
           "aantal plaatsen, bv. “Taarten; 4”."),
])
def test_an_unreadable_slot_line_is_named_in_each_language(locale, message) -> None:
    with pytest.raises(DomainError) as refused:
        parse_slots("Bar;2\nGâteaux 4")
    t = Translator().for_locale(locale)
    assert t(refused.value.message_id, **refused.value.args_for_message) == message


async def test_wrong_fields_are_shown_next_to_them_and_create_nothing(admin) -> None:
    app, client = admin
    cases = {
        "title": ({"title": "  "}, "Please type a title of 3 to 120 characters."),
        "starts": ({"starts": local(-2)}, "The start must be in the future."),
        "capacity": ({"capacity": "0"}, "The number of places must be between 1 and 10,000."),
        "description": ({"description": "x" * 5000}, "At most 2,000 characters."),
        "location": ({"location": "x" * 500}, "At most 200 characters."),
        "classes": ({"class_id": "999999"}, "That class does not exist in your school."),
        "slots": ({"slots": "Cakes;4\n\nCakes 4"}, "I cannot read line 3 (“Cakes 4”). "
                  "Write a label, “;” and the number of places, e.g. “Cakes; 4”."),
    }
    cases["ends"] = ({"ends": local(9)}, "The end must come after the start.")
    cases["deadline"] = ({"deadline": local(11)}, "The answer deadline must be in the future")
    for field_name, (fields, message) in cases.items():
        response = await new_event(client, app, **fields)
        text = await response.text()
        assert response.status == 400, field_name
        assert f'aria-describedby="e-{field_name}' in text, field_name
        assert f'id="e-{field_name}">{message}' in text, (field_name, text)
    for starts in ("next tuesday", "2027-13-45T10:00", ""):
        text = await (await new_event(client, app, starts=starts)).text()
        assert 'id="e-starts">I did not understand that date.' in text
    for capacity in ("99999999999", "-3", "lots"):
        text = await (await new_event(client, app, capacity=capacity)).text()
        assert 'id="e-capacity">The number of places' in text
    huge = await new_event(client, app, title="t" * 500)
    assert 'id="e-title">' in await huge.text()
    kept = await (await new_event(client, app, title="", location="Hall B")).text()
    assert 'value="Hall B"' in kept  # what was typed is shown again
    assert await event_count(app) == 0
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "create-event")) == 0


async def test_cancelling_tells_the_families_once(admin) -> None:
    app, client = admin
    anna = await anna_approved(app, client)
    await new_event(client, app)
    await app.deliver()
    event = await event_id(app)
    unsure = await submit(client, f"/admin/events/{event}/cancel")  # box not ticked
    assert unsure.status == 400
    assert 'id="e-confirm">Tick the box to confirm.' in await unsure.text()
    await app.deliver()
    assert not anna.last.text.startswith("🚫")
    response = await submit(client, f"/admin/events/{event}/cancel", {"confirm": "on"})
    assert "The event is cancelled: 1 person is told in the chat." in await response.text()
    await app.deliver()
    assert anna.last.text.startswith("🚫 “School fair”")
    again = await submit(client, f"/admin/events/{event}/cancel", {"confirm": "on"})
    assert again.status == 409
    await app.deliver()
    assert len([m for m in anna.inbox if m.text.startswith("🚫")]) == 1
    async with app.sessions() as session:
        assert (await session.get(Event, event)).status == EventStatus.CANCELLED
        assert await session.scalar(select(AuditEntry.action).where(
            AuditEntry.subject == f"event:{event}").order_by(AuditEntry.id.desc())) == \
            "cancel-event"


async def test_cancelling_an_event_nobody_was_invited_to_says_nobody_was_told(admin) -> None:
    app, client = admin  # Anna is not approved yet: the school has nobody to invite
    await new_event(client, app)
    response = await submit(client, f"/admin/events/{await event_id(app)}/cancel",
                            {"confirm": "on"})
    assert "The event is cancelled. Nobody had received the invitation yet, so nobody is " \
        "told." in await response.text()
    assert await app.deliver() == 0


async def test_the_calendar_file_and_the_order_of_the_list(admin) -> None:
    app, client = admin
    await new_event(client, app, title="Later fair", starts=local(20))
    await new_event(client, app, title="Book swap", starts=local(3))
    ics = await client.get(f"/admin/events/{await event_id(app, 'Book swap')}.ics")
    assert ics.content_type == "text/calendar"
    assert "SUMMARY:Book swap" in await ics.text()
    listing = await page(client, "/admin/events")
    assert listing.index("Book swap") < listing.index("Later fair")  # soonest first
    by_title = await page(client, "/admin/events?sort=title&dir=desc")
    assert by_title.index("Later fair") < by_title.index("Book swap")


async def test_the_answers_file_in_the_admins_language(admin) -> None:
    app, client = admin
    anna = await anna_approved(app, client)
    await new_event(client, app)
    await app.deliver()
    await anna.taps("Yes")
    event = await event_id(app)
    assert f'href="/admin/events/{event}/answers.csv"' in await page(client,
                                                                     f"/admin/events/{event}")
    response = await client.get(f"/admin/events/{event}/answers.csv?lang=fr")
    assert response.headers["Content-Disposition"] == f'attachment; filename="event-{event}.csv"'
    rows = list(csv.reader(io.StringIO((await response.read()).decode("utf-8-sig")),
                           delimiter=";"))
    assert rows[0] == ["famille", "classes", "réponse", "liste d'attente", "adultes",
                       "enfants", "bénévolat"]
    assert ["Anna De Smet", "P3", "oui", "non", "1", "0", ""] in rows


async def test_another_schools_events_are_out_of_reach(admin) -> None:
    app, client = admin
    async with other_school_admin(app) as (session, organiser):
        theirs = (await create_event(session, organiser, EventDraft(
            title="Fête de l'autre école", starts_at=utcnow() + timedelta(days=5)))).id
    assert "Fête" not in await page(client, "/admin/events")
    for path in (f"/admin/events/{theirs}", f"/admin/events/{theirs}.ics",
                 f"/admin/events/{theirs}/answers.csv"):
        assert (await client.get(path)).status == 404
    refused = await submit(client, f"/admin/events/{theirs}/cancel", {"confirm": "on"})
    assert refused.status == 404
    moved = await submit(client, f"/admin/events/{theirs}/change",
                         {"starts": local(12), "location": "Chez nous"})
    assert moved.status == 404
    resized = await submit(client, f"/admin/events/{theirs}/places", {"capacity": "9"})
    assert resized.status == 404
    async with app.sessions() as session:
        kept = await session.get(Event, theirs)
    assert kept.status == EventStatus.ACTIVE and kept.location == ""


async def event_id(app: App, title: str = "School fair") -> int:
    async with app.sessions() as session:
        return await session.scalar(select(Event.id).where(Event.title == title))


# Changing the time or the place ------------------------------------------------------------

async def three_answers(app: App, client) -> tuple[Person, Person, Person, int]:
    """The School fair (18:30 to 20:30, in the Gym), answered yes by Anna (English), maybe
    by Marc and no by Paul (both French); its id."""
    anna = await anna_approved(app, client)
    school_id = (await member_named(app, "Anna")).school_id
    marc = await another_family(app, school_id, 120, "Marc", (("Tom", "P5"),))
    paul = await another_family(app, school_id, 130, "Paul", (("Lou", "P1"),))
    for name in ("Marc", "Paul"):
        await submit(client, f"/admin/members/{(await member_named(app, name)).id}/approve")
    await new_event(client, app, ends=local(10, 20))
    await app.deliver()
    await anna.taps("Yes")
    await marc.taps("Peut-être")
    await paul.taps("Non")
    return anna, marc, paul, await event_id(app)


def told(person: Person) -> list[str]:
    return [m.text for m in person.inbox if m.text.startswith("🔔")]


async def audits(app: App, action: str) -> list[AuditEntry]:
    async with app.sessions() as session:
        return list(await session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


async def test_a_change_asks_again_whoever_has_not_answered(admin) -> None:
    app, client = admin
    anna = await anna_approved(app, client)
    await new_event(client, app)
    await app.deliver()  # her invitation says 18:30 in the Gym
    event = await event_id(app)
    response = await submit(client, f"/admin/events/{event}/change",
                            {"starts": local(12), "location": "Hall"})
    assert ("Event changed. Nobody had answered yes or maybe; 1 person yet to answer gets "
            "the change with the answer buttons.") in await response.text()
    await app.deliver()
    assert anna.last.text == f"🔔 “School fair” has changed: now {shown(local(12))}, Hall. " \
        "Will you come?"


async def test_a_new_time_and_place_reach_those_who_come_in_their_language(admin) -> None:
    app, client = admin
    anna, marc, paul, event = await three_answers(app, client)
    card = await page(client, f"/admin/events/{event}")
    assert f'action="/admin/events/{event}/change"' in card
    assert f'name="starts" type="datetime-local" value="{local(10)}"' in card  # prefilled
    assert f'name="ends" type="datetime-local" value="{local(10, 20)}"' in card
    assert 'name="location" type="text" value="Gym"' in card

    later = local(12, 19)
    response = await submit(client, f"/admin/events/{event}/change",
                            {"starts": later, "location": "  Refectory "})
    card = await response.text()
    assert response.status == 200, card
    assert ("Event changed: 2 people who said yes or maybe are told in the chat; 1 person "
            "who said no is told too, in case they can come now.") in card
    assert f"{shown(later)} → {shown(local(12, 21))}" in card  # it keeps its two hours
    assert "<dd>Refectory</dd>" in card

    assert await app.deliver() == 3
    assert anna.last.text == \
        f"🔔 “School fair” has changed: now {shown(later)}–21:30, Refectory."
    assert marc.last.text == \
        f"🔔 « School fair » a changé : désormais {shown(later, 'fr')}–21:30, Refectory."
    assert paul.last.text == (  # he said no: the new time may suit him
        f"🔔 Vous aviez répondu non pour « School fair », mais il a changé : désormais "
        f"{shown(later, 'fr')}–21:30, Refectory. Pouvez-vous venir maintenant ?")
    async with app.sessions() as session:
        changed = await session.get(Event, event)
    assert (changed.starts_at, changed.location) == (moment_of(later), "Refectory")
    [entry] = await audits(app, "change-event")
    assert entry.subject == f"event:{event}"
    assert entry.before["starts_at"] == moment_of(local(10)).isoformat()
    assert entry.before["location"] == "Gym"
    assert entry.after["starts_at"] == moment_of(later).isoformat()
    assert (entry.after["location"], entry.after["told"], entry.after["declined"]) == \
        ("Refectory", 2, 1)

    only_place = await submit(client, f"/admin/events/{event}/change",
                              {"starts": later, "location": "Playground"})
    assert "Event changed: 2 people" in await only_place.text()
    await app.deliver()
    assert anna.last.text == \
        f"🔔 “School fair” has changed: now {shown(later)}–21:30, Playground."

    # The end alone, then no end: those who come hear it.
    fields = {"starts": later, "location": "Playground"}
    longer = await submit(client, f"/admin/events/{event}/change",
                          {**fields, "ends": local(13, 11)})
    assert "Event changed: 2 people" in await longer.text()
    await app.deliver()
    assert f"now {shown(later)} – {shown(local(13, 11))}, Playground." in anna.last.text
    await submit(client, f"/admin/events/{event}/change", {**fields, "ends": ""})
    await app.deliver()
    assert anna.last.text == f"🔔 “School fair” has changed: now {shown(later)}, Playground."
    async with app.sessions() as session:
        assert (await session.get(Event, event)).ends_at is None
    assert (await audits(app, "change-event"))[-1].after["ends_at"] is None
    assert len(told(anna)) == 4 and len(told(paul)) == 4


async def test_sending_the_form_as_it_was_changes_nothing_and_tells_nobody(admin) -> None:
    app, client = admin
    anna, _, _, event = await three_answers(app, client)
    response = await submit(client, f"/admin/events/{event}/change",
                            {"starts": local(10), "location": "Gym "})
    assert response.status == 200
    assert "Nothing changed: the time and place are as they were, so nobody was told." \
        in await response.text()
    assert await app.deliver() == 0
    assert told(anna) == [] and await audits(app, "change-event") == []


async def test_a_wrong_time_or_place_is_shown_next_to_its_field_and_changes_nothing(
        admin) -> None:
    app, client = admin
    anna, _, _, event = await three_answers(app, client)
    cases = [
        ("starts", {"starts": local(-2)}, "The start must be in the future."),
        ("starts", {"starts": ""}, "I did not understand that date."),
        ("starts", {"starts": "2027-13-45T10:00"}, "I did not understand that date."),
        ("ends", {"ends": local(12, 17)}, "The end must come after the start."),
        ("ends", {"ends": "tomorrow"}, "I did not understand that date."),
        ("location", {"location": "   "}, "Please type a place of 1 to 200 characters."),
        ("location", {"location": "x" * 201}, "Please type a place of 1 to 200 characters."),
    ]
    for field_name, fields, message in cases:
        response = await submit(client, f"/admin/events/{event}/change",
                                {"starts": local(12), "location": "Hall", **fields})
        text = await response.text()
        assert response.status == 400, (field_name, text)
        assert f'aria-describedby="e-{field_name}"' in text, field_name
        assert f'id="e-{field_name}">{message}' in text, (field_name, fields)
    kept = await (await submit(client, f"/admin/events/{event}/change",
                               {"starts": local(-2), "location": "Hall B"})).text()
    assert 'value="Hall B"' in kept and f'value="{local(-2)}"' in kept  # shown again
    french = await submit(client, f"/admin/events/{event}/change?lang=fr",
                          {"starts": local(-2), "location": "Gym"})
    assert 'id="e-starts">Le début doit être dans le futur.' in await french.text()

    async with app.sessions() as session:
        unchanged = await session.get(Event, event)
    assert (unchanged.starts_at, unchanged.location) == (moment_of(local(10)), "Gym")
    assert await app.deliver() == 0
    assert told(anna) == [] and await audits(app, "change-event") == []


async def test_more_places_confirm_the_waiting_list_and_fewer_than_taken_are_refused(
        admin) -> None:
    app, client = admin
    anna = await anna_approved(app, client)
    marc = await another_family(app, (await member_named(app, "Anna")).school_id, 120, "Marc",
                                (("Tom", "P5"),))
    await submit(client, f"/admin/members/{(await member_named(app, 'Marc')).id}/approve")
    await new_event(client, app, capacity="1")
    await app.deliver()
    await anna.taps("Yes")
    await marc.taps("Oui")  # on the waiting list
    event = await event_id(app)
    card = await page(client, f"/admin/events/{event}")
    assert f'action="/admin/events/{event}/places"' in card
    assert 'name="capacity" type="number" value="1"' in card and "1 taken now" in card

    for typed, message in (("0", "The number of places must be between 1 and"),
                           ("two", "The number of places must be between 1 and")):
        refused = await submit(client, f"/admin/events/{event}/places", {"capacity": typed})
        assert refused.status == 400
        assert f'id="e-capacity">{message}' in await refused.text(), typed
    more = await submit(client, f"/admin/events/{event}/places", {"capacity": "2"})
    text = await more.text()
    assert "Number of places: 2. 1 person from the waiting list is now confirmed" in text
    assert "<dd>2 places · 2 taken</dd>" in text
    assert await app.deliver() == 1
    assert marc.last.text.startswith("🎉 Une place s'est libérée : vous êtes confirmé·e pour "
                                     "« School fair »")
    fewer = await submit(client, f"/admin/events/{event}/places?lang=nl", {"capacity": "1"})
    assert fewer.status == 400
    assert 'id="e-capacity">Er zijn al 2 plaatsen bezet' in await fewer.text()
    same = await submit(client, f"/admin/events/{event}/places", {"capacity": "2"})
    assert "Nothing changed: the number of places is as it was." in await same.text()
    async with app.sessions() as session:
        assert (await session.get(Event, event)).capacity == 2
    [entry] = await audits(app, "change-places")
    assert (entry.before, entry.after) == ({"capacity": 1}, {"capacity": 2, "confirmed": 1})
    assert await app.deliver() == 0


async def test_an_event_without_a_limit_is_given_one_and_it_is_lifted_again(admin) -> None:
    app, client = admin
    anna = await anna_approved(app, client)
    marc = await another_family(app, (await member_named(app, "Anna")).school_id, 120, "Marc",
                                (("Tom", "P5"),))
    await submit(client, f"/admin/members/{(await member_named(app, 'Marc')).id}/approve")
    await new_event(client, app)
    await app.deliver()
    await anna.taps("Yes")
    event = await event_id(app)
    card = await page(client, f"/admin/events/{event}")
    assert "<dd>no limit</dd>" in card and f'action="/admin/events/{event}/places"' in card
    assert 'name="capacity" type="number" value=""' in card
    assert "1 taken now; at most 10,000, or empty for no limit." in card

    one = await submit(client, f"/admin/events/{event}/places", {"capacity": "1"})
    text = await one.text()
    assert "✅ Number of places: 1." in text and "<dd>1 place · 1 taken</dd>" in text
    assert "sur la liste d'attente" in await marc.taps("Oui")  # no room left for Marc
    unchanged = await submit(client, f"/admin/events/{event}/places", {"capacity": "1"})
    assert "Nothing changed: the number of places is as it was." in await unchanged.text()

    lifted = await submit(client, f"/admin/events/{event}/places", {"capacity": ""})
    text = await lifted.text()
    assert ("✅ Number of places: no limit. 1 person from the waiting list is now confirmed and "
            "will be told.") in text
    assert "<dd>no limit</dd>" in text
    assert await app.deliver() == 1
    assert marc.last.text.startswith("🎉 Une place s'est libérée")
    async with app.sessions() as session:
        assert (await session.get(Event, event)).capacity is None
    assert [(entry.before, entry.after) for entry in await audits(app, "change-places")] == [
        ({"capacity": None}, {"capacity": 1, "confirmed": 0}),
        ({"capacity": 1}, {"capacity": None, "confirmed": 1})]


async def test_a_new_time_reaches_calendars_as_the_same_entry_a_version_later(admin) -> None:
    app, client = admin
    await new_event(client, app)
    event = await event_id(app)

    async def entry():
        ics = await client.get(f"/admin/events/{event}.ics")
        [found] = Calendar.from_ical(await ics.read()).walk("VEVENT")
        return found

    before = await entry()
    assert (str(before["uid"]), before["sequence"]) == (f"event-{event}@schoolhub", 0)
    await submit(client, f"/admin/events/{event}/change", {"starts": local(12), "location": "Gym"})
    after = await entry()
    assert (str(after["uid"]), after["sequence"]) == (str(before["uid"]), 1)
    assert after.decoded("dtstart") == moment_of(local(12))
    await submit(client, f"/admin/events/{event}/cancel", {"confirm": "on"})
    cancelled = await entry()
    assert (cancelled["sequence"], str(cancelled["status"])) == (2, "CANCELLED")


async def test_a_cancelled_or_begun_event_cannot_be_changed(admin) -> None:
    app, client = admin
    anna, _, _, event = await three_answers(app, client)
    await submit(client, f"/admin/events/{event}/cancel", {"confirm": "on"})
    assert f"/admin/events/{event}/change" not in await page(client, f"/admin/events/{event}")
    refused = await submit(client, f"/admin/events/{event}/change",
                           {"starts": local(12), "location": "Hall"})
    assert refused.status == 409
    assert "This event has been cancelled." in await refused.text()

    await new_event(client, app, title="Book swap")
    begun = await event_id(app, "Book swap")
    async with app.sessions() as session, session.begin():
        await session.execute(update(Event).where(Event.id == begun).values(
            starts_at=utcnow() - timedelta(hours=1)))
    assert f"/admin/events/{begun}/change" not in await page(client, f"/admin/events/{begun}")
    refused = await submit(client, f"/admin/events/{begun}/change",
                           {"starts": local(12), "location": "Hall"})
    assert refused.status == 409
    assert "This event has already begun: its time and place can no longer be changed." \
        in await refused.text()

    async with app.sessions() as session:
        assert (await session.get(Event, event)).location == "Gym"
        assert (await session.get(Event, begun)).location == "Gym"
    await app.deliver()
    assert told(anna) == [] and await audits(app, "change-event") == []
