"""The school's settings in the panel, and what the bot makes of them."""

from __future__ import annotations

from datetime import time

from sqlalchemy import select

from core.models import AuditEntry, School
from tests.support.flows import families
from tests.support.panel import page, submit

GOOD = {"name": "École Evere", "default_locale": "nl", "quiet_start": "21:30",
        "quiet_end": "7h", "reminder_hours": "48, 2", "module_events": "on",
        "module_orders": "on", "module_announcements": "on"}


async def school_named(app, name: str) -> School:
    async with app.sessions() as session:
        return await session.scalar(select(School).where(School.name == name))


async def test_the_form_shows_the_schools_settings(admin) -> None:
    _, client = admin
    form = await page(client, "/admin/settings")
    assert 'value="École Test"' in form and 'value="24, 2"' in form
    assert 'id="f-module_sel" name="module_sel" type="checkbox" value="on" checked' in form


async def test_saving_changes_the_school_and_the_bot_follows(admin) -> None:
    app, client = admin
    response = await submit(client, "/admin/settings", GOOD)
    assert "Saved." in await response.text()
    school = await school_named(app, "École Evere")
    assert (school.default_locale, school.quiet_start, school.quiet_end) == (
        "nl", time(21, 30), time(7, 0))
    assert school.reminder_offsets == [48, 2] and not school.sel_enabled
    assert school.events_enabled and not school.approval_required
    async with app.sessions() as session:
        entry = await session.scalar(select(AuditEntry).where(AuditEntry.action == "settings"))
    assert entry.before["modules"] == ["announcements", "events", "orders", "sel"]
    assert entry.after["modules"] == ["announcements", "events", "orders"]
    assert entry.after["quiet_end"] == "07:00"

    anna, _, _ = await families(app)  # a new family of another school, SEL on there
    assert "120" in await anna.says("/balance")


async def test_a_school_without_sel_tells_its_parents(admin) -> None:
    app, client = admin
    await submit(client, "/admin/settings", GOOD)
    sophie = app.person(200, "Sophie", "en")  # the admin, as a parent in the chat
    assert await sophie.says("/balance") == "Your school has switched this off for now."


async def test_bad_values_are_shown_next_to_their_fields_and_nothing_changes(admin) -> None:
    app, client = admin
    response = await submit(client, "/admin/settings", {
        **GOOD, "name": " ", "quiet_start": "25:00", "reminder_hours": "24, soon, 9999",
        "default_locale": "de"})
    assert response.status == 400
    form = await response.text()
    assert 'id="e-name">Give the school a name' in form
    assert 'id="e-quiet_start">A time like 21:00.' in form
    assert 'id="e-reminder_hours">Whole numbers of hours between 1 and 336' in form
    assert 'id="e-default_locale">Choose French, Dutch or English.' in form
    assert 'value="24, soon, 9999"' in form
    school = await school_named(app, "École Test")
    assert school.sel_enabled and school.reminder_offsets == [24, 2]
