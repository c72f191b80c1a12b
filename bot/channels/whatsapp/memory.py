"""What each WhatsApp chat was last shown, so that the person's answer can refer to it:
the latest buttons (what a button press belongs to), and the choices of the latest
message while it is the latest (so that "2" typed back presses the second of numbered
choices, and "oui" the button "✅ Oui"); and each message with buttons by its id, for
a reply quoting it.

`LocalChatMemory` serves the single offline process. `RedisChatMemory` lets any replica
read what another one showed (behind a load balancer, the answer seldom comes back to
the replica that sent the question). File bytes are not kept: an answer needs the text
and the buttons only.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import replace
from typing import Protocol

from bot.channels.base import Button, Rendered

KEYBOARD = "keyboard"
CHOICES = "choices"


def replied_to(wamid: str) -> str:
    """A message with buttons by its WhatsApp id: what a person's reply to that very
    message (swiped, quoted) answers, even once other messages followed."""
    return f"sent:{wamid}"

REMEMBERED_SECONDS = 30 * 24 * 3600  # a button stays answerable for a month


class ChatMemory(Protocol):
    async def remember(self, kind: str, rendered: Rendered) -> None: ...

    async def recall(self, kind: str, chat_id: int) -> Rendered | None: ...

    async def forget(self, kind: str, chat_id: int) -> None: ...


class LocalChatMemory:
    # The offline process keeps only the latest messages by id (Redis lets them expire):
    # a reply quoting an older one is taken as typed text.
    SENT_KEPT = 2000

    def __init__(self) -> None:
        self._shown: dict[tuple[str, int], Rendered] = {}
        self._sent: OrderedDict[tuple[str, int], None] = OrderedDict()

    async def remember(self, kind: str, rendered: Rendered) -> None:
        self._shown[kind, rendered.chat_id] = replace(rendered, document_bytes=None)
        if kind.startswith(replied_to("")):
            self._sent[kind, rendered.chat_id] = None
            if len(self._sent) > self.SENT_KEPT:
                self._shown.pop(self._sent.popitem(last=False)[0], None)

    async def recall(self, kind: str, chat_id: int) -> Rendered | None:
        return self._shown.get((kind, chat_id))

    async def forget(self, kind: str, chat_id: int) -> None:
        self._shown.pop((kind, chat_id), None)


class RedisChatMemory:
    def __init__(self, redis, prefix: str = "schoolhub:whatsapp:") -> None:
        self.redis = redis
        self.prefix = prefix

    def _key(self, kind: str, chat_id: int) -> str:
        return f"{self.prefix}{kind}:{chat_id}"

    async def remember(self, kind: str, rendered: Rendered) -> None:
        shown = {"message_id": rendered.message_id, "text": rendered.text,
                 "buttons": [[[b.label, b.data] for b in row] for row in rendered.buttons],
                 "document": rendered.document, "is_photo": rendered.is_photo}
        await self.redis.set(self._key(kind, rendered.chat_id), json.dumps(shown),
                             ex=REMEMBERED_SECONDS)

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
