"""How an order reads in the chat: the card, a family's lines, the organiser's summary."""

from __future__ import annotations

from functools import partial

from sqlalchemy.ext.asyncio import AsyncSession

from core.i18n import Translate, format_datetime, format_money
from core.members.family import other_parents
from core.models import GroupOrder, Member, OrderItem, OrderStatus
from core.orders import payments
from core.orders import service as orders
from core.orders.service import Line, Summary
from core.outbox import optional_arg
from handlers.keyboards import ButtonData


class OrderCb(ButtonData, prefix="ord"):
    action: str
    order_id: int
    item_id: int = 0
    variant: int = -1  # index in the item's variants; -1 when it has none
    quantity: int = 0


def status_name(t: Translate, status: str) -> str:
    return t(f"orders-status-{status}")


def item_text(t: Translate, item: OrderItem) -> str:
    return t("orders-item", name=item.name, price=format_money(t.locale, item.price_cents),
             variants=", ".join(item.variant_names), count=len(item.variant_names))


def line_text(t: Translate, line: Line) -> str:
    name = f"{line.item.name} {line.variant}".strip()
    return t("orders-line", quantity=line.quantity, name=name,
             amount=format_money(t.locale, line.cents))


def lines_text(t: Translate, lines: list[Line], paid_cents: int = 0) -> str:
    if not lines and not paid_cents:
        return t("orders-mine-none")
    texts = [line_text(t, line) for line in lines]
    if lines:
        texts.append(t("orders-mine-total",
                       amount=format_money(t.locale, sum(line.cents for line in lines))))
    if paid_cents:
        texts.append(t("orders-mine-paid", amount=format_money(t.locale, paid_cents)))
    return "\n".join(texts)


async def card_text(session: AsyncSession, t: Translate, order: GroupOrder, member: Member,
                    timezone: str, paid_cents: int = 0) -> str:
    """The order as a family sees it: the deadline only while it is open, what they
    ordered, and what they paid once they have; and what the children's other parent
    ordered, so that the family does not order twice."""
    items = await orders.items_of(session, order)
    mine = await orders.lines_of(session, order, member.id)
    mine_lines = mine_text(t, order, mine, paid_cents)
    if order.status == OrderStatus.CANCELLED and mine:
        mine_lines += "\n" + await cancelled_text(session, t, order, member)
    card = t("orders-card", title=order.title, **optional_arg("description", order.description),
             **optional_arg("pickup", order.pickup), status=status_name(t, order.status),
             open="yes" if order.status == OrderStatus.OPEN else "no",
             deadline=format_datetime(t.locale, order.deadline, timezone),
             total=await orders.progress(session, order), min=order.min_quantity,
             max=order.max_per_family or 0,
             items="\n".join(item_text(t, item) for item in items),
             **optional_arg("mine", mine_lines))
    family = [t("orders-family-order", name=parent.full_name,
                lines="\n".join(line_text(t, line) for line in lines))
              for parent in await other_parents(session, member)
              if (lines := await orders.lines_of(session, order, parent.id))]
    return "\n".join([card, *family])


def mine_text(t: Translate, order: GroupOrder, lines: list[Line], paid_cents: int) -> str:
    """"Nothing yet" invites to order, so only while the order is open: an organiser who
    ordered nothing no longer reads it on an order that is closed."""
    if not lines and not paid_cents and order.status != OrderStatus.OPEN:
        return ""
    return lines_text(t, lines, paid_cents)


async def cancelled_text(session: AsyncSession, t: Translate, order: GroupOrder,
                         member: Member) -> str:
    """What a cancelled order means for the family's money: nothing to pay, or a refund,
    from Mollie or, when Mollie could not make it, from the school by hand."""
    refunded = await payments.refunded_cents(session, order.id, member.id)
    by_hand = await payments.refunded_by_hand_cents(session, order.id, member.id)
    texts = []
    if refunded > by_hand:
        texts.append(t("orders-mine-refunded", amount=format_money(t.locale, refunded - by_hand)))
    if by_hand:
        texts.append(t("orders-mine-refund-by-hand", amount=format_money(t.locale, by_hand)))
    return "\n".join(texts) or t("orders-mine-pay-nothing")


def summary_text(t: Translate, order: GroupOrder, summary: Summary) -> str:
    """Totals, then one line per family (co-parents together, as the heading counts them);
    once payment is asked, how many families have paid."""
    money = partial(format_money, t.locale)
    totals = "\n".join(t("orders-total-line", quantity=quantity, name=f"{name} {variant}".strip())
                       for (name, variant), quantity in summary.totals.items())
    families = "\n".join(
        t("orders-summary-family", name=family.name, amount=money(family.cents),
          paid=family.payment, paid_amount=money(family.paid_cents),
          lines=", ".join(f"{line.quantity} × {line.item.name} {line.variant}".strip()
                          for line in family.lines))
        for family in summary.groups)
    refunded = (money(summary.refunded_cents) if summary.refunded_cents
                else None)  # said only once some money went back
    progress = (t("orders-summary-paid-count", paid=summary.paid_households,
                  families=summary.households)
                if order.status in OrderStatus.PAYABLE else None)
    return t("orders-summary", title=order.title, status=status_name(t, order.status),
             families_count=summary.households, totals=totals or "-",
             families=families or "-", amount=money(summary.cents),
             paid=money(summary.paid_cents), **optional_arg("refunded", refunded),
             **optional_arg("progress", progress))
