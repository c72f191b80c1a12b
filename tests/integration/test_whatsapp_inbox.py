"""The WhatsApp inbox shared by replicas: each stored call is handled by one of them,
and a call whose replica died is taken over once its lease runs out."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from bot.channels.whatsapp.webhook import LEASE, WhatsAppWebhook
from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.models import InboundEvent


class RecordingChannel:
    """Stands where the WhatsApp channel is: notes which calls it was given."""

    def __init__(self, handled: Counter) -> None:
        self.handled = handled

    async def feed_payload(self, payload: dict) -> None:
        await asyncio.sleep(0.01)  # long enough for the other replica to look meanwhile
        self.handled[payload["call"]] += 1


async def test_two_replicas_share_the_inbox_without_handling_a_call_twice(
        database_url: str) -> None:
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        uow.session.add_all(InboundEvent(channel="whatsapp", payload={"call": n})
                            for n in range(30))
        # One left by a replica that died a moment ago, one by a replica long gone.
        uow.session.add(InboundEvent(channel="whatsapp", payload={"call": "fresh lease"},
                                     claimed_until=utcnow() + LEASE))
        uow.session.add(InboundEvent(channel="whatsapp", payload={"call": "expired lease"},
                                     claimed_until=utcnow() - timedelta(seconds=1)))
    handled: Counter = Counter()
    replicas = [WhatsAppWebhook(RecordingChannel(handled), "secret", "token", sessions)
                for _ in range(2)]
    counts = await asyncio.gather(*(replica.drain() for replica in replicas))

    assert sum(counts) == 31 and all(counts)  # both worked, nothing twice
    assert set(handled.values()) == {1} and "expired lease" in handled
    assert "fresh lease" not in handled  # still someone else's
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(InboundEvent)) == 1
    await engine.dispose()
