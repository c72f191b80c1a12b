"""Response time of the bot inside the process: whole registrations and profile views
through the real Dispatcher, middlewares and database (console channel, no network).

    .venv/bin/python bench/conversations.py [--parents 50] [--postgres]

Prints one JSON line last: {"database", "updates", "updates_per_s", "p50_ms", "p99_ms"}.
DESIGN.md's target is p99 <= 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.migrations import upgrade  # noqa: E402
from tests.support.harness import App, Person  # noqa: E402
from tests.support.servers import postgres_server  # noqa: E402


async def timed(latencies: list[float], action) -> None:
    started = time.perf_counter()
    await action
    latencies.append((time.perf_counter() - started) * 1000)


async def one_parent(person: Person, code: str, latencies: list[float]) -> None:
    steps = [person.says(f"/start {code}")]
    for step in steps:
        await timed(latencies, step)
    await timed(latencies, person.taps("English"))
    for text in ("Anna", "De Smet"):
        await timed(latencies, person.says(text))
    await timed(latencies, person.taps("Skip"))
    await timed(latencies, person.taps("I agree"))
    await timed(latencies, person.says("Léa"))
    await timed(latencies, person.taps("P3"))
    await timed(latencies, person.taps("Continue"))
    await timed(latencies, person.taps("Confirm"))
    for command in ("/profile", "/children", "/menu", "/help"):
        await timed(latencies, person.says(command))


async def bench(database_url: str, parents: int) -> dict:
    upgrade(database_url)
    app = App(database_url)
    school = await app.school()
    latencies: list[float] = []
    started = time.perf_counter()
    # Parents talk at the same time, as at 7:45 before school.
    await asyncio.gather(*(one_parent(app.person(10_000 + i, "Anna", "en"), school.parent_code,
                                      latencies) for i in range(parents)))
    elapsed = time.perf_counter() - started
    await app.close()
    quantiles = statistics.quantiles(latencies, n=100)
    return {"database": database_url.split(":")[0], "updates": len(latencies),
            "updates_per_s": round(len(latencies) / elapsed, 1),
            "p50_ms": round(quantiles[49], 2), "p99_ms": round(quantiles[98], 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--parents", type=int, default=50)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        if args.postgres:
            url = stack.enter_context(postgres_server())
        else:
            folder = stack.enter_context(tempfile.TemporaryDirectory())
            url = f"sqlite+aiosqlite:///{folder}/bench.sqlite3"
        result = asyncio.run(bench(url, args.parents))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
