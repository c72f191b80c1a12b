"""Three `schoolhub run` processes behind one PostgreSQL and one Redis, as replicas run
in production (webhook mode, Telegram played by a local Bot API server): due reminders
go out once in total, and when the scheduler's leader is killed another one takes over.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy import func, insert, select

from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.models import Answer, Event, Identity, Member, OutboxMessage, OutboxStatus, Rsvp
from core.schools import create_school
from tests.conftest import fresh_pg_database
from tests.support.servers import free_port
from tests.support.telegram_api import LocalBotApi

SCHOOLHUB = str(Path(sys.executable).with_name("schoolhub"))
PARENTS = 1000
FIRST_CHAT = 600_000
TAKEOVER_SECONDS = 10


async def seed_due_reminders(database_url: str) -> None:
    """A thousand parents said yes to an event starting in just under two hours: each
    one's two-hour reminder is due now, all in the same minute."""
    engine = create_engine(database_url)
    try:
        async with unit_of_work(session_factory(engine)) as uow:
            school = await create_school(uow.session, "École Replicas")
            school.quiet_end = school.quiet_start  # no quiet hours: the test runs any time
            await uow.session.flush()
            member_ids = list(await uow.session.scalars(
                insert(Member).returning(Member.id),
                [{"school_id": school.id, "first_name": f"P{i}", "last_name": "Parent",
                  "locale": "en"} for i in range(PARENTS)]))
            await uow.session.execute(insert(Identity), [
                {"member_id": member_id, "channel": "telegram",
                 "external_id": str(FIRST_CHAT + i)} for i, member_id in enumerate(member_ids)])
            event = Event(school_id=school.id, title="School fair", created_by=member_ids[0],
                          starts_at=utcnow() + timedelta(hours=2, minutes=-1))
            uow.session.add(event)
            await uow.session.flush()
            await uow.session.execute(insert(Rsvp), [
                {"event_id": event.id, "member_id": member_id, "answer": Answer.YES}
                for member_id in member_ids])
    finally:
        await engine.dispose()


def start_replica(database_url: str, redis_url: str, bot_api: LocalBotApi, port: int,
                  folder: Path) -> subprocess.Popen:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("TELEGRAM_", "WHATSAPP_", "MOLLIE_", "PUBLIC_URL"))}
    env.update(DATABASE_URL=database_url.replace("+asyncpg", ""), REDIS_URL=redis_url,
               TELEGRAM_BOT_TOKEN="123:TEST", TELEGRAM_API_BASE=bot_api.base_url,
               PUBLIC_URL=f"http://127.0.0.1:{port}", WEBHOOK_SECRET="replica-secret",
               WEB_HOST="127.0.0.1", WEB_PORT=str(port), OUTBOX_POLL_SECONDS="0.2",
               # paid broadcasts: the budget is shared anyway, the test needs no 35 s
               TELEGRAM_MESSAGES_PER_SECOND="1000")
    log = (folder / f"replica-{port}.log").open("w")
    return subprocess.Popen([SCHOOLHUB, "run"], env=env, cwd=folder, stdout=log,
                            stderr=subprocess.STDOUT)


async def health(http: aiohttp.ClientSession, port: int) -> dict | None:
    try:
        async with http.get(f"http://127.0.0.1:{port}/health",
                            timeout=aiohttp.ClientTimeout(total=2)) as response:
            return await response.json() if response.status == 200 else None
    except (aiohttp.ClientError, TimeoutError):
        return None


async def until(condition, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not await condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {within} s: {what}")
        await asyncio.sleep(0.2)


async def sent_rows(database_url: str) -> Counter:
    engine = create_engine(database_url)
    try:
        async with engine.connect() as connection:
            return Counter(dict((await connection.execute(
                select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
            )).all()))
    finally:
        await engine.dispose()


@pytest.fixture
async def shared_database(pg_template: str):
    async with fresh_pg_database(pg_template) as url:
        yield url


async def test_three_replicas_send_each_reminder_once_and_survive_their_leader(
        shared_database: str, redis_url: str, tmp_path: Path) -> None:
    await seed_due_reminders(shared_database)
    bot_api = LocalBotApi()
    await bot_api.start()
    ports = [free_port() for _ in range(3)]
    replicas = {port: start_replica(shared_database, redis_url, bot_api, port, tmp_path)
                for port in ports}
    try:
        async with aiohttp.ClientSession() as http:
            async def all_healthy() -> bool:
                return all([await health(http, port) for port in ports])

            # Deadlines, not speed targets: three processes importing aiogram at once on two
            # busy cores may take a while.
            await until(all_healthy, 120, "three healthy replicas")

            def reminders() -> Counter:
                return Counter(chat for chat, _ in bot_api.delivered
                               if FIRST_CHAT <= chat < FIRST_CHAT + PARENTS)

            async def all_sent() -> bool:
                return (await sent_rows(shared_database))[OutboxStatus.SENT] == PARENTS

            await until(all_sent, 60, "every reminder sent")
            await asyncio.sleep(1)  # time for a duplicate, were there one, to arrive
            assert len(reminders()) == PARENTS
            assert set(reminders().values()) == {1}
            assert await sent_rows(shared_database) == {OutboxStatus.SENT: PARENTS}

            reports = {port: await health(http, port) for port in ports}
            leaders = [port for port, report in reports.items()
                       if report and report["scheduler"]["leader"]]
            assert len(leaders) == 1, reports
            replicas[leaders[0]].send_signal(signal.SIGKILL)
            replicas[leaders[0]].wait(10)
            killed_at = time.monotonic()
            survivors = [port for port in ports if port != leaders[0]]

            async def new_leader() -> bool:
                reports = [await health(http, port) for port in survivors]
                return sum(bool(r and r["scheduler"]["leader"]) for r in reports) == 1

            await until(new_leader, TAKEOVER_SECONDS, "a surviving replica leads")
            print(f"leadership taken over in {time.monotonic() - killed_at:.1f} s")
    finally:
        for process in replicas.values():
            if process.poll() is None:
                process.terminate()
        for process in replicas.values():
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        await bot_api.stop()
