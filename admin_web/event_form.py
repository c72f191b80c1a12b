"""The panel's event forms: what the admin typed, read into the same EventDraft the chat's
wizard builds, each field checked by the core checks so every problem shows next to its
field at once (core's create_event checks the whole draft again); and the small form that
changes an event's time or place, as the chat's "Change time" and "Change place" do."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from multidict import MultiDictProxy

from admin_web.form_fields import attempt, class_choice
from admin_web.render import FormErrors
from core.errors import DomainError
from core.events import service as events
from core.events.dates import parse_when
from core.events.service import EventDraft
from core.models import Event

FIELDS = ("title", "starts", "ends", "location", "description", "capacity", "deadline",
          "slots")


def moment(text: str, timezone: str, now: datetime) -> datetime | None:
    """A datetime-local value ("2027-03-12T18:30", the school's wall clock) or a date
    typed as in the chat; None when left empty."""
    if not text.strip():
        return None
    return parse_when(text.replace("T", " ", 1), timezone, now)


def whole_number(text: str) -> int | None:
    if not text.strip():
        return None
    if not text.strip().isdecimal() or len(text.strip()) > 9:
        raise DomainError("events-capacity-invalid", max=events.MAX_CAPACITY)
    events.check_capacity(int(text))
    return int(text)


def limit(text: str, most: int) -> str:
    if len(text) > most:
        raise DomainError("admin-events-too-long", max=most)
    return text.strip()


def read_draft(form: MultiDictProxy, errors: FormErrors, timezone: str, now: datetime,
               school_classes: set[int]) -> tuple[dict[str, str], EventDraft | None]:
    """The form's values (to show again) and the draft, or None when a field is wrong."""
    values = {name: str(form.get(name, "")) for name in FIELDS}
    values["headcount"] = "on" if "headcount" in form else ""
    title = attempt(errors, "title", events.clean_title, values["title"])
    starts = attempt(errors, "starts", moment, values["starts"], timezone, now)
    ends = attempt(errors, "ends", moment, values["ends"], timezone, now)
    deadline = attempt(errors, "deadline", moment, values["deadline"], timezone, now)
    if starts is None and not errors.get("starts"):
        errors.add("starts", "events-when-invalid")
    if starts is not None:
        attempt(errors, "starts", events.check_start, starts, None, now)
        if not errors.get("starts"):
            attempt(errors, "ends", events.check_start, starts, ends, now)
            attempt(errors, "deadline", events.check_deadline, deadline, starts, now)
    capacity = attempt(errors, "capacity", whole_number, values["capacity"])
    location = attempt(errors, "location", limit, values["location"], events.LOCATION_MAX)
    description = attempt(errors, "description", limit, values["description"],
                          events.DESCRIPTION_MAX)
    slots = (attempt(errors, "slots", events.parse_slots, values["slots"])
             if values["slots"].strip() else [])
    class_ids = class_choice(form, errors, school_classes)
    if errors:
        return values, None
    return values, EventDraft(title=title, starts_at=starts, ends_at=ends, location=location,
                              description=description, capacity=capacity,
                              rsvp_deadline=deadline, ask_headcount=bool(values["headcount"]),
                              class_ids=class_ids, slots=slots)



def wall_clock(moment: datetime, timezone: str) -> str:
    """A moment as a datetime-local value on the school's wall clock: "2027-03-12T18:30"."""
    return f"{moment.astimezone(ZoneInfo(timezone)):%Y-%m-%dT%H:%M}"


def change_values(event: Event, timezone: str) -> dict[str, str]:
    """The change form, filled with the event as it is."""
    return {"starts": wall_clock(event.starts_at, timezone),
            "ends": wall_clock(event.ends_at, timezone) if event.ends_at else "",
            "location": event.location}


def read_change(form: MultiDictProxy, errors: FormErrors, event: Event, timezone: str,
                now: datetime) -> tuple[dict[str, str], dict[str, Any] | None]:
    """The form's values (to show again) and what differs from the event, as
    reschedule's arguments: empty when nothing does, None when a field is wrong. The end
    left as it was moves with the start, as in the chat (so does a form from before the
    end could be changed, which has no such field); emptied, the event has no end."""
    values = {name: str(form.get(name, "")) for name in ("starts", "ends", "location")}
    starts = attempt(errors, "starts", moment, values["starts"], timezone, now)
    if starts is None and not errors.get("starts"):
        errors.add("starts", "events-when-invalid")
    if starts is not None and starts != event.starts_at:
        attempt(errors, "starts", events.check_start, starts, None, now)
    ends = attempt(errors, "ends", moment, values["ends"], timezone, now)
    end_kept = "ends" not in form or (ends == event.ends_at and not errors.get("ends"))
    if not end_kept and starts is not None and not errors.get("starts"):
        attempt(errors, "ends", events.check_start, starts, ends, now)  # after the start
    place = " ".join(values["location"].split())
    if place != " ".join(event.location.split()):
        attempt(errors, "location", events.clean_place, place)
    if errors:
        return values, None
    change: dict[str, Any] = {}
    if starts != event.starts_at:
        change["starts_at"] = starts
    if not end_kept:
        change["ends_at"] = ends
    if place != " ".join(event.location.split()):
        change["location"] = place
    return values, change
