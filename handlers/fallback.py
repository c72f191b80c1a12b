"""Last stop: whatever no feature understood gets a clear answer and changes nothing."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import CallbackQuery, Message

from core.i18n import Translate
from core.models import Member


async def on_unknown_command(message: Message, t: Translate) -> None:
    await message.answer(t("fallback-unknown-command"))


async def on_anything(message: Message, member: Member | None, t: Translate,
                      raw_state: str | None = None) -> None:
    if member is None:
        await message.answer(t("access-register-first"))
    elif raw_state is not None:  # in a dialog, at a step no typed answer fits: a button
        await message.answer(t("fallback-use-the-buttons"))
    else:
        await message.answer(t("fallback-not-understood"))


async def on_stale_button(callback: CallbackQuery, t: Translate) -> None:
    await callback.answer(t("button-stale"), show_alert=True)


def make_router() -> Router:
    router = Router(name="fallback")
    router.message.register(on_unknown_command, F.text.startswith("/"))
    router.message.register(on_anything)
    router.callback_query.register(on_stale_button)
    return router
