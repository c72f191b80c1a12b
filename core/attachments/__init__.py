"""Attachments: validated and stored once, referenced by announcements, orders, outbox rows."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from core.attachments.types import sendable_type
from core.errors import DomainError
from core.models import Attachment, AttachmentKind

MAX_BYTES = 10 * 1024 * 1024  # Telegram's limit for photos sent by bots; ample for a flyer


@dataclass(frozen=True)
class Upload:
    """A file as a person sent it, whatever the channel."""

    kind: str
    filename: str
    mime_type: str
    size: int


def check_upload(upload: Upload) -> None:
    """Refuse before downloading: the channel tells the size up front."""
    if upload.kind not in (AttachmentKind.PHOTO, AttachmentKind.DOCUMENT):
        raise DomainError("attachment-invalid")
    if upload.size > MAX_BYTES:
        raise DomainError("attachment-too-big", max=MAX_BYTES // (1024 * 1024))
    if upload.kind == AttachmentKind.DOCUMENT and sendable_type(upload.filename) is None:
        raise DomainError("attachment-type-refused", file=upload.filename[:60])


async def store(session: AsyncSession, school_id: int, upload: Upload, data: bytes) -> Attachment:
    check_upload(Upload(upload.kind, upload.filename, upload.mime_type, len(data)))
    if not data:
        raise DomainError("attachment-invalid")
    attachment = Attachment(school_id=school_id, kind=upload.kind,
                            filename=(upload.filename or "file")[:200],
                            mime_type=upload.mime_type[:100], size=len(data), data=data)
    session.add(attachment)
    await session.flush()
    return attachment
