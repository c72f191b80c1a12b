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
# Between a start and its end: a dash, or a word ("18h à 20h", "18u tot 20u").
_SEPARATOR = re.compile(r"\s*[-–—]\s*|\s+(?:à|to|tot|until)\s+", re.IGNORECASE)


def _on_the_clock(moment: datetime) -> datetime:
    """`moment` (a wall-clock time in its zone) in UTC, if the clock shows it that day.
    One it skips (02:30 the night the clocks go forward) is refused, naming the time it
    would be (03:30) rather than silently taken as that; one it shows twice (02:30 the
    night they go back) is the first (fold=0)."""
    there = moment.astimezone(UTC)
    if there.astimezone(moment.tzinfo).replace(tzinfo=None) != moment.replace(tzinfo=None):
        shown = there.astimezone(moment.tzinfo)
        raise DomainError("events-when-skipped", time=f"{moment:%H:%M}",
                          later=f"{shown:%H:%M}")
    return there


def parse_when(text: str | None, timezone: str, now: datetime) -> datetime:
    """A moment in the school's time zone, returned in UTC. Without a year, the next
    such date from today. A time the clock skips that day is refused
    (`events-when-skipped`); one it shows twice is the first."""
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
    return _on_the_clock(moment)


def _time_on(day_of: datetime, text: str, timezone: str) -> datetime | None:
    """A time alone ("14h", "17:30") on the day of `day_of` in the school's time zone;
    None when `text` is not a time alone."""
    match = _UNTIL.match(text)
    if not match:
        return None
    try:
        moment = day_of.astimezone(ZoneInfo(timezone)).replace(
            hour=int(match["h"]), minute=int(match["min"] or 0))
    except ValueError as error:
        raise DomainError("events-when-invalid") from error
    return _on_the_clock(moment)


def _moment(text: str, timezone: str, now: datetime, day_of: datetime | None
            ) -> datetime | None:
    """A date and time, or (with `day_of`) a time alone on that day; None if neither."""
    if _WHEN.match(text):
        return parse_when(text, timezone, now)
    return _time_on(day_of, text, timezone) if day_of is not None else None


def parse_span(text: str | None, timezone: str, now: datetime,
               day_of: datetime | None = None) -> tuple[datetime, datetime | None]:
    """A start, and optionally an end after a dash (or "à", "to", "tot"): an end time
    alone is on the start's day ("12/03 18h30-20h"), an end with its date may be on
    another ("12/03 18h - 13/03 11h"). With `day_of` (the start of an event being moved),
    times alone keep that day: "14h-17h", "14h"."""
    text = text or ""
    # From the right: a date may hold dashes too ("2027-03-12 18:30-20h").
    for separator in reversed(list(_SEPARATOR.finditer(text))):
        start_text, end_text = text[:separator.start()], text[separator.end():]
        if not (_WHEN.match(end_text) or _UNTIL.match(end_text)):
            continue
        start = _moment(start_text, timezone, now, day_of)
        if start is None:
            continue
        end = _moment(end_text, timezone, start, start)
        if end <= start:
            raise DomainError("events-end-before-start")
        return start, end
    start = _moment(text, timezone, now, day_of)
    if start is None:
        raise DomainError("events-when-invalid")
    return start, None
