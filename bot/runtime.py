"""The composition root: engine, dispatcher, channels, outbox sender and scheduler."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import Callable, Sequence

from aiogram import Bot
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.storage.redis import RedisStorage
from aiohttp import web
from redis.asyncio import Redis

from bot.app import build_app
from bot.channels import telegram
from bot.channels.base import Rendered
from bot.channels.console import ConsoleChannel, ConsoleSession
from bot.channels.whatsapp.graph import GraphClient
from bot.channels.whatsapp.inbound import WHATSAPP, WhatsAppChannel
from bot.channels.whatsapp.memory import LocalChatMemory, RedisChatMemory, remembered_seconds
from bot.channels.whatsapp.webhook import WhatsAppWebhook
from bot.config import Settings
from bot.dispatcher import build_dispatcher
from bot.leader import Leadership, follow, lead
from bot.metrics import observe_lag
from bot.observed import PathOnlyAccessLogger, tag_log_records
from bot.outbox import OutboxSender
from bot.payments import MollieGateway
from bot.ratelimit import LocalBuckets, RedisBuckets
from bot.scheduler import JobsInFlight, add_backup_job, build_scheduler
from core.db import create_engine, current_unit_of_work, session_factory
from core.i18n import translator

log = logging.getLogger(__name__)


def payment_gateway(settings: Settings) -> MollieGateway | None:
    """Mollie when a key is configured; without one, orders still close but no payment
    is created until a key is set (the payments wait, nothing is lost)."""
    if settings.mollie_api_key is None:
        return None
    return MollieGateway(settings.mollie_api_key.get_secret_value(),
                         redirect_url=f"{settings.base_url}/orders/paid",
                         webhook_url=f"{settings.base_url}/webhooks/mollie",
                         api_endpoint=settings.mollie_api_endpoint)


def freeze_start_up_objects() -> None:
    """What start-up built (modules, routers, translations, the engine...) lives as long as
    the process. Frozen, it is no longer walked by every full garbage collection: with a few
    hundred thousand objects one took ~0.3 s, a stall that every chat at that moment felt."""
    gc.collect()
    gc.freeze()


class Runtime:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.engine = create_engine(settings.database_url)
        self.sessions = session_factory(self.engine)
        self.translator = translator()
        self.dispatcher = build_dispatcher(self.sessions, self.translator,
                                           settings.default_locale, settings.redis_url,
                                           settings.updates_at_once,
                                           retention_days=settings.retention_days)
        self.dispatcher["panel_url"] = f"{settings.base_url}/admin"  # for /panel's links
        # For /calendar's links: where calendar apps reach the feeds, and whether that is
        # a public address (without one, only this computer can).
        self.dispatcher["web_url"] = settings.base_url
        self.dispatcher["web_is_public"] = bool(settings.public_url)
        self.dispatcher["invite_links"] = settings.invite_links  # for 📨 Invite families
        self.dispatcher["forget_chats"] = self.forget_chats  # for /forgetme
        self.bots: dict[str, Bot] = {}
        self.redis = Redis.from_url(settings.redis_url) if settings.redis_url else None
        # With Redis, every process shares one sending budget; without, this process owns it.
        buckets = RedisBuckets(self.redis) if self.redis else LocalBuckets()
        self.sender = OutboxSender(self.sessions, self.bots, self.translator, buckets=buckets,
                                   whatsapp_templates=settings.whatsapp_templates,
                                   telegram_per_second=settings.telegram_messages_per_second)
        self.payments = payment_gateway(settings)
        self.scheduler = build_scheduler(self.sessions, settings.school_timezone,
                                         settings.processed_update_retention_days,
                                         self.bots, self.translator, self.payments,
                                         record_retention_days=settings.retention_days)
        observe_lag(self.scheduler)
        self.jobs = JobsInFlight(self.scheduler)
        # Every replica starts the scheduler paused; only the leader's runs the jobs.
        self.leadership = Leadership(self.engine, on_gain=lambda: lead(self.scheduler),
                                     on_loss=lambda: follow(self.scheduler))
        tag_log_records()
        if settings.backup_daily_at is not None:
            add_backup_job(self.scheduler, settings.database_url, settings.backup_folder,
                           settings.backup_daily_at)
        self.console: ConsoleChannel | None = None
        self.whatsapp: WhatsAppWebhook | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._web: web.AppRunner | None = None

    def add_console(self, printer: Callable[[Rendered], None] | None = None) -> ConsoleChannel:
        self.console = ConsoleChannel(self.dispatcher, ConsoleSession(printer))
        self.bots[self.console.name] = self.console.bot
        return self.console

    def add_telegram(self) -> Bot:
        bot = telegram.make_bot(self.settings)
        self.bots[telegram.TELEGRAM] = bot
        return bot

    def add_whatsapp(self) -> WhatsAppChannel:
        """WhatsApp through the Cloud API: its webhook joins the web app."""
        settings = self.settings
        assert settings.whatsapp_token and settings.whatsapp_phone_number_id
        if settings.whatsapp_app_secret is None or settings.whatsapp_verify_token is None:
            raise SystemExit("WhatsApp needs WHATSAPP_APP_SECRET (to check Meta's signatures) "
                             "and WHATSAPP_VERIFY_TOKEN (for the webhook handshake)")
        graph = GraphClient(settings.whatsapp_token.get_secret_value(),
                            settings.whatsapp_phone_number_id, settings.whatsapp_api_base)
        remembered = remembered_seconds(settings.retention_days)
        memory = (RedisChatMemory(self.redis, remembered=remembered) if self.redis else
                  LocalChatMemory(remembered))
        channel = WhatsAppChannel(self.dispatcher, graph, memory)
        self.bots[channel.name] = channel.bot
        self.whatsapp = WhatsAppWebhook(channel,
                                        settings.whatsapp_app_secret.get_secret_value(),
                                        settings.whatsapp_verify_token.get_secret_value(),
                                        self.sessions)
        return channel

    async def start(self, serve_web: bool = True, send: bool = True) -> None:
        app = build_app(self)
        telegram_bot = self.bots.get(telegram.TELEGRAM)
        if telegram_bot is not None:
            await telegram.announce(telegram_bot, self.settings, self.translator, self.sessions)
            if self.settings.webhook_mode:
                telegram.mount_webhook(app, self.dispatcher, telegram_bot, self.settings)
            else:
                self._spawn(self.dispatcher.start_polling(telegram_bot, handle_signals=False,
                                                          close_bot_session=False))
        if serve_web:
            self._web = web.AppRunner(app, access_log_class=PathOnlyAccessLogger)
            await self._web.setup()
            await web.TCPSite(self._web, self.settings.web_host, self.settings.web_port).start()
            log.info("web on http://%s:%s", self.settings.web_host, self.settings.web_port)
        if send:
            self._spawn(self.sender.run_forever(self.settings.outbox_poll_seconds))
        if self.whatsapp is not None:
            self.whatsapp.start()  # calls stored by a previous process, first
        self.scheduler.start(paused=True)
        await self.leadership.check()  # a lone replica leads as soon as it has started
        self._spawn(self.leadership.run_forever())
        freeze_start_up_objects()

    async def forget_chats(self, chats: Sequence[tuple[str, str]]) -> None:
        """An erased member's chats (`Erasure.chats`): what is kept under them goes too —
        their conversation state in Redis (the SQL rows went with the erasure), what their
        WhatsApp chat was shown and their WhatsApp calls stored and not processed yet.
        Inside a unit of work, once it has committed."""
        uow = current_unit_of_work()
        if uow is not None:
            uow.after_commit(lambda: self._forget_chats(chats))
        else:
            await self._forget_chats(chats)

    async def _forget_chats(self, chats: Sequence[tuple[str, str]]) -> None:
        storage = self.dispatcher.storage
        for channel, external_id in chats:
            bot = self.bots.get(channel)
            if bot is None or not external_id.lstrip("-").isdecimal():
                continue
            chat = int(external_id)
            if isinstance(storage, RedisStorage):
                key = StorageKey(bot_id=bot.id, chat_id=chat, user_id=chat)
                await storage.set_state(key, None)
                await storage.set_data(key, {})
            if channel == WHATSAPP and self.whatsapp is not None:
                await self.whatsapp.channel.session.memory.forget_chat(chat)
                await self.whatsapp.forget_sender(external_id)

    def _spawn(self, coroutine) -> None:
        self._tasks.append(asyncio.create_task(coroutine))

    async def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.pause()
            await self.jobs.settle()
            self.scheduler.shutdown(wait=False)
        if self.dispatcher._running_lock.locked():
            await self.dispatcher.stop_polling()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.leadership.stop()  # after its task, so that nothing takes the lead again
        if self.whatsapp is not None:
            await self.whatsapp.stop()
        if self._web is not None:
            await self._web.cleanup()
        for bot in self.bots.values():
            await bot.session.close()
        await self.dispatcher.storage.close()
        if self.redis is not None:
            await self.redis.aclose()
        await self.engine.dispose()
