"""Mollie, through mollie-api-python: the payment gateway of core.orders.payments.

The client is synchronous (requests), so every call runs in a worker thread, off the
event loop. Amounts go as Mollie's exact two-decimal strings, built from integer cents.
"""

from __future__ import annotations

import asyncio
from typing import Any

from mollie.api.client import Client

from core.orders.money import mollie_amount
from core.orders.payments import CreatedPayment, CreatedRefund

METHODS = ["bancontact", "creditcard"]
MOLLIE_LOCALE = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_US"}


class MollieGateway:
    def __init__(self, api_key: str, *, redirect_url: str, webhook_url: str,
                 api_endpoint: str | None = None) -> None:
        self.client = Client(api_endpoint=api_endpoint or "")
        self.client.set_api_key(api_key)
        self.redirect_url, self.webhook_url = redirect_url, webhook_url

    async def create(self, *, amount_cents: int, description: str, locale: str,
                     metadata: dict[str, Any], idempotency_key: str) -> CreatedPayment:
        data = {"amount": mollie_amount(amount_cents), "description": description,
                "redirectUrl": f"{self.redirect_url}?lang={locale}",
                "webhookUrl": self.webhook_url, "method": METHODS, "metadata": metadata,
                "locale": MOLLIE_LOCALE.get(locale, "en_US")}
        payment = await asyncio.to_thread(self.client.payments.create, data,
                                          idempotency_key=idempotency_key)
        return CreatedPayment(payment.id, payment.checkout_url, payment.status)

    async def status(self, payment_id: str) -> str:
        payment = await asyncio.to_thread(self.client.payments.get, payment_id)
        return payment.status

    async def refund(self, payment_id: str, *, amount_cents: int, description: str,
                     idempotency_key: str) -> CreatedRefund:
        def refund() -> Any:
            payment = self.client.payments.get(payment_id)
            return payment.refunds.create({"amount": mollie_amount(amount_cents),
                                           "description": description},
                                          idempotency_key=idempotency_key)

        created = await asyncio.to_thread(refund)
        return CreatedRefund(created.id, created.status)

    async def refund_status(self, payment_id: str, refund_id: str) -> str:
        def lookup() -> Any:
            return self.client.payments.get(payment_id).refunds.get(refund_id)

        return (await asyncio.to_thread(lookup)).status
