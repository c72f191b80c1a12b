"""SEL transfers per second against the physical limit of a bank transfer here.

Starts a throwaway PostgreSQL, runs `pgbench -b tpcb-like` on it, then the SEL transfer
service (core.sel.ledger.transfer: one INSERT, two conditional UPDATEs) with the same
number of clients for the same time, then checks the books.

    .venv/bin/python bench/ledger.py [--clients 8] [--seconds 10] [--accounts 50]

Prints one JSON line last: {"transfers_per_s", "pgbench_tps", "ratio", "conserved",
"limit_violations"}. Target: ratio >= 0.3.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.exc import DBAPIError  # noqa: E402

from bot.migrations import upgrade  # noqa: E402
from bot.ops.pgtools import pg_binary  # noqa: E402
from core.db import create_engine, session_factory, unit_of_work  # noqa: E402
from core.errors import DomainError  # noqa: E402
from core.models import SelAccount, SelTransfer, TransferKind  # noqa: E402
from core.sel.ledger import account_of, new_transfer_id, transfer  # noqa: E402
from tests.support.people import school_with_members  # noqa: E402
from tests.support.servers import postgres_server  # noqa: E402


def pgbench(url: str, clients: int, seconds: int) -> float:
    match = re.match(r".*://(\w+)@([\d.]+):(\d+)/(\w+)", url)
    assert match, url
    user, host, port, db = match.groups()
    base = [pg_binary("pgbench"), "-h", host, "-p", port, "-U", user]
    subprocess.run([*base, "-i", "-q", "-s", "1", db], check=True, capture_output=True)
    out = subprocess.run([*base, "-b", "tpcb-like", "-c", str(clients), "-j", "2", "-T",
                          str(seconds), "-n", db], check=True, capture_output=True, text=True)
    tps = re.search(r"tps = ([\d.]+)", out.stdout)
    assert tps, out.stdout
    return float(tps.group(1))


async def sel_transfers(url: str, clients: int, seconds: int, accounts: int) -> dict:
    upgrade(url)
    engine = create_engine(url, pool_size=clients, max_overflow=0)
    sessions = session_factory(engine)
    async with unit_of_work(sessions) as uow:
        school, members = await school_with_members(uow.session, accounts)
        ids = [(await account_of(uow.session, m)).id for m in members]
    done = 0
    refused = 0
    deadline = time.perf_counter() + seconds

    async def client(seed: int) -> None:
        nonlocal done, refused
        rng = random.Random(seed)
        while time.perf_counter() < deadline:
            payer, payee = rng.sample(ids, 2)
            try:
                async with unit_of_work(sessions) as uow:
                    await transfer(uow.session, transfer_id=new_transfer_id(),
                                   school_id=school.id, payer_account_id=payer,
                                   payee_account_id=payee, units=rng.randint(1, 30),
                                   kind=TransferKind.PAYMENT, note=None, created_by=None)
                done += 1
            except (DomainError, DBAPIError):
                refused += 1

    started = time.perf_counter()
    await asyncio.gather(*(client(i) for i in range(clients)))
    elapsed = time.perf_counter() - started
    async with sessions() as session:
        total = await session.scalar(select(func.sum(SelAccount.balance)))
        violations = await session.scalar(select(func.count()).select_from(SelAccount).where(
            SelAccount.member_id.is_not(None),
            (SelAccount.balance < SelAccount.min_balance)
            | (SelAccount.balance > SelAccount.max_balance)))
        payments = await session.scalar(select(func.count()).select_from(SelTransfer).where(
            SelTransfer.kind == TransferKind.PAYMENT))
    await engine.dispose()
    return {"transfers_per_s": round(done / elapsed, 1), "refused": refused,
            "conserved": total == 0 and payments == done, "limit_violations": violations}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--accounts", type=int, default=50)
    args = parser.parse_args()
    if shutil.which("runuser") is None and not Path("/usr/lib/postgresql").exists():
        sys.exit("PostgreSQL binaries are needed")
    with postgres_server() as url:
        tps = pgbench(url, args.clients, args.seconds)
    with postgres_server() as url:
        sel = asyncio.run(sel_transfers(url, args.clients, args.seconds, args.accounts))
    print(json.dumps({"transfers_per_s": sel["transfers_per_s"], "pgbench_tps": tps,
                      "ratio": round(sel["transfers_per_s"] / tps, 3),
                      "conserved": sel["conserved"],
                      "limit_violations": sel["limit_violations"],
                      "clients": args.clients, "refused": sel["refused"]}))


if __name__ == "__main__":
    main()
