"""The organiser's side of an order: who ordered what and who paid, the CSV for the
supplier, a reminder to the families yet to pay, close now, extend, cancel (with
refunds), delivered."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.types import BufferedInputFile, CallbackQuery
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.i18n import Translate, format_datetime
from core.models import GroupOrder, Member, OrderStatus
from core.orders import closing, payments
from core.orders import service as orders
from core.orders.export import order_summary, supplier_csv
from core.outbox import Button
from core.schools import get_school
from handlers.keyboards import buttons
from handlers.orders import pay_buttons
from handlers.orders_format import OrderCb, status_name, summary_text

ACTIONS = {
    OrderStatus.OPEN: ("summary", "csv", "close", "extend", "cancel"),
    OrderStatus.CONFIRMED: ("summary", "csv", "delivered", "cancel"),
}


def extend_buttons(order: GroupOrder) -> list[list[Button]]:
    """Under the organiser's "minimum not reached yet" warning."""
    return [[Button("orders-action-extend",
                    OrderCb(action="extend", order_id=order.id).pack())]]


async def on_manage(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    order = await orders.managed_order(session, member, callback_data.order_id)
    await callback.answer()
    actions = ACTIONS.get(order.status, ("summary", "csv"))
    await callback.message.answer(
        t("orders-manage-title", title=order.title, status=status_name(t, order.status)),
        reply_markup=buttons(*((t(f"orders-action-{action}"),
                                OrderCb(action=action, order_id=order.id))
                               for action in actions), width=2))


async def on_summary(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                     session: AsyncSession, t: Translate) -> None:
    """Who ordered what; once payment is asked, how many families paid, and a button to
    remind those who have not."""
    order = await orders.managed_order(session, member, callback_data.order_id)
    summary = await order_summary(session, order)
    await callback.answer()
    remind = buttons((t("orders-action-remind"), OrderCb(action="remind", order_id=order.id)))
    await callback.message.answer(summary_text(t, order, summary), reply_markup=remind if (
        order.status in OrderStatus.PAYABLE and summary.paid_households < summary.households)
        else None)


async def on_remind(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    """Remind only the families yet to pay (counted just above), once a day."""
    asked = await payments.ask_to_pay(session, member, callback_data.order_id, pay_buttons)
    order = await session.get_one(GroupOrder, callback_data.order_id)
    school = await get_school(session, member.school_id)
    await callback.answer()
    await callback.message.answer(t("orders-reminded", title=order.title,
                                    **asked.reply_args(t.locale, school.timezone)))


async def on_csv(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                 session: AsyncSession, t: Translate) -> None:
    order = await orders.managed_order(session, member, callback_data.order_id)
    await callback.answer()
    await callback.message.answer_document(
        BufferedInputFile(await supplier_csv(session, order, t),
                          filename=f"order-{order.id}.csv"),
        caption=t("orders-csv-caption", title=order.title))


async def on_close(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                   session: AsyncSession, t: Translate) -> None:
    """Closing cannot be undone, and below the minimum it cancels the order for everyone:
    say which of the two it will be before doing it."""
    order = await orders.managed_order(session, member, callback_data.order_id)
    if order.status != OrderStatus.OPEN:
        raise DomainError("orders-closed")
    total = await orders.progress(session, order)
    await ask_first(callback, t, order, "close", t(
        "orders-close-confirm", title=order.title, total=total, min=order.min_quantity,
        reached="yes" if total >= order.min_quantity else "no",
        families=await orders.count_families(
            session, await orders.participants(session, order))))


async def ask_first(callback: CallbackQuery, t: Translate, order: GroupOrder, action: str,
                    question: str) -> None:
    """An action with no way back: `question`, then "orders-<action>-yes", which does it
    (the `<action>_yes` button), or "orders-<action>-no", back to the order's tools."""
    await callback.answer()
    await callback.message.answer(question, reply_markup=buttons(
        (t(f"orders-{action}-yes"), OrderCb(action=f"{action}_yes", order_id=order.id)),
        (t(f"orders-{action}-no"), OrderCb(action="manage", order_id=order.id))))


async def on_close_confirmed(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                             session: AsyncSession, t: Translate) -> None:
    status = await closing.close_now(session, member, callback_data.order_id, utcnow())
    await callback.answer()
    await callback.message.answer(t("orders-closed-now", status=status_name(t, status)))


async def on_extend(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    order = await orders.extend(session, member, callback_data.order_id)
    school = await get_school(session, member.school_id)
    await callback.answer()
    await callback.message.answer(t("orders-extended-organiser", deadline=format_datetime(
        t.locale, order.deadline, school.timezone)))


async def on_cancel(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    order = await orders.managed_order(session, member, callback_data.order_id)
    await ask_first(callback, t, order, "cancel", t("orders-cancel-confirm", title=order.title))


async def on_cancel_confirmed(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                              session: AsyncSession, t: Translate) -> None:
    refunds = await closing.cancel(session, member, callback_data.order_id)
    await callback.answer()
    await callback.message.answer(t("orders-cancelled-organiser", refunds=refunds))


async def on_delivered(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                       session: AsyncSession, t: Translate) -> None:
    """Every family is told the order has arrived, and there is no way back: ask first."""
    order = await orders.managed_order(session, member, callback_data.order_id)
    if order.status != OrderStatus.CONFIRMED:
        raise DomainError("orders-not-confirmed")
    await ask_first(callback, t, order, "delivered", t(
        "orders-delivered-confirm", title=order.title,
        families=await orders.count_families(
            session, await orders.participants(session, order))))


async def on_delivered_confirmed(callback: CallbackQuery, callback_data: OrderCb,
                                 member: Member, session: AsyncSession, t: Translate) -> None:
    order = await orders.complete(session, member, callback_data.order_id)
    await callback.answer()
    await callback.message.answer(t("orders-completed", unpaid=len(
        await orders.unpaid_members(session, order))))


def make_router() -> Router:
    router = Router(name="orders-manage")
    on = OrderCb.filter
    router.callback_query.register(on_manage, on(F.action == "manage"))
    router.callback_query.register(on_summary, on(F.action == "summary"))
    router.callback_query.register(on_remind, on(F.action == "remind"))
    router.callback_query.register(on_csv, on(F.action == "csv"))
    router.callback_query.register(on_close, on(F.action == "close"))
    router.callback_query.register(on_close_confirmed, on(F.action == "close_yes"))
    router.callback_query.register(on_extend, on(F.action == "extend"))
    router.callback_query.register(on_cancel, on(F.action == "cancel"))
    router.callback_query.register(on_cancel_confirmed, on(F.action == "cancel_yes"))
    router.callback_query.register(on_delivered, on(F.action == "delivered"))
    router.callback_query.register(on_delivered_confirmed, on(F.action == "delivered_yes"))
    return router
