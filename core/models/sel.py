"""The SEL (time bank) ledger: accounts, immutable transfers, payment requests, posts.

Balances are kept on accounts and changed only by the ledger service, in the same
transaction as the transfer row that explains them; history sums to the balance.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, CreatedAt


class AccountKind:
    MEMBER = "member"
    ISSUANCE = "issuance"


class TransferKind:
    OPENING = "opening"
    PAYMENT = "payment"
    REQUEST = "request"
    REVERSAL = "reversal"


class SelAccount(CreatedAt, Base):
    __tablename__ = "sel_accounts"
    __table_args__ = (
        UniqueConstraint("member_id"),
        # The issuance account funds opening balances, so it alone may go anywhere.
        CheckConstraint("kind = 'issuance' OR (balance >= min_balance AND balance <= max_balance)",
                        name="balance_within_limits"),
        CheckConstraint("min_balance <= 0 AND max_balance >= 0", name="limits_around_zero"),
        CheckConstraint("(kind = 'issuance') = (member_id IS NULL)", name="issuance_has_no_member"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    kind: Mapped[str] = mapped_column(String(16), default=AccountKind.MEMBER)
    balance: Mapped[int] = mapped_column(default=0)
    given: Mapped[int] = mapped_column(default=0)
    received: Mapped[int] = mapped_column(default=0)
    min_balance: Mapped[int]
    max_balance: Mapped[int]
    limits_overridden: Mapped[bool] = mapped_column(default=False)


class SelTransfer(CreatedAt, Base):
    __tablename__ = "sel_transfers"
    __table_args__ = (
        CheckConstraint("units > 0", name="units_positive"),
        CheckConstraint("payer_account_id <> payee_account_id", name="not_to_self"),
        UniqueConstraint("reverses_id"),
        Index("ix_sel_transfers_payer", "payer_account_id", "created_at"),
        Index("ix_sel_transfers_payee", "payee_account_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # chosen by the client
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    payer_account_id: Mapped[int] = mapped_column(ForeignKey("sel_accounts.id"))
    payee_account_id: Mapped[int] = mapped_column(ForeignKey("sel_accounts.id"))
    units: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(200))
    post_id: Mapped[int | None] = mapped_column(ForeignKey("sel_posts.id"))
    reverses_id: Mapped[str | None] = mapped_column(ForeignKey("sel_transfers.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("members.id"))


class RequestStatus:
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    WITHDRAWN = "withdrawn"  # by its requester, before an answer


class SelRequest(CreatedAt, Base):
    """A payee asks a payer for units; it moves nothing until the payer accepts."""

    __tablename__ = "sel_requests"
    __table_args__ = (
        CheckConstraint("units > 0", name="units_positive"),
        Index("ix_sel_requests_due", "status", "expires_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    payer_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    units: Mapped[int]
    note: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default=RequestStatus.PENDING)
    expires_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]


class PostKind:
    OFFER = "offer"
    NEED = "need"


class PostStatus:
    ACTIVE = "active"
    PAUSED = "paused"
    DELETED = "deleted"
    REMOVED = "removed"  # by the school's admins (moderation): for good, like deleted


CATEGORIES = ("childcare", "transport", "homework", "cooking", "repairs", "garden", "it",
              "lending", "other")


class SelPost(CreatedAt, Base):
    """An offer ("je propose") or a need ("je cherche") in the school's SEL."""

    __tablename__ = "sel_posts"
    __table_args__ = (
        CheckConstraint("units_per_hour > 0", name="rate_positive"),
        Index("ix_sel_posts_browse", "school_id", "status", "category", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(80))
    description: Mapped[str] = mapped_column(Text)
    units_per_hour: Mapped[int] = mapped_column(default=60)
    status: Mapped[str] = mapped_column(String(8), default=PostStatus.ACTIVE)
    expires_at: Mapped[datetime | None]  # None: no end date
    reminded_at: Mapped[datetime | None]
    removed_reason: Mapped[str | None] = mapped_column(String(300))  # the admin's, if removed


class SelPostReport(CreatedAt, Base):
    """A parent tells the school's admins a post does not belong in the SEL (one report
    per parent and post). Dismissed by an admin who keeps the post: it no longer counts."""

    __tablename__ = "sel_post_reports"
    __table_args__ = (UniqueConstraint("post_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    post_id: Mapped[int] = mapped_column(ForeignKey("sel_posts.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    dismissed_at: Mapped[datetime | None]


class SelFollow(CreatedAt, Base):
    """A member who wants to hear of each new offer or need in one category."""

    __tablename__ = "sel_follows"
    __table_args__ = (
        UniqueConstraint("member_id", "category"),
        Index("ix_sel_follows_category", "school_id", "category"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    category: Mapped[str] = mapped_column(String(16))
