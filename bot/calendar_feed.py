"""GET /calendar/{token}.ics: a member's calendar feed, read by their calendar app.

The token is the only key: an unknown, replaced or erased one gets a bare 404, the same
for every case, so the answer tells nothing about who exists. Calendar apps read a feed
every few hours; one address asked for much more often than that is told to wait (429),
and the route as a whole has a budget, so a flood of guesses cannot keep the database
busy (shared by the replicas through Redis when there is one). The token never reaches
the logs (see bot.observed.PathOnlyAccessLogger).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from aiohttp import web

from bot.ratelimit import Limit, LocalBuckets, RedisBuckets
from core.events.feed import feed_ics

if TYPE_CHECKING:
    from bot.runtime import Runtime

PATH = "/calendar/{token}.ics"
TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# Per address: a burst of 6 (an app and a phone subscribing, a retry), then one a minute.
PER_FEED = (1 / 60, 6)
ALL_FEEDS = Limit("feed:all", 20.0, 40)  # every feed of this process together, per second
REMEMBERED = 10_000  # addresses whose pace is kept; past that, the memory starts again


def feed_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/calendar/{token}.ics"


class FeedView:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        # With Redis, replicas share each address's pace and the route's budget, as they
        # share the outbox's: N replicas must not let a feed be read N times as often.
        self.buckets: LocalBuckets | RedisBuckets = (
            RedisBuckets(runtime.redis, prefix="schoolhub:feed-rate:") if runtime.redis
            else LocalBuckets())

    async def serve(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        if not TOKEN.match(token):
            raise web.HTTPNotFound()
        await self._pace(ALL_FEEDS)
        await self._pace(Limit(f"feed:{token}", *PER_FEED))
        async with self.runtime.sessions() as session:
            body = await feed_ics(session, token)
        if body is None:
            raise web.HTTPNotFound()
        return web.Response(body=body, content_type="text/calendar", charset="utf-8",
                            headers={"Cache-Control": "private, max-age=900",
                                     "Content-Disposition": 'inline; filename="school.ics"'})

    async def _pace(self, limit: Limit) -> None:
        # Guessed addresses must not pile up in memory (Redis lets its keys expire).
        if isinstance(self.buckets, LocalBuckets) and self.buckets.remembered() > REMEMBERED:
            self.buckets = LocalBuckets()
        wait = await self.buckets.wait_time(limit)
        if wait > 0:
            raise web.HTTPTooManyRequests(headers={"Retry-After": str(int(wait) + 1)})


def add_routes(app: web.Application, runtime: Runtime) -> None:
    app.router.add_get(PATH, FeedView(runtime).serve)
