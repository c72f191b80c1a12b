"""/neworder, the organisers' wizard: title, description, photo, items (name, price,
variants), minimum, maximum per family, deadline, pickup, audience, then publish."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.events.dates import parse_when
from core.i18n import Translate, format_datetime, format_money
from core.members.audience import check_classes_ticked, organiser_classes
from core.models import Member
from core.orders import service as orders
from core.orders.money import parse_price
from core.orders.service import ItemDraft, OrderDraft
from core.schools import classes_of, get_school
from handlers.filters import NOT_COMMAND, TYPED
from handlers.keyboards import (
    ButtonData,
    ask_for_audience,
    buttons,
    cancel_to_menu,
    class_label,
    took_only_class,
)
from handlers.media import stored_attachment
from handlers.orders import join_buttons, show_card


class OrderWizCb(ButtonData, prefix="ordw"):
    action: str
    value: int = 0


class NewOrder(StatesGroup):
    title = State()
    description = State()
    photo = State()
    item = State()
    variants = State()
    more = State()
    minimum = State()
    maximum = State()
    deadline = State()
    pickup = State()
    audience = State()
    confirm = State()


def skip(t: Translate, label: str = "start-skip"):
    return buttons((t(label), OrderWizCb(action="skip")))


async def ask(message: Message, state: FSMContext, t: Translate, step: State, text_id: str,
              skippable: bool = False, **args: Any) -> None:
    await state.set_state(step)
    await message.answer(t(text_id, **args), reply_markup=skip(t) if skippable else None)


def one_line(message: Message, limit: int) -> str:
    return " ".join((message.text or "").split())[:limit]


def whole_number(message: Message) -> int:
    text = (message.text or "").strip()
    if not text.isdecimal() or not 0 < int(text) <= 10_000:
        raise DomainError("orders-number-invalid")
    return int(text)


async def on_new_order(message: Message, member: Member, state: FSMContext,
                       t: Translate) -> None:
    if organiser_classes(member) == set():
        raise DomainError("orders-organisers-only")
    await state.clear()
    await ask(message, state, t, NewOrder.title, "orders-ask-title")


async def on_title(message: Message, state: FSMContext, t: Translate) -> None:
    title = one_line(message, 1000)
    if not 3 <= len(title) <= orders.TITLE_MAX:
        raise DomainError("orders-title-invalid", max=orders.TITLE_MAX)
    await state.update_data(title=title, items=[])
    await ask(message, state, t, NewOrder.description, "orders-ask-description", True)


async def on_description(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(description=(message.text or "").strip()[:2000])
    await ask(message, state, t, NewOrder.photo, "orders-ask-photo", True)


async def on_photo(message: Message, member: Member, session: AsyncSession, state: FSMContext,
                   t: Translate) -> None:
    attachment = await stored_attachment(message, session, member.school_id)
    if attachment is None:
        raise DomainError("orders-photo-expected")
    await state.update_data(attachment_id=attachment.id)
    await ask(message, state, t, NewOrder.item, "orders-ask-item")


async def on_item(message: Message, state: FSMContext, t: Translate) -> None:
    name, _, price = one_line(message, 200).rpartition(" ")
    if not 1 <= len(name) <= 60:
        raise DomainError("orders-item-invalid")
    await state.update_data(item_name=name, item_price=parse_price(price))
    await ask(message, state, t, NewOrder.variants, "orders-ask-variants", True, name=name)


async def on_variants(message: Message, state: FSMContext, t: Translate) -> None:
    await add_item(message, state, t, orders.clean_variants(message.text or ""))


async def add_item(message: Message, state: FSMContext, t: Translate,
                   variants: list[str]) -> None:
    data = await state.get_data()
    items = [*data["items"], [data["item_name"], data["item_price"], variants]]
    await state.update_data(items=items)
    if len(items) >= orders.ITEMS_MAX:
        await ask(message, state, t, NewOrder.minimum, "orders-ask-minimum")
        return
    await state.set_state(NewOrder.more)
    await message.answer(t("orders-item-added", count=len(items)), reply_markup=buttons(
        (t("orders-add-item"), OrderWizCb(action="add_item")),
        (t("orders-items-done"), OrderWizCb(action="items_done"))))


async def on_more(callback: CallbackQuery, callback_data: OrderWizCb, state: FSMContext,
                  t: Translate) -> None:
    await callback.answer()
    if callback_data.action == "add_item":
        await ask(callback.message, state, t, NewOrder.item, "orders-ask-item")
    else:
        await ask(callback.message, state, t, NewOrder.minimum, "orders-ask-minimum")


async def on_minimum(message: Message, state: FSMContext, t: Translate) -> None:
    await state.update_data(minimum=whole_number(message))
    await ask(message, state, t, NewOrder.maximum, "orders-ask-maximum", True)


async def on_maximum(message: Message, state: FSMContext, t: Translate) -> None:
    """From 1 to QUANTITY_MAX (a maximum of 0 would be an order nobody can join), and
    the answer to anything else says so."""
    text = (message.text or "").strip()
    if not text.isdecimal() or not 1 <= int(text) <= orders.QUANTITY_MAX:
        raise DomainError("orders-maximum-invalid", max=orders.QUANTITY_MAX)
    await state.update_data(maximum=int(text))
    await ask(message, state, t, NewOrder.deadline, "orders-ask-deadline")


async def on_deadline(message: Message, member: Member, session: AsyncSession,
                      state: FSMContext, t: Translate) -> None:
    school = await get_school(session, member.school_id)
    deadline = parse_when(message.text, school.timezone, utcnow())
    if deadline <= utcnow():
        raise DomainError("orders-deadline-in-past")
    await state.update_data(deadline=deadline.isoformat())
    await ask(message, state, t, NewOrder.pickup, "orders-ask-pickup", True)


async def on_pickup(message: Message, member: Member, session: AsyncSession,
                    state: FSMContext, t: Translate) -> None:
    await state.update_data(pickup=(message.text or "").strip()[:300])
    await ask_audience(message, member, session, state, t)


async def on_skip(callback: CallbackQuery, member: Member, session: AsyncSession,
                  state: FSMContext, t: Translate) -> None:
    await callback.answer()
    message, step = callback.message, await state.get_state()
    if step == NewOrder.description.state:
        await ask(message, state, t, NewOrder.photo, "orders-ask-photo", True)
    elif step == NewOrder.photo.state:
        await ask(message, state, t, NewOrder.item, "orders-ask-item")
    elif step == NewOrder.variants.state:
        await add_item(message, state, t, [])
    elif step == NewOrder.maximum.state:
        await ask(message, state, t, NewOrder.deadline, "orders-ask-deadline")
    elif step == NewOrder.pickup.state:
        await ask_audience(message, member, session, state, t)
    else:
        raise DomainError("button-stale")


async def ask_audience(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate) -> None:
    if await took_only_class(message, member, session, state, t):
        await show_summary(message, member, session, state, t)
        return
    await state.set_state(NewOrder.audience)
    await ask_for_audience(message, member, session, t,
                           set((await state.get_data()).get("class_ids", [])),
                           lambda action, value: OrderWizCb(action=action, value=value))


async def on_audience(callback: CallbackQuery, callback_data: OrderWizCb, member: Member,
                      session: AsyncSession, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    chosen = set((await state.get_data()).get("class_ids", []))
    if callback_data.action == "class":
        chosen ^= {callback_data.value}
        orders.check_audience(member, sorted(chosen) or [callback_data.value])
        await state.update_data(class_ids=sorted(chosen))
        await ask_audience(callback.message, member, session, state, t)
        return
    if callback_data.action == "school":
        chosen = set()
    else:
        check_classes_ticked(member, sorted(chosen))
    orders.check_audience(member, sorted(chosen))
    await state.update_data(class_ids=sorted(chosen))
    await show_summary(callback.message, member, session, state, t)


def draft_of(data: dict[str, Any]) -> OrderDraft:
    return OrderDraft(
        title=data["title"], description=data.get("description", ""),
        pickup=data.get("pickup", ""),
        items=[ItemDraft(name, price, variants) for name, price, variants in data["items"]],
        min_quantity=data["minimum"], max_per_family=data.get("maximum"),
        deadline=datetime.fromisoformat(data["deadline"]), class_ids=data.get("class_ids", []),
        attachment_id=data.get("attachment_id"))


async def show_summary(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate) -> None:
    draft = draft_of(await state.get_data())
    await state.set_state(NewOrder.confirm)
    school = await get_school(session, member.school_id)
    classes = {c.id: class_label(t, c) for c in await classes_of(session, school)}
    items = "\n".join(t("orders-item", name=i.name, price=format_money(t.locale, i.price_cents),
                        variants=", ".join(i.variants), count=len(i.variants)) for i in draft.items)
    await message.answer(t(
        "orders-preview", title=draft.title, description=draft.description or "-",
        items=items, min=draft.min_quantity, max=draft.max_per_family or 0,
        deadline=format_datetime(t.locale, draft.deadline, school.timezone),
        pickup=draft.pickup or "-", photo="yes" if draft.attachment_id else "no",
        audience=", ".join(classes[c] for c in draft.class_ids) or t("events-whole-school")),
        reply_markup=buttons((t("orders-publish"), OrderWizCb(action="publish")),
                             (t("sel-cancel-button"), OrderWizCb(action="cancel"))))


async def on_publish(callback: CallbackQuery, member: Member, session: AsyncSession,
                     state: FSMContext, t: Translate) -> None:
    order = await orders.create_order(session, member, draft_of(await state.get_data()),
                                      join_buttons)
    await state.clear()
    await callback.answer()
    await callback.message.answer(t("orders-published"))
    await show_card(callback.message, session, t, member, order)


def make_router() -> Router:
    router = Router(name="orders-create")
    wiz = OrderWizCb.filter
    router.message.register(on_new_order, Command("neworder"))
    router.message.register(on_title, TYPED, NewOrder.title)
    router.message.register(on_description, TYPED, NewOrder.description)
    router.message.register(on_photo, NOT_COMMAND, NewOrder.photo)
    router.message.register(on_item, TYPED, NewOrder.item)
    router.message.register(on_variants, TYPED, NewOrder.variants)
    router.callback_query.register(on_more, NewOrder.more,
                                   wiz(F.action.in_({"add_item", "items_done"})))
    router.message.register(on_minimum, TYPED, NewOrder.minimum)
    router.message.register(on_maximum, TYPED, NewOrder.maximum)
    router.message.register(on_deadline, TYPED, NewOrder.deadline)
    router.message.register(on_pickup, TYPED, NewOrder.pickup)
    router.callback_query.register(on_skip, wiz(F.action == "skip"))
    router.callback_query.register(on_audience, NewOrder.audience,
                                   wiz(F.action.in_({"school", "class", "classes_done"})))
    router.callback_query.register(on_publish, NewOrder.confirm, wiz(F.action == "publish"))
    router.callback_query.register(cancel_to_menu, wiz(F.action == "cancel"))
    return router
