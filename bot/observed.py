"""One log line and the metrics of every inbound update, tagged with a request id.

The request id lives in a context variable, so every log line written while the update
is handled carries it too. Lines hold ids, types, outcomes and timings only: never a
name, a phone number or what the person typed.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import TelegramObject, Update
from aiohttp.abc import AbstractAccessLogger
from aiohttp.web import BaseRequest, StreamResponse

from bot.channels.base import channel_of
from bot.metrics import HANDLER_SECONDS, UPDATES

log = logging.getLogger("schoolhub.updates")
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class Outcome:
    HANDLED = "handled"
    DUPLICATE = "duplicate"  # a replay, acknowledged and skipped
    REFUSED = "refused"  # a DomainError: told to the person, nothing written
    ERROR = "error"


@dataclass
class UpdateRecord:
    request_id: str
    outcome: str = Outcome.HANDLED


_current: contextvars.ContextVar[UpdateRecord | None] = contextvars.ContextVar(
    "schoolhub_update", default=None)


def mark(outcome: str) -> None:
    """Say how the current update ended (the unit-of-work middleware knows)."""
    record = _current.get()
    if record is not None:
        record.outcome = outcome


class ObservedUpdates(BaseMiddleware):
    """Outer middleware: times the update, counts its outcome, writes its one line."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        assert isinstance(event, Update)
        record = UpdateRecord(uuid.uuid4().hex[:12])
        token = _current.set(record)
        channel, kind = channel_of(data["bot"]), event.event_type
        started = time.perf_counter()
        try:
            return await handler(event, data)
        except Exception:
            record.outcome = Outcome.ERROR
            raise
        finally:
            elapsed = time.perf_counter() - started
            HANDLER_SECONDS.labels(channel).observe(elapsed)
            UPDATES.labels(channel, kind, record.outcome).inc()
            if log.isEnabledFor(logging.INFO):  # the line is not built for nothing
                log.info(json.dumps({"update": event.update_id, "channel": channel,
                                     "type": kind, "outcome": record.outcome,
                                     "ms": round(elapsed * 1000, 1)}))
            _current.reset(token)


def tag_log_records() -> None:
    """Every log record written inside an update starts with its request id."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, "tags_requests", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        current = _current.get()
        if current is not None:
            record.msg = f"[req {current.request_id}] {record.msg}"
        return record

    factory.tags_requests = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


SECRET_IN_PATH = re.compile(r"^(/calendar/)[^/]+(\.ics)$")  # a member's calendar feed


class PathOnlyAccessLogger(AbstractAccessLogger):
    """Web requests without their query strings, which may hold a searched name or the
    webhook handshake's verify token, nor the secret of a calendar feed's address."""

    def log(self, request: BaseRequest, response: StreamResponse, time: float) -> None:
        path = SECRET_IN_PATH.sub(r"\1…\2", request.path)
        self.logger.info("%s %s %s %.1fms", request.method, path, response.status,
                         time * 1000)
