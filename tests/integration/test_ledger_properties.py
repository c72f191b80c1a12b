"""The ledger against a simple in-memory model (Hypothesis stateful testing).

Random payments (fresh ids, replays, reused ids), reversals and limit changes; after
every step: the school's balances sum to 0 (issuance included), every member account is
within its limits, the database agrees with the model, and each account's history sums
to its balance.
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from core.db import create_engine, session_factory, unit_of_work
from core.errors import DomainError
from core.sel.ledger import account_of, new_transfer_id, pay, reverse, set_limits
from tests.support.ledger import books_balance
from tests.support.people import school_with_members

MEMBERS = 4


class LedgerMachine(RuleBasedStateMachine):
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="ledger-prop-"))
        shutil.copy(self.template, self.folder / "db.sqlite3")
        self.loop = asyncio.new_event_loop()
        self.engine = create_engine(f"sqlite+aiosqlite:///{self.folder / 'db.sqlite3'}")
        self.sessions = session_factory(self.engine)
        self.school, self.members = self.run(self._setup())
        self.balances = {m.id: 120 for m in self.members}
        self.limits = {m.id: (-300, 600) for m in self.members}
        self.transfers: dict[str, tuple[int, int, int]] = {}  # id -> payer, payee, units
        self.reversed: set[str] = set()

    async def _setup(self):
        async with unit_of_work(self.sessions) as uow:
            return await school_with_members(uow.session, MEMBERS)

    def run(self, coroutine):
        return self.loop.run_until_complete(coroutine)

    def teardown(self) -> None:
        self.run(self.engine.dispose())
        self.loop.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def allowed(self, payer: int, payee: int, units: int) -> bool:
        low, _ = self.limits[payer]
        _, high = self.limits[payee]
        return self.balances[payer] - units >= low and self.balances[payee] + units <= high

    async def _pay(self, transfer_id: str, payer: int, payee: int, units: int) -> str | None:
        by_id = {m.id: m for m in self.members}
        try:
            async with unit_of_work(self.sessions) as uow:
                await pay(uow.session, transfer_id=transfer_id, payer=by_id[payer],
                          payee=by_id[payee], units=units, note=None)
        except DomainError as error:
            return error.message_id
        return None

    @rule(payer=st.integers(0, MEMBERS - 1), payee=st.integers(0, MEMBERS - 1),
          units=st.integers(-10, 700))
    def pay_with_a_fresh_id(self, payer: int, payee: int, units: int) -> None:
        a, b = self.members[payer].id, self.members[payee].id
        transfer_id = new_transfer_id()
        error = self.run(self._pay(transfer_id, a, b, units))
        should_work = a != b and 0 < units <= 6000 and self.allowed(a, b, units)
        assert (error is None) == should_work, (error, a, b, units, self.balances)
        if should_work:
            self.balances[a] -= units
            self.balances[b] += units
            self.transfers[transfer_id] = (a, b, units)

    @precondition(lambda self: self.transfers)
    @rule(data=st.data())
    def replay_an_old_transfer(self, data: st.DataObject) -> None:
        transfer_id = data.draw(st.sampled_from(list(self.transfers)))
        a, b, units = self.transfers[transfer_id]
        assert self.run(self._pay(transfer_id, a, b, units)) is None  # a no-op

    @precondition(lambda self: self.transfers)
    @rule(data=st.data(), extra=st.integers(1, 5))
    def reuse_an_id_for_another_payment(self, data: st.DataObject, extra: int) -> None:
        transfer_id = data.draw(st.sampled_from(list(self.transfers)))
        a, b, units = self.transfers[transfer_id]
        assert self.run(self._pay(transfer_id, a, b, units + extra)) == "sel-transfer-id-reused"

    @precondition(lambda self: set(self.transfers) - self.reversed)
    @rule(data=st.data())
    def reverse_a_transfer(self, data: st.DataObject) -> None:
        transfer_id = data.draw(st.sampled_from(
            [t for t in self.transfers if t not in self.reversed]))
        a, b, units = self.transfers[transfer_id]

        async def go() -> str | None:
            try:
                async with unit_of_work(self.sessions) as uow:
                    await reverse(uow.session, admin_id=self.members[0].id,
                                  school_id=self.school.id, transfer_id=transfer_id,
                                  reason="correction")
            except DomainError as error:
                return error.message_id
            return None

        error = self.run(go())
        assert (error is None) == self.allowed(b, a, units), error
        if error is None:
            self.balances[a] += units
            self.balances[b] -= units
            self.reversed.add(transfer_id)

    @rule(who=st.integers(0, MEMBERS - 1), low=st.integers(-900, 0), high=st.integers(0, 900))
    def change_limits(self, who: int, low: int, high: int) -> None:
        member_id = self.members[who].id

        async def go() -> str | None:
            try:
                async with unit_of_work(self.sessions) as uow:
                    account = await account_of(uow.session, self.members[who])
                    await set_limits(uow.session, account, low, high)
            except DomainError as error:
                return error.message_id
            return None

        error = self.run(go())
        assert (error is None) == (low <= self.balances[member_id] <= high)
        if error is None:
            self.limits[member_id] = (low, high)

    @invariant()
    def the_books_balance(self) -> None:
        async def read():
            async with self.sessions() as session:
                return await books_balance(session)

        for account in self.run(read()):
            if account.member_id is not None:
                assert account.balance == self.balances[account.member_id]


@pytest.fixture
def ledger_machine(sqlite_template: Path) -> type[LedgerMachine]:
    LedgerMachine.template = sqlite_template
    return LedgerMachine


def test_ledger_matches_its_model(ledger_machine: type[LedgerMachine]) -> None:
    run = ledger_machine.TestCase
    # Derandomized: CI explores the same 25 runs every time, so a failure reproduces.
    run.settings = settings(max_examples=25, stateful_step_count=25, deadline=None,
                            derandomize=True, database=None,
                            suppress_health_check=[HealthCheck.too_slow])
    run().runTest()
