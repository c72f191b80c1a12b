"""Telegram, the native channel: long polling, or a webhook on the shared aiohttp app."""

from __future__ import annotations

import logging

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.base import ChannelBot
from bot.commands import publish_default_commands, publish_member_commands
from bot.config import Settings
from core.i18n import Translator
from core.models import Identity, Member, Role, RoleKind

TELEGRAM = "telegram"
WEBHOOK_PATH = "/webhooks/telegram"
log = logging.getLogger(__name__)


def make_bot(settings: Settings) -> ChannelBot:
    assert settings.telegram_bot_token is not None
    session = None
    if settings.telegram_api_base:
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_base))
    return ChannelBot(settings.telegram_bot_token.get_secret_value(), channel=TELEGRAM,
                      session=session)


class AnswerWhenHandled(SimpleRequestHandler):
    """Telegram gets its 200 once the update is handled and committed: a replica that
    dies mid-update sends none, so Telegram delivers the update again (the dedupe mark
    makes a second delivery of a finished one harmless). An update whose handling failed
    is answered too (the person was told, aiogram logged it), so that it cannot hold
    back the updates after it."""

    async def _handle_request(self, bot: Bot, request: web.Request) -> web.Response:
        try:
            return await super()._handle_request(bot, request)
        except Exception:
            return web.json_response({}, dumps=bot.session.json_dumps)


def mount_webhook(app: web.Application, dispatcher: Dispatcher, bot: ChannelBot,
                  settings: Settings) -> None:
    """Telegram posts updates here; the secret-token header proves it is Telegram."""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    AnswerWhenHandled(dispatcher=dispatcher, bot=bot, secret_token=secret,
                      handle_in_background=False).register(app, path=WEBHOOK_PATH)


async def announce(bot: ChannelBot, settings: Settings, translator: Translator,
                   sessions: async_sessionmaker[AsyncSession]) -> None:
    """At start: the command menus, and the webhook (or its removal, for polling)."""
    await publish_default_commands(bot, translator)
    async with sessions() as session:
        rows = await session.execute(
            select(Identity.external_id, Member.locale, Role.kind)
            .join(Member, Member.id == Identity.member_id)
            .join(Role, Role.member_id == Member.id)
            .where(Identity.channel == TELEGRAM,
                   Role.kind.in_([RoleKind.ADMIN, RoleKind.CLASS_REP]))
        )
        staff: dict[tuple[str, str], set[str]] = {}
        for external_id, locale, kind in rows:
            staff.setdefault((external_id, locale), set()).add(kind)
    for (external_id, locale), roles in staff.items():
        await publish_member_commands(bot, translator, int(external_id), locale, roles)
    if settings.webhook_mode:
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        await bot.set_webhook(settings.public_url.rstrip("/") + WEBHOOK_PATH,
                              secret_token=secret, drop_pending_updates=False)
    else:
        await bot.delete_webhook(drop_pending_updates=False)
