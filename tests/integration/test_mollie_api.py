"""The local Mollie API, driven through the real (synchronous) mollie client."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web
from mollie.api.client import Client
from mollie.api.error import NotFoundError, ResponseError, UnprocessableEntityError

from tests.support.mollie_api import LocalMollie

KEY = "test_" + "x" * 30


@pytest.fixture
async def mollie() -> AsyncIterator[LocalMollie]:
    server = LocalMollie()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def client(mollie: LocalMollie) -> Client:
    api = Client()
    api.set_api_key(KEY)
    api.set_api_endpoint(mollie.base_url)
    return api


def order(value: str = "12.50", **extra) -> dict:
    return {"amount": {"currency": "EUR", "value": value}, "description": "School trip",
            "redirectUrl": "https://school.example/paid", "metadata": {"order": 7},
            "method": ["bancontact", "creditcard"], "locale": "fr_BE", **extra}


async def test_create_and_get_round_trip(mollie: LocalMollie, client: Client) -> None:
    created = await asyncio.to_thread(client.payments.create, order())
    assert created.id.startswith("tr_") and created.status == "open"
    assert created.checkout_url == f"{mollie.base_url}/checkout/{created.id}"
    fetched = await asyncio.to_thread(client.payments.get, created.id)
    assert fetched.amount == {"currency": "EUR", "value": "12.50"}
    assert fetched.metadata == {"order": 7} and fetched.mode == "test"
    assert fetched.method is None and not fetched.is_paid()
    assert mollie.calls[0].headers["Authorization"] == f"Bearer {KEY}"


async def test_idempotency_key_replays_and_rejects_a_different_body(
        mollie: LocalMollie, client: Client) -> None:
    first = await asyncio.to_thread(client.payments.create, order(), idempotency_key="k1")
    again = await asyncio.to_thread(client.payments.create, order(), idempotency_key="k1")
    assert again.id == first.id and len(mollie.payments) == 1
    with pytest.raises(UnprocessableEntityError, match="k1"):
        await asyncio.to_thread(client.payments.create, order("9.99"), idempotency_key="k1")


async def test_bad_amount_is_unprocessable(client: Client) -> None:
    with pytest.raises(UnprocessableEntityError) as error:
        await asyncio.to_thread(client.payments.create, order("12.5"))
    assert error.value.status == 422 and error.value.field == "amount.value"


async def test_unknown_payment_is_not_found(client: Client) -> None:
    with pytest.raises(NotFoundError, match="tr_unknown0000"):
        await asyncio.to_thread(client.payments.get, "tr_unknown0000")


async def test_wrong_key_and_outage_answer_like_mollie(mollie: LocalMollie,
                                                       client: Client) -> None:
    mollie.fail_next = 1
    with pytest.raises(ResponseError) as error:
        await asyncio.to_thread(client.payments.list)
    assert error.value.status == 503
    async with aiohttp.ClientSession() as http, http.get(
            f"{mollie.base_url}/v2/payments", headers={"Authorization": "Bearer nope"}) as r:
        assert r.status == 401 and (await r.json())["title"] == "Unauthorized Request"


async def test_set_status_paid_shows_paid(mollie: LocalMollie, client: Client) -> None:
    created = await asyncio.to_thread(client.payments.create, order())
    mollie.set_status(created.id, "paid")
    paid = await asyncio.to_thread(client.payments.get, created.id)
    assert paid.is_paid() and paid.method == "bancontact" and paid.checkout_url is None
    assert paid.amount_remaining == {"currency": "EUR", "value": "12.50"}


async def test_refund_updates_remaining_and_cannot_exceed_it(mollie: LocalMollie,
                                                             client: Client) -> None:
    created = await asyncio.to_thread(client.payments.create, order("10.00"))
    mollie.set_status(created.id, "paid")
    amount = {"currency": "EUR", "value": "3.30"}
    refund = await asyncio.to_thread(created.refunds.create,
                                     {"amount": amount, "description": "Sibling discount"})
    assert refund.status == "pending" and refund.payment_id == created.id
    assert refund.settlement_amount == {"currency": "EUR", "value": "-3.30"}
    payment = await asyncio.to_thread(client.payments.get, created.id)
    assert payment.amount_remaining["value"] == "6.70" and payment.has_refunds()
    assert payment.amount_refunded["value"] == "3.30"
    too_much = {"amount": {"currency": "EUR", "value": "6.71"}}
    with pytest.raises(UnprocessableEntityError):
        await asyncio.to_thread(payment.refunds.create, too_much)
    rest = await asyncio.to_thread(payment.refunds.create, {"description": "Rest"})
    assert rest.amount["value"] == "6.70"
    assert (await asyncio.to_thread(payment.refunds.get, refund.id)).id == refund.id


async def test_refund_needs_a_paid_payment(client: Client) -> None:
    created = await asyncio.to_thread(client.payments.create, order())
    with pytest.raises(UnprocessableEntityError):
        await asyncio.to_thread(created.refunds.create, {})


async def test_list_is_newest_first_and_pages(client: Client) -> None:
    ids = [(await asyncio.to_thread(client.payments.create, order(f"{n}.00"))).id
           for n in (1, 2, 3)]
    page = await asyncio.to_thread(client.payments.list, limit=2)
    assert [p.id for p in page] == [ids[2], ids[1]] and page.has_next()
    rest = await asyncio.to_thread(page.get_next)
    assert [p.id for p in rest] == [ids[0]] and not rest.has_next()


async def webhook_receiver(received: list[tuple[str, str]]) -> tuple[web.AppRunner, str]:
    async def hook(request: web.Request) -> web.Response:
        received.append((request.content_type, (await request.post())["id"]))
        return web.Response(text="")

    app = web.Application()
    app.router.add_post("/webhooks/mollie", hook)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}/webhooks/mollie"


async def test_notify_posts_the_id_to_the_webhook(mollie: LocalMollie, client: Client) -> None:
    received: list[tuple[str, str]] = []
    runner, url = await webhook_receiver(received)
    try:
        created = await asyncio.to_thread(client.payments.create, order(webhookUrl=url))
        assert await mollie.pay(created.id) == 200
        assert received == [("application/x-www-form-urlencoded", created.id)]
        assert mollie.webhook_posts == [(url, created.id)]
    finally:
        await runner.cleanup()


async def test_checkout_pay_marks_paid_and_redirects(mollie: LocalMollie,
                                                     client: Client) -> None:
    received: list[tuple[str, str]] = []
    runner, url = await webhook_receiver(received)
    try:
        created = await asyncio.to_thread(client.payments.create, order(webhookUrl=url))
        async with aiohttp.ClientSession() as http:
            async with http.get(created.checkout_url) as page:
                assert "School trip" in await page.text()
            async with http.post(created.checkout_url, data={"status": "paid"},
                                 allow_redirects=False) as response:
                assert response.status == 303
                assert response.headers["Location"] == "https://school.example/paid"
        assert received == [("application/x-www-form-urlencoded", created.id)]
        assert (await asyncio.to_thread(client.payments.get, created.id)).is_paid()
    finally:
        await runner.cleanup()
