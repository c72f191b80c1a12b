"""Meta's webhook on the shared aiohttp app: the verification handshake, and messages.

A POST is trusted only if `X-Hub-Signature-256` is the HMAC-SHA256 of the raw body with
the app secret (compared in constant time); anything else is refused before parsing or
touching the database. Meta retries calls not answered quickly, so the answer is sent at
once and the messages are processed in the background, one call after another.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging

from aiohttp import web

from bot.channels.whatsapp.inbound import WhatsAppChannel, statuses_of

log = logging.getLogger(__name__)
PATH = "/webhooks/whatsapp"


def signature_ok(secret: str, body: bytes, header: str | None) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header or "")


class WhatsAppWebhook:
    def __init__(self, channel: WhatsAppChannel, app_secret: str, verify_token: str) -> None:
        self.channel, self.app_secret, self.verify_token = channel, app_secret, verify_token
        self._queue: asyncio.Queue[list] = asyncio.Queue()
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
                log.warning("WhatsApp message %s failed: %s", status.wamid, status.error_code)
        updates = self.channel.updates_from(payload)
        if updates:
            self._queue.put_nowait(updates)
            self._ensure_worker()
        return web.Response(text="ok")

    async def drain(self) -> None:
        """Wait until every received message has been processed (tests, shutdown)."""
        await self._queue.join()

    def _ensure_worker(self) -> None:
        if self._worker is None or self._worker.done():
            self._worker = asyncio.create_task(self._work())

    async def _work(self) -> None:
        while True:
            updates = await self._queue.get()
            try:
                await self.channel.feed(updates)
            except Exception:  # one bad update must not stop the others
                log.exception("processing a WhatsApp webhook call failed")
            finally:
                self._queue.task_done()

    async def stop(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
