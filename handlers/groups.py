"""Class group chats: /linkgroup in the group, confirmed by the rep in private; the
group follows a supergroup upgrade. Nothing else said in groups is answered."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import channel_of
from core.announcements import groups
from core.errors import DomainError
from core.i18n import Translate
from core.models import Member, SchoolClass
from handlers.filters import ChatTypes
from handlers.keyboards import ButtonData, buttons, class_label

GROUP_CHATS = {"group", "supergroup"}


class LinkCb(ButtonData, prefix="grp"):
    __big__ = frozenset({"chat_id"})  # a Telegram group's id: -100 and ten digits

    class_id: int
    chat_id: int


async def on_linkgroup(message: Message, member: Member | None, session: AsyncSession,
                       bot: Bot, t: Translate) -> None:
    if member is None or not member.is_active or not groups.rep_classes(member):
        raise DomainError("groups-rep-only")
    choices = []
    for class_id in groups.rep_classes(member):
        klass = await session.get_one(SchoolClass, class_id)
        choices.append((t("groups-link-to", klass=class_label(t, klass)),
                        LinkCb(class_id=class_id, chat_id=message.chat.id)))
    await bot.send_message(chat_id=message.from_user.id,
                           text=t("groups-confirm", group=message.chat.title or "?"),
                           reply_markup=buttons(*choices, width=1))
    await message.answer(t("groups-confirm-in-private", name=member.first_name))


async def on_linkgroup_in_private(message: Message, t: Translate) -> None:
    """A rep who sends /linkgroup to the bot itself is told where it belongs (others get
    the usual unknown-command answer)."""
    await message.answer(t("groups-send-in-group"))


async def is_rep(_: Message, member: Member | None = None) -> bool:
    return member is not None and bool(groups.rep_classes(member))


async def on_link(callback: CallbackQuery, callback_data: LinkCb, member: Member,
                  session: AsyncSession, bot: Bot, t: Translate) -> None:
    klass = await groups.link(session, member, callback_data.class_id, channel_of(bot),
                              str(callback_data.chat_id), "")
    await callback.answer()
    await callback.message.answer(t("groups-linked", klass=class_label(t, klass)))
    await bot.send_message(chat_id=callback_data.chat_id,
                           text=t("groups-linked-here", klass=class_label(t, klass)))


async def on_migrated(message: Message, session: AsyncSession, bot: Bot) -> None:
    await groups.moved(session, channel_of(bot), str(message.chat.id),
                       str(message.migrate_to_chat_id))


def make_router() -> Router:
    router = Router(name="groups")
    router.message.filter(ChatTypes(*GROUP_CHATS))
    router.message.register(on_linkgroup, Command("linkgroup"))
    router.message.register(on_migrated, F.migrate_to_chat_id)
    router.callback_query.register(on_link, LinkCb.filter())
    return router
