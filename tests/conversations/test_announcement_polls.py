"""Quick polls in announcements as transcripts: choices added at the preview, one answer
per family (changed at will, a co-parent's replacing the other's), the tally in the
sender's status, refusals that note nothing, and the answers in /mydata and erasure."""

from __future__ import annotations

from sqlalchemy import func, select

from core.announcements import service as announcements
from core.db import unit_of_work
from core.members.erasure import erase_member
from core.members.privacy import export_member
from core.models import Announcement, AnnouncementAnswer, Member
from handlers.announcement_polls import PollCb
from tests.support.flows import (
    admin_of,
    another_family,
    co_rep,
    compose,
    families,
    rep_of,
    second_parent,
)
from tests.support.harness import App, Person

QUESTION = "Which Saturday suits you for the class party?"


async def send_poll(tom: Person) -> None:
    """Tom, rep of P3, asks his class which Saturday, and sends it."""
    await compose(tom, QUESTION, audience=())
    await tom.taps("Add choices")
    await tom.says("Sat 12\nSat 19\nSat 26")
    await tom.taps("📣 Send")


async def latest_poll(app: App) -> int:
    async with app.sessions() as session:
        return await session.scalar(select(func.max(Announcement.id)))


async def member_id(app: App, first_name: str) -> int:
    async with app.sessions() as session:
        return await session.scalar(select(Member.id).where(Member.first_name == first_name))


async def test_the_rep_adds_choices_at_the_preview_and_bad_ones_are_refused(app: App) -> None:
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    preview = await compose(tom, QUESTION, audience=())
    assert tom.button_labels() == ["📣 Send", "🕒 Send later", "📊 Add choices", "Cancel"]
    assert (await tom.taps("Add choices")).startswith(
        "📊 Type the choices families can pick, one per line: 2 to 6 choices, each up to 24 "
        "characters")
    assert await tom.says("Sat 12") == (
        "Please type 2 to 6 choices, one per line (there was 1). Nothing was changed; type "
        "them again, or /cancel to go back to the preview.")
    assert (await tom.says("Sat 12\n\nSat 19")).startswith("Line 2 is empty")
    assert (await tom.says("Sat 12\nSaturday 19 in the afternoon")).startswith(
        "Choice 2 has 28 characters: each choice may have at most 24.")
    assert "“sat 12” is there twice" in await tom.says("Sat 12\nsat 12")
    assert await tom.says("/cancel") == preview  # back to the preview, as it was
    await tom.taps("Add choices")
    shown = await tom.says("Sat 12\nSat 19\nSat 26")
    assert ("📊 Each family answers by tapping one of these choices:\n▫️ Sat 12\n▫️ Sat 19\n"
            "▫️ Sat 26") in shown
    assert tom.button_labels() == ["📣 Send", "🕒 Send later", "📊 Remove choices", "Cancel"]
    assert await tom.taps("Remove choices") == preview  # a plain announcement again
    await tom.taps("Add choices")
    await tom.says("Sat 12\nSat 19\nSat 26")
    await tom.taps("📣 Send")
    assert "🗳 Sat 12: 0 · Sat 19: 0 · Sat 26: 0 — 0 of 2 families answered" in tom.last.text
    assert tom.button_labels()[1] == "👀 Not answered yet"
    await app.deliver()
    assert anna.last.text == f"📣 From Tom Claes:\n{QUESTION}"
    assert anna.button_labels() == ["Sat 12", "Sat 19", "Sat 26", "💬 Reply"]  # no 👍 Read
    assert jan.button_labels() == ["Sat 12", "Sat 19", "Sat 26", "💬 Reageren"]  # as typed


async def test_each_family_answers_once_and_may_change_its_mind(app: App) -> None:
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)  # Léa's father: Anna's household
    marie = await another_family(app, school_id, 407, "Marie", (("Hugo", "P3"),))
    tom = await rep_of(app, school_id)
    await send_poll(tom)
    status = tom.last
    await app.deliver()
    poll = jan.last
    noted = "✅ Genoteerd: Sat 19 — je kunt je antwoord veranderen tot de peiling afloopt."
    if app.channel == "whatsapp":  # typed while the poll is the latest message: its button
        assert await jan.says("sat 19") == noted
        card = poll
    else:
        assert await jan.taps("Sat 19") == noted
        [card] = jan.edited  # the message says the answer, its buttons kept to change it
        assert card.text == poll.text + "\n\nJouw antwoord: Sat 19"
        assert [b.label for b in card.flat_buttons] == [b.label for b in poll.flat_buttons]
    assert await jan.taps_again(card, "Sat 19") == "Al genoteerd: Sat 19. Er veranderde niets."
    assert jan.edited == []

    first = next(m for m in reversed(anna.inbox) if QUESTION in m.text)
    assert (await anna.taps("Sat 12")).startswith("✅ Noted: Sat 12")
    card = anna.edited[0] if anna.edited else first
    assert (await anna.taps_again(card, "Sat 26")).startswith("✅ Noted: Sat 26")  # her mind
    if app.channel == "telegram":  # her answer's line replaced, not one more
        assert anna.edited[0].text == first.text + "\n\nYour answer: Sat 26"
    await marc.taps("Sat 12")  # her co-parent: the family's answer is now his
    assert "🗳 Sat 12: 1 · Sat 19: 1 · Sat 26: 0 — 2 of 3 families answered" in \
        await tom.taps_again(status, "Refresh")
    assert await tom.taps_again(status, "Not answered yet") == \
        "👀 Not answered yet by 1 family:\nMarie Martin (P3)"
    assert "🔁 Sent again to 1 family that has not answered yet." in \
        await tom.taps_again(status, "Re-send")
    assert await app.deliver() == 1
    assert marie.last.text == f"📣 De Tom Claes :\n{QUESTION}"
    assert await marie.taps("Sat 26") == ("✅ C'est noté : Sat 26 — vous pouvez changer votre "
                                          "réponse jusqu'à la fin du sondage.")
    assert "🗳 Sat 12: 1 · Sat 19: 1 · Sat 26: 1 — 3 of 3 families answered" in \
        await tom.taps_again(status, "Refresh")
    assert await tom.taps("Re-send") == "🗳 Everyone has answered: nobody to remind."


async def test_a_family_that_joined_since_may_answer_but_the_tally_keeps_to_its_families(
        app: App) -> None:
    """Marie's family joins P3 after the poll went out: Camille, P3's other rep, re-sends
    it to those who have not answered, Marie among them, and Marie answers; the tally,
    as the reads, counts the families it was sent to (never "4 of 3 answered"). Tom, its
    author, is told of the reminder in a poll's words, and /myannouncements says how
    many answered."""
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    camille = await co_rep(app, school_id)  # P3's other rep, in French
    await send_poll(tom)
    status = tom.last
    assert await app.deliver() == 3  # Anna, Jan and Camille
    await anna.taps("Sat 12")
    await camille.taps("Sat 19")
    marie = await another_family(app, school_id, 407, "Marie", (("Hugo", "P3"),))
    await camille.says("/myannouncements")
    await camille.taps("Which Saturday")
    assert (await camille.taps("Leur renvoyer")).startswith(
        "🔁 Renvoyé à 2 familles qui n'ont pas encore répondu.")  # Jan and Marie
    assert await app.deliver() == 3  # Jan, Marie, and Tom told
    assert tom.last.text.startswith("🔁 Camille Dubois (rep of P3) re-sent your poll of ")
    assert tom.last.text.endswith(
        "(“Which Saturday suits you for the…”) to 2 families that have not answered it.")
    assert marie.last.text == f"📣 De Tom Claes :\n{QUESTION}"
    assert (await marie.taps("Sat 26")).startswith("✅ C'est noté : Sat 26")
    await jan.taps("Sat 19")
    assert "🗳 Sat 12: 1 · Sat 19: 2 · Sat 26: 0 — 3 of 3 families answered" in \
        await tom.taps_again(status, "Refresh")
    assert "“Which Saturday suits you for the…” · 🗳 answered by 3 of 3 families" in \
        await tom.says("/myannouncements")
    assert "« Which Saturday suits you for the… » par Tom Claes · 🗳 3 sur 3 familles ont " \
           "répondu" in await camille.says("/myannouncements")


async def test_a_stopped_poll_and_forged_answers_note_nothing(app: App) -> None:
    anna, _, school_id = await families(app)
    luc = await another_family(app, school_id, 407, "Luc", (("Zoé", "P5"),))
    tom = await rep_of(app, school_id)
    await send_poll(tom)
    status = tom.last
    await app.deliver()
    poll = anna.last
    poll_id = await latest_poll(app)
    second = PollCb(announcement_id=poll_id, choice=1).pack()
    # Luc's class was not asked: his forged answer notes nothing, in his language
    assert await luc.forges(second) == ("Ce sondage ne vous a pas été envoyé : vous ne pouvez "
                                        "pas y répondre ici. Rien n'a été noté.")
    assert "not sent to you" in await tom.forges(second)  # nor its author's
    assert await anna.forges(PollCb(announcement_id=poll_id, choice=3).pack()) == \
        "That choice is not one of this poll's. Nothing was noted."
    assert await anna.forges(PollCb(announcement_id=poll_id + 1, choice=0).pack()) == \
        "That announcement does not exist or is not yours."
    stopped = await tom.taps_again(status, "Stop sending")
    assert "already gone out to everyone" in stopped
    assert "🗳 The poll is closed: a family tapping a choice now is told it has ended" in stopped
    assert await anna.taps_again(poll, "Sat 19") == \
        "This poll has ended: answers are closed. Nothing was noted."
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(AnnouncementAnswer)) == 0


async def test_my_data_holds_my_answers_and_erasure_takes_them_out_of_the_tally(
        app: App) -> None:
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await send_poll(tom)
    status = tom.last
    await app.deliver()
    await anna.taps("Sat 12")
    await jan.taps("Sat 26")
    anna_id = await member_id(app, "Anna")
    async with app.sessions() as session:
        export = await export_member(session, anna_id)
    assert [answer["choice"] for answer in export["announcements"]["poll_answers"]] == \
        ["Sat 12"]
    async with unit_of_work(app.sessions) as uow:
        await erase_member(uow.session, anna_id, actor=f"member:{anna_id}")
    assert "🗳 Sat 12: 0 · Sat 19: 0 · Sat 26: 1 — 1 of 2 families answered" in \
        await tom.taps_again(status, "Refresh")
    tom_id = await member_id(app, "Tom")  # its author's words go with him: numbers remain
    async with unit_of_work(app.sessions) as uow:
        await erase_member(uow.session, tom_id, actor=f"member:{tom_id}")
    async with app.sessions() as session:
        assert (await session.get(Announcement, await latest_poll(app))).choices == \
            ["1", "2", "3"]


async def test_cancel_while_typing_choices_of_a_draft_dropped_meanwhile_ends_the_dialog(
        app: App) -> None:
    """The admin asked for choices in the chat, then discarded the draft from the panel:
    /cancel has no preview to go back to, and ends the dialog instead of refusing."""
    _, _, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    await compose(sophie, QUESTION)
    await sophie.taps("Add choices")
    draft = await latest_poll(app)
    async with unit_of_work(app.sessions) as uow:  # the panel's Discard
        author = await uow.session.get_one(Announcement, draft)
        await announcements.discard(uow.session, await uow.session.get_one(
            Member, author.author_id), draft)
    assert (await sophie.says("/cancel")).startswith("Cancelled. Here is the main menu.")
    assert not (await sophie.says("Sat 12\nSat 19")).startswith("That announcement")


async def test_my_week_lists_a_poll_until_answered_and_its_button_offers_the_choices(
        app: App) -> None:
    """/week (and the Sunday digest, whose buttons are the same) has no 👍 Read for a
    poll: reading it is no answer. Its button shows the poll again with its choices; once
    the family answered, it is no longer waiting."""
    anna, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await send_poll(tom)
    await app.deliver()
    week = await anna.says("/week")
    assert "• “Which Saturday suits you for the…” — 🗳 to answer" in week
    assert "🗳 Answer: Which Saturday suits you for the…" in anna.button_labels()
    assert not any(label.startswith("👍") for label in anna.button_labels())
    await anna.taps("🗳 Answer")
    assert anna.last.text == f"📣 From Tom Claes:\n{QUESTION}"
    assert anna.button_labels() == ["Sat 12", "Sat 19", "Sat 26", "💬 Reply"]
    assert (await anna.taps("Sat 19")).startswith("✅ Noted: Sat 19")
    assert "🗳" not in await anna.says("/week")
