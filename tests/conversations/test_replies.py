"""What the bot shows for an update goes out after the update's commit (bot/replies.py):
through aiogram's real HTTP client and a local Bot API that can be slow or refuse."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiogram.filters import Command
from aiogram.types import Message
from sqlalchemy import func, select

from core.errors import DomainError
from core.models import Member
from tests.conversations.test_sel import pay_until_confirmation
from tests.support.flows import balances, families
from tests.support.harness import App
from tests.support.telegram_api import LocalBotApi


@pytest.fixture
async def chat_channel() -> AsyncIterator[LocalBotApi]:
    """Telegram only: its local Bot API can hold a chat's messages back."""
    api = LocalBotApi()
    await api.start()
    yield api
    await api.stop()


async def until_sent(api: LocalBotApi, chat_id: int, text: str) -> None:
    """Wait until the bot has handed `text` for `chat_id` to the Bot API (answered or
    not)."""
    assert await api.wait_until(lambda: any(
        c.method == "sendMessage" and c.params.get("chat_id") == str(chat_id)
        and text in str(c.params.get("text")) for c in api.calls), within=5)


async def test_the_payment_is_saved_before_the_parent_is_told(
        app: App, chat_channel: LocalBotApi) -> None:
    anna, _, _ = await families(app)
    await pay_until_confirmation(anna, "30")
    chat_channel.stalled_chats.add(anna.user.id)
    paying = asyncio.create_task(anna.taps("✅ Pay"))
    await until_sent(chat_channel, anna.user.id, "You paid 30 units")
    # Telegram has not even answered yet: the payment is already there for everyone.
    assert await balances(app) == {"Anna": 90, "Jan": 150}
    chat_channel.unstall()
    assert "✅ You paid 30 units (0 h 30) to Jan Peeters" in await paying


async def test_a_slow_network_to_one_parent_holds_no_one_else_up(
        app: App, chat_channel: LocalBotApi) -> None:
    app.settings.updates_at_once = 1  # a single update at a time in this process
    await app.restart()
    anna, jan, _ = await families(app)
    chat_channel.stalled_chats.add(anna.user.id)
    asking = asyncio.create_task(anna.says("/balance"))
    await until_sent(chat_channel, anna.user.id, "Your balance")
    # Anna's answer is still on its way; Jan's update gets the turn meanwhile.
    assert "Je saldo: 120 eenheden" in await asyncio.wait_for(jan.says("/balance"), 5)
    chat_channel.unstall()
    assert "Your balance: 120 units" in await asyncio.wait_for(asking, 5)


async def test_a_parent_who_blocked_the_bot_still_pays(app: App,
                                                       chat_channel: LocalBotApi) -> None:
    anna, jan, _ = await families(app)
    await pay_until_confirmation(anna, "30")
    chat_channel.blocked_chats.add(anna.user.id)
    await anna.taps("✅ Pay")  # the confirmation is refused: 403, bot blocked
    assert await balances(app) == {"Anna": 90, "Jan": 150}
    await app.deliver()
    assert "Anna De Smet betaalde je 30 eenheden" in jan.last.text
    chat_channel.blocked_chats.clear()
    assert "Your balance: 90 units" in await anna.says("/balance")


async def renamed(app: App) -> int:
    async with app.sessions() as session:
        return await session.scalar(select(func.count()).where(Member.first_name == "Renamed"))


async def test_a_refused_update_shows_only_the_refusal(app: App) -> None:
    anna, _, _ = await families(app)

    @app.runtime.dispatcher.message(Command("rename"))
    async def rename_then_refuse(message: Message, member: Member) -> None:
        member.first_name = "Renamed"
        await message.answer("✅ Renamed")
        raise DomainError("sel-amount-invalid")

    assert await anna.says("/rename") == "I did not understand that amount. Type for " \
        "example 1h30, 45 min or 90 (a whole number of units, more than 0)."
    assert await renamed(app) == 0


async def test_a_failed_update_shows_only_the_apology(app: App) -> None:
    anna, _, _ = await families(app)

    @app.runtime.dispatcher.message(Command("pay_twice"))
    async def pay_then_fail(message: Message, member: Member) -> None:
        member.first_name = "Renamed"
        await message.answer("✅ Paid")
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        await anna.says("/pay_twice")
    assert [r.text for r in app.chat.inbox(anna.user.id)][-1] == (
        "Sorry, something went wrong on my side. Nothing was changed; please try again.")
    assert "✅ Paid" not in [r.text for r in app.chat.inbox(anna.user.id)]
    assert await renamed(app) == 0
