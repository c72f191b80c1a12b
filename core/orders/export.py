"""An order as the organiser hands it on: who ordered what and who paid, and the CSV for
the supplier (the same file from the chat and from the panel)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from core.models import GroupOrder
from core.orders import payments
from core.orders import service as orders
from core.orders.money import mollie_amount
from core.orders.service import Summary
from core.spreadsheet import sheet


async def order_summary(session: AsyncSession, order: GroupOrder) -> Summary:
    return await orders.summary(session, order, await payments.paid_members(session, order))


def supplier_csv(summary: Summary) -> bytes:
    """Totals per item and variant first (what to order), then each family's lines."""
    rows: list[list] = [["item", "variant", "quantity"]]
    rows += [[name, variant, quantity] for (name, variant), quantity in summary.totals.items()]
    rows += [[], ["family", "item", "variant", "quantity", "amount_eur", "paid"]]
    rows += [[family.member.full_name, line.item.name, line.variant, line.quantity,
              Decimal(mollie_amount(line.cents)["value"]), "yes" if family.paid else "no"]
             for family in summary.families for line in family.lines]
    return sheet(rows)
