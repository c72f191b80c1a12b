"""Texts longer than a channel takes: measured, split and shortened the same way on every
channel (WhatsApp's renderer, Telegram's session: bot/channels/telegram_limits.py).

Each channel counts its own way: WhatsApp in characters (`len`); Telegram in UTF-16 code
units (`utf16_len`), where an emoji outside the Basic Multilingual Plane (📅, 🗓️'s 🗓)
counts two.
"""

from __future__ import annotations

from collections.abc import Callable

TEXT_MAX = 4096  # a message's text, on Telegram and on WhatsApp

Measure = Callable[[str], int]


def utf16_len(text: str) -> int:
    """The length Telegram counts: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def fitting(text: str, limit: int, measure: Measure = len) -> int:
    """How many characters of `text`, from its start, measure at most `limit`."""
    if measure is len or len(text) <= limit // 2:  # a character counts one or two units
        return min(len(text), limit)
    low, high = limit // 2, min(len(text), limit)  # text[:low] fits
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if measure(text[:middle]) <= limit else (low, middle - 1)
    return low


def shorten(text: str, limit: int, measure: Measure = len) -> str:
    """`text`, or its start and "…" within `limit` (a button's label)."""
    return text if measure(text) <= limit else text[:fitting(text, limit - 1, measure)] + "…"


def split_text(text: str, limit: int = TEXT_MAX, measure: Measure = len) -> list[str]:
    """Cut at line ends when possible, so a long list stays readable; else between words
    (a long paragraph pasted from an e-mail), and mid-word only in a text without spaces."""
    chunks: list[str] = []
    while measure(text) > limit:
        end = max(fitting(text, limit, measure), 1)
        cut = text.rfind("\n", 0, end + 1)
        if cut <= 0:
            cut = text.rfind(" ", 0, end + 1)
        cut = cut if cut > 0 else end
        chunks.append(text[:cut])
        separator = text[cut]
        text = (text[cut:].lstrip("\n") if separator == "\n"
                else text[cut + 1:] if separator == " " else text[cut:])
    return [*chunks, text] if text or not chunks else chunks


def cut_short(text: str, limit: int, measure: Measure = len) -> str:
    """`text`, or as much of it as fits in `limit` with "…" after it, cut where
    `split_text` cuts (what cannot be split: a message edited in place)."""
    if measure(text) <= limit:
        return text
    return split_text(text, limit - 1, measure)[0].rstrip() + "…"
