"""What a backup or a copy must preserve, measured the same way on SQLite and PostgreSQL:
the schema revision, every table's row count, and per school a ledger checksum."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from sqlalchemy import Connection, func, inspect, literal, select, table, text

from core.models import SelAccount, SelTransfer

SCHEMA_TABLE = "alembic_version"  # the schema's revision, not data


@dataclass(frozen=True)
class LedgerChecksum:
    """One school's SEL ledger in four numbers."""

    transfers: int  # how many transfers
    units: int  # their total amount
    balances: int  # sum of all balances, issuance account included: 0 while sound
    abs_balances: int  # sum of |balance|: moves as soon as any one balance differs


@dataclass(frozen=True)
class DatabaseFacts:
    revision: str | None
    row_counts: dict[str, int]
    ledger: dict[int, LedgerChecksum]

    def to_json(self) -> dict[str, Any]:
        return {"revision": self.revision, "row_counts": self.row_counts,
                "ledger": {str(school): asdict(sums) for school, sums in self.ledger.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DatabaseFacts:
        return cls(data["revision"], dict(data["row_counts"]),
                   {int(school): LedgerChecksum(**sums) for school, sums in data["ledger"].items()})


def measure(connection: Connection) -> DatabaseFacts:
    """Run on the connection's current transaction (so on one snapshot)."""
    names = sorted(inspect(connection).get_table_names())
    counts = {name: int(connection.scalar(select(func.count()).select_from(table(name))))
              for name in names}
    revision = (connection.scalar(text(f"SELECT version_num FROM {SCHEMA_TABLE}"))
                if SCHEMA_TABLE in names else None)
    has_ledger = {SelTransfer.__tablename__, SelAccount.__tablename__} <= set(names)
    return DatabaseFacts(revision, counts, _ledger(connection) if has_ledger else {})


def _ledger(connection: Connection) -> dict[int, LedgerChecksum]:
    transfers, accounts = SelTransfer.__table__, SelAccount.__table__
    moved = {row.school_id: (row.n, row.units) for row in connection.execute(
        select(transfers.c.school_id, func.count().label("n"),
               func.sum(transfers.c.units).label("units")).group_by(transfers.c.school_id))}
    held = {row.school_id: (row.total, row.spread) for row in connection.execute(
        select(accounts.c.school_id, func.sum(accounts.c.balance).label("total"),
               func.sum(func.abs(accounts.c.balance)).label("spread"))
        .group_by(accounts.c.school_id))}
    return {school: LedgerChecksum(*(int(value) for value in
                                     (*moved.get(school, (0, 0)), *held.get(school, (0, 0)))))
            for school in sorted(moved.keys() | held.keys())}


def holds_data(connection: Connection) -> bool:
    """Any row outside the schema's own bookkeeping."""
    for name in inspect(connection).get_table_names():
        if name != SCHEMA_TABLE and connection.scalar(
                select(literal(1)).select_from(table(name)).limit(1)) is not None:
            return True
    return False


def differences(expected: DatabaseFacts, found: DatabaseFacts, expected_label: str = "source",
                found_label: str = "copy") -> list[str]:
    problems = []
    if expected.revision != found.revision:
        problems.append(f"schema revision: {expected.revision} in the {expected_label}, "
                        f"{found.revision} in the {found_label}")
    for name in sorted(expected.row_counts.keys() | found.row_counts.keys()):
        want, got = expected.row_counts.get(name), found.row_counts.get(name)
        if want != got:
            problems.append(f"{name}: {_rows(want)} in the {expected_label}, {_rows(got)} "
                            f"in the {found_label}")
    for school in sorted(expected.ledger.keys() | found.ledger.keys()):
        want, got = expected.ledger.get(school), found.ledger.get(school)
        for field in fields(LedgerChecksum):
            a, b = (getattr(sums, field.name, None) for sums in (want, got))
            if a != b:
                problems.append(f"SEL ledger of school {school}, {field.name}: {a} in the "
                                f"{expected_label}, {b} in the {found_label}")
    return problems


def _rows(count: int | None) -> str:
    return "no table" if count is None else f"{count} rows"


def report(expected: DatabaseFacts, found: DatabaseFacts | None, problems: list[str],
           expected_label: str = "source", found_label: str = "copy") -> str:
    """The summary printed after a backup, a restore or a copy."""
    lines = []
    if found is not None:
        width = max(map(len, expected.row_counts), default=5) + 2
        lines.append(f"  {'table':<{width}}{expected_label:>10}{found_label:>10}")
        for name, count in sorted(expected.row_counts.items()):
            if count or found.row_counts.get(name):
                lines.append(f"  {name:<{width}}{count:>10}{found.row_counts.get(name, '-'):>10}")
        for school, sums in sorted(found.ledger.items()):
            lines.append(f"  SEL ledger of school {school}: {sums.transfers} transfers, "
                         f"{sums.units} units, balances sum {sums.balances}, "
                         f"|balances| {sums.abs_balances}")
    if problems:
        lines.append("verification FAILED:")
        lines.extend(f"  - {problem}" for problem in problems)
    else:
        lines.append(f"verification OK: {len(expected.row_counts)} tables, schema "
                     f"{expected.revision}, the SEL ledger of {len(expected.ledger)} "
                     f"school(s) identical")
    return "\n".join(lines)
