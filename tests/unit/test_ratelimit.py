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
    limit = Limit("x", 30.0, 30)
    for _ in range(30):
        assert await buckets.wait_time(limit) == 0
    assert abs(await buckets.wait_time(limit) - 1 / 30) < 1e-9
    clock.now += 1.0
    taken = 0
    while await buckets.wait_time(limit) == 0:
        taken += 1
    assert taken == 30  # one second refills thirty, never more than the burst


async def test_no_second_of_telegram_traffic_goes_over_thirty() -> None:
    clock = Clock()
    buckets = LocalBuckets(clock)
    sent_at = []
    for chat in range(200):  # 200 different chats: only the bot's limit applies
        await acquire(buckets, limits_for("telegram", str(chat)), sleep=clock.sleep)
        sent_at.append(clock.now)
    for start in sent_at:
        assert sum(start <= moment < start + 1.0 for moment in sent_at) <= 30


async def test_acquire_waits_for_each_limit_in_turn() -> None:
    clock = Clock()
    buckets = LocalBuckets(clock)
    limits = limits_for("telegram", "555")
    started = clock.now
    for _ in range(3):  # three messages to one private chat: 1 per second
        await acquire(buckets, limits, sleep=clock.sleep)
    assert round(clock.now - started, 6) == 2.1  # a hair over a second apart


async def test_groups_get_twenty_a_minute() -> None:
    clock = Clock()
    buckets = LocalBuckets(clock)
    limits = limits_for("telegram", "-100123")
    started = clock.now
    sent_at = []
    for _ in range(40):
        await acquire(buckets, limits, sleep=clock.sleep)
        sent_at.append(clock.now)
    for start in sent_at:  # Telegram counts 20 per minute per group
        assert sum(start <= moment < start + 60 for moment in sent_at) <= 20
    assert clock.now - started < 130


def test_the_limits_of_each_channel() -> None:
    assert [limit.key for limit in limits_for("telegram", "42")] == ["tg:chat:42", "tg:bot"]
    assert [limit.key for limit in limits_for("whatsapp", "32470")] == ["wa:number"]
    assert limits_for("console", "7") == []
