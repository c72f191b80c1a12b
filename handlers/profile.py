"""/profile (see, edit name and contact) and /language."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.commands import refresh_after_commit
from core.db import UnitOfWork
from core.i18n import Translate, Translator
from core.members.service import clear_contact, rename, set_locale, update_contact
from core.members.validation import clean_name, parse_contact
from core.models import Member
from core.schools import get_school
from handlers.filters import TYPED
from handlers.keyboards import ButtonData, LangCb, MenuCb, buttons, language_keyboard, main_menu
from handlers.words import NamesALanguage, intents_of


class ProfileCb(ButtonData, prefix="prof"):
    action: str  # name, contact, clear_contact


class EditProfile(StatesGroup):
    first_name = State()
    last_name = State()
    contact = State()


class ChooseLanguage(StatesGroup):
    language = State()  # asked by /language: a language named is taken as its button


def profile_card(t: Translate, member: Member) -> str:
    return t("profile-card", name=member.full_name, phone=member.phone or "-",
             email=member.email or "-", language=t(f"language-name-{member.locale}"))


def profile_buttons(t: Translate):
    return buttons((t("profile-edit-name"), ProfileCb(action="name")),
                   (t("profile-edit-contact"), ProfileCb(action="contact")),
                   (t("menu-language"), MenuCb(item="language")))  # the card shows it


async def show_profile(message: Message, member: Member, state: FSMContext,
                       t: Translate) -> None:
    await state.clear()
    await message.answer(profile_card(t, member), reply_markup=profile_buttons(t))


async def show_saved(message: Message, member: Member, state: FSMContext,
                     t: Translate) -> None:
    await state.clear()
    await message.answer(t("profile-saved") + "\n\n" + profile_card(t, member),
                         reply_markup=profile_buttons(t))


async def on_edit_name(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await state.set_state(EditProfile.first_name)
    await callback.answer()
    await callback.message.answer(t("start-ask-first-name"))


async def on_first_name(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(first_name=clean_name(message.text))
    await state.set_state(EditProfile.last_name)
    await message.answer(t("start-ask-last-name"))


async def on_last_name(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate) -> None:
    data = await state.get_data()
    await rename(session, member, data["first_name"], message.text or "")
    await show_saved(message, member, state, t)


async def on_edit_contact(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await state.set_state(EditProfile.contact)
    await callback.answer()
    await callback.message.answer(t("profile-ask-contact"), reply_markup=buttons(
        (t("profile-clear-contact"), ProfileCb(action="clear_contact"))))


async def on_contact(message: Message, member: Member, session: AsyncSession,
                     state: FSMContext, t: Translate) -> None:
    if "no" in intents_of(message.text):  # "non merci": a change of mind, nothing changes
        await show_profile(message, member, state, t)
        return
    phone, email = parse_contact(message.text)
    await update_contact(session, member, phone, email)
    await show_saved(message, member, state, t)


async def on_clear_contact(callback: CallbackQuery, member: Member, session: AsyncSession,
                           state: FSMContext, t: Translate) -> None:
    await clear_contact(session, member)
    await callback.answer()
    await show_saved(callback.message, member, state, t)


async def show_languages(message: Message, state: FSMContext, t: Translate) -> None:
    await state.clear()
    await state.set_state(ChooseLanguage.language)
    await message.answer(t("language-ask"), reply_markup=language_keyboard())


async def on_language(callback: CallbackQuery, callback_data: LangCb, member: Member,
                      session: AsyncSession, state: FSMContext, translator: Translator,
                      bot: Bot, uow: UnitOfWork) -> None:
    await set_locale(session, member, callback_data.code)
    await callback.answer()
    await language_changed(callback.message, callback.from_user.id, member, session, state,
                           translator, bot, uow)


async def on_typed_language(message: Message, language: str, member: Member,
                            session: AsyncSession, state: FSMContext, translator: Translator,
                            bot: Bot, uow: UnitOfWork) -> None:
    """"Nederlands", "fr", "anglais" typed instead of tapping a language."""
    await set_locale(session, member, language)
    await language_changed(message, message.from_user.id, member, session, state, translator,
                           bot, uow)


async def language_changed(message: Message, user_id: int, member: Member,
                           session: AsyncSession, state: FSMContext, translator: Translator,
                           bot: Bot, uow: UnitOfWork) -> None:
    await state.clear()
    refresh_after_commit(uow, bot, translator, user_id, member)
    t = translator.for_locale(member.locale)
    school = await get_school(session, member.school_id)
    await message.answer(t("language-changed"), reply_markup=main_menu(t, member, school))


def make_router() -> Router:
    router = Router(name="profile")
    router.message.register(show_profile, Command("profile"))
    router.callback_query.register(on_edit_name, ProfileCb.filter(F.action == "name"))
    router.message.register(on_first_name, TYPED, EditProfile.first_name)
    router.message.register(on_last_name, TYPED, EditProfile.last_name)
    router.callback_query.register(on_edit_contact, ProfileCb.filter(F.action == "contact"))
    router.message.register(on_contact, TYPED, EditProfile.contact)
    router.callback_query.register(on_clear_contact, EditProfile.contact,
                                   ProfileCb.filter(F.action == "clear_contact"))
    router.message.register(show_languages, Command("language"))
    router.callback_query.register(on_language, LangCb.filter())
    # Anything else typed there is answered by handlers/fallback.py: tap a button.
    router.message.register(on_typed_language, TYPED, ChooseLanguage.language,
                            NamesALanguage())
    return router
