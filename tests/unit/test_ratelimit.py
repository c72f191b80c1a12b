"""Token buckets on a clock the test moves: bursts, steady rates, per-chat and group."""

from __future__ import annotations

from bot.ratelimit import Limit, LocalBuckets, acquire, limits_for


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


async def test_a_burst_then_the_steady_rate() -> None:
    clock = Clock()
    buckets = LocalBuckets(clock)
    limit = Limit("tg:bot", 30.0, 30)
    for _ in range(30):
        assert await buckets.wait_time(limit) == 0
    assert abs(await buckets.wait_time(limit) - 1 / 30) < 1e-9
    clock.now += 1.0
    taken = 0
    while await buckets.wait_time(limit) == 0:
        taken += 1
    assert taken == 30  # one second refills thirty, never more than the burst


async def test_acquire_waits_for_each_limit_in_turn() -> None:
    clock = Clock()
    buckets = LocalBuckets(clock)
    limits = limits_for("telegram", "555")
    started = clock.now
    for _ in range(3):  # three messages to one private chat: 1 per second
        await acquire(buckets, limits, sleep=clock.sleep)
    assert round(clock.now - started, 6) == 2.0


async def test_groups_get_twenty_a_minute() -> None:
    clock = Clock()
    buckets = LocalBuckets(clock)
    limits = limits_for("telegram", "-100123")
    started = clock.now
    for _ in range(21):
        await acquire(buckets, limits, sleep=clock.sleep)
    assert round(clock.now - started, 6) == 3.0  # the 21st waits one 20-per-minute slot


def test_the_limits_of_each_channel() -> None:
    assert [limit.key for limit in limits_for("telegram", "42")] == ["tg:chat:42", "tg:bot"]
    assert [(limit.key, limit.rate) for limit in limits_for("whatsapp", "32470")] == [
        ("wa:number", 80.0)]
    assert limits_for("console", "7") == []
