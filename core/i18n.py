"""Fluent catalogues for fr, nl and en, and locale-aware formatting.

Every user-visible text is a message id; `Translator.for_locale(code)` gives the
function handlers call as `t("start-welcome", school=name)`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.lists import format_list
from babel.numbers import format_currency
from fluent.runtime import FluentLocalization, FluentResourceLoader

from core.units import amount

log = logging.getLogger(__name__)

LOCALES = ("fr", "nl", "en")
LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
BABEL_LOCALE = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}

Translate = Callable[..., str]


def normalize_locale(code: str | None) -> str | None:
    """'nl-BE' -> 'nl'; None for languages we do not speak."""
    if not code:
        return None
    short = code.replace("_", "-").split("-")[0].lower()
    return short if short in LOCALES else None


def pick_locale(*candidates: str | None, fallback: str = "fr") -> str:
    for candidate in candidates:
        locale = normalize_locale(candidate)
        if locale:
            return locale
    return normalize_locale(fallback) or "fr"


def resource_files(locales_dir: Path = LOCALES_DIR) -> list[str]:
    names: set[str] = set()
    for locale in LOCALES:
        names.update(p.name for p in (locales_dir / locale).glob("*.ftl"))
    return sorted(names)


FLUENT_PART_MAX = 2000  # Fluent's own limit is 2,500; what is longer skips its resolver


class FormattingError(Exception):
    """A message formatted with a missing or unusable argument."""


def log_formatting_errors(message_id: str, errors: list[Exception]) -> None:
    # Error texts name arguments, never their values: nothing personal is logged.
    log.error("message %s formatted with errors: %s", message_id,
              "; ".join(f"{type(error).__name__}: {error}" for error in errors))


def raise_formatting_errors(message_id: str, errors: list[Exception]) -> None:
    """The test suite's choice: a wrong argument fails the test that caused it."""
    raise FormattingError(f"{message_id}: {errors}")


on_formatting_errors: Callable[[str, list[Exception]], None] = log_formatting_errors


class ReportingLocalization(FluentLocalization):
    """Fluent's localization, which shows a message with a missing argument as "{???}"
    and says nothing: here the errors go to `on_formatting_errors` as well."""

    def format_value(self, msg_id: str, args: dict[str, Any] | None = None) -> str:
        for bundle in self._bundles():
            if not bundle.has_message(msg_id):
                continue
            message = bundle.get_message(msg_id)
            if not message.value:
                continue
            text, errors = bundle.format_pattern(message.value, args)
            if errors:
                on_formatting_errors(msg_id, errors)
            return text
        return msg_id


class Translator:
    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        loader = FluentResourceLoader(str(locales_dir / "{locale}"))
        files = resource_files(locales_dir)
        # English is the last resort, so a missing id shows English rather than an id.
        self._l10n = {
            locale: ReportingLocalization([locale, "en"], files, loader) for locale in LOCALES
        }
        # One function per language, made once: they are the same on every update, and
        # what is remembered per translation (`core.units.amount`) is found again.
        self._translates: dict[tuple[str, str], Translate] = {}

    def format(self, locale: str, message_id: str, **args: Any) -> str:
        l10n = self._l10n[pick_locale(locale)]
        args = {name: self._shown(locale, value) for name, value in args.items()}
        # Fluent refuses a placeable of more than 2,500 characters (a guard against
        # runaway expansion) and shows "{???}" instead; a long announcement or post is
        # therefore put in after formatting, where a marker held its place.
        long = {name: value for name, value in args.items()
                if isinstance(value, str) and len(value) > FLUENT_PART_MAX}
        markers = {name: f"\ue000{name}\ue001" for name in long}
        text = l10n.format_value(message_id, {**args, **markers})
        for name, value in long.items():
            text = text.replace(markers[name], value)
        return text

    def _shown(self, locale: str, value: Any) -> Any:
        """A SEL amount passed as core.outbox's units_arg (a refusal, a panel error, a
        queued notice) reads as every amount does: "90 units (1 h 30)"; names passed as
        its names_arg are listed as the recipient's language lists them."""
        if isinstance(value, dict) and "sel_units" in value:
            return amount(self.for_locale(locale), int(value["sel_units"]))
        if isinstance(value, dict) and "listed" in value:  # core.outbox's names_arg
            return listed(self.for_locale(locale), value["listed"])
        return value

    def for_locale(self, locale: str) -> Translate:
        locale = pick_locale(locale)
        made = self._translates.get(("one", locale))
        return made if made is not None else self._translates.setdefault(
            ("one", locale), self._for_locale(locale))

    def _for_locale(self, locale: str) -> Translate:
        def t(message_id: str, **args: Any) -> str:
            return self.format(locale, message_id, **args)

        t.locale = locale  # type: ignore[attr-defined]
        return t

    def for_unknown(self, first: str) -> Translate:
        """For someone whose language nobody knows yet (a stranger on WhatsApp): every
        language, the school's first, until they choose."""
        first = pick_locale(first)
        made = self._translates.get(("every", first))
        return made if made is not None else self._translates.setdefault(
            ("every", first), self._for_unknown(first))

    def _for_unknown(self, first: str) -> Translate:
        order = [first, *(code for code in LOCALES if code != first)]

        def t(message_id: str, **args: Any) -> str:
            texts = [self.format(locale, message_id, **args) for locale in order]
            return "\n\n".join(dict.fromkeys(texts))  # identical ones (names) once

        t.locale = order[0]  # type: ignore[attr-defined]
        return t

    def in_every_locale(self, message_id: str, **args: Any) -> Iterable[str]:
        return (self.format(locale, message_id, **args) for locale in LOCALES)


@cache
def translator() -> Translator:
    return Translator()


def listed(t: Translate, items: Iterable[str]) -> str:
    """Names as a sentence says them in `t`'s language: "Noor en Mats", "Noor, Mats et
    Lou", "Noor and Mats". For a text rendered now; a queued message passes core.outbox's
    names_arg instead, joined when it is sent, in the recipient's language."""
    return format_list(list(items), locale=BABEL_LOCALE[pick_locale(t.locale)])


# Explicit patterns rather than Babel's "short"/"medium" (fr_BE's short one is
# "12/12/99 20:00", two-digit year, while nl_BE and en_GB give "12/12/2099, 20:00"):
# the weekday a parent needs at 7:45, the month in letters so that 5/2 is never read
# both ways, and the whole year. "mar. 1 déc. 2026, 18:30", "di 1 dec 2026, 18:30",
# "Tue 1 Dec 2026, 18:30".
DATE_PATTERN = "EEE d MMM y"  # Babel puts each language's words and order in it
DATETIME_PATTERN = DATE_PATTERN + ", HH:mm"


def format_date(locale: str, value: date, tz: str = "Europe/Brussels") -> str:
    """A day: "mar. 1 déc. 2026" (a moment is taken in the school's time zone)."""
    if isinstance(value, datetime):
        value = value.astimezone(ZoneInfo(tz)).date()
    return _format_day(pick_locale(locale), value)


@lru_cache(maxsize=1024)
def _format_day(locale: str, day: date) -> str:
    """Babel's formatting of a day, remembered: a history page shows the same few days."""
    return babel_format_date(day, format=DATE_PATTERN, locale=BABEL_LOCALE[locale])


def format_short_day(locale: str, value: datetime, tz: str = "Europe/Brussels") -> str:
    """A day of the coming weeks, where room is short (a button): "sam. 21 mars"."""
    return babel_format_date(value.astimezone(ZoneInfo(tz)).date(), format="EEE d MMM",
                             locale=BABEL_LOCALE[pick_locale(locale)])


def format_month(locale: str, month: str) -> str:
    """A calendar month, "2026-11" -> "nov. 2026" (fr), "Nov 2026" (en)."""
    year, number = (int(part) for part in month.split("-"))
    return babel_format_date(date(year, number, 1), format="MMM y",
                             locale=BABEL_LOCALE[pick_locale(locale)])


def format_datetime(locale: str, value: datetime, tz: str = "Europe/Brussels") -> str:
    """A moment in the school's time zone: "mar. 1 déc. 2026, 18:30"."""
    locale = pick_locale(locale)
    return babel_format_datetime(value, format=DATETIME_PATTERN, tzinfo=ZoneInfo(tz),
                                 locale=BABEL_LOCALE[locale])


def format_span(locale: str, start: datetime, end: datetime | None,
                tz: str = "Europe/Brussels") -> str:
    """An event's time: its start, and its end when it has one: "Sat 14 Mar 2026,
    14:00–17:00" within a day, both moments when it runs over several days."""
    shown = format_datetime(locale, start, tz)
    if end is None:
        return shown
    zone = ZoneInfo(tz)
    if end.astimezone(zone).date() == start.astimezone(zone).date():
        until = babel_format_datetime(end, format="HH:mm", tzinfo=zone,
                                      locale=BABEL_LOCALE[pick_locale(locale)])
        return f"{shown}–{until}"
    return f"{shown} – {format_datetime(locale, end, tz)}"


def format_money(locale: str, cents: int) -> str:
    """Euro cents for the locale: 12,50 € (fr), € 12,50 (nl), €12.50 (en)."""
    return format_currency(Decimal(cents) / 100, "EUR",
                           locale=BABEL_LOCALE[pick_locale(locale)])
