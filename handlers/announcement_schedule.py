"""Announcements sent later (core/announcements/schedule.py): at the preview, 🕒 Send
later asks when (a time unreadable, past or more than 30 days ahead is refused and the
question stays; /cancel goes back to the preview, or, changing a time, keeps the old
one); the announcement is then scheduled, with *Send now*, *Change time* and *Cancel
schedule* (a draft again, its preview shown).
/myannouncements lists the author's scheduled ones first, each opening these buttons.
When its time comes, the scheduler sends it (bot/scheduler.py) and its status message
starts in the chat where it was scheduled (bot/announcement_status.py)."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import channel_of
from core.announcements import schedule
from core.announcements import service as announcements
from core.clock import utcnow
from core.i18n import Translate, format_datetime
from core.models import Announcement, AnnouncementStatus, Member
from core.schools import get_school
from handlers.announcements import (
    Compose,
    ComposeCb,
    card_audience,
    read_buttons,
    show_preview,
    show_sent,
)
from handlers.filters import TYPED
from handlers.keyboards import ButtonData, buttons
from handlers.words import Said


class ScheduleCb(ButtonData, prefix="annsc"):
    """A scheduled announcement's buttons: open (from /myannouncements), now, change,
    unschedule."""
    action: str
    announcement_id: int


class Later(StatesGroup):
    when = State()


def scheduled_buttons(t: Translate, announcement: Announcement) -> InlineKeyboardMarkup:
    def button(label: str, action: str) -> tuple[str, ScheduleCb]:
        return t(label), ScheduleCb(action=action, announcement_id=announcement.id)

    return buttons(button("announcements-send-now", "now"),
                   button("announcements-change-time", "change"),
                   button("announcements-unschedule", "unschedule"), width=1)


async def ask_when(message: Message, session: AsyncSession, member: Member,
                   t: Translate, changing: bool = False) -> None:
    """The question, with tomorrow at 7:00 as its example, as parents write it; what
    /cancel does then (`changing` a scheduled one's time: it keeps the time it had)."""
    school = await get_school(session, member.school_id)
    tomorrow = (utcnow().astimezone(ZoneInfo(school.timezone)) + timedelta(days=1)).date()
    hour = "7u00" if t.locale == "nl" else "7h00"
    await message.answer(t("announcements-later-ask", days=schedule.AHEAD.days,
                           example=f"{tomorrow.day:02d}/{tomorrow.month:02d} {hour}",
                           changing="yes" if changing else "no"))


async def on_later(callback: CallbackQuery, member: Member, session: AsyncSession,
                   state: FSMContext, t: Translate) -> None:
    await announcements.draft(session, member, (await state.get_data())["announcement_id"])
    await state.set_state(Later.when)
    await state.update_data(rescheduling=False)
    await callback.answer()
    await ask_when(callback.message, session, member, t)


async def on_when(message: Message, member: Member, session: AsyncSession, state: FSMContext,
                  t: Translate) -> None:
    """The time typed; a wrong one is refused with the reason, and the question stays."""
    data = await state.get_data()
    school = await get_school(session, member.school_id)
    send_at = schedule.when_to_send(message.text, school.timezone, utcnow())
    if data.get("rescheduling"):
        announcement = await schedule.reschedule(session, member, data["announcement_id"],
                                                 send_at)
    else:
        announcement = await schedule.schedule(
            session, member, data["announcement_id"], send_at,
            channel=channel_of(message.bot), chat_id=str(message.chat.id))
    await state.clear()
    await show_scheduled(message, session, t, announcement)


async def show_scheduled(message: Message, session: AsyncSession, t: Translate,
                         announcement: Announcement) -> None:
    school = await get_school(session, announcement.school_id)
    reach = await announcements.reach(session, announcement)
    await message.answer(
        t("announcements-scheduled", count=reach.families, who=reach.who,
          when=format_datetime(t.locale, announcement.send_at, school.timezone),
          quiet="yes" if schedule.in_quiet_hours(school, announcement) else "no"),
        reply_markup=scheduled_buttons(t, announcement))


async def on_send_now(callback: CallbackQuery, callback_data: ScheduleCb, member: Member,
                      session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """Each button checks it is still the author's and still scheduled: a tap on an old
    message (sent, or its schedule cancelled since) says so and does nothing."""
    count = await schedule.send_now(session, member, callback_data.announcement_id,
                                    read_buttons)
    await state.clear()
    await callback.answer()
    await show_sent(callback, session, t, callback_data.announcement_id, count)


async def on_change_time(callback: CallbackQuery, callback_data: ScheduleCb, member: Member,
                         session: AsyncSession, state: FSMContext, t: Translate) -> None:
    await schedule.scheduled(session, member, callback_data.announcement_id)
    await state.clear()
    await state.set_state(Later.when)
    await state.update_data(announcement_id=callback_data.announcement_id, rescheduling=True)
    await callback.answer()
    await ask_when(callback.message, session, member, t, changing=True)


async def on_unschedule(callback: CallbackQuery, callback_data: ScheduleCb, member: Member,
                        session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """A draft again: its preview, to send, schedule anew or drop."""
    draft = await schedule.unschedule(session, member, callback_data.announcement_id)
    await callback.answer()
    await callback.message.answer(t("announcements-unscheduled"))
    await state.clear()
    await state.update_data(announcement_id=draft.id)
    await show_preview(callback.message, member, session, state, t, draft)


async def on_open(callback: CallbackQuery, callback_data: ScheduleCb, member: Member,
                  session: AsyncSession, t: Translate) -> None:
    """One of /myannouncements' scheduled ones: when, to whom, its text, and its buttons."""
    announcement = await schedule.scheduled(session, member, callback_data.announcement_id)
    await callback.answer()
    await callback.message.answer(await card(session, t, announcement),
                                  reply_markup=scheduled_buttons(t, announcement))


async def card(session: AsyncSession, t: Translate, announcement: Announcement) -> str:
    school = await get_school(session, announcement.school_id)
    return t("announcements-scheduled-card",
             when=format_datetime(t.locale, announcement.send_at, school.timezone),
             audience=await card_audience(session, t, announcement),
             text=announcement.texts[announcement.original_locale])


async def scheduled_section(session: AsyncSession, t: Translate, member: Member
                            ) -> tuple[str, list[tuple[str, ScheduleCb]]]:
    """/myannouncements' first lines: the member's scheduled ones, the next first, and a
    button each ("" and none without)."""
    waiting = await schedule.scheduled_of(session, member)
    if not waiting:
        return "", []
    school = await get_school(session, member.school_id)
    lines, opens = [], []
    for announcement in waiting:
        words = announcements.first_words(announcement.texts[announcement.original_locale])
        lines.append(t("announcements-mine-scheduled-line", words=words, when=format_datetime(
            t.locale, announcement.send_at, school.timezone)))
        opens.append((f"🕒 {words}", ScheduleCb(action="open", announcement_id=announcement.id)))
    return t("announcements-mine-scheduled", lines="\n".join(lines)), opens


async def on_cancel_when(message: Message, member: Member, session: AsyncSession,
                         state: FSMContext, t: Translate) -> None:
    """/cancel while the time is asked: back to the preview as it was; while changing the
    time of a scheduled one (or once the draft went from the panel), the dialog ends as
    any /cancel ends it, the schedule as it was."""
    from handlers.start import on_cancel

    data = await state.get_data()
    draft = await session.get(Announcement, data.get("announcement_id") or 0)
    if data.get("rescheduling") or draft is None or draft.author_id != member.id \
            or draft.status != AnnouncementStatus.DRAFT:
        await on_cancel(message, member, session, state, t)
        return
    await show_preview(message, member, session, state, t, draft)


def make_router() -> Router:
    router = Router(name="announcement_schedule")
    router.callback_query.register(on_later, Compose.preview,
                                   ComposeCb.filter(F.action == "later"))
    router.message.register(on_when, TYPED, Later.when)
    on = ScheduleCb.filter
    router.callback_query.register(on_send_now, on(F.action == "now"))
    router.callback_query.register(on_change_time, on(F.action == "change"))
    router.callback_query.register(on_unschedule, on(F.action == "unschedule"))
    router.callback_query.register(on_open, on(F.action == "open"))
    return router


def make_cancel_router() -> Router:
    """/cancel (or its word) while the time is asked; before the /cancel that ends every
    dialog."""
    router = Router(name="announcement_schedule_cancel")
    router.message.register(on_cancel_when, Command("cancel"), Later.when)
    router.message.register(on_cancel_when, Said("cancel"), Later.when)
    return router
