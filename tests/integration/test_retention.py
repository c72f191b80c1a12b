"""Plumbing records are purged once past their retention period, and what still serves
(answering a contact about a post, an announcement's figures) keeps working."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import func, select, update

from bot.scheduler import purge_old_records
from core.attachments import Upload, store
from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.models import (
    Announcement,
    Attachment,
    AttachmentKind,
    FsmRecord,
    InboundEvent,
    Member,
    OutboxMessage,
    OutboxStatus,
    ProcessedUpdate,
    SelPost,
)
from core.outbox import enqueue_for_member
from core.outbox.service import release_awaiting
from core.sel.posts import create_post, may_write
from core.updates import first_delivery
from tests.support.people import school_with_members

RETENTION_DAYS, UPDATE_DAYS = 90, 30


@pytest.fixture
async def sessions(database_url: str) -> AsyncIterator:
    engine = create_engine(database_url)
    yield session_factory(engine)
    await engine.dispose()


async def records_of_today(sessions) -> tuple[int, str]:
    """Anna contacted Jan about his post; an announcement and a notice were sent, a
    reminder still waits; plus an update mark, an inbox row and a conversation draft.
    Returns the post's id and the contact message's purpose."""
    async with unit_of_work(sessions) as uow:
        session = uow.session
        _, (anna, jan) = await school_with_members(session, 2)
        post = await create_post(session, jan, kind="offer", category="it", title="Laptops",
                                 description="I fix laptops")
        args = {"name": "Anna Test", "text": "Can you fix mine? 0470 12 34 56"}
        contact = f"posts-contact:{post.id}:{anna.id}:1"
        for purpose in (contact, "announcement:1",
                        "sel-paid:x", "event-reminder:1"):
            await enqueue_for_member(session, jan, purpose=purpose, message_id="any",
                                     args=args)
        await session.execute(update(OutboxMessage).where(
            OutboxMessage.purpose != "event-reminder:1").values(status=OutboxStatus.SENT,
                                                                 sent_at=utcnow()))
        await first_delivery(session, "telegram", "1")
        session.add(InboundEvent(channel="whatsapp", payload={"from": "32470123456"}))
        session.add(FsmRecord(key="fsm:1:401:401", state="Exchange:note", data={"x": 1}))
        return post.id, contact


async def count(sessions, model) -> int:
    async with sessions() as session:
        return await session.scalar(select(func.count()).select_from(model))


async def test_records_past_retention_are_purged(sessions) -> None:
    _, contact = await records_of_today(sessions)
    with time_machine.travel(utcnow() + timedelta(days=UPDATE_DAYS + 1)):
        purged = await purge_old_records(sessions, RETENTION_DAYS, UPDATE_DAYS)
    assert purged.processed_updates == 1  # dedupe marks have their own, shorter period
    assert (purged.outbox_deleted, purged.inbound_events, purged.conversations) == (0, 0, 0)

    with time_machine.travel(utcnow() + timedelta(days=RETENTION_DAYS + 1)):
        purged = await purge_old_records(sessions, RETENTION_DAYS, UPDATE_DAYS)
        assert (purged.outbox_deleted, purged.outbox_emptied) == (1, 2)
        assert (purged.inbound_events, purged.conversations) == (1, 1)
        again = await purge_old_records(sessions, RETENTION_DAYS, UPDATE_DAYS)
        assert (again.outbox_deleted, again.outbox_emptied) == (0, 0)

    async with sessions() as session:
        rows = {row.purpose: row for row in await session.scalars(select(OutboxMessage))}
        # Kept without their texts: the contact (Jan may answer it), the announcement
        # (its figures); the notice is gone.
        assert set(rows) == {contact, "announcement:1", "event-reminder:1"}
        assert all(rows[p].message_args == {} for p in rows if p != "event-reminder:1")
        assert rows["event-reminder:1"].status == OutboxStatus.PENDING  # never sent: kept
    assert await count(sessions, InboundEvent) == await count(sessions, FsmRecord) == 0
    assert await count(sessions, ProcessedUpdate) == 0


async def test_a_contact_can_still_be_answered_after_the_purge(sessions) -> None:
    post_id, _ = await records_of_today(sessions)
    with time_machine.travel(utcnow() + timedelta(days=RETENTION_DAYS + 1)):
        await purge_old_records(sessions, RETENTION_DAYS, UPDATE_DAYS)
    async with sessions() as session:
        anna, jan = (await session.scalars(select(Member).order_by(Member.id))).all()
        post = await session.get_one(SelPost, post_id)
        assert await may_write(session, jan, anna.id, post) == anna


async def test_files_nothing_uses_are_deleted_after_the_retention_period(sessions) -> None:
    """A photo whose draft was discarded (or that an order wizard left behind) is kept no
    longer than the other records; a file an announcement still shows stays."""
    async with unit_of_work(sessions) as uow:
        session = uow.session
        school, (anna,) = await school_with_members(session, 1)
        photo = Upload(AttachmentKind.PHOTO, "anna-and-lea.jpg", "image/jpeg", 5)
        used, _ = (await store(session, school.id, photo, b"bytes"),
                   await store(session, school.id, photo, b"bytes"))
        session.add(Announcement(school_id=school.id, author_id=anna.id, audience="school",
                                 original_locale="en", texts={"en": "Photos"},
                                 attachment_id=used.id))
    with time_machine.travel(utcnow() + timedelta(days=RETENTION_DAYS - 1)):
        assert (await purge_old_records(sessions, RETENTION_DAYS, UPDATE_DAYS)).attachments == 0
    with time_machine.travel(utcnow() + timedelta(days=RETENTION_DAYS + 1)):
        assert (await purge_old_records(sessions, RETENTION_DAYS, UPDATE_DAYS)).attachments == 1
    async with sessions() as session:
        assert list(await session.scalars(select(Attachment.id))) == [used.id]


async def test_a_message_whose_buttons_waited_past_the_purge_does_not_follow_blank(
        sessions) -> None:
    """On WhatsApp, after a day of silence, only a message's text goes (a template) and
    its buttons wait for the person's reply. A kept kind (a reply to an announcement, a
    contact) loses its text at the purge: when the person writes, months later, no whole
    copy follows with nothing left to say (the answer button stays answerable)."""
    await records_of_today(sessions)
    reply = "announcement-reply:1:1:0123456789abcdef"
    async with unit_of_work(sessions) as uow:
        jan = (await uow.session.scalars(select(Member).order_by(Member.id))).all()[1]
        await enqueue_for_member(uow.session, jan, purpose=reply, message_id="any",
                                 args={"name": "Anna Test", "text": "Is it on?"})
        await uow.session.execute(update(OutboxMessage).where(
            OutboxMessage.purpose == reply).values(status=OutboxStatus.AWAITING_REPLY))
    with time_machine.travel(utcnow() + timedelta(days=RETENTION_DAYS + 1)):
        await purge_old_records(sessions, RETENTION_DAYS, UPDATE_DAYS)
        async with unit_of_work(sessions) as uow:
            await release_awaiting(uow.session, jan.id)
    async with sessions() as session:
        row = await session.scalar(select(OutboxMessage).where(OutboxMessage.purpose == reply))
        assert (row.message_args, row.status) == ({}, OutboxStatus.SENT)
