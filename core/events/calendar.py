"""An event as an .ics file (RFC 5545), for parents' calendars.

Its UID stays the event's own whatever changes, and its SEQUENCE counts the changes of
time, place and status: a calendar that imported the event once and is given the file
again takes it as the new version of the same entry, not as a second event."""

from __future__ import annotations

from datetime import datetime, timedelta

from icalendar import Calendar
from icalendar import Event as IcsEvent

from core.models import Event

DEFAULT_LENGTH = timedelta(hours=1)


def uid_of(event: Event) -> str:
    """The entry's UID, as every file of the event has had it: never to change."""
    return f"event-{event.id}@schoolhub"


def new_calendar() -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", "-//SchoolHub//Events//EN")
    calendar.add("version", "2.0")
    return calendar


def event_entry(event: Event, school_name: str, *, note: str = "",
                noted_at: datetime | None = None) -> IcsEvent:
    """One event's entry, as its own file and every feed show it: the same UID and
    SEQUENCE everywhere. `note` (what the member answered) ends the description; it was
    written at `noted_at`, which then counts as a modification of the entry too."""
    entry = IcsEvent()
    entry.add("uid", uid_of(event))
    entry.add("sequence", event.revision)
    revised = event.revised_at or event.created_at
    if noted_at is not None and noted_at > revised:
        revised = noted_at
    # Without a METHOD, DTSTAMP is when this version was made (RFC 5545, 3.8.7.2): the
    # same file for the same version, however often it is downloaded.
    entry.add("dtstamp", revised)
    entry.add("created", event.created_at)
    entry.add("last-modified", revised)
    entry.add("summary", event.title)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at or event.starts_at + DEFAULT_LENGTH)
    if event.location:
        entry.add("location", event.location)
    description = "\n\n".join(part for part in (event.description, note) if part)
    if description:
        entry.add("description", description)
    entry.add("categories", [school_name])  # ORGANIZER must be an address; the school has none
    entry.add("status", "CANCELLED" if event.status == "cancelled" else "CONFIRMED")
    return entry


def to_ics(event: Event, school_name: str) -> bytes:
    calendar = new_calendar()
    calendar.add_component(event_entry(event, school_name))
    return calendar.to_ical()
