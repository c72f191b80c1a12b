"""/privacy (the notice), /mydata (a copy of my data) and /forgetme (erase my data).

Open to every registered member whatever their status (a pending or refused parent has
the same rights); /privacy also to strangers, who may read it before registering.
/forgetme is confirmed twice: "are you sure?" with buttons, then the red button or a
typed word. Each confirmation carries a token kept in the conversation state, so an old
or doubled tap is answered and changes nothing.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Awaitable, Callable, Sequence
from functools import cache

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.config import Settings
from core.events import notices
from core.i18n import Translate
from core.members.privacy import (
    PRIVACY_VERSION,
    ErasureCheck,
    check_erasure,
    erase_member,
    export_member,
    readable_summary,
)
from core.models import Event, Member
from core.units import amount
from handlers.filters import TYPED
from handlers.keyboards import ButtonData, buttons

EXPORT_FILENAME = "schoolhub-my-data.json"
# The runtime's (dispatcher data): forgets what it keeps about chats outside the database.
ForgetChats = Callable[[Sequence[tuple[str, str]]], Awaitable[None]]


class ForgetCb(ButtonData, prefix="forget"):
    step: str  # sure (first answer), erase (the red button), cancel
    token: str


class Forgetting(StatesGroup):
    sure = State()  # asked "are you sure?"
    really = State()  # asked for the red button or the typed word


@cache
def retention_days() -> int:
    """As configured for this deployment (the environment), for the notice."""
    return Settings().retention_days


async def show_notice(message: Message, t: Translate) -> None:
    await message.answer(t("privacy-notice", version=PRIVACY_VERSION, days=retention_days()))


async def send_my_data(message: Message, member: Member | None, session: AsyncSession,
                       t: Translate) -> None:
    if member is None:
        await message.answer(t("access-register-first"))
        return
    export = await export_member(session, member.id)
    data = json.dumps(export, ensure_ascii=False, indent=2).encode("utf-8")
    await message.answer_document(BufferedInputFile(data, filename=EXPORT_FILENAME),
                                  caption=t("privacy-export-caption"))
    await message.answer(readable_summary(t, export))


def first_question(t: Translate, check: ErasureCheck) -> str:
    lines = [t("privacy-forget-ask")]
    if check.balance:
        lines.append(t("privacy-forget-warn-balance", amount=amount(t, check.balance)))
    if check.open_orders:
        lines.append(t("privacy-forget-warn-open-orders", count=check.open_orders))
    if check.unpaid_orders:
        lines.append(t("privacy-forget-warn-unpaid", count=check.unpaid_orders))
    return "\n".join(lines)


async def ask_to_forget(message: Message, member: Member | None, session: AsyncSession,
                        state: FSMContext, t: Translate) -> None:
    if member is None:
        await message.answer(t("access-register-first"))
        return
    check = await check_erasure(session, member)
    if check.last_admin:
        await state.clear()
        await message.answer(t("privacy-last-admin"))
        return
    token = secrets.token_hex(4)
    await state.set_state(Forgetting.sure)
    await state.set_data({"forget_token": token})
    await message.answer(first_question(t, check), reply_markup=buttons(
        (t("privacy-forget-yes"), ForgetCb(step="sure", token=token)),
        (t("privacy-forget-cancel"), ForgetCb(step="cancel", token=token))))


async def current_step(state: FSMContext, token: str) -> str | None:
    """The step this confirmation is at, or None when the tapped one is not current."""
    if (await state.get_data()).get("forget_token") != token:
        return None
    return await state.get_state()


async def on_forget_tap(callback: CallbackQuery, callback_data: ForgetCb,
                        member: Member | None, session: AsyncSession, state: FSMContext,
                        t: Translate, forget_chats: ForgetChats | None = None) -> None:
    await callback.answer()
    message = callback.message
    step = await current_step(state, callback_data.token) if member else None
    word = t("privacy-forget-word")
    if member is None:  # erased already: a doubled tap on the red button
        await message.answer(t("privacy-forget-gone"))
    elif step is None:
        await message.answer(t("privacy-forget-stale"))
    elif callback_data.step == "cancel":
        await state.clear()
        await message.answer(t("privacy-forget-cancelled"))
    elif callback_data.step == "sure" and step == Forgetting.sure.state:
        await state.set_state(Forgetting.really)
        await message.answer(t("privacy-forget-really", word=word), reply_markup=buttons(
            (t("privacy-forget-red"), ForgetCb(step="erase", token=callback_data.token)),
            (t("privacy-forget-cancel"), ForgetCb(step="cancel", token=callback_data.token))))
    elif callback_data.step == "erase" and step == Forgetting.really.state:
        await erase_and_say_goodbye(message, member, session, state, t, forget_chats)
    else:
        await message.answer(t("privacy-forget-already-asked", word=word))


async def on_typed_word(message: Message, member: Member | None, session: AsyncSession,
                        state: FSMContext, t: Translate,
                        forget_chats: ForgetChats | None = None) -> None:
    word = t("privacy-forget-word")
    if member is None or (message.text or "").strip().casefold() != word.casefold():
        await message.answer(t("privacy-forget-wrong-word", word=word))
        return
    await erase_and_say_goodbye(message, member, session, state, t, forget_chats)


async def erase_and_say_goodbye(message: Message, member: Member, session: AsyncSession,
                                state: FSMContext, t: Translate,
                                forget_chats: ForgetChats | None) -> None:
    await state.clear()  # before erasing: the erasure deletes the conversation record
    erasure = await erase_member(session, member.id, actor=f"member:{member.id}")
    for event_id, member_ids in erasure.promoted.items():
        await notices.tell_promoted(session, await session.get_one(Event, event_id), member_ids)
    if forget_chats is not None:  # the runtime's: what it keeps outside the database
        await forget_chats(erasure.chats)
    await message.answer(t("privacy-forget-done"))


def make_router() -> Router:
    router = Router(name="privacy")
    router.message.register(show_notice, Command("privacy"))
    router.message.register(send_my_data, Command("mydata"))
    router.message.register(ask_to_forget, Command("forgetme"))
    router.callback_query.register(on_forget_tap, ForgetCb.filter(F.step.in_(
        {"sure", "erase", "cancel"})))
    router.message.register(on_typed_word, TYPED, Forgetting.really)
    return router
