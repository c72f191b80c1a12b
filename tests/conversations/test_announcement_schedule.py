"""Announcements sent later: a time typed at the preview, the scheduler sending it then,
once; its schedule changed, cancelled, or its author's role taken back meanwhile."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import time_machine
from sqlalchemy import delete, select, update
from sqlalchemy.orm import selectinload

from bot.scheduler import send_scheduled_announcements
from core.announcements.schedule import schedule
from core.db import unit_of_work
from core.models import Announcement, Member, Role, RoleKind, School
from core.schools import get_school
from core.schools.year import start_next_year
from tests.support.flows import another_family, families, rep_of
from tests.support.harness import App, Person

SUNDAY_EVENING = datetime(2026, 11, 22, 20, 0, tzinfo=ZoneInfo("Europe/Brussels"))
MONDAY_7 = SUNDAY_EVENING.replace(day=23, hour=7)
TOWEL = "Swimming tomorrow: bring a towel."


async def job(app: App) -> int:
    return await send_scheduled_announcements(app.sessions, app.runtime.bots,
                                              app.runtime.translator)


async def up_to_the_preview(rep: Person, text: str = TOWEL) -> str:
    await rep.says("/announce")
    await rep.says(text)
    await rep.taps("Continue")
    return await rep.taps("Not urgent")


async def scheduled_for(rep: Person, when: str) -> str:
    """The rep writes the towel announcement and schedules it: the bot's answer."""
    await up_to_the_preview(rep)
    await rep.taps("Send later")
    return await rep.says(when)


async def quiet_nights(app: App) -> None:
    async with unit_of_work(app.sessions) as uow:
        await uow.session.execute(update(School).values(quiet_start=time(21),
                                                        quiet_end=time(8)))


async def test_a_rep_schedules_it_for_7_and_it_goes_out_then_once(app: App) -> None:
    anna, jan, school_id = await families(app)
    rep = await rep_of(app, school_id)
    await quiet_nights(app)
    with time_machine.travel(SUNDAY_EVENING, tick=False):
        await up_to_the_preview(rep)
        assert (await rep.taps("Send later")).startswith(
            "🕒 When should it go out? Type the day and time, for example 23/11 7h00 "
            "(at most 30 days ahead).")
        assert await rep.says("21/11 7h00") == (
            "That moment has already passed: type a day and time still to come.")
        assert (await rep.says("tomorrow morning")).startswith("I could not read that moment.")
        assert "more than 30 days ahead" in await rep.says("23/12/2026 7h00")
        assert await rep.says("28/03/2027 2h30") == (  # the clocks go forward that night
            "There is no 02:30 that day: the clocks go forward an hour that night. Type "
            "another time, for example 03:30.")
        assert (await rep.says("23/11 7h00")).startswith(
            "🕒 Scheduled: goes out Mon 23 Nov 2026, 07:00 to 2 families (as they are then: "
            "a family that joins the class meanwhile gets it too). 🌙 That is inside the "
            "quiet hours: it goes at that time all the same, even if families are asleep.")
        assert rep.button_labels() == ["📣 Send now", "🕒 Change time", "Cancel schedule"]
        assert await app.deliver() == 0  # nothing queued yet
        assert await job(app) == 0
        luc = await another_family(app, school_id, 407, "Luc", (("Zoé", "P3"),))
    with time_machine.travel(MONDAY_7.replace(hour=6, minute=59), tick=False):  # not yet
        assert await job(app) == 0
    with time_machine.travel(MONDAY_7, tick=False):
        await app.parents_wrote_recently()
        assert await job(app) == 1
        assert await job(app) == 0  # a second run finds it sent
        assert rep.inbox[-2].text == (
            "🕒 Your scheduled announcement “Swimming tomorrow: bring a towel.” is going out "
            "now to 3 families.")
        assert rep.last.text.startswith("📊 Announcement to 3 families")
        assert await app.deliver() == 3  # at 07:00, inside the quiet hours: its author's word
    for parent in (anna, jan, luc):  # Luc joined the class after it was scheduled
        assert sum(message.text.endswith(TOWEL) for message in parent.inbox) == 1


async def test_myannouncements_changes_its_time_or_cancels_it_and_stale_taps_do_nothing(
        app: App) -> None:
    anna, _, school_id = await families(app)
    rep = await rep_of(app, school_id)
    with time_machine.travel(SUNDAY_EVENING, tick=False):
        await scheduled_for(rep, "23/11 7h00")
        scheduled = rep.keyboard()
        assert (await rep.says("/myannouncements")).startswith(
            "🕒 Scheduled — tap one to send it now, change its time or cancel it:\n"
            "🕒 Mon 23 Nov 2026, 07:00 · “Swimming tomorrow: bring a towel.”")
        assert (await rep.taps("Swimming")).startswith(
            "🕒 Scheduled for Mon 23 Nov 2026, 07:00, to P3:\nSwimming tomorrow")
        assert (await rep.taps("Change time")).endswith(
            "(at most 30 days ahead). /cancel keeps the time it has.")
        assert "Mon 23 Nov 2026, 08:30" in await rep.says("23/11 8h30")
        assert (await rep.taps("Cancel schedule")).startswith(
            "Its schedule is cancelled: it is a draft again, nothing went out.\n"
            "Preview — this is what 2 families will receive")
        assert await rep.taps_again(scheduled, "Send now") == (
            "Its schedule was already cancelled: nothing was done.")
    with time_machine.travel(MONDAY_7.replace(hour=9), tick=False):
        assert await job(app) == 0  # a draft again: not sent by the scheduler
        assert await app.deliver() == 0
        assert "Sending to 2 families" in await rep.taps("📣 Send")  # the preview shown back
        assert await rep.taps_again(scheduled, "Cancel schedule") == (
            "This announcement has already gone out: nothing was done. "
            "/myannouncements follows it.")
        assert await app.deliver() == 2
        assert sum(message.text.endswith(TOWEL) for message in anna.inbox) == 1


async def test_a_rep_whose_role_is_taken_back_before_its_time_is_told_and_nothing_goes(
        app: App) -> None:
    anna, _, school_id = await families(app)
    rep = await rep_of(app, school_id)
    with time_machine.travel(SUNDAY_EVENING, tick=False):
        await scheduled_for(rep, "23/11 9h00")
        async with unit_of_work(app.sessions) as uow:  # the admin takes the role back
            await uow.session.execute(delete(Role).where(Role.kind == RoleKind.CLASS_REP))
    with time_machine.travel(MONDAY_7.replace(hour=9), tick=False):
        await app.parents_wrote_recently()
        assert await job(app) == 0
        assert await job(app) == 0  # told once
        assert await app.deliver() == 1  # to Tom alone
    assert rep.last.text == (
        "🕒 Your announcement “Swimming tomorrow: bring a towel.” planned for Mon 23 Nov 2026, "
        "09:00 was not sent: your role has changed and you can no longer write to everyone it "
        "was for. Nothing went out; it is kept as a draft.")
    assert not any(message.text.endswith(TOWEL) for message in anna.inbox)


async def test_a_class_moved_up_by_the_new_school_year_still_gets_what_its_rep_scheduled(
        app: App) -> None:
    """Scheduled in July for August, to P3; meanwhile the school starts the next year:
    P3's families are P4's now, and so is Tom. It goes to them, as upcoming events and
    open orders follow their families (core/schools/year.py)."""
    anna, jan, school_id = await families(app)
    rep = await rep_of(app, school_id)
    with time_machine.travel(datetime(2027, 7, 20, 10, tzinfo=ZoneInfo("Europe/Brussels")),
                             tick=False):
        assert "to 2 families" in await scheduled_for(rep, "10/08 9h00")
        async with unit_of_work(app.sessions) as uow:
            await start_next_year(uow.session, await get_school(uow.session, school_id),
                                  date(2027, 7, 20))
        await app.parents_wrote_recently()
        await app.deliver()  # "Léa is now in P4", "you now represent P4"
    with time_machine.travel(datetime(2027, 8, 10, 9, tzinfo=ZoneInfo("Europe/Brussels")),
                             tick=False):
        await app.parents_wrote_recently()
        assert await job(app) == 1
        assert await app.deliver() == 2
    assert rep.inbox[-2].text.endswith("is going out now to 2 families.")
    for parent in (anna, jan):
        assert parent.last.text.endswith(TOWEL)


async def test_an_urgency_tapped_after_it_was_scheduled_elsewhere_changes_nothing(
        app: App) -> None:
    """The chat waits at "Is it urgent?" while the panel schedules the draft."""
    _anna, _jan, school_id = await families(app)
    rep = await rep_of(app, school_id)
    with time_machine.travel(SUNDAY_EVENING, tick=False):
        await rep.says("/announce")
        await rep.says(TOWEL)
        await rep.taps("Continue")
        async with unit_of_work(app.sessions) as uow:
            draft = await uow.session.scalar(select(Announcement))
            author = await uow.session.scalar(select(Member).where(
                Member.id == draft.author_id).options(selectinload(Member.roles)))
            await schedule(uow.session, author, draft.id, MONDAY_7)
        assert await rep.taps("🚨 Urgent") == (
            "This announcement is scheduled: cancel its schedule (in /myannouncements) "
            "before changing or sending it. Nothing was done.")
    async with unit_of_work(app.sessions) as uow:
        assert not (await uow.session.scalar(select(Announcement))).urgent


async def test_one_more_than_an_hour_late_at_night_tells_its_author_it_goes_in_the_morning(
        app: App) -> None:
    """Scheduled for 19:00; SchoolHub is down until 22:30, inside the quiet hours: not
    urgent, it waits for the morning, and its author is told so, not "going out now"."""
    anna, _, school_id = await families(app)
    rep = await rep_of(app, school_id)
    await quiet_nights(app)
    with time_machine.travel(SUNDAY_EVENING, tick=False):
        await scheduled_for(rep, "23/11 19h00")
    with time_machine.travel(MONDAY_7.replace(hour=22, minute=30), tick=False):
        await app.parents_wrote_recently()
        assert await job(app) == 1
        assert rep.inbox[-2].text == (
            "🕒 Your scheduled announcement “Swimming tomorrow: bring a towel.” could not go "
            "out at its time (SchoolHub was unavailable), and it is the quiet hours now: as "
            "it is not urgent, it goes out Tue 24 Nov 2026, 08:00, after them, to 2 families.")
        assert await app.deliver() == 0  # the families sleep
    with time_machine.travel(MONDAY_7.replace(day=24, hour=8), tick=False):
        await app.parents_wrote_recently()
        assert await app.deliver() == 2
    assert anna.last.text.endswith(TOWEL)
