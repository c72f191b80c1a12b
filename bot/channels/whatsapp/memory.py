"""What each WhatsApp chat was last shown, so that the person's answer can refer to it:
the latest buttons (what a button press belongs to), and the choices of the latest
message while it is the latest (so that "2" typed back presses the second of numbered
choices, and "oui" the button "✅ Oui"); and each message with buttons by its id, for
a reply quoting it.

`LocalChatMemory` serves the single offline process. `RedisChatMemory` lets any replica
read what another one showed (behind a load balancer, the answer seldom comes back to
the replica that sent the question). File bytes are not kept: an answer needs the text
and the buttons only.

What a chat was shown may name people and is kept under the person's phone number, so it
is kept no longer than a month nor than the deployment's retention period
(`remembered_seconds`), and an erased member's chats are forgotten at once
(`forget_chat`).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Protocol

from bot.channels.base import Button, Rendered
from core.clock import utcnow

KEYBOARD = "keyboard"
CHOICES = "choices"


def replied_to(wamid: str) -> str:
    """A message with buttons by its WhatsApp id: what a person's reply to that very
    message (swiped, quoted) answers, even once other messages followed."""
    return f"sent:{wamid}"

REMEMBERED_SECONDS = 30 * 24 * 3600  # a button stays answerable for a month


def remembered_seconds(retention_days: int) -> int:
    """A month, or less when the deployment keeps its records for less (RGPD)."""
    return min(REMEMBERED_SECONDS, retention_days * 24 * 3600)


class ChatMemory(Protocol):
    async def remember(self, kind: str, rendered: Rendered) -> None: ...

    async def recall(self, kind: str, chat_id: int) -> Rendered | None: ...

    async def forget(self, kind: str, chat_id: int) -> None: ...

    async def forget_chat(self, chat_id: int) -> None: ...


class LocalChatMemory:
    # The offline process keeps only the latest messages by id (Redis lets them expire):
    # a reply quoting an older one is taken as typed text.
    SENT_KEPT = 2000

    def __init__(self, remembered: int = REMEMBERED_SECONDS) -> None:
        self.remembered = timedelta(seconds=remembered)
        # Oldest first, so that what was shown longer ago than `remembered` goes from the
        # front, as Redis lets it expire.
        self._shown: OrderedDict[tuple[str, int], tuple[datetime, Rendered]] = OrderedDict()
        self._sent: OrderedDict[tuple[str, int], None] = OrderedDict()

    async def remember(self, kind: str, rendered: Rendered) -> None:
        self._expire()
        key = kind, rendered.chat_id
        self._shown.pop(key, None)
        self._shown[key] = utcnow(), replace(rendered, document_bytes=None)
        if kind.startswith(replied_to("")):
            self._sent[key] = None
            if len(self._sent) > self.SENT_KEPT:
                self._shown.pop(self._sent.popitem(last=False)[0], None)

    async def recall(self, kind: str, chat_id: int) -> Rendered | None:
        self._expire()
        found = self._shown.get((kind, chat_id))
        return found[1] if found else None

    async def forget(self, kind: str, chat_id: int) -> None:
        self._drop((kind, chat_id))

    async def forget_chat(self, chat_id: int) -> None:
        for key in [key for key in self._shown if key[1] == chat_id]:
            self._drop(key)

    def _drop(self, key: tuple[str, int]) -> None:
        self._shown.pop(key, None)
        self._sent.pop(key, None)

    def _expire(self) -> None:
        cutoff = utcnow() - self.remembered
        while self._shown:
            key, (shown_at, _) = next(iter(self._shown.items()))
            if shown_at >= cutoff:
                return
            self._drop(key)


class RedisChatMemory:
    def __init__(self, redis, prefix: str = "schoolhub:whatsapp:",
                 remembered: int = REMEMBERED_SECONDS) -> None:
        self.redis = redis
        self.prefix = prefix
        self.remembered = remembered

    def _key(self, kind: str, chat_id: int) -> str:
        return f"{self.prefix}{kind}:{chat_id}"

    async def remember(self, kind: str, rendered: Rendered) -> None:
        shown = {"message_id": rendered.message_id, "text": rendered.text,
                 "buttons": [[[b.label, b.data] for b in row] for row in rendered.buttons],
                 "document": rendered.document, "is_photo": rendered.is_photo}
        await self.redis.set(self._key(kind, rendered.chat_id), json.dumps(shown),
                             ex=self.remembered)

    async def recall(self, kind: str, chat_id: int) -> Rendered | None:
        raw = await self.redis.get(self._key(kind, chat_id))
        if raw is None:
            return None
        shown = json.loads(raw)
        return Rendered(chat_id, shown["message_id"], shown["text"],
                        [[Button(label, data) for label, data in row]
                         for row in shown["buttons"]],
                        document=shown["document"], is_photo=shown["is_photo"])

    async def forget(self, kind: str, chat_id: int) -> None:
        await self.redis.delete(self._key(kind, chat_id))

    async def forget_chat(self, chat_id: int) -> None:
        # Every kind of one chat: its keys end with ":<chat id>".
        keys = [key async for key in self.redis.scan_iter(match=f"{self.prefix}*:{chat_id}")]
        if keys:
            await self.redis.delete(*keys)
