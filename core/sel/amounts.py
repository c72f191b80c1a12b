"""Units typed the way parents say them: "90", "1h30", "1,5 h", "45 min", "2u"."""

from __future__ import annotations

import re

from core.errors import DomainError
from core.units import UNITS_PER_HOUR

MAX_TRANSFER = 100 * UNITS_PER_HOUR  # nobody pays 100 hours at once: a typo
# The words parents type in French, Dutch and English ("45 mn", "30 minuten", "2 uren").
_HOUR_WORDS = r"(?:h|u|hr|hrs|hours?|heures?|uur|uren)"
_MINUTE_WORDS = r"(?:m|mn|min|mins|minutes?|minuut|minuten)"
_HOURS = re.compile(rf"^(\d{{1,4}}(?:[.,]\d{{1,2}})?)\s*{_HOUR_WORDS}"
                    rf"\s*(?:(\d{{1,2}})\s*{_MINUTE_WORDS}?)?$")
_MINUTES = re.compile(rf"^(\d{{1,6}})\s*(?:{_MINUTE_WORDS}|units?|unités?|eenheden|eenheid)?$")


def parse_units(text: str | None) -> int:
    """Whole units (60 = one hour) from what was typed; DomainError if it is not one."""
    value = (text or "").strip().lower().replace(" ", "")
    if value.startswith("-") or value.startswith("+"):
        raise DomainError("sel-amount-invalid")
    if match := _HOURS.match(value):
        hours = float(match.group(1).replace(",", "."))
        minutes = int(match.group(2) or 0)
        if minutes >= 60:
            raise DomainError("sel-amount-invalid")
        units = round(hours * UNITS_PER_HOUR) + minutes
    elif match := _MINUTES.match(value):
        units = int(match.group(1))
    else:
        raise DomainError("sel-amount-invalid")
    return checked_units(units)


def checked_units(units: int) -> int:
    if isinstance(units, bool) or not isinstance(units, int) or units <= 0:
        raise DomainError("sel-amount-invalid")
    if units > MAX_TRANSFER:
        raise DomainError("sel-amount-too-large", max=MAX_TRANSFER // UNITS_PER_HOUR)
    return units
