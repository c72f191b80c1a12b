"""Group orders for families: /orders (open ones and mine), the order card, joining,
changing quantities, leaving, and the payment link once the order is confirmed."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import DomainError
from core.i18n import Translate, format_money
from core.models import GroupOrder, Member, OrderItem, OrderStatus, PaymentStatus
from core.orders import payments, quantities
from core.orders import service as orders
from core.outbox import Button
from core.schools import get_school
from handlers.filters import TYPED
from handlers.keyboards import Keyboard, answer_with_menu, buttons
from handlers.orders_format import OrderCb, card_text, line_text, status_name
from handlers.words import Said

QUANTITIES = tuple(range(10))  # ten: a WhatsApp list; more are typed


class TypedQuantity(StatesGroup):
    quantity = State()


def join_buttons(order: GroupOrder) -> list[list[Button]]:
    """The button under an order's announcement (labels are Fluent ids)."""
    return [[Button("orders-join", OrderCb(action="view", order_id=order.id).pack())]]


def pay_buttons(order: GroupOrder) -> list[list[Button]]:
    """Under the organiser's reminder to pay: the family's link again, or a new one."""
    return [[Button("orders-pay", OrderCb(action="pay", order_id=order.id).pack())]]


def card_buttons(t: Translate, order: GroupOrder, items: list[OrderItem], joined: bool,
                 manager: bool, paid: bool = False) -> InlineKeyboardMarkup:
    builder = Keyboard()
    if order.status == OrderStatus.OPEN:
        for item in items:
            builder.button(text=t("orders-pick", name=item.name),
                           callback_data=OrderCb(action="item", order_id=order.id,
                                                 item_id=item.id))
        if joined:
            builder.button(text=t("orders-leave"),
                           callback_data=OrderCb(action="leave", order_id=order.id))
    elif order.status in OrderStatus.PAYABLE and joined and not paid:
        builder.button(text=t("orders-pay"), callback_data=OrderCb(action="pay",
                                                                     order_id=order.id))
    if manager:
        builder.button(text=t("orders-manage"), callback_data=OrderCb(action="manage",
                                                                        order_id=order.id))
    builder.adjust(2)
    return builder.as_markup()


async def show_card(message: Message, session: AsyncSession, t: Translate, member: Member,
                    order: GroupOrder) -> None:
    school = await get_school(session, member.school_id)
    paid_cents = await payments.paid_cents(session, order.id, member.id)
    await message.answer(
        await card_text(session, t, order, member, school.timezone, paid_cents),
        reply_markup=card_buttons(t, order, await orders.items_of(session, order),
                                  await orders.has_lines(session, order, member),
                                  await orders.may_manage(session, member, order),
                                  paid=paid_cents > 0))


async def show_orders(message: Message, member: Member, session: AsyncSession,
                      state: FSMContext, t: Translate) -> None:
    await state.clear()
    found = await orders.visible_orders(session, member)
    if not found:
        await answer_with_menu(message, member, session, t, t("orders-none"))  # what next
        return
    builder = Keyboard()
    for order in found:
        builder.button(text=t("orders-list-entry", title=order.title,
                              status=status_name(t, order.status),
                              total=await orders.progress(session, order),
                              min=order.min_quantity),
                       callback_data=OrderCb(action="view", order_id=order.id))
    builder.adjust(1)
    await message.answer(t("orders-list"), reply_markup=builder.as_markup())


async def on_view(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                  session: AsyncSession, t: Translate) -> None:
    order = await orders.order_for(session, member, callback_data.order_id)
    await callback.answer()
    await show_card(callback.message, session, t, member, order)


async def on_item(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                  session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """An item was picked: its variant first if it has some, then how many."""
    order = await orders.order_for(session, member, callback_data.order_id)
    orders.ensure_open(order)
    item = await session.get(OrderItem, callback_data.item_id)
    if item is None or item.order_id != order.id:
        raise DomainError("button-stale")
    await callback.answer()
    if item.variant_names and callback_data.variant < 0:
        builder = Keyboard()
        for index, name in enumerate(item.variant_names):
            builder.button(text=name, callback_data=callback_data.model_copy(
                update={"variant": index}))
        builder.adjust(4)
        await callback.message.answer(t("orders-ask-variant", name=item.name),
                                      reply_markup=builder.as_markup())
        return
    await state.set_state(TypedQuantity.quantity)
    await state.update_data(order_id=order.id, item_id=item.id, variant=callback_data.variant)
    most = await quantities.most_for(session, member, order.id, item.id,
                                     variant_of(item, callback_data.variant))
    builder = Keyboard()
    for quantity in QUANTITIES[:most + 1]:  # no button the family limit would refuse
        builder.button(text=str(quantity), callback_data=callback_data.model_copy(
            update={"action": "qty", "quantity": quantity}))
    builder.adjust(5)
    await callback.message.answer(
        t("orders-ask-quantity", name=variant_name(item, callback_data.variant),
          price=format_money(t.locale, item.price_cents)),
        reply_markup=builder.as_markup())


def variant_name(item: OrderItem, index: int) -> str:
    return f"{item.name} {variant_of(item, index)}".strip()


def variant_of(item: OrderItem, index: int) -> str:
    names = item.variant_names
    if not names:
        return ""
    if not 0 <= index < len(names):
        raise DomainError("button-stale")
    return names[index]


async def picked_variant(session: AsyncSession, item_id: int, index: int) -> str:
    item = await session.get(OrderItem, item_id)
    if item is None:
        raise DomainError("button-stale")
    return variant_of(item, index)


async def set_and_show(message: Message, member: Member, session: AsyncSession,
                       t: Translate, order_id: int, item_id: int, variant: int,
                       quantity: int) -> None:
    await quantities.set_quantity(session, member, order_id, item_id,
                                  await picked_variant(session, item_id, variant), quantity)
    await message.answer(t("orders-updated"))
    await show_card(message, session, t, member, await orders.order_for(session, member,
                                                                          order_id))


async def on_quantity(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                      session: AsyncSession, state: FSMContext, t: Translate) -> None:
    await set_and_show(callback.message, member, session, t, callback_data.order_id,
                       callback_data.item_id, callback_data.variant, callback_data.quantity)
    await state.clear()
    await callback.answer()


async def on_typed_quantity(message: Message, member: Member, session: AsyncSession,
                            state: FSMContext, t: Translate) -> None:
    text = (message.text or "").strip()
    data = await state.get_data()
    if not orders.is_open(await orders.order_for(session, member, data["order_id"])):
        # Said, not raised: the question ends here, or every later message would be
        # answered "closed" (a refusal keeps the step).
        await state.clear()
        await message.answer(t("orders-closed"))
        return
    if not text.isdecimal():  # what int() reads: "²" is a digit, not a number
        raise DomainError("orders-quantity-invalid", max=await quantities.most_for(
            session, member, data["order_id"], data["item_id"],
            await picked_variant(session, data["item_id"], data["variant"])))
    await set_and_show(message, member, session, t, data["order_id"], data["item_id"],
                       data["variant"], int(text))
    await state.clear()


async def on_leave(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                   session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """A slip of the thumb would cost the family its order: say what goes, then ask."""
    order, lines = await quantities.leaving(session, member, callback_data.order_id)
    await state.clear()  # a "How many?" left unanswered no longer reads later messages
    await callback.answer()
    await callback.message.answer(
        t("orders-leave-confirm", title=order.title,
          lines="\n".join(line_text(t, line) for line in lines)),
        reply_markup=buttons(
            (t("orders-leave-yes"), OrderCb(action="leave_yes", order_id=order.id)),
            (t("orders-leave-no"), OrderCb(action="view", order_id=order.id))))


async def on_leave_confirmed(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                             session: AsyncSession, state: FSMContext, t: Translate) -> None:
    order = await quantities.leave(session, member, callback_data.order_id)
    await state.clear()
    await callback.answer()
    await callback.message.answer(t("orders-left"))
    # The card again: a mistaken tap is undone from there, and it is no dead end.
    await show_card(callback.message, session, t, member, order)


async def on_pay(callback: CallbackQuery, callback_data: OrderCb, member: Member,
                 session: AsyncSession, t: Translate) -> None:
    """The family's payment: the open link again, or a new one if it can't be paid."""
    order = await orders.order_for(session, member, callback_data.order_id)
    payment = await payments.latest(session, order.id, member.id)
    await callback.answer()
    if order.status not in OrderStatus.PAYABLE or payment is None:
        raise DomainError("orders-nothing-to-pay")
    amount = format_money(t.locale, payment.amount_cents)
    if member.id in await payments.paid_members(session, order):
        await callback.message.answer(t("orders-already-paid", amount=amount))
    elif payment.status in payments.IN_PROGRESS and payment.checkout_url:
        await callback.message.answer(t("orders-pay-here", amount=amount,
                                        url=payment.checkout_url))
    else:
        if payment.status in PaymentStatus.UNPAID_FINAL:
            await payments.new_attempt(session, payment, asked=True)
        await callback.message.answer(t("orders-link-coming", amount=amount))


def make_router() -> Router:
    router = Router(name="orders")
    on = OrderCb.filter
    router.message.register(show_orders, Command("orders"))
    router.message.register(show_orders, Said("orders"), StateFilter(None))  # "commandes"
    router.callback_query.register(on_view, on(F.action == "view"))
    router.callback_query.register(on_item, on(F.action == "item"))
    router.callback_query.register(on_quantity, on(F.action == "qty"))
    router.message.register(on_typed_quantity, TYPED, TypedQuantity.quantity)
    router.callback_query.register(on_leave, on(F.action == "leave"))
    router.callback_query.register(on_leave_confirmed, on(F.action == "leave_yes"))
    router.callback_query.register(on_pay, on(F.action == "pay"))
    return router
