"""The end of an order's life: closed at the deadline (or by its organiser), then
confirmed with payments or cancelled; cancelled later with refunds; delivered."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.models import GroupOrder, Member, OrderStatus
from core.orders import organiser as organiser_news
from core.orders import payments
from core.orders.service import (
    Buttons,
    count_families,
    managed_order,
    participants,
    progress,
    tell_participants,
)
from core.outbox import enqueue_for_member, money_arg, purposes_in, when_arg, withdraw

WARN_BEFORE = timedelta(hours=24)


async def close(session: AsyncSession, order: GroupOrder, now: datetime) -> str:
    """open -> closed -> confirmed (minimum reached) or cancelled; everyone is told."""
    if order.status != OrderStatus.OPEN:
        raise DomainError("orders-closed")
    order.status, order.closed_at = OrderStatus.CLOSED, now
    await organiser_news.no_more_minimum_news(session, order)
    await withdraw_open_news(session, order)
    total = await progress(session, order)
    organiser = await session.get_one(Member, order.organiser_id)
    if total >= order.min_quantity:
        order.status = OrderStatus.CONFIRMED
        await payments.start(session, order)
        families = await count_families(session, await participants(session, order))
        await enqueue_for_member(session, organiser, purpose=f"order:{order.id}:confirmed",
                                 message_id="orders-confirmed-organiser",
                                 args={"title": order.title, "families": families,
                                       "total": total})
    else:
        order.status, order.cancelled_at = OrderStatus.CANCELLED, now
        await tell_participants(session, order, "cancelled", "orders-cancelled-minimum",
                                total=total, min=order.min_quantity)
        await enqueue_for_member(session, organiser, purpose=f"order:{order.id}:cancelled",
                                 message_id="orders-cancelled-minimum-organiser",
                                 args={"title": order.title, "total": total,
                                       "min": order.min_quantity})
    return order.status


async def withdraw_open_news(session: AsyncSession, order: GroupOrder) -> None:
    """The order no longer takes orders: its announcement with the Join button, still
    held back by the quiet hours, would invite to it, and the organiser's warning that it
    is below its minimum would offer to extend it; neither goes out."""
    await withdraw(session, purposes_in([f"order:{order.id}:announce",
                                         f"order:{order.id}:below:"]))


async def close_now(session: AsyncSession, organiser: Member, order_id: int,
                    now: datetime) -> str:
    """Closed before its deadline by whoever manages it; a co-rep's closing is told to its
    organiser (before what became of the order)."""
    order = await managed_order(session, organiser, order_id)
    if order.status == OrderStatus.OPEN:
        await organiser_news.tell_creator(session, organiser, order, "closed")
    return await close(session, order, now)


async def close_due(session: AsyncSession, now: datetime) -> int:
    """Every open order whose deadline has passed (the scheduler runs this)."""
    due = list(await session.scalars(
        select(GroupOrder).where(GroupOrder.status == OrderStatus.OPEN,
                                 GroupOrder.deadline <= now)
        .order_by(GroupOrder.id).with_for_update(skip_locked=True)))
    for order in due:
        await close(session, order, now)
    return len(due)


async def warn_organisers(session: AsyncSession, now: datetime, buttons: Buttons) -> int:
    """A day before the deadline, tell the organiser if the minimum is not reached yet,
    with a button to extend by a week."""
    due = list(await session.scalars(
        select(GroupOrder).where(GroupOrder.status == OrderStatus.OPEN,
                                 GroupOrder.reminded_at.is_(None),
                                 GroupOrder.deadline <= now + WARN_BEFORE)))
    warned = 0
    for order in due:
        order.reminded_at = now
        total = await progress(session, order)
        if total < order.min_quantity:
            await enqueue_for_member(
                session, await session.get_one(Member, order.organiser_id),
                purpose=f"order:{order.id}:below:{order.deadline:%Y%m%d%H%M}",
                message_id="orders-below-minimum", buttons=buttons(order),
                args={"title": order.title, "total": total, "min": order.min_quantity,
                      "deadline": when_arg(order.deadline)})
            warned += 1
    return warned


async def cancel(session: AsyncSession, organiser: Member, order_id: int) -> int:
    """The organiser calls the order off; paid families are refunded. Returns how many.
    Each family is told what it means for them: refunded, or nothing to pay (and, if it
    had a payment link, not to use it)."""
    order = await managed_order(session, organiser, order_id)
    if order.status not in (OrderStatus.OPEN, OrderStatus.CLOSED, OrderStatus.CONFIRMED):
        raise DomainError("orders-closed")
    await organiser_news.no_more_minimum_news(session, order)
    await withdraw_open_news(session, order)
    order.status, order.cancelled_at = OrderStatus.CANCELLED, utcnow()
    refunds = await payments.abandon_and_refund(session, order)
    # A link still waiting to go out was withdrawn just above: "do not use its payment
    # link" would speak of one the family never got.
    saw_a_link = await payments.saw_a_link(session, order)
    for member in await participants(session, order):
        if member.id == organiser.id:  # who called it off knows (a refund tells itself)
            continue
        refunded = await payments.refunded_cents(session, order.id, member.id)
        await enqueue_for_member(
            session, member, purpose=f"order:{order.id}:called-off",
            message_id="orders-called-off",
            args={"title": order.title, "amount": money_arg(refunded),
                  "stage": "paid" if refunded else "link" if member.id in saw_a_link
                  else "open"})
    await organiser_news.tell_creator(session, organiser, order, "cancelled")
    return refunds
