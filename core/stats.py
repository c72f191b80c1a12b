"""A school's vital signs over time, for the panel's charts. Grouped in Python so the
same code runs on SQLite and PostgreSQL (a school's rows over months are few)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.events.service import seats
from core.models import (
    Announcement,
    AnnouncementRead,
    Answer,
    Event,
    EventStatus,
    GroupOrder,
    Identity,
    Member,
    OrderPayment,
    OutboxMessage,
    OutboxStatus,
    PaymentStatus,
    Rsvp,
    SelTransfer,
    TransferKind,
)

EXCHANGES = (TransferKind.PAYMENT, TransferKind.REQUEST)  # not openings, not corrections


def last_months(today: date, count: int) -> list[str]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.insert(0, f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months


async def transfers_per_month(session: AsyncSession, school_id: int, months: int = 6
                              ) -> list[tuple[str, int, int]]:
    """(month, transfers, units) for the last months, oldest first, empty months too."""
    labels = last_months(utcnow().date(), months)
    since = datetime.fromisoformat(f"{labels[0]}-01T00:00:00+00:00")
    rows = await session.execute(select(SelTransfer.created_at, SelTransfer.units).where(
        SelTransfer.school_id == school_id, SelTransfer.created_at >= since,
        SelTransfer.kind.in_(EXCHANGES)))
    counts, units = Counter(), Counter()
    for created_at, amount in rows:
        counts[f"{created_at:%Y-%m}"] += 1
        units[f"{created_at:%Y-%m}"] += amount
    return [(label, counts[label], units[label]) for label in labels]


async def orders_per_month(session: AsyncSession, school_id: int, months: int = 6
                           ) -> list[tuple[str, int, int]]:
    """(month, orders created, cents paid) for the last months, oldest first. A payment
    counts in the month it was paid, unless it was refunded since."""
    labels = last_months(utcnow().date(), months)
    since = datetime.fromisoformat(f"{labels[0]}-01T00:00:00+00:00")
    created = await session.scalars(select(GroupOrder.created_at).where(
        GroupOrder.school_id == school_id, GroupOrder.created_at >= since))
    counts = Counter(f"{moment:%Y-%m}" for moment in created)
    paid = await session.execute(select(OrderPayment.paid_at, OrderPayment.amount_cents).where(
        OrderPayment.school_id == school_id, OrderPayment.status == PaymentStatus.PAID,
        OrderPayment.refund_status.is_(None), OrderPayment.paid_at >= since))
    cents = Counter()
    for paid_at, amount in paid:
        cents[f"{paid_at:%Y-%m}"] += amount
    return [(label, counts[label], cents[label]) for label in labels]


async def messages_per_day(session: AsyncSession, school_id: int, days: int = 30
                           ) -> list[tuple[date, int]]:
    """Messages the bot delivered per day, the last `days` days."""
    today = utcnow().date()
    rows = await session.scalars(select(OutboxMessage.sent_at).where(
        OutboxMessage.school_id == school_id, OutboxMessage.status.in_(OutboxStatus.DELIVERED),
        OutboxMessage.sent_at >= first_day(today, days)))
    return count_per_day(rows, today, days)


def count_per_day(moments: Iterable[datetime], today: date, days: int
                  ) -> list[tuple[date, int]]:
    """How many moments fell on each of the last `days` days (UTC), oldest first."""
    per_day = Counter(moment.date() for moment in moments)
    return [(today - timedelta(days=offset), per_day[today - timedelta(days=offset)])
            for offset in range(days - 1, -1, -1)]


def first_day(today: date, days: int) -> datetime:
    return datetime.combine(today - timedelta(days=days - 1), datetime.min.time(), UTC)


async def announcements_per_day(session: AsyncSession, school_id: int, days: int = 30
                                ) -> list[tuple[date, int]]:
    """Announcements sent (queued for delivery) per day, the last `days` days."""
    today = utcnow().date()
    sent = await session.scalars(select(Announcement.queued_at).where(
        Announcement.school_id == school_id, Announcement.queued_at >= first_day(today, days)))
    return count_per_day(sent, today, days)


async def events_per_month(session: AsyncSession, school_id: int, months: int = 6
                           ) -> list[tuple[str, int, int]]:
    """(month, events, people coming) by the month each event starts; cancelled events
    left out. People coming are the confirmed seats: adults and children when the event
    asked for a headcount, else one per "yes"."""
    labels = last_months(utcnow().date(), months)
    since = datetime.fromisoformat(f"{labels[0]}-01T00:00:00+00:00")
    held = {event.id: event for event in await session.scalars(select(Event).where(
        Event.school_id == school_id, Event.status == EventStatus.ACTIVE,
        Event.starts_at >= since))}
    counts, coming = Counter(), Counter()
    for event in held.values():
        counts[f"{event.starts_at:%Y-%m}"] += 1
    for rsvp in await session.scalars(select(Rsvp).where(
            Rsvp.event_id.in_(list(held)), Rsvp.answer == Answer.YES,
            Rsvp.waitlisted.is_(False))):
        event = held[rsvp.event_id]
        coming[f"{event.starts_at:%Y-%m}"] += seats(rsvp, event)
    return [(label, counts[label], coming[label]) for label in labels]


async def active_families_per_month(session: AsyncSession, school_id: int, months: int = 6
                                    ) -> list[tuple[str, int]]:
    """(month, members who did something that month), oldest first.

    "Did something" is what leaves a dated trace: made a SEL transfer, answered an event
    (when first answered), read an announcement, or last wrote to the bot (an identity
    keeps only its latest message, so that one counts for its month only). Inbound
    updates themselves are not kept per member, and are purged after a while."""
    labels = last_months(utcnow().date(), months)
    since = datetime.fromisoformat(f"{labels[0]}-01T00:00:00+00:00")
    traces = (
        select(SelTransfer.created_by, SelTransfer.created_at).where(
            SelTransfer.school_id == school_id, SelTransfer.created_at >= since,
            SelTransfer.created_by.is_not(None)),
        select(Rsvp.member_id, Rsvp.queued_at).join(Event, Event.id == Rsvp.event_id).where(
            Event.school_id == school_id, Rsvp.queued_at >= since),
        select(AnnouncementRead.member_id, AnnouncementRead.created_at)
        .join(Announcement, Announcement.id == AnnouncementRead.announcement_id)
        .where(Announcement.school_id == school_id, AnnouncementRead.created_at >= since),
        select(Identity.member_id, Identity.last_seen_at)
        .join(Member, Member.id == Identity.member_id)
        .where(Member.school_id == school_id, Identity.last_seen_at >= since),
    )
    active: dict[str, set[int]] = {label: set() for label in labels}
    for query in traces:
        for member_id, moment in await session.execute(query):
            active.get(f"{moment:%Y-%m}", set()).add(member_id)
    return [(label, len(active[label])) for label in labels]
