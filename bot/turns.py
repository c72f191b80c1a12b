"""When an update is handled: one person's updates one after another, and at most
`at_once` updates of the process at the same time, the others first come first served.

Without the limit every update of a burst starts at once and they race for the pool's
connections: asyncio's queue hands a freed connection to whoever asks next, so some
parents waited seconds while others were served in milliseconds.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable

from aiogram.fsm.storage.base import BaseEventIsolation, StorageKey


class UpdateLine:
    def __init__(self, isolation: BaseEventIsolation, at_once: int) -> None:
        self.isolation = isolation
        self.turns = asyncio.Semaphore(at_once)  # FIFO: waiters are woken in order

    @contextlib.asynccontextmanager
    async def turn(self, person: StorageKey | None) -> AsyncIterator[Callable[[], None]]:
        """Yields `give_back`: the turn can be handed on before the end of the block
        (the replies go out after the commit), the person's lock is kept to the end."""
        # The person's lock first: an update waiting behind the same person's previous
        # one holds no turn, so one parent's repeated taps cannot fill the line.
        own = self.isolation.lock(person) if person is not None else contextlib.nullcontext()
        async with own:
            await self.turns.acquire()
            given_back = False

            def give_back() -> None:
                nonlocal given_back
                if not given_back:
                    given_back = True
                    self.turns.release()

            try:
                yield give_back
            finally:
                give_back()
