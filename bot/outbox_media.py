"""Attachments for the outbox sender: bytes read once, uploaded once per channel.

After the first upload Telegram answers with a file_id that later sends reuse, so a
photo announced to 500 families travels once. The cache only saves work: losing it
(a restart) means one more upload, never a wrong message.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import OrderedDict
from collections.abc import AsyncIterator

from aiogram.types import BufferedInputFile, Message
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.models import Attachment

KEEP_FILES = 8


class MediaCache:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions
        self._files: OrderedDict[int, tuple[str, BufferedInputFile]] = OrderedDict()
        self._file_ids: dict[tuple[str, int], str] = {}
        self._first_upload: dict[tuple[str, int], asyncio.Lock] = {}

    @contextlib.asynccontextmanager
    async def media(self, channel: str, attachment_id: int
                    ) -> AsyncIterator[tuple[str, BufferedInputFile | str]]:
        """The attachment's kind, and what to pass as the photo/document argument.

        Until the channel has given a file id, sends of this file wait for the one
        uploading it, so that concurrent recipients do not each upload it."""
        key = (channel, attachment_id)
        lock = None
        if key not in self._file_ids:
            lock = self._first_upload.setdefault(key, asyncio.Lock())
            await lock.acquire()
        try:
            kind, upload = await self._load(attachment_id)
            yield kind, self._file_ids.get(key, upload)
        finally:
            if lock is not None:
                lock.release()

    def remember(self, channel: str, attachment_id: int, sent: Message) -> None:
        file_id = (sent.photo[-1].file_id if sent.photo else
                   sent.document.file_id if sent.document else None)
        if file_id:
            self._file_ids[(channel, attachment_id)] = file_id

    async def _load(self, attachment_id: int) -> tuple[str, BufferedInputFile]:
        if attachment_id in self._files:
            self._files.move_to_end(attachment_id)
            return self._files[attachment_id]
        async with self.sessions() as session:
            attachment = await session.get_one(Attachment, attachment_id)
            loaded = attachment.kind, BufferedInputFile(attachment.data, attachment.filename)
        self._files[attachment_id] = loaded
        while len(self._files) > KEEP_FILES:
            self._files.popitem(last=False)
        return loaded
