"""Group orders: the school's orders with their progress and money, an order's page
(families, lines, payment attempts, totals), the organiser's operations (close now,
extend, cancel with refunds, mark delivered) through the same core services as the chat,
and the supplier's CSV the organiser gets in the chat."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import ColumnElement, Subquery, case, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from admin_web.downloads import csv_attachment
from admin_web.moments import school_clock
from admin_web.render import (
    Sorting,
    audited,
    context,
    done,
    invalid,
    number,
    paged,
    school_of,
    t_for,
    unconfirmed,
)
from admin_web.security import DB, MEMBER
from core.clock import utcnow
from core.errors import DomainError
from core.folding import folded
from core.i18n import format_money
from core.members.households import households_of_each
from core.models import (
    GroupOrder,
    Member,
    OrderItem,
    OrderLine,
    OrderPayment,
    OrderStatus,
    PaymentStatus,
)
from core.orders import closing
from core.orders import service as orders
from core.orders.export import order_summary, supplier_csv

STATUSES = (OrderStatus.OPEN, OrderStatus.CLOSED, OrderStatus.CONFIRMED,
            OrderStatus.COMPLETED, OrderStatus.CANCELLED)
# What the organiser may do in each status, as the chat offers it.
ACTIONS = {OrderStatus.OPEN: ("close", "extend", "cancel"),
           OrderStatus.CLOSED: ("cancel",), OrderStatus.CONFIRMED: ("deliver", "cancel")}
# No way back once done: closing sends every family a payment request, cancelling
# refunds them. The form's "I am sure" box must be ticked first.
CONFIRMED_ONLY = ("close", "cancel")


def ordered_cents():
    """What the families ordered, in cents: what "paid" is to reach."""
    return (select(func.coalesce(func.sum(OrderLine.quantity * OrderItem.price_cents), 0))
            .join(OrderItem, OrderItem.id == OrderLine.item_id)
            .where(OrderLine.order_id == GroupOrder.id).scalar_subquery())


def paid_cents(refunded: bool = False):
    """What was paid and kept (a refunded payment is no longer the order's money), or,
    `refunded`, what was paid and given back."""
    refund = OrderPayment.refund_status.is_not(None) if refunded else \
        OrderPayment.refund_status.is_(None)
    return (select(func.coalesce(func.sum(OrderPayment.amount_cents), 0))
            .where(OrderPayment.order_id == GroupOrder.id,
                   OrderPayment.status == PaymentStatus.PAID, refund).scalar_subquery())


async def households_per_order(db: AsyncSession, school_id: int) -> dict[int, int]:
    """How many families ordered each of the school's orders, co-parents once, as the chat
    counts them (core.orders.service.count_families); an order nobody joined is left out."""
    pairs = list(await db.execute(
        select(OrderLine.order_id, OrderLine.member_id)
        .join(GroupOrder, GroupOrder.id == OrderLine.order_id)
        .where(GroupOrder.school_id == school_id).distinct()))
    members = {member.id: member for member in await db.scalars(
        select(Member).where(Member.id.in_({member_id for _, member_id in pairs})))}
    people: dict[int, list[Member]] = {}
    for order_id, member_id in pairs:
        people.setdefault(order_id, []).append(members[member_id])
    return {order_id: len(families)
            for order_id, families in (await households_of_each(db, people)).items()}


def by_id(values: dict[int, int]) -> ColumnElement[int]:
    """A figure worked out in Python (households), as a column the list can sort by."""
    return case(values, value=GroupOrder.id, else_=0) if values else literal(0)


def unpaid_families(school_id: int) -> Subquery:
    """(order, family) pairs of confirmed or delivered orders with no paid attempt yet:
    a delivered order is still owed until paid."""
    paid = func.sum(case((OrderPayment.status == PaymentStatus.PAID, 1), else_=0))
    return (select(OrderPayment.order_id, OrderPayment.member_id)
            .join(GroupOrder, GroupOrder.id == OrderPayment.order_id)
            .where(OrderPayment.school_id == school_id,
                   GroupOrder.status.in_(OrderStatus.PAYABLE))
            .group_by(OrderPayment.order_id, OrderPayment.member_id)
            .having(paid == 0).subquery())


async def formatters(request: web.Request) -> dict[str, object]:
    """Euros and moments as the admin reads them."""
    locale = t_for(request).locale
    return {"money": lambda cents: format_money(locale, cents or 0),
            "when": await school_clock(request)}


@aiohttp_jinja2.template("orders.html")
async def order_list(request: web.Request) -> dict[str, object]:
    status = request.query.get("status", "")
    households = await households_per_order(request[DB], school_of(request))
    paid, total = paid_cents().label("paid"), ordered_cents().label("total")
    query = select(GroupOrder, total, paid, paid_cents(refunded=True)).where(
        GroupOrder.school_id == school_of(request))
    if status in STATUSES:
        query = query.where(GroupOrder.status == status)
    to_pay = request.query.get("to_pay") == "on"
    if to_pay:  # the dashboard's "families still have a group order to pay"
        owed = unpaid_families(school_of(request))
        query = query.where(GroupOrder.id.in_(select(owed.c.order_id)))
    sorting = Sorting.of(request, {"deadline": GroupOrder.deadline, "status": GroupOrder.status,
                                   "title": folded(GroupOrder.title),
                                   "families": by_id(households), "total": total,
                                   "paid": paid},
                         default="deadline", descending=True)
    rows, page, more = await paged(request, sorting.apply(query).order_by(GroupOrder.id))
    rows = [(order, households.get(order.id, 0), total, paid, refunded)
            for order, total, paid, refunded in rows]
    return context(request, rows=rows, page=page, more=more, sorting=sorting, status=status,
                   statuses=STATUSES, to_pay=to_pay, **await formatters(request))


async def order_of_school(request: web.Request) -> GroupOrder:
    order = await request[DB].get(GroupOrder, number(request.match_info["order_id"]))
    if order is None or order.school_id != school_of(request):
        raise DomainError("orders-not-found")
    return order


@aiohttp_jinja2.template("order.html")
async def order_page(request: web.Request) -> dict[str, object]:
    return context(request, **await order_values(request, await order_of_school(request)))


async def order_values(request: web.Request, order: GroupOrder) -> dict[str, object]:
    db = request[DB]
    attempts = list(await db.execute(
        select(OrderPayment, Member).join(Member, Member.id == OrderPayment.member_id)
        .where(OrderPayment.order_id == order.id)
        .order_by(folded(Member.last_name), folded(Member.first_name), OrderPayment.attempt)))
    summary = await order_summary(db, order)
    return dict(order=order, organiser=await db.get(Member, order.organiser_id),
                items=await orders.items_of(db, order), ordered=await orders.progress(db, order),
                summary=summary, attempts=attempts, pay_stage=payment_stage(order),
                to_pay=await orders.count_families(
                    db, [family.member for family in summary.families if not family.paid]),
                actions=ACTIONS.get(order.status, ()), confirmed_only=CONFIRMED_ONLY,
                **await formatters(request))


def payment_stage(order: GroupOrder) -> str:
    """Families are asked to pay once the order is confirmed: before that, "not paid" is
    no news, and once it is called off there is nothing to pay."""
    if order.status in OrderStatus.PAYABLE:
        return "asked"
    return "not-yet" if order.status in (OrderStatus.OPEN, OrderStatus.CLOSED) else "none"


async def operate(request: web.Request) -> web.Response:
    """Close now, extend, mark delivered or cancel, as the organiser would from the chat;
    the admin of the school may manage any of its orders (core.orders.service.may_manage)."""
    db, admin, action = request[DB], request[MEMBER], request.match_info["action"]
    order = await order_of_school(request)
    if action in CONFIRMED_ONLY and (errors := await unconfirmed(request)):
        raise invalid(request, "order.html", {**await order_values(request, order),
                                              "errors": errors, "unsure": action})
    before = order.status
    if action == "close":
        await closing.close_now(db, admin, order.id, utcnow())
    elif action == "extend":
        await orders.extend(db, admin, order.id)
    elif action == "deliver":  # the families get the chat's "has arrived" notice
        await orders.complete(db, admin, order.id)
    else:
        await closing.cancel(db, admin, order.id)
    await audited(request, f"order-{action}", f"order:{order.id}", {"status": before},
                  {"status": order.status, "deadline": order.deadline.isoformat()})
    if action == "close" and order.status == OrderStatus.CANCELLED:
        action = "close-below-minimum"  # closing called it off: say so
    raise done(request, "order", action, order_id=str(order.id))


async def supplier_sheet(request: web.Request) -> web.Response:
    db, order = request[DB], await order_of_school(request)
    return csv_attachment(await supplier_csv(db, order, t_for(request)),
                          f"order-{order.id}.csv")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/orders", order_list, name="orders")
    app.router.add_get("/orders/{order_id:\\d+}", order_page, name="order")
    app.router.add_post("/orders/{order_id:\\d+}/{action:close|extend|deliver|cancel}", operate,
                        name="order-operate")
    app.router.add_get("/orders/{order_id:\\d+}/supplier.csv", supplier_sheet,
                       name="order-supplier-csv")
