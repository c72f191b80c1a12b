"""Photos and documents people send: checked, downloaded from their channel, stored."""

from __future__ import annotations

import mimetypes

from aiogram.types import Message
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import download_file
from core.attachments import Upload, check_upload, store
from core.models import Attachment, AttachmentKind


def upload_of(message: Message) -> tuple[Upload, str] | None:
    """What the message carries, and the channel's file id; None for plain text."""
    if message.photo:
        photo = message.photo[-1]  # the largest size
        return Upload(AttachmentKind.PHOTO, f"photo-{photo.file_unique_id}.jpg", "image/jpeg",
                      photo.file_size or 0), photo.file_id
    if message.document:
        document = message.document
        mime_type = document.mime_type or "application/octet-stream"
        # a name is how the file is told apart and sent on: without one, its type names it
        name = document.file_name or f"document{mimetypes.guess_extension(mime_type) or ''}"
        return Upload(AttachmentKind.DOCUMENT, name, mime_type,
                      document.file_size or 0), document.file_id
    return None


async def stored_attachment(message: Message, session: AsyncSession,
                            school_id: int) -> Attachment | None:
    found = upload_of(message)
    if found is None:
        return None
    upload, file_id = found
    check_upload(upload)  # before downloading anything too big
    return await store(session, school_id, upload, await download_file(message.bot, file_id))
