"""A school that switches a module off: the menu hides it, its commands and old buttons
say so in the member's language, and nothing of it runs."""

from __future__ import annotations

from core.db import unit_of_work
from core.models import School
from tests.support.flows import balances, families
from tests.support.harness import App

OFF = {"en": "Your school has switched this off for now.",
       "nl": "Je school heeft deze functie voorlopig uitgeschakeld."}


async def switch(app: App, school_id: int, module: str, on: bool) -> None:
    async with unit_of_work(app.sessions) as uow:
        school = await uow.session.get_one(School, school_id)
        setattr(school, f"{module}_enabled", on)


async def test_a_switched_off_sel_is_hidden_refused_and_comes_back(app: App) -> None:
    anna, jan, school_id = await families(app)
    await anna.says("/menu")
    old_menu = anna.keyboard()
    await switch(app, school_id, "sel", False)

    await anna.says("/menu")
    labels = [b.label for b in anna.keyboard().flat_buttons]
    assert "💰 SEL" not in labels and "🤝 Offers" not in labels
    assert "📅 Events" in labels and "🛒 Group orders" in labels
    assert await anna.says("/balance") == OFF["en"]
    assert await jan.says("/pay") == OFF["nl"]
    assert await jan.says("saldo") == OFF["nl"]  # the word, as its command
    assert await jan.says("betalen") == await jan.says("aanbod") == OFF["nl"]
    before = await balances(app)
    assert await anna.says("/pay Jan 30") == OFF["en"]
    assert await anna.taps_again(old_menu, "💰 SEL") == OFF["en"]
    assert await balances(app) == before

    await switch(app, school_id, "sel", True)
    assert "120" in await anna.says("/balance")


async def test_switched_off_events_and_orders_leave_the_rest_working(app: App) -> None:
    anna, _, school_id = await families(app)
    await switch(app, school_id, "events", False)
    await switch(app, school_id, "orders", False)
    assert await anna.says("/events") == OFF["en"]
    assert await anna.says("/orders") == OFF["en"]
    assert await anna.says("events") == await anna.says("orders") == OFF["en"]
    assert "120" in await anna.says("/balance")
    assert "Anna De Smet" in await anna.says("/profile")


async def test_help_leaves_out_what_the_school_switched_off(app: App) -> None:
    anna, _, school_id = await families(app)
    assert "/balance" in await anna.says("/help")
    await switch(app, school_id, "sel", False)
    await switch(app, school_id, "orders", False)
    help_text = await anna.says("/help")
    assert "/events – upcoming events" in help_text and "/profile" in help_text
    assert "/balance" not in help_text and "/pay" not in help_text
    assert "/orders" not in help_text
    assert "you can also just type “menu”, “help”, “events” and “my week”." in help_text
