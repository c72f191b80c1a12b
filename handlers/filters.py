"""Small filters on who is talking (handlers get `member` from the middleware)."""

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram import BaseMiddleware, F, Router
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.filters import Filter
from aiogram.types import Message

from core.models import Member, MemberStatus


def is_stranger(_event: Any, member: Member | None = None) -> bool:
    return member is None


def is_waiting(_event: Any, member: Member | None = None) -> bool:
    return member is not None and member.status == MemberStatus.PENDING


def is_active(_event: Any, member: Member | None = None) -> bool:
    return member is not None and member.is_active


def in_a_dialog(_event: Any, raw_state: str | None = None) -> bool:
    return raw_state is not None


# Answers typed in a conversation step; a command typed instead goes to its own handler.
NOT_COMMAND = ~F.text.startswith("/")


class TypedText(Filter):
    """A step that wants typed text (a name, an amount): passes any message but a command.
    One without text (a voice note, a sticker, a photo) is answered by `TextSteps`
    instead of reaching the step, which would read it as empty."""

    async def __call__(self, message: Message) -> bool:
        return not (message.text or "").startswith("/")


TYPED = TypedText()


class TextSteps(BaseMiddleware):
    """Inner middleware: a message without text, at a step registered with TYPED, is
    asked to type its answer; the step is kept and nothing changes."""

    async def __call__(self, handler: Callable[[Message, dict[str, Any]], Awaitable[Any]],
                       event: Message, data: dict[str, Any]) -> Any:
        step: HandlerObject | None = data.get("handler")
        if event.text is None and step is not None and any(
                isinstance(check.callback, TypedText) for check in step.filters or ()):
            await event.answer(data["t"]("fallback-type-your-answer"))
            return None
        return await handler(event, data)


class ChatTypes(Filter):
    """Messages from these kinds of chat ("private", "group", ...)."""

    def __init__(self, *kinds: str) -> None:
        self.kinds = frozenset(kinds)

    async def __call__(self, message: Message) -> bool:
        return message.chat.type in self.kinds


def run_filters_inline(router: Router) -> None:
    """aiogram runs every plain (not async) filter in a worker thread. Ours (states,
    magic filters, the checks above) are instant attribute reads, and an update meets
    about fifteen of them on its way: as threads they cost more than the rest of the
    routing. Turn each into a coroutine, for this router and the ones it includes."""
    for observer in router.observers.values():
        for handler in observer.handlers:
            for check in handler.filters or ():
                if not check.awaitable:
                    check.callback, check.awaitable = _in_loop(check.callback), True
    for child in router.sub_routers:
        run_filters_inline(child)


def _in_loop(predicate: Callable[..., Any]) -> Callable[..., Any]:
    async def check(*args: Any, **kwargs: Any) -> Any:
        return predicate(*args, **kwargs)

    return check
