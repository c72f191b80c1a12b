"""Broadcast at the platform's limit: 1,000 parents and 20 class groups through the real
outbox sender and aiogram, against the local Bot API server enforcing Telegram's limits.

    .venv/bin/python bench/broadcast.py [--recipients 1000] [--groups 20]

Then the same broadcast with the sender killed (SIGKILL) halfway and restarted.
Prints one JSON line last: {"recipients", "seconds", "rate_ratio" (achieved msg/s / 30),
"http_429", "lost", "duplicated", "crash": {"lost", "duplicated", "seconds"}}.
Targets: rate_ratio >= 0.9, lost = 0, duplicated = 0; after the crash duplicated <= 1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiogram.client.session.aiohttp import AiohttpSession  # noqa: E402
from aiogram.client.telegram import TelegramAPIServer  # noqa: E402

from bot.channels.base import ChannelBot  # noqa: E402
from bot.migrations import upgrade  # noqa: E402
from bot.outbox import OutboxSender  # noqa: E402
from core.db import create_engine, session_factory, unit_of_work  # noqa: E402
from core.i18n import translator  # noqa: E402
from core.models import Identity, Member  # noqa: E402
from core.outbox import enqueue_for_chat, enqueue_for_member  # noqa: E402
from core.schools import create_school  # noqa: E402
from tests.support.servers import postgres_server  # noqa: E402
from tests.support.telegram_api import LocalBotApi  # noqa: E402

FIRST_CHAT = 100_000
LEASE = timedelta(seconds=5)  # short, so the restarted sender takes over soon


async def fill_outbox(url: str, recipients: int, groups: int) -> set[int]:
    """A school whose parents and class groups each have one announcement queued."""
    upgrade(url)
    engine = create_engine(url)
    async with unit_of_work(session_factory(engine)) as uow:
        school = await create_school(uow.session, "Bench school")
        school.quiet_end = school.quiet_start
        for index in range(recipients):
            member = Member(school_id=school.id, first_name="Parent", last_name=str(index),
                            locale=("fr", "nl", "en")[index % 3])
            uow.session.add(member)
            await uow.session.flush()
            uow.session.add(Identity(member_id=member.id, channel="telegram",
                                     external_id=str(FIRST_CHAT + index)))
            await enqueue_for_member(uow.session, member, purpose="bench",
                                     message_id="announcements-message",
                                     args={"author": "Bench", "text": "Hello", "urgent": "no"})
        for index in range(groups):
            await enqueue_for_chat(uow.session, school_id=school.id, channel="telegram",
                                   chat_id=str(-1_000_000 - index), locale="fr", purpose="bench",
                                   message_id="announcements-message",
                                   args={"author": "Bench", "text": "Hello", "urgent": "no"})
    await engine.dispose()
    return {FIRST_CHAT + i for i in range(recipients)} | {-1_000_000 - i for i in range(groups)}


def sender_for(url: str, api_base: str) -> tuple[OutboxSender, ChannelBot, object]:
    engine = create_engine(url)
    bot = ChannelBot("123:BENCH", channel="telegram",
                     session=AiohttpSession(api=TelegramAPIServer.from_base(api_base)))
    sender = OutboxSender(session_factory(engine), {"telegram": bot}, translator(),
                          lease=LEASE)
    return sender, bot, engine


async def run_sender_forever(url: str, api_base: str) -> None:
    """The sender as its own process (for the crash phase)."""
    sender, _, _ = sender_for(url, api_base)
    await sender.run_forever(0.2)


def outcome(api: LocalBotApi, expected: set[int]) -> dict[str, int]:
    counts = Counter(chat for chat, _ in api.delivered)
    return {"lost": len(expected - set(counts)),
            "duplicated": sum(n - 1 for n in counts.values() if n > 1)}


async def steady(recipients: int, groups: int) -> dict:
    api = LocalBotApi(enforce_limits=True)
    await api.start()
    with postgres_server() as url:
        expected = await fill_outbox(url, recipients, groups)
        sender, bot, engine = sender_for(url, api.base_url)
        started = time.perf_counter()
        sending = asyncio.create_task(sender.run_forever(0.2))
        # Until every chat has it: a 429'd message waits its retry_after, it is not lost.
        await api.wait_until(lambda: not outcome(api, expected)["lost"], within=600)
        seconds = time.perf_counter() - started
        sending.cancel()
        await bot.session.close()
        await engine.dispose()
    await api.stop()
    rate = len(api.delivered) / seconds
    return {"seconds": round(seconds, 2), "rate_ratio": round(rate / 30, 3),
            "http_429": api.too_many, **outcome(api, expected)}


async def crash(recipients: int, groups: int) -> dict:
    api = LocalBotApi(enforce_limits=True)
    await api.start()
    with postgres_server() as url:
        expected = await fill_outbox(url, recipients, groups)
        command = [sys.executable, __file__, "--sender", url, api.base_url]
        started = time.perf_counter()
        first = await asyncio.create_subprocess_exec(*command)
        await api.wait_until(lambda: len(api.delivered) >= len(expected) // 2, within=300)
        first.kill()  # SIGKILL mid-flight, leases and all
        await first.wait()
        second = await asyncio.create_subprocess_exec(*command)
        await api.wait_until(lambda: not outcome(api, expected)["lost"], within=300)
        second.terminate()
        await second.wait()
        seconds = time.perf_counter() - started
    await api.stop()
    return {**outcome(api, expected), "seconds": round(seconds, 2)}


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--sender":
        asyncio.run(run_sender_forever(sys.argv[2], sys.argv[3]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, default=1000)
    parser.add_argument("--groups", type=int, default=20)
    args = parser.parse_args()
    result = asyncio.run(steady(args.recipients, args.groups))
    result["crash"] = asyncio.run(crash(args.recipients, args.groups))
    print(json.dumps({"recipients": args.recipients, **result}))


if __name__ == "__main__":
    main()
