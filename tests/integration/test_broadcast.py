"""The broadcast engine end to end: several senders, Telegram's limits, supergroups."""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from redis.asyncio import Redis
from sqlalchemy import select

from bot.channels.base import ChannelBot, download_file
from bot.outbox import OutboxSender
from bot.ratelimit import RedisBuckets
from core.attachments import Upload, store
from core.db import create_engine, session_factory, unit_of_work
from core.i18n import translator
from core.models import AttachmentKind, Identity, Member, OutboxMessage, OutboxStatus
from core.outbox import enqueue_for_chat, enqueue_for_member
from tests.support.people import school_with_members
from tests.support.telegram_api import LocalBotApi

PARENTS = 60


def telegram_bot(api: LocalBotApi) -> ChannelBot:
    return ChannelBot("123:TEST", channel="telegram",
                      session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))


async def test_two_senders_sharing_redis_deliver_each_message_once(database_url: str,
                                                                   redis_url: str) -> None:
    api = LocalBotApi(enforce_limits=True)
    await api.start()
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school, members = await school_with_members(uow.session, PARENTS)
        for index, member in enumerate(members):
            identity = await uow.session.scalar(select(Identity).where(
                Identity.member_id == member.id))
            identity.channel, identity.external_id = "telegram", str(5000 + index)
            await enqueue_for_member(uow.session, member, purpose="news",
                                     message_id="start-approved")
    redis_clients = [Redis.from_url(redis_url) for _ in range(2)]
    await redis_clients[0].flushdb()
    bots = [telegram_bot(api) for _ in range(2)]
    senders = [OutboxSender(sessions, {"telegram": bot}, translator(), batch_size=10,
                            buckets=RedisBuckets(redis))
               for bot, redis in zip(bots, redis_clients, strict=True)]
    running = [asyncio.create_task(sender.run_forever(0.05)) for sender in senders]
    try:
        delivered = await api.wait_until(lambda: len({c for c, _ in api.delivered}) >= PARENTS,
                                         within=60)
        await all_recorded(sessions)  # let the senders finish their bookkeeping
    finally:
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
    assert delivered
    counts = Counter(chat for chat, _ in api.delivered)
    assert set(counts) == {5000 + i for i in range(PARENTS)}
    assert max(counts.values()) == 1  # two senders, never the same row twice
    async with sessions() as session:
        statuses = Counter(await session.scalars(select(OutboxMessage.status)))
    assert statuses == {OutboxStatus.SENT: PARENTS}
    for bot in bots:
        await bot.session.close()
    for redis in redis_clients:
        await redis.aclose()
    await engine.dispose()
    await api.stop()


async def all_recorded(sessions) -> None:
    for _ in range(200):
        async with sessions() as session:
            left = await session.scalar(select(OutboxMessage.id).where(
                OutboxMessage.status != OutboxStatus.SENT).limit(1))
        if left is None:
            return
        await asyncio.sleep(0.05)


async def test_a_group_upgraded_to_a_supergroup_keeps_receiving(database_url: str) -> None:
    api = LocalBotApi(migrated={-4001: -1004001})
    await api.start()
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school, _ = await school_with_members(uow.session, 1)
        await enqueue_for_chat(uow.session, school_id=school.id, channel="telegram",
                               chat_id="-4001", locale="fr", purpose="class-news",
                               message_id="start-approved")
    bot = telegram_bot(api)
    sender = OutboxSender(sessions, {"telegram": bot}, translator())
    await sender.drain()
    async with sessions() as session:
        row = await session.scalar(select(OutboxMessage))
    # The migration is not a failed attempt: only the delivery to the supergroup counts.
    assert (row.status, row.chat_id, row.attempts) == (OutboxStatus.SENT, "-1004001", 1)
    assert [chat for chat, _ in api.delivered] == [-1004001]
    await bot.session.close()
    await engine.dispose()
    await api.stop()


async def test_members_are_never_confused_with_groups(database_url: str) -> None:
    """A member's row goes to their identity, whatever chat rows sit beside it."""
    api = LocalBotApi()
    await api.start()
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        _, (member,) = await school_with_members(uow.session, 1)
        identity = await uow.session.scalar(select(Identity))
        identity.channel, identity.external_id = "telegram", "777"
        await enqueue_for_member(uow.session, await uow.session.get_one(Member, member.id),
                                 purpose="x", message_id="start-approved")
    bot = telegram_bot(api)
    await OutboxSender(sessions, {"telegram": bot}, translator()).drain()
    assert [chat for chat, _ in api.delivered] == [777]
    await bot.session.close()
    await engine.dispose()
    await api.stop()


async def queue_with_attachment(sessions, text: str, kind: str, chats: list[str]) -> None:
    async with unit_of_work(sessions) as uow:
        school, _ = await school_with_members(uow.session, 0)
        attachment = await store(uow.session, school.id,
                                 Upload(kind, "flyer.pdf", "application/pdf", 0), FLYER)
        for chat in chats:
            await enqueue_for_chat(uow.session, school_id=school.id, channel="telegram",
                                   chat_id=chat, locale="en", purpose="flyer",
                                   message_id="announcements-message", attachment_id=attachment.id,
                                   args={"author": "Sophie", "text": text, "urgent": "no"})


FLYER = b"%PDF-1.4 school fair flyer"


async def test_a_file_is_uploaded_once_then_sent_by_its_file_id(database_url: str) -> None:
    api = LocalBotApi()
    await api.start()
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    await queue_with_attachment(sessions, "Fair on Saturday", AttachmentKind.PHOTO,
                                ["-5001", "-5002", "-5003"])
    bot = telegram_bot(api)
    await OutboxSender(sessions, {"telegram": bot}, translator()).drain()
    photos = api.sent("sendPhoto")
    assert [p["caption"] for p in photos] == ["📣 From Sophie:\nFair on Saturday"] * 3
    assert api.uploads == 1 and api.files[photos[0]["photo"]] == FLYER
    assert {p["photo"] for p in photos} == {photos[0]["photo"]}
    assert api.sent() == []  # the caption carried the text
    await bot.session.close()
    await engine.dispose()
    await api.stop()


@pytest.mark.parametrize(("text", "kind", "method"), [
    ("x" * 2000, AttachmentKind.DOCUMENT, "sendDocument"),
    # 600 trees are 600 characters but 1,200 UTF-16 units, above Telegram's 1024 for a
    # caption: the text follows the file rather than being refused with it.
    ("🌳" * 600, AttachmentKind.PHOTO, "sendPhoto"),
], ids=["too-long", "emoji-counted-as-telegram-counts"])
async def test_a_text_too_long_for_a_caption_follows_its_file(
        database_url: str, text: str, kind: str, method: str) -> None:
    api = LocalBotApi()
    await api.start()
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    await queue_with_attachment(sessions, text, kind, ["-5001"])
    bot = telegram_bot(api)
    await OutboxSender(sessions, {"telegram": bot}, translator()).drain()
    assert [(c.method, c.params.get("caption")) for c in api.calls] == [
        (method, None), ("sendMessage", None)]
    assert api.sent()[0]["text"].endswith(text) and api.refused == []
    async with sessions() as session:
        assert await session.scalar(select(OutboxMessage.status)) == OutboxStatus.SENT
    await bot.session.close()
    await engine.dispose()
    await api.stop()


async def test_a_file_a_parent_sends_on_telegram_is_downloaded(database_url: str) -> None:
    api = LocalBotApi(files={"AgAD-photo": b"\xff\xd8 a photo"})
    await api.start()
    bot = telegram_bot(api)
    assert await download_file(bot, "AgAD-photo") == b"\xff\xd8 a photo"
    await bot.session.close()
    await api.stop()
