"""Announcements as transcripts: compose, languages, urgency, reading, follow-up."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import time_machine
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import selectinload

import handlers.announcements
from bot.announcement_status import refresh_status_messages
from core.db import unit_of_work
from core.members import roles
from core.members.invites import create_invite
from core.members.privacy import export_member
from core.models import (
    Announcement,
    AnnouncementRead,
    Attachment,
    Identity,
    Member,
    OutboxMessage,
    OutboxStatus,
    Role,
    RoleKind,
    School,
    SchoolClass,
)
from handlers.announcements import ComposeCb, MineCb, ReadCb, ReplyCb, ResendCb, StatusCb
from tests.support.flows import (
    admin_of,
    another_family,
    co_rep,
    compose,
    families,
    register,
    rep_of,
    second_parent,
)
from tests.support.harness import App, Person


async def test_an_admin_announces_to_the_school_in_each_language(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    preview = await compose(admin, "School closed on Friday.",
                            versions={"Dutch": "De school is vrijdag gesloten."})
    assert "what 2 families will receive (languages: English, Dutch)" in preview
    assert preview.count("School closed on Friday.") == 1  # shown once
    assert "📣 From Sophie Lambert:\nSchool closed on Friday." in preview
    assert "Sending to 2 families" in await admin.taps("📣 Send")
    assert await app.deliver() == 2
    assert anna.last.text == "📣 From Sophie Lambert:\nSchool closed on Friday."
    assert jan.last.text == "📣 Van Sophie Lambert:\nDe school is vrijdag gesloten."
    assert jan.button_labels() == ["👍 Gelezen", "💬 Reageren"]


async def test_a_parent_who_blocked_the_bot_gets_messages_again_once_she_writes(
        app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    async with unit_of_work(app.sessions) as uow:  # her app refused a message: she blocked us
        await uow.session.execute(update(Identity).where(Identity.member_id.in_(
            select(Member.id).where(Member.first_name == "Anna"))).values(unreachable=True))
    await compose(admin, "Swimming on Monday.")
    await admin.taps("📣 Send")
    await app.deliver()
    assert not anna.last.text.endswith("Swimming on Monday.")  # not even tried
    assert "Your balance" in await anna.says("/balance")  # unblocked, she writes again
    await compose(admin, "Swimming on Tuesday.")
    await admin.taps("📣 Send")
    await app.deliver()
    assert anna.last.text == "📣 From Sophie Lambert:\nSwimming on Tuesday."


async def test_languages_are_named_in_the_authors_language(app: App) -> None:
    _, _, school_id = await families(app)
    async with unit_of_work(app.sessions) as uow:
        code = (await create_invite(uow.session, school_id, role="class_rep",
                                    class_code="P3")).code
    els = app.person(407, "Els", "nl")
    await register(els, code, language="Nederlands", first="Els", last="Claes", children=())
    assert (await els.says("/announce")).startswith("📣 Voor de gezinnen van L3.\n")
    await els.says("Morgen zwemmen.")
    assert els.button_labels() == ["➕ In het Frans", "➕ In het Engels", "Verder"]
    assert await els.taps("In het Frans") == "Typ de versie in het Frans."
    await els.says("Piscine demain.")
    await els.taps("Verder")
    assert "(talen: Frans, Nederlands):" in await els.taps("Niet dringend")

    admin = await admin_of(app, school_id)
    await admin.says("/language")
    assert admin.button_labels() == ["Français", "Nederlands", "English"]  # names as spoken
    await admin.taps("Français")
    await admin.says("/announce")
    await admin.taps("Toute l'école")
    await admin.says("Piscine demain.")
    assert admin.button_labels() == ["➕ En néerlandais", "➕ En anglais", "Continuer"]
    assert await admin.taps("En anglais") == "Tapez la version en anglais."


async def test_reading_the_follow_up_and_resending_to_those_who_have_not_read(app: App) -> None:
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)  # Léa's father: Anna's household
    admin = await admin_of(app, school_id)
    await compose(admin, "Swimming tomorrow: bring a towel.")
    await admin.taps("📣 Send")
    status = admin.last
    # Marc and Anna are one family: the figures count messages, and families
    assert status.text.startswith(
        "📊 Announcement to 2 families (3 people):\n⏳ queued 3 · ✅ sent 0")
    # Not gone yet (the quiet hours, say): a reminder now would reach every family twice
    assert (await admin.taps_again(status, "Re-send")).startswith(
        "⏳ Nothing was sent again: 3 messages are still waiting to go out")
    await app.deliver()
    message = jan.last
    assert await jan.taps("Gelezen") == "Bedankt, genoteerd als gelezen."
    assert await jan.taps_again(message, "Gelezen") == "Al genoteerd als gelezen."
    assert "✅ sent 3 · ⚠️ failed 0 · 🚫 blocked 0\n👍 read by 1 of 2 families" in \
        await admin.taps_again(status, "Refresh")
    assert await admin.taps_again(status, "Not read yet") == \
        "👀 Not read yet by 1 family:\nAnna De Smet & Marc Dubois (P3)"
    # one family, two parents: both are reminded, and the sender thinks in families
    assert "🔁 Sent again to 1 family that has not read it." in \
        await admin.taps_again(status, "Re-send")
    assert await app.deliver() == 2
    assert anna.last.text.endswith("Swimming tomorrow: bring a towel.")
    assert len([m for m in jan.inbox if "Swimming" in m.text]) == 1
    # A double tap on a phone reminds once: the button knew no reminder had been sent yet
    assert await admin.taps_again(status, "Re-send") == \
        "They were reminded a moment ago; nothing was sent again."
    assert await app.deliver() == 0
    # The reminder's answer carries fresh buttons, for another reminder later
    assert "Sent again to 1 family" in await admin.taps("Re-send")
    assert await app.deliver() == 2
    # Marc read it for his household: Anna is not chased for it
    await marc.taps("Read")
    assert await admin.taps("Re-send") == "👍 Everyone has read it: nobody to remind."


async def test_a_long_unread_list_says_how_many_more(app: App, monkeypatch) -> None:
    monkeypatch.setattr(handlers.announcements, "UNREAD_SHOWN", 1)  # not 50 families
    _, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await compose(admin, "Swimming tomorrow: bring a towel.")
    await admin.taps("📣 Send")
    await app.deliver()
    assert await admin.taps("Not read yet") == (
        "👀 Not read yet by 2 families:\nAnna De Smet (P3)\n… and 1 more family.")


async def test_the_status_message_follows_delivery_by_itself(app: App) -> None:
    _, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await compose(admin, "Photo day on Monday.")
    await admin.taps("📣 Send")
    await app.deliver()
    assert await refresh_status_messages(app.sessions, app.runtime.bots,
                                         app.runtime.translator) == 1
    assert "✅ sent 2" in admin.last.text
    assert admin.last.edited or app.channel == "whatsapp"  # WhatsApp cannot edit: sent anew
    assert await refresh_status_messages(app.sessions, app.runtime.bots,
                                         app.runtime.translator) == 0  # nothing changed
    await jan.taps("Gelezen")
    refreshed = await refresh_status_messages(app.sessions, app.runtime.bots,
                                              app.runtime.translator)
    if app.channel == "whatsapp":  # reads do not send new messages; Refresh shows them
        assert refreshed == 0
        await admin.taps("Refresh")
    assert "👍 read by 1 of 2 families" in admin.last.text


async def test_stopping_holds_back_what_is_not_sent(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await compose(admin, "Wrong date, ignore.")
    await admin.taps("📣 Send")
    status = admin.last
    assert "2 messages were not sent" in await admin.taps_again(status, "Stop sending")
    assert await app.deliver() == 0
    assert "Wrong date" not in anna.last.text
    assert "already stopped" in await admin.taps_again(status, "Stop sending")


async def test_cancel_at_the_preview_sends_nothing_and_shows_the_menu(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await compose(admin, "Draft I thought better of.")
    preview = admin.keyboard()
    assert (await admin.taps("Cancel")).startswith("Cancelled. Here is the main menu.")
    assert "🧑‍🏫 Organise" in admin.button_labels()
    assert "no longer valid" in await admin.taps_again(preview, "📣 Send")
    assert await app.deliver() == 0
    assert "thought better" not in anna.last.text


async def test_urgent_goes_at_night_the_rest_waits_for_the_morning(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    async with app.sessions() as session, session.begin():
        await session.execute(update(School).values(quiet_start=time(21), quiet_end=time(8)))
    night = datetime(2026, 11, 23, 22, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    with time_machine.travel(night, tick=False):
        await compose(admin, "Meeting tomorrow.")
        assert (await admin.taps("📣 Send")).startswith(  # not a fault: told when it goes
            "🌙 Ready for 2 families: it is not urgent, so it goes out after the quiet hours, "
            "on Tue 24 Nov 2026, 08:00.")
        await compose(admin, "School closed tomorrow: storm.", urgent=True)
        assert "Sending to 2 families" in await admin.taps("📣 Send")
        await app.parents_wrote_recently()
        assert await app.deliver() == 2  # Anna and Jan, now
        assert anna.last.text == "🚨 URGENT — from Sophie Lambert:\nSchool closed tomorrow: storm."
    with time_machine.travel(night.replace(day=24, hour=7, minute=59), tick=False):
        assert await app.deliver() == 0
    with time_machine.travel(night.replace(day=24, hour=8), tick=False):
        assert await app.deliver() == 2
        assert anna.last.text.endswith("Meeting tomorrow.")


async def test_a_rep_writes_only_to_their_class(app: App) -> None:
    anna, jan, school_id = await families(app)
    outsider = await another_family(app, school_id, 407, "Luc", (("Zoé", "P5"),))
    before = len(outsider.inbox)
    rep = await rep_of(app, school_id)
    assert (await rep.says("/announce")).startswith(  # one class: nothing to choose
        "📣 To the families of P3.\nType the announcement")
    stale = "This button is no longer valid."  # no audience to choose, none to forge
    assert stale in await rep.forges(ComposeCb(action="audience", locale="school").pack())
    assert stale in await rep.forges(ComposeCb(action="class", value=999).pack())
    await rep.says("/announce")
    await rep.says("Bring a towel tomorrow.")
    await rep.taps("Continue")
    assert "2 families will receive" in await rep.taps("Not urgent")
    await rep.taps("📣 Send")
    await app.deliver()
    assert anna.last.text.endswith("Bring a towel tomorrow.")
    assert jan.last.text.endswith("Bring a towel tomorrow.")
    assert len(outsider.inbox) == before  # P5: not for them
    assert "Only class representatives and administrators" in await anna.says("/announce")


async def test_a_rep_whose_role_was_taken_back_cannot_send_the_draft_left_open(
        app: App) -> None:
    anna, _, school_id = await families(app)
    rep = await rep_of(app, school_id)
    await rep.says("/announce")
    await rep.says("Bring a towel tomorrow.")
    await rep.taps("Continue")
    preview = await rep.taps("Not urgent")
    assert "2 families will receive" in preview
    async with unit_of_work(app.sessions) as uow:  # the admin takes the role back meanwhile
        await uow.session.execute(delete(Role).where(Role.kind == RoleKind.CLASS_REP))
    assert "Only class representatives and administrators" in await rep.taps("📣 Send")
    assert await app.deliver() == 0
    assert not anna.last.text.endswith("Bring a towel tomorrow.")


async def test_a_former_rep_cannot_re_send_their_announcement_but_can_still_stop_it(
        app: App) -> None:
    """A reminder goes in its author's name: it takes the roles they have now. Stopping
    sends nothing, so it stays theirs."""
    anna, _, school_id = await families(app)
    rep = await rep_of(app, school_id)
    await rep_sends(rep, "Bring a towel tomorrow.")
    status = rep.last
    async with unit_of_work(app.sessions) as uow:  # the admin takes the role back
        await uow.session.execute(delete(Role).where(Role.kind == RoleKind.CLASS_REP))
    assert (await rep.taps_again(status, "Re-send")).startswith(
        "Your role has changed: you can no longer write to everyone this announcement went "
        "to, so it can no longer be re-sent in your name. Nothing was sent. You can still "
        "stop it;")
    assert "2 messages were not sent" in await rep.taps_again(status, "Stop sending")
    assert await app.deliver() == 0
    assert not [m for m in anna.inbox if "Bring a towel" in m.text]


async def test_a_rep_of_two_classes_picks_among_them_and_no_other(app: App) -> None:
    _, _, school_id = await families(app)
    rep = await rep_of(app, school_id, "P3", "P5")
    await rep.says("/announce")
    assert rep.button_labels() == ["P3", "P5", "Done"]
    assert "only write to your own classes" in await rep.forges(
        ComposeCb(action="audience", locale="school").pack())
    assert "only write to your own classes" in await rep.forges(
        ComposeCb(action="class", value=999_999).pack())
    assert await rep.taps("Done") == "Please choose at least one class."  # not a trespass
    await rep.taps("P5")
    assert "Type the announcement" in await rep.taps("Done")


async def test_bad_text_is_refused_and_the_step_kept(app: App) -> None:
    _, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await admin.says("/announce")
    await admin.taps("Whole school")
    assert "Please type a text of 1 to 3,500 characters" in await admin.says("x" * 3501)
    assert "Add a version in another language?" in await admin.says("Fine now.")
    async with app.sessions() as session:
        queued = await session.scalar(select(OutboxMessage.id).where(
            OutboxMessage.purpose.like("announcement:%"),
            OutboxMessage.status == OutboxStatus.PENDING))
    assert queued is None  # nothing goes before Send


PHOTO = b"\xff\xd8\xff\xe0 swimming pool map"


async def test_a_photo_goes_to_every_family_with_its_text(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    preview = await compose(admin, "Swimming: the entrance is here.",
                            versions={"Dutch": "Zwemmen: de ingang is hier."},
                            file=("pool.jpg", PHOTO))
    assert "📎 Attached: photo-" in preview
    await admin.taps("📣 Send")
    assert await app.deliver() == 2
    assert (anna.last.text, anna.last.document_bytes) == (
        "📣 From Sophie Lambert:\nSwimming: the entrance is here.", PHOTO)
    assert (jan.last.text, jan.last.document_bytes) == (
        "📣 Van Sophie Lambert:\nZwemmen: de ingang is hier.", PHOTO)
    assert await jan.taps("Gelezen") == "Bedankt, genoteerd als gelezen."


async def test_a_document_with_a_long_text_arrives_before_the_text(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    long_text = "Trip rules. " * 150
    await compose(admin, long_text, file=("rules.pdf", b"%PDF-1.4 rules"))
    await admin.taps("📣 Send")
    await app.deliver()
    # Then the text (on WhatsApp: the text, then the button under a short line).
    document, *rest = anna.inbox[-3:] if app.channel == "whatsapp" else anna.inbox[-2:]
    assert (document.document, document.document_bytes, document.text) == (
        "rules.pdf", b"%PDF-1.4 rules", "")
    assert rest[0].text.endswith(long_text.strip())
    assert [b.label for b in rest[-1].flat_buttons] == ["👍 Read", "💬 Reply"]


async def test_the_longest_announcement_allowed_arrives_whole(app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    longest = ("Swimming on Tuesday: towel, cap, goggles. " * 84)[:3499] + "!"
    preview = await compose(admin, longest)
    assert longest in preview and "{???}" not in preview
    await admin.taps("📣 Send")
    await app.deliver()
    received = "".join(message.text for message in anna.inbox[-3:])
    assert longest in received and "{???}" not in received


async def test_a_file_too_big_of_a_wrong_kind_or_without_text_is_refused(app: App) -> None:
    _, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await admin.says("/announce")
    await admin.taps("Whole school")
    assert "That file is too big: 10 MB at most." in await admin.sends_file(
        "huge.pdf", b"0" * (10 * 1024 * 1024 + 1), caption="Big")
    assert "Please type a text of 1 to 3,500 characters" in await admin.sends_file(
        "flyer.pdf", b"%PDF")
    # a kind of file WhatsApp refuses would reach only part of the school
    assert ("Families on WhatsApp could not receive that kind of file (flyer.odt). Please "
            "send a PDF, a Word, Excel or PowerPoint file, a text file or a photo."
            in await admin.sends_file("flyer.odt", b"PK odt", caption="Fair"))
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Attachment)) == 0
    assert "Add a version in another language?" in await admin.sends_file(
        "flyer.pdf", b"%PDF", caption="Fair on Saturday")


async def latest_announcement(app: App) -> int:
    async with app.sessions() as session:
        return await session.scalar(select(func.max(Announcement.id)))


async def rep_sends(rep, text: str) -> str:
    """A rep of one class: /announce, the text, no other language, not urgent, Send."""
    await rep.says("/announce")
    await rep.says(text)
    await rep.taps("Continue")
    preview = await rep.taps("Not urgent")
    await rep.taps("📣 Send")
    return preview


async def test_read_counts_once_per_family_and_only_for_whom_it_was_sent_to(app: App) -> None:
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)  # Léa's father: Anna's household
    luc = await another_family(app, school_id, 407, "Luc", (("Zoé", "P5"),))
    rep = await rep_of(app, school_id)
    # three people, two families: the preview counts families, as the read figures do
    assert "what 2 families will receive" in await rep_sends(rep, "Bring a towel tomorrow.")
    status = rep.last
    await app.deliver()
    read = ReadCb(announcement_id=await latest_announcement(app)).pack()
    # Luc's class was not written to: a forged Read button notes nothing, in his language
    assert await luc.forges(read) == ("Cette annonce ne vous a pas été envoyée : elle ne peut "
                                      "pas être marquée comme lue ici. Rien n'a été noté.")
    assert "not sent to you" in await rep.forges(read)  # nor its author's
    assert await marc.taps("Read") == "Thank you, noted as read."
    assert await anna.taps("Read") == "Thank you, noted as read."  # her household had
    assert await anna.forges(read) == "Already noted as read."
    assert "👍 read by 1 of 2 families" in await rep.taps_again(status, "Refresh")
    async with app.sessions() as session:  # Luc's forgery left no trace to count later
        assert await session.scalar(select(func.count()).select_from(
            AnnouncementRead)) == 2


async def test_an_announcement_to_the_reps_counts_people_each_reading_for_themselves(
        app: App) -> None:
    """Reps are written to as themselves: Anna and Marc, Léa's parents and both reps, are
    two people, and Anna's Read is not Marc's."""
    anna, _, school_id = await families(app)
    marc = await second_parent(app, anna)
    async with unit_of_work(app.sessions) as uow:
        p3 = await uow.session.scalar(select(SchoolClass.id).where(
            SchoolClass.school_id == school_id, SchoolClass.code == "P3"))
        for name in ("Anna", "Marc"):
            member = await uow.session.scalar(select(Member).where(Member.first_name == name)
                                              .options(selectinload(Member.roles)))
            await roles.grant(uow.session, member, RoleKind.CLASS_REP, p3)
    admin = await admin_of(app, school_id)
    await app.deliver()  # Anna told that Marc joined her family
    assert "what 2 people will receive" in await compose(
        admin, "Reps: meeting on Monday.", audience=("Class representatives",))
    assert "✅ Sending to 2 people." in await admin.taps("📣 Send")
    status = admin.last
    assert status.text.startswith("📊 Announcement to 2 people:\n⏳ queued 2")
    assert await app.deliver() == 2
    await anna.taps("Read")
    assert "👍 read by 1 of 2 people" in await admin.taps_again(status, "Refresh")
    assert await admin.taps_again(status, "Not read yet") == \
        "👀 Not read yet by 1 person:\nMarc Dubois (P3)"
    assert "🔁 Sent again to 1 person who has not read it." in \
        await admin.taps_again(status, "Re-send")
    assert await app.deliver() == 1 and marc.last.text.endswith("meeting on Monday.")
    assert "👍 read by 1 of 2 people" in await admin.says("/myannouncements")


async def test_stop_after_everything_went_out_says_it_only_ends_the_reminders(
        app: App) -> None:
    anna, _, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await compose(admin, "Swimming tomorrow.")
    await admin.taps("📣 Send")
    status = admin.last
    assert await app.deliver() == 2
    assert await admin.taps_again(status, "Stop sending") == (
        "🛑 It had already gone out to everyone: nothing was left to hold back. Its "
        "reminders are stopped: it can no longer be re-sent to those who have not read it.")
    assert await admin.taps_again(status, "Re-send") == "This announcement was already stopped."
    assert await app.deliver() == 0
    assert await anna.taps("Read") == "Thank you, noted as read."  # reading still counts


NOON = datetime(2026, 11, 23, 12, 0, tzinfo=ZoneInfo("Europe/Brussels"))


async def test_a_rep_lists_the_announcements_they_sent_and_follows_one_up(app: App) -> None:
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    rep = await rep_of(app, school_id)
    with time_machine.travel(NOON, tick=False):
        await rep_sends(rep, "Bring a towel tomorrow for the swimming pool, please.")
    with time_machine.travel(NOON.replace(day=24), tick=False):
        await rep_sends(rep, "Photo day on Monday.")
        await app.parents_wrote_recently()  # WhatsApp's 24-hour window, on this day
        await app.deliver()
        await anna.taps("Read")
        await rep.says("/menu")
        await rep.taps("Organise")
        listing = await rep.taps("📋 My announcements")
        assert listing == await rep.says("/myannouncements")
        assert listing.startswith(
            "📋 Your announcements (page 1 of 1) — tap one to see it:\n"
            "1. Tue 24 Nov 2026 · “Photo day on Monday.” · 👍 read by 1 of 2 families\n"
            "2. Mon 23 Nov 2026 · “Bring a towel tomorrow for the…” · "
            "👍 read by 0 of 2 families")
        card = await rep.taps("2. Bring a towel")
        assert card.startswith(
            "📣 Sent on Mon 23 Nov 2026, 12:00 to P3:\n"
            "Bring a towel tomorrow for the swimming pool, please.\n"
            "📊 Announcement to 2 families (2 people):\n⏳ queued 0 · ✅ sent 2")
        assert "Sent again to 2 families" in await rep.taps("Re-send")
        assert await app.deliver() == 2
        assert anna.last.text.endswith("Bring a towel tomorrow for the swimming pool, please.")

        mine = MineCb(action="open", value=await latest_announcement(app)).pack()
        assert await admin.forges(mine) == "That announcement does not exist or is not yours."
        assert await admin.says("/myannouncements") == \
            "📋 You have not sent any announcement yet. /announce writes one."
        assert await jan.says("/myannouncements") == \
            "Alleen klasafgevaardigden en beheerders kunnen mededelingen sturen."
        assert "Alleen klasafgevaardigden" in await jan.forges(mine)


async def test_the_list_of_announcements_has_pages_and_a_stopped_one_says_so(
        app: App, monkeypatch) -> None:
    monkeypatch.setattr(handlers.announcements.announcements, "MINE_PAGE", 2)  # not 10
    _, _, school_id = await families(app)
    rep = await rep_of(app, school_id)
    for text in ("First.", "Second.", "Third."):
        await rep_sends(rep, text)
    await rep.taps("Stop sending")  # the third one, before it went
    listing = await rep.says("/myannouncements")
    assert listing.startswith("📋 Your announcements (page 1 of 2)")
    assert "1. " in listing and "“Third.” · 👍 read by 0 of 2 families · 🛑 stopped" in listing
    assert "“First.”" not in listing
    older = await rep.taps("▶")
    assert older.startswith("📋 Your announcements (page 2 of 2)")
    assert "3. " in older and "“First.”" in older and "Third" not in older
    card = await rep.taps("First")
    assert card.startswith("📣 Sent on ") and "📊 Announcement to 2 families" in card
    assert "Third" in await rep.forges(MineCb(action="page", value=-5).pack())  # page 1
    await rep.taps("Third")  # a stopped one: nothing left to re-send or stop
    assert "(🛑 stopped)" in rep.said
    assert rep.button_labels() == ["🔄 Refresh", "👀 Not read yet"]


async def test_a_thumbs_up_typed_back_on_whatsapp_notes_the_announcement_as_read(
        app: App) -> None:
    """Families answer the school's message with 👍 or "ok" rather than tap 👍 Gelezen:
    on WhatsApp, where typed answers press the latest message's buttons, that is the
    tap (it used to get only "Graag gedaan!", and the family counted as not reading)."""
    _, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    await compose(admin, "Swimming tomorrow: bring a towel.")
    await admin.taps("📣 Send")
    await app.deliver()
    answer = await jan.says("👍")
    async with app.sessions() as session:
        reads = await session.scalar(select(func.count()).select_from(AnnouncementRead))
    if app.channel != "whatsapp":  # Telegram's button stays under the message, to tap
        assert answer.startswith("Graag gedaan! 😊 Nog iets?")
        assert reads == 0
        return
    assert answer == "Bedankt, genoteerd als gelezen."
    assert reads == 1


async def test_the_other_rep_of_the_class_re_sends_and_stops_it_and_its_author_is_told(
        app: App) -> None:
    """Two reps share a class's work: when Tom is ill, Camille finds his announcement in
    her list, reminds the families and stops it; Tom hears of each, in his language."""
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    camille = await co_rep(app, school_id)  # P3's other rep, in French
    with time_machine.travel(NOON, tick=False):
        await rep_sends(tom, "Bring a towel tomorrow for the swimming pool, please.")
        assert await app.deliver() == 3  # Anna, Jan and Camille
        await camille.taps("Lu")
        listing = await camille.says("/myannouncements")
        assert "1. lun. 23 nov. 2026 · « Bring a towel tomorrow for the… » par Tom Claes · " \
               "👍 lue par 1 famille sur 3" in listing
        card = await camille.taps("Bring a towel")
        assert card.startswith("📣 Envoyée le lun. 23 nov. 2026, 12:00 par Tom Claes à : P3")
        assert (await camille.taps("Leur renvoyer")).startswith(
            "🔁 Renvoyée à 2 familles qui ne l'ont pas encore lue.")
        assert await app.deliver() == 3  # Anna, Jan, and Tom
        assert anna.last.text == ("📣 From Tom Claes:\n"  # in its author's name
                                  "Bring a towel tomorrow for the swimming pool, please.")
        assert tom.last.text == (
            "🔁 Camille Dubois (rep of P3) re-sent your announcement of Mon 23 Nov 2026, "
            "12:00 (“Bring a towel tomorrow for the…”) to 2 families that have not read it.")
        await jan.taps("Gelezen")
        assert "👍 lue par 2 familles sur 3" in await camille.taps("Actualiser")
        assert (await camille.taps("Arrêter l'envoi")).startswith("🛑 Elle était déjà partie")
        assert await app.deliver() == 1
        assert tom.last.text == (
            "🛑 Camille Dubois (rep of P3) stopped your announcement of Mon 23 Nov 2026, 12:00 "
            "(“Bring a towel tomorrow for the…”): it had already gone out to everyone, and "
            "will not be re-sent.")
    assert not [m for m in camille.inbox if "votre annonce" in m.text]  # she did it
    await rep_sends(tom, "Photo day on Monday.")  # what Tom does himself, he is not told
    await tom.taps("Stop sending")
    assert await app.deliver() == 0


async def towel_for_p3_and_luc_in_p5(app: App) -> tuple[Person, Person, Person, int, int]:
    """Tom, rep of P3, sent "Bring a towel tomorrow." to Anna and Jan; Luc is in P5."""
    anna, _, school_id = await families(app)
    luc = await another_family(app, school_id, 407, "Luc", (("Zoé", "P5"),))
    tom = await rep_of(app, school_id)
    await rep_sends(tom, "Bring a towel tomorrow.")
    assert await app.deliver() == 2
    return anna, luc, tom, await latest_announcement(app), school_id


async def test_a_forged_re_send_or_stop_is_refused_and_sends_nothing(app: App) -> None:
    """Only its author, a rep of every class it went to, or an admin follow it up: a
    parent it went to is told who may; a rep of another class, or a parent it did not go
    to, finds nothing. A whole-school announcement is not a class rep's to follow up."""
    anna, luc, tom, ours, school_id = await towel_for_p3_and_luc_in_p5(app)
    admin = await admin_of(app, school_id)
    await compose(admin, "School closed on Friday.")
    await admin.taps("📣 Send")
    assert await app.deliver() == 4  # Anna, Jan, Luc and Tom
    school_wide = await latest_announcement(app)
    for forged in (ResendCb(announcement_id=ours, seen=0).pack(),
                   StatusCb(action="cancel", announcement_id=ours).pack()):
        assert await anna.forges(forged) == (
            "Only the author of this announcement, the reps of every class it went to and "
            "the school's admins can see who read it, re-send it or stop it. Nothing was done.")
        assert await luc.forges(forged) == "Cette annonce n'existe pas ou n'est pas la vôtre."
    for forged in (ResendCb(announcement_id=school_wide, seen=0).pack(),
                   StatusCb(action="cancel", announcement_id=school_wide).pack()):
        assert (await tom.forges(forged)).startswith("Only the author of this announcement")
    assert await app.deliver() == 0  # nobody reminded, nothing stopped, nobody told
    async with app.sessions() as session:
        assert [(a.status, a.resends) for a in await session.scalars(select(
            Announcement).order_by(Announcement.id))] == [("queued", 0), ("queued", 0)]


async def test_an_erased_authors_announcement_is_not_re_sent_by_anyone(app: App) -> None:
    """Tom erased his data: his announcement's text became the erased mark. Camille, the
    other rep of P3, must not send that mark to the families who had not read it."""
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    camille = await co_rep(app, school_id)
    await rep_sends(tom, "Bring a towel tomorrow.")
    assert await app.deliver() == 3  # Anna, Jan and Camille
    ours = await latest_announcement(app)
    await tom.says("/forgetme")
    await tom.taps("Yes, continue")
    await tom.taps("🔴 Erase everything")
    assert await camille.forges(ResendCb(announcement_id=ours, seen=0).pack()) == \
        "Cette annonce a déjà été arrêtée."
    assert await app.deliver() == 0
    assert [m.text for m in anna.inbox if m.text.startswith("📣")] == [
        "📣 From Tom Claes:\nBring a towel tomorrow."]


async def test_a_draft_cannot_be_stopped_and_the_class_lists_still_open(app: App) -> None:
    """A stop button forged (or kept from elsewhere) on Tom's draft: a draft is not sent,
    there is nothing to stop, and it must not become a "sent" announcement with no date
    in his list and in Camille's, the other rep of P3."""
    _, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    camille = await co_rep(app, school_id)
    await tom.says("/announce")
    await tom.says("Bring a towel tomorrow.")
    await tom.taps("Continue")
    await tom.taps("Not urgent")  # the preview: still a draft
    draft = await latest_announcement(app)
    assert await tom.forges(StatusCb(action="cancel", announcement_id=draft).pack()) == \
        "That announcement does not exist or is not yours."
    assert (await tom.says("/myannouncements")).startswith("📋 You have not sent any")
    assert (await camille.says("/myannouncements")).startswith("📋 Vous n'avez encore")
    async with app.sessions() as session:  # still his draft, to send when he likes
        assert (await session.get_one(Announcement, draft)).status == "draft"


# Private replies: a family asks its author, not the class group; the author answers back.

async def member_id(app: App, first_name: str) -> int:
    async with app.sessions() as session:
        return await session.scalar(select(Member.id).where(Member.first_name == first_name))


async def replies_to(app: App, first_name: str) -> list[OutboxMessage]:
    async with app.sessions() as session:
        return list(await session.scalars(select(OutboxMessage).where(
            OutboxMessage.purpose.startswith("announcement-reply:"),
            OutboxMessage.member_id == await member_id(app, first_name))))


async def test_a_parent_asks_the_rep_privately_and_they_answer_each_other(app: App) -> None:
    """Jan wonders whether Noor needs a swimming cap: he asks Tom, who wrote it, rather
    than the 25 families of the class group; each reads the other in their language."""
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    with time_machine.travel(NOON, tick=False):
        await rep_sends(tom, "Bring a towel tomorrow for the swimming lesson.")
        assert await app.deliver() == 2
        assert jan.button_labels() == ["👍 Gelezen", "💬 Reageren"]
        copy = jan.keyboard()
        await jan.taps("Reageren")
        assert await jan.taps_again(copy, "Reageren") == (  # a double tap: asked once more
            "💬 Typ je bericht voor Tom Claes over de mededeling van ma 23 nov 2026, 12:00 "
            "(“Bring a towel tomorrow for the…”): één bericht, van hoogstens 1.000 tekens. "
            "Ik geef het privé door, zonder je telefoonnummer of e-mail. /cancel om te stoppen.")
        assert await jan.says("Moet Noor ook een badmuts meebrengen?") == \
            "✅ Je bericht is doorgegeven aan Tom Claes."
        assert await app.deliver() == 1  # once
        assert tom.last.text == (
            "💬 Jan Peeters, parent of Noor (P3), writes about the announcement of "
            "Mon 23 Nov 2026, 12:00 (“Bring a towel tomorrow for the…”):\n"
            "Moet Noor ook een badmuts meebrengen?")
        question = tom.keyboard()
        assert "👍 read by 1 of 2 families" in await tom.says("/myannouncements")  # he read it
        await tom.taps_again(question, "↩️ Answer")
        assert await tom.says("Yes, a swimming cap too, please.") == \
            "✅ Your message was passed on to Jan Peeters."
        assert await app.deliver() == 1
        assert jan.last.text == (
            "💬 Tom Claes schrijft over de mededeling van ma 23 nov 2026, 12:00 "
            "(“Bring a towel tomorrow for the…”):\nYes, a swimming cap too, please.")
        await jan.taps("Antwoorden")
        await jan.says("Dank je!")
        assert await app.deliver() == 1
        assert tom.last.text.endswith("(“Bring a towel tomorrow for the…”):\nDank je!")
    assert not [m for m in anna.inbox if "badmuts" in m.text or "cap" in m.text]
    async with app.sessions() as session:  # what Jan wrote is in his data, once each
        export = await export_member(session, await member_id(app, "Jan"))
    assert [r["text"] for r in export["announcements"]["replies_written"]] == [
        "Moet Noor ook een badmuts meebrengen?", "Dank je!"]
    assert "• privéreacties op mededelingen: 2\n" in await jan.says("/mydata")  # the summary


async def towel_at_noon_with_quiet_nights(app: App) -> tuple[Person, Person]:
    """Quiet hours from 21:00 to 8:00; Tom's announcement reached Anna and Jan at noon."""
    anna, _, school_id = await families(app)
    tom = await rep_of(app, school_id)
    async with app.sessions() as session, session.begin():
        await session.execute(update(School).values(quiet_start=time(21), quiet_end=time(8)))
    with time_machine.travel(NOON, tick=False):
        await rep_sends(tom, "Bring a towel tomorrow for the swimming lesson.")
        assert await app.deliver() == 2
    return anna, tom


async def test_a_question_typed_late_reaches_the_rep_in_the_morning(app: App) -> None:
    anna, tom = await towel_at_noon_with_quiet_nights(app)
    with time_machine.travel(NOON.replace(hour=23), tick=False):
        await anna.taps("Reply")
        assert await anna.says("Does Léa need a swimming cap too?") == (
            "🌙 Your message for Tom Claes is ready: it goes out after the quiet hours, "
            "on Tue 24 Nov 2026, 08:00.")
        assert await app.deliver() == 0
    with time_machine.travel(NOON.replace(day=24, hour=7, minute=59), tick=False):
        assert await app.deliver() == 0
    with time_machine.travel(NOON.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        assert await app.deliver() == 1
        assert tom.last.text.endswith("):\nDoes Léa need a swimming cap too?")


async def test_a_reply_is_one_typed_text_of_at_most_1000_characters(app: App) -> None:
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await rep_sends(tom, "Bring a towel tomorrow.")
    assert await app.deliver() == 2
    await jan.taps("Reageren")
    assert await jan.says("   ") == ("Typ een bericht van 1 tot 1.000 tekens (of /cancel om te "
                                    "stoppen). Er werd niets verstuurd.")
    assert await jan.says("x" * 1001) == ("Typ een bericht van 1 tot 1.000 tekens (of /cancel "
                                          "om te stoppen). Er werd niets verstuurd.")
    assert await jan.sends_file("cap.jpg", PHOTO, caption="Deze badmuts?") == (
        "Alleen getypte tekst kan worden doorgegeven: typ je bericht (of /cancel om te "
        "stoppen). Er werd niets verstuurd.")
    assert (await jan.says("/cancel")).startswith("Geannuleerd.")
    await jan.says("Moet Noor een badmuts meebrengen?")  # no longer asked: not passed on
    assert await app.deliver() == 0
    async with app.sessions() as session:  # nor noted as read
        assert await session.scalar(select(func.count()).select_from(AnnouncementRead)) == 0
    await anna.taps("Reply")
    assert await anna.says("y" * 1000) == "✅ Your message was passed on to Tom Claes."
    assert await app.deliver() == 1  # whole (on WhatsApp, its button under a line of its own)
    assert [m for m in tom.inbox[-2:] if m.text.endswith("):\n" + "y" * 1000)]


async def test_a_forged_or_stale_reply_button_relays_nothing(app: App) -> None:
    anna, luc, tom, ours, school_id = await towel_for_p3_and_luc_in_p5(app)
    # P5 was not written to: Luc cannot ask about it
    assert await luc.forges(ReplyCb(announcement_id=ours).pack()) == (
        "Ce bouton ne vous était pas destiné : aucun message ne peut passer par lui. "
        "Rien n'a été envoyé.")
    # Tom never wrote to Anna: an Answer to him is not hers
    assert await anna.forges(ReplyCb(announcement_id=ours,
                                     member_id=await member_id(app, "Tom")).pack()) == (
        "This button was not meant for you: no message can go through it. Nothing was sent.")
    assert await app.deliver() == 0
    await tom.taps("Stop sending")  # a stopped announcement may still be asked about
    await anna.taps("Reply")
    assert await anna.says("Is the swimming lesson still on?") == \
        "✅ Your message was passed on to Tom Claes."
    assert await app.deliver() == 1
    await anna.says("/forgetme")
    await anna.taps("Yes, continue")
    await anna.taps("🔴 Erase everything")
    assert await tom.taps("Answer") == ("That person is no longer registered with the school: "
                                        "your message cannot reach them. Nothing was sent.")
    assert await app.deliver() == 0
    [question] = await replies_to(app, "Tom")  # her words and her child's name are gone
    assert "swimming" not in str(question.message_args)
    assert "Léa" not in str(question.message_args)


async def test_when_its_author_is_gone_the_reps_of_its_classes_answer_or_nobody_can(
        app: App) -> None:
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    camille = await co_rep(app, school_id)
    await rep_sends(tom, "Bring a towel tomorrow.")
    assert await app.deliver() == 3  # Anna, Jan and Camille
    await tom.says("/forgetme")
    await tom.taps("Yes, continue")
    await tom.taps("🔴 Erase everything")
    assert (await anna.taps("Reply")).startswith(
        "💬 Type your message for Camille Dubois about the announcement of ")
    await anna.says("Does Léa need a swimming cap too?")
    assert await app.deliver() == 1
    assert camille.last.text.startswith("💬 Anna De Smet, parent de Léa (P3), écrit au sujet")
    assert camille.last.text.endswith(":\nDoes Léa need a swimming cap too?")
    await camille.taps("Lui répondre")
    await camille.says("Oui, un bonnet aussi.")
    assert await app.deliver() == 1
    assert anna.last.text.startswith("💬 Camille Dubois writes about the announcement of ")
    # The whole school's announcement of an admin who left: nobody answers for it
    admin = await admin_of(app, school_id)
    await compose(admin, "School closed on Friday.")
    await admin.taps("📣 Send")
    assert await app.deliver() == 3  # Anna, Jan and Camille
    closed = jan.last
    question = await jan.taps("Reageren")  # ... and she leaves while Jan types
    async with unit_of_work(app.sessions) as uow:
        await uow.session.execute(update(Member).where(Member.first_name == "Sophie")
                                  .values(status="deactivated"))
    assert (await jan.says("Is de opvang ook dicht?")).startswith(
        "De schrijver van deze mededeling is niet meer ingeschreven")
    # Said once, and the question ends: the next text is not refused again.
    assert not (await jan.says("Dank je")).startswith("De schrijver van deze mededeling")
    assert question.startswith("💬 Typ je bericht voor Sophie Lambert")
    assert await jan.taps_again(closed, "Reageren") == (
        "De schrijver van deze mededeling is niet meer ingeschreven bij de school, en "
        "niemand anders neemt haar over: je bericht kan niet worden doorgegeven. Er werd "
        "niets verstuurd. Vraag het rechtstreeks aan de school.")
    assert await app.deliver() == 0


async def test_once_its_author_left_the_admins_answer_for_the_school_never_a_co_parent(
        app: App) -> None:
    """Sophie, who wrote to the whole school, and Tom, who wrote to P3, have left. Marc,
    Léa's father, is the other admin and a rep of P3: Jan's question about the school's
    announcement reaches him, but Anna's questions never go to her own family."""
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)
    admin = await admin_of(app, school_id)
    tom = await rep_of(app, school_id)
    camille = await co_rep(app, school_id)
    async with unit_of_work(app.sessions) as uow:
        father = await uow.session.scalar(select(Member).where(Member.first_name == "Marc")
                                          .options(selectinload(Member.roles)))
        p3 = await uow.session.scalar(select(SchoolClass.id).where(SchoolClass.code == "P3"))
        await roles.grant(uow.session, father, RoleKind.ADMIN)
        await roles.grant(uow.session, father, RoleKind.CLASS_REP, p3)
    await app.deliver()  # Anna is told Marc now shares Léa
    await compose(admin, "School closed on Friday.")
    await admin.taps("📣 Send")
    await app.deliver()
    closed_for_jan, closed_for_anna = jan.last, anna.last
    await rep_sends(tom, "Bring a towel tomorrow.")
    await app.deliver()
    async with unit_of_work(app.sessions) as uow:
        await uow.session.execute(update(Member).where(Member.first_name.in_(
            ("Sophie", "Tom"))).values(status="deactivated"))
    assert (await jan.taps_again(closed_for_jan, "Reageren")).startswith(
        "💬 Typ je bericht voor Marc Dubois over de mededeling van ")
    assert await jan.says("Is de opvang ook dicht?") == \
        "✅ Je bericht is doorgegeven aan Marc Dubois."
    assert await app.deliver() == 1
    assert marc.last.text.endswith(":\nIs de opvang ook dicht?")
    assert await anna.taps_again(closed_for_anna, "Reply") == (
        "The author of this announcement is no longer registered with the school, and "
        "nobody else answers for it: your message cannot be passed on. Nothing was sent. "
        "Please ask the school directly.")
    assert (await anna.taps("Reply")).startswith(  # Tom's towel: Camille, not Marc too
        "💬 Type your message for Camille Dubois about the announcement of ")
    await anna.says("Does Léa need a swimming cap?")
    assert await app.deliver() == 1
    assert camille.last.text.endswith(":\nDoes Léa need a swimming cap?")
    assert len(await replies_to(app, "Marc")) == 1  # Jan's question, none of Anna's


async def test_a_class_announcement_nobody_else_answers_for_reaches_the_admins(
        app: App) -> None:
    """Tom wrote to P3 and left, and P3 has no other rep: Jan's question reaches Sophie,
    the school's admin, rather than nobody. Then Marc, Léa's father, is P3's rep and
    writes to it: Anna's question does not go to her own family but as if he had left,
    to the school's admin, and to Camille once she is P3's other rep."""
    anna, jan, school_id = await families(app)
    admin = await admin_of(app, school_id)
    tom = await rep_of(app, school_id)
    await rep_sends(tom, "Bring a towel tomorrow.")
    await app.deliver()
    async with unit_of_work(app.sessions) as uow:
        await uow.session.execute(update(Member).where(Member.first_name == "Tom")
                                  .values(status="deactivated"))
    assert (await jan.taps("Reageren")).startswith(
        "💬 Typ je bericht voor Sophie Lambert over de mededeling van ")
    assert await jan.says("Moet Noor een badmuts meebrengen?") == \
        "✅ Je bericht is doorgegeven aan Sophie Lambert."
    assert await app.deliver() == 1
    assert admin.last.text.endswith(":\nMoet Noor een badmuts meebrengen?")

    marc = await second_parent(app, anna)
    async with unit_of_work(app.sessions) as uow:
        father = await uow.session.scalar(select(Member).where(Member.first_name == "Marc")
                                          .options(selectinload(Member.roles)))
        p3 = await uow.session.scalar(select(SchoolClass.id).where(SchoolClass.code == "P3"))
        await roles.grant(uow.session, father, RoleKind.CLASS_REP, p3)
    await app.deliver()  # Anna is told Marc now shares Léa
    await rep_sends(marc, "Swimming on Thursday.")
    await app.deliver()
    swimming = anna.last
    assert (await anna.taps("Reply")).startswith(
        "💬 Type your message for Sophie Lambert about the announcement of ")
    assert await anna.says("Does Léa need her cap?") == \
        "✅ Your message was passed on to Sophie Lambert."
    camille = await co_rep(app, school_id)
    assert (await anna.taps_again(swimming, "Reply")).startswith(
        "💬 Type your message for Camille Dubois about the announcement of ")
    await anna.says("And a towel?")
    assert await app.deliver() == 2
    assert admin.last.text.endswith(":\nDoes Léa need her cap?")
    assert camille.last.text.endswith(":\nAnd a towel?")
    async with unit_of_work(app.sessions) as uow:  # none left but her own family
        await uow.session.execute(update(Member).where(Member.first_name.in_(
            ("Sophie", "Camille"))).values(status="deactivated"))
    assert await anna.taps_again(swimming, "Reply") == (
        "This announcement was written by someone of your own family, and nobody else "
        "answers for it: your message cannot be passed on. Nothing was sent. Please ask "
        "the school directly.")
    assert not await replies_to(app, "Marc")


async def test_an_erased_authors_words_leave_the_answers_about_his_announcement(
        app: App) -> None:
    """Tom answers Anna late at night and erases himself before the morning: his
    announcement's text is erased, and so are its first words quoted in the answers."""
    anna, tom = await towel_at_noon_with_quiet_nights(app)
    with time_machine.travel(NOON, tick=False):
        await anna.taps("Reply")
        await anna.says("Does Léa need a swimming cap too?")
        assert await app.deliver() == 1
    with time_machine.travel(NOON.replace(hour=23), tick=False):
        await tom.taps("Answer")
        await tom.says("Yes, a cap too.")
        seen = len(anna.inbox)
        await tom.says("/forgetme")
        await tom.taps("Yes, continue")
        await tom.taps("🔴 Erase everything")
    with time_machine.travel(NOON.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        await app.deliver()
    [answer] = anna.inbox[seen:]
    assert answer.text.startswith("💬 ")
    assert "towel" not in answer.text
    async with app.sessions() as session:
        rows = await session.scalars(select(OutboxMessage).where(
            OutboxMessage.purpose.startswith("announcement-reply:")))
        assert not [row.id for row in rows if "towel" in str(row.message_args)]
