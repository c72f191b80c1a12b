"""Payments at the edges: a crash between Mollie and our database, Mollie down."""

from __future__ import annotations

import asyncio

import aiohttp
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from core.db import unit_of_work
from core.models import (
    Member,
    OrderPayment,
    OutboxMessage,
    OutboxStatus,
    PaymentStatus,
    RefundStatus,
)
from core.orders import closing, payments
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


# A payment and a cancellation at the same moment (PostgreSQL: they really overlap) ---

on_postgresql = pytest.mark.parametrize(("database_url", "chat_channel"),
                                        [("postgresql", "telegram")], indirect=True)


async def sophie_of(shop: App) -> Member:
    async with shop.sessions() as session:
        return await session.scalar(select(Member).options(selectinload(Member.roles))
                                    .where(Member.first_name == "Sophie"))


async def waiting_on_a_lock(shop: App) -> int:
    async with shop.sessions() as session:
        return await session.scalar(text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"))


async def while_cancelling(shop: App, meanwhile: asyncio.Task) -> None:
    """Sophie cancels the order; before her cancellation commits, `meanwhile` runs as far
    as it can (until it waits for a lock, or ends)."""
    sophie = await sophie_of(shop)
    async with unit_of_work(shop.sessions) as uow:
        await closing.cancel(uow.session, sophie, (await the_payment(shop)).order_id)
        while not await waiting_on_a_lock(shop):
            if meanwhile.done():
                break
            await asyncio.sleep(0.05)
    await meanwhile


@on_postgresql
async def test_a_payment_arriving_while_the_order_is_cancelled_is_refunded(
        shop: App, mollie: LocalMollie) -> None:
    """Anna pays her link as Sophie cancels the order: Mollie's webhook comes before the
    cancellation commits. Her money goes back all the same."""
    await confirmed_order(shop)
    await payments.issue_pending(shop.sessions, shop.runtime.payments)
    paying = await the_payment(shop)
    mollie.set_status(paying.mollie_id, "paid")
    await while_cancelling(shop, asyncio.create_task(
        payments.on_webhook(shop.sessions, shop.runtime.payments, paying.mollie_id)))
    paid = await the_payment(shop)
    assert (paid.status, paid.refund_status) == (PaymentStatus.PAID, RefundStatus.REQUESTED)


@on_postgresql
async def test_a_payment_link_made_while_the_order_is_cancelled_does_not_go(
        shop: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """The payment job has Anna's link from Mollie and is writing it to her as Sophie
    cancels the order: no Pay link follows the news that the order is called off."""
    await confirmed_order(shop)
    written, go_on = asyncio.Event(), asyncio.Event()
    enqueue = payments.enqueue_for_member

    async def enqueue_and_wait(*args, **kwargs):
        await enqueue(*args, **kwargs)
        written.set()
        await go_on.wait()  # the link is written, not yet committed

    monkeypatch.setattr(payments, "enqueue_for_member", enqueue_and_wait)
    issuing = asyncio.create_task(payments.issue_pending(shop.sessions, shop.runtime.payments))
    await written.wait()
    sophie, order_id = await sophie_of(shop), (await the_payment(shop)).order_id

    async def cancel() -> None:
        async with unit_of_work(shop.sessions) as uow:
            await closing.cancel(uow.session, sophie, order_id)

    cancelling = asyncio.create_task(cancel())
    while not await waiting_on_a_lock(shop):  # for the payment the job holds
        assert not cancelling.done()
        await asyncio.sleep(0.05)
    go_on.set()
    assert await issuing == 1
    await cancelling
    async with shop.sessions() as session:
        links = list(await session.scalars(select(OutboxMessage.status).where(
            OutboxMessage.purpose.like(f"order:{order_id}:pay:%"))))
    assert links == [OutboxStatus.CANCELLED]
