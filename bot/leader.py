"""Which replica runs the scheduler's jobs: the holder of a PostgreSQL advisory lock.

The lock is taken with `pg_try_advisory_lock` on a connection of its own, kept open while
leading; PostgreSQL releases it the moment that connection ends, also when the process is
killed. Followers try again every `retry` seconds, so a dead leader is replaced within
seconds; the leader checks its connection at the same pace and steps down when it is
lost (the lock may then be someone else's). On SQLite there is one process: it leads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime

from apscheduler.schedulers.base import BaseScheduler
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.pool import NullPool

from bot.metrics import SCHEDULER_LEADER

log = logging.getLogger(__name__)
LOCK_KEY = 0x5C400_1EAD  # any constant; the same in every replica
RETRY_SECONDS = 2.0


class Leadership:
    def __init__(self, engine: AsyncEngine, on_gain: Callable[[], None],
                 on_loss: Callable[[], None], retry: float = RETRY_SECONDS) -> None:
        self.on_gain, self.on_loss, self.retry = on_gain, on_loss, retry
        self.shared = engine.dialect.name == "postgresql"
        # Its own engine without a pool: closing the connection really ends the session,
        # and with it the lock (a pooled connection would keep it).
        self._engine = (create_async_engine(engine.url, poolclass=NullPool) if self.shared
                        else None)
        self._connection: AsyncConnection | None = None
        self.leading = False

    async def run_forever(self) -> None:
        while True:
            await asyncio.sleep(self.retry)
            await self.check()

    async def check(self) -> None:
        """One attempt: take the lead if it is free, or make sure it is still ours."""
        if not self.shared:
            if not self.leading:
                self._gain()
            return
        try:
            await asyncio.wait_for(self._step(), timeout=self.retry * 2)
        except Exception as error:  # the database is away: step down, try again later
            log.warning("scheduler leadership check failed: %s", type(error).__name__)
            await self._drop_connection()

    async def _step(self) -> None:
        assert self._engine is not None
        if self._connection is None:
            self._connection = await self._engine.connect()
        if self.leading:
            await self._connection.execute(text("SELECT 1"))
        elif await self._connection.scalar(text("SELECT pg_try_advisory_lock(:key)"),
                                           {"key": LOCK_KEY}):
            self._gain()
        await self._connection.commit()  # the lock is the session's, not the transaction's

    def _gain(self) -> None:
        self.leading = True
        SCHEDULER_LEADER.set(1)
        log.info("this replica now runs the scheduled jobs")
        self.on_gain()

    async def _drop_connection(self) -> None:
        if self.leading:
            self.leading = False
            SCHEDULER_LEADER.set(0)
            self.on_loss()
        if self._connection is not None:
            with contextlib.suppress(Exception):
                await self._connection.close()
            self._connection = None

    async def stop(self) -> None:
        await self._drop_connection()
        if self._engine is not None:
            await self._engine.dispose()


def lead(scheduler: BaseScheduler) -> None:
    """A new leader does at once what the previous one may have left undone, then
    follows the usual intervals (every job reads what is due from the database)."""
    now = datetime.now(scheduler.timezone)
    for job in scheduler.get_jobs():
        job.modify(next_run_time=now)
    scheduler.resume()


def follow(scheduler: BaseScheduler) -> None:
    if scheduler.running:
        scheduler.pause()
