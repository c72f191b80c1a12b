"""The outbox sender against the local Bot API: delivery, 429, 403, 5xx, crash leases."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from sqlalchemy import select, update

from bot.channels.base import ChannelBot
from bot.outbox import OutboxSender
from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.i18n import translator
from core.models import Identity, Member, OutboxMessage, OutboxStatus, School
from core.outbox import Button, enqueue_for_member, when_arg
from core.schools import create_school
from tests.support.telegram_api import LocalBotApi

CHAT = 777


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[tuple]:
    api = LocalBotApi()
    await api.start()
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer

    bot = ChannelBot("123:TEST", channel="telegram",
                     session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school = await create_school(uow.session, "École Test")
        school.quiet_end = school.quiet_start  # quiet hours are tested on their own
        member = Member(school_id=school.id, first_name="Anna", last_name="De Smet",
                        locale="nl")
        uow.session.add(member)
        await uow.session.flush()
        uow.session.add(Identity(member_id=member.id, channel="telegram",
                                 external_id=str(CHAT)))
    sender = OutboxSender(sessions, {"telegram": bot}, translator())
    yield api, sender, sessions, member
    await bot.session.close()
    await engine.dispose()
    await api.stop()


async def queue(sessions, member: Member, purpose: str = "test") -> None:
    async with unit_of_work(sessions) as uow:
        await enqueue_for_member(uow.session, member, purpose=purpose,
                                 message_id="start-approved",
                                 buttons=[[Button("approval-approve", "appr:1:1")]])


async def row(sessions) -> OutboxMessage:
    async with sessions() as session:
        return await session.scalar(select(OutboxMessage))


async def make_due(sessions) -> None:
    async with sessions() as session, session.begin():
        await session.execute(update(OutboxMessage).values(next_attempt_at=utcnow()))


async def test_delivers_in_the_recipients_language_once(world) -> None:
    api, sender, sessions, member = world
    await queue(sessions, member)
    await queue(sessions, member)  # same recipient and purpose: deduplicated
    assert await sender.drain() == 1
    [sent] = api.sent()
    assert sent["text"].startswith("Goed nieuws")
    assert sent["reply_markup"]["inline_keyboard"][0][0]["text"] == "✅ Goedkeuren"
    assert (await row(sessions)).status == OutboxStatus.SENT
    assert await sender.drain() == 0


async def test_rate_limited_message_waits_and_is_retried_not_dropped(world) -> None:
    api, sender, sessions, member = world
    api.throttle_next = [7]
    await queue(sessions, member)
    await sender.drain()
    waiting = await row(sessions)
    assert waiting.status == OutboxStatus.PENDING
    assert waiting.attempts == 0
    assert timedelta(seconds=6) < waiting.next_attempt_at - utcnow() <= timedelta(seconds=7)
    await make_due(sessions)
    await sender.drain()
    assert (await row(sessions)).status == OutboxStatus.SENT
    assert len(api.sent()) == 2  # the 429 and the delivery


async def test_blocked_bot_marks_the_identity_unreachable(world) -> None:
    api, sender, sessions, member = world
    api.blocked_chats.add(CHAT)
    await queue(sessions, member)
    await sender.drain()
    blocked = await row(sessions)
    assert (blocked.status, blocked.channel) == (OutboxStatus.BLOCKED, "telegram")
    async with sessions() as session:
        assert await session.scalar(select(Identity.unreachable)) is True
    await queue(sessions, member, purpose="later")
    await sender.drain()
    async with sessions() as session:
        later = await session.scalar(select(OutboxMessage).where(OutboxMessage.purpose == "later"))
    assert (later.status, later.last_error, later.channel) == (
        OutboxStatus.FAILED, "no reachable identity", None)


async def test_server_errors_back_off_then_deliver(world) -> None:
    api, sender, sessions, member = world
    api.fail_next = 1
    await queue(sessions, member)
    await sender.drain()
    failed_once = await row(sessions)
    assert (failed_once.status, failed_once.attempts) == (OutboxStatus.PENDING, 1)
    assert failed_once.next_attempt_at > utcnow()
    await make_due(sessions)
    await sender.drain()
    assert (await row(sessions)).status == OutboxStatus.SENT


async def test_a_sender_that_died_mid_send_loses_nothing(world) -> None:
    api, sender, sessions, member = world
    await queue(sessions, member)
    assert await sender._claim()  # claimed, then the process "dies" before sending
    assert await sender.drain() == 0  # the lease still holds: nobody else sends it
    async with sessions() as session, session.begin():
        await session.execute(update(OutboxMessage)
                              .values(claimed_until=utcnow() - timedelta(seconds=1)))
    assert await sender.drain() == 1
    assert len(api.sent()) == 1


async def test_quiet_hours_delay_non_urgent_messages_only(world) -> None:
    api, sender, sessions, member = world
    async with sessions() as session, session.begin():
        school = await session.get_one(School, member.school_id)
        school.quiet_start, school.quiet_end = time(21, 0), time(8, 0)
    night = datetime(2026, 11, 23, 21, 30, tzinfo=ZoneInfo("Europe/Brussels"))
    with time_machine.travel(night, tick=False):
        async with unit_of_work(sessions) as uow:
            for purpose, urgent in (("calm", False), ("fire", True)):
                await enqueue_for_member(uow.session, member, purpose=purpose,
                                         message_id="start-approved", urgent=urgent)
        assert await sender.drain() == 1
    async with sessions() as session:
        calm = await session.scalar(select(OutboxMessage).where(OutboxMessage.purpose == "calm"))
    morning = datetime(2026, 11, 24, 8, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    assert (calm.status, calm.next_attempt_at) == (OutboxStatus.PENDING, morning)
    with time_machine.travel(morning, tick=False):
        assert await sender.drain() == 1
    assert len(api.sent()) == 2


async def test_a_message_past_its_expiry_is_dropped_not_sent(world) -> None:
    api, sender, sessions, member = world
    async with unit_of_work(sessions) as uow:
        await enqueue_for_member(uow.session, member, purpose="late", message_id="start-approved",
                                 expires_at=utcnow() - timedelta(seconds=1))
    await sender.drain()
    assert (await row(sessions)).status == OutboxStatus.EXPIRED
    assert api.sent() == []


async def test_dates_are_shown_in_the_recipients_language_and_school_time(world) -> None:
    api, sender, sessions, member = world
    moment = datetime(2026, 12, 4, 17, 30, tzinfo=UTC)  # 18:30 in Brussels
    async with unit_of_work(sessions) as uow:
        await enqueue_for_member(uow.session, member, purpose="when",
                                 message_id="test-when", args={"when": when_arg(moment)})
    sender.translator = FakeTranslator()
    await sender.drain()
    assert api.sent()[0]["text"] == "vr 4 dec 2026, 18:30"  # Belgian Dutch, Brussels time


class FakeTranslator:
    """Shows the rendered arguments only, to see what the sender made of them."""

    def for_locale(self, locale: str):
        return lambda message_id, **args: args.get("when", message_id)
