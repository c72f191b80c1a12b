"""APScheduler jobs. Each job reads what is due from the database, so nothing that
matters lives in the scheduler's memory and a restart loses nothing."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from zoneinfo import ZoneInfo

from aiogram import Bot
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_SUBMITTED
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.announcement_status import refresh_status_messages, start_status_message
from bot.ops.backup import backup, backup_file_name
from bot.ops.rotation import SCHEDULED_PREFIX, rotate
from core.announcements import schedule
from core.clock import utcnow
from core.db import unit_of_work
from core.events import reminders
from core.i18n import Translator
from core.models import Member
from core.orders import closing, payments, refunds
from core.orders.payments import PaymentGateway
from core.outbox import Button, enqueue_for_member, units_arg
from core.retention import Purged, purge_expired
from core.schools import year
from core.sel import posts, requests
from core.week import queue_digests
from handlers.announcements import read_buttons
from handlers.events import cannot_come_button, rsvp_buttons
from handlers.orders_manage import extend_buttons
from handlers.sel_posts import PostsCb
from handlers.week import digest_buttons

log = logging.getLogger(__name__)


async def purge_old_records(sessions: async_sessionmaker[AsyncSession], retention_days: int,
                            processed_update_days: int) -> Purged:
    """Once a day: plumbing records past their retention period (core/retention.py)."""
    async with unit_of_work(sessions) as uow:
        purged = await purge_expired(uow.session, retention_days=retention_days,
                                     processed_update_days=processed_update_days)
    log.info("purged old records: %s", purged)
    return purged


async def send_scheduled_announcements(sessions: async_sessionmaker[AsyncSession],
                                      bots: dict[str, Bot], translator: Translator) -> int:
    """Scheduled announcements whose time has come (also one missed while SchoolHub was
    down) go out, each once and in its own transaction (core/announcements/schedule.py);
    then each author's status message starts. Returns how many went out."""
    async with sessions() as session:
        due = await schedule.due(session, utcnow())
    sent = 0
    for announcement_id in due:
        async with unit_of_work(sessions) as uow:
            went = await schedule.send_due(uow.session, announcement_id, utcnow(),
                                           read_buttons)
        if went is not None and not went.refused:
            sent += 1
            await start_status_message(sessions, bots, translator, announcement_id)
    return sent


async def expire_sel_requests(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Requests unanswered for 14 days expire; each requester is told once."""
    async with unit_of_work(sessions) as uow:
        expired = await requests.expire_due(uow.session)
        for request in expired:
            requester = await uow.session.get_one(Member, request.requester_id)
            payer = await uow.session.get_one(Member, request.payer_id)
            await enqueue_for_member(uow.session, requester,
                                     purpose=f"sel-request-expired:{request.id}",
                                     message_id="sel-request-expired-notice",
                                     args={"name": payer.full_name,
                                           "amount": units_arg(request.units)})
    return len(expired)


async def remind_expiring_posts(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Seven days before a post ends, its author gets one reminder with a Renew button."""
    async with unit_of_work(sessions) as uow:
        due = await posts.due_for_reminder(uow.session)
        for post in due:
            author = await uow.session.get_one(Member, post.member_id)
            renew = PostsCb(action="renew", post_id=post.id).pack()
            await enqueue_for_member(uow.session, author, purpose=posts.expiry_purpose(post.id)
                                     + post.expires_at.isoformat(),
                                     message_id="posts-expiry-reminder",
                                     args={"title": post.title},
                                     buttons=[[Button("posts-renew", renew)]])
    return len(due)


async def queue_event_reminders(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Reminders and answer nudges that are due now, read from the events table."""
    async with unit_of_work(sessions) as uow:
        return await reminders.queue_due(uow.session, utcnow(), rsvp_buttons, cannot_come_button)


async def send_week_digests(sessions: async_sessionmaker[AsyncSession]) -> int:
    """On Sunday from 18:00, school time: the week of each member who asked for it
    (core/week.py); at other times, nothing."""
    async with unit_of_work(sessions) as uow:
        return await queue_digests(uow.session, utcnow(), digest_buttons)


async def close_due_orders(sessions: async_sessionmaker[AsyncSession]) -> int:
    """Orders past their deadline: confirmed with payments, or cancelled; and the
    organisers of orders still below their minimum a day before, warned."""
    async with unit_of_work(sessions) as uow:
        await closing.warn_organisers(uow.session, utcnow(), extend_buttons)
        return await closing.close_due(uow.session, utcnow())


async def remind_unpaid_orders(sessions: async_sessionmaker[AsyncSession]) -> int:
    async with unit_of_work(sessions) as uow:
        return await payments.remind_unpaid(uow.session, utcnow())


async def remind_new_school_year(sessions: async_sessionmaker[AsyncSession]) -> int:
    """From 1 September, each school still in last year's records: its admins told once
    to start the new year in the panel (core/schools/year.py)."""
    async with unit_of_work(sessions) as uow:
        return await year.remind_admins(uow.session)


def add_payment_jobs(scheduler: AsyncIOScheduler, sessions: async_sessionmaker[AsyncSession],
                     gateway: PaymentGateway) -> None:
    """Talking to Mollie: payments to create, refunds to make, statuses to re-check (of
    payments and refunds)."""
    scheduler.add_job(payments.issue_pending, "interval", seconds=5, args=[sessions, gateway],
                      id="issue-payments", coalesce=True, max_instances=1)
    scheduler.add_job(payments.issue_refunds, "interval", seconds=30, args=[sessions, gateway],
                      id="issue-refunds", coalesce=True, max_instances=1)
    scheduler.add_job(payments.reconcile, "interval", minutes=10, args=[sessions, gateway],
                      id="reconcile-payments", coalesce=True, max_instances=1)
    scheduler.add_job(refunds.follow_refunds, "interval", minutes=10, args=[sessions, gateway],
                      id="follow-refunds", coalesce=True, max_instances=1)


async def daily_backup(database_url: str, folder: Path) -> bool:
    """A verified backup under `folder`, then rotation (7 daily, 4 weekly)."""
    path = folder / backup_file_name(database_url, utcnow(), prefix=SCHEDULED_PREFIX)
    verification = await backup(database_url, path)
    if not verification.ok:
        log.error("daily backup failed verification:\n%s", verification.report())
        return False
    removed = await asyncio.to_thread(rotate, folder)
    log.info("daily backup %s verified; rotation removed %s", path.name, len(removed))
    return True


def add_backup_job(scheduler: AsyncIOScheduler, database_url: str, folder: Path,
                   hour: int) -> None:
    # A restart just after the hour still backs up (grace), never twice (coalesce).
    scheduler.add_job(daily_backup, "cron", hour=hour, minute=0, args=[database_url, folder],
                      id="daily-backup", coalesce=True, max_instances=1,
                      misfire_grace_time=3600)


class JobsInFlight:
    """Counts the jobs running now, so that a stopping process lets them finish: a job
    cancelled in the middle of a database call would leave its connection behind (and
    asyncio waiting for it forever)."""

    SETTLE_SECONDS = 30.0

    def __init__(self, scheduler: AsyncIOScheduler) -> None:
        self.running = 0
        self.idle = asyncio.Event()
        self.idle.set()
        scheduler.add_listener(self._started, EVENT_JOB_SUBMITTED)
        scheduler.add_listener(self._ended, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)

    def _started(self, _event: object) -> None:
        self.running += 1
        self.idle.clear()

    def _ended(self, _event: object) -> None:
        self.running -= 1
        if self.running == 0:
            self.idle.set()

    async def settle(self) -> None:
        """Wait until no job runs (pause the scheduler first), for a while at most."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self.SETTLE_SECONDS):
                await self.idle.wait()


def build_scheduler(sessions: async_sessionmaker[AsyncSession], timezone: str,
                    retention_days: int, bots: dict[str, Bot],
                    translator: Translator,
                    gateway: PaymentGateway | None = None,
                    record_retention_days: int = 90) -> AsyncIOScheduler:
    scheduler = AsyncIOScheduler(timezone=ZoneInfo(timezone))
    if gateway is not None:
        add_payment_jobs(scheduler, sessions, gateway)
    scheduler.add_job(close_due_orders, "interval", minutes=1, args=[sessions],
                      id="close-orders", coalesce=True, max_instances=1)
    scheduler.add_job(remind_unpaid_orders, "interval", hours=1, args=[sessions],
                      id="remind-unpaid-orders", coalesce=True, max_instances=1)
    scheduler.add_job(refresh_status_messages, "interval", seconds=5,
                      args=[sessions, bots, translator], id="announcement-status",
                      coalesce=True, max_instances=1)
    scheduler.add_job(send_scheduled_announcements, "interval", seconds=30,
                      args=[sessions, bots, translator], id="scheduled-announcements",
                      coalesce=True, max_instances=1)
    scheduler.add_job(purge_old_records, "interval", days=1,
                      args=[sessions, record_retention_days, retention_days],
                      id="purge-old-records", coalesce=True, max_instances=1)
    scheduler.add_job(remind_expiring_posts, "interval", hours=1, args=[sessions],
                      id="remind-expiring-posts", coalesce=True, max_instances=1)
    scheduler.add_job(queue_event_reminders, "interval", minutes=1, args=[sessions],
                      id="event-reminders", coalesce=True, max_instances=1)
    scheduler.add_job(expire_sel_requests, "interval", minutes=15, args=[sessions],
                      id="expire-sel-requests", coalesce=True, max_instances=1)
    scheduler.add_job(remind_new_school_year, "interval", hours=1, args=[sessions],
                      id="new-school-year-reminder", coalesce=True, max_instances=1)
    # Every hour on the hour: each school's Sunday 18:00 is on its own clock, which may
    # not be this scheduler's (SCHOOL_TIMEZONE); a leader taking over runs it at once
    # (lead), and each run queues only what is due and not queued yet
    # (core.week.queue_digests), once per member and Sunday.
    scheduler.add_job(send_week_digests, "cron", minute=0, args=[sessions],
                      id="week-digests", coalesce=True, max_instances=1,
                      misfire_grace_time=3600)
    return scheduler
