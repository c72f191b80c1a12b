"""The SEL from the panel in a real browser: finding a wrong transfer and reversing it."""

from __future__ import annotations

from playwright.async_api import expect

from core.db import unit_of_work
from core.models import Member
from core.sel.ledger import new_transfer_id, pay
from tests.browser.conftest import Site, approve_anna
from tests.support.flows import balances
from tests.support.panel import member_named


async def test_an_admin_reverses_a_mistaken_transfer(logged_in: Site) -> None:
    app = logged_in.app
    await approve_anna(logged_in)
    anna_id = (await member_named(app, "Anna")).id
    sophie_id = (await member_named(app, "Sophie")).id
    async with unit_of_work(app.sessions) as uow:  # Anna pays 90 instead of 9
        anna = await uow.session.get_one(Member, anna_id)
        sophie = await uow.session.get_one(Member, sophie_id)
        await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=sophie,
                  units=90, note="ironing")
    before = await balances(app)
    page = logged_in.page
    await page.get_by_role("link", name="SEL").first.click()
    await page.get_by_role("link", name="Transfers").first.click()
    await page.get_by_role("row").filter(has_text="ironing").get_by_role("link").first.click()
    await page.get_by_role("button", name="Reverse").click()  # no reason yet
    await expect(page.locator("#e-reason")).to_be_visible()
    await logged_in.shot("sel-reverse-needs-reason")
    assert await balances(app) == before

    await page.get_by_label("Reason for the correction").fill("90 typed instead of 9")
    await page.get_by_role("button", name="Reverse").click()
    await expect(page.get_by_role("status")).to_have_text(
        "The transfer is reversed; both members are told.")
    await logged_in.shot("sel-reversed")
    after = await balances(app)
    assert after["Anna"] == before["Anna"] + 90
    assert after["Sophie"] == before["Sophie"] - 90
