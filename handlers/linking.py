"""/link: use SchoolHub from another chat app too. A member asks for a code here and
sends `/link CODE` from the other app, where they are not registered yet."""

from __future__ import annotations

from aiogram import Bot, Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import channel_of
from bot.commands import refresh_after_commit
from core.db import UnitOfWork
from core.errors import DomainError
from core.i18n import Translate, Translator
from core.members.linking import VALID_FOR, create_link_code, link_identity
from core.models import Member, MemberStatus


async def on_link(message: Message, command: CommandObject, bot: Bot, session: AsyncSession,
                  state: FSMContext, t: Translate, translator: Translator, uow: UnitOfWork,
                  member: Member | None = None) -> None:
    await state.clear()
    if member is None:
        await link_this_chat(message, command.args, bot, session, translator, uow)
        return
    if command.args:
        raise DomainError("linking-already-registered")
    if member.status != MemberStatus.ACTIVE:
        raise DomainError("linking-code-invalid")
    link = await create_link_code(session, member)
    await message.answer(t("linking-code", code=link.code,
                           minutes=int(VALID_FOR.total_seconds() // 60)))


async def link_this_chat(message: Message, code: str | None, bot: Bot, session: AsyncSession,
                         translator: Translator, uow: UnitOfWork) -> None:
    """A stranger's chat joins the member whose /link code it is (sent with /link, or
    pasted alone), who is greeted in their own language, and finds their own menu."""
    linked = await link_identity(session, code, channel_of(bot), str(message.from_user.id))
    refresh_after_commit(uow, bot, translator, message.chat.id, linked)
    await message.answer(translator.for_locale(linked.locale)(
        "linking-done", name=linked.first_name))


def make_router() -> Router:
    router = Router(name="linking")
    router.message.register(on_link, Command("link"))
    return router
