from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.models.base import Base, CreatedAt


class MemberStatus(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    REJECTED = "rejected"
    DEACTIVATED = "deactivated"
    ERASED = "erased"  # personal data erased on request (RGPD); the row keeps the books


class RoleKind(StrEnum):
    PARENT = "parent"
    CLASS_REP = "class_rep"
    ADMIN = "admin"


class Member(CreatedAt, Base):
    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(64))
    last_name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32))
    email: Mapped[str | None] = mapped_column(String(254))
    locale: Mapped[str] = mapped_column(String(5))
    status: Mapped[str] = mapped_column(String(16), default=MemberStatus.ACTIVE)
    consent_version: Mapped[str | None] = mapped_column(String(16))
    consent_at: Mapped[datetime | None]
    # Since when they get their week every Sunday evening (core/week.py); None: they don't.
    week_digest_at: Mapped[datetime | None]

    identities: Mapped[list["Identity"]] = relationship(back_populates="member", lazy="raise")
    roles: Mapped[list["Role"]] = relationship(back_populates="member", lazy="raise")
    # Loaded with the member on every update (its settings decide what the bot offers).
    school: Mapped["School"] = relationship(lazy="raise")  # noqa: F821

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_active(self) -> bool:
        return self.status == MemberStatus.ACTIVE


class Identity(CreatedAt, Base):
    """How a member is reached on one channel (telegram, whatsapp, console)."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    last_seen_at: Mapped[datetime | None]
    unreachable: Mapped[bool] = mapped_column(default=False)

    member: Mapped[Member] = relationship(back_populates="identities", lazy="raise")


class Child(CreatedAt, Base):
    __tablename__ = "children"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    first_name: Mapped[str] = mapped_column(String(64))
    class_id: Mapped[int] = mapped_column(ForeignKey("school_classes.id"), index=True)
    # The coming school year ("2027-2028") the family gave the class for: chosen from 15
    # July until the school starts that year, the class is next September's, and the new
    # year keeps the child in that level instead of one class up (core/schools/year.py).
    placed_for: Mapped[str | None] = mapped_column(String(9))


class MemberChild(Base):
    """A child may have several parents in the school, and a parent several children."""

    __tablename__ = "member_children"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    child_id: Mapped[int] = mapped_column(
        ForeignKey("children.id", ondelete="CASCADE"), primary_key=True
    )


class Role(CreatedAt, Base):
    __tablename__ = "roles"
    __table_args__ = (
        UniqueConstraint("member_id", "kind", "class_id"),
        CheckConstraint(
            "(kind = 'class_rep' AND class_id IS NOT NULL) OR "
            "(kind <> 'class_rep' AND class_id IS NULL)",
            name="class_only_for_reps",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    class_id: Mapped[int | None] = mapped_column(ForeignKey("school_classes.id"))

    member: Mapped[Member] = relationship(back_populates="roles", lazy="raise")


class LinkPurpose(StrEnum):
    CHAT_APP = "chat_app"  # another chat app joins one's membership (Telegram <-> WhatsApp)
    FAMILY = "family"  # the children's other parent shares them


class LinkCode(CreatedAt, Base):
    """A one-time code that joins something to a member: another chat app of theirs, or
    the other parent of their children."""

    __tablename__ = "link_codes"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    purpose: Mapped[str] = mapped_column(String(16), default=LinkPurpose.CHAT_APP,
                                         server_default=LinkPurpose.CHAT_APP)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
