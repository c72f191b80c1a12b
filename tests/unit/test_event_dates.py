"""Dates typed the way Belgian parents type them, in the school's time zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from core.errors import DomainError
from core.events.dates import parse_span, parse_when

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
ZONE = "Europe/Brussels"


@pytest.mark.parametrize(("typed", "expected"), [
    ("12/03 18h30", datetime(2027, 3, 12, 17, 30, tzinfo=UTC)),   # winter time: UTC+1
    ("12.03.2027 18u", datetime(2027, 3, 12, 17, 0, tzinfo=UTC)),
    ("2027-03-12 18:30", datetime(2027, 3, 12, 17, 30, tzinfo=UTC)),
    ("4/12 9h", datetime(2026, 12, 4, 8, 0, tzinfo=UTC)),
    ("25/12/26 14:00", datetime(2026, 12, 25, 13, 0, tzinfo=UTC)),
    ("3/11 10h", datetime(2027, 11, 3, 9, 0, tzinfo=UTC)),          # already past this year
    ("1/6 10h", datetime(2027, 6, 1, 8, 0, tzinfo=UTC)),            # summer time: UTC+2
])
def test_dates_as_typed(typed: str, expected: datetime) -> None:
    assert parse_when(typed, ZONE, NOW) == expected


@pytest.mark.parametrize("typed", ["next week", "", "31/02 10h", "12/03", "12/13 10h", "25h"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    with pytest.raises(DomainError):
        parse_when(typed, ZONE, NOW)


def test_an_end_time_after_a_dash() -> None:
    assert parse_span("12/03 18h30-20h", ZONE, NOW) == (
        datetime(2027, 3, 12, 17, 30, tzinfo=UTC), datetime(2027, 3, 12, 19, 0, tzinfo=UTC))
    assert parse_span("2027-03-12 18:30", ZONE, NOW)[1] is None
    assert parse_span("12-03 18h-20h", ZONE, NOW)[1] == datetime(2027, 3, 12, 19, 0, tzinfo=UTC)
    assert parse_span("2027-03-12 18:30-20:15", ZONE, NOW)[1] == \
        datetime(2027, 3, 12, 19, 15, tzinfo=UTC)
    with pytest.raises(DomainError) as error:
        parse_span("12/03 18h30-17h", ZONE, NOW)
    assert error.value.message_id == "events-end-before-start"


def test_an_end_on_another_day_or_times_alone_for_an_event_being_moved() -> None:
    start = datetime(2027, 3, 12, 17, 30, tzinfo=UTC)  # 18:30 in Brussels
    assert parse_span("12/03 18h – 13/03 11h", ZONE, NOW) == (
        datetime(2027, 3, 12, 17, 0, tzinfo=UTC), datetime(2027, 3, 13, 10, 0, tzinfo=UTC))
    assert parse_span("14h-17h", ZONE, NOW, day_of=start) == (
        datetime(2027, 3, 12, 13, 0, tzinfo=UTC), datetime(2027, 3, 12, 16, 0, tzinfo=UTC))
    assert parse_span("14u tot 17u", ZONE, NOW, day_of=start)[1] == \
        datetime(2027, 3, 12, 16, 0, tzinfo=UTC)
    assert parse_span("12/03 à 14h", ZONE, NOW) == (datetime(2027, 3, 12, 13, 0, tzinfo=UTC),
                                                    None)
    assert parse_span("20h", ZONE, NOW, day_of=start) == (
        datetime(2027, 3, 12, 19, 0, tzinfo=UTC), None)
    with pytest.raises(DomainError) as error:
        parse_span("14h-17h", ZONE, NOW)  # no day to keep: a new event needs its date
    assert error.value.message_id == "events-when-invalid"
    with pytest.raises(DomainError) as error:
        parse_span("17h-14h", ZONE, NOW, day_of=start)
    assert error.value.message_id == "events-end-before-start"


def test_the_nights_the_clocks_change() -> None:
    """02:30 on the last Sunday of March does not exist in Brussels: refused, naming the
    time it would be, rather than silently taken as 03:30; on the last Sunday of October
    it happens twice: the first (still summer time, UTC+2)."""
    for typed in ("28/03/2027 2h30", "2027-03-28 02:30"):
        with pytest.raises(DomainError) as error:
            parse_when(typed, ZONE, NOW)
        assert (error.value.message_id, error.value.args_for_message) == (
            "events-when-skipped", {"time": "02:30", "later": "03:30"})
    with pytest.raises(DomainError) as error:  # an end time alone, on that day
        parse_span("28/03/2027 1h-2h15", ZONE, NOW)
    assert error.value.message_id == "events-when-skipped"
    assert parse_when("28/03/2027 3h00", ZONE, NOW) == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
    assert parse_when("31/10/2027 2h30", ZONE, NOW) == datetime(2027, 10, 31, 0, 30,
                                                                  tzinfo=UTC)
    assert parse_span("31/10/2027 1h-3h", ZONE, NOW)[1] == datetime(2027, 10, 31, 2, 0,
                                                                    tzinfo=UTC)
