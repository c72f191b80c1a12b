"""Scheduled backups: the daily job, and rotation keeping 7 daily and 4 weekly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.ops.backup import backup_file_name, manifest_path
from bot.ops.rotation import SCHEDULED_PREFIX, backups_to_keep, rotate, taken_at
from bot.scheduler import daily_backup
from tests.support.ops import seed_school

SQLITE_URL = "sqlite+aiosqlite:///school.sqlite3"


def nightly(days: int, last: datetime) -> list[datetime]:
    return [last - timedelta(days=back) for back in range(days)]


def scheduled_backups(folder: Path) -> dict[datetime, Path]:
    return {stamp: path for path in folder.iterdir() if (stamp := taken_at(path))}


def test_sixty_nights_keep_the_last_seven_days_and_the_last_of_four_weeks() -> None:
    last = datetime(2025, 3, 19, 3, 0, tzinfo=UTC)  # a Wednesday
    kept = backups_to_keep(nightly(60, last))
    days = {last - timedelta(days=back) for back in range(7)}  # Thu 13 ... Wed 19
    sundays = {datetime(2025, 3, day, 3, 0, tzinfo=UTC) for day in (16, 9, 2)}
    # The newest of this week (19th) and of last week (16th) are among the seven days.
    assert kept == days | sundays
    assert len(kept) == 9


def test_several_backups_a_day_keep_the_newest_of_each_day() -> None:
    last = datetime(2025, 3, 19, 23, 0, tzinfo=UTC)
    taken = [last - timedelta(hours=hours) for hours in range(0, 24 * 10, 6)]
    kept = backups_to_keep(taken, daily=7, weekly=0)
    assert kept == {last - timedelta(days=back) for back in range(7)}


def test_gaps_count_days_that_have_a_backup_not_calendar_days() -> None:
    taken = [datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=3 * n) for n in range(20)]
    kept = backups_to_keep(taken, daily=7, weekly=4)
    assert sorted(taken)[-7:] == sorted(kept)[-7:]
    assert len(kept) == 7  # every 3 days: the last 4 weeks' newest are among the 7


def test_fewer_backups_than_the_policy_keeps_them_all() -> None:
    taken = nightly(5, datetime(2025, 3, 19, 3, 0, tzinfo=UTC))
    assert backups_to_keep(taken) == set(taken)


def test_rotation_deletes_old_scheduled_backups_and_their_manifests_only(
        tmp_path: Path) -> None:
    last = datetime(2025, 3, 19, 3, 0, tzinfo=UTC)
    for stamp in nightly(30, last):
        path = tmp_path / backup_file_name(SQLITE_URL, stamp, prefix=SCHEDULED_PREFIX)
        path.write_text("backup")
        manifest_path(path).write_text("{}")
    by_hand = tmp_path / backup_file_name(SQLITE_URL, last - timedelta(days=90))
    by_hand.write_text("taken before a risky change")
    (tmp_path / "notes.txt").write_text("kept")

    removed = rotate(tmp_path)

    left = sorted(scheduled_backups(tmp_path))
    assert left == sorted(backups_to_keep(nightly(30, last)))
    assert len(removed) == 30 - len(left)
    assert not any(manifest_path(path).exists() for path in removed)
    assert by_hand.exists() and (tmp_path / "notes.txt").exists()


async def test_the_daily_job_writes_a_verified_backup_and_rotates(
        database_url: str, tmp_path: Path) -> None:
    await seed_school(database_url, transfers=100)
    old_nights = nightly(10, datetime(2020, 1, 10, 3, 0, tzinfo=UTC))  # 1 ... 10 January
    for stamp in old_nights:
        (tmp_path / backup_file_name(database_url, stamp, prefix=SCHEDULED_PREFIX)
         ).write_text("an old backup")

    assert await daily_backup(database_url, tmp_path)

    left = scheduled_backups(tmp_path)
    today = max(left)
    assert today.date() == datetime.now(UTC).date()
    assert manifest_path(left[today]).is_file()  # verified, so it has its manifest
    # Seven days: today and 10 ... 5 January; the weeks' newest are among them.
    assert sorted(left) == sorted(old_nights)[4:] + [today]
