"""Euro amounts as integer cents, from what people type to what Mollie expects."""

from __future__ import annotations

import re

from core.errors import DomainError

MAX_PRICE_CENTS = 100_000  # 1,000 € per item: beyond that it is a typo, not a school order
_PRICE = re.compile(r"^\s*(?:€\s*)?(?P<euros>\d{1,5})(?:[.,](?P<cents>\d{1,2}))?\s*(?:€|eur)?\s*$",
                    re.IGNORECASE)


def parse_price(text: str) -> int:
    """'12,50', '12.5', '€ 12', '12 €' -> cents."""
    match = _PRICE.match(text or "")
    if not match:
        raise DomainError("orders-price-invalid")
    cents = int(match["euros"]) * 100 + int((match["cents"] or "0").ljust(2, "0"))
    if not 0 < cents <= MAX_PRICE_CENTS:
        raise DomainError("orders-price-invalid")
    return cents


def mollie_amount(cents: int) -> dict[str, str]:
    """Mollie's amount object: a string with exactly two decimals."""
    return {"currency": "EUR", "value": f"{cents // 100}.{cents % 100:02d}"}


def cents_of(amount: dict[str, str]) -> int:
    euros, _, cents = amount["value"].partition(".")
    return int(euros) * 100 + int(cents.ljust(2, "0"))
