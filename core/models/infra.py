"""Plumbing tables: update dedupe, the outbox, and conversation (FSM) state."""

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.clock import utcnow
from core.models.base import Base, CreatedAt


class ProcessedUpdate(Base):
    __tablename__ = "processed_updates"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    update_key: Mapped[str] = mapped_column(String(128), primary_key=True)
    processed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class OutboxStatus:
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    BLOCKED = "blocked"
    EXPIRED = "expired"  # not sent in time to matter (a reminder after its event began)
    CANCELLED = "cancelled"  # withdrawn by its author before it was sent
    # Its text went as a WhatsApp template (the 24-hour window was closed); the whole
    # message, with its buttons or file, goes again when the person next writes.
    AWAITING_REPLY = "awaiting"
    DELIVERED = (SENT, AWAITING_REPLY)


class OutboxMessage(CreatedAt, Base):
    """A proactive message, written in the transaction that caused it.

    The recipient is a member (the sender picks their reachable identity) or a raw
    channel chat (a class group). Text is a Fluent id rendered at send time in `locale`.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("dedupe_key"),
        Index("ix_outbox_due", "status", "priority", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int | None] = mapped_column(ForeignKey("schools.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    channel: Mapped[str | None] = mapped_column(String(16))
    chat_id: Mapped[str | None] = mapped_column(String(64))
    purpose: Mapped[str] = mapped_column(String(64))
    dedupe_key: Mapped[str] = mapped_column(String(200))
    locale: Mapped[str] = mapped_column(String(5))
    message_id: Mapped[str] = mapped_column(String(100))
    message_args: Mapped[dict[str, Any]] = mapped_column(default=dict)
    buttons: Mapped[dict[str, Any]] = mapped_column(default=dict)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))
    priority: Mapped[int] = mapped_column(default=5)
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]
    claimed_until: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class FsmRecord(Base):
    """Conversation state that survives a restart when no Redis is configured."""

    __tablename__ = "fsm_records"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    state: Mapped[str | None] = mapped_column(String(200))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class InboundEvent(Base):
    """A webhook call stored before it is acknowledged, so that a crash between the
    answer and the processing loses nothing (the transactional inbox). A replica leases
    it while processing (another takes it over if the lease runs out); deleted once
    processed; updates inside are deduplicated as always."""

    __tablename__ = "inbound_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_until: Mapped[datetime | None]
    # Who wrote (the first message's sender): one person's calls are handled in the order
    # they came, even by two replicas ("Anna" then "De Smet" must not swap).
    sender: Mapped[str | None] = mapped_column(String(32), index=True)
