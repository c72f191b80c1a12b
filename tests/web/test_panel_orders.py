"""The group-order pages: the school's orders, an order's families, lines and payment
attempts, the organiser's operations from the panel (the same services as the chat,
refunds included, through a local Mollie), the supplier's CSV, the dashboard's chart, and
another school's orders out of reach."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import select

from bot.app import build_app
from core.admin import accounts
from core.clock import utcnow
from core.db import unit_of_work
from core.models import AuditEntry, GroupOrder, OrderStatus
from tests.support.flows import (
    admin_of,
    another_family,
    checkout,
    families,
    link_in,
    new_order,
    second_parent,
)
from tests.support.harness import App, Person
from tests.support.mollie_api import LocalMollie
from tests.support.panel import (
    PASSWORD,
    log_in,
    member_named,
    other_school_admin,
    page,
    submit,
)


@pytest.fixture
async def shop(database_url: str, mollie: LocalMollie
               ) -> AsyncIterator[tuple[App, TestClient, dict[str, Person]]]:
    """Sophie (admin) publishes a chocolate order that Anna and Jan join; Sophie has a
    panel login. Payments go through the local Mollie."""
    app = App(database_url, mollie_endpoint=mollie.base_url)
    await app.serve_web()
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    await new_order(sophie, minimum="2", items=(("Chocolates 3,33", None),
                                                ("Marzipan 0,10", None)))
    await sophie.taps("Publish")
    await app.deliver()
    for parent, join, items in ((anna, "Join", (("Chocolates", "3"), ("Marzipan", "3"))),
                                (jan, "Meedoen", (("Marzipan", "2"),))):
        await parent.taps(join)
        for item, quantity in items:
            await parent.taps(item)
            await parent.taps(quantity)
    sophie_id = (await member_named(app, "Sophie")).id
    async with unit_of_work(app.sessions) as uow:
        await accounts.create_user(uow.session, sophie_id, "sophie@school.be", PASSWORD)
    client = TestClient(TestServer(build_app(app.runtime)))
    await client.start_server()
    assert (await log_in(client)).status == 303
    yield app, client, {"sophie": sophie, "anna": anna, "jan": jan}
    await client.close()
    await app.close()


async def the_order(app: App) -> GroupOrder:
    async with app.sessions() as session:
        return await session.scalar(select(GroupOrder).order_by(GroupOrder.id).limit(1))


async def audit_actions(app: App) -> list[str]:
    async with app.sessions() as session:
        return list(await session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


async def test_the_pages_render_for_the_admin_and_not_for_anonymous(shop) -> None:
    app, client, _ = shop
    order = await the_order(app)
    paths = ("/admin/orders", f"/admin/orders/{order.id}",
             f"/admin/orders/{order.id}/supplier.csv")
    listing = await page(client, paths[0])
    assert f'<a href="/admin/orders/{order.id}">Class T-shirts</a>' in listing
    assert "<td>open</td>" in listing and "<td>2</td>" in listing
    # ordered (3 × 3.33 + 5 × 0.10), then paid: the list says what is still to come in
    assert "<td>€10.49</td>\n      <td>€0.00</td>" in listing
    card = await page(client, paths[1])
    assert "8 ordered, minimum 2" in card and "Anna De Smet" in card and "Jan Peeters" in card
    assert "<li>3 × Chocolates</li><li>5 × Marzipan</li>" in card
    assert "<td>3 × Chocolates, 3 × Marzipan</td>" in card and "€10.29" in card
    assert "Close now" in card and "Extend by a week" in card
    # nobody was asked to pay yet: not two families marked "not paid"
    assert card.count("<td>payment not asked yet</td>") == 2 and "<td>not paid</td>" not in card
    assert "Still to pay" not in card
    await page(client, paths[2])
    assert "Group orders per month" in await page(client, "/admin/charts/orders.svg")
    assert '<img src="/admin/charts/orders.svg"' in await page(client, "/admin/")
    client.session.cookie_jar.clear()
    for path in paths:
        response = await client.get(path, allow_redirects=False)
        assert (response.status, response.headers["Location"]) == (303, "/admin/login")


async def test_a_family_owing_two_orders_is_one_family_on_the_dashboard(shop) -> None:
    app, client, people = shop
    await new_order(people["sophie"], "Class cards", minimum="1", items=(("Card 2,00", None),))
    await people["sophie"].taps("Publish")
    await app.deliver()
    jan = people["jan"]
    await jan.taps("Meedoen")  # Jan is in both orders, Anna in the first
    await jan.taps("Card")
    await jan.taps("1")
    async with app.sessions() as session:
        order_ids = list(await session.scalars(select(GroupOrder.id)))
    owing = await page(client, "/admin/orders?to_pay=on")  # open: nobody asked to pay yet
    assert "Class cards" not in owing and "Class T-shirts" not in owing
    for order_id in order_ids:
        await submit(client, f"/admin/orders/{order_id}/close", {"confirm": "on"})
    assert await app.settle_payments() == 3
    assert ('<a href="/admin/orders?to_pay=on">2 families still have a group order to pay'
            in await page(client, "/admin/"))
    owing = await page(client, "/admin/orders?to_pay=on")
    assert "Class cards" in owing and "Class T-shirts" in owing and " checked>" in owing


async def test_closed_from_the_panel_paid_then_cancelled_with_refunds(shop, mollie) -> None:
    app, client, people = shop
    order = await the_order(app)
    response = await submit(client, f"/admin/orders/{order.id}/close", {"confirm": "on"})
    assert "The order is closed." in await response.text()
    assert (await the_order(app)).status == OrderStatus.CONFIRMED
    assert await app.settle_payments() == 2
    anna = people["anna"]
    anna_payment = link_in(anna.last.text).rsplit("/", 1)[1]
    await checkout(link_in(anna.last.text))
    card = await page(client, f"/admin/orders/{order.id}")
    assert "link sent" in card and "<td>paid" in card
    assert "<td>paid</td>" in card and "<td>not paid</td>" in card  # Anna, then Jan
    assert "Still to pay</dt><dd>1 family</dd>" in card
    assert "1 family still has a group order to pay" in await page(client, "/admin/")
    assert "Total</dt><dd>€10.49" in card and "Paid</dt><dd>€10.29" in card

    unsure = await submit(client, f"/admin/orders/{order.id}/cancel")  # box not ticked
    assert unsure.status == 400
    assert 'id="e-confirm-cancel">Tick the box to confirm.' in await unsure.text()
    assert (await the_order(app)).status == OrderStatus.CONFIRMED and not mollie.refunds
    response = await submit(client, f"/admin/orders/{order.id}/cancel", {"confirm": "on"})
    cancelled = await response.text()
    assert "The order is cancelled" in cancelled and "<td>requested</td>" in cancelled
    assert "<td>not paid</td>" not in cancelled and "Still to pay" not in cancelled  # nothing due
    assert await app.settle_payments() == 1
    refunds = list(mollie.refunds.values())
    assert [(r["paymentId"], r["amount"]["value"]) for r in refunds] == [(anna_payment, "10.29")]
    assert anna.last.text == "↩️ €10.29 for “Class T-shirts” is being refunded to you."
    assert any("door de organisator geannuleerd" in m.text for m in people["jan"].inbox)
    card = await page(client, f"/admin/orders/{order.id}")  # given back: no longer paid
    assert "Paid</dt><dd>€0.00</dd>" in card and "Refunded</dt><dd>€10.29</dd>" in card
    assert "<td>refunded</td>" in card and "<td>paid</td>" not in card
    assert "<td>€0.00 <small>(refunded €10.29)</small></td>" in await page(client, "/admin/orders")
    sheet = await (await client.get(f"/admin/orders/{order.id}/supplier.csv?lang=fr")).read()
    lines = sheet.decode("utf-8-sig").splitlines()  # the supplier's CSV said “non” of her
    assert "Anna De Smet;P3;Chocolates;;3;9,99;remboursé" in lines
    assert "Jan Peeters;P3;Marzipan;;2;0,20;non" in lines
    again = await submit(client, f"/admin/orders/{order.id}/cancel", {"confirm": "on"})
    assert again.status == 409
    assert await audit_actions(app) == ["login", "order-close", "order-cancel"]


async def test_closing_now_asks_to_be_sure_first(shop) -> None:
    app, client, _ = shop
    order = await the_order(app)
    card = await page(client, f"/admin/orders/{order.id}")
    assert card.count('name="confirm"') == 2  # close now and cancel each ask
    assert 'id="f-confirm-close"' in card and 'id="f-confirm-cancel"' in card
    unsure = await submit(client, f"/admin/orders/{order.id}/close")  # box not ticked
    assert unsure.status == 400
    text = await unsure.text()
    assert 'id="e-confirm-close">Tick the box to confirm.' in text
    assert 'id="e-confirm-cancel"' not in text  # the other form is left alone
    assert (await the_order(app)).status == OrderStatus.OPEN
    assert await app.settle_payments() == 0  # no payment request was made
    assert await audit_actions(app) == ["login"]
    response = await submit(client, f"/admin/orders/{order.id}/close", {"confirm": "on"})
    assert "The order is closed." in await response.text()
    assert (await the_order(app)).status == OrderStatus.CONFIRMED


async def test_a_confirmed_order_is_marked_delivered_and_the_families_told(shop) -> None:
    app, client, people = shop
    order = await the_order(app)
    early = await submit(client, f"/admin/orders/{order.id}/deliver")  # still open
    assert early.status == 409
    assert "Only a confirmed order can be marked as delivered." in await early.text()
    assert (await the_order(app)).status == OrderStatus.OPEN
    await submit(client, f"/admin/orders/{order.id}/close", {"confirm": "on"})
    await app.deliver()
    card = await page(client, f"/admin/orders/{order.id}")
    assert "Mark as delivered" in card and "Cancel the order" in card
    response = await submit(client, f"/admin/orders/{order.id}/deliver")
    assert response.status == 200
    delivered = await response.text()
    assert "The order is marked as delivered; the families are told." in delivered
    assert "Mark as delivered" not in delivered and "Cancel the order" not in delivered
    assert (await the_order(app)).status == OrderStatus.COMPLETED
    # delivered, yet still owed: the dashboard and the page keep counting who must pay
    assert "2 families still have a group order to pay" in await page(client, "/admin/")
    assert "Still to pay</dt><dd>2 families</dd>" in delivered
    await app.deliver()
    assert people["anna"].last.text.startswith("📦 “Class T-shirts” has arrived!")
    assert "Class T-shirts" in people["jan"].last.text
    assert people["jan"].last.text.startswith("📦")
    again = await submit(client, f"/admin/orders/{order.id}/deliver")
    assert again.status == 409
    assert await audit_actions(app) == ["login", "order-close", "order-deliver"]


async def test_extended_from_the_panel(shop) -> None:
    app, client, people = shop
    order = await the_order(app)
    await submit(client, f"/admin/orders/{order.id}/extend")
    extended = await the_order(app)
    assert extended.deadline - order.deadline == timedelta(days=7)
    await app.deliver()
    assert "Class T-shirts" in people["anna"].last.text
    async with app.sessions() as session:
        entry = await session.scalar(select(AuditEntry).where(
            AuditEntry.action == "order-extend"))
    assert entry.subject == f"order:{order.id}"


async def test_the_supplier_csv_is_the_one_the_chat_sends(shop) -> None:
    app, client, people = shop
    order = await the_order(app)
    response = await client.get(f"/admin/orders/{order.id}/supplier.csv")
    assert response.headers["Content-Disposition"] == (
        f'attachment; filename="order-{order.id}.csv"')
    panel_sheet = await response.read()
    sophie = people["sophie"]
    await sophie.says("/orders")
    await sophie.taps("Class T-shirts")
    await sophie.taps("Manage")
    await sophie.taps("CSV")
    assert panel_sheet == sophie.last.document_bytes
    lines = panel_sheet.decode("utf-8-sig").splitlines()
    assert lines[:3] == ["item;variant;quantity", "Chocolates;;3", "Marzipan;;5"]
    assert "family;classes;item;variant;quantity;amount (€);paid" in lines
    assert "Anna De Smet;P3;Chocolates;;3;9,99;no" in lines  # the class tells namesakes apart
    assert "Jan Peeters;P3;Marzipan;;2;0,20;no" in lines


async def test_the_supplier_csv_speaks_the_admins_language(shop) -> None:
    app, client, _ = shop
    order = await the_order(app)
    french = (await (await client.get(f"/admin/orders/{order.id}/supplier.csv?lang=fr")).read())
    assert french.startswith(b"\xef\xbb\xbf")
    lines = french.decode("utf-8-sig").splitlines()
    assert lines[:3] == ["article;variante;quantité", "Chocolates;;3", "Marzipan;;5"]
    assert "famille;classes;article;variante;quantité;montant (€);payé" in lines
    assert "Anna De Smet;P3;Chocolates;;3;9,99;non" in lines
    dutch = (await (await client.get(f"/admin/orders/{order.id}/supplier.csv?lang=nl")).read())
    assert "Jan Peeters;L3;Marzipan;;2;0,20;nee" in dutch.decode("utf-8-sig").splitlines()


async def test_the_supplier_csv_gives_co_parents_one_basket(shop) -> None:
    """Anna and Marc share Léa: one family, one bag to hand out at the pickup, their
    quantities added, "partly" paid until both have paid."""
    app, client, people = shop
    marc = await second_parent(app, people["anna"])
    await marc.says("/orders")
    await marc.taps("Class T-shirts")
    await marc.taps("Chocolates")
    await marc.taps("1")
    order = await the_order(app)
    await submit(client, f"/admin/orders/{order.id}/close", {"confirm": "on"})
    assert await app.settle_payments() == 3
    await checkout(link_in(people["anna"].last.text))
    sheet = await (await client.get(f"/admin/orders/{order.id}/supplier.csv")).read()
    lines = sheet.decode("utf-8-sig").splitlines()
    assert lines[:3] == ["item;variant;quantity", "Chocolates;;4", "Marzipan;;5"]
    assert [line for line in lines if "De Smet" in line] == [
        "Anna De Smet & Marc Dubois;P3;Chocolates;;4;13,32;partly",
        "Anna De Smet & Marc Dubois;P3;Marzipan;;3;0,30;partly"]
    assert "Jan Peeters;P3;Marzipan;;2;0,20;no" in lines


async def test_orders_sort_and_filter(shop) -> None:
    app, client, _ = shop
    async with unit_of_work(app.sessions) as uow:
        first = await uow.session.scalar(select(GroupOrder))
        uow.session.add(GroupOrder(school_id=first.school_id, organiser_id=first.organiser_id,
                                   title="Apple juice", min_quantity=1,
                                   deadline=utcnow() + timedelta(days=2),
                                   status=OrderStatus.CANCELLED))
    by_title = await page(client, "/admin/orders?sort=title&dir=asc")
    assert by_title.index("Apple juice") < by_title.index("Class T-shirts")
    by_deadline = await page(client, "/admin/orders?sort=deadline&dir=asc")
    assert by_deadline.index("Apple juice") < by_deadline.index("Class T-shirts")
    cancelled = await page(client, "/admin/orders?status=cancelled")
    assert "Apple juice" in cancelled and "Class T-shirts" not in cancelled


async def test_another_schools_order_is_out_of_reach(shop) -> None:
    app, client, _ = shop
    async with other_school_admin(app) as (session, zoe):
        theirs = GroupOrder(school_id=zoe.school_id, organiser_id=zoe.id, title="Leur commande",
                            min_quantity=1, deadline=utcnow() + timedelta(days=3))
        session.add(theirs)
        await session.flush()
    for path in (f"/admin/orders/{theirs.id}", f"/admin/orders/{theirs.id}/supplier.csv"):
        assert (await client.get(path)).status == 404
    for action in ("close", "extend", "cancel", "deliver"):
        refused = await submit(client, f"/admin/orders/{theirs.id}/{action}", {"confirm": "on"})
        assert refused.status == 404
    async with app.sessions() as session:
        after = await session.get_one(GroupOrder, theirs.id)
    assert (after.status, after.deadline) == (OrderStatus.OPEN, theirs.deadline)
    assert "Leur commande" not in await page(client, "/admin/orders")


async def test_closing_below_the_minimum_says_the_order_is_called_off(shop) -> None:
    app, client, people = shop
    order = await the_order(app)
    async with unit_of_work(app.sessions) as uow:
        (await uow.session.get_one(GroupOrder, order.id)).min_quantity = 99
    response = await submit(client, f"/admin/orders/{order.id}/close", {"confirm": "on"})
    assert ("The minimum was not reached: the order is cancelled and the families are told."
            in await response.text())
    assert (await the_order(app)).status == OrderStatus.CANCELLED


async def test_two_parents_of_one_family_are_one_family_on_the_order_pages(shop) -> None:
    app, client, people = shop
    marc = await second_parent(app, people["anna"])  # Léa's father orders too
    await marc.says("/orders")
    await marc.taps("Class T-shirts")
    await marc.taps("Marzipan")
    await marc.taps("1")
    order = await the_order(app)
    assert "<td>2</td>\n      <td>€10.59</td>" in await page(client, "/admin/orders")
    await submit(client, f"/admin/orders/{order.id}/close", {"confirm": "on"})
    card = await page(client, f"/admin/orders/{order.id}")
    assert "Still to pay</dt><dd>2 families</dd>" in card
    assert "Marc Dubois</a></td>\n      <td>1 × Marzipan</td>" in card  # his own line


async def test_the_list_sorts_and_the_dashboard_counts_households(shop) -> None:
    """Sorting by “Families” and the dashboard's families to pay counted parents: Anna and
    Marc, Léa's parents, made one order look bigger than another of three families, and
    were two families still to pay."""
    app, client, people = shop
    marc = await second_parent(app, people["anna"])
    await marc.says("/orders")
    await marc.taps("Class T-shirts")
    await marc.taps("Marzipan")
    await marc.taps("1")  # Class T-shirts: 3 parents, 2 families
    school_id = (await the_order(app)).school_id
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    await new_order(people["sophie"], "Class cards", minimum="1", items=(("Card 2,00", None),))
    await people["sophie"].taps("Publish")
    await app.deliver()
    for parent, join in ((people["anna"], "Join"), (people["jan"], "Meedoen"),
                         (marie, "Participer")):  # Class cards: 3 parents, 3 families
        await parent.taps(join)
        await parent.taps("Card")
        await parent.taps("1")
    by_families = await page(client, "/admin/orders?sort=families&dir=desc")
    assert by_families.index("Class cards") < by_families.index("Class T-shirts")
    async with app.sessions() as session:
        order_ids = list(await session.scalars(select(GroupOrder.id)))
    for order_id in order_ids:
        await submit(client, f"/admin/orders/{order_id}/close", {"confirm": "on"})
    await app.settle_payments()
    assert ('<a href="/admin/orders?to_pay=on">3 families still have a group order to pay'
            in await page(client, "/admin/"))  # Anna and Marc, Jan, Marie
