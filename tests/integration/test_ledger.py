"""The SEL ledger's rules, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
import time_machine
from sqlalchemy import func, select

from core.clock import utcnow
from core.db import create_engine, session_factory, unit_of_work
from core.errors import DomainError
from core.models import RequestStatus, SelAccount, SelTransfer
from core.outbox import units_arg
from core.sel import requests
from core.sel.history import history
from core.sel.ledger import (
    account_of,
    new_transfer_id,
    pay,
    reverse,
    school_sum,
    set_limits,
    transfer,
)
from tests.support.people import school_with_members


@pytest.fixture
async def sessions(database_url: str) -> AsyncIterator:
    engine = create_engine(database_url)
    yield session_factory(engine)
    await engine.dispose()


async def setup(sessions, count: int = 3, **options):
    async with unit_of_work(sessions) as uow:
        return await school_with_members(uow.session, count, **options)


async def balance(sessions, member) -> int:
    async with sessions() as session:
        return (await account_of(session, member)).balance


async def test_accounts_open_with_120_units_funded_by_the_school(sessions) -> None:
    school, members = await setup(sessions)
    assert [await balance(sessions, m) for m in members] == [120, 120, 120]
    async with sessions() as session:
        assert await school_sum(session, school.id) == 0
        issuance = await session.scalar(select(SelAccount).where(
            SelAccount.kind == "issuance"))
        assert issuance.balance == -360


async def test_pay_moves_units_and_counts_totals(sessions) -> None:
    _, (anna, bob, _) = await setup(sessions)
    async with unit_of_work(sessions) as uow:
        result = await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=bob,
                           units=90, note="  homework   help ")
    assert result.transfer.note == "homework help"
    async with sessions() as session:
        a, b = await account_of(session, anna), await account_of(session, bob)
    assert (a.balance, a.given, a.received) == (30, 90, 120)
    assert (b.balance, b.given, b.received) == (210, 0, 210)


async def test_a_replayed_id_pays_once_and_a_reused_id_is_refused(sessions) -> None:
    _, (anna, bob, carl) = await setup(sessions)
    tid = new_transfer_id()
    for _ in range(2):
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=tid, payer=anna, payee=bob, units=30, note=None)
    assert await balance(sessions, anna) == 90
    with pytest.raises(DomainError) as error:
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=tid, payer=anna, payee=carl, units=30, note=None)
    assert error.value.message_id == "sel-transfer-id-reused"
    assert await balance(sessions, carl) == 120


async def test_limits_refuse_and_change_nothing(sessions) -> None:
    _, (anna, bob, _) = await setup(sessions)
    with pytest.raises(DomainError) as error:
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=bob,
                      units=421, note=None)
    assert error.value.message_id == "sel-over-limit-payer"
    assert error.value.args_for_message["available"] == units_arg(420)
    async with unit_of_work(sessions) as uow:  # exactly to the limit is fine
        await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=bob,
                  units=420, note=None)
    assert (await balance(sessions, anna), await balance(sessions, bob)) == (-300, 540)


async def test_a_payer_over_both_limits_is_told_their_own_first(sessions) -> None:
    _, (_, bob, carl) = await setup(sessions)
    async with unit_of_work(sessions) as uow:
        await set_limits(uow.session, await account_of(uow.session, bob), -300, 150)
    # Bob's account comes first in the (deadlock-free) order the accounts are moved in.
    with pytest.raises(DomainError) as error:
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=new_transfer_id(), payer=carl, payee=bob,
                      units=421, note=None)
    assert (error.value.message_id, error.value.args_for_message["available"]) == (
        "sel-over-limit-payer", units_arg(420))


async def test_members_of_another_school_cannot_be_paid(sessions) -> None:
    _, (anna, _, _) = await setup(sessions)
    _, (stranger,) = await setup(sessions, 1, name="École Ailleurs")
    with pytest.raises(DomainError) as error:
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=stranger,
                      units=10, note=None)
    assert error.value.message_id == "sel-member-not-found"
    assert await balance(sessions, anna) == 120


async def test_payee_limit_and_paying_yourself(sessions) -> None:
    _, (anna, bob, carl) = await setup(sessions)
    async with unit_of_work(sessions) as uow:
        await set_limits(uow.session, await account_of(uow.session, bob), -300, 150)
    with pytest.raises(DomainError) as error:
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=bob,
                      units=31, note=None)
    # Nothing about Bob's balance: Anna is not told how much more he may receive.
    assert (error.value.message_id, error.value.args_for_message) == (
        "sel-over-limit-payee", {})
    with pytest.raises(DomainError) as error:  # Anna's move, done first, left her -280
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=bob,
                      units=400, note=None)
    assert error.value.message_id == "sel-over-limit-payee"  # not "your balance..."
    with pytest.raises(DomainError) as error:
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=anna,
                      units=10, note=None)
    assert error.value.message_id == "sel-pay-self"
    with pytest.raises(DomainError) as error:
        async with unit_of_work(sessions) as uow:
            await set_limits(uow.session, await account_of(uow.session, carl), -300, 100)
    assert error.value.message_id == "sel-limits-below-balance"


async def test_a_refused_transfer_leaves_no_trace_even_as_first_statement(sessions) -> None:
    school, (anna, bob, _) = await setup(sessions)
    async with sessions() as session:
        payer, payee = (await account_of(session, anna)).id, (await account_of(session, bob)).id
    with pytest.raises(DomainError):
        async with unit_of_work(sessions) as uow:  # nothing else ran in this transaction
            await transfer(uow.session, transfer_id=new_transfer_id(), school_id=school.id,
                           payer_account_id=payer, payee_account_id=payee, units=500,
                           kind="payment", note=None, created_by=None)
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(SelTransfer).where(
            SelTransfer.kind == "payment")) == 0
        assert await school_sum(session, school.id) == 0
    assert (await balance(sessions, anna), await balance(sessions, bob)) == (120, 120)


@pytest.mark.parametrize("units", [0, -5, 6001, 2.5, True])
async def test_amounts_must_be_whole_positive_and_sane(sessions, units) -> None:
    _, (anna, bob, _) = await setup(sessions)
    with pytest.raises(DomainError):
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=bob,
                      units=units, note=None)
    assert await balance(sessions, anna) == 120


async def test_a_reversal_is_a_new_linked_transfer(sessions) -> None:
    school, (anna, bob, admin) = await setup(sessions)
    async with unit_of_work(sessions) as uow:
        paid = await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=bob,
                         units=60, note="lift")
    async with unit_of_work(sessions) as uow:
        back = await reverse(uow.session, admin_id=admin.id, school_id=school.id,
                             transfer_id=paid.transfer.id, reason="paid twice by mistake")
    assert back.transfer.reverses_id == paid.transfer.id
    assert (await balance(sessions, anna), await balance(sessions, bob)) == (120, 120)
    with pytest.raises(DomainError) as error:
        async with unit_of_work(sessions) as uow:
            await reverse(uow.session, admin_id=admin.id, school_id=school.id,
                          transfer_id=paid.transfer.id, reason="again")
    assert error.value.message_id == "sel-already-reversed"
    async with sessions() as session:
        assert await session.scalar(select(func.count()).select_from(SelTransfer)) == 5


async def test_history_pages_match_the_balance(sessions) -> None:
    _, (anna, bob, _) = await setup(sessions)
    for units in range(1, 11):
        async with unit_of_work(sessions) as uow:
            await pay(uow.session, transfer_id=new_transfer_id(), payer=anna, payee=bob,
                      units=units, note=f"#{units}")
    async with sessions() as session:
        account = await account_of(session, anna)
        first, pages = await history(session, account, 0)
        second, _ = await history(session, account, 1)
    assert pages == 2
    assert sum(line.units for line in first + second) == account.balance == 65
    assert first[0].counterparty == "Parent1 Test"
    assert second[-1].counterparty is None  # the opening balance, from the school


async def test_requests_accept_decline_and_expire(sessions) -> None:
    _, (anna, bob, _) = await setup(sessions)
    async with unit_of_work(sessions) as uow:
        asked = await requests.create_request(uow.session, anna, bob, 45, "babysitting")
    assert await balance(sessions, bob) == 120  # pending moves nothing
    for _ in range(2):  # a double tap on Accept pays once
        try:
            async with unit_of_work(sessions) as uow:
                await requests.accept(uow.session, bob, asked.id)
        except DomainError as error:
            assert error.message_id == "sel-request-accepted"
    assert (await balance(sessions, anna), await balance(sessions, bob)) == (165, 75)

    async with unit_of_work(sessions) as uow:
        declined = await requests.create_request(uow.session, anna, bob, 10, None)
        await requests.decline(uow.session, bob, declined.id)
        old = await requests.create_request(uow.session, anna, bob, 10, None)
    with time_machine.travel(utcnow() + timedelta(days=15)):
        async with unit_of_work(sessions) as uow:
            expired = await requests.expire_due(uow.session)
        assert [r.id for r in expired] == [old.id]
        with pytest.raises(DomainError) as error:
            async with unit_of_work(sessions) as uow:
                await requests.accept(uow.session, bob, old.id)
        assert error.value.message_id == "sel-request-expired"
    async with sessions() as session:
        assert (await session.get(type(old), declined.id)).status == RequestStatus.DECLINED
