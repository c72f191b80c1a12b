"""The SEL pages: accounts and balances, the school's and one account's limits,
transfers filtered and sorted, reversal with a reason, the CSV export, and another
school's accounts and transfers out of reach."""

from __future__ import annotations

import html

from sqlalchemy import func, select

from core.db import unit_of_work
from core.models import (
    AuditEntry,
    Member,
    MemberStatus,
    OutboxMessage,
    SelAccount,
    SelTransfer,
    TransferKind,
)
from core.sel.ledger import new_transfer_id, pay
from tests.support.flows import balances
from tests.support.panel import member_named, other_school_admin, page, submit

PAGES = ("/admin/sel", "/admin/sel/transfers", "/admin/sel/transfers.csv")


async def exchange(app, units: int, note: str = "Babysitting") -> str:
    """Sophie pays Anna (approved first); the transfer's id."""
    async with unit_of_work(app.sessions) as uow:
        sophie = await uow.session.scalar(select(Member).where(Member.first_name == "Sophie"))
        anna = await uow.session.scalar(select(Member).where(Member.first_name == "Anna"))
        anna.status = MemberStatus.ACTIVE
        result = await pay(uow.session, transfer_id=new_transfer_id(), payer=sophie,
                           payee=anna, units=units, note=note)
        return result.transfer.id


async def account_of(app, first_name: str) -> SelAccount:
    async with app.sessions() as session:
        return await session.scalar(select(SelAccount).join(
            Member, Member.id == SelAccount.member_id).where(Member.first_name == first_name))


async def audit_actions(app) -> list[str]:
    async with app.sessions() as session:
        return list(await session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


async def test_every_page_renders_for_the_admin_and_none_for_anonymous(panel, admin) -> None:
    app, client = admin
    transfer_id = await exchange(app, 60)
    account = await account_of(app, "Anna")
    paths = (*PAGES, f"/admin/sel/accounts/{account.id}", f"/admin/sel/transfers/{transfer_id}")
    for path in paths:
        await page(client, path)
    client.session.cookie_jar.clear()
    for path in paths:
        response = await client.get(path, allow_redirects=False)
        assert (response.status, response.headers["Location"]) == (303, "/admin/login")


async def test_accounts_show_balances_sorted_and_searched(admin) -> None:
    app, client = admin
    await exchange(app, 90)
    anna, sophie = await member_named(app, "Anna"), await member_named(app, "Sophie")
    listing = await page(client, "/admin/sel?sort=balance&dir=desc")
    assert listing.index("Anna De Smet") < listing.index("Sophie Lambert")
    assert f'<a href="/admin/members/{anna.id}">Anna De Smet</a>' in listing
    assert ">210 units (3 h 30)</a>" in listing and ">30 units (0 h 30)</a>" in listing
    assert "-300 units (-5 h 00) … 600 units (10 h 00)" in listing
    # Given and received read in hours too, as every amount of the panel does.
    assert ("<td>90 units (1 h 30)</td>\n      <td>120 units (2 h 00)</td>" in listing)
    card = await page(client, f"/admin/sel/accounts/{(await account_of(app, 'Anna')).id}")
    assert "<dd>0 units (0 h 00)</dd>" in card and "<dd>210 units (3 h 30)</dd>" in card
    ascending = await page(client, "/admin/sel?sort=balance&dir=asc")
    assert ascending.index("Sophie Lambert") < ascending.index("Anna De Smet")
    found = await page(client, "/admin/sel?q=smet")
    assert "Anna De Smet" in found and f"/admin/members/{sophie.id}" not in found
    whole = await page(client, "/admin/sel?q=Anna+De+Smet")
    assert "Anna De Smet" in whole and f"/admin/members/{sophie.id}" not in whole
    assert "No result for “Anna Lambert”" in await page(client, "/admin/sel?q=Anna+Lambert")


async def test_reversing_a_transfer_needs_a_reason_and_happens_once(admin) -> None:
    app, client = admin
    transfer_id = await exchange(app, 90)
    path = f"/admin/sel/transfers/{transfer_id}/reverse"
    refused = await submit(client, path, {"reason": "  "})
    text = await refused.text()
    assert refused.status == 400
    assert 'aria-describedby="e-reason"' in text
    assert 'id="e-reason">Please give a reason for the correction.' in text
    assert await balances(app) == {"Sophie": 30, "Anna": 210}

    # Sophie's upper limit leaves no room for the 90 units back: the admin is told whose
    # limit, not "your balance" as a payer in the chat would be.
    sophie = await account_of(app, "Sophie")
    async with unit_of_work(app.sessions) as uow:
        (await uow.session.get_one(SelAccount, sophie.id)).max_balance = 100
    blocked = await submit(client, path, {"reason": "Paid twice by mistake"})
    assert blocked.status == 409
    assert ("Cannot reverse: Sophie Lambert's balance, 30 units (0 h 30), would go above "
            "their upper limit, 100 units (1 h 40). Nothing was changed; to correct it "
            "anyway, change their limits first.") in html.unescape(await blocked.text())
    assert await balances(app) == {"Sophie": 30, "Anna": 210}
    async with unit_of_work(app.sessions) as uow:
        (await uow.session.get_one(SelAccount, sophie.id)).max_balance = 600

    response = await submit(client, path, {"reason": "Paid twice by mistake"})
    assert "The transfer is reversed; both members are told." in await response.text()
    assert await balances(app) == {"Sophie": 120, "Anna": 120}
    async with app.sessions() as session:
        reversal = await session.scalar(select(SelTransfer).where(
            SelTransfer.reverses_id == transfer_id))
        entry = await session.scalar(select(AuditEntry).where(AuditEntry.action == "sel-reverse"))
        notices = list(await session.execute(
            select(Member.first_name, OutboxMessage.message_args).join(
                Member, Member.id == OutboxMessage.member_id)
            .where(OutboxMessage.purpose == f"sel-reversal:{reversal.id}")
            .order_by(Member.first_name)))
    assert (reversal.kind, reversal.units, reversal.note) == ("reversal", 90,
                                                              "Paid twice by mistake")
    assert (entry.subject, entry.after["reversal"]) == (f"sel-transfer:{transfer_id}",
                                                        reversal.id)
    assert [(name, args["amount"]["sel_units"], args["balance"]["sel_units"])
            for name, args in notices] == [
        ("Anna", -90, 120), ("Sophie", 90, 120)]

    again = await submit(client, path, {"reason": "Again"})
    assert again.status == 409
    assert "This transfer has already been reversed." in await again.text()
    of_reversal = await submit(client, f"/admin/sel/transfers/{reversal.id}/reverse",
                               {"reason": "Undo the undo"})
    assert of_reversal.status == 409
    assert await balances(app) == {"Sophie": 120, "Anna": 120}
    assert (await audit_actions(app)).count("sel-reverse") == 1


async def test_transfers_filter_and_sort(admin) -> None:
    app, client = admin
    small, large = await exchange(app, 30, "Bread"), await exchange(app, 90, "Garden")
    account = await account_of(app, "Anna")
    by_units = await page(client, "/admin/sel/transfers?kind=payment&sort=units&dir=asc")
    assert by_units.index(small[:8]) < by_units.index(large[:8])
    assert "<td>90 units (1 h 30)</td>" in by_units  # in hours, as the chat says them
    assert "opening balance" not in by_units.split("<tbody>")[1]
    descending = await page(client, "/admin/sel/transfers?kind=payment&sort=units&dir=desc")
    assert descending.index(large[:8]) < descending.index(small[:8])
    assert 'aria-sort="descending"' in descending
    at_least = await page(client, "/admin/sel/transfers?min_units=60&kind=payment")
    assert large[:8] in at_least and small[:8] not in at_least
    assert "kind=payment&amp;min_units=60&amp;sort=units" in at_least  # links keep filters
    openings = await page(client, f"/admin/sel/transfers?kind=opening&account={account.id}")
    assert "Only the account of Anna De Smet." in openings
    assert openings.split("<tbody>")[1].count("<tr>") == 1
    by_name = await page(client, "/admin/sel/transfers?who=lambert&kind=payment")
    assert small[:8] in by_name and large[:8] in by_name
    for who in ("Sophie+Lambert", "anna+de+smet", "l%C3%A9a", "P3"):  # a child, a class
        found = await page(client, f"/admin/sel/transfers?who={who}&kind=payment")
        assert small[:8] in found and large[:8] in found, who
    nobody = await page(client, "/admin/sel/transfers?who=Anna+Lambert")  # not one person
    assert "No result for “Anna Lambert”" in nobody and small[:8] not in nobody
    none = await page(client, "/admin/sel/transfers?until=2000-01-01")
    assert "Nothing here yet." in none
    today = await page(client, "/admin/sel/transfers?since=2000-01-01&until=2099-12-31")
    assert small[:8] in today and large[:8] in today
    typo = await page(client, "/admin/sel/transfers?since=yesterday")
    assert 'id="e-since">Type a date like 2026-11-21.' in typo and small[:8] in typo
    # The calendar's first and last days: a date, but no day to start from or to end
    far = await page(client, "/admin/sel/transfers?since=0001-01-01&until=9999-12-31")
    assert 'id="e-since">Type a date' in far and 'id="e-until">Type a date' in far
    assert small[:8] in far
    csv_far = await client.get("/admin/sel/transfers.csv?since=0001-01-01&until=9999-12-31")
    assert csv_far.status == 200 and small in await csv_far.text()


async def test_the_csv_holds_the_filtered_transfers_exactly(admin) -> None:
    app, client = admin
    transfer_id = await exchange(app, 90, "Garden; weeding")
    await exchange(app, 20, "Bread")
    response = await client.get("/admin/sel/transfers.csv?min_units=50&kind=payment")
    assert response.status == 200 and response.content_type == "text/csv"
    assert response.headers["Content-Disposition"] == 'attachment; filename="sel-transfers.csv"'
    body = await response.read()
    assert body.startswith(b"\xef\xbb\xbf")
    lines = body.decode("utf-8-sig").splitlines()
    assert lines[0] == "date;transfer;kind;from;to;units;hours;note;correction of"
    assert len(lines) == 2
    fields = lines[1].split(";", 7)
    assert fields[1:7] == [transfer_id, "payment", "Sophie Lambert", "Anna De Smet", "90", "1,50"]
    assert fields[7] == '"Garden; weeding";'
    everything = (await (await client.get("/admin/sel/transfers.csv")).read()).decode("utf-8-sig")
    assert everything.count("\r\n") == 1 + 4  # header, two openings, two payments
    assert ";opening balance;the school;Sophie Lambert;120;2,00;;" in everything


async def test_the_csv_speaks_the_admins_language(admin) -> None:
    app, client = admin
    transfer_id = await exchange(app, 90, "Jardin")
    body = await (await client.get("/admin/sel/transfers.csv?lang=fr")).read()
    text = body.decode("utf-8-sig")
    assert text.splitlines()[0] == "date;échange;type;de;à;unités;heures;note;correction de"
    assert f";{transfer_id};paiement;Sophie Lambert;Anna De Smet;90;1,50;Jardin;" in text
    assert ";solde d'ouverture;l'école;Sophie Lambert;120;2,00;;" in text


async def test_school_limits_are_checked_per_field_then_followed(admin) -> None:
    app, client = admin
    await exchange(app, 90)  # Sophie 30, Anna 210
    refused = await submit(client, "/admin/sel/limits", {
        "min_balance": "-5", "max_balance": "lots", "opening_balance": "120"})
    text = await refused.text()
    assert refused.status == 400
    assert 'id="e-max_balance">Type a whole number of units, e.g. -300.' in text
    assert 'value="lots"' in text and 'value="-5"' in text  # what was typed stays
    refused = await submit(client, "/admin/sel/limits", {
        "min_balance": "5", "max_balance": "600", "opening_balance": "120"})
    refused_text = await refused.text()
    assert ('id="e-min_balance">The lower limit must be between -60,000 units (-1,000 h 00) '
            'and 0.') in refused_text
    assert 'id="h-max_balance">600 units (10 h 00)</small>' in refused_text  # as typed
    refused = await submit(client, "/admin/sel/limits", {
        "min_balance": "-100", "max_balance": "100", "opening_balance": "150"})
    assert ('id="e-opening_balance">The opening balance must be between 0 and the upper '
            'limit, 100 units (1 h 40).') in await refused.text()
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "sel-school-limits")) == 0

    response = await submit(client, "/admin/sel/limits", {
        "min_balance": "-100", "max_balance": "200", "opening_balance": "60"})
    saved = await response.text()
    assert "Limits saved." in saved
    assert "1 account keeps older limits" in saved
    sophie, anna = await account_of(app, "Sophie"), await account_of(app, "Anna")
    assert (sophie.min_balance, sophie.max_balance) == (-100, 200)
    assert (anna.min_balance, anna.max_balance) == (-300, 600)  # 210 is above 200
    async with app.sessions() as session:
        entry = await session.scalar(select(AuditEntry).where(
            AuditEntry.action == "sel-school-limits"))
    assert entry.before == {"min_balance": -300, "max_balance": 600, "opening_balance": 120}
    assert entry.after["accounts_kept"] == 1 and entry.after["accounts_followed"] == 1
    assert await told_of_limits(app) == [("Sophie", {"low": -100, "high": 200})]

    await submit(client, "/admin/sel/limits", {
        "min_balance": "-100", "max_balance": "300", "opening_balance": "60"})
    anna = await account_of(app, "Anna")
    assert (anna.min_balance, anna.max_balance) == (-100, 300)
    assert "keeps older limits" not in await page(client, "/admin/sel")
    told = await told_of_limits(app)  # Anna now follows too
    assert told[0] == ("Sophie", {"low": -100, "high": 200})
    assert sorted(told[1:]) == [("Anna", {"low": -100, "high": 300}),
                                ("Sophie", {"low": -100, "high": 300})]


async def told_of_limits(app) -> list[tuple[str, dict]]:
    """Who was sent "the school changed your SEL limits", in order."""
    async with app.sessions() as session:
        rows = await session.execute(
            select(Member.first_name, OutboxMessage.message_args)
            .join(Member, Member.id == OutboxMessage.member_id)
            .where(OutboxMessage.message_id == "sel-limits-notice").order_by(OutboxMessage.id))
        return [(name, {bound: units["sel_units"] for bound, units in args.items()})
                for name, args in rows]


async def test_one_accounts_limits_are_set_by_hand_and_kept(admin) -> None:
    app, client = admin
    await exchange(app, 90)
    anna = await account_of(app, "Anna")
    path = f"/admin/sel/accounts/{anna.id}/limits"
    shown = await page(client, f"/admin/sel/accounts/{anna.id}")
    assert 'id="h-min_balance">-300 units (-5 h 00)</small>' in shown  # beside the units
    assert 'id="h-max_balance">600 units (10 h 00)</small>' in shown
    refused = await submit(client, path, {"min_balance": "-50", "max_balance": "200"})
    assert refused.status == 400
    assert ('id="e-max_balance">The balance, 210 units (3 h 30), is outside those limits'
            in await refused.text())
    response = await submit(client, path, {"min_balance": "-600", "max_balance": "900"})
    assert "Limits saved." in await response.text()
    anna = await account_of(app, "Anna")
    assert (anna.min_balance, anna.max_balance, anna.limits_overridden) == (-600, 900, True)
    assert "-600 units (-10 h 00) … 900 units (15 h 00) (set by hand)" in await page(
        client, "/admin/sel")
    async with app.sessions() as session:
        notice = await session.scalar(select(OutboxMessage).where(
            OutboxMessage.message_id == "sel-limits-notice"))
    assert notice.message_args == {"low": {"sel_units": -600}, "high": {"sel_units": 900}}
    assert (await audit_actions(app))[-1] == "sel-account-limits"
    again = await submit(client, path, {"min_balance": "-600", "max_balance": "900"})
    assert "Limits saved." in await again.text()  # a double submit: Anna is told once
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.message_id == "sel-limits-notice")) == 1
    assert (await audit_actions(app)).count("sel-account-limits") == 1
    await submit(client, "/admin/sel/limits", {
        "min_balance": "-200", "max_balance": "400", "opening_balance": "120"})
    anna = await account_of(app, "Anna")
    assert (anna.min_balance, anna.max_balance) == (-600, 900)


async def test_another_schools_accounts_and_transfers_are_out_of_reach(admin) -> None:
    app, client = admin
    async with other_school_admin(app) as (session, zoe_member):
        zoe = await session.scalar(select(SelAccount).where(
            SelAccount.member_id == zoe_member.id))
    async with app.sessions() as session:
        opening = await session.scalar(select(SelTransfer.id).where(
            SelTransfer.payee_account_id == zoe.id, SelTransfer.kind == TransferKind.OPENING))
    assert (await client.get(f"/admin/sel/accounts/{zoe.id}")).status == 404
    assert (await client.get(f"/admin/sel/transfers/{opening}")).status == 404
    refused = await submit(client, f"/admin/sel/transfers/{opening}/reverse", {"reason": "x"})
    assert refused.status == 404
    refused = await submit(client, f"/admin/sel/accounts/{zoe.id}/limits",
                           {"min_balance": "-10", "max_balance": "500"})
    assert refused.status == 404
    zoe_after = await account_of(app, "Zoé")
    assert (zoe_after.balance, zoe_after.min_balance, zoe_after.max_balance) == (120, -300, 600)
    assert "Zoé" not in await page(client, "/admin/sel")
    assert opening[:8] not in await page(client, "/admin/sel/transfers")
    assert "Zoé" not in (await (await client.get("/admin/sel/transfers.csv")).read()).decode()
    async with app.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(SelTransfer).where(
            SelTransfer.kind == TransferKind.REVERSAL)) == 0
