"""The one place that reads the wall clock, so tests can move time (time-machine)."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
