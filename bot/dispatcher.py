"""The one aiogram Dispatcher every channel feeds."""

from __future__ import annotations

from datetime import timedelta

from aiogram import Dispatcher
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, DefaultKeyBuilder
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram.fsm.storage.redis import RedisEventIsolation
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.fsm_storage import CommittedRedisStorage, SqlStorage
from bot.middlewares import LocaleMiddleware, MemberMiddleware, UnitOfWorkMiddleware
from bot.observed import ObservedUpdates
from core.i18n import Translator
from handlers import build_router


def fsm_backend(redis_url: str | None, sessions: async_sessionmaker[AsyncSession], *,
                retention_days: int) -> tuple[BaseStorage, BaseEventIsolation]:
    """Redis when configured (several replicas), else SQL; either survives a restart and
    either commits with the update's transaction (see bot/fsm_storage.py). A draft left
    untouched for `retention_days` goes: Redis expires it, the SQL rows are purged
    (core/retention.py).

    Event isolation serialises one person's updates, so a double tap is handled after
    the first tap's transaction, never beside it; with Redis the lock is shared, so two
    replicas never handle the same chat at once.
    """
    if redis_url:
        idle = timedelta(days=retention_days)
        storage = CommittedRedisStorage.from_url(
            redis_url, key_builder=DefaultKeyBuilder(with_bot_id=True), state_ttl=idle,
            data_ttl=idle)
        return storage, RedisEventIsolation(storage.redis, key_builder=storage.key_builder)
    return SqlStorage(sessions), SimpleEventIsolation()


def build_dispatcher(sessions: async_sessionmaker[AsyncSession], translator: Translator,
                     default_locale: str, redis_url: str | None = None,
                     updates_at_once: int = 20, *, retention_days: int) -> Dispatcher:
    storage, isolation = fsm_backend(redis_url, sessions, retention_days=retention_days)
    # aiogram's FSM middleware is replaced by ours, which reads the state inside the
    # update's transaction (see UnitOfWorkMiddleware). Outermost first:
    dispatcher = Dispatcher(storage=storage, events_isolation=isolation, disable_fsm=True)
    dispatcher.update.outer_middleware(ObservedUpdates())  # the whole wait, line included
    dispatcher.update.outer_middleware(UnitOfWorkMiddleware(
        sessions, translator, default_locale, dispatcher.fsm, updates_at_once))
    dispatcher.update.outer_middleware(MemberMiddleware())
    dispatcher.update.outer_middleware(LocaleMiddleware(translator, default_locale))
    dispatcher.include_router(build_router())
    return dispatcher
