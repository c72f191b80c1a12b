"""SEL: /balance, /history, /pay and /request (one shared flow), accepting requests,
and the admin's /reverse."""

from __future__ import annotations

import uuid

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, Message
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import DomainError
from core.i18n import Translate
from core.members.audience import names_told_apart
from core.members.service import has_role
from core.models import Member, RequestStatus, RoleKind, SelPost, SelRequest, SelTransfer
from core.outbox import Button, enqueue_for_member, units_arg, withdraw_unsent
from core.sel import requests
from core.sel.amounts import parse_units
from core.sel.history import find_members, history
from core.sel.ledger import (
    account_of,
    balances_after,
    check_can_pay,
    check_can_receive,
    check_has_room,
    clean_note,
    new_transfer_id,
    pay,
    reverse,
    set_limits,
    transfer_by_code,
)
from core.sel.notices import notify_limits, notify_reversal
from core.units import amount
from handlers.filters import TYPED
from handlers.keyboards import ButtonData, Keyboard, buttons, cancel_to_menu
from handlers.sel_format import history_line, note_args
from handlers.words import Said


class Exchange(StatesGroup):
    who = State()
    units = State()
    note = State()
    confirm = State()


class PickCb(ButtonData, prefix="selwho"):
    member_id: int


class Limits(StatesGroup):
    who = State()
    values = State()


class ExchangeCb(ButtonData, prefix="selx"):
    action: str  # skip_note, confirm, amount, cancel
    ref: str = ""  # the transfer or request id, hex: a replayed tap finds what it did


class RequestCb(ButtonData, prefix="selreq"):
    ref: str
    accept: bool


class WithdrawCb(ButtonData, prefix="selwd"):
    ref: str  # the request's id, hex


class HistoryCb(ButtonData, prefix="selhist"):
    page: int


class SelMenuCb(ButtonData, prefix="selmenu"):
    action: str  # pay, request, history


def hex_id(value: str) -> str:
    return uuid.UUID(value).hex


def from_hex(value: str) -> str:
    try:
        return str(uuid.UUID(hex=value))
    except ValueError as error:
        raise DomainError("button-stale") from error


async def show_balance(message: Message, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate) -> None:
    await state.clear()
    account = await account_of(session, member)
    text = t("sel-balance", balance=amount(t, account.balance), given=amount(t, account.given),
             received=amount(t, account.received), low=amount(t, account.min_balance),
             high=amount(t, account.max_balance))
    actions = [(t(f"sel-{action}-button"), SelMenuCb(action=action))
               for action in ("pay", "request", "history")]
    await message.answer(text, reply_markup=buttons(*actions))
    for asked, requester in await requests.waiting_on(session, member):
        await message.answer(
            t("sel-request-notice", name=requester.full_name, amount=amount(t, asked.units),
              **note_args(asked.note)),
            reply_markup=buttons(*((t(label), data) for label, data in answers(asked.id))))
    for asked, payer in await requests.sent_by(session, member):
        await message.answer(
            t("sel-request-mine", name=payer.full_name, amount=amount(t, asked.units),
              **note_args(asked.note)),
            reply_markup=withdraw_button(t, asked.id))


def withdraw_button(t: Translate, request_id: str):
    return buttons((t("sel-withdraw-button"), WithdrawCb(ref=hex_id(request_id))))


def answers(request_id: str) -> list[tuple[str, RequestCb]]:
    """Accept / Decline of a request, in the notice and wherever it is shown again."""
    ref = hex_id(request_id)
    return [("sel-accept-button", RequestCb(ref=ref, accept=True)),
            ("sel-decline-button", RequestCb(ref=ref, accept=False))]


async def show_history(message: Message, member: Member, session: AsyncSession,
                       t: Translate, page: int = 0) -> None:
    lines, pages = await history(session, await account_of(session, member), page)
    page = min(page, pages - 1)
    text = "\n".join(history_line(t, line) for line in lines) or t("sel-history-empty")
    nav = Keyboard()
    if page > 0:
        nav.button(text="◀", callback_data=HistoryCb(page=page - 1))
    if page < pages - 1:
        nav.button(text="▶", callback_data=HistoryCb(page=page + 1))
    await message.answer(t("sel-history", page=page + 1, pages=pages, lines=text),
                         reply_markup=nav.as_markup() if nav.buttons else None)


async def on_history_command(message: Message, member: Member, session: AsyncSession,
                             state: FSMContext, t: Translate) -> None:
    await state.clear()
    await show_history(message, member, session, t)


async def on_history_page(callback: CallbackQuery, callback_data: HistoryCb, member: Member,
                          session: AsyncSession, t: Translate) -> None:
    await callback.answer()
    await show_history(callback.message, member, session, t, callback_data.page)


async def start_exchange(message: Message, member: Member, session: AsyncSession,
                         state: FSMContext, t: Translate, mode: str) -> None:
    await state.clear()
    await check_has_room(session, member, mode)
    await state.set_state(Exchange.who)
    await state.update_data(mode=mode)
    await message.answer(t("sel-ask-who", mode=mode))


async def on_pay(message: Message, member: Member, session: AsyncSession, state: FSMContext,
                 t: Translate) -> None:
    await start_exchange(message, member, session, state, t, "pay")


async def on_request(message: Message, member: Member, session: AsyncSession,
                     state: FSMContext, t: Translate) -> None:
    await start_exchange(message, member, session, state, t, "request")


async def on_sel_menu(callback: CallbackQuery, callback_data: SelMenuCb, member: Member,
                      session: AsyncSession, state: FSMContext, t: Translate) -> None:
    await callback.answer()
    if callback_data.action == "history":
        await show_history(callback.message, member, session, t)
    else:
        await start_exchange(callback.message, member, session, state, t,
                             callback_data.action)


async def on_who(message: Message, member: Member, session: AsyncSession, state: FSMContext,
                 raw_state: str, t: Translate) -> None:
    """A part of a name: one person found is taken at once, as a tap on their button."""
    found = await find_members(session, member.school_id, message.text or "", member.id)
    if not found:
        await message.answer(t("sel-nobody-found", text=(message.text or "")[:40]))
    elif len(found) == 1 and raw_state == Exchange.who.state:
        await exchange_with(message, member, found[0], state, t)
    elif len(found) == 1:
        await limits_of(message, member, found[0], session, state, t)
    else:
        builder, labels = Keyboard(), await names_told_apart(session, found, t)
        for person in found:
            builder.button(text=labels[person.id], callback_data=PickCb(member_id=person.id))
        builder.adjust(1)
        await message.answer(t("sel-pick-who"), reply_markup=builder.as_markup())


async def on_pick(callback: CallbackQuery, callback_data: PickCb, member: Member,
                  session: AsyncSession, state: FSMContext, t: Translate) -> None:
    other = await session.get(Member, callback_data.member_id)
    if other is None or other.school_id != member.school_id or not other.is_active:
        raise DomainError("sel-member-not-found")
    await callback.answer()
    await exchange_with(callback.message, member, other, state, t)


async def exchange_with(message: Message, member: Member, other: Member, state: FSMContext,
                        t: Translate) -> None:
    if other.id == member.id:
        raise DomainError("sel-pay-self")
    data = await state.update_data(other_id=other.id, other_name=other.full_name)
    await state.set_state(Exchange.units)
    await message.answer(t("sel-ask-units", mode=data["mode"], name=other.full_name))


async def on_units(message: Message, member: Member, session: AsyncSession,
                   state: FSMContext, t: Translate) -> None:
    units = parse_units(message.text)
    data = await state.get_data()
    other = await session.get_one(Member, data["other_id"])
    # Limits are told now, not after the note, nor (a request) when the other accepts.
    if data["mode"] == "pay":
        await check_can_pay(session, member, units, payee=other)
    else:
        await check_can_receive(session, member, units)
    await state.update_data(units=units)
    if data.get("editing"):  # ✏️ Amount on the confirmation: back to it, note kept
        await state.update_data(editing=False)
        await ask_confirmation(message, member, session, state, t)
        return
    await state.set_state(Exchange.note)
    await message.answer(t("sel-ask-note"), reply_markup=buttons(
        (t("start-skip"), ExchangeCb(action="skip_note"))))


async def on_note(message: Message, member: Member, session: AsyncSession, state: FSMContext,
                  t: Translate) -> None:
    await state.update_data(note=clean_note(message.text))
    await ask_confirmation(message, member, session, state, t)


async def on_skip_note(callback: CallbackQuery, member: Member, session: AsyncSession,
                       state: FSMContext, t: Translate) -> None:
    await callback.answer()
    post_id = (await state.get_data()).get("post_id")
    post = await session.get(SelPost, post_id) if post_id else None
    # Started from a post: its title says what it was for (history, the other's notice).
    await state.update_data(note=clean_note(post.title) if post else None)
    await ask_confirmation(callback.message, member, session, state, t)


async def ask_confirmation(message: Message, member: Member, session: AsyncSession,
                           state: FSMContext, t: Translate) -> None:
    # The id is chosen now, so a double tap on the button replays the same transfer.
    data = await state.update_data(ref=new_transfer_id())
    await state.set_state(Exchange.confirm)
    balance = (await account_of(session, member)).balance
    # A request moves nothing until paid: show the balance it will make, not today's.
    after = balance - data["units"] if data["mode"] == "pay" else balance + data["units"]
    await message.answer(
        t("sel-confirm", mode=data["mode"], amount=amount(t, data["units"]),
          name=data["other_name"], **note_args(data.get("note")), after=amount(t, after)),
        reply_markup=buttons(
            (t("sel-confirm-button", mode=data["mode"]),
             ExchangeCb(action="confirm", ref=hex_id(data["ref"]))),
            (t("sel-amount-button"), ExchangeCb(action="amount", ref=hex_id(data["ref"]))),
            (t("sel-cancel-button"), ExchangeCb(action="cancel", ref=hex_id(data["ref"])))))


async def changing_amount(state: FSMContext, ref: str) -> bool:
    """Whether ✏️ Amount of the confirmation `ref` was tapped and the new amount is awaited."""
    data = await state.get_data()
    return (await state.get_state() == Exchange.units.state and bool(data.get("editing"))
            and data.get("ref") == ref)


async def on_change_amount(callback: CallbackQuery, callback_data: ExchangeCb, member: Member,
                           session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """✏️ Amount on the current confirmation: back to the amount step, the person and the
    note kept; the amount typed then comes back to a new confirmation. A second tap, or the
    button of an older confirmation, changes nothing and says why."""
    ref = from_hex(callback_data.ref)
    data = await state.get_data()
    await callback.answer()
    if await state.get_state() == Exchange.confirm.state and data.get("ref") == ref:
        await state.update_data(editing=True)
        await state.set_state(Exchange.units)
        await callback.message.answer(t("sel-ask-new-units", mode=data["mode"],
                                        name=data["other_name"],
                                        amount=amount(t, data["units"])))
    elif await changing_amount(state, ref):
        await callback.message.answer(t("sel-amount-already-asked"))
    else:
        sent = await sent_with(session, ref)
        await callback.message.answer(
            t("button-stale") if sent is None else
            t("sel-amount-too-late", kind="paid" if isinstance(sent, SelTransfer) else "asked"))


async def on_confirm(callback: CallbackQuery, callback_data: ExchangeCb, member: Member,
                     session: AsyncSession, state: FSMContext, t: Translate) -> None:
    data = await state.get_data()
    ref = from_hex(callback_data.ref)
    await callback.answer()
    if await changing_amount(state, ref):  # ✏️ Amount was tapped: its confirmation is gone
        await callback.message.answer(t("sel-amount-already-asked"))
        return
    if await state.get_state() != Exchange.confirm.state or data.get("ref") != ref:
        done = await sent_with(session, ref) is not None
        await callback.message.answer(t("sel-already-done" if done else "button-stale"))
        return
    other = await session.get_one(Member, data["other_id"])
    if data["mode"] == "pay":
        await complete_payment(callback.message, member, other, data, session, t)
    else:
        await send_request(callback.message, member, other, data, session, t)
    await state.clear()


async def complete_payment(message: Message, member: Member, payee: Member, data: dict,
                           session: AsyncSession, t: Translate) -> None:
    result = await pay(session, transfer_id=data["ref"], payer=member, payee=payee,
                       units=data["units"], note=data.get("note"), post_id=data.get("post_id"))
    balance, payee_balance = await balances_after(session, result, member, payee)
    await enqueue_for_member(session, payee, purpose=f"sel-paid:{result.transfer.id}",
                             message_id="sel-paid-notice",
                             args={"name": member.full_name, "amount": units_arg(data["units"]),
                                   **note_args(data.get("note")),
                                   "balance": units_arg(payee_balance)})
    await message.answer(t("sel-paid", amount=amount(t, data["units"]), name=payee.full_name,
                           balance=amount(t, balance)))


async def send_request(message: Message, member: Member, payer: Member, data: dict,
                       session: AsyncSession, t: Translate) -> None:
    asked = await requests.create_request(session, member, payer, data["units"],
                                          data.get("note"), request_id=data["ref"])
    await enqueue_for_member(
        session, payer, purpose=f"sel-request:{asked.id}", message_id="sel-request-notice",
        args={"name": member.full_name, "amount": units_arg(data["units"]),
              **note_args(data.get("note"))},
        buttons=[[Button(label, answer.pack()) for label, answer in answers(asked.id)]])
    await message.answer(t("sel-request-sent", amount=amount(t, data["units"]),
                           name=payer.full_name),
                         reply_markup=withdraw_button(t, asked.id))


async def on_cancel_exchange(callback: CallbackQuery, callback_data: ExchangeCb, member: Member,
                             session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """Cancel on a confirmation: only the current one cancels; an older one whose payment
    or request went through says so (the ref is its id, as on its confirm button)."""
    ref = from_hex(callback_data.ref) if callback_data.ref else None  # "": an older button
    current = await state.get_state() == Exchange.confirm.state and (
        ref is None or (await state.get_data()).get("ref") == ref)
    current = current or (ref is not None and await changing_amount(state, ref))
    if current or ref is None:
        await cancel_to_menu(callback, member, session, state, t)
        return
    await callback.answer()
    sent = await sent_with(session, ref)
    if isinstance(sent, SelTransfer):
        await callback.message.answer(t("sel-cancel-already-paid"))
    elif sent is not None and sent.status == RequestStatus.PENDING:  # Withdraw takes it back
        await callback.message.answer(t("sel-cancel-already-asked"),
                                      reply_markup=withdraw_button(t, sent.id))
    elif sent is not None:  # answered, expired or withdrawn already
        await callback.message.answer(t("sel-withdraw-too-late", status=sent.status))
    else:
        await callback.message.answer(t("button-stale"))


async def sent_with(session: AsyncSession, ref: str) -> SelTransfer | SelRequest | None:
    """What the first tap on a confirmation made: its payment, or its request."""
    return await session.get(SelTransfer, ref) or await session.get(SelRequest, ref)


async def on_request_answer(callback: CallbackQuery, callback_data: RequestCb, member: Member,
                            session: AsyncSession, t: Translate) -> None:
    request_id = from_hex(callback_data.ref)
    if callback_data.accept:
        asked, _ = await requests.accept(session, member, request_id)
    else:
        asked = await requests.decline(session, member, request_id)
    requester = await session.get_one(Member, asked.requester_id)
    requester_account = await account_of(session, requester)
    account = await account_of(session, member)
    for moved in (requester_account, account):
        await session.refresh(moved, ["balance"])  # the ledger moved it with a statement
    await enqueue_for_member(
        session, requester, purpose=f"sel-request-answer:{asked.id}",
        message_id="sel-request-answer-notice",
        args={"name": member.full_name, "amount": units_arg(asked.units),
              "status": asked.status, "balance": units_arg(requester_account.balance)})
    await callback.answer()
    await callback.message.answer(t("sel-request-decided", status=asked.status,
                                    amount=amount(t, asked.units), name=requester.full_name,
                                    balance=amount(t, account.balance)))


async def on_withdraw(callback: CallbackQuery, callback_data: WithdrawCb, member: Member,
                      session: AsyncSession, t: Translate) -> None:
    """The requester takes a request back. The payer's notice is held back if it has not
    gone out yet; otherwise they are told, and its Pay button says it was withdrawn."""
    asked = await requests.withdraw(session, member, from_hex(callback_data.ref))
    payer = await session.get_one(Member, asked.payer_id)
    if not await withdraw_unsent(session, payer.id, [f"sel-request:{asked.id}"]):
        await enqueue_for_member(
            session, payer, purpose=f"sel-request-withdrawn:{asked.id}",
            message_id="sel-request-withdrawn-notice",
            args={"name": member.full_name, "amount": units_arg(asked.units)})
    await callback.answer()
    await callback.message.answer(t("sel-request-withdrawn-done", name=payer.full_name,
                                    amount=amount(t, asked.units)))


async def on_reverse(message: Message, command: CommandObject, member: Member,
                     session: AsyncSession, t: Translate) -> None:
    require_admin(member)
    code, _, reason = (command.args or "").strip().lstrip("#").partition(" ")
    code = code.lower()
    digits = code.replace("-", "")
    if not 8 <= len(digits) <= 32 or not all(c in "0123456789abcdef" for c in digits):
        raise DomainError("sel-reverse-usage")
    original = await transfer_by_code(session, member.school_id, code)
    result = await reverse(session, admin_id=member.id, school_id=member.school_id,
                           transfer_id=original.id, reason=reason)
    await notify_reversal(session, result.transfer, reason)
    await message.answer(t("sel-reversed", amount=amount(t, original.units), reason=reason))


def require_admin(member: Member) -> None:
    if not has_role(member, RoleKind.ADMIN):
        raise DomainError("access-admin-only")


async def on_limits(message: Message, member: Member, state: FSMContext, t: Translate) -> None:
    require_admin(member)
    await state.clear()
    await state.set_state(Limits.who)
    await message.answer(t("sel-limits-ask-who"))


async def on_limits_pick(callback: CallbackQuery, callback_data: PickCb, member: Member,
                         session: AsyncSession, state: FSMContext, t: Translate) -> None:
    require_admin(member)
    other = await session.get(Member, callback_data.member_id)
    if other is None or other.school_id != member.school_id:
        raise DomainError("sel-member-not-found")
    await callback.answer()
    await limits_of(callback.message, member, other, session, state, t)


async def limits_of(message: Message, member: Member, other: Member, session: AsyncSession,
                    state: FSMContext, t: Translate) -> None:
    require_admin(member)
    account = await account_of(session, other)
    await state.update_data(other_id=other.id)
    await state.set_state(Limits.values)
    await message.answer(t("sel-limits-ask-values", name=other.full_name,
                           balance=amount(t, account.balance),
                           low=amount(t, account.min_balance),
                           high=amount(t, account.max_balance)))


async def on_limits_values(message: Message, member: Member, session: AsyncSession,
                           state: FSMContext, t: Translate) -> None:
    require_admin(member)
    try:
        low, high = (int(part) for part in (message.text or "").replace(",", " ").split())
    except ValueError as error:
        raise DomainError("sel-limits-usage") from error
    other = await session.get_one(Member, (await state.get_data())["other_id"])
    await set_limits(session, await account_of(session, other), low, high)
    await state.clear()
    await notify_limits(session, other, low, high, occasion=str(message.message_id))
    await message.answer(t("sel-limits-set", name=other.full_name, low=amount(t, low),
                           high=amount(t, high)))


def make_router() -> Router:
    router = Router(name="sel")
    router.message.register(show_balance, Command("balance"))
    router.message.register(show_balance, Said("balance"), StateFilter(None))
    router.message.register(on_history_command, Command("history"))
    router.callback_query.register(on_history_page, HistoryCb.filter())
    router.message.register(on_pay, Command("pay"))
    router.message.register(on_pay, Said("pay"), StateFilter(None))  # asks who, as /pay
    router.message.register(on_request, Command("request"))
    router.callback_query.register(on_sel_menu, SelMenuCb.filter())
    router.message.register(on_limits, Command("limits"))
    router.message.register(on_who, TYPED, StateFilter(Exchange.who, Limits.who))
    router.callback_query.register(on_limits_pick, Limits.who, PickCb.filter())
    router.callback_query.register(on_pick, Exchange.who, PickCb.filter())
    router.message.register(on_units, TYPED, Exchange.units)
    router.message.register(on_note, TYPED, Exchange.note)
    router.callback_query.register(on_skip_note, Exchange.note,
                                   ExchangeCb.filter(F.action == "skip_note"))
    router.callback_query.register(on_confirm, ExchangeCb.filter(F.action == "confirm"))
    router.callback_query.register(on_change_amount, ExchangeCb.filter(F.action == "amount"))
    router.callback_query.register(on_cancel_exchange, ExchangeCb.filter(F.action == "cancel"))
    router.callback_query.register(on_request_answer, RequestCb.filter())
    router.callback_query.register(on_withdraw, WithdrawCb.filter())
    router.message.register(on_reverse, Command("reverse"))
    router.message.register(on_limits_values, TYPED, Limits.values)
    return router
