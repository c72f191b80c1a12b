"""Inbound dedupe: the first delivery of an update wins, replays do nothing."""

from datetime import timedelta

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.db import ignoring_conflicts
from core.models import ProcessedUpdate


async def first_delivery(session: AsyncSession, channel: str, update_key: str) -> bool:
    """Record the update in the current transaction; False when it was seen before.

    Because the row commits with the update's effects, a failed update is not marked
    and its redelivery is processed again.
    """
    # Core, not ORM, execution: the ORM would take a dict of values as a bulk insert,
    # which reports no row count.
    connection = await session.connection()
    result = await connection.execute(ignoring_conflicts(session, ProcessedUpdate),
                                      {"channel": channel, "update_key": update_key})
    return result.rowcount == 1


async def purge_processed(session: AsyncSession, older_than_days: int) -> int:
    """Dedupe marks are only needed while a channel may still redeliver."""
    result = await session.execute(
        delete(ProcessedUpdate).where(
            ProcessedUpdate.processed_at < utcnow() - timedelta(days=older_than_days)
        )
    )
    return result.rowcount
