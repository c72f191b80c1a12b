"""Facts a transaction established, told to listeners only once it has committed.

Services record what happened (a SEL transfer, ...) on their session; the runtime listens
(metrics, for one). A rolled-back transaction tells nothing, so the figures never count
what did not happen. Listeners are plain functions of the fact's label, called after the
commit and never able to undo it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
_KEY = "schoolhub_facts"
_listeners: dict[str, list[Callable[[str], None]]] = {}


def listen(name: str, listener: Callable[[str], None]) -> None:
    if listener not in _listeners.setdefault(name, []):
        _listeners[name].append(listener)


def record(session: AsyncSession, name: str, label: str) -> None:
    session.sync_session.info.setdefault(_KEY, []).append((name, label))


@event.listens_for(Session, "after_commit")
def _tell(session: Session) -> None:
    for name, label in session.info.pop(_KEY, []):
        for listener in _listeners.get(name, []):
            try:
                listener(label)
            except Exception:  # a listener's trouble must not fail a committed transaction
                log.exception("listener of %s failed", name)


@event.listens_for(Session, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)
