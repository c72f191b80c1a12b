"""The router tree runs every filter in the event loop: aiogram sends a plain
(synchronous) filter to a worker thread, a hop that cost more than the rest of routing.
Feature routers turn away at once the updates none of their handlers would take."""

import pytest
from aiogram import Router
from aiogram.dispatcher.event.handler import CallableObject
from aiogram.filters.callback_data import CallbackQueryFilter
from aiogram.types import CallbackQuery, Message

from handlers import build_router
from handlers.events import NewEvent, RsvpCb
from handlers.groups import LinkCb
from handlers.keyboards import ButtonData
from handlers.routing import CallbackPrefixes, CommandsOrStates


def callables_of(router: Router) -> list[CallableObject]:
    found: list[CallableObject] = []
    for observer in router.observers.values():
        found.extend(observer._handler.filters or ())  # router-wide filters
        for handler in observer.handlers:
            found.append(handler)
            found.extend(handler.filters or ())
    for child in router.sub_routers:
        found.extend(callables_of(child))
    return found


def test_no_filter_or_handler_runs_in_a_thread() -> None:
    callables = callables_of(build_router())
    assert len(callables) > 200  # the whole tree was walked
    in_threads = [c.callback for c in callables if not c.awaitable]
    assert in_threads == []


def gates_of(router: Router) -> dict[str, list]:
    found: dict[str, list] = {}
    for child in router.sub_routers:
        found.update(gates_of(child))
    found[router.name] = [f.callback for observer in (router.message, router.callback_query)
                          for f in observer._handler.filters or ()
                          if isinstance(f.callback, CallbackPrefixes | CommandsOrStates)]
    return found


def message(text: str) -> Message:
    return Message.model_validate({"message_id": 1, "date": 0, "text": text,
                                   "chat": {"id": 1, "type": "private"}})


def press(data: str) -> CallbackQuery:
    return CallbackQuery.model_validate({"id": "1", "chat_instance": "1", "data": data,
                                         "from": {"id": 1, "is_bot": False, "first_name": "A"}})


async def passes(router_gates: list, event: Message | CallbackQuery,
                 raw_state: str | None = None) -> bool:
    kind = CommandsOrStates if isinstance(event, Message) else CallbackPrefixes
    gate = next(g for g in router_gates if isinstance(g, kind))
    return await (gate(event, raw_state) if kind is CommandsOrStates else gate(event))


async def test_feature_routers_turn_away_at_once_what_they_cannot_want() -> None:
    gates = gates_of(build_router())
    assert sum(bool(g) for g in gates.values()) >= 14  # the optimisation is in place
    assert not gates["start"] and not gates["fallback"]  # they take anything
    rsvp = RsvpCb(event_id=7, answer="yes").pack()
    assert await passes(gates["events"], press(rsvp))
    assert not await passes(gates["sel"], press(rsvp))
    assert await passes(gates["events"], message("/events"))
    assert await passes(gates["events"], message("/newevent@schoolhub_bot"))
    assert not await passes(gates["events"], message("/pay"))
    assert not await passes(gates["events"], message("tomorrow 18h"))
    # A typed answer goes through when the person is at one of the router's steps.
    assert await passes(gates["events"], message("tomorrow 18h"), NewEvent.when.state)
    assert not await passes(gates["sel"], message("tomorrow 18h"), NewEvent.when.state)


async def test_words_typed_instead_of_commands_pass_the_gates_of_who_wants_them() -> None:
    gates = gates_of(build_router())
    for word in ("solde", "Saldo", "/solde", "balance !"):
        assert await passes(gates["sel"], message(word)), word
        assert not await passes(gates["events"], message(word)), word
    assert await passes(gates["help"], message("Hoofdmenu"))
    assert await passes(gates["help"], message("Bonjour"))
    assert not await passes(gates["sel"], message("mon solde est faux"))  # a sentence


def test_every_button_reads_only_numbers_the_database_can_hold() -> None:
    """A forged button with an id beyond PostgreSQL's INTEGER is no handler's: answered
    as a stale button, where it failed in the database."""
    read = {c.callback.callback_data for c in callables_of(build_router())
            if isinstance(c.callback, CallbackQueryFilter)}
    assert len(read) > 20 and all(issubclass(data, ButtonData) for data in read)
    assert RsvpCb.unpack(f"rsvp:{2**31 - 1}:yes:-1:-1").event_id == 2**31 - 1
    for number in (2**31, 10**20, -(2**31) - 1):
        with pytest.raises(ValueError):
            RsvpCb.unpack(f"rsvp:{number}:yes:-1:-1")
    assert LinkCb.unpack("grp:3:-1001234567890").chat_id == -1001234567890  # a group's id
