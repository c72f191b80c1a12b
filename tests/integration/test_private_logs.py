"""Logs never carry personal data: a database error, logged with its traceback (a failed
update, an outbox pass), names the statement but not the values people typed."""

from __future__ import annotations

import base64
import logging

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import make_mocked_request
from sqlalchemy.exc import IntegrityError

from bot.observed import PathOnlyAccessLogger
from core.db import create_engine, session_factory, unit_of_work
from core.models import Identity, SelPost
from tests.support.graph_api import LocalGraphApi, signed, text_message, webhook_call
from tests.support.harness import App
from tests.support.people import school_with_members


async def test_a_database_error_does_not_quote_what_people_wrote(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        with pytest.raises(IntegrityError) as failure:
            async with unit_of_work(session_factory(engine)) as uow:
                _, (anna,) = await school_with_members(uow.session, 1)
                uow.session.add(SelPost(
                    school_id=anna.school_id, member_id=anna.id, kind="offer",
                    category="other", title="Maths with Anna",
                    description="Call Anna on 0470 12 34 56", units_per_hour=0))
                await uow.session.flush()
    finally:
        await engine.dispose()
    logged = str(failure.value)
    assert "units_per_hour" in logged  # what failed is still told
    assert "Anna" not in logged and "0470" not in logged


async def test_a_duplicate_does_not_quote_the_phone_number(database_url: str) -> None:
    engine = create_engine(database_url)
    try:
        with pytest.raises(IntegrityError) as failure:
            async with unit_of_work(session_factory(engine)) as uow:
                _, (anna, jan) = await school_with_members(uow.session, 2)
                for member in (anna, jan):
                    uow.session.add(Identity(member_id=member.id, channel="whatsapp",
                                             external_id="32470123456"))
                await uow.session.flush()
    finally:
        await engine.dispose()
    assert "32470123456" not in str(failure.value)


async def test_whatsapp_calls_leave_no_number_in_the_logs(
        database_url: str, caplog: pytest.LogCaptureFixture) -> None:
    """A message id from WhatsApp carries the recipient's number (base64 in the wamid):
    a failed delivery's status, or a message from someone, logs neither."""
    graph = LocalGraphApi()
    await graph.start()
    app = App(database_url, channel=graph)
    try:
        url = await app.serve_web()
        # As Meta makes them: the number, then the message's own id, in base64.
        sent = "wamid." + base64.b64encode(
            b"\x1c\x18\x0b32470123456\x15\x02\x00\x11\x18\x123EB0C767D26A1D8A6F2B").decode()
        failed = {"id": sent, "status": "failed", "timestamp": "1700000000",
                  "recipient_id": "32470123456", "errors": [{"code": 131026}]}
        caplog.set_level(logging.INFO)  # as `schoolhub run` logs
        for call in (webhook_call(statuses=[failed]),
                     webhook_call(text_message("32470123456", "hello"),
                                  names={"32470123456": "Anna De Smet"})):
            body, headers = signed(call, "secret")
            async with aiohttp.ClientSession() as http, http.post(
                    f"{url}/webhooks/whatsapp", data=body, headers=headers) as response:
                assert response.status == 200
            await app.runtime.whatsapp.drain()
    finally:
        await app.close()
        await graph.stop()
    assert "131026" in caplog.text  # what failed is still told
    for personal in ("32470123456", sent, sent.removeprefix("wamid.")[:20], "De Smet"):
        assert personal not in caplog.text


def test_a_calendar_feed_s_secret_address_is_not_logged(caplog: pytest.LogCaptureFixture
                                                        ) -> None:
    """Whoever reads the logs could read a parent's calendar with its address."""
    logger = logging.getLogger("aiohttp.access")
    caplog.set_level(logging.INFO, logger="aiohttp.access")
    token = "Xq3v9bT2lW8yZ0aB4cD6eF1gH5iJ7kL"
    request = make_mocked_request("GET", f"/calendar/{token}.ics?x=1")
    PathOnlyAccessLogger(logger, "").log(request, web.Response(status=200), 0.002)
    assert "GET /calendar/….ics 200" in caplog.text and token not in caplog.text
