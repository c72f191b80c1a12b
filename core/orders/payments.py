"""Paying a confirmed order through a payment provider (Mollie), without ever trusting
anything but the provider's own answer.

A payment row is written in the transaction that confirms the order ('creating'); the
issuer then creates it at the provider outside any transaction, with an idempotency key
derived from the row, so a retry after a crash returns the same payment. Webhooks carry
only an id: the status is always fetched, and a status change is applied once, under a
row lock, in one direction (a final status never changes again).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.sql import ColumnElement

from core.clock import utcnow
from core.db import unit_of_work
from core.errors import DomainError
from core.models import (
    GroupOrder,
    Member,
    OrderPayment,
    OrderStatus,
    OutboxMessage,
    OutboxStatus,
    PaymentStatus,
    RefundStatus,
    School,
)
from core.orders import organiser as organiser_news
from core.orders.service import (
    Buttons,
    lines_of,
    managed_order,
    paid_members,
    participants,
    unpaid_members,
)
from core.outbox import enqueue_for_member, money_arg, purposes_in, withdraw, withdraw_unsent
from core.outbox.asking import Asked, ask_once_a_day

MAX_ATTEMPTS = 6
REMIND_AFTER = timedelta(days=2)
IN_PROGRESS = (PaymentStatus.OPEN, PaymentStatus.PENDING, PaymentStatus.AUTHORIZED)
KNOWN = frozenset({*IN_PROGRESS, *PaymentStatus.FINAL})
# The first link says the order goes ahead; later ones must not say it again.
LINK_MESSAGES = {"reminder": "orders-pay-reminder", "retry": "orders-pay-new-link"}


@dataclass(frozen=True)
class CreatedPayment:
    id: str
    checkout_url: str
    status: str


@dataclass(frozen=True)
class CreatedRefund:
    id: str
    status: str


class PaymentGateway(Protocol):
    """What the domain needs from the provider; bot/payments.py speaks to Mollie."""

    async def create(self, *, amount_cents: int, description: str, locale: str,
                     metadata: dict[str, Any], idempotency_key: str) -> CreatedPayment: ...

    async def status(self, payment_id: str) -> str: ...

    async def refund(self, payment_id: str, *, amount_cents: int, description: str,
                     idempotency_key: str) -> CreatedRefund: ...

    async def refund_status(self, payment_id: str, refund_id: str) -> str: ...


def idempotency_key(payment: OrderPayment) -> str:
    return f"schoolhub-order-{payment.order_id}-member-{payment.member_id}-{payment.attempt}"


async def start(session: AsyncSession, order: GroupOrder) -> int:
    """One payment to create per family, for exactly what they ordered."""
    families = await participants(session, order)
    for member in families:
        amount = sum(line.cents for line in await lines_of(session, order, member.id))
        payment = OrderPayment(school_id=order.school_id, order_id=order.id,
                               member_id=member.id, attempt=1, amount_cents=amount,
                               idempotency_key="")
        payment.idempotency_key = idempotency_key(payment)
        session.add(payment)
    await session.flush()
    return len(families)


async def latest(session: AsyncSession, order_id: int, member_id: int) -> OrderPayment | None:
    return await session.scalar(
        select(OrderPayment).where(OrderPayment.order_id == order_id,
                                   OrderPayment.member_id == member_id)
        .order_by(OrderPayment.attempt.desc()).limit(1))


async def paid_cents(session: AsyncSession, order_id: int, member_id: int) -> int:
    """What the family has paid for the order and not been refunded (0: nothing)."""
    return await _paid_sum(session, order_id, member_id, OrderPayment.refund_status.is_(None))


async def refunded_cents(session: AsyncSession, order_id: int, member_id: int) -> int:
    """What the family paid for the order and is refunded (or being refunded)."""
    return await _paid_sum(session, order_id, member_id,
                           OrderPayment.refund_status.is_not(None))


async def refunded_by_hand_cents(session: AsyncSession, order_id: int, member_id: int) -> int:
    """What Mollie could not refund the family (failed, or cancelled from its dashboard):
    the school's admins were told to refund it by hand."""
    return await _paid_sum(session, order_id, member_id,
                           OrderPayment.refund_status.in_(RefundStatus.UNDONE))


async def _paid_sum(session: AsyncSession, order_id: int, member_id: int,
                    refund: ColumnElement[bool]) -> int:
    return await session.scalar(
        select(func.coalesce(func.sum(OrderPayment.amount_cents), 0))
        .where(OrderPayment.order_id == order_id, OrderPayment.member_id == member_id,
               OrderPayment.status == PaymentStatus.PAID, refund)) or 0


async def new_attempt(session: AsyncSession, previous: OrderPayment,
                      purpose: str = "retry", asked: bool = False) -> OrderPayment | None:
    """A fresh payment replacing one that can no longer be paid (None if it still can).
    Made unasked (after a failure, for a reminder) MAX_ATTEMPTS times at most, so a card
    that keeps failing does not loop; a family tapping Pay always gets one."""
    current = await latest(session, previous.order_id, previous.member_id)
    if current is None or current.status not in PaymentStatus.UNPAID_FINAL or (
            current.attempt >= MAX_ATTEMPTS and not asked):
        return None
    payment = OrderPayment(school_id=current.school_id, order_id=current.order_id,
                           member_id=current.member_id, attempt=current.attempt + 1,
                           amount_cents=current.amount_cents, idempotency_key="",
                           purpose=purpose)
    payment.idempotency_key = idempotency_key(payment)
    session.add(payment)
    await session.flush()
    return payment


def asking_purposes(order_id: int) -> list[str]:
    """Whatever asks a family to pay the order: its payment link (or a new one), the
    reminders (the scheduler's, with the link; the organiser's, with the Pay button), and
    a failed payment's "try again"."""
    return [f"order:{order_id}:{kind}:"
            for kind in ("pay", "remind", "asked", PaymentStatus.FAILED, PaymentStatus.CANCELED)]


async def saw_a_link(session: AsyncSession, order: GroupOrder) -> set[int]:
    """The families to whom a payment link went out (their text at least), or who went to
    Mollie's checkout: those a "do not use the link" means something to."""
    sent = await session.scalars(select(OutboxMessage.member_id).where(
        purposes_in([f"order:{order.id}:pay:", f"order:{order.id}:remind:"]),
        OutboxMessage.status.in_([OutboxStatus.SENDING, *OutboxStatus.DELIVERED])))
    checkout = await session.scalars(select(OrderPayment.member_id).where(
        OrderPayment.order_id == order.id,
        OrderPayment.status.not_in([PaymentStatus.CREATING, PaymentStatus.OPEN,
                                    PaymentStatus.ABANDONED])))
    return set(sent) | set(checkout)


async def abandon_and_refund(session: AsyncSession, order: GroupOrder) -> int:
    """The order is cancelled: nothing more is created, nothing asking a family to pay that
    is still waiting to go out (a payment link or a reminder held back by the quiet hours)
    goes, and every paid family is refunded. Returns how many refunds were requested.

    The payments being created are abandoned first: one the payment job is storing with
    its link waits for it to commit, so that its link, written meanwhile, is withdrawn."""
    await session.execute(
        update(OrderPayment).where(OrderPayment.order_id == order.id,
                                   OrderPayment.status == PaymentStatus.CREATING)
        .values(status=PaymentStatus.ABANDONED).execution_options(synchronize_session=False))
    await withdraw(session, purposes_in(asking_purposes(order.id)))
    paid = list(await session.scalars(select(OrderPayment).where(
        OrderPayment.order_id == order.id, OrderPayment.status == PaymentStatus.PAID,
        OrderPayment.refund_status.is_(None))))
    for payment in paid:
        payment.refund_status = RefundStatus.REQUESTED
    return len(paid)


async def issue_pending(sessions: async_sessionmaker[AsyncSession],
                        gateway: PaymentGateway, limit: int = 50) -> int:
    """Create at the provider the payments waiting for it, and send each family its link."""
    async with sessions() as session:
        waiting = list(await session.scalars(
            select(OrderPayment.id).where(OrderPayment.status == PaymentStatus.CREATING)
            .order_by(OrderPayment.id).limit(limit)))
    issued = 0
    for payment_id in waiting:
        issued += await _issue(sessions, gateway, payment_id)
    return issued


async def _issue(sessions: async_sessionmaker[AsyncSession], gateway: PaymentGateway,
                 payment_id: int) -> int:
    async with unit_of_work(sessions) as uow:
        payment = await uow.session.get_one(OrderPayment, payment_id)
        order = await uow.session.get_one(GroupOrder, payment.order_id)
        member = await uow.session.get_one(Member, payment.member_id)
        if payment.status != PaymentStatus.CREATING:
            return 0
        if order.status not in OrderStatus.PAYABLE:
            payment.status = PaymentStatus.ABANDONED
            return 0
        request = dict(amount_cents=payment.amount_cents, description=order.title[:200],
                       locale=member.locale, idempotency_key=payment.idempotency_key,
                       metadata={"order_id": order.id, "member_id": member.id,
                                 "payment_id": payment.id, "attempt": payment.attempt})
    try:
        created = await gateway.create(**request)
    except Exception as error:  # provider unreachable or refusing: try again next run
        async with unit_of_work(sessions) as uow:
            failed = await uow.session.get_one(OrderPayment, payment_id)
            failed.last_error = str(error)[:500]
        return 0
    async with unit_of_work(sessions) as uow:
        payment = await uow.session.get_one(OrderPayment, payment_id, with_for_update=True)
        if payment.status != PaymentStatus.CREATING:
            return 0  # another replica stored the same payment first
        payment.mollie_id, payment.checkout_url = created.id, created.checkout_url
        payment.status, payment.last_error = PaymentStatus.OPEN, None
        member = await uow.session.get_one(Member, payment.member_id)
        await enqueue_for_member(
            uow.session, member, purpose=f"order:{order.id}:pay:{payment.attempt}",
            message_id=LINK_MESSAGES.get(payment.purpose, "orders-pay-link"),
            args={"title": order.title, "amount": money_arg(payment.amount_cents),
                  "url": created.checkout_url})
    return 1


async def apply_status(session: AsyncSession, payment: OrderPayment, status: str,
                       now: datetime) -> bool:
    """Record what the provider says, once; returns whether anything changed."""
    if status not in KNOWN or status == payment.status or payment.status in PaymentStatus.FINAL:
        return False
    if status == PaymentStatus.OPEN:
        return False  # pending/authorized never go back to open
    payment.status = status
    order = await session.get_one(GroupOrder, payment.order_id)
    member = await session.get_one(Member, payment.member_id)
    args = {"title": order.title, "amount": money_arg(payment.amount_cents)}
    purpose = f"order:{order.id}:{status}:{payment.attempt}"
    if status == PaymentStatus.PAID:
        payment.paid_at = now
        cancelled = order.status == OrderStatus.CANCELLED  # paid an old link after it
        if cancelled:
            payment.refund_status = RefundStatus.REQUESTED
        # paid before a reminder went out (the quiet hours): it need not
        await withdraw_unsent(session, member.id,
                              [asked_prefix(order.id), f"order:{order.id}:remind:"])
        await enqueue_for_member(session, member, purpose=purpose, args=args,
                                 message_id="orders-paid-after-cancel" if cancelled
                                 else "orders-paid")
        await organiser_news.maybe_all_paid(session, order)
    elif status in (PaymentStatus.FAILED, PaymentStatus.CANCELED):
        retry = "none"  # a cancelled order: nothing more to pay
        if order.status in OrderStatus.PAYABLE:
            retry = "link" if await new_attempt(session, payment) else "tap"
        await enqueue_for_member(session, member, purpose=purpose,
                                 message_id="orders-payment-failed",
                                 args={**args, "retry": retry})
    return True


async def on_webhook(sessions: async_sessionmaker[AsyncSession], gateway: PaymentGateway,
                     provider_id: str) -> bool:
    """A webhook call: only the id is trusted to look the payment up at the provider.
    Unknown ids change nothing. Raises when the provider cannot be asked (retry later)."""
    async with sessions() as session:
        known = await session.scalar(select(OrderPayment.id)
                                     .where(OrderPayment.mollie_id == provider_id))
    if known is None:
        return False
    return await _refresh(sessions, known, await gateway.status(provider_id))


async def _refresh(sessions: async_sessionmaker[AsyncSession], payment_id: int,
                   status: str) -> bool:
    async with unit_of_work(sessions) as uow:
        # The order's row first, as a cancellation takes it: a payment arriving while the
        # order is cancelled waits for it, and is refunded (see apply_status).
        await uow.session.get(GroupOrder, await uow.session.scalar(
            select(OrderPayment.order_id).where(OrderPayment.id == payment_id)),
            with_for_update=True)
        payment = await uow.session.get_one(OrderPayment, payment_id, with_for_update=True)
        payment.checked_at = utcnow()
        return await apply_status(uow.session, payment, status, payment.checked_at)


async def reconcile(sessions: async_sessionmaker[AsyncSession], gateway: PaymentGateway,
                    min_age: timedelta = timedelta(minutes=10), limit: int = 100) -> int:
    """Ask the provider about payments still in progress, in case a webhook was missed."""
    before = utcnow() - min_age
    async with sessions() as session:
        due = list(await session.execute(
            select(OrderPayment.id, OrderPayment.mollie_id)
            .where(OrderPayment.status.in_(IN_PROGRESS), OrderPayment.created_at <= before,
                   or_(OrderPayment.checked_at.is_(None), OrderPayment.checked_at <= before))
            .order_by(OrderPayment.checked_at.nulls_first(), OrderPayment.id).limit(limit)))
    changed = 0
    for payment_id, provider_id in due:
        try:
            status = await gateway.status(provider_id)
        except Exception:  # the provider is down: the next run asks again
            continue
        changed += await _refresh(sessions, payment_id, status)
    return changed


async def issue_refunds(sessions: async_sessionmaker[AsyncSession],
                        gateway: PaymentGateway) -> int:
    """Refund at the provider what was requested; the key makes a retry the same refund."""
    async with sessions() as session:
        due = list(await session.scalars(select(OrderPayment.id).where(
            OrderPayment.refund_status == RefundStatus.REQUESTED)))
    done = 0
    for payment_id in due:
        async with sessions() as session:
            payment = await session.get_one(OrderPayment, payment_id)
            order = await session.get_one(GroupOrder, payment.order_id)
            provider_id, amount, title = payment.mollie_id, payment.amount_cents, order.title
        try:
            refund = await gateway.refund(provider_id or "", amount_cents=amount,
                                          description=title[:140],
                                          idempotency_key=f"schoolhub-refund-{payment_id}")
        except Exception as error:
            async with unit_of_work(sessions) as uow:
                (await uow.session.get_one(OrderPayment, payment_id)).last_error = str(error)
            continue
        async with unit_of_work(sessions) as uow:
            payment = await uow.session.get_one(OrderPayment, payment_id, with_for_update=True)
            if payment.refund_status != RefundStatus.REQUESTED:
                continue
            payment.refund_id, payment.refund_status = refund.id, refund.status
            await enqueue_for_member(
                uow.session, await uow.session.get_one(Member, payment.member_id),
                purpose=f"order:{payment.order_id}:refund:{payment.attempt}",
                message_id="orders-refunded",
                args={"title": title, "amount": money_arg(amount)})
            done += 1
    return done


async def remind_unpaid(session: AsyncSession, now: datetime) -> int:
    """Families of confirmed (or already delivered) orders who have not paid: a reminder
    two days after their link, with a new link if the old one can no longer be paid."""
    reminded = 0
    payable = await session.scalars(select(GroupOrder).where(
        GroupOrder.status.in_(OrderStatus.PAYABLE)))
    for order in list(payable):
        paid = await paid_members(session, order)
        for member in await participants(session, order):
            payment = await latest(session, order.id, member.id)
            if member.id in paid or payment is None or payment.created_at > now - REMIND_AFTER:
                continue
            if payment.status in IN_PROGRESS:
                await enqueue_for_member(
                    session, member, purpose=f"order:{order.id}:remind:{payment.attempt}",
                    message_id="orders-pay-reminder",
                    args={"title": order.title, "amount": money_arg(payment.amount_cents),
                          "url": payment.checkout_url or ""})
                reminded += 1
            elif await new_attempt(session, payment, purpose="reminder") is not None:
                reminded += 1
    return reminded


async def ask_to_pay(session: AsyncSession, organiser: Member, order_id: int,
                     pay_buttons: Buttons) -> Asked:
    """The organiser reminds the families who joined and have not paid, and nobody else,
    with the Pay button (their link again, or a new one): each parent at most once a day
    (a second tap changes nothing), and not whoever's link or reminder is on its way."""
    order = await managed_order(session, organiser, order_id)
    if order.status not in OrderStatus.PAYABLE:
        raise DomainError("orders-remind-not-payable")
    unpaid = await unpaid_members(session, order)
    owing = [member for member in await participants(session, order) if member.id in unpaid]
    if not owing:
        raise DomainError("orders-remind-nobody")

    async def send(member: Member, purpose: str) -> None:
        amount = sum(line.cents for line in await lines_of(session, order, member.id))
        await enqueue_for_member(
            session, member, purpose=purpose, message_id="orders-remind-pay",
            args={"title": order.title, "amount": money_arg(amount),
                  "organiser": organiser.full_name}, buttons=pay_buttons(order))

    asked = await ask_once_a_day(
        session, await session.get_one(School, order.school_id), owing, asked_prefix(order.id),
        f"order:{order.id}:pay:", f"order:{order.id}:remind:",
        already="orders-remind-already", send=send)
    await organiser_news.tell_creator(session, organiser, order, "reminded",
                                      count=asked.families)
    return asked


def asked_prefix(order_id: int) -> str:
    """The organiser's reminder to pay; the school's date ends its purpose."""
    return f"order:{order_id}:asked:"
