"""The offline process's memory of what each WhatsApp chat was shown."""

from __future__ import annotations

from datetime import timedelta

import time_machine

from bot.channels.base import Button, Rendered
from bot.channels.whatsapp.memory import KEYBOARD, LocalChatMemory, replied_to
from core.clock import utcnow


async def test_messages_by_id_are_kept_to_the_latest_while_each_chat_keeps_its_keyboard(
        ) -> None:
    memory = LocalChatMemory()
    memory.SENT_KEPT = 2  # a month of a school's messages, in small
    latest = Rendered(chat_id=32470, message_id=1, text="Fair?", buttons=[[Button("Yes", "y")]])
    await memory.remember(KEYBOARD, latest)
    for wamid in ("wamid.A", "wamid.B", "wamid.C"):
        await memory.remember(replied_to(wamid), latest)
    assert await memory.recall(replied_to("wamid.A"), 32470) is None  # the oldest went
    assert await memory.recall(replied_to("wamid.C"), 32470) is not None
    assert await memory.recall(KEYBOARD, 32470) is not None  # never dropped


async def test_what_a_chat_was_shown_goes_after_the_period_or_when_its_member_is_erased(
        ) -> None:
    """It may name people and is kept under the person's number: no longer than the
    retention period (as Redis lets it expire), and not at all once they are erased."""
    memory = LocalChatMemory(remembered=7 * 24 * 3600)
    anna = Rendered(chat_id=32470111, message_id=1, text="Pay Jan Peeters?",
                    buttons=[[Button("✅ Pay", "p")]])
    jan = Rendered(chat_id=32499222, message_id=2, text="Fair?", buttons=[[Button("Yes", "y")]])
    with time_machine.travel(utcnow()) as clock:
        for kind in (KEYBOARD, replied_to("wamid.A")):
            await memory.remember(kind, anna)
        clock.shift(timedelta(days=6))
        await memory.remember(KEYBOARD, jan)
        await memory.forget_chat(32499222)  # Jan is erased
        assert await memory.recall(KEYBOARD, 32499222) is None
        assert await memory.recall(replied_to("wamid.A"), 32470111) is not None
        clock.shift(timedelta(days=1, seconds=1))
        assert await memory.recall(KEYBOARD, 32470111) is None
        assert await memory.recall(replied_to("wamid.A"), 32470111) is None
        assert memory._shown == {} and memory._sent == {}  # nothing left behind
