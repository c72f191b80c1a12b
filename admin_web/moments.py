"""Moments on the panel's pages: stored in UTC, shown in the school's time zone, in the
admin's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aiohttp import web

from admin_web.render import school_of, t_for
from admin_web.security import DB
from core.i18n import format_date, format_datetime
from core.schools import get_school

Shown = Callable[[datetime | None], str]


async def school_clock(request: web.Request) -> Shown:
    """A function for templates: a moment as the school's wall clock shows it."""
    return await _in_school_zone(request, format_datetime)


async def school_calendar(request: web.Request) -> Shown:
    """A function for templates: a moment's day on the school's calendar (a parent who
    joined at 00:30 in Brussels joined that day, not the UTC day before)."""
    return await _in_school_zone(request, format_date)


async def _in_school_zone(request: web.Request, formatted: Callable[[str, datetime, str], str]
                          ) -> Shown:
    school = await get_school(request[DB], school_of(request))
    t = t_for(request)

    def shown(moment: datetime | None) -> str:
        return formatted(t.locale, moment, school.timezone) if moment else "—"
    return shown
