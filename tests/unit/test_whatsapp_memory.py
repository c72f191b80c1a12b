"""The offline process's memory of what each WhatsApp chat was shown."""

from __future__ import annotations

from bot.channels.base import Button, Rendered
from bot.channels.whatsapp.memory import KEYBOARD, LocalChatMemory, replied_to


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
