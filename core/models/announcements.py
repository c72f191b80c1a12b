"""Announcements from class reps and admins, and who has read them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.models.base import Base, CreatedAt


class AudienceKind:
    SCHOOL = "school"
    CLASSES = "classes"
    REPS = "reps"
    ADMINS = "admins"


class AnnouncementStatus:
    DRAFT = "draft"
    SCHEDULED = "scheduled"  # waits for its `send_at` (core/announcements/schedule.py)
    QUEUED = "queued"
    CANCELLED = "cancelled"
    # not sent yet: its author's alone, nothing to follow up
    UNSENT = (DRAFT, SCHEDULED)


class Announcement(CreatedAt, Base):
    __tablename__ = "announcements"

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    audience: Mapped[str] = mapped_column(String(16))
    original_locale: Mapped[str] = mapped_column(String(5))
    texts: Mapped[dict[str, Any]] = mapped_column(default=dict)  # locale -> text
    urgent: Mapped[bool] = mapped_column(default=False)
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))
    status: Mapped[str] = mapped_column(String(16), default=AnnouncementStatus.DRAFT)
    queued_at: Mapped[datetime | None]
    # When a scheduled one goes out ("Send later"); kept once it went, for the record.
    send_at: Mapped[datetime | None] = mapped_column(index=True)
    resends: Mapped[int] = mapped_column(default=0)
    # The sender's live status message, and the last figures shown (also for the panel).
    status_channel: Mapped[str | None] = mapped_column(String(16))
    status_chat_id: Mapped[str | None] = mapped_column(String(64))
    status_message_id: Mapped[int | None]
    figures: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # A poll's choices (2 to 6, typed once by its author, the same in every language);
    # None for a plain announcement.
    choices: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))


class AnnouncementClass(Base):
    __tablename__ = "announcement_classes"

    announcement_id: Mapped[int] = mapped_column(ForeignKey("announcements.id"),
                                                 primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("school_classes.id"), primary_key=True)


class AnnouncementRead(CreatedAt, Base):
    __tablename__ = "announcement_reads"

    announcement_id: Mapped[int] = mapped_column(ForeignKey("announcements.id"),
                                                 primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)


class AnnouncementAnswer(Base):
    """A poll's answer: one per household counts (a co-parent's answer replaces the
    other's, core.announcements.polls); `choice` is the index in its `choices`."""

    __tablename__ = "announcement_answers"

    announcement_id: Mapped[int] = mapped_column(ForeignKey("announcements.id"),
                                                 primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True,
                                           index=True)
    choice: Mapped[int]
    answered_at: Mapped[datetime]


class ClassGroup(CreatedAt, Base):
    """A class's group chat (e.g. a Telegram group), where its announcements are posted."""

    __tablename__ = "class_groups"
    __table_args__ = (UniqueConstraint("class_id", "channel"), UniqueConstraint("channel",
                                                                               "chat_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    class_id: Mapped[int] = mapped_column(ForeignKey("school_classes.id"))
    channel: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(128), default="")
    linked_by: Mapped[int] = mapped_column(ForeignKey("members.id"))
