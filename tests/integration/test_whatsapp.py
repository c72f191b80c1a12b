"""The WhatsApp channel end to end: Meta-shaped webhook calls in, the Graph API out
(a local server checking WhatsApp's limits), the same handlers as every channel."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import aiohttp
import pytest
import time_machine
from aiogram import F
from aiogram.types import BufferedInputFile, Message
from aiohttp import web
from sqlalchemy import func, select

from bot.app import build_app
from bot.channels.base import download_file
from bot.config import Settings
from bot.runtime import Runtime
from core.clock import utcnow
from core.db import unit_of_work
from core.models import (
    Identity,
    InboundEvent,
    OutboxMessage,
    OutboxStatus,
    ProcessedUpdate,
)
from core.outbox import Button, enqueue_for_member, money_arg
from tests.support.flows import register
from tests.support.graph_api import (
    PHONE_NUMBER_ID,
    TOKEN,
    LocalGraphApi,
    button_reply,
    media_message,
    reaction_message,
    signed,
    text_message,
    webhook_call,
)
from tests.support.harness import App
from tests.support.people import school_with_members
from tests.support.servers import free_port

SECRET = "meta-app-secret"
VERIFY = "verify-me"


class WhatsAppApp:
    def __init__(self, runtime: Runtime, graph: LocalGraphApi, url: str) -> None:
        self.runtime, self.graph, self.url = runtime, graph, url

    async def post(self, payload: dict[str, Any], secret: str = SECRET) -> int:
        body, headers = signed(payload, secret)
        async with aiohttp.ClientSession() as http, http.post(
                f"{self.url}/webhooks/whatsapp", data=body, headers=headers) as response:
            status = response.status
        assert self.runtime.whatsapp is not None
        await self.runtime.whatsapp.drain()
        return status


class WhatsAppUser:
    """A parent on WhatsApp: what they send, and what the bot sent them in return."""

    def __init__(self, app: WhatsAppApp, number: str, name: str = "Anna") -> None:
        self.app, self.number, self.name = app, number, name

    @property
    def received(self) -> list[dict[str, Any]]:
        return self.app.graph.to(self.number)

    async def _send(self, message: dict[str, Any]) -> str:
        before = len(self.received)
        assert await self.app.post(webhook_call(message, names={self.number: self.name})) == 200
        return "\n".join(show(p) for p in self.received[before:])

    async def says(self, text: str) -> str:
        return await self._send(text_message(self.number, text))

    async def taps(self, title: str) -> str:
        """Tap the reply button or list row whose title contains `title`."""
        last = next(p for p in reversed(self.received) if p["type"] == "interactive")
        interactive = last["interactive"]
        if interactive["type"] == "button":
            choices = [(b["reply"]["id"], b["reply"]["title"])
                       for b in interactive["action"]["buttons"]]
        else:
            choices = [(r["id"], r["title"]) for s in interactive["action"]["sections"]
                       for r in s["rows"]]
        matches = [c for c in choices if title in c[1]]
        assert len(matches) == 1, f"{title!r} in {choices}"
        kind = "button_reply" if interactive["type"] == "button" else "list_reply"
        return await self._send(button_reply(self.number, matches[0][0], matches[0][1], kind))


def show(payload: dict[str, Any]) -> str:
    """A sent message as the person reads it."""
    if payload["type"] == "text":
        return payload["text"]["body"]
    if payload["type"] == "interactive":
        interactive = payload["interactive"]
        if interactive["type"] == "button":
            titles = [b["reply"]["title"] for b in interactive["action"]["buttons"]]
        else:
            titles = [r["title"] for s in interactive["action"]["sections"] for r in s["rows"]]
        return "\n".join([interactive["body"]["text"], *(f"[{t}]" for t in titles)])
    if payload["type"] == "template":
        return f"template {payload['template']['name']}"
    return f"{payload['type']} {payload[payload['type']].get('caption', '')}"


@pytest.fixture
async def graph() -> AsyncIterator[LocalGraphApi]:
    api = LocalGraphApi()
    await api.start()
    yield api
    await api.stop()


@pytest.fixture
async def whatsapp(database_url: str, graph: LocalGraphApi) -> AsyncIterator[WhatsAppApp]:
    settings = Settings(_env_file=None, database_url=database_url, web_port=free_port(),
                        whatsapp_token=TOKEN, whatsapp_phone_number_id=PHONE_NUMBER_ID,
                        whatsapp_api_base=graph.base_url, whatsapp_app_secret=SECRET,
                        whatsapp_verify_token=VERIFY)
    runtime = Runtime(settings)
    runtime.add_whatsapp()
    runner = web.AppRunner(build_app(runtime))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", settings.web_port).start()
    yield WhatsAppApp(runtime, graph, settings.base_url)
    await runner.cleanup()
    await runtime.stop()


async def invite_codes(database_url: str) -> tuple[str, str]:
    setup = App(database_url)
    school = await setup.school()
    await setup.close()
    return school.parent_code, school.admin_code


async def test_the_verification_handshake(whatsapp: WhatsAppApp) -> None:
    async with aiohttp.ClientSession() as http:
        query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY,
                 "hub.challenge": "1158201444"}
        async with http.get(f"{whatsapp.url}/webhooks/whatsapp", params=query) as response:
            assert (response.status, await response.text()) == (200, "1158201444")
        query["hub.verify_token"] = "guess"
        async with http.get(f"{whatsapp.url}/webhooks/whatsapp", params=query) as response:
            assert response.status == 403


async def test_a_parent_registers_on_whatsapp_with_a_typed_code(
        whatsapp: WhatsAppApp, database_url: str) -> None:
    parent_code, _ = await invite_codes(database_url)
    anna = WhatsAppUser(whatsapp, "32470123456")
    whatsapp.graph.fail_next = 1  # Meta fails once: the committed reply is tried again
    answer = await anna.says(parent_code)
    assert "[Français]\n[Nederlands]\n[English]" in answer
    assert "What is your first name?" in await anna.taps("English")
    await anna.says("Anna")
    await anna.says("De Smet")
    await anna.taps("Skip")
    await anna.taps("✅")
    classes = await anna.says("Léa")
    assert "[P3]" in classes  # nine classes: a list, opened by a word all three languages share
    assert whatsapp.graph.sent[-1][1]["interactive"]["action"]["button"] == "☰ Menu"
    await anna.taps("P3")
    await anna.taps("Continue")
    assert "Welcome, Anna! 🎉" in await anna.taps("✅")
    async with whatsapp.runtime.sessions() as session:
        identity = await session.scalar(select(Identity))
    assert (identity.channel, identity.external_id) == ("whatsapp", "32470123456")
    assert "Léa – P3" in await anna.says("/children")
    assert whatsapp.graph.refused == ["(#131000) Something went wrong"]


async def test_forged_signatures_are_refused_before_anything_is_read(
        whatsapp: WhatsAppApp, database_url: str) -> None:
    call = webhook_call(text_message("32470123456", "/start"))
    assert await whatsapp.post(call, secret="not-the-secret") == 401
    async with aiohttp.ClientSession() as http, http.post(
            f"{whatsapp.url}/webhooks/whatsapp", json=call) as response:
        assert response.status == 401  # no signature at all
    async with whatsapp.runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(ProcessedUpdate)) == 0
    assert whatsapp.graph.sent == []


async def test_a_replayed_call_is_processed_once_and_statuses_are_ignored(
        whatsapp: WhatsAppApp) -> None:
    call = webhook_call(text_message("32470123456", "hello"))
    assert await whatsapp.post(call) == 200
    assert await whatsapp.post(call) == 200  # Meta retries: same wamid
    assert len(whatsapp.graph.to("32470123456")) == 1
    statuses = webhook_call(statuses=[{"id": "wamid.OUT1", "status": "delivered",
                                       "timestamp": "1700000000",
                                       "recipient_id": "32470123456"}])
    assert await whatsapp.post(statuses) == 200
    assert len(whatsapp.graph.to("32470123456")) == 1


async def test_a_reaction_gets_no_answer(whatsapp: WhatsAppApp) -> None:
    call = webhook_call(reaction_message("32470000004"), text_message("32470000004", "hello"))
    assert await whatsapp.post(call) == 200
    assert len(whatsapp.graph.to("32470000004")) == 1  # the answer to "hello" alone


async def test_several_entries_in_one_call_are_all_answered_in_order(
        whatsapp: WhatsAppApp) -> None:
    call = webhook_call(text_message("32470000001", "hello"),
                        text_message("32470000002", "bonjour"))
    call["entry"].append(webhook_call(text_message("32470000003", "hallo"))["entry"][0])
    assert await whatsapp.post(call) == 200
    for number in ("32470000001", "32470000002", "32470000003"):
        assert len(whatsapp.graph.to(number)) == 1


async def test_a_message_that_fails_does_not_cost_the_next_ones_of_its_call_an_answer(
        whatsapp: WhatsAppApp) -> None:
    async def breaks(message: Message) -> None:
        raise RuntimeError("a bug in one handler")

    whatsapp.runtime.dispatcher.message.register(breaks, F.text == "boom")
    call = webhook_call(text_message("32470000004", "boom"),
                        text_message("32470000005", "hello"))
    assert await whatsapp.post(call) == 200
    (apology,) = whatsapp.graph.to("32470000004")
    assert "Sorry, something went wrong on my side" in str(apology)
    assert len(whatsapp.graph.to("32470000005")) == 1  # not dropped with the failed one

JOIN = [[Button("orders-join", "ord:view:1:0:-1:0")]]


PAID = {"title": "Class T-shirts", "amount": money_arg(1250)}


async def whatsapp_member(runtime: Runtime, number: str, seen_hours_ago: float | None,
                          buttons: list[list[Button]] | None = JOIN,
                          message_id: str = "orders-paid", args: dict[str, Any] = PAID,
                          expires_in: timedelta | None = None):
    async with unit_of_work(runtime.sessions) as uow:
        _, (member,) = await school_with_members(uow.session, 1)
        identity = await uow.session.scalar(select(Identity))
        identity.channel, identity.external_id = "whatsapp", number
        identity.last_seen_at = (None if seen_hours_ago is None
                                 else utcnow() - timedelta(hours=seen_hours_ago))
        await enqueue_for_member(uow.session, member, purpose="news", message_id=message_id,
                                 args=args, buttons=buttons,
                                 expires_at=utcnow() + expires_in if expires_in else None)
    return member


async def row_status(runtime: Runtime) -> tuple[str, int]:
    async with runtime.sessions() as session:
        row = await session.scalar(select(OutboxMessage))
        return row.status, row.attempts


async def test_inside_the_window_a_message_goes_with_its_buttons(
        whatsapp: WhatsAppApp) -> None:
    await whatsapp_member(whatsapp.runtime, "32470999001", seen_hours_ago=2)
    await whatsapp.runtime.sender.drain()
    (sent,) = whatsapp.graph.to("32470999001")
    assert show(sent) == ("✅ Payment of €12.50 received for “Class T-shirts”. Thank you!\n"
                          "[🛒 Join]")
    assert await row_status(whatsapp.runtime) == (OutboxStatus.SENT, 1)


async def test_after_24_hours_only_a_template_may_go(whatsapp: WhatsAppApp) -> None:
    await whatsapp_member(whatsapp.runtime, "32470999002", seen_hours_ago=30)
    await whatsapp.runtime.sender.drain()
    (sent,) = whatsapp.graph.to("32470999002")
    assert sent["template"]["name"] == "schoolhub_update"
    assert sent["template"]["language"] == {"code": "en"}
    assert sent["template"]["components"][0]["parameters"] == [
        {"type": "text", "text": "✅ Payment of €12.50 received for “Class T-shirts”. Thank you!"
                                 " · ↩️ Reply to this message to receive all of it."}]
    # Its button waits for the parent's reply, and comes with it, the message whole.
    assert await row_status(whatsapp.runtime) == (OutboxStatus.AWAITING_REPLY, 1)
    assert await whatsapp.post(webhook_call(text_message("32470999002", "ok"))) == 200
    await whatsapp.runtime.sender.drain()
    *_, whole = whatsapp.graph.to("32470999002")
    assert show(whole) == ("✅ Payment of €12.50 received for “Class T-shirts”. Thank you!\n"
                           "[🛒 Join]")
    assert await row_status(whatsapp.runtime) == (OutboxStatus.SENT, 2)


async def test_a_reply_after_the_message_expired_gets_no_stale_copy(
        whatsapp: WhatsAppApp) -> None:
    """Its whole copy is out of date (what it was about is over): dropped, not sent; the
    parent's own message gets its own answer."""
    await whatsapp_member(whatsapp.runtime, "32470999014", seen_hours_ago=30,
                          expires_in=timedelta(hours=1))
    await whatsapp.runtime.sender.drain()
    assert whatsapp.graph.to("32470999014")[0]["type"] == "template"
    with time_machine.travel(utcnow() + timedelta(hours=2)):
        assert await whatsapp.post(webhook_call(text_message("32470999014", "ok"))) == 200
        await whatsapp.runtime.sender.drain()
    _template, *answers = whatsapp.graph.to("32470999014")
    assert answers and not any("Class T-shirts" in show(sent) for sent in answers)
    async with whatsapp.runtime.sessions() as session:
        assert [*await session.execute(select(OutboxMessage.message_id, OutboxMessage.status)
                                       .order_by(OutboxMessage.id))] == [
            ("orders-paid", OutboxStatus.EXPIRED)]


async def test_after_24_hours_a_text_alone_is_sent_once(whatsapp: WhatsAppApp) -> None:
    await whatsapp_member(whatsapp.runtime, "32470999012", seen_hours_ago=30, buttons=None)
    await whatsapp.runtime.sender.drain()
    (sent,) = whatsapp.graph.to("32470999012")
    assert sent["type"] == "template"
    assert await row_status(whatsapp.runtime) == (OutboxStatus.SENT, 1)
    assert await whatsapp.post(webhook_call(text_message("32470999012", "ok"))) == 200
    await whatsapp.runtime.sender.drain()
    # Only the answer to "ok" (thanks, and the menu): the text is not sent again.
    assert [m["type"] for m in whatsapp.graph.to("32470999012")] == ["template", "interactive"]


async def test_after_24_hours_a_long_text_goes_in_part_and_whole_after_a_reply(
        whatsapp: WhatsAppApp) -> None:
    text = "\n".join(f"{n}. Bring the signed form, a towel and a snack." for n in range(80))
    await whatsapp_member(whatsapp.runtime, "32470999013", seen_hours_ago=30, buttons=None,
                          message_id="announcements-message",
                          args={"author": "Sophie Lambert", "text": text, "urgent": "no"})
    await whatsapp.runtime.sender.drain()
    (sent,) = whatsapp.graph.to("32470999013")  # not refused: Meta's 1024 fit the template
    part = sent["template"]["components"][0]["parameters"][0]["text"]
    assert part.startswith("📣 From Sophie Lambert: · 0. Bring the signed form")
    assert part.endswith("… · ↩️ Reply to this message to receive all of it.")
    assert await row_status(whatsapp.runtime) == (OutboxStatus.AWAITING_REPLY, 1)
    assert await whatsapp.post(webhook_call(text_message("32470999013", "ok"))) == 200
    await whatsapp.runtime.sender.drain()
    whole = "\n".join(m["text"]["body"] for m in whatsapp.graph.to("32470999013")[2:])
    assert whole == f"📣 From Sophie Lambert:\n{text}"


async def due_now(runtime: Runtime) -> None:
    async with unit_of_work(runtime.sessions) as uow:
        row = await uow.session.scalar(select(OutboxMessage))
        row.next_attempt_at = utcnow()


async def test_rate_limits_and_meta_failures_wait_and_unreachable_numbers_are_marked(
        whatsapp: WhatsAppApp) -> None:
    await whatsapp_member(whatsapp.runtime, "32470999003", seen_hours_ago=1)
    whatsapp.graph.throttle_next = 1
    await whatsapp.runtime.sender.run_once()
    assert await row_status(whatsapp.runtime) == (OutboxStatus.PENDING, 0)  # 130429: waits
    whatsapp.graph.fail_next = 1
    await due_now(whatsapp.runtime)
    await whatsapp.runtime.sender.run_once()
    # 131000, Meta's own failure: tried again later (it was recorded as failed for good)
    assert await row_status(whatsapp.runtime) == (OutboxStatus.PENDING, 1)
    assert whatsapp.graph.to("32470999003") == []
    whatsapp.graph.unreachable.add("32470999003")
    await due_now(whatsapp.runtime)
    await whatsapp.runtime.sender.run_once()
    assert await row_status(whatsapp.runtime) == (OutboxStatus.BLOCKED, 2)
    async with whatsapp.runtime.sessions() as session:
        assert (await session.scalar(select(Identity))).unreachable


async def test_a_photo_sent_on_whatsapp_is_downloaded_and_sent_back_as_media(
        whatsapp: WhatsAppApp, graph: LocalGraphApi) -> None:
    media_id = graph.upload_file(b"\xff\xd8 flyer")
    bot = whatsapp.runtime.bots["whatsapp"]
    assert await download_file(bot, media_id) == b"\xff\xd8 flyer"
    await bot.send_photo(32470999004, BufferedInputFile(b"\xff\xd8 flyer", "flyer.jpg"),
                         caption="Fair on Saturday")
    (sent,) = graph.to("32470999004")
    assert sent["type"] == "image" and sent["image"]["caption"] == "Fair on Saturday"
    assert graph.media[sent["image"]["id"]][0] == b"\xff\xd8 flyer"
    update = (await whatsapp.runtime.whatsapp.channel.updates_from(webhook_call(
        media_message("32470999004", media_id, caption="Swimming"))))[0]
    assert update.message.caption == "Swimming"
    assert update.message.photo[-1].file_id == media_id


async def test_a_file_going_to_many_families_is_uploaded_once(
        whatsapp: WhatsAppApp, graph: LocalGraphApi) -> None:
    bot = whatsapp.runtime.bots["whatsapp"]
    flyer = BufferedInputFile(b"\xff\xd8 flyer", "flyer.jpg")
    for number in (32470999004, 32470999005, 32470999006):
        await bot.send_photo(number, flyer, caption="Fair on Saturday")
    ids = {graph.to(str(n))[0]["image"]["id"] for n in (32470999004, 32470999005, 32470999006)}
    assert len(ids) == 1 and len(graph.media) == 1  # one upload for the three
    # Meta forgot it (30 days, or deleted): refused once, uploaded again, sent all the same.
    graph.media.clear()
    await bot.send_photo(32470999007, flyer, caption="Fair on Saturday")
    (sent,) = graph.to("32470999007")
    assert graph.media[sent["image"]["id"]][0] == b"\xff\xd8 flyer"
    assert len(graph.refused) == 1
    # Other bytes are another file.
    await bot.send_photo(32470999004, BufferedInputFile(b"\xff\xd8 menu", "flyer.jpg"))
    assert graph.media[graph.to("32470999004")[-1]["image"]["id"]][0] == b"\xff\xd8 menu"


async def test_a_telegram_parent_links_whatsapp_with_a_one_time_code(
        whatsapp: WhatsAppApp, database_url: str) -> None:
    console = App(database_url)
    school = await console.school()
    anna_elsewhere = console.person(401, "Anna", "en")
    await register(anna_elsewhere, school.parent_code)
    answer = await anna_elsewhere.says("/link")
    code = answer.split("Your code: ")[1].split()[0]
    assert f"send to SchoolHub: /link {code}" in answer
    await console.close()

    anna = WhatsAppUser(whatsapp, "32470555001")
    assert "✅ Linked! Anna, you can now use SchoolHub here too" in await anna.says(
        f"/link {code.lower()}")
    assert "• Léa – P3" in await anna.says("/children")
    assert "already registered" in await anna.says(f"/link {code}")
    stranger = WhatsAppUser(whatsapp, "32470555002")
    # A stranger's language is not known yet: the school's default, French.
    assert "inconnu, déjà utilisé ou expiré" in await stranger.says(f"/link {code}")
    assert "inconnu, déjà utilisé ou expiré" in await stranger.says("/link")
    async with whatsapp.runtime.sessions() as session:
        channels = sorted(await session.scalars(select(Identity.channel)))
    assert channels == ["console", "whatsapp"]


async def test_a_parent_registered_elsewhere_with_this_number_is_told_to_link(
        whatsapp: WhatsAppApp, database_url: str) -> None:
    console = App(database_url)
    school = await console.school()
    await register(console.person(402, "Anna", "en"), school.parent_code, language="Français",
                   contact="0470 55 50 03")
    await console.close()

    anna = WhatsAppUser(whatsapp, "32470555003")
    answer = await anna.says(school.parent_code)
    # Not named: the number may have been typed by someone else when registering.
    assert answer.startswith("Ce numéro est déjà inscrit à École Test depuis votre "
                             "autre application de chat. Pour utiliser le même compte ici")
    assert "[Français]\n[Nederlands]\n[English]" in answer  # someone else may still register
    stranger = WhatsAppUser(whatsapp, "32470555004")
    assert (await stranger.says(school.parent_code)).startswith("Bienvenue à École Test")


async def test_a_call_stored_before_a_crash_is_processed_at_the_next_start(
        whatsapp: WhatsAppApp) -> None:
    # The previous process stored this call, answered Meta, and died before processing.
    async with unit_of_work(whatsapp.runtime.sessions) as uow:
        uow.session.add(InboundEvent(channel="whatsapp", payload=webhook_call(
            text_message("32470777001", "hello"))))
    whatsapp.runtime.whatsapp.start()  # what `schoolhub run` does at start
    await whatsapp.runtime.whatsapp.drain()  # waits for the worker's pass
    assert len(whatsapp.graph.to("32470777001")) == 1
    async with whatsapp.runtime.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(InboundEvent)) == 0
