"""The shared aiohttp application: health and the admin mount point."""

from __future__ import annotations

import aiohttp

from bot.config import Settings
from bot.runtime import Runtime
from core.db import unit_of_work
from core.outbox import enqueue_for_member
from core.schools.demo import ensure_demo
from tests.support.servers import free_port


async def test_health_reports_database_channels_and_backlog(database_url: str) -> None:
    settings = Settings(_env_file=None, database_url=database_url, web_port=free_port())
    runtime = Runtime(settings)
    runtime.add_console()
    async with unit_of_work(runtime.sessions) as uow:
        demo = await ensure_demo(uow.session)
        from sqlalchemy import select

        from core.models import Member
        member = await uow.session.scalar(select(Member).where(
            Member.school_id == demo.school.id).limit(1))
        await enqueue_for_member(uow.session, member, purpose="hello",
                                 message_id="start-approved")
    await runtime.start(send=False)
    try:
        async with aiohttp.ClientSession() as http:
            base = f"http://127.0.0.1:{settings.web_port}"
            async with http.get(f"{base}/health") as response:
                assert response.status == 200
                report = await response.json()
            async with http.get(f"{base}/admin/") as admin:
                assert admin.status == 200
        assert report == {"status": "ok", "database": "ok", "channels": ["console"],
                          "outbox_backlog": 1,
                          "scheduler": {"running": True, "leader": True}}
    finally:
        await runtime.stop()
