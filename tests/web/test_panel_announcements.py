"""The panel's announcements: sending one (from its preview) that reaches its audience
in the chat (and nobody else), live delivery figures, a file, refusals next to their
fields, reminding those who have not read it, stopping what is still waiting (also a
class rep's), double submits refused, other schools' announcements out of reach."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from core import stats
from core.announcements import service as announcements
from core.attachments import MAX_BYTES
from core.db import unit_of_work
from core.errors import DomainError
from core.members import roles
from core.members.service import has_role
from core.models import (
    Announcement,
    AnnouncementStatus,
    AuditEntry,
    Identity,
    Member,
    OutboxMessage,
    OutboxStatus,
    RoleKind,
)
from handlers.announcements import StatusCb
from tests.support.flows import class_ids, rep_of
from tests.support.flows import compose as compose_in_chat
from tests.support.harness import App, Person
from tests.support.panel import member_named, other_school_admin, page, submit
from tests.support.panel_announcements import (
    PHOTO,
    announce,
    compose,
    latest,
    parents,
    send_from,
)


async def progress(client, announcement: int) -> dict[str, int]:
    response = await client.get(f"/admin/announcements/{announcement}/progress.json")
    assert response.content_type == "application/json"
    return await response.json()


async def test_anonymous_visitors_are_sent_to_the_login_page(panel) -> None:
    _, client = panel
    for path in ("/admin/announcements", "/admin/announcements/new",
                 "/admin/announcements/1", "/admin/announcements/1/progress.json"):
        response = await client.get(path, allow_redirects=False)
        assert (response.status, response.headers["Location"]) == (303, "/admin/login")


async def test_an_announcement_to_a_class_reaches_it_and_its_figures_follow(admin) -> None:
    app, client = admin
    anna, marc = await parents(app, client)
    p3 = (await class_ids(app, (await member_named(app, "Anna")).school_id))["P3"]
    form = await page(client, "/admin/announcements/new")
    assert 'enctype="multipart/form-data"' in form and 'for="f-text"' in form
    response = await announce(client, "P3 goes to the pool on Friday.", "classes", p3)
    card = await response.text()
    assert response.status == 200, card
    assert "Sending to 1 family in the chat." in card and "Some classes: P3" in card
    assert '<script src="/admin/static/progress.js" defer></script>' in card
    assert "<script>" not in card  # CSP: script-src 'self', no inline code
    assert '<dd data-figure="queued">1</dd>' in card  # the figures without JS
    announcement = await latest(app)
    assert await progress(client, announcement) == {
        "recipients": 1, "queued": 1, "sent": 0, "failed": 0, "blocked": 0, "read": 0,
        "families": 1, "percent": 0, "finished": False}

    assert await app.deliver() == 1
    assert anna.last.text == "📣 From Sophie Lambert:\nP3 goes to the pool on Friday."
    assert not [m for m in marc.inbox if "pool" in m.text]
    figures = await progress(client, announcement)
    assert (figures["sent"], figures["percent"], figures["finished"]) == (1, 100, True)
    await anna.taps("Read")
    assert (await progress(client, announcement))["read"] == 1
    listing = await page(client, "/admin/announcements")
    assert "1/1 sent · read by 1 of 1 family · 0 not delivered" in listing
    assert "Sophie Lambert" in listing
    async with app.sessions() as session:
        entry = await session.scalar(select(AuditEntry).where(
            AuditEntry.action == "send-announcement"))
    assert entry.subject == f"announcement:{announcement}"
    assert entry.after["recipients"] == 1 and entry.after["class_ids"] == [p3]

    async with app.sessions() as session:
        per_day = await stats.announcements_per_day(session, entry.school_id)
    assert per_day[-1][1] == 1
    chart = await client.get("/admin/charts/announcements.svg")
    assert chart.content_type == "image/svg+xml"
    assert "Announcements sent per day" in await chart.text()


async def test_two_parents_of_one_family_are_one_family_reached_and_one_that_read(
        admin) -> None:
    app, client = admin
    anna, marc = await parents(app, client)
    code = re.search(r"/family (\w+)", await anna.says("/family"))[1]
    await marc.says(f"/family {code}")  # Marc and Anna share their children
    await app.deliver()  # Anna is told
    async with unit_of_work(app.sessions) as uow:  # Anna is on a second app too
        uow.session.add(Identity(member_id=(await member_named(app, "Anna")).id,
                                 channel="whatsapp", external_id="32470999999",
                                 last_seen_at=datetime(2020, 1, 1, tzinfo=UTC)))
    response = await compose(client, "Swimming tomorrow.")
    assert "1 family, 2 people (English: 1 · French: 1)" in await response.text()
    assert "Sending to 1 family in the chat." in await (await send_from(response, client)).text()
    announcement = await latest(app)
    assert await app.deliver() == 2
    # who has not read it: the family once, both parents named, their children once
    card = await page(client, f"/admin/announcements/{announcement}")
    # counted as the preview and the chat's status do: one family, two people (Anna's two
    # apps are one person), not "Recipients 2" beside "Families reached 1"
    assert ("<dt>Recipients</dt>\n    <dd data-reach>1 family, 2 people</dd>") in card
    assert 'data-figure="recipients"' not in card and "Families reached" not in card
    anna_id, marc_id = (await member_named(app, "Anna")).id, (await member_named(app, "Marc")).id
    assert "Not read yet: 1 family" in card
    assert (f'<li><a href="/admin/members/{anna_id}">Anna De Smet</a> &amp; '
            f'<a href="/admin/members/{marc_id}">Marc Martin</a> — ') in card
    assert card.count("Léa (P3)") == 1 and card.count("Tom (P5)") == 1
    assert ("1 family has not marked it as read yet: its parents receive it again in the "
            "chat") in card
    await anna.taps("Read")
    await marc.taps("Lu")  # his household had read it already
    figures = await progress(client, announcement)
    assert (figures["recipients"], figures["families"], figures["read"]) == (2, 1, 1)
    card = await page(client, f"/admin/announcements/{announcement}")
    assert "<dt>Families who marked it as read</dt><dd data-figure=\"read\">1</dd>" in card
    assert "2/2 sent · read by 1 of 1 family" in await page(client, "/admin/announcements")


async def test_the_class_reps_are_counted_as_people_each_reading_for_themselves(
        admin) -> None:
    """Reps are written to as themselves, not as families: two reps who are one family's
    parents are two people, and one's Read is not the other's."""
    app, client = admin
    anna, marc = await parents(app, client)
    code = re.search(r"/family (\w+)", await anna.says("/family"))[1]
    await marc.says(f"/family {code}")  # one family, yet two reps
    school_id = (await member_named(app, "Anna")).school_id
    p3 = (await class_ids(app, school_id))["P3"]
    async with unit_of_work(app.sessions) as uow:
        for name in ("Anna", "Marc"):
            member = await uow.session.scalar(select(Member).where(Member.first_name == name)
                                              .options(selectinload(Member.roles)))
            await roles.grant(uow.session, member, RoleKind.CLASS_REP, p3)
    response = await compose(client, "Reps: meeting on Monday.", "reps")
    preview = await response.text()
    assert "2 people (English: 1 · French: 1)" in preview and "family" not in preview
    card = await (await send_from(response, client)).text()
    assert "Sending to 2 people in the chat." in card
    assert "<dd data-reach>2 people</dd>" in card and "People reached" not in card
    announcement = await latest(app)
    await app.deliver()
    await anna.taps("Read")
    card = await page(client, f"/admin/announcements/{announcement}")
    assert "<dt>People who marked it as read</dt><dd data-figure=\"read\">1</dd>" in card
    assert "Not read yet: 1 person" in card and "Anna De Smet</a>" not in card
    assert "1 person has not marked it as read yet" in card
    assert "2/2 sent · read by 1 of 2 people" in await page(client, "/admin/announcements")
    response = await submit(client, f"/admin/announcements/{announcement}/remind",
                            {"round": "0"})
    assert "Sent again to 1 person who has not read it." in await response.text()
    assert await app.deliver() == 1 and copies(marc, "meeting on Monday") == 2


async def test_the_whole_school_receives_a_photo(admin) -> None:
    app, client = admin
    anna, marc = await parents(app, client)
    response = await announce(client, "The pool entrance is here.",
                             file=("pool.jpg", "image/jpeg", PHOTO))
    card = await response.text()
    assert "Sending to 2 families in the chat." in card and "pool.jpg" in card
    assert await app.deliver() == 2
    for parent, greeting in ((anna, "📣 From"), (marc, "📣 De")):
        assert parent.last.document_bytes == PHOTO
        assert parent.last.text.startswith(greeting)
    assert (await progress(client, await latest(app)))["sent"] == 2
    script = await client.get("/admin/static/progress.js")
    assert script.content_type in ("application/javascript", "text/javascript")
    assert "setTimeout(poll, 2000)" in await script.text()


async def test_each_family_reads_the_version_in_its_language(admin) -> None:
    """Sophie writes in English and adds a French version: Marc (French) receives it,
    Anna (English) the text; the page shows both. A bad version is refused next to its
    field, with everything typed kept, and nothing is sent."""
    app, client = admin
    anna, marc = await parents(app, client)
    form = await page(client, "/admin/announcements/new")
    assert "Text in English" in form and "Version in French (optional)" in form
    assert 'name="text_fr"' in form and 'name="text_nl"' in form and 'name="text_en"' not in form

    refused = await compose(client, "No school on Monday.", text_fr="/oops", text_nl="Geen school.")
    again = await refused.text()
    assert refused.status == 400 and await latest(app) is None
    assert 'aria-describedby="e-text_fr' in again and "Please type a text of 1" in again
    assert ">No school on Monday.</textarea>" in again and ">Geen school.</textarea>" in again

    response = await announce(client, "No school on Monday.", text_fr="Pas d'école lundi.")
    card = await response.text()
    assert response.status == 200, card
    assert '<blockquote class="card" lang="fr">Pas d&#39;école lundi.</blockquote>' in card
    assert '<blockquote class="card" lang="en">No school on Monday.</blockquote>' in card
    assert await app.deliver() == 2
    assert marc.last.text.endswith("Pas d'école lundi.")
    assert anna.last.text.endswith("No school on Monday.")


async def test_bad_fields_are_refused_next_to_them_and_send_nothing(admin) -> None:
    app, client = admin
    await parents(app, client)
    cases = [
        ("text", await compose(client, "   "), "Please type a text of 1 to 3,500 characters."),
        ("text", await compose(client, "x" * 3501), "Please type a text of 1 to 3,500"),
        ("classes", await compose(client, "Hello P3", "classes"),
         "Please choose at least one class."),
        ("classes", await compose(client, "Hello", "classes", 999_999),
         "That class does not exist in your school."),
        ("audience", await compose(client, "Hello", "everyone"), "Choose who receives it."),
        ("file", await compose(client, "Big file", file=("big.pdf", "application/pdf",
                                                         b"x" * (MAX_BYTES + 1))),
         "That file is too big: 10 MB at most."),
        ("file", await compose(client, "Empty file", file=("empty.pdf", "application/pdf",
                                                           b"")),
         "That file cannot be used."),
        ("file", await compose(client, "Zipped", file=("photos.zip", "application/zip",
                                                       b"PK zip")),
         "Families on WhatsApp could not receive that kind of file (photos.zip)."),
    ]
    for field_name, response, message in cases:
        text = await response.text()
        assert response.status == 400, (field_name, text)
        assert f'aria-describedby="e-{field_name}' in text, field_name
        assert f'id="e-{field_name}">{message}' in text, (field_name, message)
    kept = await (await compose(client, "Keep me", "everyone")).text()
    assert ">Keep me</textarea>" in kept
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Announcement)) == 0
        assert await session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.purpose.like("announcement:%"))) == 0


async def test_another_schools_announcements_are_out_of_reach(admin) -> None:
    app, client = admin
    async with other_school_admin(app) as (session, author):
        assert has_role(author, RoleKind.ADMIN)
        theirs = (await announcements.create(session, author, audience="school",
                                             class_ids=[], text="Réunion des parents")).id
        await announcements.send(session, author, theirs, lambda _: [])
    assert "Zoé" not in await page(client, "/admin/announcements")
    for path in (f"/admin/announcements/{theirs}",
                 f"/admin/announcements/{theirs}/progress.json",
                 "/admin/announcements/%C2%B2"):  # "²": a digit to Python, not a number
        response = await client.get(path)
        assert response.status == 404
        assert "Réunion" not in await response.text()
    for action, form in (("remind", {"round": "0"}), ("stop", {"confirm": "on"})):
        refused = await submit(client, f"/admin/announcements/{theirs}/{action}", form)
        assert refused.status == 404, action
    async with app.sessions() as session:
        assert (await session.get(Announcement, theirs)).status == AnnouncementStatus.QUEUED
        assert (await session.get(Announcement, theirs)).resends == 0


async def test_the_list_shows_the_latest_first_and_sorts_by_author(admin) -> None:
    app, client = admin
    for text in ("First news of the week.", "Second news of the week."):
        await announce(client, text)
    newest_first = await page(client, "/admin/announcements")
    assert 'aria-sort="descending"' in newest_first
    oldest_first = await page(client, "/admin/announcements?sort=date&dir=asc")
    ids = re.findall(r'href="/admin/announcements/(\d+)"', newest_first)
    assert ids == list(reversed(re.findall(r'href="/admin/announcements/(\d+)"', oldest_first)))
    assert len(ids) == 2
    assert 'aria-sort="ascending"' in await page(client, "/admin/announcements?sort=author")


# Reminding and stopping ----------------------------------------------------------------------

def copies(person: Person, text: str) -> int:
    return len([m for m in person.inbox if text in m.text])


async def entries(app: App, action: str) -> list[AuditEntry]:
    async with app.sessions() as session:
        return list(await session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


async def waiting(app: App, announcement: int) -> int:
    """Its messages (first round or reminders) still waiting in the outbox."""
    purposes = [f"announcement:{announcement}"] + [
        f"announcement:{announcement}:resend:{n}" for n in range(1, 5)]
    async with app.sessions() as session:
        return await session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.purpose.in_(purposes), OutboxMessage.status == OutboxStatus.PENDING))


async def test_reminding_reaches_only_those_who_have_not_read_it(admin) -> None:
    app, client = admin
    anna, marc = await parents(app, client)
    await announce(client, "Swimming tomorrow: bring a towel.")
    announcement = await latest(app)
    assert await app.deliver() == 2
    await marc.taps("Lu")
    card = await page(client, f"/admin/announcements/{announcement}")
    assert f'action="/admin/announcements/{announcement}/remind"' in card
    assert "1 family has not marked it as read yet" in card
    assert f'action="/admin/announcements/{announcement}/stop"' not in card  # all delivered

    response = await submit(client, f"/admin/announcements/{announcement}/remind",
                            {"round": "0"})
    card = await response.text()
    assert response.status == 200, card
    assert "Sent again to 1 family that has not read it." in card
    assert "<dt>Reminders</dt><dd>1</dd>" in card
    assert await app.deliver() == 1
    assert anna.last.text == "📣 From Sophie Lambert:\nSwimming tomorrow: bring a towel."
    assert copies(anna, "Swimming") == 2 and copies(marc, "Swimming") == 1
    [entry] = await entries(app, "remind-announcement")
    assert entry.subject == f"announcement:{announcement}" and entry.after["reminded"] == 1

    twice = await submit(client, f"/admin/announcements/{announcement}/remind",
                         {"round": "0"})  # the same form sent again: a double click
    assert twice.status == 409
    assert "reminded a moment ago; nothing was sent again" in await twice.text()
    assert await app.deliver() == 0

    await anna.taps("Read")
    card = await page(client, f"/admin/announcements/{announcement}")
    assert f"/admin/announcements/{announcement}/remind" not in card  # everyone read it
    stale = await submit(client, f"/admin/announcements/{announcement}/remind",
                         {"round": "1"})
    assert stale.status == 409
    assert "Everyone has read it: there is nobody to remind." in await stale.text()
    assert await app.deliver() == 0
    assert copies(anna, "Swimming") == 2
    assert len(await entries(app, "remind-announcement")) == 1
    async with app.sessions() as session:
        assert (await session.get(Announcement, announcement)).resends == 1


async def test_the_page_names_those_who_have_not_read_it(admin, monkeypatch) -> None:
    """Who, not only how many: by name, with their children and classes, linked to their
    page; a long list is cut (here at one name) and says how many more."""
    app, client = admin
    anna, marc = await parents(app, client)
    await announce(client, "Photos day on Thursday.")
    announcement = await latest(app)
    await app.deliver()
    monkeypatch.setattr("admin_web.announcements.UNREAD_SHOWN", 1)
    card = await page(client, f"/admin/announcements/{announcement}")
    assert "Not read yet: 2 families" in card
    anna_id = (await member_named(app, "Anna")).id
    assert f'<a href="/admin/members/{anna_id}">Anna De Smet</a> — Léa (P3)</li>' in card
    assert "Marc Martin" not in card and "… and 1 more family." in card

    monkeypatch.undo()
    await anna.taps("Read")
    card = await page(client, f"/admin/announcements/{announcement}")
    assert "Not read yet: 1 family" in card and "Anna De Smet" not in card
    assert "Marc Martin</a> — Tom (P5)</li>" in card and "more family" not in card
    await marc.taps("Lu")
    assert "Not read yet" not in await page(client, f"/admin/announcements/{announcement}")


async def test_stopping_holds_back_what_is_still_waiting(admin) -> None:
    app, client = admin
    anna, marc = await parents(app, client)
    await announce(client, "Wrong date, ignore.")
    announcement = await latest(app)
    card = await page(client, f"/admin/announcements/{announcement}")
    assert f'action="/admin/announcements/{announcement}/stop"' in card
    assert "2 messages still waiting are not sent" in card
    assert "/remind" not in card  # not before the first messages have gone

    unsure = await submit(client, f"/admin/announcements/{announcement}/stop")
    assert unsure.status == 400
    assert 'id="e-confirm">Tick the box to confirm.' in await unsure.text()
    assert await waiting(app, announcement) == 2

    response = await submit(client, f"/admin/announcements/{announcement}/stop",
                            {"confirm": "on"})
    card = await response.text()
    assert response.status == 200, card
    assert "Stopped: 2 messages were held back. Those already delivered stay delivered." \
        in card
    assert "<dt>Status</dt><dd>stopped</dd>" in card
    for action in ("remind", "stop"):
        assert f"/admin/announcements/{announcement}/{action}" not in card
    assert await app.deliver() == 0
    assert copies(anna, "Wrong date") == 0 and copies(marc, "Wrong date") == 0
    [entry] = await entries(app, "stop-announcement")
    assert entry.subject == f"announcement:{announcement}" and entry.after["held"] == 2

    again = await submit(client, f"/admin/announcements/{announcement}/stop",
                         {"confirm": "on"})
    assert again.status == 409
    assert "This announcement was already stopped." in await again.text()
    remind = await submit(client, f"/admin/announcements/{announcement}/remind",
                          {"round": "0"})
    assert remind.status == 409
    assert "This announcement was already stopped." in await remind.text()
    assert await app.deliver() == 0
    assert len(await entries(app, "stop-announcement")) == 1
    assert await entries(app, "remind-announcement") == []


async def test_stopping_also_withdraws_a_whole_copy_awaiting_a_whatsapp_reply(admin) -> None:
    app, client = admin
    await parents(app, client)
    await announce(client, "Trip moved to Friday.")
    announcement = await latest(app)
    anna = await member_named(app, "Anna")
    async with unit_of_work(app.sessions) as uow:  # its text went to Anna as a template
        row = await uow.session.scalar(select(OutboxMessage).where(
            OutboxMessage.member_id == anna.id,
            OutboxMessage.purpose == f"announcement:{announcement}"))
        row.status = OutboxStatus.AWAITING_REPLY
    response = await submit(client, f"/admin/announcements/{announcement}/stop",
                            {"confirm": "on"})
    assert "Stopped: 1 message was held back." in await response.text()
    async with app.sessions() as session:
        assert (await session.get(OutboxMessage, row.id)).status == OutboxStatus.SENT
        shown = await announcements.figures(session, await session.get(Announcement,
                                                                       announcement))
    assert (shown.sent, shown.queued) == (1, 0)  # Anna's text counts as delivered


async def test_stopping_one_announcement_leaves_the_others_alone(admin) -> None:
    app, client = admin
    anna, _ = await parents(app, client)
    await announce(client, "Announcement one.")
    first = await latest(app)
    for number in range(2, 21):  # until one's id starts with the first's: 1 and 11
        text = f"Announcement number {number}."
        await announce(client, text)
        if str(await latest(app)).startswith(str(first)):
            break
    other = await latest(app)
    assert other != first and str(other).startswith(str(first))
    await submit(client, f"/admin/announcements/{first}/stop", {"confirm": "on"})
    assert await waiting(app, first) == 0 and await waiting(app, other) == 2
    await app.deliver()
    assert copies(anna, "Announcement one.") == 0
    assert copies(anna, text) == 1


async def test_an_admin_reminds_and_stops_a_class_reps_announcement(admin) -> None:
    app, client = admin
    anna, marc = await parents(app, client)
    school_id = (await member_named(app, "Anna")).school_id
    tom = await rep_of(app, school_id, "P3")
    await compose_in_chat(tom, "P3: the trip is on Friday.", audience=())
    await tom.taps("📣 Send")
    announcement = await latest(app)
    assert await app.deliver() == 1
    assert copies(anna, "the trip is on Friday") == 1 and copies(marc, "trip") == 0

    reminded = await submit(client, f"/admin/announcements/{announcement}/remind",
                            {"round": "0"})
    assert "Sent again to 1 family that has not read it." in await reminded.text()
    assert await app.deliver() == 2  # Anna, and Tom told
    assert anna.last.text == "📣 From Tom Claes:\nP3: the trip is on Friday."  # the author's
    assert tom.last.text.startswith("🔁 Sophie Lambert (admin) re-sent your announcement of ")
    stopped = await submit(client, f"/admin/announcements/{announcement}/stop",
                           {"confirm": "on"})
    assert "Stopped: 0 messages were held back." in await stopped.text()
    assert await app.deliver() == 1
    assert tom.last.text.startswith("🛑 Sophie Lambert (admin) stopped your announcement of ")

    async with app.sessions() as session:
        assert (await session.get(Announcement, announcement)).status == \
            AnnouncementStatus.CANCELLED
    # In the chat, Marc, a parent it did not go to, finds nothing...
    status = StatusCb(action="resend", announcement_id=announcement).pack()
    assert await marc.forges(status) == "Cette annonce n'existe pas ou n'est pas la vôtre."
    # ... and a rep of another class does not manage it; a rep of P3 does, as Tom does.
    await compose_in_chat(tom, "P3: bring a cap.", audience=())
    await tom.taps("📣 Send")
    theirs = await latest(app)
    classes = await class_ids(app, school_id)
    marc_id = (await member_named(app, "Marc")).id
    await submit(client, f"/admin/members/{marc_id}/roles",
                 {"kind": "class_rep", "class_id": str(classes["P5"])})
    async with unit_of_work(app.sessions) as uow:
        other_rep = await uow.session.get_one(Member, marc_id)
        await uow.session.refresh(other_rep, ["roles"])
        assert has_role(other_rep, RoleKind.CLASS_REP)
        with pytest.raises(DomainError, match="announcements-not-found"):
            await announcements.cancel(uow.session, other_rep, theirs)
    assert await waiting(app, theirs) == 1
    await submit(client, f"/admin/members/{marc_id}/roles",
                 {"kind": "class_rep", "class_id": str(classes["P3"])})
    async with unit_of_work(app.sessions) as uow:
        co_rep = await uow.session.get_one(Member, marc_id)
        await uow.session.refresh(co_rep, ["roles"])
        assert await announcements.cancel(uow.session, co_rep, theirs) == 1
    assert await waiting(app, theirs) == 0


async def test_a_polls_page_shows_its_tally_and_who_has_not_answered(admin) -> None:
    """A class rep's poll (choices added in the chat): its answers per choice in families,
    and the families that have not answered, whom a reminder reaches."""
    app, client = admin
    anna, marc = await parents(app, client)
    tom = await rep_of(app, (await member_named(app, "Anna")).school_id, "P3", "P5")
    await compose_in_chat(tom, "Which Saturday for the party?", audience=("P3", "P5", "Done"))
    await tom.taps("Add choices")
    await tom.says("Sat 12\nSat 19")
    await tom.taps("📣 Send")
    announcement = await latest(app)
    assert await app.deliver() == 2
    await anna.taps("Sat 19")
    card = await page(client, f"/admin/announcements/{announcement}")
    # what progress.js updates live is marked: each choice's count, the answered line
    assert '<dt>Sat 12</dt><dd data-answer="0">0</dd>' in card
    assert '<dt>Sat 19</dt><dd data-answer="1">1</dd>' in card
    answered = "of 2 families answered (one answer per family: a parent's latest answer " \
               "replaces the other's)."
    assert "<p data-answered>1 " + answered.replace("'", "&#39;") + "</p>" in card
    assert "data-answers-open>" in card  # followed after delivery, while it takes answers
    assert "Not answered yet: 1 family" in card and "Marc Martin</a> — Tom (P5)</li>" in card
    assert "Anna De Smet</a>" not in card
    assert "1 family has not answered yet: its parents receive it again" in card
    figures = await progress(client, announcement)
    assert (figures["answers"], figures["answered_text"], figures["finished"],
            figures["open"]) == ([0, 1], f"1 {answered}", True, True)
    await marc.taps("Sat 12")  # the live figures follow the answers, not only delivery
    figures = await progress(client, announcement)
    assert (figures["answers"], figures["answered_text"]) == ([1, 1], f"2 {answered}")
    script = await (await client.get("/admin/static/progress.js")).text()
    assert '"[data-answer]"' in script and '"[data-answered]"' in script
    await submit(client, f"/admin/announcements/{announcement}/stop", {"confirm": "on"})
    assert (await progress(client, announcement))["open"] is False  # no more answers
    assert "data-answers-open" not in await page(client, f"/admin/announcements/{announcement}")


async def test_a_polls_reminder_and_stop_speak_of_answers(admin) -> None:
    """A poll is answered, not read: the reminder's button and confirmation, the refusal
    once everyone answered, and its author's notice when an admin stops it say so."""
    app, client = admin
    anna, _ = await parents(app, client)
    tom = await rep_of(app, (await member_named(app, "Anna")).school_id, "P3")
    await compose_in_chat(tom, "Which Saturday for the party?", audience=())
    await tom.taps("Add choices")
    await tom.says("Sat 12\nSat 19")
    await tom.taps("📣 Send")
    announcement = await latest(app)
    assert await app.deliver() == 1
    card = await page(client, f"/admin/announcements/{announcement}")
    assert ">Remind those who have not answered</button>" in card
    reminded = await submit(client, f"/admin/announcements/{announcement}/remind",
                            {"round": "0"})
    assert "Sent again to 1 family that has not answered it." in await reminded.text()
    assert await app.deliver() == 2  # Anna, and Tom told
    await anna.taps("Sat 19")
    stale = await submit(client, f"/admin/announcements/{announcement}/remind",
                         {"round": "1"})
    assert stale.status == 409
    assert "Everyone has answered it: there is nobody to remind." in await stale.text()
    await submit(client, f"/admin/announcements/{announcement}/stop", {"confirm": "on"})
    assert await app.deliver() == 1
    assert tom.last.text.startswith("🛑 Sophie Lambert (admin) stopped your poll of ")
    assert tom.last.text.endswith("”): it takes no more answers, and it had already gone "
                                  "out to everyone.")
