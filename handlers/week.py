"""/week: what is on for me in the next seven days and what I still have to do, in one
message, with a button where a tap helps (each reusing its feature's own button)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from aiogram import Router
from aiogram.filters import Command, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from core.announcements.service import first_words, text_for
from core.i18n import Translate, format_money, format_short_day
from core.models import Announcement, Member
from core.schools import get_school
from core.units import amount
from core.week import UNREAD_SHOWN, Week, week_of
from handlers.announcements import ReadCb
from handlers.events import EventCb
from handlers.keyboards import Keyboard, MenuCb, answer_with_menu
from handlers.orders_format import OrderCb
from handlers.words import Said

BUTTONS_MAX = 10  # a WhatsApp list's rows: more would become numbered text


async def show_week(message: Message, member: Member, session: AsyncSession,
                    state: FSMContext, t: Translate) -> None:
    await state.clear()
    school = await get_school(session, member.school_id)
    week = await week_of(session, member, school)
    if week.empty:
        await answer_with_menu(message, member, session, t, t("week-empty"))
        return
    text = "\n".join([t("week-title"), *days(t, week, school.timezone), *to_do(t, week, member)])
    builder = Keyboard()
    for label, data in week_buttons(t, week, member)[:BUTTONS_MAX]:
        builder.button(text=label[:64], callback_data=data)
    builder.adjust(1)
    await message.answer(text, reply_markup=builder.as_markup())


def days(t: Translate, week: Week, timezone: str) -> list[str]:
    """Events and order deadlines, under their day: "Today", "Tomorrow", "Thu 26 Nov"."""
    zone = ZoneInfo(timezone)
    dated: list[tuple[datetime, str]] = [
        (item.event.starts_at, t("week-event", time=clock(item.event.starts_at, zone),
                                 title=item.event.title, answer=item.answer))
        for item in week.events]
    dated += [(item.order.deadline, t("week-order", time=clock(item.order.deadline, zone),
                                      title=item.order.title,
                                      joined="yes" if item.joined else "no"))
              for item in week.closing]
    lines: list[str] = []
    shown: date | None = None
    for moment, line in sorted(dated, key=lambda pair: pair[0]):
        day = moment.astimezone(zone).date()
        if day != shown:
            lines += ["", day_name(t, day, week.today, moment, timezone)]
            shown = day
        lines.append(line)
    return lines


def clock(moment: datetime, zone: ZoneInfo) -> str:
    return f"{moment.astimezone(zone):%H:%M}"


def day_name(t: Translate, day: date, today: date, moment: datetime, timezone: str) -> str:
    match (day - today).days:
        case 0:
            return t("week-today")
        case 1:
            return t("week-tomorrow")
        case _:
            return format_short_day(t.locale, moment, timezone)


def to_do(t: Translate, week: Week, member: Member) -> list[str]:
    """What waits whatever the day: payments, SEL requests, unread announcements."""
    lines: list[str] = []
    if week.owed:
        lines += ["", t("week-pay-title")]
        for owed in week.owed:
            money = format_money(t.locale, owed.cents)
            lines.append(t("week-pay", title=owed.order.title, amount=money)
                         if owed.member_id == member.id else
                         t("week-pay-other", title=owed.order.title, amount=money,
                           name=week.owed_by[owed.member_id].full_name))
    if week.requests:
        lines += ["", t("week-requests-title", count=len(week.requests))]
        lines += [t("week-request", name=requester.full_name, amount=amount(t, asked.units))
                  for asked, requester in week.requests]
    if week.unread:
        lines += ["", t("week-unread-title", count=len(week.unread))]
        lines += [t("week-unread", words=words(item, member))
                  for item in week.unread[:UNREAD_SHOWN]]
    return lines


def words(announcement: Announcement, member: Member) -> str:
    return first_words(text_for(announcement, member.locale))


def week_buttons(t: Translate, week: Week, member: Member) -> list[tuple[str, CallbackData]]:
    """An event waiting for the family's answer opens its page; an order to pay, its
    payment; one closing that the family has not joined, its card; the SEL requests, the
    balance that lists them with their buttons; an unread announcement, its Read."""
    found: list[tuple[str, CallbackData]] = [
        (t("week-event-button", title=item.event.title),
         EventCb(action="view", event_id=item.event.id))
        for item in week.events if item.answer == "none"]
    found += [(t("week-pay-button", title=owed.order.title),
               OrderCb(action="pay", order_id=owed.order.id))
              for owed in week.owed if owed.member_id == member.id]
    found += [(t("week-order-button", title=item.order.title),
               OrderCb(action="view", order_id=item.order.id))
              for item in week.closing if not item.joined]
    if week.requests:
        found.append((t("week-requests-button"), MenuCb(item="sel")))
    found += [(t("week-read-button", words=words(item, member)),
               ReadCb(announcement_id=item.id))
              for item in week.unread[:UNREAD_SHOWN]]
    return found


def make_router() -> Router:
    router = Router(name="week")
    router.message.register(show_week, Command("week"))
    router.message.register(show_week, Said("week"), StateFilter(None))  # "ma semaine"
    return router
