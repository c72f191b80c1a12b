"""Many parents paying at once on PostgreSQL: totals conserved, no limit breached, every
acknowledged transfer present exactly once (and nothing that was not acknowledged)."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from core.db import create_engine, session_factory, unit_of_work
from core.errors import DomainError
from core.models import SelAccount, SelTransfer, TransferKind
from core.sel.ledger import new_transfer_id, pay
from tests.conftest import fresh_pg_database
from tests.support.people import school_with_members

ACCOUNTS = 50
TASKS = 32
TRANSFERS_PER_TASK = 40


@pytest.fixture
async def pg_database(pg_template: str) -> AsyncIterator[str]:
    async with fresh_pg_database(pg_template) as url:
        yield url


async def test_concurrent_transfers_conserve_units(pg_database: str) -> None:
    engine = create_engine(pg_database, pool_size=TASKS, max_overflow=0)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school, members = await school_with_members(uow.session, ACCOUNTS)
    acknowledged: list[str] = []
    refused = 0
    retried: Counter[str] = Counter()  # database hiccups, reported if the test fails

    async def worker(seed: int) -> None:
        nonlocal refused
        rng = random.Random(seed)
        for _ in range(TRANSFERS_PER_TASK):
            payer, payee = rng.sample(members, 2)
            transfer_id = new_transfer_id()
            units = rng.choice([15, 30, 60, 90, 200, 400])
            for _attempt in range(5):  # a serialisation hiccup is retried with the same id
                try:
                    async with unit_of_work(sessions) as uow:
                        await pay(uow.session, transfer_id=transfer_id, payer=payer,
                                  payee=payee, units=units, note=None)
                    acknowledged.append(transfer_id)
                    break
                except DomainError:
                    refused += 1
                    break
                except (IntegrityError, DBAPIError) as error:
                    retried[type(error.orig).__name__] += 1
                    await asyncio.sleep(0.01)

    await asyncio.gather(*(worker(seed) for seed in range(TASKS)))

    async with sessions() as session:
        accounts = (await session.scalars(select(SelAccount))).all()
        payments = (await session.scalars(select(SelTransfer.id).where(
            SelTransfer.kind == TransferKind.PAYMENT))).all()
        total = await session.scalar(select(func.sum(SelAccount.balance)))
    await engine.dispose()

    report = f"acknowledged={len(acknowledged)} refused={refused} retried={dict(retried)}"
    assert total == 0, report
    assert all(a.min_balance <= a.balance <= a.max_balance for a in accounts
               if a.member_id is not None), report
    assert sorted(payments) == sorted(acknowledged), report
    assert len(acknowledged) + refused == TASKS * TRANSFERS_PER_TASK, report
    assert refused > 0, "the mix of amounts should hit some limits"
