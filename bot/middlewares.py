"""The edge of every inbound update: transaction, dedupe, who is talking, their language.

Order (outermost first): UnitOfWork (inside the person's lock) -> Member -> Locale.
Access control is an inner middleware on the feature routers (see `handlers`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, Bot
from aiogram.fsm.context import FSMContext
from aiogram.fsm.middleware import FSMContextMiddleware
from aiogram.types import CallbackQuery, Chat, Message, TelegramObject, Update, User
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import observed
from bot.channels.base import channel_of
from bot.replies import Held
from bot.turns import UpdateLine
from core.db import unit_of_work
from core.errors import DomainError
from core.i18n import Translator, normalize_locale, pick_locale
from core.members.service import find_by_identity
from core.models import Member
from core.schools import get_school
from core.updates import first_delivery

log = logging.getLogger(__name__)
Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


async def reply(event: Update | Message | CallbackQuery, text: str) -> None:
    """Answer whatever the person did, in the chat they did it in."""
    if isinstance(event, Update):
        event = event.callback_query or event.message  # type: ignore[assignment]
    if isinstance(event, CallbackQuery):
        await event.answer()
        if event.message is not None:
            await event.message.answer(text)
    elif isinstance(event, Message):
        await event.answer(text)


class UnitOfWorkMiddleware(BaseMiddleware):
    """One person's updates one after another, each in one transaction; replays of an
    update are acknowledged and skipped.

    It stands in for aiogram's FSM middleware (the dispatcher's is switched off), so
    that the conversation state is read inside the person's lock *and* inside the
    update's transaction: a double tap waits for the first tap's commit, and the state
    costs no transaction of its own. The update waits its turn first (bot/turns.py), and
    what it shows people is sent after its commit (bot/replies.py).

    A DomainError rolls everything back and is shown to the person in their language
    (once: the dedupe mark is then written on its own); anything else rolls back, says
    sorry, and is re-raised (a replay may then try again).
    """

    def __init__(self, sessions: async_sessionmaker[AsyncSession], translator: Translator,
                 default_locale: str, fsm: FSMContextMiddleware, at_once: int) -> None:
        self.sessions = sessions
        self.translator = translator
        self.default_locale = default_locale
        self.fsm = fsm
        self.line = UpdateLine(fsm.events_isolation, at_once)

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        assert isinstance(event, Update)
        state = self.fsm.resolve_event_context(data["bot"], data)
        data["fsm_storage"] = self.fsm.storage
        held = Held()
        # None: an update from no one in particular (none reach us today).
        async with self.line.turn(state.key if state is not None else None) as give_back:
            result = await self._handle(handler, event, data, state, held)
            give_back()  # the replies need no connection: the next update may start
            await held.send(data["bot"])
        return result

    async def _handle(self, handler: Handler, event: Update, data: dict[str, Any],
                      state: FSMContext | None, held: Held) -> Any:
        bot: Bot = data["bot"]
        try:
            with held.holding():
                async with unit_of_work(self.sessions) as uow:
                    if not await first_delivery(uow.session, channel_of(bot),
                                                str(event.update_id)):
                        log.info("update %s on %s already processed", event.update_id,
                                 channel_of(bot))
                        observed.mark(observed.Outcome.DUPLICATE)
                        return None
                    data["uow"], data["session"] = uow, uow.session
                    if state is not None:
                        data["state"], data["raw_state"] = state, await state.get_state()
                    return await handler(event, data)
        except DomainError as error:
            # Nothing was written, but the update is still marked as handled, so that a
            # replay does not answer the refusal twice. What the handler had said before
            # refusing is dropped with the rest.
            held.drop()
            observed.mark(observed.Outcome.REFUSED)
            if await self._mark_handled(bot, event):
                with held.holding():
                    await reply(event, self._t(data)(error.message_id, **error.args_for_message))
        except Exception:
            held.drop()
            await reply(event, self._t(data)("error-unexpected"))
            raise
        return None

    async def _mark_handled(self, bot: Bot, event: Update) -> bool:
        async with unit_of_work(self.sessions) as uow:
            return await first_delivery(uow.session, channel_of(bot), str(event.update_id))

    def _t(self, data: dict[str, Any]) -> Callable[..., str]:
        return data.get("t") or self.translator.for_locale(self.default_locale)


class MemberMiddleware(BaseMiddleware):
    """Puts `member` (with roles) in the handler data, or None for a stranger."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        member: Member | None = None
        if user is not None and not user.is_bot:
            chat: Chat | None = data.get("event_chat")
            member = await find_by_identity(data["session"], channel_of(data["bot"]),
                                            str(user.id), chat is None or chat.type == "private")
        data["member"] = member
        return await handler(event, data)


class LocaleMiddleware(BaseMiddleware):
    """The member's language; during registration the one they picked; else their
    app's language; else (WhatsApp tells none) every language, the default first."""

    def __init__(self, translator: Translator, default_locale: str) -> None:
        self.translator = translator
        self.default_locale = default_locale

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        member: Member | None = data.get("member")
        user: User | None = data.get("event_from_user")
        chosen = member.locale if member else None
        state: FSMContext | None = data.get("state")
        if chosen is None and state is not None and data.get("raw_state"):
            chosen = (await state.get_data()).get("locale")
        known = chosen or (user.language_code if user else None)
        locale = pick_locale(known, fallback=self.default_locale)
        data["locale"] = locale
        data["t"] = (self.translator.for_locale(locale) if normalize_locale(known)
                     else self.translator.for_unknown(locale))
        data["translator"] = self.translator
        return await handler(event, data)


class ModuleSwitch(BaseMiddleware):
    """Inner middleware for a feature's router, after ActiveMemberOnly: when the
    member's school switched the module off, they are told so and nothing runs."""

    def __init__(self, module: str) -> None:
        self.module = module

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        school = await get_school(data["session"], data["member"].school_id)
        if school.module_enabled(self.module):
            return await handler(event, data)
        await reply(event, data["t"]("module-off"))
        return None


class ActiveMemberOnly(BaseMiddleware):
    """Inner middleware for feature routers: strangers are sent to registration,
    pending members wait for approval, and nobody else gets through."""

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        member: Member | None = data.get("member")
        t = data["t"]
        if member is None:
            await reply(event, t("access-register-first"))
        elif member.status == "pending":
            await reply(event, t("access-pending"))
        elif not member.is_active:
            await reply(event, t("access-inactive"))
        else:
            return await handler(event, data)
        return None
