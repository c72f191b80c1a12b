"""WhatsApp's 24-hour customer service window: free-form messages only within 24 hours
of the person's last message; after that, only pre-approved templates."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

WINDOW = timedelta(hours=24)
# Meta refuses a template whose body, parameter filled in, is above 1024 characters
# (#132005): the parameter leaves room for the template's own words (README: at most 60).
TEMPLATE_BODY_MAX = 1024
TEMPLATE_WORDS_MAX = 60
PARAMETER_MAX = TEMPLATE_BODY_MAX - TEMPLATE_WORDS_MAX
TEMPLATE_LANGUAGE = {"fr": "fr", "nl": "nl", "en": "en"}


def window_open(last_seen: datetime | None, now: datetime) -> bool:
    # A little margin: the window is counted from Meta's clock, not ours.
    return last_seen is not None and now - last_seen < WINDOW - timedelta(minutes=5)


def template_for(templates: dict[str, str], message_id: str) -> str:
    return templates.get(message_id) or templates.get("*") or "schoolhub_update"


def one_line(text: str) -> str:
    """Template parameters may not hold new lines, tabs or runs of spaces."""
    joined = " · ".join(line.strip() for line in text.splitlines() if line.strip())
    return re.sub(r"[ \t]{2,}", " ", joined)  # no tabs, no runs of spaces


def fits_template(text: str) -> bool:
    return len(one_line(text)) <= PARAMETER_MAX


def template_parameter(text: str, more: str | None = None) -> str:
    """`text` as a template's parameter. `more`, when part of the message waits for the
    person's reply (its buttons, its file, the end of a long text), ends it and says so:
    else they would never know to write back."""
    line = one_line(text)
    if more is None:
        return line[:PARAMETER_MAX]
    ending = f" · {one_line(more)}"
    room = PARAMETER_MAX - len(ending)
    return (line if len(line) <= room else line[: room - 1] + "…") + ending
