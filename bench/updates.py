"""Updates per second and response time of the bot under a burst, through the real
Dispatcher, middlewares and a throwaway PostgreSQL (console channel: no network), and the
same harness with a bare aiogram echo handler for comparison.

    .venv/bin/python bench/updates.py [--parents 60] [--actions 12]

Every parent acts at the same time, one action after another. Actions: 70% reads (menu,
balance, events, history), 20% event answers (RSVP), 10% SEL payments (the whole /pay
dialog, each step an update). Prints one JSON line last:
{"updates_per_s", "p50_ms", "p99_ms", "bare_aiogram_per_s", "ratio", ...}; DESIGN.md's
targets are p99 <= 100 ms and ratio >= 0.2.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiogram import Dispatcher  # noqa: E402
from aiogram.types import Message  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bot.channels.console import ConsoleChannel, ConsoleUser  # noqa: E402
from bot.migrations import upgrade  # noqa: E402
from bot.runtime import freeze_start_up_objects  # noqa: E402
from core.clock import utcnow  # noqa: E402
from core.db import unit_of_work  # noqa: E402
from core.models import Event, Member  # noqa: E402
from handlers.events import RsvpCb  # noqa: E402
from tests.support.flows import register  # noqa: E402
from tests.support.harness import App, Person  # noqa: E402
from tests.support.servers import postgres_server  # noqa: E402

READS = ("/menu", "/balance", "/events", "/history")
ANSWERS = ("yes", "maybe", "no")


class Clock:
    """Response time of each update, and the wall time of the whole burst."""

    def __init__(self) -> None:
        self.latencies: list[float] = []

    async def timed(self, step: Awaitable[object]) -> None:
        started = time.perf_counter()
        await step
        self.latencies.append((time.perf_counter() - started) * 1000)


async def pay(clock: Clock, payer: Person, payee: str) -> None:
    await clock.timed(payer.says("/pay"))
    await clock.timed(payer.says(payee))  # the only match: straight to the amount
    await clock.timed(payer.says("5"))
    await clock.timed(payer.taps("Skip"))
    await clock.timed(payer.taps("✅ Pay"))


def action_for(rng: random.Random, clock: Clock, person: Person, event_id: int,
               payee: str) -> Awaitable[None]:
    draw = rng.random()
    if draw < 0.7:
        return clock.timed(person.says(rng.choice(READS)))
    if draw < 0.9:
        data = RsvpCb(event_id=event_id, answer=rng.choice(ANSWERS)).pack()
        return clock.timed(person.forges(data))
    return pay(clock, person, payee)


async def seed(app: App, parents: int) -> tuple[list[Person], list[str], int]:
    school = await app.school()
    people, names = [], []
    for index in range(parents):
        person = app.person(20_000 + index, "Parent", "en")
        await register(person, school.parent_code, first=f"Parent{index:03d}",
                       last=f"Family{index:03d}")
        people.append(person)
        names.append(f"Parent{index:03d} Family{index:03d}")
    async with unit_of_work(app.sessions) as uow:
        organiser = await uow.session.scalar(
            select(Member.id).where(Member.school_id == school.id).limit(1))
        event = Event(school_id=school.id, title="School fair", created_by=organiser,
                      starts_at=utcnow() + timedelta(days=20))
        uow.session.add(event)
        await uow.session.flush()
    await app.deliver()
    return people, names, event.id


async def burst(parents: int, act: Callable[[int, random.Random], Awaitable[None]],
                actions: int) -> float:
    async def one(index: int) -> None:
        rng = random.Random(index)
        for _ in range(actions):
            await act(index, rng)

    started = time.perf_counter()
    await asyncio.gather(*(one(index) for index in range(parents)))
    return time.perf_counter() - started


async def schoolhub(database_url: str, parents: int, actions: int
                    ) -> tuple[Clock, float, float]:
    app = App(database_url)
    try:
        people, names, event_id = await seed(app, parents)
        clock = Clock()
        freeze_start_up_objects()  # as `schoolhub run` does once started (App skips start())

        async def act(index: int, rng: random.Random) -> None:
            payee = names[(index + 1) % len(names)]
            await action_for(rng, clock, people[index], event_id, payee)

        cpu = time.process_time()
        elapsed = await burst(len(people), act, actions)
        return clock, elapsed, time.process_time() - cpu
    finally:
        await app.close()


async def bare_aiogram(updates: int, parents: int) -> float:
    """The same console harness and burst shape, feeding a Dispatcher with one echo
    handler and nothing else."""
    dispatcher = Dispatcher()

    @dispatcher.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    channel = ConsoleChannel(dispatcher)
    users = [ConsoleUser(30_000 + index, "Parent") for index in range(parents)]
    per_parent = max(updates // parents, 1)
    freeze_start_up_objects()

    async def act(index: int, rng: random.Random) -> None:
        await channel.say(users[index], rng.choice(READS))

    return parents * per_parent / await burst(parents, act, per_parent)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parents", type=int, default=60)
    parser.add_argument("--actions", type=int, default=12)
    args = parser.parse_args()
    with postgres_server() as url:
        upgrade(url)
        clock, elapsed, cpu = asyncio.run(schoolhub(url, args.parents, args.actions))
    updates_per_s = len(clock.latencies) / elapsed
    bare_per_s = asyncio.run(bare_aiogram(len(clock.latencies), args.parents))
    quantiles = statistics.quantiles(clock.latencies, n=100)
    print(json.dumps({"updates": len(clock.latencies),
                      "updates_per_s": round(updates_per_s, 1),
                      "p50_ms": round(quantiles[49], 2), "p99_ms": round(quantiles[98], 2),
                      "bare_aiogram_per_s": round(bare_per_s, 1),
                      "ratio": round(updates_per_s / bare_per_s, 3),
                      # this process's CPU per update: where the time goes (PostgreSQL apart)
                      "cpu_ms_per_update": round(cpu * 1000 / len(clock.latencies), 2)}))


if __name__ == "__main__":
    main()
