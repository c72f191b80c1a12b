"""Files uploaded to WhatsApp once, not once per family.

An announcement's flyer going to 25 families was uploaded 25 times. Meta keeps an upload
for 30 days and any message may name it by its id, so the same bytes (same type and
name) reuse the id for a day. The ids live in this process only: losing them costs an
upload, nothing else, and an id Meta no longer knows is uploaded again (see `session`).
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict

from bot.channels.whatsapp.graph import GraphClient

KEEP_SECONDS = 24 * 3600  # well inside Meta's 30 days
KEEP_FILES = 128  # the latest files sent; a file is at most a few MB, an id a few bytes

Key = tuple[str, str, str]


class UploadedMedia:
    def __init__(self) -> None:
        self._ids: OrderedDict[Key, tuple[str, float]] = OrderedDict()

    @staticmethod
    def key(data: bytes, mime_type: str, filename: str) -> Key:
        return hashlib.sha256(data).hexdigest(), mime_type, filename

    def known(self, key: Key) -> str | None:
        found = self._ids.get(key)
        if found is None or time.monotonic() - found[1] > KEEP_SECONDS:
            self._ids.pop(key, None)
            return None
        self._ids.move_to_end(key)
        return found[0]

    async def upload(self, graph: GraphClient, key: Key, data: bytes) -> str:
        media_id = await graph.upload(data, key[1], key[2])
        self._ids[key] = (media_id, time.monotonic())
        self._ids.move_to_end(key)
        while len(self._ids) > KEEP_FILES:
            self._ids.popitem(last=False)
        return media_id

    def forget(self, key: Key) -> None:
        self._ids.pop(key, None)
