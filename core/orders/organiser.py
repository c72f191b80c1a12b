"""What the organiser is told as the order goes, once each (the outbox dedupes on the
purpose): the minimum is reached (or lost again), then every family has paid. Each
notice carries the totals the organiser acts on: what to order from the supplier, and
the euros. Families are counted as households (co-parents who both ordered are one)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.members import audience
from core.models import GroupOrder, Member, OrderStatus
from core.orders.service import Summary, as_co_rep, class_ids_of, summary
from core.outbox import (
    enqueue_for_member,
    lines_arg,
    money_arg,
    when_arg,
    withdraw_unsent,
)

# "Below the minimum again" waits this long: a family switching sizes at the minimum
# takes its line away before ordering the new one, and is back within a minute.
LOST_GRACE = timedelta(minutes=5)


def totals_args(order: GroupOrder, figures: Summary) -> dict[str, Any]:
    return {"title": order.title, "families": figures.households,
            "amount": money_arg(figures.cents),
            "totals": lines_arg("orders-total-line", [
                {"quantity": quantity, "name": f"{name} {variant}".strip()}
                for (name, variant), quantity in figures.totals.items()])}


async def tell(session: AsyncSession, order: GroupOrder, purpose: str, message_id: str,
               not_before: datetime | None = None, **args: Any) -> None:
    await enqueue_for_member(session, await session.get_one(Member, order.organiser_id),
                             purpose=f"order:{order.id}:{purpose}", message_id=message_id,
                             args=args, not_before=not_before)


def notice_purpose(count: int) -> str:
    """The purpose of the organiser's notice number `count` (from 0): "reached" when even,
    "lost" when odd."""
    if count % 2:
        return f"minimum-lost:{count}"
    return f"minimum-reached:{count}" if count else "minimum-reached"


async def minimum_crossed(session: AsyncSession, order: GroupOrder, before: int,
                          after: int) -> None:
    """The quantity ordered just crossed the minimum. Up: the order will go ahead. Down,
    after "reached" was said: it will not, unless families order more (an order below
    its minimum from the start needs no news; the deadline's warning tells that).
    A crossing back while the previous notice is still waiting to go out (a family
    switching sizes, or the quiet hours) withdraws it and says nothing: nothing changed.
    The count only grows, so that a purpose is never used twice."""
    told_reached = order.minimum_notices % 2 == 1
    count = order.minimum_notices
    up = not told_reached and before < order.min_quantity <= after
    down = told_reached and after < order.min_quantity <= before
    if not up and not down:
        return
    order.minimum_notices = count + 1  # after a withdrawal: the state before it, again
    if count and await withdraw_unsent(session, order.organiser_id,
                                       [f"order:{order.id}:{notice_purpose(count - 1)}"]):
        return
    if up:
        figures = await summary(session, order)
        await tell(session, order, notice_purpose(count), "orders-minimum-reached",
                   **totals_args(order, figures), total=after, min=order.min_quantity,
                   deadline=when_arg(order.deadline))
    else:
        await tell(session, order, notice_purpose(count), "orders-minimum-lost",
                   title=order.title, total=after, min=order.min_quantity,
                   deadline=when_arg(order.deadline), not_before=utcnow() + LOST_GRACE)


async def no_more_minimum_news(session: AsyncSession, order: GroupOrder) -> None:
    """The order is closed or cancelled: a "below its minimum again" still waiting out its
    LOST_GRACE would ask for orders that can no longer come."""
    await withdraw_unsent(session, order.organiser_id, [f"order:{order.id}:minimum-lost:"])


async def maybe_all_paid(session: AsyncSession, order: GroupOrder) -> None:
    """A payment came in: if it was the last one owed, the organiser can order from the
    supplier (or, delivered already, knows the order is settled)."""
    if order.status not in OrderStatus.PAYABLE:
        return
    figures = await summary(session, order)
    if figures.families and all(family.paid for family in figures.families):
        await tell(session, order, "all-paid", "orders-all-paid",
                   **totals_args(order, figures),
                   delivered="yes" if order.status == OrderStatus.COMPLETED else "no")


async def tell_creator(session: AsyncSession, actor: Member, order: GroupOrder, what: str,
                       **args: Any) -> None:
    """A rep of all the order's classes who is not its organiser closed it (`what`:
    "closed"), cancelled it or reminded its families to pay: its organiser hears who did
    what (audience.tell_creator). What an admin or the organiser does is not told."""
    if not await as_co_rep(session, actor, order):
        return
    await audience.tell_creator(
        session, order.organiser_id, actor, purpose=f"order:{order.id}:corep:{what}",
        message_id="orders-co-rep-did", class_ids=await class_ids_of(session, order),
        what=what, title=order.title, **args)
