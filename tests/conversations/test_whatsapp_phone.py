"""WhatsApp as a parent uses it on a phone before school: answers typed instead of tapped
(the buttons often hide behind a list), buttons that stay buttons in French and Dutch,
files the phone can open.
WhatsApp only: every other transcript runs on Telegram and WhatsApp alike; these are
about how WhatsApp reads and shows a message."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
import time_machine
from sqlalchemy import select, update

from bot.scheduler import send_week_digests
from core.clock import utcnow
from core.db import unit_of_work
from core.models import Event, Identity, Member, OutboxMessage, Rsvp
from tests.conversations.test_announcements import rep_sends
from tests.conversations.test_events import organise
from tests.conversations.test_privacy import forget
from tests.conversations.test_week import (
    FRIDAY,
    PICNIC,
    SUNDAY,
    a_picnic_on_tuesday,
    week,
)
from tests.support.flows import (
    admin_of,
    another_family,
    balances,
    compose,
    families,
    new_order,
    rep_of,
)
from tests.support.graph_api import LocalGraphApi
from tests.support.harness import App, Person


@pytest.fixture
async def app(database_url: str) -> AsyncIterator[App]:
    graph = LocalGraphApi()
    await graph.start()
    application = App(database_url, channel=graph)
    yield application
    await application.close()
    assert graph.refused == [], "the bot sent something WhatsApp refuses"
    await graph.stop()


async def with_marie(app: App) -> tuple[Person, Person, Person, Person]:
    """Anna (en), Jan (nl), Marie (fr, Lou in P3) and Sophie, the admin (en)."""
    anna, jan, school_id = await families(app)
    marie = await another_family(app, school_id, 510, "Marie", (("Lou", "P3"),))
    return anna, jan, marie, await admin_of(app, school_id)


def on_the_phone(app: App, person: Person) -> dict[str, Any]:
    """The latest message the person's phone received, as WhatsApp got it."""
    return app.graph.to(str(person.user.id))[-1]


def titles(payload: dict[str, Any]) -> tuple[str, list[str]]:
    """How the buttons show: "button" (reply buttons) or "list", and their titles."""
    interactive = payload["interactive"]
    if interactive["type"] == "button":
        return "button", [b["reply"]["title"] for b in interactive["action"]["buttons"]]
    return "list", [row["title"] for section in interactive["action"]["sections"]
                    for row in section["rows"]]


async def silent_for_a_day(app: App) -> None:
    """Nobody has written for 30 hours: WhatsApp's 24-hour window is closed for all."""
    async with unit_of_work(app.sessions) as uow:
        await uow.session.execute(update(Identity).values(
            last_seen_at=utcnow() - timedelta(hours=30)))


async def test_an_invitation_is_answered_in_words_and_the_headcount_in_numbers(
        app: App) -> None:
    _, jan, marie, sophie = await with_marie(app)
    await organise(sophie, headcount=True)
    await app.deliver()
    assert titles(on_the_phone(app, marie)) == ("button", ["✅ Oui", "🤔 Peut-être", "❌ Non"])

    assert (await marie.says("Oui")).startswith("Combien d'adultes viendront ?")
    assert titles(on_the_phone(app, marie)) == ("list", ["1", "2", "3", "4", "5"])
    assert (await marie.says("2")).startswith("Et combien d'enfants ?")  # the row "2"
    assert await marie.says("1") == ("✅ C'est noté : vous venez à « School fair » "
                                     "(2 adultes et 1 enfant).\n[1] 📆 Dans mon agenda")
    async with app.sessions() as session:
        rsvp = await session.scalar(select(Rsvp).join(Member, Member.id == Rsvp.member_id)
                                    .where(Member.first_name == "Marie"))
    assert (rsvp.answer, rsvp.adults, rsvp.children) == ("yes", 2, 1)
    # Another message came since the numbers: "2" is only a 2 now.
    assert (await marie.says("2")).startswith("Je n'ai pas compris.")

    assert "❌" in await jan.says("nee")  # the Dutch button "❌ Nee"


async def test_an_invitation_that_came_as_a_template_is_answered_by_typing_oui(
        app: App) -> None:
    """A day without writing to the bot: only a template (a line of text) may reach the
    parent; their "oui" answers it, and the buttons it waited with no longer follow."""
    _, _, marie, sophie = await with_marie(app)
    async with unit_of_work(app.sessions) as uow:
        await uow.session.execute(update(Identity).where(Identity.external_id == "510")
                                  .values(last_seen_at=utcnow() - timedelta(hours=30)))
    await organise(sophie)
    await app.deliver()
    assert on_the_phone(app, marie)["type"] == "template"
    assert await marie.says("oui") == \
        "✅ C'est noté : vous venez à « School fair ».\n[1] 📆 Dans mon agenda"
    await app.deliver()
    last = on_the_phone(app, marie)  # the answer was the last word
    assert last["interactive"]["body"]["text"].startswith("✅ C'est noté")


async def test_an_answer_quoting_an_older_invitation_answers_that_one(app: App) -> None:
    _, _, marie, sophie = await with_marie(app)
    await organise(sophie)
    await app.deliver()
    fair = on_the_phone(app, marie)
    await organise(sophie, "Swimming trip")
    await app.deliver()
    swimming = on_the_phone(app, marie)
    # Two invitations: "oui" swiped onto the first one is for the fair, not the latest.
    (answer,) = await app.chat.say_quoting(marie.user, "oui", fair)
    assert answer.text == "✅ C'est noté : vous venez à « School fair »."
    (answer,) = await app.chat.say_quoting(marie.user, "non", swimming)
    assert answer.text == "❌ C'est noté : vous ne venez pas à « Swimming trip »."
    async with app.sessions() as session:
        answers = await session.execute(select(Event.title, Rsvp.answer).join(Rsvp).join(
            Member, Member.id == Rsvp.member_id).where(Member.first_name == "Marie"))
        assert sorted(answers) == [("School fair", "yes"), ("Swimming trip", "no")]


async def test_sel_steps_understand_skip_yes_and_a_command(app: App) -> None:
    anna, jan, marie, _ = await with_marie(app)
    await anna.says("/pay")
    await anna.says("Peeters")
    await anna.says("30")
    confirm = await anna.says("skip")  # the button "Skip", not a note reading "skip"
    assert confirm.startswith("Pay 30 units (0 h 30) to Jan Peeters?\nYour balance")
    # A command is a command, never the button "✅ Pay" it looks like.
    assert (await anna.says("/pay")).startswith("Who do you want to pay?")
    assert await balances(app) == {"Anna": 120, "Jan": 120, "Marie": 120, "Sophie": 120}
    await anna.says("Peeters")
    await anna.says("30")
    await anna.says("Skip")
    assert (await anna.says("yes")).startswith("✅ You paid 30 units (0 h 30) to Jan Peeters.")

    await anna.says("/request")
    await anna.says("Marie")
    await anna.says("45")
    await anna.says("garde")
    await anna.says("yes")  # the one ✅ button: "✅ Send the request"
    await app.deliver()
    assert titles(on_the_phone(app, marie)) == ("button", ["✅ Payer", "❌ Refuser"])
    assert (await marie.says("oui")).startswith("✅ Vous avez payé 45 unités (0 h 45)")
    assert await balances(app) == {"Anna": 135, "Jan": 150, "Marie": 75, "Sophie": 120}


async def test_yes_presses_only_a_yes_button(app: App) -> None:
    _, _, marie, _ = await with_marie(app)
    await marie.says("/forgetme")
    assert titles(on_the_phone(app, marie)) == ("button", ["Oui, continuer", "Annuler"])
    assert "Vraiment ?" not in await marie.says("oui")  # erasing takes the words themselves
    async with app.sessions() as session:
        assert await session.scalar(select(Member.last_name).where(
            Member.first_name == "Marie")) == "Martin"


async def test_an_announcement_is_read_and_an_order_picked_by_typing_its_buttons(
        app: App) -> None:
    _, jan, marie, sophie = await with_marie(app)
    await compose(sophie, "Swimming on Tuesday: bring a cap.")
    await sophie.taps("📣 Send")
    await app.deliver()
    assert await marie.says("lu") == "Merci, c'est noté comme lu."  # "👍 Lu"

    await new_order(sophie)
    await sophie.taps("Publish")
    await app.deliver()
    await marie.taps("Participer")
    assert (await marie.says("t-shirt")).startswith("Lequel pour T-shirt ?")
    assert (await marie.says("m")).startswith("Combien de T-shirt M à 12,50")
    assert (await marie.says("2")).startswith("✅ Votre commande est mise à jour.")
    assert "• 2 × T-shirt M — 25,00" in marie.said
    # Joined, the card keeps its buttons in sight, in French and in Dutch alike.
    assert titles(on_the_phone(app, marie)) == ("button", ["➕ T-shirt", "🚪 Ne plus participer"])
    await jan.taps("Meedoen")
    await jan.taps("T-shirt")
    await jan.taps("S")
    await jan.says("1")
    assert titles(on_the_phone(app, jan)) == ("button", ["➕ T-shirt", "🚪 Niet meer meedoen"])


async def test_files_go_as_types_whatsapp_takes_and_keep_their_names(app: App) -> None:
    _, _, marie, sophie = await with_marie(app)
    await organise(sophie)
    await marie.says("/events")
    await marie.taps("School fair")
    await marie.taps("agenda")
    await marie.says("/mydata")
    await compose(sophie, "Trip rules", file=("rules.pdf", b"%PDF-1.4 rules"))
    await sophie.taps("📣 Send")
    await compose(sophie, "Fair", file=("fair.jpg", b"\xff\xd8 fair"))
    await sophie.taps("📣 Send")
    await app.deliver()

    sent = []  # (file name, type uploaded as) of each file Marie received
    for payload in app.graph.to(str(marie.user.id)):
        interactive = payload.get("interactive", {})
        media = payload.get(payload["type"]) if payload["type"] in ("image", "document") \
            else interactive.get("header", {}).get(interactive.get("header", {}).get("type"))
        if media:
            sent.append((media.get("filename", "photo"), app.graph.media[media["id"]][1]))
    assert [mime for name, mime in sent if name.endswith((".ics", ".json"))] == [
        "text/plain", "text/plain"]
    assert ("rules.pdf", "application/pdf") in sent
    assert ("photo", "image/jpeg") in sent


async def test_a_read_typed_in_reply_to_an_announcement_counts_for_that_one_once(
        app: App) -> None:
    _, _, marie, sophie = await with_marie(app)
    await compose(sophie, "Swimming on Monday.")
    await sophie.taps("📣 Send")
    swimming_status = sophie.last
    await app.deliver()
    swimming = on_the_phone(app, marie)
    await compose(sophie, "Photo day on Tuesday.")
    await sophie.taps("📣 Send")
    photos_status = sophie.last
    await app.deliver()
    # "lu" swiped onto the first announcement is for that one, not the latest
    (answer,) = await app.chat.say_quoting(marie.user, "lu", swimming)
    assert answer.text == "Merci, c'est noté comme lu."
    (answer,) = await app.chat.say_quoting(marie.user, "Lu", swimming)
    assert answer.text == "Déjà noté comme lu."
    assert "👍 read by 1 of 3 families" in await sophie.taps_again(swimming_status, "Refresh")
    assert "👍 read by 0 of 3 families" in await sophie.taps_again(photos_status, "Refresh")


async def test_an_announcement_that_came_as_a_template_is_replied_to_by_typing_reply(
        app: App) -> None:
    """A day without writing: the announcement reaches Jan as a template, its buttons
    waiting for his reply. His first message, the button's word, opens the question
    (before, the copy released by that very message was not "sent" to him yet, and the
    button was refused as not his)."""
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await silent_for_a_day(app)
    await tom.says("/announce")
    await tom.says("Bring a towel tomorrow.")
    await tom.taps("Continue")
    await tom.taps("Not urgent")
    await tom.taps("📣 Send")
    assert await app.deliver() == 2
    assert on_the_phone(app, jan)["type"] == "template"
    assert (await jan.says("Reageren")).startswith("💬 Typ je bericht voor Tom Claes")
    assert await jan.says("Moet Noor een badmuts meebrengen?") == \
        "✅ Je bericht is doorgegeven aan Tom Claes."
    assert on_the_phone(app, anna)["type"] == "template"
    assert await anna.says("ok") == "Thank you, noted as read."
    await app.deliver()
    assert tom.last.text.endswith("):\nMoet Noor een badmuts meebrengen?")


async def test_a_sunday_week_answered_after_its_day_comes_as_it_is_now(app: App) -> None:
    """Silent for a day, Jan gets his Sunday week as a template, its buttons waiting for
    his reply; he replies on Monday, after the week expired at midnight: the week as
    /week shows it that day comes, buttons included (before, nothing came at all)."""
    with time_machine.travel(FRIDAY, tick=False):
        _, jan, _ = await a_picnic_on_tuesday(app)
        await jan.says("/week")
        await jan.taps("🔔 Elke zondag")
    with time_machine.travel(SUNDAY, tick=False):
        await sunday_on_a_silent_phone(app)
        assert on_the_phone(app, jan)["type"] == "template"
    with time_machine.travel(SUNDAY + timedelta(hours=14), tick=False):  # Monday, 8:00
        assert (await jan.says("ok")).startswith("Graag gedaan!")
        assert await app.deliver() == 1
        late = (jan.last.text, [button.label for button in jan.last.flat_buttons])
        assert late[0].startswith("🗓️ Je week\n\nMorgen\n• 18:30 📅 Class picnic")
        assert late == await week(jan)


async def sunday_on_a_silent_phone(app: App, weeks: int = 1) -> None:
    """Nobody wrote for a day: the Sunday week (`weeks` of them, one per parent who
    asked) goes as a template, its buttons waiting."""
    await silent_for_a_day(app)
    assert await send_week_digests(app.sessions) == weeks
    await app.deliver()


async def test_two_sunday_weeks_answered_late_come_as_one(app: App) -> None:
    """Jan, silent for two weeks, got both Sunday weeks as templates; he replies on the
    Monday after the second: his week as it is now comes once, not once per Sunday."""
    with time_machine.travel(FRIDAY, tick=False):
        _, jan, school_id = await families(app)
        admin = await admin_of(app, school_id)
        await organise(admin, "Class picnic", when=PICNIC)
        await organise(admin, "Swimming", when=PICNIC + timedelta(days=7))
        await app.deliver()
        await jan.says("/week")
        await jan.taps("🔔 Elke zondag")
    for sunday in (SUNDAY, SUNDAY + timedelta(days=7)):
        with time_machine.travel(sunday, tick=False):
            await sunday_on_a_silent_phone(app)
    with time_machine.travel(SUNDAY + timedelta(days=7, hours=14), tick=False):  # Monday
        await jan.says("ok")
        assert await app.deliver() == 1
        assert jan.last.text.startswith("🗓️ Je week\n\nMorgen\n• 18:30 📅 Swimming")


async def test_a_late_sunday_week_is_not_sent_after_week_or_a_stop(app: App) -> None:
    """On Monday Jan answers his Sunday week's template with /week: he reads his week
    there, and it does not come a second time. Anna answers hers with its button's words,
    Stop on Sundays: no week comes after she said stop."""
    with time_machine.travel(FRIDAY, tick=False):
        anna, jan, _ = await a_picnic_on_tuesday(app)
        for parent, label in ((anna, "🔔 Every Sunday"), (jan, "🔔 Elke zondag")):
            await parent.says("/week")
            await parent.taps(label)
    with time_machine.travel(SUNDAY, tick=False):
        await sunday_on_a_silent_phone(app, weeks=2)
    with time_machine.travel(SUNDAY + timedelta(hours=14), tick=False):  # Monday, 8:00
        assert (await jan.says("/week")).startswith("🗓️ Je week\n\nMorgen\n• 18:30")
        assert await app.deliver() == 0
        assert (await anna.says("🔕 Stop on Sundays")).startswith("🔕 Done: no more week")
        await app.deliver()
        assert anna.last.text.startswith("🔕 Done: no more week")


async def test_a_late_sunday_week_is_erased_of_its_authors_words_and_keeps_its_day(
        app: App) -> None:
    """Anna answers her Sunday week's template on Monday; the week made for her then
    quotes Tom's announcement, not read yet. Tom erases himself afterwards: his words
    leave that stored week too, as they leave the Sunday week itself. It holds for its
    day only ("Tomorrow" would be wrong later): sent again from the panel on another
    day, it would not come."""
    with time_machine.travel(FRIDAY, tick=False):
        anna, _, school_id = await families(app)
        tom = await rep_of(app, school_id)
        await rep_sends(tom, "Bring a towel tomorrow.")
        await app.deliver()
        await anna.says("/week")
        await anna.taps("🔔 Every Sunday")
    with time_machine.travel(SUNDAY, tick=False):
        await sunday_on_a_silent_phone(app)
    monday = SUNDAY + timedelta(hours=14)
    with time_machine.travel(monday, tick=False):
        await anna.says("ok")
        assert await app.deliver() == 1
        assert "towel" in anna.last.text
        await forget(tom)
    async with app.sessions() as session:
        late = await session.scalar(select(OutboxMessage).where(
            OutboxMessage.purpose.startswith("late:")))
    assert "towel" not in f"{late.message_args} {late.buttons}"
    assert late.expires_at == monday.replace(hour=0) + timedelta(days=1)
