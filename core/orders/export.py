"""An order as the organiser hands it on: who ordered what and who paid, and the CSV for
the supplier (the same file from the chat and from the panel, in the language of whoever
asks for it)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from core.i18n import Translate
from core.members.audience import classes_cell, classes_of_families
from core.models import GroupOrder
from core.orders import service as orders
from core.orders.money import mollie_amount
from core.orders.service import Household, Summary
from core.spreadsheet import sheet


async def order_summary(session: AsyncSession, order: GroupOrder) -> Summary:
    return await orders.summary(session, order)


async def supplier_csv(session: AsyncSession, order: GroupOrder, t: Translate) -> bytes:
    summary = await order_summary(session, order)
    return supplier_sheet(summary, await classes_of_families(
        session, [family.member.id for family in summary.families]), t)


def supplier_sheet(summary: Summary, classes: dict[int, list[str]], t: Translate) -> bytes:
    """Totals per item and variant first (what to order), then each family's basket with
    its children's classes: co-parents who both ordered are one family, one bag to hand
    out, their quantities added ("partly" paid while one of them has not)."""

    def heads(*columns: str) -> list[str]:
        return [t("orders-csv-column", column=column) for column in columns]

    def classes_of(household: Household) -> list[str]:
        return list(dict.fromkeys(code for parent in household.parents
                                  for code in classes.get(parent.member.id, [])))

    rows: list[list] = [heads("item", "variant", "quantity")]
    rows += [[name, variant, quantity] for (name, variant), quantity in summary.totals.items()]
    rows += [[], heads("family", "classes", "item", "variant", "quantity", "amount", "paid")]
    rows += [[household.name, classes_cell(t, classes_of(household)),
              line.item.name, line.variant, line.quantity,
              Decimal(mollie_amount(line.cents)["value"]),
              t("orders-csv-paid", paid=household.payment)]
             for household in summary.groups for line in household.basket]
    return sheet(rows)
