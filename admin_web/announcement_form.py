"""The panel's announcement form: text, versions in the school's other languages,
audience, urgency, an optional file and optional answer choices (a quick poll), each
checked by the checks the chat's /announce applies (text length, audience, file size,
the choices' count and length)."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp.web_request import FileField
from multidict import MultiDictProxy

from admin_web.form_fields import attempt, class_choice
from admin_web.render import FormErrors
from core.announcements import polls
from core.announcements import service as announcements
from core.attachments import Upload, check_upload
from core.attachments.types import IMAGE_TYPES
from core.errors import DomainError
from core.i18n import LOCALES
from core.models import AttachmentKind, AudienceKind, Member

AUDIENCES = (AudienceKind.SCHOOL, AudienceKind.CLASSES, AudienceKind.REPS, AudienceKind.ADMINS)


@dataclass
class Composed:
    text: str
    audience: str
    class_ids: list[int]
    urgent: bool
    upload: Upload | None
    data: bytes
    versions: dict[str, str]  # locale -> text, for the families who read that language
    choices: list[str] | None = None  # a quick poll's, the same in every language


def other_locales(author: Member) -> list[str]:
    """The languages a version may be added in: all but the author's own (the text's)."""
    return [code for code in LOCALES if code != author.locale]


def clean_choices(text: str) -> list[str]:
    """The chat's check of a poll's choices (core.announcements.polls), its refusal
    worded for the form: the chat's words speak of /cancel and of typing them again."""
    try:
        return polls.clean_choices(text)
    except DomainError as error:
        raise DomainError(f"admin-{error.message_id}", **error.args_for_message) from error


def read_choices(form: MultiDictProxy, values: dict[str, str],
                 errors: FormErrors) -> list[str] | None:
    """The answer choices, one per line; left empty, a plain announcement (None)."""
    values["choices"] = typed = str(form.get("choices", ""))
    return attempt(errors, "choices", clean_choices, typed) if typed.strip() else None


def read_file(form: MultiDictProxy, errors: FormErrors) -> tuple[Upload | None, bytes]:
    field = form.get("file")
    if not isinstance(field, FileField) or not field.filename:
        return None, b""
    data = field.file.read()
    kind = AttachmentKind.PHOTO if field.content_type in IMAGE_TYPES else AttachmentKind.DOCUMENT
    upload = Upload(kind, field.filename, field.content_type or "application/octet-stream",
                    len(data))
    if not data:
        errors.add("file", "attachment-invalid")
    attempt(errors, "file", check_upload, upload)
    return upload, data


def read_announcement(form: MultiDictProxy, errors: FormErrors, author: Member,
                      school_classes: set[int]) -> tuple[dict[str, str], Composed | None]:
    """The form's values (to show again) and what to send, or None when a field is wrong."""
    values = {"text": str(form.get("text", "")), "audience": str(form.get("audience", "")),
              "urgent": "on" if "urgent" in form else ""}
    text = attempt(errors, "text", announcements.clean_text, values["text"])
    versions = {}
    for code in other_locales(author):  # optional: left empty, they get the text itself
        values[f"text_{code}"] = version = str(form.get(f"text_{code}", ""))
        if version.strip():
            versions[code] = attempt(errors, f"text_{code}", announcements.clean_text, version)
    choices = read_choices(form, values, errors)
    audience = values["audience"]
    if audience not in AUDIENCES:
        errors.add("audience", "admin-announcements-audience-invalid")
    chosen = class_choice(form, errors, school_classes)
    class_ids = chosen if audience == AudienceKind.CLASSES else []
    if audience == AudienceKind.CLASSES:
        attempt(errors, "classes", announcements.check_audience, author, audience, class_ids)
    upload, data = read_file(form, errors)
    if errors:
        return values, None
    return values, Composed(text, audience, class_ids, bool(values["urgent"]), upload, data,
                            versions, choices)
