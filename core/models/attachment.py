"""Files people attach (an announcement's photo, an order's picture), stored as bytes.

Channel-neutral on purpose: a Telegram file_id means nothing to WhatsApp, so each
channel uploads the bytes itself when it first sends them.
"""

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, CreatedAt


class AttachmentKind:
    PHOTO = "photo"
    DOCUMENT = "document"


class Attachment(CreatedAt, Base):
    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    filename: Mapped[str] = mapped_column(String(200))
    mime_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)
