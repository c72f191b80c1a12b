"""Meta's webhook on the shared aiohttp app: the verification handshake, and messages.

A POST is trusted only if `X-Hub-Signature-256` is the HMAC-SHA256 of the raw body with
the app secret (compared in constant time); anything else is refused before parsing or
touching the database. Meta retries calls not answered quickly, so a call is stored (one
INSERT) and answered at once, and processed in the background, oldest first, by whichever
replica leases it; a person's next call waits until their previous one is done, so two
replicas never answer one person's messages out of order. A crash after the answer loses
nothing: stored calls are processed at the next start (or by another replica once the
lease runs out), and updates already handled are skipped by the dedupe middleware.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from datetime import timedelta

from aiohttp import web
from sqlalchemy import delete, or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from bot.channels.whatsapp.inbound import (
    WHATSAPP,
    WhatsAppChannel,
    sender_of,
    senders_of,
    statuses_of,
)
from core.clock import utcnow
from core.db import unit_of_work
from core.models import InboundEvent

log = logging.getLogger(__name__)
PATH = "/webhooks/whatsapp"
LEASE = timedelta(minutes=2)  # far longer than handling one call takes


def signature_ok(secret: str, body: bytes, header: str | None) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header or "")


class WhatsAppWebhook:
    def __init__(self, channel: WhatsAppChannel, app_secret: str, verify_token: str,
                 sessions: async_sessionmaker[AsyncSession]) -> None:
        self.channel, self.app_secret, self.verify_token = channel, app_secret, verify_token
        self.sessions = sessions
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()
        self._worker: asyncio.Task[None] | None = None

    def mount(self, app: web.Application) -> None:
        app.router.add_get(PATH, self.verify)
        app.router.add_post(PATH, self.receive)

    async def verify(self, request: web.Request) -> web.Response:
        query = request.query
        if query.get("hub.mode") == "subscribe" and hmac.compare_digest(
                query.get("hub.verify_token", ""), self.verify_token):
            return web.Response(text=query.get("hub.challenge", ""))
        return web.Response(status=403, text="forbidden")

    async def receive(self, request: web.Request) -> web.Response:
        body = await request.read()
        if not signature_ok(self.app_secret, body, request.headers.get("X-Hub-Signature-256")):
            return web.Response(status=401, text="bad signature")
        try:
            payload = json.loads(body)
        except ValueError:
            return web.Response(status=400, text="not json")
        for status in statuses_of(payload):
            if status.status == "failed":
                # Not the message id: Meta's wamid holds the recipient's number (base64).
                log.warning("a WhatsApp message failed: %s", status.error_code)
        if payload.get("entry") and any("messages" in c.get("value", {}) for e in
                                        payload["entry"] for c in e.get("changes", [])):
            async with unit_of_work(self.sessions) as uow:
                uow.session.add(InboundEvent(channel=WHATSAPP, payload=payload,
                                             sender=sender_of(payload)))
            self.start()
        return web.Response(text="ok")

    def start(self) -> None:
        """Process what is stored (also what a previous process left) in the background."""
        self._wake.set()
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._work())

    async def drain(self) -> int:
        """Process every stored call now (tests, shutdown); returns how many."""
        async with self._lock:
            done = 0
            while (claimed := await self._claim()) is not None:
                await self._process(*claimed)
                done += 1
            return done

    async def _work(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            try:
                await self.drain()
            except Exception:  # the database is away: the next call or start retries
                log.exception("processing stored WhatsApp calls failed")

    async def _claim(self) -> tuple[int, dict] | None:
        """Lease the oldest call no replica is processing, whose sender has no earlier
        call still stored (the replica handling that one takes this one next). SKIP
        LOCKED: replicas take different calls; a replica that dies leaves a lease that
        runs out."""
        now = utcnow()
        earlier = aliased(InboundEvent)
        async with self.sessions() as session, session.begin():
            event = await session.scalar(
                select(InboundEvent)
                .where(InboundEvent.channel == WHATSAPP,
                       or_(InboundEvent.claimed_until.is_(None),
                           InboundEvent.claimed_until < now),
                       ~select(earlier.id).where(earlier.sender == InboundEvent.sender,
                                                 earlier.id < InboundEvent.id).exists())
                .order_by(InboundEvent.id).limit(1).with_for_update(skip_locked=True))
            if event is None:
                return None
            event.claimed_until = now + LEASE
            return event.id, event.payload

    async def _process(self, event_id: int, payload: dict) -> None:
        try:
            await self.channel.feed_payload(payload)
        except Exception:  # one bad update must not hold the others back forever
            log.exception("processing WhatsApp call %s failed", event_id)
        async with unit_of_work(self.sessions) as uow:
            await uow.session.execute(delete(InboundEvent).where(InboundEvent.id == event_id))

    async def forget_sender(self, number: str) -> None:
        """An erased member's calls still stored hold their number, profile name and
        words, and would only meet a stranger now: deleted, unless one also carries
        someone else's message (the call being processed goes after it anyway)."""
        async with unit_of_work(self.sessions) as uow:
            for event in await uow.session.scalars(select(InboundEvent).where(
                    InboundEvent.channel == WHATSAPP, InboundEvent.sender == number)):
                if senders_of(event.payload) <= {number}:
                    await uow.session.delete(event)

    async def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
