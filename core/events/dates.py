"""Dates as parents type them: "12/03 18h30", "12.03.2027 18u", "2027-03-12 18:30"."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from core.errors import DomainError

_DATE = (r"(?:(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})"
         r"|(?P<d2>\d{1,2})[/.-](?P<m2>\d{1,2})(?:[/.-](?P<y2>\d{2,4}))?)")
_TIME = r"(?P<h>\d{1,2})\s*(?:[h:u]\s*(?P<min>\d{2})?)"
_WHEN = re.compile(rf"^\s*{_DATE}\s*(?:,|à|om|at)?\s*{_TIME}\s*$", re.IGNORECASE)
_UNTIL = re.compile(r"^\s*(?P<h>\d{1,2})\s*(?:[h:u]\s*(?P<min>\d{2})?)\s*$", re.IGNORECASE)


def parse_when(text: str | None, timezone: str, now: datetime) -> datetime:
    """A moment in the school's time zone, returned in UTC. Without a year, the next
    such date from today."""
    match = _WHEN.match(text or "")
    if not match:
        raise DomainError("events-when-invalid")
    parts = match.groupdict()
    day = int(parts["d1"] or parts["d2"])
    month = int(parts["m1"] or parts["m2"])
    hour, minute = int(parts["h"]), int(parts["min"] or 0)
    zone = ZoneInfo(timezone)
    today = now.astimezone(zone)
    year_text = parts["y1"] or parts["y2"]
    year = int(year_text) if year_text else today.year
    if year_text and year < 100:
        year += 2000
    try:
        moment = datetime(year, month, day, hour, minute, tzinfo=zone)
        if not year_text and moment < today:
            moment = moment.replace(year=year + 1)
    except ValueError as error:
        raise DomainError("events-when-invalid") from error
    return moment.astimezone(UTC)


def parse_span(text: str | None, timezone: str, now: datetime) -> tuple[datetime, datetime | None]:
    """A start, and optionally an end time the same day after a dash: "12/03 18h30-20h"."""
    start_text, dash, end_text = (text or "").rpartition("-")
    if dash and _UNTIL.match(end_text):
        start = parse_when(start_text, timezone, now)
        until = _UNTIL.match(end_text).groupdict()
        zone = ZoneInfo(timezone)
        local = start.astimezone(zone)
        try:
            end = local.replace(hour=int(until["h"]), minute=int(until["min"] or 0))
        except ValueError as error:
            raise DomainError("events-when-invalid") from error
        if end <= local:
            raise DomainError("events-end-before-start")
        return start, end.astimezone(UTC)
    return parse_when(text, timezone, now), None
