"""An event as an .ics file (RFC 5545), for parents' calendars."""

from __future__ import annotations

from datetime import timedelta

from icalendar import Calendar
from icalendar import Event as IcsEvent

from core.models import Event

DEFAULT_LENGTH = timedelta(hours=1)


def to_ics(event: Event, school_name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//SchoolHub//Events//EN")
    calendar.add("version", "2.0")
    entry = IcsEvent()
    entry.add("uid", f"event-{event.id}@schoolhub")
    entry.add("summary", event.title)
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at or event.starts_at + DEFAULT_LENGTH)
    entry.add("dtstamp", event.created_at)
    if event.location:
        entry.add("location", event.location)
    if event.description:
        entry.add("description", event.description)
    entry.add("categories", [school_name])  # ORGANIZER must be an address; the school has none
    entry.add("status", "CANCELLED" if event.status == "cancelled" else "CONFIRMED")
    calendar.add_component(entry)
    return calendar.to_ical()
