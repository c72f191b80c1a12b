"""Privacy in the chat: the notice, a copy of my data, erasing my data — as transcripts.

Two families who exchanged (SEL payment and request, an event with one place, a group
order) and an admin; Anna asks for her data, then to be forgotten.
"""

from __future__ import annotations

import json
from typing import Any

import time_machine
from sqlalchemy import JSON, LargeBinary, String, Text, func, select

from bot.channels.whatsapp.memory import KEYBOARD, replied_to
from core.admin import audit
from core.clock import utcnow
from core.members.privacy import EXPORTED_TABLES, PRIVACY_VERSION
from core.models import (
    Attachment,
    AuditEntry,
    Base,
    Event,
    InboundEvent,
    Member,
    MemberStatus,
    SelAccount,
    SelFollow,
    SelPost,
)
from core.orders import organiser
from core.sel.posts import create_post
from tests.conversations.test_events import local_moment, organise
from tests.conversations.test_orders import join, open_order
from tests.conversations.test_posts import browse_offers, offer
from tests.support.flows import (
    admin_of,
    another_family,
    balances,
    compose,
    families,
    new_order,
    register,
    rep_of,
)
from tests.support.graph_api import text_message, webhook_call
from tests.support.harness import App, Person
from tests.support.ledger import books_balance

ANNA_CONTACT = "0470 12 34 56, anna.desmet@example.be"
JAN_CONTACT = "0499 88 77 66, jan.peeters@example.be"


async def two_families_who_exchanged(app: App) -> tuple[Person, Person, Person]:
    """Anna (with contact details and Léa) and Jan (with his and Noor) of one school:
    Anna paid Jan with a note, Jan asks Anna for units, Anna offers homework help, both
    said yes to a one-place event (Jan waits), Anna ordered two T-shirts and follows the
    Childcare category."""
    school = await app.school()
    anna = app.person(401, "Anna", "en")
    await register(anna, school.parent_code, contact=ANNA_CONTACT)
    jan = app.person(402, "Jan", "nl")
    await register(jan, school.parent_code, language="Nederlands", first="Jan",
                   last="Peeters", children=(("Noor", "L3"),), contact=JAN_CONTACT)
    sophie = await admin_of(app, school.id)
    await anna.says("/pay")
    await anna.says("peeters")  # the only match: taken at once
    await anna.says("30")
    await anna.says("babysitting for Léa")
    await anna.taps("✅ Pay")
    await jan.says("/request")
    await jan.says("smet")
    await jan.says("15")
    await jan.says("boodschappen")
    await jan.taps("Verzoek versturen")
    async with app.sessions() as session, session.begin():
        member = await session.scalar(select(Member).where(Member.first_name == "Anna"))
        await create_post(session, member, kind="offer", category="homework",
                          title="Maths with Anna", description="Call Anna on 0470 12 34 56")
    await organise(sophie, when=local_moment(10), capacity=1)
    await app.deliver()
    await anna.taps("Yes")
    await jan.taps("Ja")
    await new_order(sophie)
    await sophie.taps("Publish")
    await app.deliver()
    await anna.taps("Join")
    await anna.taps("T-shirt")
    await anna.taps("M")
    await anna.taps("2")
    await anna.says("/offers")
    await anna.taps("See needs")
    await anna.taps("👶 Childcare")
    await anna.taps("🔔 Notify me")
    await app.deliver()
    return anna, jan, sophie


async def forget(person: Person, sure: str = "Yes, continue",
                 red: str = "🔴 Erase everything") -> str:
    await person.says("/forgetme")
    await person.taps(sure)
    return await person.taps(red)


def document_of(person: Person) -> dict[str, Any]:
    export = next(m for m in reversed(person.inbox) if m.document == "schoolhub-my-data.json")
    return json.loads(export.document_bytes)


async def every_text(app: App) -> list[tuple[str, str, str]]:
    """(table, column, value) for every text, JSON value or file stored in the database."""
    found = []
    async with app.sessions() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns
                       if isinstance(c.type, String | Text | JSON | LargeBinary)]
            if not columns:
                continue
            for row in await session.execute(select(*columns)):
                for column, value in zip(columns, row, strict=True):
                    if value is not None:
                        found.append((table.name, column.name, as_text(value)))
    return found


def as_text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")  # a file's bytes
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


async def mentions(app: App, *words: str) -> list[tuple[str, str, str]]:
    lowered = [w.lower() for w in words]
    return [(table, column, word) for table, column, text in await every_text(app)
            for word in lowered if word in text.lower()]


# The notice ----------------------------------------------------------------------------------

async def test_the_privacy_notice_in_each_language(app: App) -> None:
    anna, jan, school_id = await families(app)
    notice = await anna.says("/privacy")
    assert notice.startswith(f"🔒 Privacy notice (version {PRIVACY_VERSION})")
    assert "Technical logs of messages are deleted after 90 days." in notice
    assert "/mydata sends you a copy" in notice and "/forgetme erases your data" in notice
    assert "contact the school's administrators" in notice
    # what a rep sees of the families, and the calendar feed's secret link (2026-11-22)
    assert "your answer, your order and whether you read it" in notice
    assert "a secret link shows your events" in notice and "/forgetme deletes it" in notice
    assert (await jan.says("/privacy")).startswith(
        f"🔒 Privacyverklaring (versie {PRIVACY_VERSION})")
    assert "neem contact op met de beheerders van de school" in jan.said
    assert "Agenda: als je er een vraagt met /calendar" in jan.said
    marie = await another_family(app, school_id, 403, "Marie", children=(("Louis", "P1"),))
    assert (await marie.says("/privacy")).startswith(
        f"🔒 Vie privée (version {PRIVACY_VERSION})")
    assert "/forgetme efface vos données" in marie.said
    assert "Agenda : si vous en demandez un avec /calendar" in marie.said
    assert "/privacy – what SchoolHub stores about you" in await anna.says("/help")


async def test_a_stranger_may_read_the_notice_but_has_no_data(app: App) -> None:
    await app.school()
    stranger = app.person(499, "Zoé", "en")
    assert "Privacy notice" in await stranger.says("/privacy")
    assert "You are not registered yet" in await stranger.says("/mydata")
    assert "You are not registered yet" in await stranger.says("/forgetme")


# A copy of my data ---------------------------------------------------------------------------

async def test_my_data_holds_everything_about_me_and_nothing_about_others(app: App) -> None:
    anna, jan, _ = await two_families_who_exchanged(app)
    reply = await anna.says("/mydata")
    assert "📦 Your data, as a file any computer can read (JSON)." in reply
    assert "📦 Your data at École Test (Anna De Smet):" in reply
    assert "• children: 1" in reply and "• chat apps: 1" in reply
    assert ("• SEL: balance 90 units, 2 transfer(s), 1 request(s), 1 offer(s) or need(s), "
            "1 category alert(s)\n") in reply
    assert "• events: 1 answer(s)" in reply and "• group orders: 1 line(s)" in reply

    export = document_of(anna)
    profile = export["profile"]
    assert (profile["first_name"], profile["last_name"]) == ("Anna", "De Smet")
    assert profile["email"] == "anna.desmet@example.be" and profile["phone"]
    assert profile["consent_version"] == PRIVACY_VERSION and profile["consent_at"]
    assert export["children"] == [{"first_name": "Léa", "class": "P3", "placed_for": None,
                                   "created_at": export["children"][0]["created_at"]}]
    assert [i["channel"] for i in export["identities"]] == [app.channel]
    assert [r["role"] for r in export["roles"]] == ["parent"]
    transfers = export["sel"]["transfers"]
    assert [(t["units"], t["counterpart"], t["note"]) for t in transfers] == [
        (120, "school", None), (-30, "Jan Peeters", "babysitting for Léa")]
    [request] = export["sel"]["requests"]
    assert (request["direction"], request["counterpart"], request["units"],
            request["note"]) == ("asked_of_me", "Jan Peeters", 15, "boodschappen")
    assert export["sel"]["posts"][0]["title"] == "Maths with Anna"
    assert [f["category"] for f in export["sel"]["follows"]] == ["childcare"]
    assert export["events"]["answers"][0]["answer"] == "yes"
    assert export["orders"]["lines"][0]["quantity"] == 2
    assert export["messages"], "the order's announcement, at least"
    for table, section in EXPORTED_TABLES.items():
        head, _, tail = section.partition(".")
        assert head in export and (not tail or tail in export[head]), table

    document = json.dumps(export, ensure_ascii=False)
    # Jan's phone as stored (+32499887766): "0499" alone also turns up in a timestamp.
    for about_jan in ("499887766", "jan.peeters@example.be", "Noor", "Sophie Lambert"):
        assert about_jan not in document


async def test_a_pending_parent_gets_their_data_too(app: App) -> None:
    school = await app.school(approval=True)
    anna = app.person(110, "Anna", "en")
    await register(anna, school.parent_code)
    await anna.says("/mydata")
    assert document_of(anna)["profile"]["status"] == "pending"


async def test_my_data_holds_my_announcements_files_and_what_admins_changed(app: App) -> None:
    _, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await compose(tom, "Class photo", audience=(), file=("class-photo.pdf", b"%PDF 1A"))
    async with app.sessions() as session, session.begin():
        member = await session.scalar(select(Member).where(Member.first_name == "Tom"))
        await audit.record(session, school_id=school_id, actor="sophie@school.be",
                           action="grant-role", subject=f"member:{member.id}",
                           before={}, after={"role": "admin", "class_id": None})
    await tom.says("/mydata")
    export = document_of(tom)
    [written] = export["announcements"]["written"]
    assert (written["status"], written["attachment"]) == ("draft", "class-photo.pdf")
    [change] = export["changes_by_admins"]
    assert (change["action"], change["after"]) == ("grant-role", {"role": "admin",
                                                                  "class_id": None})
    assert "sophie@school.be" not in json.dumps(export)  # who did it is about the admin


# Erasing my data -----------------------------------------------------------------------------

async def test_forgetting_me_erases_every_personal_trace_and_keeps_the_books(app: App) -> None:
    anna, jan, sophie = await two_families_who_exchanged(app)
    async with app.sessions() as session:
        anna_phone = await session.scalar(select(Member.phone).where(Member.first_name == "Anna"))
    before = await balances(app)
    assert await mentions(app, "Anna", "De Smet", anna_phone, "anna.desmet", "Léa")

    await anna.says("/forgetme")
    first = anna.said
    assert "⚠️ Erase your data?" in first
    assert "• Your SEL balance is 90 units (1 h 30): it stays in the books as it is." in first
    assert "• You joined 1 open group order(s): you will leave them." in first
    assert anna.button_labels() == ["Yes, continue", "Cancel"]
    assert "type ERASE or tap the red button" in await anna.taps("Yes, continue")
    assert await anna.taps("🔴 Erase everything") == (
        "👋 Your data have been erased. Thank you for taking part in the school's community, "
        "goodbye!")

    assert await mentions(app, "Anna", "De Smet", anna_phone, "anna.desmet", "Léa") == []
    async with app.sessions() as session:
        await books_balance(session)
        erased = await session.scalar(select(Member).where(Member.status == MemberStatus.ERASED))
        assert erased.full_name == f"— #{erased.id}"
        assert (erased.phone, erased.email, erased.consent_at) == (None, None, None)
        account = await session.scalar(select(SelAccount).where(
            SelAccount.member_id == erased.id))
        assert account.balance == before["Anna"] == 90
        post = await session.scalar(select(SelPost))
        assert (post.status, post.title, post.description) == ("deleted", "—", "")
        assert await session.scalar(select(func.count()).select_from(SelFollow)) == 0
        [audit] = (await session.scalars(select(AuditEntry))).all()
        assert (audit.action, audit.subject, audit.actor) == (
            "member.erase", f"member:{erased.id}", f"member:{erased.id}")
    after = await balances(app)
    assert after.pop("—") == before.pop("Anna")  # Anna's account, pseudonymised
    assert after == before

    await app.deliver()  # the place Anna gave back goes to Jan, who was waiting
    assert jan.last.text.startswith("🎉 Er kwam een plaats vrij")
    await jan.says("/history")
    assert f"— #{erased.id}" in jan.said and "Anna" not in jan.said
    assert "You are not registered yet" in await anna.says("/balance")


async def test_forgetting_me_leaves_nothing_in_the_chat_plumbing(app: App) -> None:
    """A call of Anna's stored and not processed yet (as a crash leaves it) holds her
    number, name and words; on WhatsApp, what her chat was shown is remembered under her
    number (for replies swiped onto a message). Once she is erased, neither stays."""
    anna, jan, _ = await families(app)
    await anna.says("/pay")
    await anna.says("peeters")  # a question with buttons, naming Jan
    number = str(anna.user.id)
    if app.channel == "whatsapp":  # only WhatsApp's calls are stored before handling
        async with app.sessions() as session, session.begin():
            session.add(InboundEvent(channel="whatsapp", sender=number, payload=webhook_call(
                text_message(number, "Anna De Smet, 0470 12 34 56"),
                names={number: "Anna De Smet"})))
    shown = await shown_to(app, anna)
    assert shown or app.channel != "whatsapp"

    await forget(anna)
    assert await mentions(app, "Anna De Smet", "0470 12 34 56") == []
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(InboundEvent)) == 0
    assert await shown_to(app, anna) == []


async def shown_to(app: App, person: Person) -> list[str]:
    """The texts WhatsApp's memory keeps of the person's chat: the latest keyboard and
    each message with buttons by its id."""
    if app.channel != "whatsapp":
        return []
    memory = app.runtime.whatsapp.channel.session.memory
    kinds = [KEYBOARD] + [replied_to(app.graph.wamid_of(payload))
                          for payload in app.graph.to(str(person.user.id))]
    return [shown.text for kind in kinds
            if (shown := await memory.recall(kind, person.user.id)) is not None]


async def test_double_confirmation_cancel_stale_and_double_taps(app: App) -> None:
    anna, jan, _ = await families(app)
    await anna.says("/forgetme")
    first = anna.keyboard()
    assert await anna.taps("Cancel") == ("Nothing was erased. Send /menu to see what you can "
                                         "do.")
    assert "no longer valid; nothing was erased" in await anna.taps_again(first, "Yes, continue")

    await anna.says("/forgetme")
    first = anna.keyboard()
    await anna.taps("Yes, continue")
    assert "I already asked you" in await anna.taps_again(first, "Yes, continue")
    assert "Nothing was erased. To erase everything, type ERASE exactly" in \
        await anna.says("erase me please")
    assert await anna.taps_again(first, "Cancel") == (
        "Nothing was erased. Send /menu to see what you can do.")
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Member).where(
            Member.status == MemberStatus.ERASED)) == 0


async def test_typing_the_word_erases_and_a_second_red_tap_changes_nothing(app: App) -> None:
    anna, jan, _ = await families(app)
    await jan.says("/forgetme")
    await jan.taps("Ja, doorgaan")
    red = jan.keyboard()
    assert "Typ WISSEN of tik op de rode knop" in jan.said
    assert "Je gegevens zijn gewist" in await jan.says(" wissen ")
    assert "Je gegevens zijn gewist. Om SchoolHub opnieuw te gebruiken" in \
        await jan.taps_again(red, "Alles wissen")
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Member).where(
            Member.status == MemberStatus.ERASED)) == 1
        await books_balance(session)


async def test_an_order_my_erasure_takes_below_its_minimum_tells_its_organiser(
        app: App) -> None:
    """As if Anna had left it: Sophie was told it goes ahead, and now it may not."""
    sophie, anna, jan = await open_order(app, minimum="2")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "1")
    await jan.taps("Meedoen")
    await join(jan, "T-shirt", "S", "1")
    await app.deliver()
    assert sophie.last.text.startswith("🎉 “Class T-shirts” has reached its minimum: 2")
    await forget(anna)
    with time_machine.travel(utcnow() + organiser.LOST_GRACE):
        await app.deliver()
    assert sophie.last.text == (
        "⚠️ “Class T-shirts” is below its minimum again: 1 ordered, 2 needed. Unless "
        "families order more by Sat 12 Dec 2099, 20:00, it will be cancelled. To give them "
        "a week more: ⏰ Extend by a week, under 🛠 Manage in /orders.")
    await jan.says("/orders")
    assert jan.button_labels() == ["Class T-shirts · open · 1 besteld (minimum 2)"]


async def test_the_last_admin_is_told_to_hand_over_first(app: App) -> None:
    _, _, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    assert await sophie.says("/forgetme") == (
        "You are the school's only administrator: give the admin role to someone else first "
        "(with an admin invite), then send /forgetme again. Nothing was erased.")
    assert not any(reply.buttons for reply in sophie.replies)
    async with app.sessions() as session:
        assert await session.scalar(select(Member.status).where(
            Member.first_name == "Sophie")) == "active"


async def test_what_i_wrote_to_others_goes_from_their_notices_too(app: App) -> None:
    """A payment's note, a request's note and a message about a post (with the phone
    number Anna chose to share) were copied into the notices Jan received."""
    anna, jan, _ = await two_families_who_exchanged(app)
    async with app.sessions() as session, session.begin():
        jan_member = await session.scalar(select(Member).where(Member.first_name == "Jan"))
        await create_post(session, jan_member, kind="offer", category="repairs",
                          title="Bike repairs", description="Flat tyres and brakes")
    await anna.says("/offers")
    await anna.taps("📚 See offers")
    await anna.taps("🔧 Repairs")
    await anna.taps("Bike repairs")
    await anna.taps("✉️ Contact")
    await anna.says("My bike's chain is off, I live rue Stroobants 51")
    await anna.taps("✉️ With my number")
    await anna.says("/request")
    await anna.says("peeters")
    await anna.says("20")
    await anna.says("ironing shirts")
    await anna.taps("✅ Send the request")
    await app.deliver()
    received = "\n".join(message.text or "" for message in jan.inbox)
    assert "rue Stroobants 51" in received and "ironing shirts" in received
    written = ("babysitting", "Stroobants", "ironing shirts", "470123456")
    assert await mentions(app, *written)

    await forget(anna)
    assert await mentions(app, *written) == []


async def test_my_posts_title_goes_from_the_notices_its_followers_got(app: App) -> None:
    """Jan follows Homework and was told of Anna's new offer by its title, which tells
    where she lives: once she is erased, neither her post nor Jan's notice says it."""
    anna, jan, _ = await families(app)
    await browse_offers(jan)
    await jan.taps("🔔 Laat het me weten")
    await offer(anna, "Maths at rue Stroobants 51")
    assert await app.deliver() == 1
    assert "rue Stroobants 51" in jan.last.text

    await forget(anna)
    assert await mentions(app, "Stroobants") == []


async def test_others_texts_that_name_me_and_my_announcements_files_go(app: App) -> None:
    """Tom, a class rep, attached a file to an announcement (still a draft); the school's
    event, its slot, a group order and Jan's post name him: after his erasure neither
    his file nor his name is anywhere."""
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    sophie = await admin_of(app, school_id)
    await compose(tom, "Class photo", audience=(),
                  file=("tom-claes-family.pdf", b"%PDF Tom Claes 1A"))
    await organise(sophie, "Cake sale with Tom Claes", place="Tom Claes's garage",
                   slots="Cakes (Tom Claes);2")
    await new_order(sophie, "Books via Tom Claes")
    await sophie.taps("Publish")
    async with app.sessions() as session, session.begin():
        author = await session.scalar(select(Member).where(Member.first_name == "Jan"))
        await create_post(session, author, kind="offer", category="lending",
                          title="Ladder", description="Borrowed by Tom Claes until May")
    assert {table for table, _, _ in await mentions(app, "Claes")} >= {
        "attachments", "events", "event_slots", "group_orders", "sel_posts"}

    await forget(tom)
    assert await mentions(app, "Claes") == []
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Attachment)) == 0
        event = await session.scalar(select(Event))
        assert event.title.startswith("Cake sale with — #")


async def test_a_name_alone_in_the_schools_texts_is_left_to_whoever_it_belongs(
        app: App) -> None:
    """Nicolas Martin is erased. "Saint-Nicolas" and "Saint-Martin" are not him, nor is
    Jan's note about another Nicolas: only his full name goes from what others wrote."""
    anna, jan, school_id = await families(app)
    nicolas = await another_family(app, school_id, 406, "Nicolas", (("Rose", "P2"),))
    sophie = await admin_of(app, school_id)
    await organise(sophie, "Fête de la Saint-Nicolas", place="Salle Saint-Martin")
    async with app.sessions() as session, session.begin():
        author = await session.scalar(select(Member).where(Member.first_name == "Jan"))
        await create_post(session, author, kind="offer", category="lending",
                          title="Rose bike",
                          description="Lent to Nicolas Martin; Nicolas B. next")

    await forget(nicolas, sure="Oui, continuer", red="🔴 Tout effacer")
    async with app.sessions() as session:
        event = await session.scalar(select(Event))
        post = await session.scalar(select(SelPost))
    assert (event.title, event.location) == ("Fête de la Saint-Nicolas", "Salle Saint-Martin")
    assert post.title == "Rose bike"
    assert post.description.startswith("Lent to — #")
    assert post.description.endswith("; Nicolas B. next") and "Martin" not in post.description
