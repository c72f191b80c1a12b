"""A SchoolHub wired as `schoolhub run` wires it, talking through the console channel,
so tests read like transcripts: what the parent sends, what the bot answers."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web
from sqlalchemy import update

from bot.app import build_app
from bot.channels.base import Rendered
from bot.channels.console import ConsoleUser, render_text
from bot.config import Settings
from bot.ratelimit import Limit
from bot.runtime import Runtime
from core.clock import utcnow
from core.db import unit_of_work
from core.members.invites import create_invite
from core.models import Identity, RoleKind
from core.orders import payments
from core.schools import create_school
from tests.support.drivers import ChatDriver, ConsoleDriver, TelegramDriver, WhatsAppDriver
from tests.support.graph_api import PHONE_NUMBER_ID, TOKEN, LocalGraphApi
from tests.support.servers import free_port
from tests.support.telegram_api import LocalBotApi


@dataclass
class SchoolFixture:
    id: int
    name: str
    parent_code: str
    admin_code: str


class App:
    def __init__(self, database_url: str, redis_url: str | None = None,
                 mollie_endpoint: str | None = None,
                 channel: LocalGraphApi | LocalBotApi | None = None) -> None:
        """People talk through the console channel, or through WhatsApp or Telegram when
        a local Graph API or Bot API server is given. With `mollie_endpoint` (a local
        Mollie server), payments go through Mollie's client and its webhooks reach this
        app's web server."""
        graph = channel if isinstance(channel, LocalGraphApi) else None
        bot_api = channel if isinstance(channel, LocalBotApi) else None
        payments = {"mollie_api_key": "test_" + "x" * 30,
                    "mollie_api_endpoint": mollie_endpoint} if mollie_endpoint else {}
        whatsapp = {"whatsapp_token": TOKEN, "whatsapp_phone_number_id": PHONE_NUMBER_ID,
                    "whatsapp_api_base": graph.base_url, "whatsapp_app_secret": "secret",
                    "whatsapp_verify_token": "verify"} if graph else {}
        telegram = {"telegram_bot_token": "123:TEST",
                    "telegram_api_base": bot_api.base_url} if bot_api else {}
        self.settings = Settings(_env_file=None, database_url=database_url, redis_url=redis_url,
                                 web_port=free_port(), **{"telegram_bot_token": None, **telegram},
                                 **payments, **whatsapp)
        self.graph, self.bot_api = graph, bot_api
        self._web: web.AppRunner | None = None
        self._boot()

    def _boot(self) -> None:
        self.runtime = Runtime(self.settings)
        self.chat: ChatDriver
        if self.graph:
            self.chat = WhatsAppDriver(self.runtime.add_whatsapp(), self.graph)
        elif self.bot_api:
            self.chat = TelegramDriver(self.runtime.dispatcher, self.runtime.add_telegram(),
                                       self.bot_api)
            # Telegram's pace (1 message/s per chat) is tested on its own (broadcast
            # tests); transcripts need not wait for it.
            self.runtime.sender.buckets = NoWaiting()
        else:
            self.chat = ConsoleDriver(self.runtime.add_console())
        self.sessions = self.runtime.sessions

    @property
    def channel(self) -> str:
        return "whatsapp" if self.graph else "telegram" if self.bot_api else "console"

    async def restart(self) -> None:
        """Stop everything and start a new process image on the same database."""
        await self.runtime.stop()
        self._boot()

    async def close(self) -> None:
        if self._web is not None:
            await self._web.cleanup()
        await self.runtime.stop()

    async def serve_web(self) -> str:
        """Serve the app's web routes (webhooks, pages) as `schoolhub run` does."""
        self._web = web.AppRunner(build_app(self.runtime))
        await self._web.setup()
        await web.TCPSite(self._web, "127.0.0.1", self.settings.web_port).start()
        return self.settings.base_url

    async def settle_payments(self) -> int:
        """What the payment jobs do: create waiting payments and refunds at Mollie; then
        deliver the messages that caused."""
        assert self.runtime.payments is not None, "App(mollie_endpoint=...) needed"
        done = await payments.issue_pending(self.sessions, self.runtime.payments)
        done += await payments.issue_refunds(self.sessions, self.runtime.payments)
        await self.deliver()
        return done

    async def school(self, name: str = "École Test", approval: bool = False,
                     quiet_hours: bool = False) -> SchoolFixture:
        """A school; its quiet hours are off unless asked, so tests pass at any hour."""
        async with unit_of_work(self.sessions) as uow:
            school = await create_school(uow.session, name, approval_required=approval)
            if not quiet_hours:
                school.quiet_end = school.quiet_start
            parent = await create_invite(uow.session, school.id)
            admin = await create_invite(uow.session, school.id, role=RoleKind.ADMIN)
        return SchoolFixture(school.id, school.name, parent.code, admin.code)

    def person(self, chat_id: int, first_name: str = "Parent",
               language_code: str | None = None) -> Person:
        return Person(self, ConsoleUser(chat_id, first_name, language_code))

    def group_inbox(self, chat_id: int) -> list[Rendered]:
        return self.chat.inbox(chat_id)

    async def parents_wrote_recently(self) -> None:
        """Everyone wrote to the bot within the last hours (so WhatsApp's 24-hour window
        is open): for tests that travel in time yet want the full, buttoned messages."""
        async with unit_of_work(self.sessions) as uow:
            await uow.session.execute(update(Identity).values(last_seen_at=utcnow()))

    async def deliver(self) -> int:
        """Send everything the outbox holds, as the sender loop would."""
        return await self.runtime.sender.drain()


class NoWaiting:
    async def wait_time(self, limit: Limit) -> float:
        return 0.0


@dataclass
class Person:
    app: App
    user: ConsoleUser
    replies: list[Rendered] = field(default_factory=list)

    @property
    def inbox(self) -> list[Rendered]:
        return self.app.chat.inbox(self.user.id)

    @property
    def last(self) -> Rendered:
        assert self.inbox, f"{self.user.first_name} has received nothing"
        return self.inbox[-1]

    @property
    def said(self) -> str:
        """Everything the bot answered to the last thing this person did. A message edited
        in place (Telegram) next to new ones is left out, as the person reads the new ones
        as the answer (see `edited`); an edit alone is the answer."""
        new = [r for r in self.replies if not r.edited]
        return "\n".join(render_text(r) for r in new or self.replies)

    @property
    def edited(self) -> list[Rendered]:
        """The messages the last thing this person did edited in place (Telegram)."""
        return [r for r in self.replies if r.edited]

    async def says(self, text: str) -> str:
        self.replies = await self.app.chat.say(self.user, text)
        return self.said

    async def sends_file(self, filename: str, data: bytes, caption: str = "") -> str:
        """Send a photo (.jpg/.png) or a document, with a caption."""
        self.replies = await self.app.chat.send_file(self.user, filename, data, caption)
        return self.said

    async def sends_voice_note(self) -> str:
        """A message without any text (a voice note; a sticker reads the same)."""
        self.replies = await self.app.chat.send_voice_note(self.user)
        return self.said

    async def says_in_group(self, group: tuple[int, str], text: str, **extra) -> str:
        """Say something in a group chat; returns what the bot said in that group."""
        before = len(self.app.chat.inbox(group[0]))
        await self.app.chat.say(self.user, text, group=group, **extra)
        return "\n".join(render_text(r) for r in self.app.group_inbox(group[0])[before:])

    async def taps(self, label: str) -> str:
        """Press the button labelled `label` (or whose label contains it) on the latest
        keyboard."""
        keyboard = self.app.chat.keyboards_for(self.user)
        assert keyboard is not None, "no keyboard to tap on"
        matches = ([b for b in keyboard.flat_buttons if b.label == label]
                   or [b for b in keyboard.flat_buttons if label in b.label])
        assert len(matches) == 1, f"{label!r} matches {[b.label for b in keyboard.flat_buttons]}"
        self.replies = await self.app.chat.press_data(self.user, keyboard, matches[0].data)
        return self.said

    def keyboard(self) -> Rendered:
        keyboard = self.app.chat.keyboards_for(self.user)
        assert keyboard is not None
        return keyboard

    async def taps_again(self, keyboard: Rendered, label: str) -> str:
        """Press a button of an older message: double taps and stale buttons."""
        data = next(b.data for b in keyboard.flat_buttons if label in b.label)
        self.replies = await self.app.chat.press_data(self.user, keyboard, data)
        return self.said

    async def forges(self, data: str) -> str:
        """Send callback data this person was never shown, from their own chat."""
        own = self.app.chat.keyboards_for(self.user) or self.last
        self.replies = await self.app.chat.press_data(self.user, own, data)
        return self.said

    def button_labels(self) -> list[str]:
        return [b.label for b in self.keyboard().flat_buttons]
