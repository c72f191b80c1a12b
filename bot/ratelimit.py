"""Token buckets that shape outgoing traffic to each channel's limits.

`LocalBuckets` serves one sending process; `RedisBuckets` lets several processes share
one budget (an atomic Lua script per take). Both answer "how long until a token is
free"; `acquire` waits that long and asks again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Limit:
    key: str
    rate: float  # tokens per second
    burst: int


def limits_for(channel: str, chat_id: str, telegram_per_second: float = 29.0) -> list[Limit]:
    """Telegram: ~30 msg/s per bot (more with paid broadcasts: `telegram_per_second`),
    1 msg/s per chat, 20 msg/min per group (negative ids).
    WhatsApp Cloud API: 80 msg/s per number. The console has no limits.

    A bucket lets through `burst + rate * window` messages in any window, so bursts are
    kept small enough that no window of the platform's own counting goes over its limit
    (and per-chat spacing keeps a little margin against clock jitter)."""
    if channel == "telegram":
        per_chat = (Limit(f"tg:group:{chat_id}", 19 / 60, 1) if chat_id.startswith("-")
                    else Limit(f"tg:chat:{chat_id}", 1 / 1.05, 1))
        return [per_chat, Limit("tg:bot", telegram_per_second, 1)]
    if channel == "whatsapp":
        return [Limit("wa:number", 79.0, 1)]
    return []


EPSILON = 1e-9


class Buckets(Protocol):
    async def wait_time(self, limit: Limit) -> float:
        """Take a token and return 0, or return the seconds until one is free."""


async def acquire(buckets: Buckets, limits: list[Limit],
                  sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
    for limit in limits:
        while (wait := await buckets.wait_time(limit)) > 0:
            await sleep(wait)


class LocalBuckets:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._state: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)

    def remembered(self) -> int:
        """How many keys it keeps a bucket for."""
        return len(self._state)

    async def wait_time(self, limit: Limit) -> float:
        now = self.clock()
        tokens, at = self._state.get(limit.key, (float(limit.burst), now))
        tokens = min(float(limit.burst), tokens + (now - at) * limit.rate)
        if tokens >= 1 - EPSILON:  # floating-point residue must not ask for a 1e-12 s sleep
            self._state[limit.key] = (max(tokens - 1, 0.0), now)
            return 0.0
        self._state[limit.key] = (tokens, now)
        return (1 - tokens) / limit.rate


# KEYS[1]: bucket; ARGV: rate, burst, now (seconds, float). Returns the wait in
# microseconds as an integer (0: a token was taken).
_TAKE = """
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local rate, burst, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate)
local wait = 0
if tokens >= 1 - 1e-9 then tokens = math.max(tokens - 1, 0) else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 60)
return math.floor(wait * 1000000)
"""


class RedisBuckets:
    def __init__(self, redis, prefix: str = "schoolhub:rate:") -> None:
        self.redis = redis
        self.prefix = prefix
        self._take = redis.register_script(_TAKE)

    async def wait_time(self, limit: Limit) -> float:
        # Redis' own clock, so that every process agrees on "now".
        seconds, micros = await self.redis.time()
        wait = await self._take(keys=[self.prefix + limit.key],
                                args=[limit.rate, limit.burst, seconds + micros / 1e6])
        return int(wait) / 1e6
