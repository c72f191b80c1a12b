"""Group orders as transcripts: create, join, change, leave, close, pay with Mollie
(through mollie-api-python against a local Mollie), webhooks, reconciliation, refunds."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import aiohttp
import time_machine
from sqlalchemy import func, select, update
from sqlalchemy.orm import selectinload

from bot.scheduler import close_due_orders, remind_unpaid_orders
from core.clock import utcnow
from core.db import unit_of_work
from core.i18n import format_datetime
from core.members import roles
from core.models import (
    GroupOrder,
    Member,
    OrderLine,
    OrderPayment,
    OutboxMessage,
    PaymentStatus,
    RoleKind,
    School,
)
from core.orders import organiser, payments, refunds
from handlers.orders_format import OrderCb
from tests.support.flows import (
    admin_of,
    another_family,
    checkout,
    class_ids,
    co_rep,
    families,
    link_in,
    new_order,
    rep_of,
    second_parent,
)
from tests.support.harness import App, Person
from tests.support.mollie_api import LocalMollie


async def open_order(app: App, **options) -> tuple[Person, Person, Person]:
    """Sophie (admin) publishes the T-shirt order; Anna and Jan have been told."""
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    await new_order(sophie, **options)
    await sophie.taps("Publish")
    await app.deliver()
    return sophie, anna, jan


async def join(parent: Person, item: str, variant: str | None, quantity: str) -> str:
    await parent.taps(item)
    if variant:
        await parent.taps(variant)
    return await parent.taps(quantity) if quantity.isdigit() and len(quantity) < 3 else \
        await parent.says(quantity)


async def payment_of(app: App, first_name: str) -> OrderPayment:
    """The family's latest payment attempt."""
    async with app.sessions() as session:
        return await session.scalar(
            select(OrderPayment).join(Member, Member.id == OrderPayment.member_id)
            .where(Member.first_name == first_name).order_by(OrderPayment.id.desc()).limit(1))


async def ids(app: App) -> tuple[int, int]:
    """The school's id and its (first) order's id."""
    async with app.sessions() as session:
        return (await session.scalar(select(func.min(School.id))),
                await session.scalar(select(func.min(GroupOrder.id))))


async def manage(organiser: Person, action: str, title: str = "Class T-shirts",
                 label: str = "Manage") -> str:
    """/orders -> the order -> Manage (`label`, in the organiser's language) -> the action."""
    await organiser.says("/orders")
    await organiser.taps(title)
    await organiser.taps(label)
    return await organiser.taps(action)


async def close_now(organiser: Person) -> str:
    await manage(organiser, "Close now")
    return await organiser.taps("Yes, close it")


async def confirmed_order(app: App) -> tuple[Person, Person, Person]:
    """Anna (M) and Jan (S) each order a T-shirt and Sophie closes the order: both have
    a payment link."""
    sophie, anna, jan = await open_order(app, minimum="2")
    for parent, label, size in ((anna, "Join", "M"), (jan, "Meedoen", "S")):
        await parent.taps(label)
        await join(parent, "T-shirt", size, "1")
    await close_now(sophie)
    await app.settle_payments()
    return sophie, anna, jan


async def test_an_order_without_a_description_is_announced_without_a_dash(app: App) -> None:
    anna, _, school_id = await families(app)
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    sophie = await admin_of(app, school_id)
    await new_order(sophie)  # no description: the wizard's Skip
    await sophie.taps("Publish")
    await app.deliver()
    assert marie.last.text.startswith("🛒 Nouvel achat groupé : Class T-shirts\n• T-shirt")
    assert anna.last.text.startswith("🛒 New group order: Class T-shirts\n• T-shirt")
    await anna.says("/orders")
    card = await anna.taps("Class T-shirts")
    assert card.startswith("🛒 Class T-shirts (open)\n📦 Pickup: School hall, Friday 15h30\n")


async def test_the_announcement_shows_what_is_on_offer_before_joining(app: App) -> None:
    """“Minimum to go ahead: 3” said neither what was for sale nor 3 of what."""
    anna, jan, school_id = await families(app)
    luc = await another_family(app, school_id, 407, "Luc", (("Zoé", "P5"),))
    sophie = await admin_of(app, school_id)
    await new_order(sophie, minimum="1", maximum="4", items=(
        ("T-shirt 12,50", "S, M, L"), ("Cap 3,50", None)))
    await sophie.taps("Publish")
    await app.deliver()
    assert anna.last.text == (
        "🛒 New group order: Class T-shirts\n"
        "• T-shirt — €12.50 (S, M, L)\n• Cap — €3.50\n"
        "It goes ahead if families order at least 1 item in all. At most 4 per family.\n"
        "⏰ Order before Sat 12 Dec 2099, 20:00.\n📦 Pickup: School hall, Friday 15h30")
    assert luc.last.text == (
        "🛒 Nouvel achat groupé : Class T-shirts\n"
        "• T-shirt — 12,50\xa0€ (S, M, L)\n• Cap — 3,50\xa0€\n"
        "La commande est lancée si les familles commandent ensemble au moins 1 article. "
        "Au plus 4 par famille.\n"
        "⏰ Commandez avant le sam. 12 déc. 2099, 20:00.\n📦 Retrait : School hall, Friday 15h30")
    assert jan.last.text.startswith(
        "🛒 Nieuwe groepsaankoop: Class T-shirts\n• T-shirt — €\xa012,50 (S, M, L)\n"
        "• Cap — €\xa03,50\nDe bestelling gaat door als de gezinnen samen minstens 1 artikel "
        "bestellen. Hoogstens 4 per gezin.\n⏰ Bestel vóór za 12 dec 2099, 20:00.")
    assert jan.button_labels() == ["🛒 Meedoen"]


async def test_a_parent_joins_and_pays_an_order_end_to_end(shop: App,
                                                         mollie: LocalMollie) -> None:
    sophie, anna, jan = await open_order(shop, photo=b"\xff\xd8 the T-shirt")
    assert anna.last.text.startswith("🛒 New group order: Class T-shirts")
    assert anna.last.document_bytes == b"\xff\xd8 the T-shirt"
    assert anna.button_labels() == ["🛒 Join"]
    card = await anna.taps("Join")
    assert "📊 0 ordered (minimum 3)" in card and "• T-shirt — €12.50 (S, M, L)" in card
    assert "Which one for T-shirt?" in await anna.taps("T-shirt")
    assert "How many T-shirt M at €12.50?" in await anna.taps("M")
    assert anna.button_labels() == [str(n) for n in range(10)]  # one WhatsApp list; more typed
    card = await anna.taps("2")
    assert "✅ Your order is updated." in card
    assert "📊 2 ordered (minimum 3)" in card and "• 2 × T-shirt M — €25.00\nTotal: €25.00" in card
    await jan.taps("Meedoen")
    await jan.taps("T-shirt")
    await jan.taps("S")
    assert "• 1 × T-shirt S — €\xa012,50" in await jan.taps("1")

    assert await close_now(sophie) == "The order is closed: confirmed."
    assert await shop.settle_payments() == 2
    assert "“Class T-shirts” goes ahead: 3 ordered by 2 families" in sophie.last.text
    link = anna.last.text
    assert link.startswith("✅ The order “Class T-shirts” goes ahead!\nYour amount: €25.00.")
    payment = mollie.payments[link_in(link).rsplit("/", 1)[1]]
    assert payment["amount"] == {"currency": "EUR", "value": "25.00"}
    assert payment["method"] is None and payment["webhookUrl"].endswith("/webhooks/mollie")
    assert payment["metadata"]["order_id"] and payment["locale"] == "en_US"
    assert "€\xa012,50" in jan.last.text and payment["description"] == "Class T-shirts"

    assert await checkout(link_in(link)) == 303  # Anna pays; Mollie calls our webhook
    await shop.deliver()
    assert anna.last.text == "✅ Payment of €25.00 received for “Class T-shirts”. Thank you!"
    summary = await manage(sophie, "Who ordered what")
    assert "Totals:\n• 1 × T-shirt S\n• 2 × T-shirt M" in summary
    assert "• Anna De Smet: 2 × T-shirt M — €25.00 ✅" in summary
    assert "Total €37.50, paid €25.00" in summary
    await manage(sophie, "CSV")
    sheet = sophie.last.document_bytes.decode("utf-8-sig")
    assert "T-shirt;S;1\r\nT-shirt;M;2" in sheet
    assert "Anna De Smet;P3;T-shirt;M;2;25,00;yes" in sheet
    told = len(anna.inbox)
    assert await manage(sophie, "Delivered") == (
        "Mark “Class T-shirts” as delivered? 2 families will be told it has arrived. This cannot "
        "be undone.\n[1] 📦 Yes, arrived  [2] No, not yet")
    sure = sophie.keyboard()
    assert (await sophie.taps("No, not yet")).startswith("🛠 “Class T-shirts” (confirmed)")
    await shop.deliver()
    assert len(anna.inbox) == told  # one slip of the thumb no longer tells everyone
    assert "Marked as delivered" in await sophie.taps_again(sure, "Yes, arrived")
    assert "Only a confirmed order" in await sophie.taps_again(sure, "Yes, arrived")
    await shop.deliver()
    assert anna.last.text == "📦 “Class T-shirts” has arrived! Pickup: School hall, Friday 15h30"


async def test_the_organiser_is_told_once_when_the_minimum_is_reached_and_all_have_paid(
        shop: App, mollie: LocalMollie) -> None:
    """The organiser had to keep opening /orders to know whether the order would go ahead,
    and whether it was time to order from the supplier."""
    sophie, anna, jan = await open_order(shop)
    told = len(sophie.inbox)
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "2")
    await shop.deliver()
    assert len(sophie.inbox) == told  # no notice per join
    await jan.taps("Meedoen")
    await join(jan, "T-shirt", "S", "1")
    await shop.deliver()
    assert sophie.last.text == (
        "🎉 “Class T-shirts” has reached its minimum: 3 ordered (minimum 3) by 2 families, "
        "€37.50 in all.\n• 1 × T-shirt S\n• 2 × T-shirt M\n"
        "It goes ahead at the deadline, Sat 12 Dec 2099, 20:00; families can still join "
        "until then. To close it earlier: 🛠 Manage in /orders.")
    await jan.taps("Niet meer meedoen")  # below the minimum: she was told it goes ahead
    await jan.taps("Ja, ik stop")
    with time_machine.travel(utcnow() + organiser.LOST_GRACE):  # not back meanwhile
        await shop.deliver()
    assert sophie.last.text == (
        "⚠️ “Class T-shirts” is below its minimum again: 2 ordered, 3 needed. Unless "
        "families order more by Sat 12 Dec 2099, 20:00, it will be cancelled. To give them "
        "a week more: ⏰ Extend by a week, under 🛠 Manage in /orders.")
    await join(jan, "T-shirt", "S", "1")  # back over it, told again; each crossing once
    await shop.deliver()
    assert sophie.last.text.startswith("🎉 “Class T-shirts” has reached its minimum: 3 ordered")
    await join(anna, "T-shirt", "M", "2")  # the same quantity again: no crossing
    await shop.deliver()
    assert sum("reached its minimum" in m.text for m in sophie.inbox) == 2
    assert sum("below its minimum again" in m.text for m in sophie.inbox) == 1

    await close_now(sophie)
    await shop.settle_payments()
    await checkout(link_in(anna.last.text))
    await shop.deliver()
    assert not any("Every family has paid" in m.text for m in sophie.inbox)  # Jan has not
    jan_payment = link_in(jan.last.text).rsplit("/", 1)[1]
    await checkout(link_in(jan.last.text))
    await mollie.notify(jan_payment)  # the same webhook twice
    await shop.deliver()
    assert sophie.last.text == (
        "💶 Every family has paid for “Class T-shirts”: €37.50 from 2 families.\n"
        "To order from the supplier:\n• 1 × T-shirt S\n• 2 × T-shirt M\n"
        "📄 The CSV for the supplier is under 🛠 Manage in /orders.")
    assert sum("Every family has paid" in m.text for m in sophie.inbox) == 1


async def test_changing_typing_a_quantity_the_family_maximum_and_leaving(app: App) -> None:
    _, anna, _ = await open_order(app, maximum="3")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "2")
    await anna.taps("T-shirt")
    await anna.taps("L")
    assert anna.button_labels() == ["0", "1"]  # 2 M already: what the limit leaves
    assert await anna.says("2") == ("At most 3 per family for this order, and your family "
                                    "already has 2: 1 T-shirt L at most.")
    assert await anna.says("lots") == "Please give a quantity from 0 to 1."
    assert await anna.says("²") == "Please give a quantity from 0 to 1."  # a digit, no number
    card = await anna.says("1")
    assert "• 2 × T-shirt M — €25.00\n• 1 × T-shirt L — €12.50\nTotal: €37.50" in card
    await anna.taps("T-shirt")
    await anna.taps("S")
    assert anna.button_labels() == ["0"]
    assert await anna.says("1") == ("At most 3 per family for this order, and your family "
                                    "already has 3: no more T-shirt S unless you lower "
                                    "another line.")
    assert "✅ Your order is updated." in await anna.taps("0")  # nothing to take away
    await join(anna, "T-shirt", "M", "0")
    assert "📊 1 ordered (minimum 3)" in anna.said
    await anna.taps("Leave")
    left = await anna.taps("Yes, leave")
    assert left.startswith("You have left this order.\n🛒 Class T-shirts (open)\n")
    assert "Your order:\nnothing yet" in left and anna.button_labels() == ["➕ T-shirt"]
    await anna.says("/orders")
    assert "Class T-shirts · open · 0 ordered (minimum 3)" in anna.button_labels()[0]


async def test_the_deadline_cancels_an_order_below_its_minimum(app: App) -> None:
    sophie, anna, jan = await open_order(app, deadline="12/12/2030 20h")
    await anna.taps("Join")
    await join(anna, "T-shirt", "S", "1")
    await anna.taps("T-shirt")
    assert "How many T-shirt M" in await anna.taps("M")  # and she goes to school
    with time_machine.travel("2030-12-12 08:00Z"):
        assert await close_due_orders(app.sessions) == 0
        await app.deliver()
        assert "has 1 of the 3 needed" in sophie.last.text  # the organiser's warning
    with time_machine.travel("2030-12-12 19:01Z"):  # 20:01 in Brussels
        assert await close_due_orders(app.sessions) == 1
        await app.deliver()
        assert await close_due_orders(app.sessions) == 0
    assert anna.last.text == ("❌ The order “Class T-shirts” is cancelled: 1 ordered, "
                              "3 were needed. You pay nothing.")
    assert "closed below its minimum (1 ordered, 3 needed)" in sophie.last.text
    assert not any("cancelled" in m.text for m in jan.inbox)  # Jan never joined
    assert await anna.says("2") == "This order is closed; it can no longer be changed."
    assert (await anna.says("hello")).startswith("Hello Anna! 👋")  # not "How many?" again
    await anna.says("/orders")  # she joined it: she still finds it, and what it means
    assert anna.button_labels() == ["Class T-shirts · cancelled · 1 ordered (minimum 3)"]
    card = await anna.taps("Class T-shirts")
    assert card.startswith("🛒 Class T-shirts (cancelled)\n") and "Order before" not in card
    assert card.endswith("• 1 × T-shirt S — €12.50\nTotal: €12.50\n❌ Cancelled: you pay nothing.")
    assert (await jan.says("/orders")).startswith(
            "Er is op dit moment geen groepsaankoop voor jou.")
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(OrderPayment)) == 0
    _, order_id = await ids(app)
    assert "This order is closed" in await anna.forges(
        OrderCb(action="qty", order_id=order_id, item_id=1, variant=0, quantity=5).pack())


async def test_closing_now_says_first_whether_the_order_goes_ahead_or_is_cancelled(
        app: App) -> None:
    """One tap on "Close now" below the minimum used to call the order off for everyone."""
    sophie, anna, jan = await open_order(app)
    await anna.taps("Join")
    await join(anna, "T-shirt", "S", "1")
    told = len(anna.inbox)
    assert await manage(sophie, "Close now") == (
        "Close “Class T-shirts” now? Only 1 ordered of the 3 needed: the order will be "
        "cancelled for everyone.\n[1] 🔒 Yes, close it  [2] No, keep it open")
    assert (await sophie.taps("No, keep it open")).startswith("🛠 “Class T-shirts” (open)")
    await app.deliver()
    assert len(anna.inbox) == told  # nothing happened
    await sophie.says("/orders")
    assert sophie.button_labels()[0] == "Class T-shirts · open · 1 ordered (minimum 3)"
    await jan.taps("Meedoen")
    await join(jan, "T-shirt", "M", "2")
    assert await manage(sophie, "Close now") == (
        "Close “Class T-shirts” now? 3 ordered (minimum 3): the order goes ahead and 2 "
        "families get a payment link. Nobody can order after that.\n"
        "[1] 🔒 Yes, close it  [2] No, keep it open")
    await sophie.says("/orders")
    assert "Your order:\nnothing yet" in await sophie.taps("Class T-shirts")  # she may join
    await manage(sophie, "Close now")
    confirm = sophie.keyboard()
    assert await sophie.taps("Yes, close it") == "The order is closed: confirmed."
    await sophie.says("/orders")
    card = await sophie.taps("Class T-shirts")  # she only runs it: no “nothing yet” now
    assert "Your order" not in card and "Items:\n• T-shirt — €12.50 (S, M, L)" in card
    assert "This order is closed" in await sophie.taps_again(confirm, "Yes, close it")
    assert (await sophie.taps_again(confirm, "No, keep it open")).startswith(
        "🛠 “Class T-shirts” (confirmed)")


async def test_the_organiser_extends_an_order_below_its_minimum(app: App) -> None:
    sophie, anna, _ = await open_order(app, deadline="12/12/2030 20h")
    await anna.taps("Join")
    await join(anna, "T-shirt", "S", "1")
    with time_machine.travel("2030-12-12 08:00Z"):
        await close_due_orders(app.sessions)
        await app.parents_wrote_recently()
        await app.deliver()
        assert "Extended: open until" in await sophie.taps("Extend by a week")
        await app.deliver()
        assert anna.last.text.startswith(
            "⏰ “Class T-shirts” stays open until Thu 19 Dec 2030, 20:00.")
    with time_machine.travel("2030-12-13 08:00Z"):
        assert await close_due_orders(app.sessions) == 0


async def test_a_failed_payment_gets_a_new_link_and_an_expired_one_a_reminder(
        shop: App, mollie: LocalMollie) -> None:
    sophie, anna, jan = await confirmed_order(shop)
    first = link_in(anna.last.text)
    assert await checkout(first, "canceled") == 303
    await shop.deliver()
    assert "did not go through. A new link follows." in anna.last.text
    await shop.settle_payments()
    second = link_in(anna.last.text)
    assert second != first and "Your amount: €12.50" in anna.last.text

    jan_payment = link_in(jan.last.text).rsplit("/", 1)[1]
    await mollie.pay(jan_payment, "expired")
    await shop.deliver()
    assert "Betaal" in jan.last.text  # nothing new right away: the reminder re-issues
    with time_machine.travel(utcnow() + timedelta(days=2, minutes=1)):
        await remind_unpaid_orders(shop.sessions)
        await shop.parents_wrote_recently()
        await shop.settle_payments()
        assert jan.last.text.startswith("⏰ Herinnering: je betaling van €\xa012,50")
        assert link_in(jan.last.text).rsplit("/", 1)[1] != jan_payment
        assert anna.last.text.startswith("⏰ Reminder: your payment of €12.50")
        assert link_in(anna.last.text) == second  # still open: the same link again


async def test_a_card_that_keeps_failing_is_told_what_to_do_and_can_still_pay(
        shop: App, mollie: LocalMollie) -> None:
    """After six failures no new link came, yet the bot said “A new link follows” and,
    on Pay, “A new payment link is on its way”; each new link also announced again
    that the order goes ahead."""
    sophie, anna, _ = await open_order(shop, minimum="1")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "1")
    await close_now(sophie)
    await shop.settle_payments()
    for attempt in range(1, payments.MAX_ATTEMPTS + 1):
        await checkout(link_in(anna.last.text), "failed")
        await shop.settle_payments()
        if attempt < payments.MAX_ATTEMPTS:
            assert anna.inbox[-2].text == ("⚠️ Your payment of €12.50 for “Class T-shirts” "
                                           "did not go through. A new link follows.")
            assert anna.last.text.startswith(
                "🔗 A new payment link for “Class T-shirts”. Your amount: €12.50. Pay by ")
    assert anna.last.text == ("⚠️ Your payment of €12.50 for “Class T-shirts” did not go "
                              "through. To try again, tap 💶 Pay on the order in /orders.")
    await anna.says("/orders")
    await anna.taps("Class T-shirts")
    assert await anna.taps("Pay") == "Your amount: €12.50. A new payment link is on its way."
    assert await shop.settle_payments() == 1
    assert anna.last.text.startswith("🔗 A new payment link for “Class T-shirts”.")
    await checkout(link_in(anna.last.text))
    await shop.deliver()
    assert anna.last.text == "✅ Payment of €12.50 received for “Class T-shirts”. Thank you!"


async def test_duplicate_stale_and_forged_webhooks_change_nothing(
        shop: App, mollie: LocalMollie) -> None:
    sophie, anna, _ = await open_order(shop, minimum="1")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "1")
    await close_now(sophie)
    await shop.settle_payments()
    paid = link_in(anna.last.text).rsplit("/", 1)[1]
    assert await mollie.pay(paid) == 200
    assert await mollie.notify(paid) == 200  # the same status again
    mollie.set_status(paid, "open")  # a stale answer: never back from paid
    assert await mollie.notify(paid) == 200
    await shop.deliver()
    receipts = [m for m in anna.inbox if "Payment of €12.50 received" in m.text]
    assert len(receipts) == 1
    assert (await payment_of(shop, "Anna")).status == PaymentStatus.PAID

    fetched = len(mollie.calls)
    async with aiohttp.ClientSession() as http:
        for body in ({"id": "tr_forged12345"}, {"id": "'; drop table"}, {}):
            async with http.post(f"{shop.settings.base_url}/webhooks/mollie",
                                 data=body) as response:
                assert response.status == 200
    assert len(mollie.calls) == fetched  # unknown ids are not even looked up


async def test_a_missed_webhook_is_caught_by_reconciliation(shop: App,
                                                           mollie: LocalMollie) -> None:
    sophie, anna, _ = await open_order(shop, minimum="1")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "1")
    await close_now(sophie)
    await shop.settle_payments()
    mollie.set_status(link_in(anna.last.text).rsplit("/", 1)[1], "paid")  # no webhook
    assert await payments.reconcile(shop.sessions, shop.runtime.payments,
                                    min_age=timedelta(0)) == 1
    await shop.deliver()
    assert anna.last.text.startswith("✅ Payment of €12.50 received")
    assert await payments.reconcile(shop.sessions, shop.runtime.payments,
                                    min_age=timedelta(0)) == 0


async def test_cancelling_a_confirmed_order_refunds_who_paid(shop: App,
                                                           mollie: LocalMollie) -> None:
    sophie, anna, jan = await open_order(shop, minimum="2", items=(
        ("Chocolates 3,33", None), ("Marzipan 0,10", None)))
    await anna.taps("Join")
    await join(anna, "Chocolates", None, "3")
    await join(anna, "Marzipan", None, "3")
    await jan.taps("Meedoen")
    await join(jan, "Marzipan", None, "2")
    await close_now(sophie)
    await shop.settle_payments()
    assert "Your amount: €10.29" in anna.last.text  # 3 × 3.33 + 3 × 0.10, to the cent
    anna_payment = link_in(anna.last.text).rsplit("/", 1)[1]
    jan_payment = link_in(jan.last.text).rsplit("/", 1)[1]
    assert mollie.payments[anna_payment]["amount"]["value"] == "10.29"
    assert mollie.payments[jan_payment]["amount"]["value"] == "0.20"
    await checkout(link_in(anna.last.text))
    await manage(sophie, "Cancel the order")
    assert "The order is cancelled; 1 refund is on its way." in await sophie.taps(
        "Yes, cancel it")
    await shop.settle_payments()
    made = list(mollie.refunds.values())
    assert [(r["paymentId"], r["amount"]["value"]) for r in made] == [(anna_payment, "10.29")]
    assert anna.last.text == "↩️ €10.29 for “Class T-shirts” is being refunded to you."
    assert ("❌ The order “Class T-shirts” was called off by its organiser. The €10.29 you "
            "paid is refunded to you.") in [m.text for m in anna.inbox]
    assert ("❌ De groepsaankoop “Class T-shirts” is door de organisator geannuleerd. Je "
            "betaalt niets: gebruik de betaallink niet.") in [m.text for m in jan.inbox]
    await anna.says("/orders")  # the order she paid for does not vanish: she reads why
    card = await anna.taps("Class T-shirts")
    assert card.startswith("🛒 Class T-shirts (cancelled)")
    assert card.endswith("Total: €10.29\n↩️ Cancelled: the €10.29 you paid is refunded to you.")
    assert not any("Pay" in label for label in anna.button_labels())
    await jan.says("/orders")
    assert (await jan.taps("Class T-shirts")).endswith("❌ Geannuleerd: je betaalt niets.")
    with time_machine.travel(utcnow() + timedelta(days=15)):  # some days later, gone
        assert (await anna.says("/orders")).startswith("No group order for you at the moment.")
    await checkout(link_in(next(m.text for m in jan.inbox if "Betaal" in m.text)))
    await shop.settle_payments()  # Jan paid an old link after the cancellation: refunded
    assert "kwam binnen nadat de bestelling geannuleerd was: je krijgt ze terug." in jan.inbox[
        -2].text  # not “Bedankt!” for an order that is off
    assert [r["paymentId"] for r in mollie.refunds.values()] == [anna_payment, jan_payment]
    assert await shop.settle_payments() == 0  # each refund made once
    # Mollie settles Jan's refund, but cannot make Anna's (her account closed): the money
    # would stay at Mollie unnoticed, so the admins are told, once.
    anna_refund, jan_refund = mollie.refunds.values()
    anna_refund["status"], jan_refund["status"] = "failed", "refunded"
    assert await refunds.follow_refunds(shop.sessions, shop.runtime.payments) == 2
    await shop.deliver()
    assert sophie.last.text == (
        "⚠️ Mollie did not refund €10.29 to Anna De Smet for “Class T-shirts” (the refund "
        "failed). Please refund them by hand, from the Mollie dashboard or by bank transfer.")
    assert await refunds.follow_refunds(shop.sessions, shop.runtime.payments) == 0


async def test_who_may_organise_and_manage(app: App) -> None:
    sophie, anna, jan = await open_order(app)
    school_id, order_id = await ids(app)
    assert "Only class representatives and administrators" in await anna.says("/neworder")
    for action in ("cancel_yes", "summary", "close", "delivered", "delivered_yes"):
        assert await anna.forges(OrderCb(action=action, order_id=order_id).pack()) == (
            "Only the organiser of “Class T-shirts”, the school's admins and the reps of "
            "every class it is for can manage it.")
    outsider = await another_family(app, school_id, 407, "Luc", (("Zoé", "P5"),))
    rep = await rep_of(app, school_id)
    await rep.says("/neworder")
    await rep.says("P3 swimming caps")
    await rep.taps("Skip")
    await rep.taps("Skip")
    assert "Please give a price in euros" in await rep.says("Cap twelve")
    assert "Please type the item's name" in await rep.says("3,50")
    await rep.says("Cap 3,50")
    await rep.taps("Skip")
    await rep.taps("That's all")
    assert "Please type a whole number" in await rep.says("-4")
    assert "Please type a whole number" in await rep.says("³")
    await rep.says("10")
    for beyond in ("100", "0", "none"):  # what it says is what it takes
        assert await rep.says(beyond) == \
            "Please type a whole number from 1 to 99, or Skip: no limit."
    await rep.taps("Skip")
    assert "That moment has passed" in await rep.says("01/01/2020 10h")
    await rep.says("12/12/2099 20h")
    preview = await rep.taps("Skip")  # a rep of one class is not asked whom it is for
    assert preview.startswith("👥 For the families of P3, your class.")
    assert "• Cap — €3.50" in preview and "👥 P3" in preview
    await rep.taps("Publish")
    await app.deliver()
    assert anna.last.text.startswith("🛒 New group order: P3 swimming caps")
    assert jan.last.text.startswith("🛒 Nieuwe groepsaankoop: P3 swimming caps")  # L3 = P3
    assert not any("swimming caps" in m.text for m in outsider.inbox)


async def test_the_deadline_confirms_an_order_that_reached_its_minimum(
        shop: App, mollie: LocalMollie) -> None:
    sophie, anna, jan = await open_order(shop, minimum="2", deadline="12/12/2030 20h")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "1")
    await jan.taps("Meedoen")
    await join(jan, "T-shirt", "L", "1")
    with time_machine.travel("2030-12-12 19:00:30Z"):
        assert await close_due_orders(shop.sessions) == 1
        assert await shop.settle_payments() == 2
    assert anna.last.text.startswith("✅ The order “Class T-shirts” goes ahead!")
    assert "Your amount: €12.50" in anna.last.text
    assert "“Class T-shirts” goes ahead: 2 ordered by 2 families" in sophie.last.text
    _, order_id = await ids(shop)
    assert "This order is closed" in await anna.forges(
        OrderCb(action="item", order_id=order_id, item_id=1).pack())
    failed = link_in(jan.last.text).rsplit("/", 1)[1]
    await mollie.pay(failed, "failed")
    await shop.settle_payments()
    assert "is niet gelukt. Een nieuwe link volgt." in jan.inbox[-2].text
    assert link_in(jan.last.text).rsplit("/", 1)[1] != failed
    first_link = link_in(next(m.text for m in anna.inbox if "goes ahead!" in m.text))
    await anna.says("/orders")
    await anna.taps("Class T-shirts")
    assert await anna.taps("Pay") == (
        f"Your amount: €12.50. Pay by Bancontact or card here: {first_link}")


async def test_the_card_of_a_paid_order_says_paid_and_no_longer_asks_to_pay(
        shop: App, mollie: LocalMollie) -> None:
    anna, jan, school_id = await families(shop)
    luc = await another_family(shop, school_id, 407, "Luc", (("Zoé", "P5"),))
    sophie = await admin_of(shop, school_id)
    await new_order(sophie, minimum="2")
    await sophie.taps("Publish")
    await shop.deliver()
    assert "⏰ Order before" in await anna.taps("Join")
    await join(anna, "T-shirt", "M", "2")
    await luc.taps("Participer")
    await join(luc, "T-shirt", "S", "1")
    await jan.taps("Meedoen")
    await join(jan, "T-shirt", "L", "1")
    await close_now(sophie)
    await shop.settle_payments()
    await checkout(link_in(anna.last.text))
    await checkout(link_in(luc.last.text))
    await shop.deliver()
    assert anna.last.text.startswith("✅ Payment of €25.00 received")

    await anna.says("/orders")
    card = await anna.taps("Class T-shirts")
    assert "Total: €25.00\n✅ Paid: €25.00" in card
    assert "Order before" not in card
    assert not any("Pay" in label for label in anna.button_labels())
    await luc.says("/orders")
    card = await luc.taps("Class T-shirts")
    assert "Total : 12,50\xa0€\n✅ Payé : 12,50\xa0€" in card
    assert "Commandez avant" not in card
    assert not any("Payer" in label for label in luc.button_labels())
    await jan.says("/orders")  # Jan has not paid yet: his card still asks him to
    card = await jan.taps("Class T-shirts")
    assert "Betaald" not in card and "Bestel vóór" not in card
    assert "💶 Betalen" in jan.button_labels()


async def test_a_delivered_order_can_still_be_paid_by_who_has_not(
        shop: App, mollie: LocalMollie) -> None:
    """Marking it delivered used to hide the order from everyone: Jan could no longer pay,
    and Sophie could no longer see who owed what."""
    sophie, anna, jan = await confirmed_order(shop)
    await checkout(link_in(anna.last.text))
    await mollie.pay(link_in(jan.last.text).rsplit("/", 1)[1], "expired")
    await manage(sophie, "Delivered")
    assert await sophie.taps("Yes, arrived") == (
        "📦 Marked as delivered; the families are told. 1 family has not paid yet: it keeps "
        "its Pay button and its reminders, and the order stays in your /orders until it "
        "has paid.")
    await shop.deliver()
    assert (await anna.says("/orders")).startswith("No group order for you at the moment.")
    await sophie.says("/orders")
    assert sophie.button_labels() == ["Class T-shirts · delivered · 2 ordered (minimum 2)"]
    await jan.says("/orders")
    card = await jan.taps("Class T-shirts")
    assert card.startswith("🛒 Class T-shirts (geleverd)") and "💶 Betalen" in card
    assert await jan.taps("Betalen") == "Je bedrag: €\xa012,50. Een nieuwe betaallink is onderweg."
    assert await shop.settle_payments() == 1
    await mollie.pay(link_in(jan.last.text).rsplit("/", 1)[1], "expired")
    with time_machine.travel(utcnow() + timedelta(days=2, minutes=1)):
        assert await remind_unpaid_orders(shop.sessions) == 1  # delivered, still reminded
        await shop.parents_wrote_recently()
        await shop.settle_payments()
    assert jan.last.text.startswith("⏰ Herinnering: je betaling van €\xa012,50")
    await checkout(link_in(jan.last.text))
    await shop.deliver()
    assert jan.last.text == "✅ Betaling van €\xa012,50 ontvangen voor “Class T-shirts”. Bedankt!"
    assert sophie.last.text == ("💶 Every family has paid for “Class T-shirts”: €25.00 from 2 "
                                "families. It was delivered already: the order is settled.")
    assert (await sophie.says("/orders")).startswith("No group order for you at the moment.")


async def test_a_dutch_organiser_reads_her_counts_in_proper_dutch(shop: App,
                                                                 mollie: LocalMollie) -> None:
    """Not “1 gezinnen” nor “terugbetaling(en)”: one family is one family."""
    anna, jan, school_id = await families(shop)
    els = await admin_of(shop, school_id, language="Nederlands")
    await els.says("/neworder")
    await els.says("Koekjesverkoop")
    await els.taps("Overslaan")
    await els.taps("Overslaan")
    await els.says("Doos koekjes 4,50")
    await els.taps("Overslaan")
    await els.taps("Dat is alles")
    await els.says("2")
    await els.taps("Overslaan")
    await els.says("12/12/2099 20u")
    await els.taps("Overslaan")
    await els.taps("Hele school")
    await els.taps("Publiceren")
    await shop.deliver()
    await jan.taps("Meedoen")
    await join(jan, "Doos koekjes", None, "2")
    await shop.deliver()
    assert els.last.text.startswith(
        "🎉 “Koekjesverkoop” heeft het minimum bereikt: 2 besteld (minimum 2) door 1 gezin, "
        "samen €\xa09,00.\n• 2 × Doos koekjes\nDe bestelling gaat door op de uiterste datum, ")
    await els.says("/orders")
    await els.taps("Koekjesverkoop")
    await els.taps("Beheren")
    await els.taps("Nu afsluiten")
    assert await els.taps("Ja, afsluiten") == "De bestelling is afgesloten: bevestigd."
    await shop.settle_payments()
    assert els.last.text == ("✅ “Koekjesverkoop” gaat door: 2 besteld door 1 gezin. "
                             "De betaallinks worden verstuurd.")
    await els.says("/orders")
    await els.taps("Koekjesverkoop")
    await els.taps("Beheren")
    assert (await els.taps("Wie bestelde wat")).startswith(
        "📋 “Koekjesverkoop” (bevestigd) — 1 gezin\n💶 Betaald: 0 van de 1 gezin\nTotalen:\n"
        "• 2 × Doos koekjes\n")
    await els.says("/orders")
    await els.taps("Koekjesverkoop")
    await els.taps("Beheren")
    await els.taps("Bestelling annuleren")
    assert await els.taps("Ja, annuleren") == (
        "De bestelling is geannuleerd; niemand had betaald, er valt niets terug te betalen.")


async def test_order_counts_do_not_read_like_dates(app: App) -> None:
    """“5/2” reads as the 5th of February: counts say what they count, in every language."""
    anna, jan, school_id = await families(app)
    luc = await another_family(app, school_id, 407, "Luc", (("Zoé", "P5"),))
    sophie = await admin_of(app, school_id)
    await new_order(sophie, minimum="2", maximum="6")
    await sophie.taps("Publish")
    await app.deliver()
    assert "📊 0 ordered (minimum 2) · at most 6 per family" in await anna.taps("Join")
    assert "📊 5 ordered (minimum 2)" in await join(anna, "T-shirt", "M", "5")
    await anna.says("/orders")
    assert anna.button_labels()[0] == "Class T-shirts · open · 5 ordered (minimum 2)"
    await jan.says("/orders")
    assert jan.button_labels()[0] == "Class T-shirts · open · 5 besteld (minimum 2)"
    assert "📊 5 besteld (minimum 2) · hoogstens 6 per gezin" in await jan.taps("Class")
    await luc.says("/orders")
    assert luc.button_labels()[0] == "Class T-shirts · ouvert · 5 commandés (minimum 2)"
    await anna.taps("Class T-shirts")
    await join(anna, "T-shirt", "M", "1")
    assert "📊 1 commandé (minimum 2) · au plus 6 par famille" in await luc.taps("Class")


async def test_the_deadline_shows_the_weekday_and_the_whole_year(app: App) -> None:
    """Not “12/12/99 20:00” in French and “12/12/2099, 20:00” elsewhere: one clear date."""
    anna, jan, school_id = await families(app)
    luc = await another_family(app, school_id, 407, "Luc", (("Zoé", "P5"),))
    sophie = await admin_of(app, school_id)
    preview = await new_order(sophie, deadline="12/12/2099 20h")
    assert "⏰ Until Sat 12 Dec 2099, 20:00 · 📦" in preview
    await sophie.taps("Publish")
    await app.deliver()
    assert "Order before Sat 12 Dec 2099, 20:00." in anna.last.text
    assert "⏰ Order before Sat 12 Dec 2099, 20:00\n" in await anna.taps("Join")
    assert "⏰ Bestel vóór za 12 dec 2099, 20:00\n" in await jan.taps("Meedoen")
    assert "⏰ Commandez avant le sam. 12 déc. 2099, 20:00\n" in await luc.taps("Participer")


async def test_the_dutch_order_texts_say_je_like_the_rest_of_the_bot(
        shop: App, mollie: LocalMollie) -> None:
    sophie, _, jan = await open_order(shop, minimum="1")
    card = await jan.taps("Meedoen")
    assert "Je bestelling:\nnog niets" in card
    assert "✅ Je bestelling is bijgewerkt." in await join(jan, "T-shirt", "S", "1")
    assert (await jan.taps("Niet meer meedoen")).startswith(
        "Niet meer meedoen aan “Class T-shirts”? Wat je bestelde, wordt geschrapt:\n")
    assert (await jan.taps("Ja, ik stop")).startswith("Je hebt deze bestelling verlaten.\n")
    await jan.says("/orders")
    await jan.taps("Class T-shirts")
    await join(jan, "T-shirt", "M", "1")
    await close_now(sophie)
    await shop.settle_payments()
    assert "Je bedrag: €\xa012,50. Betaal met Bancontact" in jan.last.text
    await jan.says("/orders")
    await jan.taps("Class T-shirts")
    assert (await jan.taps("Betalen")).startswith("Je bedrag: €\xa012,50.")
    await checkout(link_in(jan.last.text))
    await shop.deliver()
    assert jan.last.text == "✅ Betaling van €\xa012,50 ontvangen voor “Class T-shirts”. Bedankt!"


async def test_a_refund_mollie_could_not_make_is_refunded_by_the_school(
        shop: App, mollie: LocalMollie) -> None:
    """The admins were told to refund by hand, yet the family's card kept saying the
    money was on its way back."""
    sophie, anna, jan = await confirmed_order(shop)
    await checkout(link_in(anna.last.text))
    await checkout(link_in(jan.last.text))
    await manage(sophie, "Cancel the order")
    await sophie.taps("Yes, cancel it")
    await shop.settle_payments()
    await anna.says("/orders")
    assert (await anna.taps("Class T-shirts")).endswith(
        "↩️ Cancelled: the €12.50 you paid is refunded to you.")
    anna_refund, jan_refund = mollie.refunds.values()
    anna_refund["status"], jan_refund["status"] = "failed", "canceled"
    assert await refunds.follow_refunds(shop.sessions, shop.runtime.payments) == 2
    await shop.deliver()  # told, not only shown on a card they have no reason to open
    assert anna.last.text == ("⚠️ Mollie could not refund the €12.50 you paid for “Class "
                              "T-shirts”: the school will refund you by hand.")
    assert jan.last.text == ("⚠️ Mollie kon de €\xa012,50 die je voor “Class T-shirts” "
                             "betaalde niet terugbetalen: de school betaalt je zelf terug.")
    told = (len(anna.inbox), len(jan.inbox), len(sophie.inbox))
    async with unit_of_work(shop.sessions) as uow:  # a second run read them still in flight
        await uow.session.execute(update(OrderPayment).values(refund_status="processing"))
    assert await refunds.follow_refunds(shop.sessions, shop.runtime.payments) == 2
    await shop.deliver()
    assert (len(anna.inbox), len(jan.inbox), len(sophie.inbox)) == told  # once each
    await anna.says("/orders")
    assert (await anna.taps("Class T-shirts")).endswith(
        "Total: €12.50\n⚠️ Cancelled: Mollie could not refund the €12.50 you paid; the "
        "school will refund you by hand.")
    await jan.says("/orders")
    assert (await jan.taps("Class T-shirts")).endswith(
        "⚠️ Geannuleerd: Mollie kon de €\xa012,50 die je betaalde niet terugbetalen; de "
        "school betaalt je zelf terug.")


async def test_leaving_asks_first_and_a_second_tap_changes_nothing(app: App) -> None:
    """One slip of the thumb on Leave dropped the family's whole order at once."""
    sophie, anna, jan = await open_order(app)
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "2")
    assert await anna.taps("Leave") == (
        "Leave “Class T-shirts”? What you ordered is removed:\n• 2 × T-shirt M — €25.00\n"
        "[1] 🚪 Yes, leave  [2] No, stay")
    sure = anna.keyboard()
    card = await anna.taps("No, stay")
    assert card.startswith("🛒 Class T-shirts (open)") and "• 2 × T-shirt M — €25.00" in card
    assert (await anna.taps_again(sure, "Yes, leave")).startswith("You have left this order.")
    assert await anna.taps_again(sure, "Yes, leave") == (
        "You have nothing in this order any more: there is nothing to leave.")
    await jan.taps("Meedoen")
    await join(jan, "T-shirt", "S", "3")
    await jan.taps("Niet meer meedoen")
    sure = jan.keyboard()
    await close_now(sophie)  # before Jan answers: the order goes ahead with his 3
    assert await jan.taps_again(sure, "Ja, ik stop") == (
        "Deze bestelling is afgesloten; ze kan niet meer gewijzigd worden.")
    await jan.says("/orders")
    assert jan.button_labels() == ["Class T-shirts · bevestigd · 3 besteld (minimum 3)"]


async def test_a_size_switch_at_the_minimum_tells_the_organiser_nothing(app: App) -> None:
    """At 2 per family, Anna swaps her 2 M for 2 S: the M must go first. The organiser
    read “below its minimum again”, then “reached” again, of an order that never stopped
    going ahead."""
    sophie, anna, jan = await open_order(app, maximum="2")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "2")
    await jan.taps("Meedoen")
    await join(jan, "T-shirt", "S", "1")
    await app.deliver()
    assert sophie.last.text.startswith("🎉 “Class T-shirts” has reached its minimum: 3")
    told = len(sophie.inbox)
    assert "📊 1 ordered (minimum 3)" in await join(anna, "T-shirt", "M", "0")
    assert "📊 3 ordered (minimum 3)" in await join(anna, "T-shirt", "S", "2")
    with time_machine.travel(utcnow() + organiser.LOST_GRACE):
        await app.deliver()
    assert len(sophie.inbox) == told
    await join(jan, "T-shirt", "S", "0")  # a real loss is told, once the grace is over
    await app.deliver()
    assert len(sophie.inbox) == told
    with time_machine.travel(utcnow() + organiser.LOST_GRACE):
        await app.deliver()
    assert sophie.last.text.startswith(
        "⚠️ “Class T-shirts” is below its minimum again: 2 ordered, 3 needed.")
    assert len(sophie.inbox) == told + 1


async def test_the_organiser_reads_what_was_paid_and_kept_and_what_was_refunded(
        shop: App, mollie: LocalMollie) -> None:
    """After a cancellation the summary still said “paid €12.50” of money given back."""
    sophie, anna, _ = await confirmed_order(shop)
    await checkout(link_in(anna.last.text))
    assert (await manage(sophie, "Who ordered what")).endswith(
        "• Anna De Smet: 1 × T-shirt M — €12.50 ✅\n• Jan Peeters: 1 × T-shirt S — €12.50\n"
        "Total €25.00, paid €12.50\n[1] 🔔 Remind unpaid")
    await manage(sophie, "Cancel the order")
    await sophie.taps("Yes, cancel it")
    await shop.settle_payments()
    assert (await manage(sophie, "Who ordered what")).endswith(
        "• Anna De Smet: 1 × T-shirt M — €12.50 ↩️\n• Jan Peeters: 1 × T-shirt S — €12.50\n"
        "Total €25.00, paid €0.00, refunded €12.50")


async def test_two_parents_of_one_family_count_as_one_family(app: App) -> None:
    """Anna and Marc, Léa's parents, each order: the organiser read “3 families”."""
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)
    sophie = await admin_of(app, school_id)
    await new_order(sophie)
    await sophie.taps("Publish")
    await app.deliver()
    for parent, label, size in ((anna, "Join", "M"), (marc, "Join", "L"), (jan, "Meedoen", "S")):
        await parent.taps(label)
        await join(parent, "T-shirt", size, "1")
    await app.deliver()
    assert sophie.last.text.startswith(
        "🎉 “Class T-shirts” has reached its minimum: 3 ordered (minimum 3) by 2 families, "
        "€37.50 in all.")
    summary = await manage(sophie, "Who ordered what")
    assert summary.startswith("📋 “Class T-shirts” (open) — 2 families\nTotals:")
    assert ("Families:\n• Anna De Smet & Marc Dubois: 1 × T-shirt M, 1 × T-shirt L — €25.00\n"
            "• Jan Peeters: 1 × T-shirt S — €12.50\n") in summary  # a line per family counted
    assert (await manage(sophie, "Close now")).startswith(
        "Close “Class T-shirts” now? 3 ordered (minimum 3): the order goes ahead and 2 "
        "families get a payment link.")
    await sophie.taps("Yes, close it")
    await app.deliver()
    assert sophie.last.text.startswith("✅ “Class T-shirts” goes ahead: 3 ordered by 2 families.")


async def test_parents_over_the_limit_once_they_share_children_may_still_order_less(
        app: App) -> None:
    """Anna and Jan each order the most a family may, then share their children: one
    family, over the limit. Lowering a line brings it back towards it and is allowed;
    raising one is not."""
    _, anna, jan = await open_order(app, maximum="3")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "3")
    await jan.taps("Meedoen")
    await join(jan, "T-shirt", "S", "3")
    code = (await anna.says("/family")).split("/family ")[1].split()[0]
    assert (await jan.says(f"/family {code}")).startswith("✅")

    await anna.taps("T-shirt")
    await anna.taps("M")
    assert anna.button_labels() == ["0", "1", "2", "3"]  # up to what she has, no more
    assert "• 2 × T-shirt M — €25.00" in await anna.says("2")
    await anna.taps("T-shirt")
    await anna.taps("M")
    assert await anna.says("3") == ("At most 3 per family for this order, and your family "
                                    "already has 5: 2 T-shirt M at most.")
    async with app.sessions() as session:
        assert await session.scalar(select(func.sum(OrderLine.quantity))) == 5


async def paying_families(app: App) -> tuple[Person, Person, Person, Person, Person]:
    """Sophie's confirmed T-shirt order of three families: Anna and Marc (Léa's parents,
    one family), Jan and Marie. Anna and Jan have paid, Marc and Marie not yet."""
    anna, jan, school_id = await families(app)
    marc = await second_parent(app, anna)
    marie = await another_family(app, school_id, 403, "Marie", (("Léo", "P3"),))
    sophie = await admin_of(app, school_id)
    await new_order(sophie, minimum="2")
    await sophie.taps("Publish")
    await app.deliver()
    for parent, label, size in ((anna, "Join", "M"), (marc, "Join", "L"),
                                (jan, "Meedoen", "S"), (marie, "Participer", "M")):
        await parent.taps(label)
        await join(parent, "T-shirt", size, "1")
    await close_now(sophie)
    await app.settle_payments()
    for parent in (anna, jan):
        await checkout(link_in(parent.last.text))
    await app.deliver()
    return sophie, anna, marc, jan, marie


async def test_the_organiser_reminds_only_the_families_yet_to_pay_once_a_day(
        shop: App, mollie: LocalMollie) -> None:
    """The summary listed who paid, but chasing the others meant writing to each by hand."""
    sophie, anna, marc, jan, marie = await paying_families(shop)
    told = {parent.user.id: len(parent.inbox) for parent in (anna, jan)}
    summary = await manage(sophie, "Who ordered what")
    assert summary.startswith(
        "📋 “Class T-shirts” (confirmed) — 3 families\n💶 Paid: 1 of 3 families\nTotals:")
    assert ("• Anna De Smet & Marc Dubois: 1 × T-shirt M, 1 × T-shirt L — €25.00 (✅ €12.50)"
            in summary)  # Marc has not paid his: their family is not paid yet
    assert sophie.button_labels() == ["🔔 Remind unpaid"]
    listed = sophie.keyboard()
    assert await sophie.taps("Remind unpaid") == (
        "🔔 2 families have not paid “Class T-shirts” yet: they get a reminder with the Pay "
        "button.")
    assert await shop.deliver() == 2
    assert marc.last.text == ("🔔 Sophie Lambert reminds you: the €12.50 of your order “Class "
                              "T-shirts” is still to pay. Tap 💶 Pay for your payment link.")
    assert marie.last.text.startswith("🔔 Sophie Lambert vous le rappelle : les 12,50")
    assert {parent.user.id: len(parent.inbox) for parent in (anna, jan)} == told
    assert await sophie.taps_again(listed, "Remind unpaid") == (  # a second tap the same day
        "The families yet to pay have already been reminded today, or their payment link is "
        "still on its way: you can remind them again tomorrow.")
    assert await shop.deliver() == 0
    _, order_id = await ids(shop)
    assert (await jan.forges(OrderCb(action="remind", order_id=order_id).pack())).startswith(
        "Alleen de organisator van “Class T-shirts”")  # not his order to manage
    assert await shop.deliver() == 0
    await checkout(link_in(await marc.taps("Pay")))  # the reminder's button: his link
    await checkout(link_in(next(m.text for m in marie.inbox if "http" in m.text)))
    await shop.deliver()
    assert await sophie.taps_again(listed, "Remind unpaid") == (
        "Every family has paid: there is nobody to remind.")
    summary = await manage(sophie, "Who ordered what")
    assert "💶 Paid: 3 of 3 families" in summary and "Remind" not in summary


async def test_a_reminder_to_pay_tapped_at_night_waits_for_the_morning(
        shop: App, mollie: LocalMollie) -> None:
    sophie, _, marc, _, marie = await paying_families(shop)
    async with unit_of_work(shop.sessions) as uow:  # quiet nights, 21:00-08:00
        await uow.session.execute(update(School).values(quiet_start=time(21), quiet_end=time(8)))
    brussels = ZoneInfo("Europe/Brussels")
    tomorrow = utcnow().astimezone(brussels).date() + timedelta(days=1)
    night = datetime.combine(tomorrow, time(22), tzinfo=brussels)
    morning = datetime.combine(tomorrow + timedelta(days=1), time(8), tzinfo=brussels)
    told = len(marc.inbox), len(marie.inbox)
    with time_machine.travel(night, tick=False):
        await shop.parents_wrote_recently()
        await manage(sophie, "Who ordered what")
        assert (await sophie.taps("Remind unpaid")).endswith(
            "they get a reminder with the Pay button after the quiet hours, on "
            f"{format_datetime('en', morning, 'Europe/Brussels')}.")
        assert await shop.deliver() == 0
    assert (len(marc.inbox), len(marie.inbox)) == told
    with time_machine.travel(morning, tick=False):
        await shop.parents_wrote_recently()
        assert await shop.deliver() == 2
    assert marc.last.text.startswith("🔔 Sophie Lambert reminds you")


# Two reps of one class ------------------------------------------------------------------------

async def class_order(app: App, minimum: str = "2") -> tuple[Person, Person, Person, Person]:
    """Tom, rep of P3, publishes the T-shirt order for his class; Anna (M) and Jan (S)
    join; Camille is P3's other rep."""
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id)
    await new_order(tom, minimum=minimum, audience=())  # a rep of one class is not asked
    await tom.taps("Publish")
    await app.deliver()
    for parent, label, size in ((anna, "Join", "M"), (jan, "Meedoen", "S")):
        await parent.taps(label)
        await join(parent, "T-shirt", size, "1")
    camille = await co_rep(app, school_id)
    await app.deliver()
    return tom, anna, jan, camille


async def test_a_second_rep_closes_a_class_order_reminds_unpaid_and_its_organiser_is_told(
        shop: App, mollie: LocalMollie) -> None:
    tom, anna, jan, camille = await class_order(shop)
    await camille.says("/orders")
    await camille.taps("Class T-shirts")
    assert camille.button_labels()[-1] == "🛠 Gérer"
    await camille.taps("Gérer")
    assert camille.button_labels() == [
        "📋 Qui a commandé quoi", "📄 CSV pour le fournisseur", "🔒 Clôturer maintenant",
        "⏰ Prolonger d'une semaine", "❌ Annuler la commande"]
    await camille.taps("Clôturer maintenant")
    assert await camille.taps("Oui, clôturer") == "La commande est clôturée : confirmé."
    await shop.settle_payments()
    assert [m.text for m in tom.inbox][-2:] == [
        "🔒 Camille Dubois (rep of P3) closed your order “Class T-shirts” before its deadline.",
        "✅ “Class T-shirts” goes ahead: 2 ordered by 2 families. Payment links are being sent."]
    assert not any("(rep of" in m.text for m in camille.inbox)  # she knows: she did it
    await checkout(link_in(anna.last.text))
    await shop.deliver()

    # confirmed, no longer open to her class: still in her /orders, hers to manage
    summary = await manage(camille, "Qui a commandé quoi", label="Gérer")
    assert summary.startswith("📋 « Class T-shirts » (confirmé) — 2 familles\n")
    assert "Anna De Smet" in summary and "Jan Peeters" in summary
    assert await camille.taps("Relancer impayés") == (
        "🔔 1 famille n'a pas encore payé « Class T-shirts » : elles reçoivent un rappel avec "
        "le bouton Payer.")
    assert await shop.deliver() == 2  # Jan, and Tom
    assert jan.last.text.startswith("🔔 Camille Dubois herinnert je eraan: de €\xa012,50")
    assert tom.last.text == ("🔔 Camille Dubois (rep of P3) reminded 1 family yet to pay for "
                             "your order “Class T-shirts”.")
    await manage(tom, "Who ordered what")  # what the organiser does, nobody is told of
    await tom.taps_again(tom.keyboard(), "Remind unpaid")
    assert await shop.deliver() == 0
    assert not any("Tom Claes" in m.text for m in camille.inbox)


async def test_the_second_rep_of_a_class_cancels_its_order_and_the_organiser_is_told(
        app: App) -> None:
    tom, anna, jan, camille = await class_order(app)
    await manage(camille, "Annuler la commande", label="Gérer")
    assert (await camille.taps("Oui, annuler")).startswith("La commande est annulée")
    assert await app.deliver() == 3  # Anna, Jan, and Tom
    assert tom.last.text == (
        "❌ Camille Dubois (rep of P3) called off your order “Class T-shirts”; the families "
        "who joined are told, and who paid is refunded.")
    assert anna.last.text == ("❌ The order “Class T-shirts” was called off by its organiser. "
                              "You pay nothing.")
    assert "Class T-shirts · annulé" in await camille.says("/orders")  # as for Tom, a while


async def test_the_organiser_who_joined_and_calls_it_off_is_not_told_as_a_family(
        app: App) -> None:
    sophie, anna, _ = await open_order(app)
    await sophie.says("/orders")
    await sophie.taps("Class T-shirts")
    await join(sophie, "T-shirt", "M", "1")
    await anna.taps("Join")
    await join(anna, "T-shirt", "M", "1")
    await manage(sophie, "Cancel the order")
    assert (await sophie.taps("Yes, cancel it")).startswith("The order is cancelled")
    assert await app.deliver() == 1  # Anna only: Sophie called it off herself
    assert anna.last.text == ("❌ The order “Class T-shirts” was called off by its organiser. "
                              "You pay nothing.")
    assert [m.text for m in sophie.inbox if "called off" in m.text] == []


async def test_a_rep_of_another_class_a_parent_and_a_rep_of_one_of_its_classes_are_refused(
        app: App) -> None:
    anna, jan, school_id = await families(app)
    tom = await rep_of(app, school_id, "P3", "P4")
    await new_order(tom, audience=("P3", "P4", "Done"))
    await tom.taps("Publish")
    await app.deliver()
    _, order_id = await ids(app)
    camille = await co_rep(app, school_id, "P5")
    assert (await camille.says("/orders")).startswith("Aucun achat groupé pour vous en ce moment.")
    for action in ("summary", "csv", "close_yes", "cancel_yes", "remind"):
        forged = OrderCb(action=action, order_id=order_id).pack()
        assert await camille.forges(forged) == (
            "Cette commande n'existe pas ou ne vous concerne pas.")
        assert await anna.forges(forged) == (
            "Only the organiser of “Class T-shirts”, the school's admins and the reps of "
            "every class it is for can manage it.")
    p3 = (await class_ids(app, school_id))["P3"]
    async with unit_of_work(app.sessions) as uow:  # Camille now represents P3, not P4
        member = await uow.session.scalar(select(Member).where(Member.first_name == "Camille")
                                          .options(selectinload(Member.roles)))
        await roles.grant(uow.session, member, RoleKind.CLASS_REP, p3)
    await camille.says("/orders")
    await camille.taps("Class T-shirts")
    assert "🛠 Gérer" not in camille.button_labels()
    assert (await camille.forges(OrderCb(action="cancel_yes", order_id=order_id).pack())
            ).startswith("Seuls l'organisateur·rice de « Class T-shirts »")
    assert await app.deliver() == 0  # nothing closed, cancelled or reminded; Tom told nothing
    await tom.says("/orders")
    assert (await tom.taps("Class T-shirts")).startswith("🛒 Class T-shirts (open)")


async def test_cancelling_withdraws_the_payment_links_not_sent_yet(
        shop: App, mollie: LocalMollie) -> None:
    """A family whose payment link was still waiting to go out (the quiet hours, or the
    sender not there yet) got a Pay link after the order was called off."""
    sophie, anna, jan = await open_order(shop, minimum="2")
    for parent, label, size in ((anna, "Join", "M"), (jan, "Meedoen", "S")):
        await parent.taps(label)
        await join(parent, "T-shirt", size, "1")
    await close_now(sophie)
    assert await payments.issue_pending(shop.sessions, shop.runtime.payments) == 2
    await anna.says("/orders")  # Anna pays from her card before her link goes out
    await anna.taps("Class T-shirts")
    await checkout(link_in(await anna.taps("Pay")))
    await manage(sophie, "Cancel the order")
    assert "1 refund is on its way" in await sophie.taps("Yes, cancel it")
    _, order_id = await ids(shop)
    async with shop.sessions() as session:
        links = list(await session.scalars(select(OutboxMessage.status).where(
            OutboxMessage.purpose.startswith(f"order:{order_id}:pay:"))))
    assert links == ["cancelled", "cancelled"]
    await shop.settle_payments()
    assert not any("http" in m.text for m in jan.inbox)  # no link after the news
    assert jan.last.text == ("❌ De groepsaankoop “Class T-shirts” is door de organisator "
                             "geannuleerd. Je betaalt niets.")  # of no link he never got
    assert not any(m.text.startswith("✅ The order") for m in anna.inbox)  # her link, withdrawn
    assert ("❌ The order “Class T-shirts” was called off by its organiser. The €12.50 you "
            "paid is refunded to you.") in [m.text for m in anna.inbox]


async def test_an_order_closed_before_its_announcement_went_out_is_never_announced(
        app: App) -> None:
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    await new_order(sophie)
    await sophie.taps("Publish")  # the families' announcements wait (the quiet hours...)
    assert (await close_now(sophie)).startswith("The order is closed: cancelled")
    await app.deliver()
    assert not any("Class T-shirts" in m.text for m in anna.inbox + jan.inbox)
    assert sophie.last.text.startswith("❌ “Class T-shirts” closed below its minimum")
