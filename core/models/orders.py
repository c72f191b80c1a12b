"""Group orders ("achats groupés"): items, what each family ordered, Mollie payments."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, CreatedAt


class OrderStatus:
    """open -> closed -> confirmed | cancelled; confirmed -> completed | cancelled."""

    OPEN = "open"
    CLOSED = "closed"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    # Delivered goods are still owed: families pay (and are reminded) after delivery too.
    PAYABLE = frozenset({CONFIRMED, COMPLETED})


class GroupOrder(CreatedAt, Base):
    __tablename__ = "group_orders"
    __table_args__ = (
        CheckConstraint("min_quantity > 0", name="min_quantity_positive"),
        CheckConstraint("max_per_family IS NULL OR max_per_family > 0",
                        name="max_per_family_positive"),
        Index("ix_group_orders_due", "status", "deadline"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    organiser_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    pickup: Mapped[str] = mapped_column(String(300), default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))
    min_quantity: Mapped[int]
    max_per_family: Mapped[int | None]
    deadline: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16), default=OrderStatus.OPEN)
    closed_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]  # the organiser's "minimum not reached yet" warning
    cancelled_at: Mapped[datetime | None]  # its families still find it in /orders a while
    # How many times the organiser was told "minimum reached" or "lost" again: odd when
    # the last notice said reached (each notice has its own outbox purpose).
    minimum_notices: Mapped[int] = mapped_column(default=0)


class OrderClass(Base):
    """An order for some classes; without rows here it is for the whole school."""

    __tablename__ = "group_order_classes"

    order_id: Mapped[int] = mapped_column(ForeignKey("group_orders.id"), primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("school_classes.id"), primary_key=True)


class OrderItem(Base):
    __tablename__ = "group_order_items"
    __table_args__ = (CheckConstraint("price_cents > 0", name="price_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("group_orders.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(60))
    price_cents: Mapped[int]
    variants: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"names": ["S", "M"]}

    @property
    def variant_names(self) -> list[str]:
        return list(self.variants.get("names", []))


class OrderLine(Base):
    """How many of one item (and variant) a family ordered."""

    __tablename__ = "group_order_lines"
    __table_args__ = (
        UniqueConstraint("order_id", "member_id", "item_id", "variant"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("group_orders.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("group_order_items.id"))
    variant: Mapped[str] = mapped_column(String(30), default="")
    quantity: Mapped[int]


class PaymentStatus:
    """Ours first ('creating': not yet at Mollie), then Mollie's own statuses."""

    CREATING = "creating"
    OPEN = "open"
    PENDING = "pending"
    AUTHORIZED = "authorized"
    PAID = "paid"
    FAILED = "failed"
    CANCELED = "canceled"
    EXPIRED = "expired"
    ABANDONED = "abandoned"  # never created: the order was cancelled first

    FINAL = frozenset({PAID, FAILED, CANCELED, EXPIRED, ABANDONED})
    UNPAID_FINAL = frozenset({FAILED, CANCELED, EXPIRED, ABANDONED})


class RefundStatus:
    REQUESTED = "requested"  # to be created at Mollie
    PENDING = "pending"  # Mollie's statuses from here
    QUEUED = "queued"
    PROCESSING = "processing"
    REFUNDED = "refunded"
    FAILED = "failed"
    CANCELED = "canceled"  # from Mollie's dashboard, before it was processed

    # Mollie will not make it: the school refunds the family by hand.
    UNDONE = frozenset({FAILED, CANCELED})


class OrderPayment(CreatedAt, Base):
    """One Mollie payment attempt of a family for an order; a new attempt replaces an
    expired or failed one. The idempotency key makes a retried creation the same payment."""

    __tablename__ = "order_payments"
    __table_args__ = (
        UniqueConstraint("order_id", "member_id", "attempt"),
        UniqueConstraint("idempotency_key"),
        UniqueConstraint("mollie_id"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        Index("ix_order_payments_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    order_id: Mapped[int] = mapped_column(ForeignKey("group_orders.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    attempt: Mapped[int] = mapped_column(default=1)
    amount_cents: Mapped[int]
    idempotency_key: Mapped[str] = mapped_column(String(64))
    mollie_id: Mapped[str | None] = mapped_column(String(40))
    checkout_url: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(16), default=PaymentStatus.CREATING)
    purpose: Mapped[str] = mapped_column(String(16), default="link")  # link | retry | reminder
    last_error: Mapped[str | None] = mapped_column(Text)
    paid_at: Mapped[datetime | None]
    checked_at: Mapped[datetime | None]  # last time we asked Mollie (reconciliation)
    refund_status: Mapped[str | None] = mapped_column(String(16))
    refund_id: Mapped[str | None] = mapped_column(String(40))
