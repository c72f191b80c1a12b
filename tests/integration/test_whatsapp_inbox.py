"""The WhatsApp inbox shared by replicas: each stored call is handled by one of them,
and a call whose replica died is taken over once its lease runs out."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta
from itertools import pairwise

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


class TimedChannel:
    """Notes when each call's handling started and ended."""

    def __init__(self) -> None:
        self.spans: dict[str, tuple[float, float]] = {}

    async def feed_payload(self, payload: dict) -> None:
        started = asyncio.get_running_loop().time()
        await asyncio.sleep(0.01)  # the other replica looks meanwhile
        self.spans[payload["call"]] = (started, asyncio.get_running_loop().time())


async def test_one_persons_calls_are_handled_in_order_across_replicas(
        database_url: str) -> None:
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:  # Anna and Jan each type quickly, in turns
        uow.session.add_all(InboundEvent(channel="whatsapp", sender=sender,
                                         payload={"call": f"{sender}-{n}"})
                            for n in range(8) for sender in ("anna", "jan"))
    channel = TimedChannel()
    replicas = [WhatsAppWebhook(channel, "secret", "token", sessions) for _ in range(2)]
    counts = await asyncio.gather(*(replica.drain() for replica in replicas))

    assert sum(counts) == 16 and all(counts)  # both replicas worked
    for sender in ("anna", "jan"):
        spans = [channel.spans[f"{sender}-{n}"] for n in range(8)]
        # each call starts once the one before has ended: in order, never side by side
        assert all(later[0] >= earlier[1] for earlier, later in pairwise(spans)), sender
    await engine.dispose()
