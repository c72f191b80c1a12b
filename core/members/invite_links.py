"""Where an invite code leads when it is tapped or scanned: the bot's Telegram username and
its WhatsApp number (settings TELEGRAM_BOT_USERNAME and WHATSAPP_DISPLAY_NUMBER). Used by
the panel's printable sheet and by a class rep's 📨 Invite families in the chat."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass

import segno

from core.errors import DomainError
from core.members.validation import clean_phone


@dataclass(frozen=True)
class InviteLinks:
    """Where a scanned code leads: the bot's Telegram username, WhatsApp's number."""

    telegram_username: str | None = None
    whatsapp_number: str | None = None

    def for_code(self, code: str) -> list[tuple[str, str]]:
        """As the settings may be written: "@EcoleBot" (t.me takes the name alone), and
        "+32 470 …", "+32 (0)470 …", "(+32) 470 …", "0470 …" or "0032 470 …", read as a
        phone typed in the chat is (wa.me takes the international number's digits)."""
        links = []
        if username := (self.telegram_username or "").strip().lstrip("@"):
            links.append(("Telegram", f"https://t.me/{username}?start={code}"))
        if self.whatsapp_number:  # read as a typed phone is (the settings checked it)
            with contextlib.suppress(DomainError):
                digits = clean_phone(self.whatsapp_number).removeprefix("+")
                links.append(("WhatsApp", f"https://wa.me/{digits}?text={code}"))
        return links


def qr_png(link: str) -> bytes:
    """A QR code as a PNG, big enough to be scanned from a phone's screen at the gate."""
    out = io.BytesIO()
    segno.make(link, error="m").save(out, kind="png", scale=10, border=2)
    return out.getvalue()
