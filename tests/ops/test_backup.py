"""Backups and restores, on SQLite and on PostgreSQL: verified, refused when they would
lose data, and a damaged backup never reaches the database."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.ops import OperationRefused
from bot.ops.backup import BackupUnreadable, backup, manifest_path, restore
from bot.ops.engines import is_sqlite
from bot.ops.pgtools import scratch_database
from tests.support.ops import all_rows, run_schoolhub, seed_school
from tests.support.people import school_with_members


def backup_path(database_url: str, folder: Path) -> Path:
    return folder / ("school.sqlite3" if is_sqlite(database_url) else "school.dump")


async def add_a_school(database_url: str) -> None:
    from core.db import create_engine, session_factory, unit_of_work

    engine = create_engine(database_url)
    async with unit_of_work(session_factory(engine)) as uow:
        await school_with_members(uow.session, 3, name="École après la sauvegarde")
    await engine.dispose()


@contextlib.asynccontextmanager
async def empty_database(database_url: str, folder: Path) -> AsyncIterator[str]:
    """Another database of the same kind, with nothing in it, not even a schema."""
    if is_sqlite(database_url):
        yield f"sqlite+aiosqlite:///{folder / 'empty.sqlite3'}"
        return
    async with scratch_database(database_url) as url:
        yield url


async def test_a_restored_backup_gives_back_every_row(database_url: str,
                                                      tmp_path: Path) -> None:
    await seed_school(database_url, transfers=500)
    before = await all_rows(database_url)
    path = backup_path(database_url, tmp_path)

    taken = await backup(database_url, path)

    assert taken.ok, taken.report()
    assert taken.found == taken.expected
    assert taken.found.ledger[1].transfers == len(before["sel_transfers"])
    assert manifest_path(path).is_file()
    await add_a_school(database_url)
    assert await all_rows(database_url) != before
    with pytest.raises(OperationRefused, match="already holds data"):
        await restore(database_url, path)
    restored = await restore(database_url, path, force=True)
    assert restored.ok, restored.report()
    assert await all_rows(database_url) == before


async def test_a_backup_restores_into_an_empty_database(database_url: str,
                                                        tmp_path: Path) -> None:
    await seed_school(database_url, transfers=50)
    path = backup_path(database_url, tmp_path)
    assert (await backup(database_url, path)).ok
    async with empty_database(database_url, tmp_path) as target:
        restored = await restore(target, path)
        assert restored.ok, restored.report()
        assert await all_rows(target) == await all_rows(database_url)


async def test_a_truncated_backup_is_refused_and_the_database_keeps_its_data(
        database_url: str, tmp_path: Path) -> None:
    await seed_school(database_url, transfers=2000)
    path = backup_path(database_url, tmp_path)
    assert (await backup(database_url, path)).ok
    await add_a_school(database_url)
    current = await all_rows(database_url)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])

    with pytest.raises(BackupUnreadable, match="truncated or altered"):
        await restore(database_url, path, force=True)
    manifest_path(path).unlink()  # without its manifest, the scratch restore catches it
    with pytest.raises(BackupUnreadable, match="does not restore"):
        await restore(database_url, path, force=True)
    assert await all_rows(database_url) == current


async def test_a_file_that_is_not_a_backup_is_refused(database_url: str,
                                                      tmp_path: Path) -> None:
    await seed_school(database_url)
    path = backup_path(database_url, tmp_path)
    path.write_text("not a backup at all")
    with pytest.raises(BackupUnreadable, match="is not a"):
        await restore(database_url, path, force=True)


async def test_a_backup_never_overwrites_a_file(database_url: str, tmp_path: Path) -> None:
    path = backup_path(database_url, tmp_path)
    path.write_text("yesterday's")
    with pytest.raises(OperationRefused, match="already exists"):
        await backup(database_url, path)
    assert path.read_text() == "yesterday's"


@pytest.fixture
async def demo_school(database_url: str) -> str:
    await seed_school(database_url, transfers=100)
    return database_url


def test_the_commands_back_up_restore_and_refuse_a_damaged_backup(demo_school: str,
                                                                  tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    env = {"DATABASE_URL": demo_school, "BACKUP_DIR": str(folder)}

    taken = run_schoolhub("backup", **env)

    assert taken.returncode == 0, taken.stderr
    assert "verification OK" in taken.stdout
    assert "SEL ledger of school 1: 144 transfers" in taken.stdout
    path = Path(taken.stdout.split("backup written to ")[1].split()[0])
    assert path.parent == folder and path.name.startswith("schoolhub-")
    refused = run_schoolhub("restore", str(path), **env)
    assert refused.returncode == 2 and "add --force" in refused.stderr
    restored = run_schoolhub("restore", str(path), "--force", **env)
    assert restored.returncode == 0, restored.stderr
    assert "verification OK" in restored.stdout
    path.write_bytes(path.read_bytes()[:-100])
    damaged = run_schoolhub("restore", str(path), "--force", **env)
    assert damaged.returncode == 2 and "truncated or altered" in damaged.stderr
