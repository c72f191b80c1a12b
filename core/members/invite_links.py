"""Where an invite code leads when it is tapped or scanned: the bot's Telegram username and
its WhatsApp number (settings TELEGRAM_BOT_USERNAME and WHATSAPP_DISPLAY_NUMBER). Used by
the panel's printable sheet and by a class rep's 📨 Invite families in the chat."""

from __future__ import annotations

import contextlib
import io
import re
from dataclasses import dataclass

import segno

from core.errors import DomainError
from core.members.validation import clean_phone, without_trunk_zero

# An area code in brackets, as the bot's number may be written in the settings (they took
# it before the number was read as a typed phone): "+1 (555) 123-4567", "(02) 123 45 67";
# after a country code, its trunk 0 dropped as in "+32 (0)470 …": "+49 (030) 1234567".
_TRUNK_AREA_CODE = re.compile(r"(?<![\w+])(\+|00)(\d{1,3})\s*\(0(\d{1,4})\)")
_AREA_CODE = re.compile(r"\((\d{1,5})\)")


def whatsapp_digits(number: str) -> str:
    """The digits wa.me takes for the bot's WhatsApp number (WHATSAPP_DISPLAY_NUMBER),
    read as a phone typed in the chat is (clean_phone), an area code in brackets too;
    DomainError when it cannot be read (a letter, a digit missing)."""
    number = _TRUNK_AREA_CODE.sub(r"\1\2 \3", without_trunk_zero(number.strip()))
    return clean_phone(_AREA_CODE.sub(r"\1", number)).removeprefix("+")


@dataclass(frozen=True)
class InviteLinks:
    """Where a scanned code leads: the bot's Telegram username, WhatsApp's number."""

    telegram_username: str | None = None
    whatsapp_number: str | None = None

    def for_code(self, code: str) -> list[tuple[str, str]]:
        """As the settings may be written: "@EcoleBot" (t.me takes the name alone), and
        "+32 470 …", "+32 (0)470 …", "(+32) 470 …", "0470 …", "0032 470 …" or
        "+1 (555) 123-4567", read as a phone typed in the chat is (wa.me takes the
        international number's digits: whatsapp_digits)."""
        links = []
        if username := (self.telegram_username or "").strip().lstrip("@"):
            links.append(("Telegram", f"https://t.me/{username}?start={code}"))
        if self.whatsapp_number:  # read as a typed phone is (the settings checked it)
            with contextlib.suppress(DomainError):
                digits = whatsapp_digits(self.whatsapp_number)
                links.append(("WhatsApp", f"https://wa.me/{digits}?text={code}"))
        return links


def qr_png(link: str) -> bytes:
    """A QR code as a PNG, big enough to be scanned from a phone's screen at the gate."""
    out = io.BytesIO()
    segno.make(link, error="m").save(out, kind="png", scale=10, border=2)
    return out.getvalue()
