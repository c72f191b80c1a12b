"""A `Rendered` message as WhatsApp Cloud API message payloads, within WhatsApp's limits.

Capability table (DESIGN.md §2): up to 3 buttons whose labels fit 20 chars and differ ->
reply buttons; up to 10 -> a list (row title <= 24 chars, the whole label underneath when
longer, since a cut date or name is no choice at all); more -> numbered text answered
by number.
Texts above 4096 characters are split (bot/channels/long_text.py, as on Telegram); an
interactive body holds at most 1024, so a longer text goes first as plain text and the
buttons follow under a short body.
"""

from __future__ import annotations

import itertools
from typing import Any

from bot.channels.base import Button, Rendered
from bot.channels.long_text import shorten, split_text
from core.attachments.types import sendable_type

BODY_MAX = 1024
BUTTON_TITLE_MAX = 20
ROW_TITLE_MAX = 24
ROW_DESCRIPTION_MAX = 72
REPLY_BUTTONS_MAX = 3
LIST_ROWS_MAX = 10
CAPTION_MAX = 1024
ID_MAX = 256  # reply button ids; list row ids allow 200
ROW_ID_MAX = 200


def numbered(text: str, buttons: list[Button]) -> str:
    lines = [f"{number}. {b.label}" for number, b in zip(itertools.count(1), buttons)]
    return "\n".join([text, "", *lines])


def text_payload(body: str) -> dict[str, Any]:
    return {"type": "text", "text": {"preview_url": "http" in body, "body": body}}


def interactive_payload(body: str, buttons: list[Button], list_label: str) -> dict[str, Any]:
    if fits_reply_buttons(buttons):
        action: dict[str, Any] = {"buttons": [
            {"type": "reply", "reply": {"id": b.data[:ID_MAX],
                                        "title": shorten(b.label, BUTTON_TITLE_MAX)}}
            for b in buttons]}
        kind = "button"
    else:
        rows = []
        for b in buttons:
            row = {"id": b.data[:ROW_ID_MAX], "title": shorten(b.label, ROW_TITLE_MAX)}
            if len(b.label) > ROW_TITLE_MAX:  # the full label stays readable underneath
                row["description"] = shorten(b.label, ROW_DESCRIPTION_MAX)
            rows.append(row)
        action = {"button": shorten(list_label, BUTTON_TITLE_MAX),
                  "sections": [{"title": shorten(list_label, ROW_TITLE_MAX), "rows": rows}]}
        kind = "list"
    return {"type": "interactive",
            "interactive": {"type": kind, "body": {"text": body}, "action": action}}


def fits_reply_buttons(buttons: list[Button]) -> bool:
    """Meta refuses reply buttons whose titles repeat (two parents of one name found by
    /pay): those go as a list, whose rows may."""
    labels = [b.label for b in buttons]
    return (len(buttons) <= REPLY_BUTTONS_MAX and len(set(labels)) == len(labels)
            and all(len(label) <= BUTTON_TITLE_MAX for label in labels))


def goes_numbered(buttons: list[Button]) -> bool:
    """More choices than a list holds: numbered text, answered by typing a number."""
    return len(buttons) > LIST_ROWS_MAX


def goes_as_list(buttons: list[Button]) -> bool:
    """Buttons that come as a list behind its one button (the panel's preview says so)."""
    return bool(buttons) and not fits_reply_buttons(buttons) and not goes_numbered(buttons)


def media_type(rendered: Rendered) -> str:
    """The MIME type to upload a file as: one WhatsApp takes (core.attachments.types);
    files SchoolHub writes itself are all of those."""
    return sendable_type(rendered.document, rendered.is_photo) or "application/octet-stream"


def media_object(rendered: Rendered, media_id: str) -> tuple[str, dict[str, Any]]:
    kind = "image" if rendered.is_photo else "document"
    media: dict[str, Any] = {"id": media_id}
    if kind == "document":
        media["filename"] = rendered.document or "file"
    return kind, media


def render(rendered: Rendered, list_label: str = "Choose", media_id: str | None = None,
           continued: str = "⬇️") -> list[dict[str, Any]]:
    """The payloads to send, in order."""
    payloads: list[dict[str, Any]] = []
    text, buttons = rendered.text, rendered.flat_buttons
    if media_id is not None:
        kind, media = media_object(rendered, media_id)
        if buttons and fits_reply_buttons(buttons) and 0 < len(text) <= BODY_MAX:
            # One message: the file as the header, the text, the buttons.
            message = interactive_payload(text, buttons, list_label)
            message["interactive"]["header"] = {"type": kind, kind: media}
            return [message]
        if text and len(text) <= CAPTION_MAX and not buttons:
            media["caption"], text = text, ""
        payloads.append({"type": kind, kind: media})
    if goes_numbered(buttons):
        return payloads + [text_payload(c) for c in split_text(numbered(text, buttons))]
    if not buttons:
        return payloads + [text_payload(c) for c in split_text(text) if c]
    if len(text) > BODY_MAX:
        payloads += [text_payload(c) for c in split_text(text)]
        text = continued
    return payloads + [interactive_payload(text or continued, buttons, list_label)]
