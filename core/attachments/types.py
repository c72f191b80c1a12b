"""Which files every family can receive, whatever their chat app, and as what type.

Telegram takes any file; WhatsApp's media upload takes only these types and refuses the
rest ("Param file must be a file with one of the following types"). A file SchoolHub
accepts is one it can deliver to everyone, so the same list decides both.
"""

from __future__ import annotations

import mimetypes

IMAGE_TYPES = frozenset({"image/jpeg", "image/png"})
DOCUMENT_TYPES = frozenset({
    "text/plain", "application/pdf", "application/msword", "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation"})
TEXT_LIKE = frozenset({"application/json"})


def sendable_type(filename: str | None, is_photo: bool = False) -> str | None:
    """The type to send a file as, from its name; None when no chat app takes it. A text
    file WhatsApp has no type for (a calendar .ics, a .csv, a .json) goes as text/plain:
    the person's phone still opens it by its name."""
    guessed, _ = mimetypes.guess_type(filename or "")
    if is_photo:
        return guessed if guessed in IMAGE_TYPES else "image/jpeg"
    if guessed in DOCUMENT_TYPES or guessed in IMAGE_TYPES:
        return guessed
    if guessed and (guessed.startswith("text/") or guessed in TEXT_LIKE):
        return "text/plain"
    return None
