"""With REDIS_URL, conversation state lives in Redis and survives a restart too."""

from __future__ import annotations

from aiogram.fsm.storage.redis import RedisStorage

from tests.support.harness import App


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
