"""With Redis, what one replica showed or remembered is what every replica sees, and
conversation state moves only with committed transactions."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiogram import Dispatcher
from aiogram.fsm.storage.base import StorageKey
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from redis.asyncio import Redis

from bot.channels.whatsapp.graph import GraphClient
from bot.channels.whatsapp.inbound import WhatsAppChannel
from bot.channels.whatsapp.memory import RedisChatMemory
from bot.dispatcher import fsm_backend
from core.db import create_engine, session_factory, unit_of_work
from tests.support.graph_api import (
    PHONE_NUMBER_ID,
    TOKEN,
    LocalGraphApi,
    text_message,
    webhook_call,
)


@pytest.fixture
async def graph() -> AsyncIterator[LocalGraphApi]:
    api = LocalGraphApi()
    await api.start()
    yield api
    await api.stop()


def replica(graph: LocalGraphApi, redis: Redis) -> WhatsAppChannel:
    return WhatsAppChannel(Dispatcher(), GraphClient(TOKEN, PHONE_NUMBER_ID, graph.base_url),
                           RedisChatMemory(redis))


async def test_a_number_typed_back_answers_choices_another_replica_showed(
        graph: LocalGraphApi, redis_url: str) -> None:
    redis = Redis.from_url(redis_url)
    first, second = replica(graph, redis), replica(graph, redis)
    try:
        classes = [f"Class {n}" for n in range(1, 13)]  # beyond a list: numbered text
        markup = InlineKeyboardMarkup(inline_keyboard=[
            [InlineKeyboardButton(text=label, callback_data=f"class:{i}")]
            for i, label in enumerate(classes)])
        await first.bot.send_message(32470555001, "Which class?", reply_markup=markup)
        (update,) = await second.updates_from(webhook_call(text_message("32470555001", "2")))
        assert update.callback_query is not None
        assert update.callback_query.data == "class:1"
        assert update.callback_query.message.text.startswith("Which class?")
        (odd,) = await second.updates_from(webhook_call(text_message("32470555001", "²")))
        assert odd.message is not None and odd.message.text == "²"  # a word, not a choice
        await first.bot.send_message(32470555001, "Thanks")  # a number now means a number
        (typed,) = await second.updates_from(webhook_call(text_message("32470555001", "2")))
        assert typed.message is not None and typed.message.text == "2"
    finally:
        await first.session.close()
        await second.session.close()
        await redis.aclose()


async def test_conversation_state_in_redis_is_written_only_when_the_update_commits(
        database_url: str, redis_url: str) -> None:
    engine = create_engine(database_url)
    storage, _ = fsm_backend(redis_url, session_factory(engine), retention_days=90)
    key = StorageKey(bot_id=1, chat_id=77, user_id=77)
    try:
        with pytest.raises(RuntimeError):
            async with unit_of_work(session_factory(engine)):
                await storage.set_state(key, "registration:name")
                assert await storage.get_state(key) == "registration:name"  # seen at once
                raise RuntimeError("the update failed: everything rolls back")
        assert await storage.get_state(key) is None
        async with unit_of_work(session_factory(engine)):
            await storage.set_state(key, "registration:name")
            await storage.update_data(key, {"locale": "nl"})
        assert await storage.get_state(key) == "registration:name"
        assert await storage.get_data(key) == {"locale": "nl"}
    finally:
        await storage.set_state(key, None)
        await storage.set_data(key, {})
        await storage.close()
        await engine.dispose()
