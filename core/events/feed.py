"""A member's calendar feed: one secret address their calendar app (Google, Apple,
Outlook) subscribes to once, and reads again now and then to stay up to date.

The feed holds the events the member is invited to, as /events shows them (the whole
school's and their children's classes', or their own classes' for a rep; every event
of the school for an admin), from a month back to every one to come; cancelled ones stay,
marked CANCELLED, so a calendar that had them crosses them out. Each entry is the event's
own .ics entry (same UID and SEQUENCE as its file), with the member's answer at the end
of its description. Whoever holds the address reads this and nothing else: no other
member's data. A new link replaces the token; the old address then finds nothing.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from core.clock import utcnow
from core.events.calendar import event_entry, new_calendar
from core.i18n import translator
from core.members.audience import classes_of_member
from core.members.households import with_co_parents
from core.members.service import has_role
from core.models import (
    CalendarFeed,
    Event,
    EventClass,
    Member,
    MemberStatus,
    RoleKind,
    Rsvp,
    School,
)

TOKEN_BYTES = 24  # 192 bits, 32 characters in the address
TOKEN_MAX = 64  # what the column holds: a longer "token" is nobody's
PAST = timedelta(days=30)  # how far back the feed goes
MAX_ENTRIES = 500  # a school year of events, and more: the feed stays small


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_mark(token: str) -> str:
    """A short mark of a token that gives nothing of it away: a button to replace the link
    carries it, so that a tap on an old or doubled button does not replace the new one."""
    return hashlib.sha256(token.encode()).hexdigest()[:10]


async def feed_token(session: AsyncSession, member: Member) -> tuple[str, bool]:
    """The member's feed token, made on first asking: (token, made now)."""
    feed = await session.get(CalendarFeed, member.id)
    if feed is not None:
        return feed.token, False
    feed = CalendarFeed(member_id=member.id, token=new_token())
    session.add(feed)
    await session.flush()
    return feed.token, True


async def renew_token(session: AsyncSession, member: Member, mark: str) -> str | None:
    """A new token in place of the one `mark` was made from: whoever had the old address
    reads no more. None, and nothing changes, when that token was already replaced."""
    feed = await session.get(CalendarFeed, member.id, with_for_update=True)
    if feed is None or token_mark(feed.token) != mark:
        return None
    feed.token, feed.created_at = new_token(), utcnow()
    await session.flush()
    return feed.token


async def feed_owner(session: AsyncSession, token: str) -> Member | None:
    """The active member whose feed this is, with their roles and school; None for an
    unknown, replaced or erased token, or a member who is no longer active."""
    if not token or len(token) > TOKEN_MAX:
        return None
    member = await session.scalar(
        select(Member).join(CalendarFeed, CalendarFeed.member_id == Member.id)
        .where(CalendarFeed.token == token, Member.status == MemberStatus.ACTIVE)
        .options(selectinload(Member.roles), selectinload(Member.school)))
    return member


async def feed_events(session: AsyncSession, member: Member
                      ) -> list[tuple[Event, Rsvp | None]]:
    """The member's events from PAST ago on, cancelled ones included, with their family's
    answer (whichever parent gave it, the latest should there be two: see
    core.events.service.family_answer): the same audience as /events (see
    core.events.service.is_in_audience), in one query."""
    since = utcnow() - PAST
    family = await with_co_parents(session, [member.id])
    query = select(Event, Rsvp).outerjoin(
        Rsvp, (Rsvp.event_id == Event.id) & Rsvp.member_id.in_(family)).where(
        Event.school_id == member.school_id,
        or_(Event.starts_at >= since, Event.ends_at >= since))
    if not has_role(member, RoleKind.ADMIN):
        for_classes = exists().where(EventClass.event_id == Event.id)
        for_mine = exists().where(EventClass.event_id == Event.id,
                                  EventClass.class_id.in_(classes_of_member(member.id)))
        query = query.where(or_(~for_classes, for_mine, Event.created_by == member.id))
    rows = await session.execute(query.order_by(Event.starts_at, Event.id).limit(MAX_ENTRIES))
    answers: dict[int, tuple[Event, Rsvp | None]] = {}
    for event, rsvp in rows:
        kept = answers.get(event.id, (event, None))[1]
        if kept is None or (rsvp is not None and rsvp.updated_at > kept.updated_at):
            answers[event.id] = (event, rsvp)
    return list(answers.values())  # in the query's order: dicts keep it


async def feed_ics(session: AsyncSession, token: str) -> bytes | None:
    """The feed behind a token, as an iCalendar document; None when the token is nobody's.
    A school that switched events off shows an empty calendar (the subscription stays)."""
    member = await feed_owner(session, token)
    if member is None:
        return None
    school: School = member.school
    calendar = new_calendar()
    calendar.add("x-wr-calname", school.name)
    calendar.add("name", school.name)  # RFC 7986's name for it
    calendar.add("x-wr-timezone", school.timezone)
    # How often calendar apps are asked to read it again (Google decides for itself).
    calendar.add("refresh-interval", timedelta(hours=2), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT2H")
    if not school.module_enabled("events"):
        return calendar.to_ical()
    t = translator().for_locale(member.locale)
    for event, rsvp in await feed_events(session, member):
        note, noted_at = "", None
        if rsvp is not None:
            note = t("calendar-feed-answer",
                     mine="waitlisted" if rsvp.waitlisted else rsvp.answer)
            noted_at = rsvp.updated_at
        calendar.add_component(event_entry(event, school.name, note=note, noted_at=noted_at))
    return calendar.to_ical()

