"""/myclass, as transcripts: a class rep sees the families of their class, each family
once with its children of the class."""

from __future__ import annotations

from handlers.keyboards import MenuCb
from tests.support.flows import (
    admin_of,
    another_family,
    families,
    rep_of,
    second_parent,
)
from tests.support.harness import App


async def test_a_rep_sees_each_family_of_the_class_once(app: App) -> None:
    anna, _, school_id = await families(app)  # Anna: Léa in P3; Jan: Noor in L3 (= P3)
    await second_parent(app, anna)
    await another_family(app, school_id, 411, "Eva", (("Zoé", "P2"),))
    tom = await rep_of(app, school_id)

    assert await tom.says("/myclass") == (
        "👥 P3: 2 families, 2 children\n"
        "• Anna De Smet & Marc Dubois — Léa\n"  # not Marc's phone: see the privacy notice
        "• Jan Peeters — Noor")

    await tom.says("/menu")
    await tom.taps("🧑‍🏫 Organise")
    assert await tom.taps("👥 My class") == await tom.says("/myclass")


async def test_a_rep_of_several_classes_gets_one_list_a_class(app: App) -> None:
    anna, _, school_id = await families(app)
    await another_family(app, school_id, 411, "Eva", (("Zoé", "P2"), ("Hugo", "P3")))
    tom = await rep_of(app, school_id, "P3", "P2", "M1")
    assert await tom.says("/myclass") == (
        "👥 M1: no family has joined yet. Share the school's invite code with the class.\n"
        "👥 P2: 1 family, 1 child\n"
        "• Eva Martin — Zoé\n"
        "👥 P3: 3 families, 3 children\n"
        "• Anna De Smet — Léa\n"
        "• Eva Martin — Hugo\n"
        "• Jan Peeters — Noor")


async def test_parents_and_admins_are_told_where_the_lists_are(app: App) -> None:
    anna, jan, school_id = await families(app)
    sophie = await admin_of(app, school_id)
    told = ("Only a class rep sees the families of their class here. The school's "
            "administrators find every class in the web panel (/panel).")
    assert await anna.says("/myclass") == told
    assert await sophie.says("/myclass") == told
    assert await anna.forges(MenuCb(item="myclass").pack()) == told
    assert "Alleen een klasafgevaardigde" in await jan.says("/myclass")
