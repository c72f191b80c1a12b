"""Amounts typed the way parents write them, in French, Dutch and English."""

from __future__ import annotations

import pytest

from core.errors import DomainError
from core.sel.amounts import parse_units


def test_the_usual_spellings_of_hours_and_minutes_are_understood() -> None:
    typed = {"45 mn": 45, "1h30mn": 90, "30 minuten": 30, "1 minuut": 1, "2 uren": 120,
             "1 uur 30 minuten": 90, "1 eenheid": 1, "1 heure 30": 90, "90 units": 90}
    assert {text: parse_units(text) for text in typed} == typed
    for bad in ("1h75", "mn", "30 minutenx"):
        with pytest.raises(DomainError):
            parse_units(bad)
