"""A school's vital signs over time, for the panel's charts. Grouped in Python so the
same code runs on SQLite and PostgreSQL (a school's rows over months are few)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.models import OutboxMessage, OutboxStatus, SelTransfer, TransferKind

EXCHANGES = (TransferKind.PAYMENT, TransferKind.REQUEST)  # not openings, not corrections


def last_months(today: date, count: int) -> list[str]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.insert(0, f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


async def transfers_per_month(session: AsyncSession, school_id: int, months: int = 6
                              ) -> list[tuple[str, int, int]]:
    """(month, transfers, units) for the last months, oldest first, empty months too."""
    labels = last_months(utcnow().date(), months)
    since = datetime.fromisoformat(f"{labels[0]}-01T00:00:00+00:00")
    rows = await session.execute(select(SelTransfer.created_at, SelTransfer.units).where(
        SelTransfer.school_id == school_id, SelTransfer.created_at >= since,
        SelTransfer.kind.in_(EXCHANGES)))
    counts, units = Counter(), Counter()
    for created_at, amount in rows:
        counts[f"{created_at:%Y-%m}"] += 1
        units[f"{created_at:%Y-%m}"] += amount
    return [(label, counts[label], units[label]) for label in labels]


async def messages_per_day(session: AsyncSession, school_id: int, days: int = 30
                           ) -> list[tuple[date, int]]:
    """Messages the bot delivered per day, the last `days` days."""
    today = utcnow().date()
    since = datetime.combine(today - timedelta(days=days - 1), datetime.min.time(), UTC)
    rows = await session.scalars(select(OutboxMessage.sent_at).where(
        OutboxMessage.school_id == school_id, OutboxMessage.status == OutboxStatus.SENT,
        OutboxMessage.sent_at >= since))
    per_day = Counter(moment.date() for moment in rows)
    return [(today - timedelta(days=offset), per_day[today - timedelta(days=offset)])
            for offset in range(days - 1, -1, -1)]
