"""Quiet hours in the school's local time, across DST changes."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.models import School
from core.quiet import is_quiet, quiet_end_after, send_time

BRUSSELS = ZoneInfo("Europe/Brussels")


def school(start: time = time(21, 0), end: time = time(8, 0)) -> School:
    return School(name="x", timezone="Europe/Brussels", quiet_start=start, quiet_end=end,
                  school_year="2026-2027")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BRUSSELS)


def test_night_waits_for_the_morning() -> None:
    assert is_quiet(school(), local(2026, 11, 23, 21, 0))
    assert not is_quiet(school(), local(2026, 11, 23, 20, 59))
    assert quiet_end_after(school(), local(2026, 11, 23, 23, 15)) == local(2026, 11, 24, 8, 0)
    assert quiet_end_after(school(), local(2026, 11, 24, 6, 0)) == local(2026, 11, 24, 8, 0)
    assert quiet_end_after(school(), local(2026, 11, 24, 9, 0)) == local(2026, 11, 24, 9, 0)


def test_no_quiet_hours_when_start_equals_end() -> None:
    assert not is_quiet(school(time(8, 0), time(8, 0)), local(2026, 11, 24, 3, 0))


def test_on_the_night_clocks_go_forward_the_morning_is_still_eight() -> None:
    # 29 March 2026: 02:00 becomes 03:00 in Brussels; the night is an hour shorter.
    woke = quiet_end_after(school(), local(2026, 3, 28, 22, 0))
    assert woke == local(2026, 3, 29, 8, 0)
    # Same-zone aware datetimes subtract by wall clock in Python: compare in UTC.
    assert woke.astimezone(UTC) - local(2026, 3, 28, 22, 0).astimezone(UTC) == \
        timedelta(hours=9)


def test_a_reminder_that_would_wake_too_late_goes_the_evening_before() -> None:
    event = local(2026, 11, 24, 7, 30)
    due = event - timedelta(hours=2)  # 05:30, quiet, and 08:00 is after the start
    assert send_time(school(), due, deadline=event) == local(2026, 11, 23, 20, 59)
    later_event = local(2026, 11, 24, 10, 0)
    assert send_time(school(), later_event - timedelta(hours=2), later_event) == \
        local(2026, 11, 24, 8, 0)
