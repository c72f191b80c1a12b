"""/calendar and 📆 Subscribe under the events list: the member's own calendar feed
address (core/events/feed.py), served by bot/calendar_feed.py, with 🔄 New link, which
replaces it after a confirmation (the old address then finds nothing)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.calendar_feed import feed_url
from core.events import feed
from core.i18n import Translate
from core.models import Member, School
from core.schools import get_school
from handlers.keyboards import ButtonData, buttons


class CalendarCb(ButtonData, prefix="cal"):
    action: str  # "link", "renew" (asks), "renew_yes", "keep"
    mark: str = ""  # the token's mark, for "renew_yes": an old button renews nothing


def subscribe_button(t: Translate) -> tuple[str, CalendarCb]:
    """📆 Subscribe, for under the events list."""
    return t("calendar-subscribe"), CalendarCb(action="link")


async def show_link(message: Message, member: Member, session: AsyncSession, t: Translate,
                    web_url: str, web_is_public: bool, token: str | None = None) -> None:
    if token is None:
        token, _ = await feed.feed_token(session, member)
    school: School = await get_school(session, member.school_id)
    text = t("calendar-link", school=school.name, url=feed_url(web_url, token))
    if not web_is_public:
        text += "\n" + t("calendar-local-only")
    await message.answer(text, reply_markup=buttons(
        (t("calendar-renew"), CalendarCb(action="renew", mark=feed.token_mark(token)))))


async def on_command(message: Message, member: Member, session: AsyncSession, t: Translate,
                     web_url: str, web_is_public: bool) -> None:
    await show_link(message, member, session, t, web_url, web_is_public)


async def on_link(callback: CallbackQuery, member: Member, session: AsyncSession,
                  t: Translate, web_url: str, web_is_public: bool) -> None:
    await callback.answer()
    await show_link(callback.message, member, session, t, web_url, web_is_public)


async def on_renew(callback: CallbackQuery, callback_data: CalendarCb, t: Translate) -> None:
    await callback.answer()
    await callback.message.answer(t("calendar-renew-ask"), reply_markup=buttons(
        (t("calendar-renew-yes"), CalendarCb(action="renew_yes", mark=callback_data.mark)),
        (t("calendar-keep"), CalendarCb(action="keep"))))


async def on_renew_yes(callback: CallbackQuery, callback_data: CalendarCb, member: Member,
                       session: AsyncSession, t: Translate, web_url: str,
                       web_is_public: bool) -> None:
    token = await feed.renew_token(session, member, callback_data.mark)
    await callback.answer()
    # An old or doubled tap: the link was already replaced, and stays as it is now.
    await callback.message.answer(t("calendar-renewed" if token else "calendar-renew-stale"))
    await show_link(callback.message, member, session, t, web_url, web_is_public, token)


async def on_keep(callback: CallbackQuery, t: Translate) -> None:
    await callback.answer()
    await callback.message.answer(t("calendar-kept"))


def make_router() -> Router:
    router = Router(name="calendar")
    router.message.register(on_command, Command("calendar"))
    router.callback_query.register(on_link, CalendarCb.filter(F.action == "link"))
    router.callback_query.register(on_renew, CalendarCb.filter(F.action == "renew"))
    router.callback_query.register(on_renew_yes, CalendarCb.filter(F.action == "renew_yes"))
    router.callback_query.register(on_keep, CalendarCb.filter(F.action == "keep"))
    return router
