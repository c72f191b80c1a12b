"""The console channel: talk to the bot in a terminal, or script a conversation.

Bot messages print with numbered buttons (`[1] Label`); typing a number presses that
button of the latest message that has buttons; anything else is sent as text.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiogram import Dispatcher
from aiogram.types import Update

from bot.channels.base import BridgedSession, ChannelBot, Rendered

CONSOLE = "console"
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")
FILE_PREFIX = "file:"  # `file:flyer.pdf Swimming tomorrow` sends a file with a caption


@dataclass(frozen=True)
class ConsoleUser:
    id: int
    first_name: str = "Parent"
    language_code: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "is_bot": False, "first_name": self.first_name,
                "language_code": self.language_code}


def render_text(rendered: Rendered) -> str:
    lines = [rendered.text]
    if rendered.document:
        lines.append(f"📎 {rendered.document}")
    number = itertools.count(1)
    for row in rendered.buttons:
        lines.append("  ".join(f"[{next(number)}] {b.label}" for b in row))
    return "\n".join(lines)


class ConsoleSession(BridgedSession):
    def __init__(self, printer: Callable[[Rendered], None] | None = None) -> None:
        super().__init__()
        self.printer = printer
        self.inbox: dict[int, list[Rendered]] = {}
        self.keyboards: dict[int, Rendered] = {}

    async def deliver(self, rendered: Rendered) -> None:
        self.inbox.setdefault(rendered.chat_id, []).append(rendered)
        if rendered.buttons:
            self.keyboards[rendered.chat_id] = rendered
        if self.printer:
            self.printer(rendered)


class ConsoleChannel:
    """Inbound adapter: turns typed lines and pressed numbers into aiogram Updates."""

    name = CONSOLE

    def __init__(self, dispatcher: Dispatcher, session: ConsoleSession | None = None,
                 **workflow: Any) -> None:
        self.dispatcher = dispatcher
        self.session = session or ConsoleSession()
        self.bot = ChannelBot("1:console", channel=CONSOLE, session=self.session)
        self.workflow = workflow
        # Microseconds since the epoch: unique across restarts, so dedupe never misfires.
        self._update_ids = itertools.count(time.time_ns() // 1000)

    async def say(self, user: ConsoleUser, text: str | None,
                  group: tuple[int, str] | None = None, **extra: Any) -> list[Rendered]:
        """What the user typed, in their private chat or in a group (id, title)."""
        chat = ({"id": group[0], "type": "group", "title": group[1]} if group else
                {"id": user.id, "type": "private", "first_name": user.first_name})
        message = {
            "message_id": next(self._update_ids) % 2**31,
            "date": int(time.time()),
            "chat": chat,
            "from": user.as_dict(),
            **({"text": text} if text is not None else {}),
            **extra,
        }
        return await self._feed(user, {"message": message})

    async def send_file(self, user: ConsoleUser, filename: str, data: bytes,
                        caption: str = "") -> list[Rendered]:
        """The user sends a file: images as a photo, anything else as a document."""
        file_id = f"console-file-{next(self._update_ids)}"
        self.session.files[file_id] = data
        about = {"file_id": file_id, "file_unique_id": file_id, "file_size": len(data)}
        media = ({"photo": [{**about, "width": 1280, "height": 960}]}
                 if filename.lower().endswith(PHOTO_SUFFIXES) else
                 {"document": {**about, "file_name": filename}})
        return await self.say(user, None, caption=caption or None, **media)

    def button(self, user: ConsoleUser, number: int) -> tuple[Rendered, int] | None:
        keyboard = self.keyboards_for(user)
        if keyboard is None or not 1 <= number <= len(keyboard.flat_buttons):
            return None
        return keyboard, number - 1

    def keyboards_for(self, user: ConsoleUser) -> Rendered | None:
        return self.session.keyboards.get(user.id)

    async def press(self, user: ConsoleUser, number: int) -> list[Rendered]:
        found = self.button(user, number)
        if found is None:
            raise LookupError(f"no button [{number}] on the latest message")
        keyboard, index = found
        return await self.press_data(user, keyboard, keyboard.flat_buttons[index].data)

    async def press_data(self, user: ConsoleUser, keyboard: Rendered, data: str) -> list[Rendered]:
        """Press a button by its payload: also how tests replay stale buttons."""
        query_id = str(next(self._update_ids))
        self.session.expect_callback(query_id, user.id)
        message = self.session._message(self.bot, keyboard).model_dump(
            by_alias=True, exclude_none=True
        )
        query = {"id": query_id, "from": user.as_dict(), "chat_instance": str(user.id),
                 "message": message, "data": data}
        return await self._feed(user, {"callback_query": query})

    async def _feed(self, user: ConsoleUser, payload: dict[str, Any]) -> list[Rendered]:
        before = len(self.session.inbox.get(user.id, []))
        update = Update.model_validate(
            {"update_id": next(self._update_ids), **payload}, context={"bot": self.bot}
        )
        await self.dispatcher.feed_update(self.bot, update, **self.workflow)
        return self.session.inbox.get(user.id, [])[before:]


def printer_for(user: ConsoleUser, write: Callable[[str], None]) -> Callable[[Rendered], None]:
    """Messages to this user print as `bot>`; proactive ones to others name their chat."""

    def show(rendered: Rendered) -> None:
        who = "bot" if rendered.chat_id == user.id else f"bot → #{rendered.chat_id}"
        body = render_text(rendered).replace("\n", "\n     ")
        write(f"{who}> {body}\n")

    return show


def read_local_file(path: str) -> bytes:
    return Path(path).expanduser().read_bytes()


async def send_local_file(channel: ConsoleChannel, user: ConsoleUser, spec: str,
                          write: Callable[[str], None]) -> None:
    path, _, caption = spec.strip().partition(" ")
    try:
        data = await asyncio.to_thread(read_local_file, path)
    except OSError as error:
        write(f"(cannot read {path}: {error.strerror})\n")
        return
    await channel.send_file(user, Path(path).name, data, caption.strip())


async def chat_loop(channel: ConsoleChannel, user: ConsoleUser, read_line: Callable[[], Any],
                    write: Callable[[str], None], scripted: bool,
                    after_each: Callable[[], Any] | None = None) -> None:
    """Read lines until end of input; a number presses a button, anything else is text.

    Scripted (stdin is not a terminal): echo each line and wait for every answer, and for
    the proactive messages it caused, before the next line, so transcripts are complete.
    """
    while True:
        if not scripted:
            write("you> ")
        line = await read_line()
        if not line:
            return
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if scripted:
            write(f"you> {line}\n")
        stripped = line.strip()
        if stripped.isdecimal() and channel.button(user, int(stripped)):
            await channel.press(user, int(stripped))
        elif stripped.startswith(FILE_PREFIX):
            await send_local_file(channel, user, stripped[len(FILE_PREFIX):], write)
        else:
            await channel.say(user, line)
        if after_each is not None:
            await after_each()
