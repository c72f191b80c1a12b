"""A local Telegram Bot API server for tests: aiogram talks to it through
TELEGRAM_API_BASE exactly as it talks to api.telegram.org.

It answers the methods the bot uses with Bot API shaped JSON, records every call,
serves queued updates to getUpdates, and can make chosen chats answer 403 (blocked)
or the next sends answer 429 with `retry_after`, as Telegram does, or hold sends to
chosen chats until `unstall()` (a slow network). It refuses, as Telegram does, a text
above 4096 UTF-16 code units (an emoji outside the BMP counts two) and a caption above
1024 (`refused` keeps what it refused that way). With
`enforce_limits`, it also answers 429 by itself to traffic beyond Telegram's limits:
30 messages/s per bot, 1 message/s per chat, 20 messages/min per group.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.support.servers import serve_locally

BOT_USER = {"id": 4242, "is_bot": True, "first_name": "SchoolHub", "username": "schoolhub_bot"}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None  # the message answered, for sends that were accepted


@dataclass
class LocalBotApi:
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    blocked_chats: set[int] = field(default_factory=set)
    stalled_chats: set[int] = field(default_factory=set)  # sends wait for unstall()
    throttle_next: list[int] = field(default_factory=list)  # retry_after values to answer
    fail_next: int = 0  # how many next sends answer 500
    enforce_limits: bool = False
    migrated: dict[int, int] = field(default_factory=dict)  # group id -> supergroup id
    delivered: list[tuple[int, str]] = field(default_factory=list)  # (chat, text) accepted
    files: dict[str, bytes] = field(default_factory=dict)  # file_id -> content (both ways)
    uploads: int = 0  # files received as bytes rather than by file_id
    file_names: dict[str, str] = field(default_factory=dict)
    too_many: int = 0  # 429s answered because of the limits
    refused: list[Call] = field(default_factory=list)  # texts or captions too long
    _recent: deque = field(default_factory=deque)  # times of accepted sends, last second
    _last_in_chat: dict[int, float] = field(default_factory=dict)
    _group_window: dict[int, deque] = field(default_factory=dict)
    _changed: asyncio.Event = field(default_factory=asyncio.Event)
    _unstalled: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None
    base_url: str = ""

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner, self.base_url = await serve_locally(app)
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]

    def chat_menu(self, chat_id: int) -> set[str]:
        """The commands last published for one chat."""
        menus = [m for m in self.sent("setMyCommands")
                 if m.get("scope") == {"type": "chat", "chat_id": chat_id}]
        return {command["command"] for command in menus[-1]["commands"]}

    async def wait_for(self, count: int, method: str = "sendMessage", within: float = 5) -> None:
        deadline = time.monotonic() + within
        while len(self.sent(method)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(self.sent(method))} {method} calls, expected {count}")
            await asyncio.sleep(0.02)

    def unstall(self) -> None:
        self.stalled_chats.clear()
        self._unstalled.set()

    _ids = itertools.count(1)

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = {k: self._field(v) for k, v in (await request.post()).items()}
        params = {k: params.get(v.removeprefix("attach://"), v)  # files sent alongside
                  if isinstance(v, str) and v.startswith("attach://") else v
                  for k, v in params.items()}
        call = Call(method, params)
        self.calls.append(call)
        if method in {"sendMessage", "editMessageText", "sendDocument", "sendPhoto"}:
            chat_id = int(params.get("chat_id", 0))
            if chat_id in self.stalled_chats:
                self._changed.set()  # handed over, not answered: see wait_until
                await self._unstalled.wait()
            if too_long := _too_long(method, params):
                self.refused.append(call)
                return _error(400, f"Bad Request: {too_long}")
            if chat_id in self.blocked_chats:
                return _error(403, "Forbidden: bot was blocked by the user")
            if chat_id in self.migrated:
                return _error(400, "Bad Request: group chat was upgraded to a supergroup chat",
                              {"migrate_to_chat_id": self.migrated[chat_id]})
            if self.throttle_next:
                retry = self.throttle_next.pop(0)
                return _error(429, f"Too Many Requests: retry after {retry}",
                              {"retry_after": retry})
            if self.fail_next:
                self.fail_next -= 1
                return _error(500, "Internal Server Error")
            if self.enforce_limits and (retry := self._over_limit(chat_id)):
                self.too_many += 1
                return _error(429, f"Too Many Requests: retry after {retry}",
                              {"retry_after": retry})
            self.delivered.append((chat_id, params.get("text") or params.get("caption") or ""))
            self._changed.set()
            call.result = self._message(params)
            return _ok(call.result)
        if method == "getMe":
            return _ok(BOT_USER)
        if method == "getFile":
            file_id = params["file_id"]
            if file_id not in self.files:
                return _error(400, "Bad Request: invalid file_id")
            return _ok({"file_id": file_id, "file_unique_id": file_id,
                        "file_size": len(self.files[file_id]), "file_path": f"files/{file_id}"})
        if method == "getUpdates":
            return await self._get_updates(params)
        return _ok(True)

    async def wait_until(self, done: Callable[[], bool], within: float) -> bool:
        """Wait, without polling, until `done()` holds after a delivery (or time is up)."""
        deadline = time.monotonic() + within
        while not done():
            self._changed.clear()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)
        return True

    def _over_limit(self, chat_id: int) -> int:
        """Seconds to wait if this send breaks a limit (recording it otherwise)."""
        now = time.monotonic()
        while self._recent and now - self._recent[0] >= 1.0:
            self._recent.popleft()
        if len(self._recent) >= 30:
            return 1
        if chat_id < 0:
            window = self._group_window.setdefault(chat_id, deque())
            while window and now - window[0] >= 60.0:
                window.popleft()
            if len(window) >= 20:
                return 3
            window.append(now)
        elif now - self._last_in_chat.get(chat_id, -10.0) < 1.0:
            return 1
        self._last_in_chat[chat_id] = now
        self._recent.append(now)
        return 0

    async def _get_updates(self, params: dict[str, Any]) -> web.Response:
        offset = int(params.get("offset") or 0)
        pending = [u for u in self.updates if u["update_id"] >= offset]
        if not pending:
            await asyncio.sleep(0.05)
        return _ok(pending)

    async def _download(self, request: web.Request) -> web.Response:
        file_id = request.match_info["path"].removeprefix("files/")
        if file_id not in self.files:
            raise web.HTTPNotFound()
        return web.Response(body=self.files[file_id])

    def _field(self, value: Any) -> Any:
        """A form field; an uploaded file is kept under a new file_id, which replaces it."""
        if isinstance(value, web.FileField):
            file_id = f"uploaded-{len(self.files) + 1}"
            self.files[file_id] = value.file.read()
            self.file_names[file_id] = value.filename
            self.uploads += 1
            return file_id
        return _decode(value)

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": int(params["message_id"]) if "message_id" in params
            else next(self._ids), "date": int(time.time()),
            "chat": {"id": int(params["chat_id"]), "type": "private"}, "from": BOT_USER,
            "text": params.get("text") or params.get("caption") or "",
        }
        if isinstance(params.get("reply_markup"), dict):
            message["reply_markup"] = params["reply_markup"]
        if "photo" in params:
            message["photo"] = [{"file_id": params["photo"], "file_unique_id": params["photo"],
                                 "width": 1280, "height": 960}]
        if "document" in params:
            message["document"] = {"file_id": params["document"],
                                   "file_unique_id": params["document"]}
        return message


TEXT_MAX, CAPTION_MAX = 4096, 1024


def _too_long(method: str, params: dict[str, Any]) -> str | None:
    """Telegram's answer to a text or caption above its limit (counted as Telegram
    counts: UTF-16 code units), else None."""
    def units(key: str) -> int:
        return len(str(params.get(key) or "").encode("utf-16-le")) // 2

    if method == "sendMessage" and units("text") > TEXT_MAX:
        return "message is too long"
    if method == "editMessageText" and units("text") > TEXT_MAX:
        return "MESSAGE_TOO_LONG"
    if method in {"sendPhoto", "sendDocument"} and units("caption") > CAPTION_MAX:
        return "message caption is too long"
    return None


def _decode(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, parameters: dict[str, Any] | None = None
           ) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)
