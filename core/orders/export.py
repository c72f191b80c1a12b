"""An order as the organiser hands it on: who ordered what and who paid, and the CSV for
the supplier (the same file from the chat and from the panel, in the language of whoever
asks for it)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.i18n import Translate
from core.models import Child, GroupOrder, MemberChild, SchoolClass
from core.models.school import CLASS_CODES
from core.orders import payments
from core.orders import service as orders
from core.orders.money import mollie_amount
from core.orders.service import Summary
from core.spreadsheet import sheet


async def order_summary(session: AsyncSession, order: GroupOrder) -> Summary:
    return await orders.summary(session, order, await payments.paid_members(session, order))


async def supplier_csv(session: AsyncSession, order: GroupOrder, t: Translate) -> bytes:
    summary = await order_summary(session, order)
    return supplier_sheet(summary, await classes_of_families(
        session, [family.member.id for family in summary.families]), t)


async def classes_of_families(session: AsyncSession, member_ids: list[int]
                              ) -> dict[int, list[str]]:
    """The class codes of each member's children, in the school's order: where to hand
    an order out, and what tells two families of the same name apart."""
    rows = await session.execute(
        select(MemberChild.member_id, SchoolClass.code).distinct()
        .join(Child, Child.id == MemberChild.child_id)
        .join(SchoolClass, SchoolClass.id == Child.class_id)
        .where(MemberChild.member_id.in_(member_ids)))
    classes: dict[int, list[str]] = {}
    for member_id, code in rows:
        classes.setdefault(member_id, []).append(code)
    order = {code: index for index, code in enumerate(CLASS_CODES)}
    return {member_id: sorted(codes, key=lambda code: (order.get(code, len(order)), code))
            for member_id, codes in classes.items()}


def supplier_sheet(summary: Summary, classes: dict[int, list[str]], t: Translate) -> bytes:
    """Totals per item and variant first (what to order), then each family's lines with
    its children's classes."""

    def heads(*columns: str) -> list[str]:
        return [t("orders-csv-column", column=column) for column in columns]

    rows: list[list] = [heads("item", "variant", "quantity")]
    rows += [[name, variant, quantity] for (name, variant), quantity in summary.totals.items()]
    rows += [[], heads("family", "classes", "item", "variant", "quantity", "amount", "paid")]
    rows += [[family.member.full_name,
              ", ".join(t(f"class-{code.lower()}") for code in classes.get(family.member.id, [])),
              line.item.name, line.variant, line.quantity,
              Decimal(mollie_amount(line.cents)["value"]),
              t("orders-csv-paid", paid="yes" if family.paid else "no")]
             for family in summary.families for line in family.lines]
    return sheet(rows)
