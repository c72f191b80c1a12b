"""Events and announcements from the panel in a real browser: what the admin fills in,
and what families then receive in the chat."""

from __future__ import annotations

from datetime import timedelta

from playwright.async_api import expect

from core.clock import utcnow
from tests.browser.conftest import Site, approve_anna


async def test_an_admin_creates_an_event_and_the_class_is_invited(logged_in: Site) -> None:
    await approve_anna(logged_in)
    page = logged_in.page
    await page.get_by_role("link", name="Events").click()
    await page.get_by_role("link", name="New event").click()
    await page.get_by_role("button", name="Create and invite").click()  # empty form
    await expect(page.locator("#e-title")).to_be_visible()
    await logged_in.shot("event-form-errors")

    day = (utcnow() + timedelta(days=12)).date()
    await page.get_by_label("Title", exact=True).fill("Christmas market")
    await page.get_by_label("Starts").fill(f"{day:%Y-%m-%d}T16:00")
    await page.get_by_label("Place", exact=True).fill("Playground")
    await page.get_by_label("P3", exact=True).check()
    await page.get_by_role("button", name="Create and invite").click()
    await expect(page.get_by_role("heading", name="Christmas market")).to_be_visible()
    await logged_in.shot("event-created")

    await logged_in.app.deliver()
    anna = logged_in.app.person(110, "Anna", "en")
    assert any("Christmas market" in message.text for message in anna.inbox)
    assert "Christmas market" in await anna.says("/events")


async def test_an_admin_sends_an_announcement_and_watches_it_arrive(logged_in: Site) -> None:
    await approve_anna(logged_in)
    page = logged_in.page
    await page.get_by_role("link", name="Announcements").click()
    await page.get_by_role("link", name="New announcement").click()
    await page.get_by_label("Text").fill("The school is closed on Friday afternoon.")
    await page.get_by_role("button", name="Preview").click()
    await expect(page.get_by_role("heading", name="Preview: not sent yet")).to_be_visible()
    await expect(page.locator('blockquote[lang="en"]')).to_have_text(
        "📣 From Sophie Lambert:\nThe school is closed on Friday afternoon.")
    await logged_in.shot("announcement-preview")
    assert await logged_in.app.deliver() == 0  # nothing leaves before "Send now"
    await page.get_by_role("button", name="Send now").click()
    sent = page.locator('[data-figure="sent"]')
    await expect(sent).to_have_text("0")
    await logged_in.shot("announcement-sending")

    await logged_in.app.deliver()  # the outbox sends while the admin watches the page
    await expect(page.locator("[data-reach]")).to_have_text("1 family, 1 person")  # Anna
    await expect(sent).to_have_text("1", timeout=10_000)  # progress.js polled the news
    await expect(page.get_by_text("Delivery finished.")).to_be_visible()
    await logged_in.shot("announcement-delivered")
    anna = logged_in.app.person(110, "Anna", "en")
    assert any("closed on Friday afternoon" in message.text for message in anna.inbox)


async def test_an_admin_makes_a_poll_and_sees_it_as_families_will(logged_in: Site) -> None:
    await approve_anna(logged_in)
    page = logged_in.page
    await page.goto(logged_in.url("/admin/announcements/new"))
    await page.get_by_label("Text").fill("Which Saturday for the party?")
    await page.get_by_label("Answer choices").fill("Sat 12")
    await page.get_by_role("button", name="Preview").click()
    await expect(page.locator("#e-choices")).to_contain_text("(there is 1)")
    await logged_in.shot("announcement-poll-refused")
    await page.get_by_label("Answer choices").fill("Sat 12\nSat 19")
    await page.get_by_role("button", name="Preview").click()
    await expect(page.locator('.chat-buttons[lang="en"] span')).to_have_text(
        ["Sat 12", "Sat 19", "💬 Reply"])
    await logged_in.shot("announcement-poll-preview")
    await page.get_by_role("button", name="Send now").click()
    await logged_in.app.deliver()
    anna = logged_in.app.person(110, "Anna", "en")
    await anna.taps("Sat 19")  # the page follows the answers without a reload
    await expect(page.locator("dd[data-answer]")).to_have_text(["0", "1"], timeout=15_000)
    await expect(page.locator("[data-answered]")).to_contain_text("1 of 1 family answered")
