"""Group orders: an organiser proposes, families join until the deadline, and the order
goes ahead only if enough was ordered (lessons from Foodsoft).

States move one way: open -> closed -> confirmed | cancelled, confirmed -> completed or,
if the supplier lets everyone down, cancelled (paid families are refunded).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.folding import folded
from core.members.audience import (
    belongs_to,
    check_organiser,
    members_for,
    organiser_classes,
    reaches,
    represents_all,
)
from core.members.households import household_count, households
from core.members.service import has_role
from core.models import (
    GroupOrder,
    Member,
    OrderClass,
    OrderItem,
    OrderLine,
    OrderPayment,
    OrderStatus,
    PaymentStatus,
    RoleKind,
)
from core.outbox import (
    Button,
    enqueue_for_member,
    lines_arg,
    money_arg,
    optional_arg,
    when_arg,
)

TITLE_MAX = 120
ITEMS_MAX = 10
VARIANTS_MAX = 8
QUANTITY_MAX = 99
EXTENSION = timedelta(days=7)
SHOWN_AFTER_CANCEL = timedelta(days=14)
TEASER_MAX = 280
Buttons = Callable[[GroupOrder], list[list[Button]]]


@dataclass
class ItemDraft:
    name: str
    price_cents: int
    variants: list[str] = field(default_factory=list)


@dataclass
class OrderDraft:
    title: str
    description: str
    pickup: str
    items: list[ItemDraft]
    min_quantity: int
    max_per_family: int | None
    deadline: datetime
    class_ids: list[int] = field(default_factory=list)
    attachment_id: int | None = None


def clean_variants(text: str) -> list[str]:
    """'S, M, L' -> ['S', 'M', 'L']: distinct, short, a handful at most."""
    names = list(dict.fromkeys(" ".join(v.split())[:30] for v in text.split(",") if v.strip()))
    if not names or len(names) > VARIANTS_MAX:
        raise DomainError("orders-variants-invalid", max=VARIANTS_MAX)
    return names


def check_audience(member: Member, class_ids: list[int]) -> None:
    check_organiser(member, class_ids, not_organiser="orders-organisers-only",
                    not_own_classes="orders-rep-own-classes")


def validate(draft: OrderDraft, now: datetime) -> None:
    draft.title = " ".join(draft.title.split())
    if not 3 <= len(draft.title) <= TITLE_MAX:
        raise DomainError("orders-title-invalid", max=TITLE_MAX)
    if not 1 <= len(draft.items) <= ITEMS_MAX:
        raise DomainError("orders-items-invalid", max=ITEMS_MAX)
    if not 1 <= draft.min_quantity <= 10_000:
        raise DomainError("orders-number-invalid")
    if draft.max_per_family is not None and not 1 <= draft.max_per_family <= QUANTITY_MAX:
        raise DomainError("orders-number-invalid")
    if draft.deadline <= now:
        raise DomainError("orders-deadline-in-past")


async def create_order(session: AsyncSession, organiser: Member, draft: OrderDraft,
                       join_buttons: Buttons) -> GroupOrder:
    """Store the order and announce it to its audience with a Join button."""
    check_audience(organiser, draft.class_ids)
    validate(draft, utcnow())
    order = GroupOrder(school_id=organiser.school_id, organiser_id=organiser.id,
                       title=draft.title, description=draft.description.strip()[:2000],
                       pickup=draft.pickup.strip()[:300], attachment_id=draft.attachment_id,
                       min_quantity=draft.min_quantity, max_per_family=draft.max_per_family,
                       deadline=draft.deadline)
    session.add(order)
    await session.flush()
    session.add_all(OrderClass(order_id=order.id, class_id=c) for c in sorted(set(draft.class_ids)))
    session.add_all(OrderItem(order_id=order.id, position=index, name=item.name[:60],
                              price_cents=item.price_cents, variants={"names": item.variants})
                    for index, item in enumerate(draft.items))
    await session.flush()
    args = await announcement_args(session, order)
    for member in await audience(session, order):
        if member.id != organiser.id:
            await enqueue_for_member(
                session, member, purpose=f"order:{order.id}:announce",
                message_id="orders-announce-offer", buttons=join_buttons(order),
                attachment_id=order.attachment_id, args=args)
    return order


def teaser(text: str) -> str:
    """The description's beginning: the card has it whole, and the announcement must stay
    within a WhatsApp template's 1024 characters with the items and terms."""
    return text if len(text) <= TEASER_MAX else text[:TEASER_MAX - 1].rstrip() + "…"


async def announcement_args(session: AsyncSession, order: GroupOrder) -> dict[str, object]:
    """What a parent needs to decide before tapping Join: the items with their prices and
    sizes, what the minimum counts, the family limit, the deadline and the pickup."""
    items = [{"name": item.name, "price": money_arg(item.price_cents),
              "variants": ", ".join(item.variant_names), "count": len(item.variant_names)}
             for item in await items_of(session, order)]
    return {"title": order.title, **optional_arg("description", teaser(order.description)),
            "items": lines_arg("orders-item", items), "min": order.min_quantity,
            "max": order.max_per_family or 0, "deadline": when_arg(order.deadline),
            **optional_arg("pickup", order.pickup)}


async def class_ids_of(session: AsyncSession, order: GroupOrder) -> list[int]:
    return list(await session.scalars(select(OrderClass.class_id)
                                      .where(OrderClass.order_id == order.id)))


async def audience(session: AsyncSession, order: GroupOrder) -> list[Member]:
    return await members_for(session, order.school_id, await class_ids_of(session, order))


async def order_for(session: AsyncSession, member: Member, order_id: int,
                    lock: bool = False) -> GroupOrder:
    """An order the member may see: in its audience, organiser, or already in it."""
    order = await session.get(GroupOrder, order_id, with_for_update=lock)
    if order is None or not await may_see(session, member, order):
        raise DomainError("orders-not-found")
    return order


async def may_see(session: AsyncSession, member: Member, order: GroupOrder) -> bool:
    return order.school_id == member.school_id and (
        order.organiser_id == member.id or await has_lines(session, order, member)
        or await belongs_to(session, member, order.school_id,
                            await class_ids_of(session, order)))


async def may_manage(session: AsyncSession, member: Member, order: GroupOrder) -> bool:
    """Its organiser and the school's admins; and a class rep of every class it is for, as
    its organiser (two reps of one class share its orders). An order for the whole school,
    or for a class the rep does not represent, is not theirs."""
    if member.school_id != order.school_id:
        return False
    if member.id == order.organiser_id or has_role(member, RoleKind.ADMIN):
        return True
    return await as_co_rep(session, member, order)


async def as_co_rep(session: AsyncSession, member: Member, order: GroupOrder) -> bool:
    """Whether the member manages the order as a rep of all its classes, not as its
    organiser or an admin: when they close, cancel or remind, its organiser is told."""
    if member.id == order.organiser_id or member.school_id != order.school_id:
        return False
    if not organiser_classes(member):  # None: an admin, who manages every order as such
        return False
    return represents_all(member, await class_ids_of(session, order))


async def managed_order(session: AsyncSession, member: Member, order_id: int) -> GroupOrder:
    """The order, locked, for whoever may manage it. Someone who sees it but may not (a
    parent, a rep of only some of its classes) is told who may; to others it is unknown."""
    order = await session.get(GroupOrder, order_id, with_for_update=True)
    if order is None or not await may_see(session, member, order):
        raise DomainError("orders-not-found")
    if not await may_manage(session, member, order):
        raise DomainError("orders-manage-refused", title=order.title)
    return order


async def items_of(session: AsyncSession, order: GroupOrder) -> list[OrderItem]:
    return list(await session.scalars(select(OrderItem).where(OrderItem.order_id == order.id)
                                      .order_by(OrderItem.position)))


async def has_lines(session: AsyncSession, order: GroupOrder, member: Member) -> bool:
    return await session.scalar(select(OrderLine.id).where(
        OrderLine.order_id == order.id, OrderLine.member_id == member.id).limit(1)) is not None


async def progress(session: AsyncSession, order: GroupOrder) -> int:
    """Total quantity ordered, what the minimum is measured against."""
    return await session.scalar(select(func.coalesce(func.sum(OrderLine.quantity), 0))
                                .where(OrderLine.order_id == order.id)) or 0


@dataclass(frozen=True)
class Line:
    item: OrderItem
    variant: str
    quantity: int

    @property
    def cents(self) -> int:
        return self.item.price_cents * self.quantity

    def sort_key(self) -> tuple[int, int]:
        """As the organiser listed them: items in order, sizes in order (S, M, L)."""
        names = self.item.variant_names
        return self.item.position, names.index(self.variant) if self.variant in names else 0


async def lines_of(session: AsyncSession, order: GroupOrder, member_id: int) -> list[Line]:
    rows = await session.execute(
        select(OrderItem, OrderLine.variant, OrderLine.quantity)
        .join(OrderLine, OrderLine.item_id == OrderItem.id)
        .where(OrderLine.order_id == order.id, OrderLine.member_id == member_id))
    return sorted((Line(item, variant, quantity) for item, variant, quantity in rows),
                  key=Line.sort_key)


def is_open(order: GroupOrder) -> bool:
    return order.status == OrderStatus.OPEN and order.deadline > utcnow()


def ensure_open(order: GroupOrder) -> None:
    if not is_open(order):
        raise DomainError("orders-closed")


async def participants(session: AsyncSession, order: GroupOrder) -> list[Member]:
    return list(await session.scalars(
        select(Member).where(Member.id.in_(select(OrderLine.member_id)
                                           .where(OrderLine.order_id == order.id)))
        .order_by(folded(Member.last_name), folded(Member.first_name))))


async def paid_members(session: AsyncSession, order: GroupOrder) -> set[int]:
    return set(await session.scalars(select(OrderPayment.member_id).where(
        OrderPayment.order_id == order.id, OrderPayment.status == PaymentStatus.PAID)))


async def unpaid_members(session: AsyncSession, order: GroupOrder) -> set[int]:
    """The families who ordered and have not paid (yet)."""
    ordered = set(await session.scalars(select(OrderLine.member_id)
                                        .where(OrderLine.order_id == order.id)))
    return ordered - await paid_members(session, order)


async def visible_orders(session: AsyncSession, member: Member) -> list[GroupOrder]:
    """Open orders for this member, then theirs (joined, organised, or managed as a rep of
    all its classes) still in progress; a delivered one stays while it is still owed: to
    its unpaid families and those who manage it;
    a cancelled one for SHOWN_AFTER_CANCEL, so that its families read what became of it
    (and of their money)."""
    candidates = await session.scalars(
        select(GroupOrder).where(
            GroupOrder.school_id == member.school_id,
            or_(GroupOrder.status.in_([OrderStatus.OPEN, OrderStatus.CLOSED,
                                       *OrderStatus.PAYABLE]),
                and_(GroupOrder.status == OrderStatus.CANCELLED,
                     GroupOrder.cancelled_at >= utcnow() - SHOWN_AFTER_CANCEL)))
        .order_by(GroupOrder.deadline))
    visible = []
    for order in candidates:
        if order.status == OrderStatus.COMPLETED:
            unpaid = await unpaid_members(session, order)
            if member.id in unpaid or (unpaid and (order.organiser_id == member.id
                                                   or await as_co_rep(session, member, order))):
                visible.append(order)
            continue
        mine = (order.organiser_id == member.id or await has_lines(session, order, member)
                or await as_co_rep(session, member, order))
        if mine or (order.status == OrderStatus.OPEN and await belongs_to(
                session, member, order.school_id, await class_ids_of(session, order))):
            visible.append(order)
    return visible


async def closing_for(session: AsyncSession, member: Member, until: datetime,
                      family: set[int]) -> list[tuple[GroupOrder, bool]]:
    """Open orders the member may see (may_see) whose deadline comes before `until`, by
    deadline, each with whether their family (the member and co-parents: `family`)
    ordered in it. Two queries, whatever their number."""
    they_ordered = select(OrderLine.id).where(OrderLine.order_id == GroupOrder.id,
                                              OrderLine.member_id == member.id).exists()
    found = list(await session.scalars(select(GroupOrder).where(
        GroupOrder.school_id == member.school_id, GroupOrder.status == OrderStatus.OPEN,
        GroupOrder.deadline > utcnow(), GroupOrder.deadline < until,
        or_(GroupOrder.organiser_id == member.id, they_ordered,
            reaches(member, OrderClass.class_id, OrderClass.order_id == GroupOrder.id)))
        .order_by(GroupOrder.deadline)))
    if not found:
        return []
    ordered = set(await session.scalars(select(OrderLine.order_id).distinct().where(
        OrderLine.order_id.in_([order.id for order in found]), OrderLine.member_id.in_(family))))
    return [(order, order.id in ordered) for order in found]


@dataclass(frozen=True)
class Owed:
    """What one parent of a family still has to pay for a confirmed order."""

    order: GroupOrder
    member_id: int
    cents: int


async def owed_by(session: AsyncSession, member: Member, family: set[int]) -> list[Owed]:
    """Confirmed or delivered orders in which a parent of the family (`family`: the member
    and co-parents; each parent orders and pays for themselves) ordered and has not paid
    (unpaid_members), whatever their date, oldest deadline first. Two queries."""
    paid = select(OrderPayment.id).where(OrderPayment.order_id == OrderLine.order_id,
                                         OrderPayment.member_id == OrderLine.member_id,
                                         OrderPayment.status == PaymentStatus.PAID)
    rows = (await session.execute(
        select(OrderLine.order_id, OrderLine.member_id,
               func.sum(OrderLine.quantity * OrderItem.price_cents))
        .join(OrderItem, OrderItem.id == OrderLine.item_id)
        .join(GroupOrder, GroupOrder.id == OrderLine.order_id)
        .where(GroupOrder.school_id == member.school_id,
               GroupOrder.status.in_(OrderStatus.PAYABLE), OrderLine.member_id.in_(family),
               ~paid.exists())
        .group_by(OrderLine.order_id, OrderLine.member_id))).all()
    if not rows:
        return []
    found = {order.id: order for order in await session.scalars(
        select(GroupOrder).where(GroupOrder.id.in_({row[0] for row in rows})))}
    return sorted((Owed(found[order_id], member_id, int(cents or 0))
                   for order_id, member_id, cents in rows),
                  key=lambda owed: (owed.order.deadline, owed.order.id,
                                    owed.member_id != member.id))


async def extend(session: AsyncSession, organiser: Member, order_id: int) -> GroupOrder:
    """Give families another week; only while the order is open."""
    order = await managed_order(session, organiser, order_id)
    if order.status != OrderStatus.OPEN:
        raise DomainError("orders-closed")
    order.deadline = max(order.deadline, utcnow()) + EXTENSION
    order.reminded_at = None
    for member in await participants(session, order):
        await enqueue_for_member(session, member,
                                 purpose=f"order:{order.id}:extended:{order.deadline:%Y%m%d%H%M}",
                                 message_id="orders-extended",
                                 args={"title": order.title, "deadline": when_arg(order.deadline)})
    return order


async def complete(session: AsyncSession, organiser: Member, order_id: int) -> GroupOrder:
    order = await managed_order(session, organiser, order_id)
    if order.status != OrderStatus.CONFIRMED:
        raise DomainError("orders-not-confirmed")
    order.status = OrderStatus.COMPLETED
    for member in await participants(session, order):
        await enqueue_for_member(session, member, purpose=f"order:{order.id}:delivered",
                                 message_id="orders-delivered",
                                 args={"title": order.title,
                                       **optional_arg("pickup", order.pickup)})
    return order


async def tell_participants(session: AsyncSession, order: GroupOrder, purpose: str,
                            message_id: str, **args: object) -> None:
    for member in await participants(session, order):
        amount = sum(line.cents for line in await lines_of(session, order, member.id))
        await enqueue_for_member(session, member, purpose=f"order:{order.id}:{purpose}",
                                 message_id=message_id,
                                 args={"title": order.title, "amount": money_arg(amount),
                                       **args})


@dataclass(frozen=True)
class FamilyLine:
    """One parent's lines and money: each parent orders and pays for themselves."""

    member: Member
    lines: list[Line]
    paid_cents: int = 0  # paid and kept
    refunded_cents: int = 0  # paid, then refunded (or being refunded, or to refund by hand)

    @property
    def cents(self) -> int:
        return sum(line.cents for line in self.lines)

    @property
    def paid(self) -> bool:
        return self.paid_cents > 0

    @property
    def refunded(self) -> bool:
        return self.refunded_cents > 0

    @property
    def payment(self) -> str:
        """"yes" (paid and kept), "refunded" or "no", as the summary and the CSV say it."""
        return "yes" if self.paid else "refunded" if self.refunded else "no"


@dataclass(frozen=True)
class Household:
    """The parents of one family who ordered (co-parents together), each with their own
    lines and payment."""

    parents: list[FamilyLine]

    @property
    def name(self) -> str:
        return " & ".join(parent.member.full_name for parent in self.parents)

    @property
    def lines(self) -> list[Line]:
        return [line for parent in self.parents for line in parent.lines]

    @property
    def basket(self) -> list[Line]:
        """What the family takes home: each item and variant once, both parents'
        quantities added."""
        quantities: dict[tuple[int, str], Line] = {}
        for line in sorted(self.lines, key=Line.sort_key):
            key = (line.item.id, line.variant)
            held = quantities.get(key)
            quantities[key] = line if held is None else Line(
                line.item, line.variant, held.quantity + line.quantity)
        return list(quantities.values())

    @property
    def cents(self) -> int:
        return sum(parent.cents for parent in self.parents)

    @property
    def paid_cents(self) -> int:
        return sum(parent.paid_cents for parent in self.parents)

    @property
    def payment(self) -> str:
        """"yes" once every parent paid, "partly" while one still owes, then as a parent's."""
        paid = [parent.paid for parent in self.parents]
        if all(paid):
            return "yes"
        if any(paid):
            return "partly"
        return "refunded" if any(parent.refunded for parent in self.parents) else "no"


@dataclass(frozen=True)
class Summary:
    families: list[FamilyLine]  # one per parent who ordered
    totals: dict[tuple[str, str], int]  # (item, variant) -> quantity
    groups: list[Household] = field(default_factory=list)  # co-parents who ordered together

    @property
    def households(self) -> int:
        """How many families: co-parents who both ordered are one."""
        return len(self.groups)

    @property
    def paid_households(self) -> int:
        return sum(household.payment == "yes" for household in self.groups)

    @property
    def cents(self) -> int:
        return sum(f.cents for f in self.families)

    @property
    def paid_cents(self) -> int:
        """What was paid and kept: a refunded payment is no longer the order's money."""
        return sum(f.paid_cents for f in self.families)

    @property
    def refunded_cents(self) -> int:
        return sum(f.refunded_cents for f in self.families)


async def money_of(session: AsyncSession, order: GroupOrder) -> dict[int, tuple[int, int]]:
    """Per parent: (paid and kept, paid and refunded) in cents."""
    money: dict[int, tuple[int, int]] = {}
    for member_id, cents, refund in await session.execute(
            select(OrderPayment.member_id, OrderPayment.amount_cents, OrderPayment.refund_status)
            .where(OrderPayment.order_id == order.id,
                   OrderPayment.status == PaymentStatus.PAID)):
        kept, refunded = money.get(member_id, (0, 0))
        money[member_id] = (kept, refunded + cents) if refund else (kept + cents, refunded)
    return money


async def summary(session: AsyncSession, order: GroupOrder) -> Summary:
    money = await money_of(session, order)
    families = [FamilyLine(member, await lines_of(session, order, member.id),
                           *money.get(member.id, (0, 0)))
                for member in await participants(session, order)]
    totals: dict[tuple[str, str], int] = {}
    for line in sorted((line for f in families for line in f.lines), key=Line.sort_key):
        key = (line.item.name, line.variant)
        totals[key] = totals.get(key, 0) + line.quantity
    by_parent = {family.member.id: family for family in families}
    return Summary(families, totals, [
        Household([by_parent[parent.id] for parent in parents])
        for parents in await households(session, [f.member for f in families])])


async def count_families(session: AsyncSession, members: list[Member]) -> int:
    """How many families these parents are: co-parents of the same children count once,
    as everywhere SchoolHub counts families (and as the limit per family counts them)."""
    return await household_count(session, members)
