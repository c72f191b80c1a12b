"""Payments at the edges: a crash between Mollie and our database, Mollie down."""

from __future__ import annotations

import aiohttp
from sqlalchemy import select

from core.models import OrderPayment, PaymentStatus
from core.orders import payments
from tests.conversations.test_orders import close_now, join, open_order
from tests.support.harness import App
from tests.support.mollie_api import LocalMollie


async def confirmed_order(shop: App) -> None:
    sophie, anna, _ = await open_order(shop, minimum="1")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "1")
    await close_now(sophie)


async def the_payment(shop: App) -> OrderPayment:
    async with shop.sessions() as session:
        return await session.scalar(select(OrderPayment))


async def test_a_crash_after_creating_at_mollie_creates_no_second_payment(
        shop: App, mollie: LocalMollie) -> None:
    await confirmed_order(shop)
    gateway = shop.runtime.payments

    class DiesAfterCreating:
        """Mollie creates the payment; the process dies before recording it."""

        async def create(self, **request):
            await gateway.create(**request)
            raise ConnectionResetError("killed")

    assert await payments.issue_pending(shop.sessions, DiesAfterCreating()) == 0
    assert (await the_payment(shop)).status == PaymentStatus.CREATING
    assert len(mollie.payments) == 1
    # After the restart the issuer retries with the same key: Mollie answers the same one.
    await payments.issue_pending(shop.sessions, shop.runtime.payments)
    assert len(mollie.payments) == 1
    assert (await the_payment(shop)).mollie_id == next(iter(mollie.payments))


async def test_mollie_down_delays_payments_and_webhooks_without_losing_them(
        shop: App, mollie: LocalMollie) -> None:
    await confirmed_order(shop)
    mollie.fail_next = 1
    assert await payments.issue_pending(shop.sessions, shop.runtime.payments) == 0
    payment = await the_payment(shop)
    assert payment.status == PaymentStatus.CREATING and "unavailable" in payment.last_error
    assert await payments.issue_pending(shop.sessions, shop.runtime.payments) == 1
    payment = await the_payment(shop)
    mollie.set_status(payment.mollie_id, "paid")
    mollie.fail_next = 1
    assert await mollie.notify(payment.mollie_id) == 503  # Mollie will call again
    assert (await the_payment(shop)).status == PaymentStatus.OPEN
    assert await mollie.notify(payment.mollie_id) == 200
    assert (await the_payment(shop)).status == PaymentStatus.PAID


async def test_the_page_mollie_sends_the_parent_back_to(shop: App) -> None:
    async with aiohttp.ClientSession() as http, http.get(
            f"{shop.settings.base_url}/orders/paid?lang=nl") as response:
        assert response.status == 200
        assert "Bedankt! Je kunt terug naar het gesprek" in await response.text()
