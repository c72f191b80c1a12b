"""/health: what a load balancer or an orchestrator asks before sending traffic here,
and /metrics for Prometheus."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from aiohttp import web
from sqlalchemy import text

from bot import metrics

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)
PROBE_SECONDS = 3.0


async def _probe(check: Any) -> str:
    try:
        await asyncio.wait_for(check, PROBE_SECONDS)
    except Exception as error:  # the report says what is wrong; the probe sees 503
        return f"error: {type(error).__name__}"
    return "ok"


async def _database(runtime: Runtime) -> None:
    async with runtime.sessions() as session:
        await session.execute(text("SELECT 1"))


async def _backlog(runtime: Runtime, report: dict[str, Any]) -> None:
    report["outbox_backlog"] = await metrics.outbox_backlog(runtime.sessions)


async def report(runtime: Runtime) -> tuple[dict[str, Any], bool]:
    """Database and Redis reachable and the scheduler started: healthy. Being a follower
    (another replica runs the jobs) is healthy too."""
    body: dict[str, Any] = {"database": await _probe(_database(runtime))}
    if runtime.redis is not None:
        body["redis"] = await _probe(runtime.redis.ping())
    ok = all(value == "ok" for value in body.values()) and runtime.scheduler.running
    if body["database"] == "ok":
        await _probe(_backlog(runtime, body))
    body.update(status="ok" if ok else "degraded", channels=sorted(runtime.bots),
                scheduler={"running": runtime.scheduler.running,
                           "leader": runtime.leadership.leading})
    return body, ok


def add_routes(app: web.Application, runtime: Runtime) -> None:
    async def health(_request: web.Request) -> web.Response:
        body, ok = await report(runtime)
        return web.json_response(body, status=200 if ok else 503)

    async def metrics_view(_request: web.Request) -> web.Response:
        try:
            await metrics.outbox_backlog(runtime.sessions)
        except Exception as error:  # the counters are still worth serving; the gauge is stale
            log.warning("outbox backlog unreadable: %s", type(error).__name__)
        body, content_type = metrics.exposition()
        return web.Response(body=body, headers={"Content-Type": content_type})

    app.router.add_get("/health", health)
    app.router.add_get("/metrics", metrics_view)
