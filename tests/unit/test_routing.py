"""The router tree runs every filter in the event loop: aiogram sends a plain
(synchronous) filter to a worker thread, a hop that cost more than the rest of routing."""

from aiogram import Router
from aiogram.dispatcher.event.handler import CallableObject

from handlers import build_router


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
