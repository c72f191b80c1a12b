"""A parent's calendar feed: the link from the chat, a new link that replaces it, and
what a calendar app reads at that address — as transcripts, then over HTTP."""

from __future__ import annotations

import secrets
from datetime import timedelta

import aiohttp
from icalendar import Calendar
from sqlalchemy import select, update
from sqlalchemy.orm import selectinload

from bot.calendar_feed import PER_FEED
from core.clock import utcnow
from core.db import unit_of_work
from core.events import service as events
from core.events.calendar import to_ics
from core.events.service import EventDraft
from core.models import Event, Member, School
from tests.conversations.test_privacy import document_of, forget
from tests.support.flows import admin_of, class_ids, families, link_in, second_parent
from tests.support.harness import App


async def fetch(url: str) -> tuple[int, str, bytes]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        return response.status, response.content_type, await response.read()


async def member(session, first_name: str) -> Member:
    return await session.scalar(select(Member).where(Member.first_name == first_name)
                                .options(selectinload(Member.roles)))


async def test_a_parent_gets_the_link_and_a_new_link_replaces_the_old(app: App) -> None:
    anna, _, _ = await families(app)
    await app.serve_web()
    await anna.says("/events")  # no event yet: /calendar works all the same
    reply = await anna.says("/calendar")
    assert reply.startswith(
        "📆 École Test's events for you, in your calendar app and kept up to date: "
        "subscribe to this link once.\nhttp://127.0.0.1:")
    assert "Google Calendar (on a computer): Other calendars + → From URL, paste it. " \
           "iPhone: tap it." in reply
    # No public address configured (the console, a laptop): said plainly.
    assert "⚠️ This link works on this computer only" in reply
    assert anna.button_labels() == ["🔄 New link"]
    old = link_in(reply)
    assert old.endswith(".ics") and "/calendar/" in old
    assert link_in(await anna.says("/calendar")) == old  # asked again: the same link
    status, kind, body = await fetch(old)
    assert (status, kind) == (200, "text/calendar")
    assert str(Calendar.from_ical(body)["x-wr-calname"]) == "École Test"

    assert "The old one stops working at once" in await anna.taps("🔄 New link")
    assert "Your link stays as it is" in await anna.taps("No, keep it")
    assert (await fetch(old))[0] == 200
    await anna.says("/calendar")
    await anna.taps("🔄 New link")
    confirmation = anna.keyboard()
    renewed = await anna.taps("✅ Yes, new link")
    assert "✅ Here is your new link: the old one no longer works." in renewed
    new = link_in(renewed)
    assert new != old
    assert (await fetch(old))[0] == 404
    assert (await fetch(new))[0] == 200
    # The same confirmation tapped again replaces nothing: the new link stays.
    again = await anna.taps_again(confirmation, "✅ Yes, new link")
    assert "That link was already replaced: here is the one that works now." in again
    assert link_in(again) == new
    assert (await fetch(new))[0] == 200


async def test_subscribe_under_the_events_list_in_dutch(app: App) -> None:
    _, jan, school_id = await families(app)
    await admin_of(app, school_id)
    async with unit_of_work(app.sessions) as uow:
        await events.create_event(uow.session, await member(uow.session, "Sophie"),
                                  EventDraft("Schoolfeest", utcnow() + timedelta(days=5)))
    assert "📆 Abonneren" in await jan.says("/events")
    reply = await jan.taps("📆 Abonneren")
    assert reply.startswith("📆 De activiteiten van École Test voor jou, in je agenda-app")
    assert "Google Agenda (op een computer): Andere agenda's + → Via URL" in reply
    assert "⚠️ Deze link werkt alleen op deze computer" in reply


async def test_the_feed_has_my_classes_and_the_school_not_another_class(app: App) -> None:
    anna, _, school_id = await families(app)
    await admin_of(app, school_id)
    classes = await class_ids(app, school_id)
    now = utcnow()
    async with unit_of_work(app.sessions) as uow:
        sophie, mum = await member(uow.session, "Sophie"), await member(uow.session, "Anna")
        made = {}
        for title, days, audience in (("School fair", 10, []), ("P3 picnic", 20, ["P3"]),
                                      ("M2 trip", 15, ["M2"]),
                                      ("Carnival", 3, []), ("Last month's play", 2, []),
                                      ("Last year's party", 2, [])):
            made[title] = await events.create_event(uow.session, sophie, EventDraft(
                title, now + timedelta(days=days), class_ids=[classes[c] for c in audience]))
        await events.answer(uow.session, mum, made["School fair"].id, "yes", 1, 0)
        await events.cancel(uow.session, sophie, made["Carnival"].id)
        for title, days in (("Last month's play", -20), ("Last year's party", -40)):
            await uow.session.execute(update(Event).where(Event.id == made[title].id)
                                      .values(starts_at=now + timedelta(days=days)))
    link = link_in(await anna.says("/calendar"))
    await app.serve_web()
    status, _, body = await fetch(link)
    assert status == 200
    calendar = Calendar.from_ical(body)
    assert str(calendar["x-wr-calname"]) == "École Test"
    entries = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    # Whole school and Léa's class (P3), a month back and on; not M2, not 40 days ago.
    assert sorted(entries) == ["Carnival", "Last month's play", "P3 picnic", "School fair"]
    assert str(entries["Carnival"]["status"]) == "CANCELLED"
    assert str(entries["School fair"]["status"]) == "CONFIRMED"
    assert str(entries["School fair"]["description"]) == "Your answer: ✅ yes"
    assert "description" not in entries["P3 picnic"]
    # The same entry as the event's own .ics file: a calendar that imported one takes the
    # other as the same event.
    async with app.sessions() as session:
        carnival = await session.get_one(Event, made["Carnival"].id)
        [alone] = Calendar.from_ical(to_ics(carnival, "École Test")).walk("VEVENT")
    assert (entries["Carnival"]["uid"], entries["Carnival"]["sequence"]) == \
        (alone["uid"], alone["sequence"]) == (f"event-{carnival.id}@schoolhub", 1)
    # Léa's father holds the family's answer with Anna: his feed shows it too.
    marc = await second_parent(app, anna)
    _, _, body = await fetch(link_in(await marc.says("/calendar")))
    entries = {str(e["summary"]): e for e in Calendar.from_ical(body).walk("VEVENT")}
    assert str(entries["School fair"]["description"]) == "Your answer: ✅ yes"
    # The school switches events off: the calendar empties, the subscription stays.
    async with unit_of_work(app.sessions) as uow:
        await uow.session.execute(update(School).values(events_enabled=False))
    status, _, body = await fetch(link)
    assert status == 200 and Calendar.from_ical(body).walk("VEVENT") == []


async def test_an_unknown_or_erased_link_finds_nothing(app: App) -> None:
    anna, jan, _ = await families(app)
    link = link_in(await anna.says("/calendar"))
    await app.serve_web()
    base = link.rsplit("/", 1)[0]
    for wrong in (f"{base}/{secrets.token_urlsafe(24)}.ics", f"{base}/x.ics",
                  f"{base}/{'a' * 300}.ics", base):
        status, _, body = await fetch(wrong)
        assert status == 404 and b"school" not in body.lower(), wrong
    # The copy of her data says she has a feed, without its secret address.
    await anna.says("/mydata")
    feed = document_of(anna)["events"]["calendar_feed"]
    assert feed["created_at"] and link.rsplit("/", 1)[1].removesuffix(".ics") not in str(feed)
    assert (await fetch(link))[0] == 200
    await forget(anna)
    status, _, body = await fetch(link)
    assert status == 404 and b"VCALENDAR" not in body
    assert (await fetch(link_in(await jan.says("/calendar"))))[0] == 200


async def test_replicas_share_a_feeds_pace_through_redis(database_url: str,
                                                         redis_url: str) -> None:
    """Two `schoolhub run` replicas behind one address: a feed read its burst's worth of
    times through one is told to wait by the other too."""
    first, second = App(database_url, redis_url), App(database_url, redis_url)
    try:
        anna, _, _ = await families(first)
        link = link_in(await anna.says("/calendar"))
        await first.serve_web()
        await second.serve_web()
        burst = PER_FEED[1]
        assert [(await fetch(link))[0] for _ in range(burst)] == [200] * burst
        elsewhere = link.replace(first.settings.base_url, second.settings.base_url)
        assert elsewhere != link
        status, _, _ = await fetch(elsewhere)
        assert status == 429
    finally:
        await first.close()
        await second.close()
