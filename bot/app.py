"""The one aiohttp Application: health, webhooks, and the admin panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from aiohttp import web
from sqlalchemy import func, select, text

import admin_web
from core.models import OutboxMessage, OutboxStatus

if TYPE_CHECKING:
    from bot.runtime import Runtime

RUNTIME = web.AppKey("runtime", object)


async def health(request: web.Request) -> web.Response:
    runtime: Runtime = request.app[RUNTIME]  # type: ignore[assignment]
    report: dict[str, object] = {"channels": sorted(runtime.bots)}
    try:
        async with runtime.sessions() as session:
            await session.execute(text("SELECT 1"))
            report["outbox_backlog"] = await session.scalar(
                select(func.count()).select_from(OutboxMessage)
                .where(OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING])))
        report["database"] = "ok"
    except Exception as error:  # the report says what is wrong; the probe sees 503
        report["database"] = f"error: {type(error).__name__}"
    report["scheduler"] = "running" if runtime.scheduler.running else "stopped"
    ok = report["database"] == "ok"
    report["status"] = "ok" if ok else "degraded"
    return web.json_response(report, status=200 if ok else 503)


def build_app(runtime: Runtime) -> web.Application:
    app = web.Application()
    app[RUNTIME] = runtime
    app.router.add_get("/health", health)
    app.add_subapp("/admin", admin_web.create_app())
    return app
