"""/metrics counts what the bot did; /health says whether this replica can serve."""

from __future__ import annotations

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from bot.config import Settings
from bot.runtime import Runtime
from tests.support.flows import families
from tests.support.harness import App
from tests.support.servers import free_port


async def scrape(base_url: str) -> dict[tuple[str, tuple], float]:
    async with aiohttp.ClientSession() as http, http.get(f"{base_url}/metrics") as response:
        assert response.status == 200
        text = await response.text()
    return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(text) for sample in family.samples}


def delta(before: dict, after: dict, name: str, **labels: str) -> float:
    key = (name, tuple(sorted(labels.items())))
    return after.get(key, 0.0) - before.get(key, 0.0)


async def test_metrics_count_updates_outcomes_transfers_and_sends(database_url: str) -> None:
    app = App(database_url)
    try:
        base = await app.serve_web()
        anna, jan, _ = await families(app)  # registrations; each opens an account
        before = await scrape(base)
        await anna.says("/balance")
        await anna.says("/pay")
        await anna.says("pee")  # the only match: taken at once
        await anna.says("many")  # refused: the person is told, nothing is written
        await anna.says("30")
        await anna.taps("Skip")
        confirm = anna.keyboard()
        await anna.taps("✅ Pay")
        await anna.taps_again(confirm, "✅ Pay")  # a double tap: refused, nothing moves
        await app.deliver()
        after = await scrape(base)
    finally:
        await app.close()
    updates = "schoolhub_updates_total"
    assert delta(before, after, updates, channel="console", type="message",
                 outcome="handled") == 4
    assert delta(before, after, updates, channel="console", type="message",
                 outcome="refused") == 1
    assert delta(before, after, updates, channel="console", type="callback_query",
                 outcome="handled") >= 2
    assert delta(before, after, "schoolhub_update_seconds_count", channel="console") == 8
    assert delta(before, after, "schoolhub_sel_transfers_total", kind="payment") == 1
    assert delta(before, after, "schoolhub_outbox_sends_total", channel="console",
                 result="sent") >= 1
    assert after[("schoolhub_outbox_backlog", ())] == 0


async def test_health_is_503_when_the_database_is_unreachable() -> None:
    nowhere = f"postgresql://postgres@127.0.0.1:{free_port()}/schoolhub"
    settings = Settings(_env_file=None, database_url=nowhere, web_port=free_port())
    runtime = Runtime(settings)
    runtime.add_console()
    await runtime.start(send=False)
    try:
        async with aiohttp.ClientSession() as http, http.get(
                f"http://127.0.0.1:{settings.web_port}/health") as response:
            assert response.status == 503
            report = await response.json()
    finally:
        await runtime.stop()
    assert report["status"] == "degraded"
    assert report["database"].startswith("error: ")
    assert report["scheduler"] == {"running": True, "leader": False}


async def test_health_checks_redis_when_configured(database_url: str, redis_url: str) -> None:
    settings = Settings(_env_file=None, database_url=database_url, redis_url=redis_url,
                        web_port=free_port())
    runtime = Runtime(settings)
    runtime.add_console()
    await runtime.start(send=False)
    try:
        async with aiohttp.ClientSession() as http, http.get(
                f"http://127.0.0.1:{settings.web_port}/health") as response:
            assert response.status == 200
            assert (await response.json())["redis"] == "ok"
    finally:
        await runtime.stop()
