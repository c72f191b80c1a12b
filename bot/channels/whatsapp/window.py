"""WhatsApp's 24-hour customer service window: free-form messages only within 24 hours
of the person's last message; after that, only pre-approved templates."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

WINDOW = timedelta(hours=24)
PARAMETER_MAX = 1024
TEMPLATE_LANGUAGE = {"fr": "fr", "nl": "nl", "en": "en"}


def window_open(last_seen: datetime | None, now: datetime) -> bool:
    # A little margin: the window is counted from Meta's clock, not ours.
    return last_seen is not None and now - last_seen < WINDOW - timedelta(minutes=5)


def template_for(templates: dict[str, str], message_id: str) -> str:
    return templates.get(message_id) or templates.get("*") or "schoolhub_update"


def template_parameter(text: str) -> str:
    """Template parameters may not hold new lines, tabs or runs of spaces."""
    one_line = " · ".join(line.strip() for line in text.splitlines() if line.strip())
    one_line = re.sub(r"[ \t]{2,}", " ", one_line)  # no tabs, no runs of spaces
    return one_line if len(one_line) <= PARAMETER_MAX else one_line[: PARAMETER_MAX - 1] + "…"
