"""aiogram FSM storage that commits (or rolls back) with the update's transaction.

`SqlStorage`, for deployments without Redis: inside an update it writes through the
update's own session; outside it uses a short transaction. `CommittedRedisStorage`, for
several replicas: Redis, written once the update's transaction has committed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from typing import Any
from weakref import WeakKeyDictionary

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import BaseStorage, DefaultKeyBuilder, StateType, StorageKey
from aiogram.fsm.storage.redis import RedisStorage
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.db import UnitOfWork, current_session, current_unit_of_work
from core.models import FsmRecord


def state_name(state: StateType) -> str | None:
    return state.state if isinstance(state, State) else state


class SqlStorage(BaseStorage):
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._keys = DefaultKeyBuilder(with_bot_id=True)

    @asynccontextmanager
    async def _session(self) -> AsyncIterator[AsyncSession]:
        session = current_session()
        if session is not None:
            yield session
            return
        async with self._sessions() as own, own.begin():
            yield own

    async def _load(self, session: AsyncSession, key: StorageKey) -> FsmRecord | None:
        """The record, read once per transaction (aiogram's clear() sets the state, then
        the data: one read for both)."""
        name = self._keys.build(key)
        known = session.info.setdefault("fsm_records", {})
        if name not in known:
            known[name] = await session.get(FsmRecord, name)
        return known[name]

    async def _write(self, key: StorageKey, **values: Any) -> None:
        async with self._session() as session:
            record = await self._load(session, key)
            if record is None:
                if not any(values.values()):
                    return  # clearing what was never there: nothing to write
                record = FsmRecord(key=self._keys.build(key), state=None, data={})
                session.add(record)
                session.info["fsm_records"][record.key] = record
            # No flush here: the transaction writes the record once, so a step that
            # sets both the state and the data costs one UPDATE (a failing write then
            # fails the update at its commit, rolled back like any other error).
            # What is already so is not set again: a set value, even an equal one, makes
            # the record dirty, and the flush then compares it for nothing (every /menu
            # clears a state that is already clear).
            for name, value in values.items():
                if getattr(record, name) != value:
                    setattr(record, name, value)

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        await self._write(key, state=state_name(state))

    async def get_state(self, key: StorageKey) -> str | None:
        async with self._session() as session:
            record = await self._load(session, key)
            return record.state if record else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._write(key, data=dict(data))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        async with self._session() as session:
            record = await self._load(session, key)
            return dict(record.data) if record else {}

    async def close(self) -> None:
        return None


class CommittedRedisStorage(RedisStorage):
    """aiogram's RedisStorage whose writes during an update wait for the update's
    transaction to commit (reads see them at once).

    Why not plain RedisStorage: conversation state and the database must move together.
    A confirm step that creates a member and then clears the draft would, if the commit
    then failed, lose the draft with nothing written; a refused step (DomainError, rolled
    back) would still have advanced the conversation. Staged writes keep SQL's promise
    "nothing is half-written" while every replica shares the state through Redis. Should
    the process die between the commit and the write, the person repeats one step.
    Writes outside an update (none today) go straight to Redis.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._staged: WeakKeyDictionary[UnitOfWork, dict[StorageKey, dict[str, Any]]] = (
            WeakKeyDictionary())

    def _pending(self, key: StorageKey) -> dict[str, Any] | None:
        """This update's staged writes for `key`, or None outside an update."""
        uow = current_unit_of_work()
        if uow is None:
            return None
        if uow not in self._staged:
            staged: dict[StorageKey, dict[str, Any]] = {}
            self._staged[uow] = staged
            uow.after_commit(lambda: self._write(staged))
        return self._staged[uow].setdefault(key, {})

    async def _write(self, staged: dict[StorageKey, dict[str, Any]]) -> None:
        for key, values in staged.items():
            if "state" in values:
                await super().set_state(key, values["state"])
            if "data" in values:
                await super().set_data(key, values["data"])

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        pending = self._pending(key)
        if pending is None:
            await super().set_state(key, state)
        else:
            pending["state"] = state_name(state)

    async def get_state(self, key: StorageKey) -> str | None:
        pending = self._pending(key)
        if pending is not None and "state" in pending:
            return pending["state"]
        return await super().get_state(key)

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        pending = self._pending(key)
        if pending is None:
            await super().set_data(key, data)
        else:
            pending["data"] = dict(data)

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        pending = self._pending(key)
        if pending is not None and "data" in pending:
            return dict(pending["data"])
        return await super().get_data(key)
