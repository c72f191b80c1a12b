"""Where an invite code leads when it is tapped or scanned: the bot's Telegram username and
its WhatsApp number (settings TELEGRAM_BOT_USERNAME and WHATSAPP_DISPLAY_NUMBER). Used by
the panel's printable sheet and by a class rep's 📨 Invite families in the chat."""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno

from core.members.validation import without_trunk_zero


@dataclass(frozen=True)
class InviteLinks:
    """Where a scanned code leads: the bot's Telegram username, WhatsApp's number."""

    telegram_username: str | None = None
    whatsapp_number: str | None = None

    def for_code(self, code: str) -> list[tuple[str, str]]:
        """As the settings may be written: "@EcoleBot" (t.me takes the name alone), and
        "+32 470 …", "+32 (0)470 …" or "0032 470 …" (wa.me takes the international
        number's digits)."""
        links = []
        if username := (self.telegram_username or "").strip().lstrip("@"):
            links.append(("Telegram", f"https://t.me/{username}?start={code}"))
        if self.whatsapp_number:
            digits = "".join(ch for ch in without_trunk_zero(self.whatsapp_number)
                             if ch.isdecimal())
            digits = digits.removeprefix("00")  # 0032: the international call prefix
            if digits.startswith("0"):  # "0470 …" typed locally: Belgian, as clean_phone reads it
                digits = "32" + digits[1:]
            if digits.startswith("320"):  # "+32 0470 …": the local 0 kept after the code
                digits = "32" + digits[3:]
            links.append(("WhatsApp", f"https://wa.me/{digits}?text={code}"))
        return links


def qr_png(link: str) -> bytes:
    """A QR code as a PNG, big enough to be scanned from a phone's screen at the gate."""
    out = io.BytesIO()
    segno.make(link, error="m").save(out, kind="png", scale=10, border=2)
    return out.getvalue()
