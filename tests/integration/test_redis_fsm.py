"""With REDIS_URL, conversation state lives in Redis and survives a restart too."""

from __future__ import annotations

from aiogram.fsm.storage.redis import RedisStorage
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.app import build_app
from core.admin import accounts
from core.db import unit_of_work
from core.models import Member
from tests.support.flows import admin_of, families
from tests.support.graph_api import LocalGraphApi
from tests.support.harness import App
from tests.support.panel import PASSWORD, log_in, submit


async def test_registration_resumes_after_restart_with_redis(database_url: str,
                                                             redis_url: str) -> None:
    app = App(database_url, redis_url=redis_url)
    try:
        assert isinstance(app.runtime.dispatcher.storage, RedisStorage)
        school = await app.school()
        anna = app.person(301, "Anna", "en")
        await anna.says(f"/start {school.parent_code}")
        await anna.taps("English")
        await anna.says("Anna")
        await app.restart()
        anna = app.person(301, "Anna", "en")
        assert "phone number or an e-mail" in await anna.says("De Smet")
    finally:
        await app.close()


async def test_a_draft_left_in_redis_expires_after_the_retention_period(
        database_url: str, redis_url: str) -> None:
    """What a parent typed halfway through a conversation (here her name) is kept no
    longer than the notice says, as the SQL drafts are purged (RGPD)."""
    app = App(database_url, redis_url=redis_url)
    try:
        school = await app.school()
        anna = app.person(302, "Anna", "en")
        await anna.says(f"/start {school.parent_code}")
        await anna.taps("English")
        await anna.says("Anna")
        redis = app.runtime.dispatcher.storage.redis
        keys = [key async for key in redis.scan_iter(match="fsm:*:302:302:*")]
        assert keys
        retention = app.runtime.settings.retention_days * 24 * 3600
        for key in keys:
            assert 0 < await redis.ttl(key) <= retention
    finally:
        await app.close()


async def test_erased_from_the_panel_her_draft_and_whatsapp_chat_leave_redis(
        database_url: str, redis_url: str) -> None:
    """Anna is halfway through /pay on WhatsApp when an admin erases her from the panel:
    her draft (which names Jan) and what her chat was shown (kept under her phone number
    for swiped replies, and never longer than the retention period) go from Redis."""
    graph = LocalGraphApi()
    await graph.start()
    app = App(database_url, redis_url=redis_url, channel=graph)
    app.settings.retention_days = 7  # shorter than the month a button stays answerable
    await app.restart()
    client = TestClient(TestServer(build_app(app.runtime)))
    try:
        anna, _, school_id = await families(app)
        await admin_of(app, school_id)
        async with unit_of_work(app.sessions) as uow:
            sophie = await uow.session.scalar(select(Member).where(
                Member.first_name == "Sophie"))
            await accounts.create_user(uow.session, sophie.id, "sophie@school.be", PASSWORD)
            anna_id = await uow.session.scalar(select(Member.id).where(
                Member.first_name == "Anna"))
        await anna.says("/pay")
        await anna.says("peeters")
        redis = app.runtime.redis
        drafts = [key async for key in redis.scan_iter(match="fsm:*:401:401:*")]
        shown = [key async for key in redis.scan_iter(match="schoolhub:whatsapp:*:401")]
        assert drafts and shown
        for key in shown:
            assert 0 < await redis.ttl(key) <= 7 * 24 * 3600

        await client.start_server()
        await log_in(client)
        erased = await submit(client, f"/admin/members/{anna_id}/erase", {"confirm": "on"})
        assert erased.status == 200
        assert [key async for key in redis.scan_iter(match="fsm:*:401:401:*")] == []
        assert [key async for key in redis.scan_iter(match="schoolhub:whatsapp:*:401")] == []
    finally:
        await client.close()
        await app.close()
        await graph.stop()
