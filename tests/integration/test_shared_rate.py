"""Several sending processes share one Telegram budget through Redis."""

from __future__ import annotations

from redis.asyncio import Redis

from bot.ratelimit import Limit, RedisBuckets


async def test_two_processes_draw_from_one_bucket(redis_url: str) -> None:
    first, second = Redis.from_url(redis_url), Redis.from_url(redis_url)
    try:
        await first.flushdb()
        a, b = RedisBuckets(first), RedisBuckets(second)
        limit = Limit("tg:bot", 30.0, 30)
        taken = 0
        for buckets in (a, b) * 20:  # the two processes take turns, 40 asks in all
            if await buckets.wait_time(limit) == 0:
                taken += 1
        assert 30 <= taken <= 31  # the burst, plus what refilled during the asks
        wait = await b.wait_time(limit)
        assert 0 < wait <= 1 / 30 + 1e-6
    finally:
        await first.aclose()
        await second.aclose()
