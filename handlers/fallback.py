"""Last stop: whatever no feature understood gets a clear answer and changes nothing."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import channel_of, latest_choices
from core.i18n import Translate
from core.models import Member
from handlers.events import typed_answer_hint
from handlers.keyboards import answer_with_menu


async def on_unknown_command(message: Message, member: Member | None, session: AsyncSession,
                             t: Translate, raw_state: str | None = None) -> None:
    await answer(message, member, session, t, "fallback-unknown-command", raw_state)


async def on_anything(message: Message, member: Member | None, session: AsyncSession,
                      t: Translate, raw_state: str | None = None) -> None:
    if member is None:
        await message.answer(t("access-register-first"))
    elif raw_state is not None:  # in a dialog, at a step no typed answer fits: a button
        await use_the_buttons(message, t)
    elif message.text is None:  # a voice note, a sticker, a photo: no one will read it
        await answer(message, member, session, t, "fallback-not-text", raw_state)
    elif member.is_active and await typed_answer_hint(message, member, session, t):
        return  # "oui" typed under an invitation: its buttons again
    else:
        await answer(message, member, session, t, "fallback-not-understood", raw_state)


async def use_the_buttons(message: Message, t: Translate) -> None:
    """Where a typed answer presses only the latest message's buttons (WhatsApp), the
    buttons come again under the nudge: else the nudge, now the latest message, would
    leave the "oui" typed next nothing to press."""
    markup = await latest_choices(message.bot, message.chat.id)
    if markup is None:
        await message.answer(t("fallback-use-the-buttons"))
    else:
        await message.answer(t("start-tap-a-button"), reply_markup=markup)


async def answer(message: Message, member: Member | None, session: AsyncSession, t: Translate,
                 message_id: str, raw_state: str | None) -> None:
    """Outside a dialog, a member is shown the main menu's buttons with the answer: on
    WhatsApp, "send /menu" is one more thing to type."""
    if member is None or not member.is_active or raw_state is not None:
        await message.answer(t(message_id))
    else:
        await answer_with_menu(message, member, session, t, t(message_id))


async def on_stale_button(callback: CallbackQuery, session: AsyncSession, t: Translate,
                          member: Member | None = None) -> None:
    """An old button; a stranger (a registration stopped) has no /menu to go back to.
    Telegram shows the answer over the chat; elsewhere it is a message of its own, so it
    comes with the menu's buttons rather than "send /menu"."""
    if channel_of(callback.bot) == "telegram" or member is None or not member.is_active:
        await callback.answer(t("button-stale" if member else "access-register-first"),
                              show_alert=True)
        return
    await callback.answer()
    await answer_with_menu(callback.message, member, session, t, t("button-stale-menu"))


def make_router() -> Router:
    router = Router(name="fallback")
    router.message.register(on_unknown_command, F.text.startswith("/"))
    router.message.register(on_anything)
    router.callback_query.register(on_stale_button)
    return router
