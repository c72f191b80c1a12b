"""/help (the commands for my roles) and /menu (the main buttons); also their words
("aide", "menu") and a greeting or a thank-you, typed outside a dialog."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from core.i18n import Translate, listed
from core.members.service import has_role
from core.models import Member, RoleKind, School
from core.schools import get_school
from handlers import (
    announcements,
    approvals,
    children,
    events,
    orders,
    orders_create,
    profile,
    roster,
    sel,
    sel_posts,
    week,
)
from handlers.keyboards import (
    MenuCb,
    answer_with_menu,
    menu_buttons,
    menu_item_on,
    organise_menu,
)
from handlers.words import WORDS, Said, intents_of

# The words /help shows as typed instead of commands: the module that may hide one, and
# its intent in handlers/words.py (whose first word per language is shown).
HELP_WORDS = ((None, "menu"), (None, "help"), ("sel", "balance"), ("events", "events"),
              ("orders", "orders"), (None, "week"))


def help_text(t: Translate, member: Member, school: School) -> str:
    """The commands for my roles, without those of modules my school switched off."""
    sections = [m for m in ("events", "orders", "sel") if school.module_enabled(m)]
    parts = ["\n".join([t("help-parent"), *(t(f"help-parent-{m}") for m in sections),
                        t("help-parent-common"), typed_words(t, school)])]
    if has_role(member, RoleKind.CLASS_REP) or has_role(member, RoleKind.ADMIN):
        parts.append(t("help-organiser"))
    if has_role(member, RoleKind.CLASS_REP):
        parts.append(t("help-class-rep"))
    if has_role(member, RoleKind.ADMIN):
        parts.append(t("help-admin"))
    parts.append(t("help-privacy"))
    return "\n\n".join(parts)


def typed_words(t: Translate, school: School) -> str:
    """One line: these words can simply be typed ("menu", "saldo", "activiteiten")."""
    words = [t("help-word", word=WORDS[intent][t.locale][0]) for module, intent in HELP_WORDS
             if module is None or school.module_enabled(module)]
    return t("help-words", words=listed(t, words))


async def show_help(message: Message, member: Member, session: AsyncSession,
                    state: FSMContext, t: Translate) -> None:
    await state.clear()
    await message.answer(help_text(t, member, await get_school(session, member.school_id)))


async def show_menu(message: Message, member: Member, session: AsyncSession,
                    state: FSMContext, t: Translate) -> None:
    await state.clear()
    await answer_with_menu(message, member, session, t, t("menu-title"))


async def on_small_talk(message: Message, member: Member, session: AsyncSession,
                        t: Translate) -> None:
    """"Bonjour", "merci": a short friendly answer, and the menu."""
    said = "hello" if "hello" in intents_of(message.text) else "thanks"
    await answer_with_menu(message, member, session, t,
                           t(f"words-{said}", name=member.first_name))


async def on_menu(callback: CallbackQuery, callback_data: MenuCb, member: Member,
                  session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """Menu buttons do exactly what the matching command does."""
    await callback.answer()
    message = callback.message
    if not menu_item_on(await get_school(session, member.school_id), callback_data.item):
        await message.answer(t("module-off"))  # a menu from before the module was off
        return
    match callback_data.item:
        case "profile":
            await profile.show_profile(message, member, state, t)
        case "children":
            await children.show_children(message, member, session, state, t)
        case "language":
            await profile.show_languages(message, state, t)
        case "sel":
            await sel.show_balance(message, member, session, state, t)
        case "week":
            await week.show_week(message, member, session, state, t)
        case "events":
            await events.show_events(message, member, session, state, t)
        case "orders":
            await orders.show_orders(message, member, session, state, t)
        case "offers":
            await sel_posts.show_menu(message, state, t)
        case "pending":
            await approvals.show_pending(message, member, session, state, t)
        case "organise":
            school = await get_school(session, member.school_id)
            await message.answer(t("menu-organise-title"), reply_markup=menu_buttons(
                t, organise_menu(member, school)))
        case "announce":  # each checks the member's roles, as its command does
            await announcements.on_announce(message, member, session, state, t)
        case "myannouncements":
            await announcements.on_mine_command(message, member, session, state, t)
        case "myclass":
            await roster.show_my_class(message, member, session, state, t)
        case "newevent":
            await events.on_new_event(message, member, state, t)
        case "neworder":
            await orders_create.on_new_order(message, member, state, t)
        case _:
            await message.answer(help_text(t, member,
                                           await get_school(session, member.school_id)))


def make_router() -> Router:
    router = Router(name="help")
    router.message.register(show_help, Command("help"))
    router.message.register(show_menu, Command("menu"))
    router.message.register(show_menu, Said("menu"))  # in a dialog, start.py took it
    router.message.register(show_help, Said("help"), StateFilter(None))
    router.message.register(on_small_talk, Said("hello", "thanks"), StateFilter(None))
    router.callback_query.register(on_menu, MenuCb.filter())
    return router
