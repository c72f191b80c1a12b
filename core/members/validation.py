"""Clean what people type; a DomainError says, in their language, what is wrong."""

import re
import unicodedata

from core.errors import DomainError

NAME_MAX = 64
_PHONE = re.compile(r"^\+?[0-9][0-9 ./-]{6,20}$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
# "(+32) 470 12 34 56": the country code in brackets; and "+32 (0)470 12 34 56": the
# trunk 0 in brackets right after a country code (however many spaces before it), as
# Belgians often write it, "(+32) (0)470 ..." too. Those brackets (and the trunk 0) are
# dropped; any other bracket is refused as before.
_COUNTRY_IN_BRACKETS = re.compile(r"(?<![\w+(])\((\+|00)(\d{1,3})\)")
_TRUNK_ZERO = re.compile(r"(?<![\w+])(\+|00)(\d{1,3})\s*\(0\)\s*")


def printable(text: str) -> bool:
    return not any(unicodedata.category(ch).startswith("C") for ch in text)


def clean_name(text: str | None, message_id: str = "profile-name-invalid") -> str:
    value = " ".join((text or "").split())
    if not value or len(value) > NAME_MAX or not printable(value) or value.startswith("/"):
        raise DomainError(message_id, max=NAME_MAX)
    if not any(ch.isalpha() for ch in value):
        raise DomainError(message_id, max=NAME_MAX)
    return value


def without_trunk_zero(text: str) -> str:
    """ "+32 (0)470 12 34 56", "(+32) (0)470 12 34 56" and "(+32) 470 12 34 56" ->
    "+32 470 12 34 56"; the rest of the text is untouched."""
    return _TRUNK_ZERO.sub(r"\1\2 ", _COUNTRY_IN_BRACKETS.sub(r"\1\2", text))


def clean_phone(text: str | None) -> str:
    """A phone number as stored, "+32470123456", from how people write it (typed in the
    chat, or the bot's WhatsApp number in the settings): refused (DomainError) when it
    cannot be read."""
    value = without_trunk_zero((text or "").strip())
    if not _PHONE.match(value):
        raise DomainError("profile-phone-invalid")
    digits = re.sub(r"[ ./-]", "", value)
    # Belgian numbers typed locally (0470 12 34 56) are stored in international form.
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    elif digits.startswith("0"):
        digits = "+32" + digits[1:]
    elif not digits.startswith("+"):
        digits = "+" + digits
    return _belgian(digits) if digits.startswith("+32") else digits


def _belgian(digits: str) -> str:
    """A Belgian number has 10 digits typed locally for a mobile (045x-049x), 9 for a
    landline (Liège's 04 too: "04 123 45 67"): one digit missing or too many is refused
    rather than stored as another number. "+32 0470..." (the local 0 kept after the
    country code) is read as meant."""
    national = digits[3:].removeprefix("0")
    mobile = national[:2] in ("45", "46", "47", "48", "49")
    kind, length = ("mobile", 9) if mobile else ("landline", 8)
    if len(national) != length:
        raise DomainError("profile-phone-belgian-length", kind=kind, count=len(national) + 1)
    return "+32" + national


def clean_email(text: str | None) -> str:
    value = (text or "").strip().lower()
    if len(value) > 254 or not _EMAIL.match(value):
        raise DomainError("profile-email-invalid")
    return value


# Between a phone number and an e-mail address: a comma, a semicolon, a new line, two
# spaces, or a slash with spaces around it ("0470/12 34 56" is one phone number).
_CONTACT_SEPARATORS = re.compile(r"[,;\n]+|\s{2,}|\s+/\s+")
# An e-mail address typed right next to a phone number: the word around its "@".
_EMAIL_WORD = re.compile(r"[^\s/,;]*@[^\s/,;]*")


def parse_contact(text: str | None) -> tuple[str | None, str | None]:
    """One answer may hold a phone number, an e-mail address, or both: separated by a
    comma as the examples show, but also by a space or " / " ("0470 12 34 56
    marie@skynet.be"), the e-mail address being the word with the "@"."""
    phone = email = None
    # first, so that "+32  (0)470 ..." (two spaces) is not taken for two answers
    for part in _CONTACT_SEPARATORS.split(without_trunk_zero((text or "").strip())):
        part = part.strip().strip("/").strip()
        if not part:
            continue
        if "@" in part:
            words = _EMAIL_WORD.findall(part)
            if len(words) != 1:
                raise DomainError("profile-contact-invalid")
            email = clean_email(words[0])
            part = _EMAIL_WORD.sub(" ", part).strip().strip("/").strip()
            if not part:
                continue
        phone = clean_phone(part)
    if phone is None and email is None:
        raise DomainError("profile-contact-invalid")
    return phone, email
