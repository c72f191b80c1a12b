"""Moments on the panel's pages: stored in UTC, shown in the school's time zone, in the
admin's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from core.i18n import Translate, format_datetime


def shown_in(t: Translate, timezone: str) -> Callable[[datetime | None], str]:
    def shown(moment: datetime | None) -> str:
        return format_datetime(t.locale, moment, timezone) if moment else "—"
    return shown

