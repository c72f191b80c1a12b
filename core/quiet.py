"""Quiet hours: non-urgent proactive messages wait outside the school's night
(21:00-08:00 Europe/Brussels by default), computed in local time so DST is handled."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.models import School


def is_quiet(school: School, when: datetime) -> bool:
    local = when.astimezone(ZoneInfo(school.timezone)).time()
    start, end = school.quiet_start, school.quiet_end
    if start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def quiet_end_after(school: School, when: datetime) -> datetime:
    """The first moment at or after `when` that is outside quiet hours."""
    if not is_quiet(school, when):
        return when
    zone = ZoneInfo(school.timezone)
    local = when.astimezone(zone)
    day = local.date() if local.time() < school.quiet_end else local.date() + timedelta(days=1)
    return datetime.combine(day, school.quiet_end, tzinfo=zone).astimezone(when.tzinfo)


def quiet_start_before(school: School, when: datetime) -> datetime:
    """The last moment before the quiet hours that contain `when` begin."""
    zone = ZoneInfo(school.timezone)
    local = when.astimezone(zone)
    day = local.date() if local.time() >= school.quiet_start else local.date() - timedelta(days=1)
    start = datetime.combine(day, school.quiet_start, tzinfo=zone)
    return (start - timedelta(minutes=1)).astimezone(when.tzinfo)


def send_time(school: School, due: datetime, deadline: datetime | None = None) -> datetime:
    """When to send something due at `due`: after the quiet hours, or, if that would be
    too late for `deadline` (an event's start), just before they began."""
    later = quiet_end_after(school, due)
    if deadline is not None and later >= deadline:
        return quiet_start_before(school, due)
    return later


DEFAULT_QUIET = (time(21, 0), time(8, 0))
