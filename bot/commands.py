"""Telegram's command menu: per language, and per role for reps and admins."""

from __future__ import annotations

from functools import partial

from aiogram import Bot
from aiogram.types import BotCommand, BotCommandScopeAllPrivateChats, BotCommandScopeChat
from sqlalchemy import select

from bot.channels.base import channel_of
from core.db import UnitOfWork
from core.i18n import LOCALES, Translator
from core.members.service import role_names
from core.models import Identity, Member, RoleKind

COMMANDS = {
    RoleKind.PARENT: ("menu", "week", "events", "calendar", "orders", "balance", "pay", "request",
                      "history", "offers", "profile", "children", "family",
                      "language", "link", "privacy", "mydata", "forgetme", "help", "cancel"),
    RoleKind.CLASS_REP: ("announce", "myannouncements", "newevent", "neworder", "myclass",
                         "linkgroup"),
    RoleKind.ADMIN: ("announce", "myannouncements", "newevent", "neworder", "pending",
                     "reverse", "limits", "panel"),
}


def commands_for(translator: Translator, locale: str, roles: set[str]) -> list[BotCommand]:
    names = list(dict.fromkeys(name for kind, extra in COMMANDS.items()
                               if kind in roles | {"parent"} for name in extra))
    return [BotCommand(command=name, description=translator.format(locale, f"command-{name}"))
            for name in names]


async def publish_default_commands(bot: Bot, translator: Translator) -> None:
    for locale in LOCALES:
        await bot.set_my_commands(commands_for(translator, locale, {RoleKind.PARENT}),
                                  scope=BotCommandScopeAllPrivateChats(), language_code=locale)


async def publish_member_commands(bot: Bot, translator: Translator, chat_id: int, locale: str,
                                  roles: set[str]) -> None:
    """A member's own menu: in the language they chose (Telegram's default menus follow the
    phone's language, which is often not the one picked here), with a rep's or an admin's
    extra commands."""
    await bot.set_my_commands(commands_for(translator, locale, roles),
                              scope=BotCommandScopeChat(chat_id=chat_id))


def refresh_after_commit(uow: UnitOfWork, bot: Bot, translator: Translator, chat_id: int,
                         member: Member) -> None:
    """A member who just registered, changed language or got a role sees their menu at
    once."""
    if channel_of(bot) != "telegram":
        return
    roles = role_names(member)
    uow.after_commit(lambda: publish_member_commands(bot, translator, chat_id, member.locale,
                                                     roles))


class PanelMenus:
    """The panel gives and takes roles away from outside the member's chat: their Telegram
    chats get the menu of the roles they have now. (Telegram keeps a chat's own menu until
    it is replaced, so a rep whose role was taken back kept the rep's commands.)"""

    def __init__(self, bots: dict[str, Bot], translator: Translator) -> None:
        self.bots, self.translator = bots, translator  # filled as channels are added

    async def roles_changed(self, uow: UnitOfWork, member: Member) -> None:
        bot = self.bots.get("telegram")
        if bot is None:
            return
        chats = await uow.session.scalars(select(Identity.external_id).where(
            Identity.member_id == member.id, Identity.channel == "telegram"))
        roles = role_names(member)
        for chat_id in chats:
            uow.after_commit(partial(publish_member_commands, bot, self.translator,
                                     int(chat_id), member.locale, roles))
