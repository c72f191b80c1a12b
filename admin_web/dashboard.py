"""The dashboard: the school's vital signs and what needs attention."""

from __future__ import annotations

from datetime import timedelta

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from admin_web.moments import school_clock
from admin_web.orders import unpaid_families
from admin_web.render import context, school_of
from admin_web.security import DB
from core import stats
from core.clock import utcnow
from core.events import service as events
from core.members.households import household_count
from core.models import (
    Event,
    EventStatus,
    Member,
    MemberStatus,
    OutboxMessage,
    OutboxStatus,
    SelTransfer,
)


@aiohttp_jinja2.template("dashboard.html")
async def dashboard(request: web.Request) -> dict[str, object]:
    db, school_id = request[DB], school_of(request)
    month_ago = utcnow() - timedelta(days=30)

    async def count(query) -> int:
        return await db.scalar(query) or 0

    owed = unpaid_families(school_id)
    figures = {
        "families": await count(select(func.count()).select_from(Member).where(
            Member.school_id == school_id, Member.status == MemberStatus.ACTIVE)),
        "pending": await count(select(func.count()).select_from(Member).where(
            Member.school_id == school_id, Member.status == MemberStatus.PENDING)),
        "transfers": await count(select(func.count()).select_from(SelTransfer).where(
            SelTransfer.school_id == school_id, SelTransfer.created_at > month_ago,
            SelTransfer.kind.in_(stats.EXCHANGES))),
        "failed": await count(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.school_id == school_id,
            OutboxMessage.status.in_([OutboxStatus.FAILED, OutboxStatus.BLOCKED]))),
        "unpaid": await household_count(db, await db.scalars(  # co-parents are one family
            select(Member).where(Member.id.in_(select(owed.c.member_id))))),
    }
    return context(request, figures=figures, week=await week_ahead(db, school_id),
                   when=await school_clock(request))


WEEK_SHOWN = 20  # more events than a school has in a week


async def week_ahead(db: AsyncSession, school_id: int
                     ) -> list[tuple[Event, events.Counts, int | None]]:
    """The planned events of the next 7 days, soonest first: (event, answers, places left,
    None when it has no limit)."""
    now = utcnow()
    coming = list(await db.scalars(
        select(Event).where(Event.school_id == school_id, Event.status == EventStatus.ACTIVE,
                            Event.starts_at >= now, Event.starts_at < now + timedelta(days=7))
        .order_by(Event.starts_at, Event.id).limit(WEEK_SHOWN)))
    answers = await events.counts_by_event(db, [event.id for event in coming])
    return [(event, answers[event.id],
             None if event.capacity is None
             else max(event.capacity - await events.taken(db, event), 0))
            for event in coming]


def add_routes(app: web.Application) -> None:
    app.router.add_get("/", dashboard, name="dashboard")
