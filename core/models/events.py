"""School events: audience, RSVPs with headcount and waitlist, volunteer slots."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.clock import utcnow
from core.models.base import Base, CreatedAt


class EventStatus:
    ACTIVE = "active"
    CANCELLED = "cancelled"


class Answer:
    YES = "yes"
    MAYBE = "maybe"
    NO = "no"


class Event(CreatedAt, Base):
    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        CheckConstraint("ends_at IS NULL OR ends_at > starts_at", name="ends_after_start"),
        Index("ix_events_upcoming", "school_id", "status", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id"))
    title: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    capacity: Mapped[int | None]
    rsvp_deadline: Mapped[datetime | None]
    ask_headcount: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(16), default=EventStatus.ACTIVE)
    created_by: Mapped[int] = mapped_column(ForeignKey("members.id"))
    # Each change of time, place or status counts one: a calendar that imported the event
    # takes the .ics with a higher SEQUENCE as the new version of the same entry.
    revision: Mapped[int] = mapped_column(default=0)
    revised_at: Mapped[datetime | None]  # the latest such change; None: as created


class EventClass(Base):
    """An event for some classes; an event without rows here is for the whole school."""

    __tablename__ = "event_classes"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("school_classes.id"), primary_key=True)


class Rsvp(Base):
    __tablename__ = "rsvps"
    __table_args__ = (
        CheckConstraint("adults >= 0 AND children >= 0", name="headcount_not_negative"),
        Index("ix_rsvps_queue", "event_id", "waitlisted", "queued_at"),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    answer: Mapped[str] = mapped_column(String(8))
    adults: Mapped[int] = mapped_column(default=1)
    children: Mapped[int] = mapped_column(default=0)
    waitlisted: Mapped[bool] = mapped_column(default=False)
    queued_at: Mapped[datetime] = mapped_column(default=utcnow)  # waitlist order
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class EventSlot(Base):
    __tablename__ = "event_slots"
    __table_args__ = (CheckConstraint("capacity > 0", name="capacity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    label: Mapped[str] = mapped_column(String(80))
    capacity: Mapped[int]


class SlotSignup(CreatedAt, Base):
    __tablename__ = "slot_signups"

    slot_id: Mapped[int] = mapped_column(ForeignKey("event_slots.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)


class CalendarFeed(CreatedAt, Base):
    """A member's calendar feed: a secret address their calendar app reads their events
    from. One per member; a new link replaces the token, and the old address is dead."""

    __tablename__ = "calendar_feeds"

    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    # Kept as it is (not hashed): the chat shows the same link again when asked, so a
    # calendar subscribed once keeps working. It reads the member's events, nothing more.
    token: Mapped[str] = mapped_column(String(64), unique=True)
