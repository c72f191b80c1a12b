"""A family sets how many of an item (and size) it wants while the order is open,
within the family limit, or leaves it; crossing the minimum, either way, tells the
organiser."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import DomainError
from core.members.family import other_parents
from core.models import GroupOrder, Member, OrderItem, OrderLine
from core.orders import organiser
from core.orders.service import (
    QUANTITY_MAX,
    Line,
    ensure_open,
    lines_of,
    order_for,
    progress,
)


async def room(session: AsyncSession, member: Member, order: GroupOrder, item: OrderItem,
               variant: str) -> tuple[int, int]:
    """(what the family has ordered in all, the most this line may hold): the family
    limit minus its other lines, so the answer to a wrong number gives the real range.
    The family is the member and the other parents of their children: each orders for
    themselves, and the limit counts them together. Parents who each ordered before
    sharing their children may be over it: a line may still keep or lower what it has."""
    lines = await lines_of(session, order, member.id)
    others = sum(line.quantity for line in lines if (line.item.id, line.variant)
                 != (item.id, variant))
    others += await _ordered_by_other_parents(session, member, order)
    this = sum(line.quantity for line in lines if (line.item.id, line.variant)
               == (item.id, variant))
    limit = QUANTITY_MAX if order.max_per_family is None else order.max_per_family - others
    return others + this, max(0, min(max(limit, this), QUANTITY_MAX))


async def _ordered_by_other_parents(session: AsyncSession, member: Member,
                                    order: GroupOrder) -> int:
    parents = [parent.id for parent in await other_parents(session, member)]
    if not parents or order.max_per_family is None:
        return 0
    return await session.scalar(select(func.coalesce(func.sum(OrderLine.quantity), 0)).where(
        OrderLine.order_id == order.id, OrderLine.member_id.in_(parents)))


async def line_item(session: AsyncSession, order: GroupOrder, item_id: int,
                    variant: str) -> OrderItem:
    item = await session.get(OrderItem, item_id)
    if item is None or item.order_id != order.id or (
            variant not in item.variant_names if item.variant_names else variant != ""):
        raise DomainError("button-stale")
    return item


async def most_for(session: AsyncSession, member: Member, order_id: int, item_id: int,
                   variant: str) -> int:
    """The largest quantity the family may give this line now."""
    order = await order_for(session, member, order_id)
    item = await line_item(session, order, item_id, variant)
    return (await room(session, member, order, item, variant))[1]


async def set_quantity(session: AsyncSession, member: Member, order_id: int, item_id: int,
                       variant: str, quantity: int) -> None:
    """Join or change: this item (and variant) now counts `quantity` (0 removes it)."""
    order = await order_for(session, member, order_id, lock=True)
    ensure_open(order)
    item = await line_item(session, order, item_id, variant)
    has, most = await room(session, member, order, item, variant)
    if not 0 <= quantity <= QUANTITY_MAX:
        raise DomainError("orders-quantity-invalid", max=most)
    if quantity > most:
        raise DomainError("orders-max-per-family", max=order.max_per_family or QUANTITY_MAX,
                          has=has, most=most, name=f"{item.name} {variant}".strip())
    before = await progress(session, order)
    line = await session.scalar(select(OrderLine).where(
        OrderLine.order_id == order.id, OrderLine.member_id == member.id,
        OrderLine.item_id == item.id, OrderLine.variant == variant))
    if quantity == 0:
        if line is not None:
            await session.delete(line)
    elif line is None:
        session.add(OrderLine(order_id=order.id, member_id=member.id, item_id=item.id,
                              variant=variant, quantity=quantity))
    else:
        line.quantity = quantity
    await session.flush()
    await organiser.minimum_crossed(session, order, before, await progress(session, order))


async def leaving(session: AsyncSession, member: Member, order_id: int,
                  lock: bool = False) -> tuple[GroupOrder, list[Line]]:
    """The open order the member is about to leave, and the lines that will go: none is
    refused (a second tap on "Yes, leave", or a Leave button from before)."""
    order = await order_for(session, member, order_id, lock=lock)
    ensure_open(order)
    lines = await lines_of(session, order, member.id)
    if not lines:
        raise DomainError("orders-leave-nothing")
    return order, lines


async def leave(session: AsyncSession, member: Member, order_id: int) -> GroupOrder:
    """All the member's lines go; the organiser hears if the minimum goes with them."""
    order, _ = await leaving(session, member, order_id, lock=True)
    await take_out(session, order, member.id)
    return order


async def take_out(session: AsyncSession, order: GroupOrder, member_id: int) -> None:
    """The member's lines leave the order (locked by the caller), and the organiser hears
    if the minimum goes with them: a parent's Leave, and an erasure."""
    before = await progress(session, order)
    await session.execute(delete(OrderLine).where(OrderLine.order_id == order.id,
                                                  OrderLine.member_id == member_id))
    await organiser.minimum_crossed(session, order, before, await progress(session, order))
