"""Refunds once asked of the provider. Most end refunded, but one may fail (the family's
account closed) or be cancelled from the dashboard: the provider then keeps the money
while the family was told it is on its way. Nobody would notice, so the school's admins
are told, to refund that family by hand, and the family that the school will."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from core.db import unit_of_work
from core.members.service import admins_of
from core.models import GroupOrder, Member, OrderPayment, RefundStatus
from core.orders.payments import PaymentGateway
from core.outbox import enqueue_for_member, money_arg

IN_FLIGHT = (RefundStatus.PENDING, RefundStatus.QUEUED, RefundStatus.PROCESSING)
UNDONE = RefundStatus.UNDONE
KNOWN = frozenset({*IN_FLIGHT, RefundStatus.REFUNDED, *UNDONE})


async def follow_refunds(sessions: async_sessionmaker[AsyncSession], gateway: PaymentGateway,
                         limit: int = 100) -> int:
    """Ask the provider about refunds not settled yet; returns how many changed."""
    async with sessions() as session:
        due = list(await session.execute(
            select(OrderPayment.id, OrderPayment.mollie_id, OrderPayment.refund_id)
            .where(OrderPayment.refund_status.in_(IN_FLIGHT))
            .order_by(OrderPayment.id).limit(limit)))
    changed = 0
    for payment_id, provider_id, refund_id in due:
        try:
            status = await gateway.refund_status(provider_id or "", refund_id or "")
        except Exception:  # the provider is down: the next run asks again
            continue
        if status not in KNOWN:
            continue
        async with unit_of_work(sessions) as uow:
            payment = await uow.session.get_one(OrderPayment, payment_id, with_for_update=True)
            if payment.refund_status not in IN_FLIGHT or payment.refund_status == status:
                continue
            payment.refund_status = status
            if status in UNDONE:
                await _tell_admins(uow.session, payment)
                await _tell_family(uow.session, payment)
            changed += 1
    return changed


async def _tell_admins(session: AsyncSession, payment: OrderPayment) -> None:
    order = await session.get_one(GroupOrder, payment.order_id)
    family = await session.get_one(Member, payment.member_id)
    for admin in await admins_of(session, order.school_id):
        await enqueue_for_member(
            session, admin, purpose=f"order:{order.id}:refund-undone:{payment.id}",
            message_id="orders-refund-undone",
            args={"title": order.title, "name": family.full_name,
                  "amount": money_arg(payment.amount_cents), "status": payment.refund_status})


async def _tell_family(session: AsyncSession, payment: OrderPayment) -> None:
    """Their card says it too, but they were told the money was on its way: once per
    payment (the purpose), whatever runs the follow-up again."""
    order = await session.get_one(GroupOrder, payment.order_id)
    await enqueue_for_member(
        session, await session.get_one(Member, payment.member_id),
        purpose=f"order:{order.id}:refund-by-hand:{payment.id}",
        message_id="orders-refund-by-hand",
        args={"title": order.title, "amount": money_arg(payment.amount_cents)})
