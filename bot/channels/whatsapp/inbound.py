"""Inbound WhatsApp: each message of a webhook call becomes an aiogram `Update` for the
shared Dispatcher, through the channel's own Bot (so FSM keys never collide).

Text -> Message; a reply button or list row -> CallbackQuery carrying the button's id;
text typed as an answer to the latest message's buttons, or to the message it quotes
(`typed_choice`) -> the CallbackQuery of that button; photos and documents -> Message with
the media id as file id. The update id is derived from the message id (wamid), so a
webhook Meta delivers twice is processed once by the dedupe middleware.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from aiogram import Dispatcher
from aiogram.types import Update

from bot.channels.base import Button, ChannelBot
from bot.channels.whatsapp.graph import GraphClient
from bot.channels.whatsapp.memory import CHOICES, KEYBOARD, ChatMemory, replied_to
from bot.channels.whatsapp.render import fits_reply_buttons, goes_numbered
from bot.channels.whatsapp.session import WhatsAppSession
from handlers.words import intents_of, normalized

WHATSAPP = "whatsapp"
log = logging.getLogger(__name__)

# A 👍 on one of our messages, or a message WhatsApp could not read (`unsupported`):
# nothing was said to answer, and "I did not understand" would only be noise.
SILENT_KINDS = frozenset({"reaction", "unsupported"})


def update_id_of(wamid: str) -> int:
    """A stable 48-bit id per WhatsApp message id."""
    return int.from_bytes(hashlib.sha256(wamid.encode()).digest()[:6], "big")


@dataclass(frozen=True)
class Status:
    """A delivery status of a message we sent (sent, delivered, read, failed)."""

    wamid: str
    recipient: str
    status: str
    error_code: int | None


def statuses_of(payload: dict[str, Any]) -> list[Status]:
    found = []
    for value in _values(payload):
        for status in value.get("statuses", []):
            errors = status.get("errors") or [{}]
            found.append(Status(status.get("id", ""), status.get("recipient_id", ""),
                                status.get("status", ""), errors[0].get("code")))
    return found


def typed_choice(buttons: list[Button], text: str) -> Button | None:
    """The button a typed answer presses, if any. Buttons hide behind a list on WhatsApp,
    and people type their answer instead of tapping it:
    - numbered choices: their number ("2");
    - else the button the text names, as words compare ("oui" for "✅ Oui", "2" for a
      row "2", "lu" for "👍 Lu", "passer" for "Passer");
    - else a yes-word ("oui", "ja", "yes") for the one ✅ button among reply buttons (a
      question such as "Pay 90 units to Jan?  [✅ Pay] [Cancel]");
    - else a no-word ("nee", "non merci") for the one reply button that says no itself
      ("Remove Léa?  [Yes, remove] [No, keep]", a [Skip]): saying no changes nothing;
    - else thanks ("ok", "merci", "👍") for the one 👍 reply button: an announcement's
      [👍 Read], which the family means to press when it answers so.
    A command ("/pay") is a command, never the button "✅ Pay".
    """
    stripped = text.strip()
    if stripped.startswith("/"):
        return None
    if goes_numbered(buttons):
        index = int(stripped) - 1 if stripped.isdecimal() else -1
        if 0 <= index < len(buttons):
            return buttons[index]
    said = normalized(stripped)
    named = [b for b in buttons if said and normalized(b.label) == said]
    if len(named) == 1:
        return named[0]
    if "yes" in intents_of(stripped) and fits_reply_buttons(buttons):
        ticked = [b for b in buttons if b.label.startswith("✅")]
        if len(ticked) == 1:
            return ticked[0]
    if "no" in intents_of(stripped) and fits_reply_buttons(buttons):
        declining = [b for b in buttons if "no" in intents_of(b.label.partition(",")[0])]
        if len(declining) == 1:
            return declining[0]
    if "thanks" in intents_of(stripped) and fits_reply_buttons(buttons):
        thumbs = [b for b in buttons if b.label.startswith("👍")]
        if len(thumbs) == 1:
            return thumbs[0]
    return None


def sender_of(payload: dict[str, Any]) -> str | None:
    """The number the call's first message came from (Meta sends one message a call)."""
    return next((message.get("from") for value in _values(payload)
                 for message in value.get("messages", [])), None)


def senders_of(payload: dict[str, Any]) -> set[str]:
    """Every number a call's messages came from."""
    return {message.get("from", "") for value in _values(payload)
            for message in value.get("messages", [])}


def _values(payload: dict[str, Any]) -> list[dict[str, Any]]:
    return [change.get("value", {}) for entry in payload.get("entry", [])
            for change in entry.get("changes", []) if change.get("field") == "messages"]


class WhatsAppChannel:
    name = WHATSAPP

    def __init__(self, dispatcher: Dispatcher, graph: GraphClient,
                 memory: ChatMemory | None = None, **workflow: Any) -> None:
        self.dispatcher = dispatcher
        self.session = WhatsAppSession(graph, memory)
        self.bot = ChannelBot("1:whatsapp", channel=WHATSAPP, session=self.session)
        self.workflow = workflow

    async def updates_from(self, payload: dict[str, Any]) -> list[Update]:
        return [update async for update in self._updates(payload)]

    async def feed_payload(self, payload: dict[str, Any]) -> None:
        """Each message in turn: read after the previous one was handled, so that a
        number typed right after a question answers that question. One that fails (its
        sender already got an apology) does not cost the next ones their answer."""
        async for update in self._updates(payload):
            try:
                await self.dispatcher.feed_update(self.bot, update, **self.workflow)
            except Exception:
                log.exception("WhatsApp update %s failed", update.update_id)

    async def _updates(self, payload: dict[str, Any]) -> AsyncIterator[Update]:
        for value in _values(payload):
            names = {c.get("wa_id"): c.get("profile", {}).get("name", "")
                     for c in value.get("contacts", [])}
            for message in value.get("messages", []):
                if message.get("type") in SILENT_KINDS:
                    continue
                try:
                    update = await self._update(message, names.get(message.get("from"), ""))
                except (KeyError, ValueError, TypeError) as error:
                    # The error may quote what the person wrote: only its kind is logged.
                    log.warning("unreadable WhatsApp message skipped: %s",
                                type(error).__name__)
                    continue
                yield update

    async def _update(self, message: dict[str, Any], name: str) -> Update:
        sender = int(message["from"])
        person = {"id": sender, "is_bot": False, "first_name": name or str(sender)}
        base = {"message_id": update_id_of(message["id"]) % 2**31,
                "date": int(message.get("timestamp", 0)),
                "chat": {"id": sender, "type": "private", "first_name": person["first_name"]},
                "from": person}
        update_id = update_id_of(message["id"])
        kind = message.get("type")
        if kind == "interactive":
            reply = message["interactive"]
            chosen = reply.get("button_reply") or reply.get("list_reply")
            return await self._press(update_id, message["id"], person, chosen["id"])
        if kind == "button":  # a quick-reply button of a template
            return await self._press(update_id, message["id"], person,
                                     message["button"]["payload"])
        if kind == "text":
            body = message["text"]["body"]
            # A reply quoting one of our messages answers that one (two invitations came:
            # "oui" swiped onto the first is for the first), or no buttons at all.
            quoted = message.get("context", {}).get("id")
            shown = await self.session.memory.recall(
                replied_to(quoted) if quoted else CHOICES, sender)
            pressed = typed_choice(shown.flat_buttons, body) if shown is not None else None
            if pressed is not None:
                return await self._press(update_id, message["id"], person, pressed.data)
            return self._validate(update_id, {"message": {**base, "text": body}})
        if kind in ("image", "document"):
            media = message[kind]
            about = {"file_id": media["id"], "file_unique_id": media["id"], "file_size": 0}
            extra = ({"photo": [{**about, "width": 0, "height": 0}]} if kind == "image" else
                     {"document": {**about, "file_name": media.get("filename", "document"),
                                   "mime_type": media.get("mime_type")}})
            caption = media.get("caption")
            return self._validate(update_id, {"message": {**base, **extra, **(
                {"caption": caption} if caption else {})}})
        # Stickers, voice notes, locations...: a message without text, answered as such.
        return self._validate(update_id, {"message": base})

    async def _press(self, update_id: int, wamid: str, person: dict[str, Any],
                     data: str) -> Update:
        shown = await self.session.memory.recall(KEYBOARD, person["id"])
        message = (self.session._message(self.bot, shown).model_dump(by_alias=True,
                                                                      exclude_none=True)
                   if shown is not None else
                   {"message_id": 0, "date": 0, "chat": {"id": person["id"], "type": "private"}})
        self.session.expect_callback(wamid, person["id"])
        return self._validate(update_id, {"callback_query": {
            "id": wamid, "from": person, "chat_instance": str(person["id"]),
            "message": message, "data": data}})

    def _validate(self, update_id: int, payload: dict[str, Any]) -> Update:
        return Update.model_validate({"update_id": update_id, **payload},
                                     context={"bot": self.bot})
