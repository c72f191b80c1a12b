"""The Telegram channel through aiogram's real HTTP client, against a local Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from sqlalchemy import func, select

from bot.config import Settings
from bot.runtime import Runtime
from core.models import ProcessedUpdate
from tests.support.servers import free_port
from tests.support.telegram_api import LocalBotApi

SECRET = "s3cret-token"


@pytest.fixture
async def bot_api() -> AsyncIterator[LocalBotApi]:
    api = LocalBotApi()
    await api.start()
    yield api
    await api.stop()


def telegram_settings(database_url: str, api: LocalBotApi, **extra) -> Settings:
    return Settings(_env_file=None, database_url=database_url, telegram_bot_token="123:TEST",
                    telegram_api_base=api.base_url, web_port=free_port(), **extra)


def start_update(update_id: int, text: str = "/start") -> dict:
    user = {"id": 555, "is_bot": False, "first_name": "Anna", "language_code": "en"}
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": 1_790_000_000, "text": text,
        "chat": {"id": 555, "type": "private", "first_name": "Anna"}, "from": user}}


async def test_webhook_processes_a_redelivered_update_once(database_url: str,
                                                           bot_api: LocalBotApi) -> None:
    settings = telegram_settings(database_url, bot_api, public_url="https://school.example",
                                 webhook_secret=SECRET)
    runtime = Runtime(settings)
    runtime.add_telegram()
    await runtime.start(send=False)
    try:
        webhook = bot_api.sent("setWebhook")
        assert webhook[0]["url"] == "https://school.example/webhooks/telegram"
        assert webhook[0]["secret_token"] == SECRET
        url = f"http://127.0.0.1:{settings.web_port}/webhooks/telegram"
        async with aiohttp.ClientSession() as http:
            forged = await http.post(url, json=start_update(7001),
                                     headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"})
            assert forged.status == 401
            for _ in range(2):
                response = await http.post(url, json=start_update(7001),
                                           headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
                assert response.status == 200
        await bot_api.wait_for(1)
        await asyncio.sleep(0.3)  # room for a wrongly processed replay to show up
        assert len(bot_api.sent()) == 1
        assert "invite code" in bot_api.sent()[0]["text"]
        async with runtime.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(ProcessedUpdate)) == 1
    finally:
        await runtime.stop()


async def test_long_polling_answers_and_publishes_commands(database_url: str,
                                                           bot_api: LocalBotApi) -> None:
    runtime = Runtime(telegram_settings(database_url, bot_api))
    runtime.add_telegram()
    bot_api.updates.append(start_update(9001, "/start"))
    await runtime.start(serve_web=False, send=False)
    try:
        await bot_api.wait_for(1)
        assert bot_api.sent()[0]["chat_id"] == "555"
        assert bot_api.sent("deleteWebhook"), "polling mode removes any webhook first"
        menus = bot_api.sent("setMyCommands")
        assert {m["language_code"] for m in menus} == {"fr", "nl", "en"}
        dutch = next(m for m in menus if m["language_code"] == "nl")
        assert {"command": "children", "description": "Mijn kinderen"} in dutch["commands"]
    finally:
        await runtime.stop()
