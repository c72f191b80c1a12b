"""How an amount of units reads, everywhere (60 units = one hour): a foundation piece,
which the translator uses for every `units` argument and the SEL for its amounts."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # core.i18n shows units_arg amounts with `amount`: no import at run time
    from core.i18n import Translate

UNITS_PER_HOUR = 60


def split_hours(units: int) -> tuple[int, int]:
    """(hours, minutes) of a possibly negative amount, by magnitude."""
    return divmod(abs(units), UNITS_PER_HOUR)


@lru_cache(maxsize=4096)
def amount(t: Translate, units: int) -> str:
    """'90 units (1 h 30)'; negative amounts keep their sign: '-300 units (-5 h 00)'.
    The sign is its own argument, as a negative amount under an hour has 0 hours.

    Remembered per translator and amount (the catalogues never change while the process
    runs, and `Translator` hands out one function per language): formatting its two
    numbers costs more than the rest of a history line."""
    hours, minutes = split_hours(units)
    return t("sel-amount", units=units, sign="-" if units < 0 else "", hours=hours,
             minutes=f"{minutes:02d}")
