"""Prometheus metrics of the process, served at /metrics.

Counters live in the process (each replica is scraped on its own); the outbox backlog is
read from the database at scrape time, so every replica reports the same shared figure.
"""

from __future__ import annotations

from datetime import datetime

from apscheduler.events import EVENT_JOB_SUBMITTED, JobSubmissionEvent
from apscheduler.schedulers.base import BaseScheduler
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core import facts
from core.models import OutboxMessage, OutboxStatus

UPDATES = Counter("schoolhub_updates_total", "Inbound updates, by type and outcome",
                  ["channel", "type", "outcome"])
HANDLER_SECONDS = Histogram(
    "schoolhub_update_seconds", "Time to handle one update, transaction included",
    ["channel"], buckets=(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5))
OUTBOX_BACKLOG = Gauge("schoolhub_outbox_backlog", "Outbox messages waiting or being sent")
OUTBOX_SENDS = Counter("schoolhub_outbox_sends_total", "Outbox delivery attempts, by result",
                       ["channel", "result"])
SCHEDULER_LAG = Histogram(
    "schoolhub_scheduler_lag_seconds", "How late scheduled jobs start", ["job"],
    buckets=(0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300))
SCHEDULER_LEADER = Gauge("schoolhub_scheduler_leader", "1 while this replica runs the jobs")
TRANSFERS = Counter("schoolhub_sel_transfers_total", "Committed SEL transfers", ["kind"])

facts.listen("sel-transfer", lambda kind: TRANSFERS.labels(kind).inc())


async def outbox_backlog(sessions: async_sessionmaker[AsyncSession]) -> int:
    async with sessions() as session:
        backlog = await session.scalar(
            select(func.count()).select_from(OutboxMessage)
            .where(OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING])))
    OUTBOX_BACKLOG.set(backlog or 0)
    return backlog or 0


def observe_lag(scheduler: BaseScheduler) -> None:
    def submitted(event: JobSubmissionEvent) -> None:
        scheduled = min(event.scheduled_run_times)
        late = (datetime.now(scheduled.tzinfo) - scheduled).total_seconds()
        SCHEDULER_LAG.labels(event.job_id).observe(max(late, 0.0))

    scheduler.add_listener(submitted, EVENT_JOB_SUBMITTED)


def exposition() -> tuple[bytes, str]:
    """The text format body and its content type."""
    return generate_latest(), CONTENT_TYPE_LATEST
