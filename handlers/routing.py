"""Router-wide gates, so that an update skips the routers that cannot want it.

aiogram tries a router's handlers one after another and calls every filter of each: an
update walking past ~200 handlers spent about a fifth of its time there. A feature
router whose every callback handler expects one of its own CallbackData prefixes now
turns other button presses away with one look at the prefix; one whose every message
handler needs one of its commands or one of its conversation states turns other
messages away the same way. A gate only ever says no to updates none of the router's
handlers would take (tests/unit/test_routing.py checks it against each handler). Words
typed instead of a command ("solde", handlers/words.py) pass the gate of the routers that
listen for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from inspect import isclass

from aiogram import Router
from aiogram.dispatcher.event.handler import HandlerObject
from aiogram.filters import Command, Filter, StateFilter
from aiogram.filters.callback_data import CallbackQueryFilter
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message

from handlers.words import Said, intents_of

NO_KEY = None  # a handler without a command, state or prefix: its router stays open


class CallbackPrefixes(Filter):
    """Passes button presses whose callback data starts with one of these prefixes."""

    def __init__(self, prefixes: frozenset[str], separator: str) -> None:
        self.prefixes, self.separator = prefixes, separator

    async def __call__(self, query: CallbackQuery) -> bool:
        return (query.data or "").partition(self.separator)[0] in self.prefixes


class CommandsOrStates(Filter):
    """Passes messages that are one of these commands or words, or come in one of these
    states."""

    def __init__(self, commands: frozenset[str], states: frozenset[str | None],
                 words: frozenset[str] = frozenset()) -> None:
        self.commands, self.states, self.words = commands, states, words

    async def __call__(self, message: Message, raw_state: str | None = None) -> bool:
        if raw_state in self.states:
            return True
        if self.words and intents_of(message.text) & self.words:
            return True
        text = message.text or message.caption or ""
        if not text.startswith("/"):
            return False
        return text[1:].split(maxsplit=1)[0].partition("@")[0] in self.commands


def add_gates(router: Router) -> None:
    """Gates the routers without sub-routers (a gate that says no also skips those)."""
    for child in router.sub_routers:
        add_gates(child)
    if router.sub_routers:
        return
    prefixes = _all_or_none(_callback_prefix(h) for h in router.callback_query.handlers)
    if prefixes:
        separators = {p[1] for p in prefixes}
        if len(separators) == 1:
            router.callback_query.filter(CallbackPrefixes(
                frozenset(p[0] for p in prefixes), separators.pop()))
    keys = _all_or_none(_message_keys(h) for h in router.message.handlers)
    if keys:
        commands = frozenset(k[1] for k in keys if k[0] == "command")
        states = frozenset(k[1] for k in keys if k[0] == "state")
        words = frozenset(k[1] for k in keys if k[0] == "word")
        router.message.filter(CommandsOrStates(commands, states, words))


def _all_or_none(keys_per_handler: Iterable[set | None]) -> set | None:
    found: set = set()
    for keys in keys_per_handler:
        if not keys:
            return NO_KEY
        found |= keys
    return found


def _callback_prefix(handler: HandlerObject) -> set[tuple[str, str]] | None:
    for check in handler.filters or ():
        if isinstance(check.callback, CallbackQueryFilter):
            data = check.callback.callback_data
            return {(data.__prefix__, data.__separator__)}
    return NO_KEY


def _message_keys(handler: HandlerObject) -> set[tuple[str, str | None]] | None:
    """The commands, words or states one of this handler's filters requires."""
    for check in handler.filters or ():
        keys = (_command_keys(check.callback) or _word_keys(check.callback)
                or _state_keys(check.callback))
        if keys:
            return keys
    return NO_KEY


def _command_keys(check: object) -> set[tuple[str, str | None]] | None:
    if not isinstance(check, Command) or check.ignore_case or check.prefix != "/" \
            or not all(isinstance(command, str) for command in check.commands):
        return NO_KEY
    return {("command", command) for command in check.commands}


def _word_keys(check: object) -> set[tuple[str, str | None]] | None:
    if not isinstance(check, Said):
        return NO_KEY
    return {("word", intent) for intent in check.intents}


def _state_keys(check: object) -> set[tuple[str, str | None]] | None:
    states = check.states if isinstance(check, StateFilter) else (check,)
    names: set[str | None] = set()
    for state in states:
        if isinstance(state, State) and state.state != "*":
            names.add(state.state)
        elif isinstance(state, StatesGroup) or isclass(state) and issubclass(state, StatesGroup):
            names.update(state.__all_states_names__)
        elif state is None or isinstance(state, str) and state != "*":
            names.add(state)
        else:
            return NO_KEY  # "*", or a filter that is no state at all
    return {("state", name) for name in names}
