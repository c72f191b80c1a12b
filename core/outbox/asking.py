"""An organiser's own reminder to those who have not done what was asked of them
(answered an invitation, paid an order): each person at most once a day in the school's
calendar, so a second tap changes nothing; never to whoever's question is still on its
way to them; held back by the quiet hours like every non-urgent message."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.i18n import format_datetime
from core.members.households import household_count
from core.models import Member, OutboxMessage, OutboxStatus, School
from core.outbox.service import purposes_in
from core.quiet import quiet_end_after


@dataclass(frozen=True)
class Asked:
    families: int
    at: datetime  # when it goes out: now, or the end of the quiet hours

    def reply_args(self, locale: str, timezone: str) -> dict[str, object]:
        """What the organiser's "done" says: how many families, and when the quiet hours
        hold the reminder back ("later"), until when."""
        return {"count": self.families, "later": "yes" if self.at > utcnow() else "no",
                "at": format_datetime(locale, self.at, timezone)}


async def not_on_their_way(session: AsyncSession, people: list[Member], *questions: str,
                           purpose: str | None = None) -> list[Member]:
    """Those of `people` to whom no message of the `questions` purposes (an invitation, an
    answer reminder, a payment link) is still waiting to go out, nor anything of `purpose`
    at all."""
    waiting = purposes_in(list(questions)) \
        & OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING])
    if purpose is not None:
        waiting = waiting | (OutboxMessage.purpose == purpose)
    busy = set(await session.scalars(select(OutboxMessage.member_id).where(
        OutboxMessage.member_id.in_([person.id for person in people]), waiting)))
    return [person for person in people if person.id not in busy]


async def ask_once_a_day(session: AsyncSession, school: School, people: list[Member],
                         prefix: str, *questions: str, already: str,
                         send: Callable[[Member, str], Awaitable[None]]) -> Asked:
    """`send(person, purpose)` the reminder to those of `people` not reminded today (the
    purpose is `prefix` and the school's date) and with no message of the `questions`
    purposes still waiting; nobody left: DomainError(`already`). Returns how many
    families were reminded, co-parents once, and when it goes out."""
    now = utcnow()
    purpose = f"{prefix}{now.astimezone(ZoneInfo(school.timezone)).date().isoformat()}"
    due = await not_on_their_way(session, people, *questions, purpose=purpose)
    if not due:
        raise DomainError(already)
    for person in due:
        await send(person, purpose)
    return Asked(await household_count(session, due), quiet_end_after(school, now))
