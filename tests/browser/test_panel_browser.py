"""The panel in a real browser: what an admin on a laptop (or a phone) does and sees."""

from __future__ import annotations

from playwright.async_api import expect

from core.models import MemberStatus
from tests.browser.conftest import Site
from tests.support.panel import member_named


async def test_an_admin_logs_in_and_approves_a_waiting_parent(logged_in: Site) -> None:
    page = logged_in.page
    await expect(page.get_by_text("1 registration to approve")).to_be_visible()
    await page.get_by_role("link", name="1 registration to approve").click()
    row = page.get_by_role("row").filter(has_text="Anna De Smet")
    await expect(row).to_contain_text("waiting for approval")
    await logged_in.shot("members-pending")
    await row.get_by_role("button", name="Approve").click()
    await expect(page.get_by_role("status")).to_have_text(
        "✅ Anna De Smet is approved and told so in the chat.")
    await expect(page.get_by_role("row").filter(has_text="Anna De Smet")).to_contain_text(
        "active")
    assert (await member_named(logged_in.app, "Anna")).status == MemberStatus.ACTIVE
    await logged_in.shot("members-approved")


async def test_the_dashboard_draws_its_charts(logged_in: Site) -> None:
    page = logged_in.page
    charts = page.locator(".charts img")
    assert await charts.count() >= 2
    for index in range(await charts.count()):
        chart = charts.nth(index)
        await expect(chart).to_be_visible()
        # A broken image has no natural size: the SVG really loaded and was drawn.
        assert await chart.evaluate("img => img.complete && img.naturalWidth > 0")
    await logged_in.shot("dashboard")


async def test_wrong_password_then_logout(site: Site) -> None:
    page = site.page
    await page.goto(site.url("/admin/login"))
    await page.get_by_label("Login (e-mail)").fill("sophie@school.be")
    await page.get_by_label("Password").fill("not the password")
    await page.get_by_role("button", name="Log in").click()
    await expect(page.get_by_text("Wrong login or password.")).to_be_visible()
    await page.get_by_label("Password").fill("correct horse battery")
    await page.get_by_role("button", name="Log in").click()
    await page.get_by_role("button", name="Log out").click()
    await page.goto(site.url("/admin/members"))
    await expect(page.get_by_role("button", name="Log in")).to_be_visible()


async def test_settings_errors_sit_next_to_their_fields(logged_in: Site) -> None:
    page = logged_in.page
    await page.get_by_role("link", name="Settings").click()
    await page.get_by_label("From (HH:MM)").fill("25:99")
    await page.get_by_role("button", name="Save").click()
    field = page.get_by_label("From (HH:MM)")
    await expect(field).to_have_attribute("aria-invalid", "true")
    await expect(page.locator("#e-quiet_start")).to_have_text("A time like 21:00.")
    await logged_in.shot("settings-error")
    await field.fill("22:00")
    await page.get_by_label("SEL (time bank)").uncheck()
    await page.get_by_role("button", name="Save").click()
    await expect(page.get_by_role("status")).to_have_text("Saved.")
    await expect(page.get_by_label("SEL (time bank)")).not_to_be_checked()


async def test_the_invite_sheet_prints_a_card_per_class(logged_in: Site) -> None:
    page = logged_in.page
    await page.get_by_role("link", name="Classes").click()
    await page.get_by_role("button", name="Make one parent code per class").click()
    await expect(page.locator(".invite-card")).to_have_count(10)
    await page.emulate_media(media="print")
    await expect(page.get_by_role("navigation", name="Main menu")).to_be_hidden()
    await logged_in.shot("invite-sheet-print")


async def test_on_a_phone_the_menu_and_tables_fit(logged_in: Site) -> None:
    page = logged_in.page
    await page.set_viewport_size({"width": 390, "height": 844})
    await page.goto(logged_in.url("/admin/members"))
    width = await page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"
    await logged_in.shot("members-phone")
