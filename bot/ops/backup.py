"""Verified backups and restores.

SQLite: the online backup API, from a read transaction that first measured the source,
so the backup and the figures it is checked against are one snapshot. PostgreSQL:
`pg_dump --format=custom` on a snapshot exported by the transaction that measured the
source. Every backup is restored into a scratch database and measured again; only a
backup that matches gets its manifest (sha256 + figures), the others are deleted.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import aiosqlite
from sqlalchemy import text

from bot.ops import OperationRefused
from bot.ops.engines import (
    is_sqlite,
    open_sqlite_read_only,
    read_only_engine,
    read_with,
    sqlite_file,
)
from bot.ops.pgtools import PgToolFailed, database_name, run_pg_tool, scratch_database
from bot.ops.verify import DatabaseFacts, differences, holds_data, measure, report
from core.clock import utcnow

SQLITE_SUFFIX, DUMP_SUFFIX = ".sqlite3", ".dump"
SQLITE_MAGIC, DUMP_MAGIC = b"SQLite format 3\x00", b"PGDMP"
STAMP = "%Y%m%dT%H%M%SZ"


class BackupUnreadable(OperationRefused):
    pass


@dataclass
class Verification:
    expected: DatabaseFacts
    found: DatabaseFacts | None
    problems: list[str] = field(default_factory=list)
    labels: tuple[str, str] = ("source", "backup")

    @property
    def ok(self) -> bool:
        return self.found is not None and not self.problems

    def report(self) -> str:
        return report(self.expected, self.found, self.problems, *self.labels)


def backup_file_name(database_url: str, taken_at: datetime, prefix: str = "schoolhub") -> str:
    suffix = SQLITE_SUFFIX if is_sqlite(database_url) else DUMP_SUFFIX
    return f"{prefix}-{taken_at:{STAMP}}{suffix}"


def default_backup_path(database_url: str, folder: Path) -> Path:
    return folder / backup_file_name(database_url, utcnow())


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


async def backup(database_url: str, path: Path) -> Verification:
    """Write a backup of the database to `path`, then prove it restores to the same data."""
    await asyncio.to_thread(_prepare_new_file, path)
    take = _sqlite_snapshot if is_sqlite(database_url) else _postgres_snapshot
    source = await take(database_url, path)
    verification = await _check(path, database_url, source)
    if verification.ok:
        await asyncio.to_thread(_write_manifest, path, source)
    else:
        # A backup that does not restore to its source must never be mistaken for one.
        await asyncio.to_thread(path.unlink, missing_ok=True)
    return verification


async def restore(database_url: str, path: Path, force: bool = False) -> Verification:
    """Replace the database with the backup's content, then measure it against the backup."""
    expected = await _backup_facts(path, database_url)
    if not force and await _holds_data(database_url):
        raise OperationRefused("the database already holds data: add --force to replace it "
                               "with the backup")
    if is_sqlite(database_url):
        await _sqlite_copy(path, sqlite_file(database_url))
    else:
        await _pg_restore(path, database_url, replace=True)
    found = await read_with(database_url, measure)
    return Verification(expected, found, differences(expected, found, "backup", "database"),
                        ("backup", "database"))


async def _check(path: Path, database_url: str, expected: DatabaseFacts) -> Verification:
    try:
        found = await measure_backup(path, database_url)
    except BackupUnreadable as error:
        return Verification(expected, None, [str(error)])
    return Verification(expected, found, differences(expected, found, "source", "backup"))


async def _backup_facts(path: Path, database_url: str) -> DatabaseFacts:
    """What the backup holds: its manifest once the file is proven unchanged since it was
    verified; without a manifest, measured by restoring it into a scratch database."""
    recorded = await asyncio.to_thread(_read_manifest, path)
    return recorded or await measure_backup(path, database_url)


async def measure_backup(path: Path, database_url: str) -> DatabaseFacts:
    """Restore the backup into a scratch database of the same kind and measure that."""
    sqlite = is_sqlite(database_url)
    await asyncio.to_thread(_check_kind, path, sqlite)
    try:
        if sqlite:
            with tempfile.TemporaryDirectory(prefix="schoolhub-verify-") as folder:
                scratch = Path(folder) / "scratch.sqlite3"
                await _sqlite_copy(path, scratch)
                await _integrity_check(scratch)
                return await read_with(f"sqlite+aiosqlite:///{scratch}", measure)
        async with scratch_database(database_url) as scratch_url:
            await _pg_restore(path, scratch_url, replace=False)
            return await read_with(scratch_url, measure)
    except (sqlite3.DatabaseError, PgToolFailed) as error:
        raise BackupUnreadable(f"{path} does not restore: {error}") from error


async def _sqlite_snapshot(database_url: str, path: Path) -> DatabaseFacts:
    engine = read_only_engine(database_url)
    try:
        async with engine.connect() as connection:
            await connection.begin()
            # The first read pins the snapshot; the backup below copies that same one.
            facts = await connection.run_sync(measure)
            source = (await connection.get_raw_connection()).driver_connection
            await _backup_pages(source, path)
            return facts
    finally:
        await engine.dispose()


async def _postgres_snapshot(database_url: str, path: Path) -> DatabaseFacts:
    engine = read_only_engine(database_url)
    try:
        async with engine.connect() as connection:
            snapshot = await connection.scalar(text("SELECT pg_export_snapshot()"))
            facts = await connection.run_sync(measure)
            await run_pg_tool("pg_dump", "--format=custom", f"--snapshot={snapshot}",
                              f"--file={path}", database_name(database_url), url=database_url)
            return facts
    finally:
        await engine.dispose()


async def _sqlite_copy(source_file: Path, target_file: Path) -> None:
    target_file.parent.mkdir(parents=True, exist_ok=True)
    source = await open_sqlite_read_only(source_file)
    try:
        await _backup_pages(source, target_file)
    finally:
        await source.close()


async def _backup_pages(source: aiosqlite.Connection, target_file: Path) -> None:
    target = await aiosqlite.connect(target_file)
    try:
        await source.backup(target)  # every page in one step: one consistent copy
        # The copy inherits the source's WAL mode; a plain file leaves no -wal/-shm files
        # beside a backup (the app turns WAL back on when it opens a restored database).
        await target.execute("PRAGMA journal_mode=DELETE")
    finally:
        await target.close()


async def _integrity_check(path: Path) -> None:
    database = await open_sqlite_read_only(path)
    try:
        async with database.execute("PRAGMA integrity_check") as cursor:
            verdict = [row[0] for row in await cursor.fetchall()]
    finally:
        await database.close()
    if verdict != ["ok"]:
        raise sqlite3.DatabaseError("; ".join(verdict[:5]))


async def _pg_restore(path: Path, database_url: str, replace: bool) -> None:
    # One transaction: a restore that fails leaves the database as it was.
    options = ["--clean", "--if-exists"] if replace else []
    await run_pg_tool("pg_restore", *options, "--single-transaction", "--exit-on-error",
                      "--no-owner", "--no-privileges", f"--dbname={database_name(database_url)}",
                      str(path), url=database_url)


async def _holds_data(database_url: str) -> bool:
    if is_sqlite(database_url) and not await asyncio.to_thread(
            sqlite_file(database_url).exists):
        return False
    return await read_with(database_url, holds_data)


# File work below runs in a worker thread: the daily backup shares the bot's event loop.


def _prepare_new_file(path: Path) -> None:
    if path.exists():
        raise OperationRefused(f"{path} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)


def _write_manifest(path: Path, facts: DatabaseFacts) -> None:
    manifest_path(path).write_text(json.dumps(
        {"sha256": _sha256(path), "taken_at": utcnow().isoformat(), "facts": facts.to_json()},
        indent=1))


def _read_manifest(path: Path) -> DatabaseFacts | None:
    if not path.is_file():
        raise OperationRefused(f"no backup at {path}")
    manifest = manifest_path(path)
    if not manifest.is_file():
        return None
    recorded = json.loads(manifest.read_text())
    if recorded["sha256"] != _sha256(path):
        raise BackupUnreadable(f"{path} differs from what was verified when it was taken "
                               f"(sha256 in {manifest.name}): it was truncated or altered")
    return DatabaseFacts.from_json(recorded["facts"])


def _check_kind(path: Path, sqlite: bool) -> None:
    magic = SQLITE_MAGIC if sqlite else DUMP_MAGIC
    with path.open("rb") as file:
        if file.read(len(magic)) != magic:
            raise BackupUnreadable(f"{path} is not a {'SQLite' if sqlite else 'pg_dump'} "
                                   f"backup, which DATABASE_URL's database needs")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
