"""A local WhatsApp Cloud API (Graph API) for tests: the messages and media endpoints.

It records what was sent, checks WhatsApp's limits as Meta does (3 reply buttons,
20-character button titles, 10 list rows, 24-character row titles, 4096-character texts,
1024-character interactive bodies, captions and filled-in templates, the media types an
upload may have) and answers Meta-shaped errors, including 130429 (rate limit) and 131000
(Meta's own failure) on demand. Also builds webhook calls as Meta sends them, signed
with the app secret.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.support.servers import serve_locally

TOKEN = "local-whatsapp-token"
PHONE_NUMBER_ID = "106540352242922"
VERSION = "v21.0"


# What Meta's media upload accepts; any other type is refused with #100.
UPLOAD_TYPES = frozenset({
    "audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg", "video/3gp",
    "video/mp4", "image/jpeg", "image/png", "image/webp", "text/plain", "application/pdf",
    "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation"})


# The approved templates' bodies, as README's setup asks for them: Meta fills in the
# parameters and refuses a body above 1024 characters (#132005).
TEMPLATE_BODIES = {"schoolhub_update": "SchoolHub : {{1}}"}


class GraphRefusal(Exception):
    def __init__(self, code: int, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def _check(condition: bool, details: str) -> None:
    if not condition:
        raise GraphRefusal(100, f"(#100) Invalid parameter: {details}")


def check_message(body: dict[str, Any], media: dict[str, Any]) -> None:
    _check(body.get("messaging_product") == "whatsapp", "messaging_product")
    _check(bool(body.get("to")), "to")
    kind = body.get("type")
    if kind == "text":
        text = body.get("text", {}).get("body", "")
        _check(0 < len(text) <= 4096, "text.body must be 1 to 4096 characters")
    elif kind == "interactive":
        check_interactive(body["interactive"], media)
    elif kind in ("image", "document"):
        _check(body[kind].get("id") in media, f"{kind}.id is not an uploaded media")
        _check(len(body[kind].get("caption", "")) <= 1024, "caption above 1024 characters")
    elif kind == "template":
        _check(bool(body["template"].get("name")), "template.name")
        _check(bool(body["template"].get("language", {}).get("code")), "template.language")
        hydrated = TEMPLATE_BODIES.get(body["template"]["name"], "{{1}}")
        for component in body["template"].get("components", []):
            for number, parameter in enumerate(component.get("parameters", []), 1):
                text = parameter.get("text", "")
                _check("\n" not in text and "\t" not in text and "     " not in text,
                       "template parameters cannot have new lines, tabs or 5 spaces")
                hydrated = hydrated.replace(f"{{{{{number}}}}}", text)
        if len(hydrated) > 1024:
            raise GraphRefusal(132005, "(#132005) Translated text too long")
    else:
        raise GraphRefusal(100, f"(#100) Unsupported message type {kind}")


def check_interactive(interactive: dict[str, Any], media: dict[str, Any]) -> None:
    body = interactive.get("body", {}).get("text", "")
    _check(0 < len(body) <= 1024, "interactive body must be 1 to 1024 characters")
    action = interactive["action"]
    header = interactive.get("header")
    if header and header["type"] in ("image", "document"):
        _check(interactive["type"] == "button", "media headers only on button messages")
        _check(header[header["type"]].get("id") in media, "header media not uploaded")
    if interactive["type"] == "button":
        buttons = action["buttons"]
        _check(1 <= len(buttons) <= 3, "1 to 3 reply buttons")
        ids = [b["reply"]["id"] for b in buttons]
        _check(len(set(ids)) == len(ids) and all(0 < len(i) <= 256 for i in ids),
               "button ids unique, 1 to 256 characters")
        titles = [b["reply"]["title"] for b in buttons]
        _check(all(0 < len(title) <= 20 for title in titles) and
               len(set(titles)) == len(titles), "button titles unique, 1 to 20 characters")
    elif interactive["type"] == "list":
        _check(0 < len(action.get("button", "")) <= 20, "list button 1 to 20 characters")
        rows = [row for section in action["sections"] for row in section["rows"]]
        _check(1 <= len(rows) <= 10, "1 to 10 rows")
        _check(all(0 < len(r["title"]) <= 24 for r in rows), "row titles 1 to 24 characters")
        _check(all(len(r.get("description", "")) <= 72 for r in rows), "row descriptions")
        ids = [r["id"] for r in rows]
        _check(all(0 < len(i) <= 200 for i in ids) and len(set(ids)) == len(ids),
               "row ids unique, 1 to 200 characters")
    else:
        raise GraphRefusal(100, "(#100) Unsupported interactive type")


@dataclass
class LocalGraphApi:
    sent: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (to, payload)
    sent_ids: list[str] = field(default_factory=list)  # the wamid of each of `sent`
    media: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # id -> (data, mime)
    refused: list[str] = field(default_factory=list)  # why requests were refused
    throttle_next: int = 0  # how many next sends answer 130429
    fail_next: int = 0  # how many next sends answer 131000 "Something went wrong" (500)
    unreachable: set[str] = field(default_factory=set)  # numbers answering 131026
    base_url: str = ""
    _runner: web.AppRunner | None = None
    _ids: Any = field(default_factory=lambda: itertools.count(1))

    async def start(self) -> str:
        app = web.Application()
        app.router.add_post(f"/{VERSION}/{{phone}}/messages", self._messages)
        app.router.add_post(f"/{VERSION}/{{phone}}/media", self._upload)
        app.router.add_get(f"/{VERSION}/{{media_id}}", self._media_url)
        app.router.add_get("/files/{media_id}", self._download)
        self._runner, self.root = await serve_locally(app)
        self.base_url = f"{self.root}/{VERSION}"
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def to(self, number: str) -> list[dict[str, Any]]:
        return [payload for recipient, payload in self.sent if recipient == number]

    def wamid_of(self, payload: dict[str, Any]) -> str:
        """The id Meta gave a message sent (what a reply quoting it carries)."""
        return next(i for i, (_, sent) in zip(self.sent_ids, self.sent, strict=True)
                    if sent is payload)

    def upload_file(self, data: bytes, mime: str = "image/jpeg") -> str:
        """A file a person sent, as Meta keeps it until the bot downloads it."""
        media_id = f"media-{next(self._ids)}"
        self.media[media_id] = (data, mime)
        return media_id

    async def _authorized(self, request: web.Request) -> None:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            raise GraphRefusal(190, "Invalid OAuth access token", status=401)

    async def _messages(self, request: web.Request) -> web.Response:
        try:
            await self._authorized(request)
            _check(request.match_info["phone"] == PHONE_NUMBER_ID, "phone number id")
            body = await request.json()
            if self.throttle_next:
                self.throttle_next -= 1
                raise GraphRefusal(130429, "(#130429) Rate limit hit")
            if self.fail_next:
                self.fail_next -= 1
                raise GraphRefusal(131000, "(#131000) Something went wrong", status=500)
            if body.get("to") in self.unreachable:
                raise GraphRefusal(131026, "Message undeliverable")
            check_message(body, self.media)
        except GraphRefusal as refusal:
            self.refused.append(refusal.message)
            return _error(refusal)
        sent_id = wamid("OUT", next(self._ids))
        self.sent_ids.append(sent_id)
        self.sent.append((body["to"], {k: v for k, v in body.items()
                                       if k not in ("messaging_product", "recipient_type",
                                                    "to")}))
        return web.json_response({"messaging_product": "whatsapp",
                                  "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                                  "messages": [{"id": sent_id}]})

    async def _upload(self, request: web.Request) -> web.Response:
        form = await request.post()
        upload = form["file"]
        try:
            await self._authorized(request)
            mime = str(form.get("type", ""))
            if mime not in UPLOAD_TYPES or upload.content_type != mime:
                raise GraphRefusal(100, "(#100) Param file must be a file with one of the "
                                   f"following types: {', '.join(sorted(UPLOAD_TYPES))}. "
                                   f"Received file of type '{upload.content_type}'.")
        except GraphRefusal as refusal:
            self.refused.append(refusal.message)
            return _error(refusal)
        media_id = f"media-{next(self._ids)}"
        self.media[media_id] = (upload.file.read(), mime)
        return web.json_response({"id": media_id})

    async def _media_url(self, request: web.Request) -> web.Response:
        media_id = request.match_info["media_id"]
        if media_id not in self.media:
            return _error(GraphRefusal(100, "(#100) Unknown media"))
        data, mime = self.media[media_id]
        return web.json_response({"url": f"{self.root}/files/{media_id}", "mime_type": mime,
                                  "sha256": hashlib.sha256(data).hexdigest(),
                                  "file_size": len(data), "id": media_id,
                                  "messaging_product": "whatsapp"})

    async def _download(self, request: web.Request) -> web.Response:
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            raise web.HTTPUnauthorized()
        return web.Response(body=self.media[request.match_info["media_id"]][0])


def _error(refusal: GraphRefusal) -> web.Response:
    return web.json_response({"error": {
        "message": refusal.message, "type": "OAuthException", "code": refusal.code,
        "error_data": {"messaging_product": "whatsapp", "details": refusal.message},
        "fbtrace_id": "AbCdEfGh"}}, status=refusal.status)


# Webhook calls as Meta sends them --------------------------------------------------------

def webhook_call(*messages: dict[str, Any], statuses: list[dict[str, Any]] | None = None,
                 names: dict[str, str] | None = None) -> dict[str, Any]:
    value: dict[str, Any] = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "15550783881", "phone_number_id": PHONE_NUMBER_ID}}
    senders = list(dict.fromkeys(m["from"] for m in messages))
    if senders:
        value["contacts"] = [{"profile": {"name": (names or {}).get(s, "Parent")}, "wa_id": s}
                             for s in senders]
        value["messages"] = list(messages)
    if statuses:
        value["statuses"] = statuses
    return {"object": "whatsapp_business_account", "entry": [
        {"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}]}


_wamids = itertools.count(1)


def wamid(direction: str, number: int) -> str:
    """A message id as long as Meta's ("wamid." and about 56 base64 characters), so that
    a column or a key too short for a real one fails here rather than in production."""
    body = f"HBgLMzI0NzAxMjM0NTY3FQIAEhgg{direction}{number:012d}".ljust(42, "A")
    return "wamid." + base64.b64encode(body.encode()).decode()


def text_message(sender: str, body: str, quoting: str | None = None) -> dict[str, Any]:
    """A typed message; `quoting`: the id of the bot's message it replies to (swiped)."""
    message = {"from": sender, "id": wamid("IN", next(_wamids)), "timestamp": str(int(
        time.time())), "type": "text", "text": {"body": body}}
    if quoting:
        message["context"] = {"from": "15550783881", "id": quoting}
    return message


def button_reply(sender: str, button_id: str, title: str = "…",
                 kind: str = "button_reply") -> dict[str, Any]:
    return {"context": {"from": "15550783881", "id": "wamid.OUT"}, "from": sender,
            "id": wamid("IN", next(_wamids)), "timestamp": str(int(time.time())),
            "type": "interactive",
            "interactive": {"type": kind, kind: {"id": button_id, "title": title}}}


def media_message(sender: str, media_id: str, kind: str = "image", caption: str = "",
                  filename: str = "") -> dict[str, Any]:
    media = {"id": media_id, "mime_type": "image/jpeg" if kind == "image" else
             "application/pdf", "sha256": "x"}
    if caption:
        media["caption"] = caption
    if filename:
        media["filename"] = filename
    return {"from": sender, "id": wamid("IN", next(_wamids)),
            "timestamp": str(int(time.time())), "type": kind, kind: media}


def voice_message(sender: str) -> dict[str, Any]:
    """A voice note: WhatsApp's "audio" message, which carries no text."""
    return {"from": sender, "id": wamid("IN", next(_wamids)),
            "timestamp": str(int(time.time())), "type": "audio",
            "audio": {"id": "voice-1", "mime_type": "audio/ogg; codecs=opus", "voice": True}}


def reaction_message(sender: str, emoji: str = "👍") -> dict[str, Any]:
    """An emoji put on one of the bot's messages (an empty emoji takes it off)."""
    return {"from": sender, "id": wamid("IN", next(_wamids)),
            "timestamp": str(int(time.time())), "type": "reaction",
            "reaction": {"message_id": "wamid.OUT", "emoji": emoji}}


def signed(payload: dict[str, Any], secret: str) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return body, {"X-Hub-Signature-256": signature, "Content-Type": "application/json"}
