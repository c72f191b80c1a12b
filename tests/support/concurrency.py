"""Concurrency on PostgreSQL: start a piece of work once it waits for a lock the test
holds, to see what it does once the lock is released."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from sqlalchemy import text

T = TypeVar("T")


async def waiting_on_a_lock(sessions) -> int:
    async with sessions() as session:
        return await session.scalar(text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"))


async def started_and_waiting(sessions, work: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
    """`work` started in a task of its own, once it waits for a lock the caller holds."""
    task = asyncio.create_task(work)
    while not await waiting_on_a_lock(sessions):
        assert not task.done()
        await asyncio.sleep(0.05)
    return task
