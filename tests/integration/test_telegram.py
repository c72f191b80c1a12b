"""The Telegram channel through aiogram's real HTTP client, against a local Bot API."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlalchemy import func, select

from bot.channels.base import ChannelBot
from bot.config import Settings
from bot.replies import Held
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
                # Answered only once handled: a process dying mid-update sends no 200,
                # and Telegram delivers the update again.
                assert len(bot_api.sent()) == 1
        await asyncio.sleep(0.3)  # room for a wrongly processed replay to show up
        assert len(bot_api.sent()) == 1
        assert "invite code" in bot_api.sent()[0]["text"]
        async with runtime.sessions() as session:
            assert await session.scalar(select(func.count()).select_from(ProcessedUpdate)) == 1
    finally:
        await runtime.stop()


async def test_long_polling_answers_despite_a_passing_failure_and_publishes_commands(
        database_url: str, bot_api: LocalBotApi) -> None:
    runtime = Runtime(telegram_settings(database_url, bot_api))
    runtime.add_telegram()
    bot_api.updates.append(start_update(9001, "/start"))
    bot_api.fail_next = 1  # a passing 500: the committed reply is tried again
    await runtime.start(serve_web=False, send=False)
    try:
        await bot_api.wait_for(2)
        assert [chat for chat, _ in bot_api.delivered] == [555]
        assert bot_api.sent()[1]["chat_id"] == "555"
        assert bot_api.sent("deleteWebhook"), "polling mode removes any webhook first"
        menus = bot_api.sent("setMyCommands")
        assert {m["language_code"] for m in menus} == {"fr", "nl", "en"}
        dutch = next(m for m in menus if m["language_code"] == "nl")
        assert {"command": "children", "description": "Mijn kinderen"} in dutch["commands"]
    finally:
        await runtime.stop()


class TelegramUser:
    """Sends updates one at a time through getUpdates, waiting for each answer."""

    def __init__(self, api: LocalBotApi, chat_id: int) -> None:
        self.api, self.chat_id = api, chat_id
        self.user = {"id": chat_id, "is_bot": False, "first_name": "Sophie",
                     "language_code": "fr"}
        self.next_id = 20_000

    async def _send(self, payload: dict) -> str:
        before = len(self.api.sent())
        self.next_id += 1
        self.api.updates.append({"update_id": self.next_id, **payload})
        await self.api.wait_for(before + 1)
        return self.api.sent()[-1]["text"]

    async def says(self, text: str) -> str:
        return await self._send({"message": {
            "message_id": self.next_id, "date": 1_790_000_000, "text": text,
            "chat": {"id": self.chat_id, "type": "private"}, "from": self.user}})

    async def taps(self, data: str) -> str:
        message = {"message_id": 1, "date": 1_790_000_000, "text": "…",
                   "chat": {"id": self.chat_id, "type": "private"},
                   "from": {"id": 4242, "is_bot": True, "first_name": "SchoolHub"}}
        return await self._send({"callback_query": {
            "id": str(self.next_id), "from": self.user, "chat_instance": "1",
            "message": message, "data": data}})


async def test_an_admin_registers_over_telegram_and_gets_her_menu_in_her_language(
        database_url: str, bot_api: LocalBotApi) -> None:
    from tests.support.harness import App

    setup = App(database_url)
    school = await setup.school()
    await setup.close()
    runtime = Runtime(telegram_settings(database_url, bot_api))
    runtime.add_telegram()
    await runtime.start(serve_web=False, send=False)
    try:
        sophie = TelegramUser(bot_api, 556)
        assert "Quelle langue" in await sophie.says(f"/start {school.admin_code}")
        assert "Quel est votre prénom" in await sophie.taps("lang:fr")
        await sophie.says("Sophie")
        await sophie.says("Lambert")
        await sophie.taps("reg:skip_contact")
        await sophie.taps("reg:consent")
        assert "Vérifiez vos informations" in await sophie.taps("reg:children_done")
        assert "Bienvenue, Sophie" in await sophie.taps("reg:confirm")
        await bot_api.wait_for(4, "setMyCommands")  # 3 languages, then Sophie's own menu
        scoped = [m for m in bot_api.sent("setMyCommands")
                  if m.get("scope", {}).get("type") == "chat"]
        assert scoped and scoped[-1]["scope"]["chat_id"] == 556
        assert {"command": "pending", "description": "Inscriptions à approuver"} in \
            scoped[-1]["commands"]
        # Her phone speaks French, she now reads Dutch: her menu follows /language.
        await sophie.taps("lang:nl")
        await bot_api.wait_for(5, "setMyCommands")
        dutch = bot_api.sent("setMyCommands")[-1]
        assert dutch["scope"] == {"type": "chat", "chat_id": 556}
        assert {"command": "pending", "description": "Inschrijvingen goedkeuren"} in \
            dutch["commands"]
    finally:
        await runtime.stop()


async def test_a_long_text_goes_in_parts_in_order_and_a_long_edit_is_cut_short(
        bot_api: LocalBotApi) -> None:
    """What an update held goes after its commit: a text above Telegram's 4096 UTF-16
    units as parts, in order, the buttons under the last, the next reply after them
    (each waiting out Telegram's 1 message/s per chat, without sending a part twice).
    A send outside an update gets the message with the buttons; an edit is cut short."""
    bot = ChannelBot("123:TEST", channel="telegram",
                     session=AiohttpSession(api=TelegramAPIServer.from_base(bot_api.base_url)))
    bot_api.enforce_limits = True
    keyboard = InlineKeyboardMarkup(inline_keyboard=[[
        InlineKeyboardButton(text="👍 Read", callback_data="read:1")]])
    text = "\n".join(f"• {i:03d} 📅 Class picnic " + "🌳" * 20 for i in range(100))
    held = Held()
    try:
        with held.holding():
            await bot.send_message(chat_id=555, text=text, reply_markup=keyboard)
            await bot.send_message(chat_id=555, text="Thank you")
        assert bot_api.calls == []  # until the update commits
        await held.send(bot)
        accepted = [call.params for call in bot_api.calls if call.result]
        assert len(accepted) == 3 and accepted[-1]["text"] == "Thank you"
        assert "\n".join(sent["text"] for sent in accepted[:2]) == text
        assert ["reply_markup" in sent for sent in accepted] == [False, True, False]
        assert bot_api.too_many == 2  # the second part and the reply waited their turn

        bot_api.enforce_limits = False
        message = await bot.send_message(chat_id=555, text=text, reply_markup=keyboard)
        assert message.message_id == bot_api.calls[-1].result["message_id"]
        assert message.reply_markup.inline_keyboard[0][0].text == "👍 Read"
        assert message.text and text.endswith(message.text)

        await bot.edit_message_text(chat_id=555, message_id=message.message_id, text=text,
                                    reply_markup=keyboard)
        edit = bot_api.sent("editMessageText")[-1]
        assert len(edit["text"].encode("utf-16-le")) // 2 <= 4096
        assert edit["text"].endswith("🌳…") and text.startswith(edit["text"][:-1])
        assert edit["reply_markup"]["inline_keyboard"][0][0]["text"] == "👍 Read"
        assert bot_api.refused == []
    finally:
        await bot.session.close()
