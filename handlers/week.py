"""/week: what is on for me in the next seven days and what I still have to do, in one
message, with a button where a tap helps (each reusing its feature's own button); and
under it, the choice to get it every Sunday evening (core/week.py's digest, whose
buttons are these: `digest_buttons`)."""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.filters import Command, StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from core.i18n import Translate
from core.models import Member, School
from core.outbox import Button
from core.schools import get_school
from core.week import (
    DIGEST_TIME,
    UNREAD_SHOWN,
    Week,
    ask_for_digest,
    compose,
    week_of,
    week_read,
    words,
)
from handlers.announcements import ReadCb
from handlers.events import EventCb
from handlers.keyboards import (
    MENU_ROWS_MAX,
    ButtonData,
    Keyboard,
    MenuCb,
    main_items,
    menu_buttons,
)
from handlers.orders_format import OrderCb
from handlers.words import Said

BUTTONS_MAX = 10  # a WhatsApp list's rows: more would become numbered text

# A button: its label's Fluent id and arguments, and what a tap sends.
Choice = tuple[str, dict[str, Any], CallbackData]


class SundayCb(ButtonData, prefix="sunday"):
    """Get my week every Sunday evening (`wanted`), or no more: the button says which, so
    a second tap, or an old button, asks for what its label said."""

    wanted: bool


async def show_week(message: Message, member: Member, session: AsyncSession,
                    state: FSMContext, t: Translate) -> None:
    await state.clear()
    school = await get_school(session, member.school_id)
    week = await week_of(session, member, school)
    await week_read(session, member)
    if week.empty:
        await message.answer(t("week-empty"), reply_markup=empty_keyboard(t, member, school))
        return
    builder = Keyboard()
    for label, args, data in shown_choices(week, member):
        builder.button(text=t(label, **args)[:64], callback_data=data)
    builder.adjust(1)
    await message.answer(compose(t, week, member, school.timezone),
                         reply_markup=builder.as_markup())


def week_choices(week: Week, member: Member) -> list[Choice]:
    """An event waiting for the family's answer opens its page; an order to pay, its
    payment; one closing that the family has not joined, its card; the SEL requests, the
    balance that lists them with their buttons; an unread announcement, its Read (a poll
    not answered, its choices)."""
    found: list[Choice] = [
        ("week-event-button", {"title": item.event.title},
         EventCb(action="view", event_id=item.event.id))
        for item in week.events if item.answer == "none"]
    found += [("week-pay-button", {"title": owed.order.title},
               OrderCb(action="pay", order_id=owed.order.id))
              for owed in week.owed if owed.member_id == member.id]
    found += [("week-order-button", {"title": item.order.title},
               OrderCb(action="view", order_id=item.order.id))
              for item in week.closing if not item.joined]
    if week.requests:
        found.append(("week-requests-button", {}, MenuCb(item="sel")))
    # a poll's opens it again with its choices (handlers/announcements.py's on_read)
    found += [("week-answer-button" if item.choices else "week-read-button",
               {"words": words(item, member)}, ReadCb(announcement_id=item.id))
              for item in week.unread[:UNREAD_SHOWN]]
    return found


def sunday_choice(member: Member) -> Choice:
    """Ask for the week every Sunday, or stop it."""
    if member.week_digest_at is None:
        return "week-sunday-start", {}, SundayCb(wanted=True)
    return "week-sunday-stop", {}, SundayCb(wanted=False)


def shown_choices(week: Week, member: Member) -> list[Choice]:
    return [*week_choices(week, member)[:BUTTONS_MAX - 1], sunday_choice(member)]


def digest_buttons(week: Week, member: Member) -> list[list[Button]]:
    """The Sunday digest's buttons: those /week shows (bot/scheduler.py)."""
    return [[Button(label, data.pack(), args or None)]
            for label, args, data in shown_choices(week, member)]


def empty_keyboard(t: Translate, member: Member, school: School) -> InlineKeyboardMarkup:
    """The main menu, then the Sunday button; within a WhatsApp list's ten rows (an
    admin's menu has ten already: Help gives its place, /help still answers)."""
    items = main_items(member, school)
    if len(items) >= MENU_ROWS_MAX:
        items.remove("help")
    label, args, data = sunday_choice(member)
    # new rows around the menu's own (a shared markup, never to be changed)
    return InlineKeyboardMarkup(inline_keyboard=[
        *menu_buttons(t, items).inline_keyboard,
        [InlineKeyboardButton(text=t(label, **args), callback_data=data.pack())]])


async def on_sunday(callback: CallbackQuery, callback_data: SundayCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    await ask_for_digest(session, member, callback_data.wanted)
    await callback.answer()
    label, args, data = sunday_choice(member)  # to change one's mind at once
    await callback.message.answer(
        t("week-sunday-started" if callback_data.wanted else "week-sunday-stopped",
          time=DIGEST_TIME),
        reply_markup=InlineKeyboardMarkup(inline_keyboard=[[
            InlineKeyboardButton(text=t(label, **args), callback_data=data.pack())]]))


def make_router() -> Router:
    router = Router(name="week")
    router.message.register(show_week, Command("week"))
    router.message.register(show_week, Said("week"), StateFilter(None))  # "ma semaine"
    router.callback_query.register(on_sunday, SundayCb.filter())
    return router
