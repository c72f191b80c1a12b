"""Which scheduled backups to keep: 7 daily and 4 weekly, like restic's
`--keep-daily 7 --keep-weekly 4`. Only scheduled backups (prefix `schoolhub-daily-`) are
rotated; a backup someone took by hand stays until they remove it."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from bot.ops.backup import DUMP_SUFFIX, SQLITE_SUFFIX, STAMP, manifest_path

SCHEDULED_PREFIX = "schoolhub-daily"
KEEP_DAILY, KEEP_WEEKLY = 7, 4


def backups_to_keep(taken: Iterable[datetime], daily: int = KEEP_DAILY,
                    weekly: int = KEEP_WEEKLY) -> set[datetime]:
    """The newest backup of each of the `daily` most recent days that have one, and of
    each of the `weekly` most recent ISO weeks; one backup may count for both."""
    newest_first = sorted(set(taken), reverse=True)
    return (_newest_per(newest_first, lambda stamp: stamp.date(), daily)
            | _newest_per(newest_first, lambda stamp: stamp.isocalendar()[:2], weekly))


def _newest_per(newest_first: list[datetime], period: Callable[[datetime], Hashable],
                limit: int) -> set[datetime]:
    kept: dict[Hashable, datetime] = {}
    for stamp in newest_first:
        if period(stamp) not in kept:
            if len(kept) == limit:
                break
            kept[period(stamp)] = stamp
    return set(kept.values())


def taken_at(path: Path) -> datetime | None:
    """When a scheduled backup was taken, from its name; None for any other file."""
    stamp, _, suffix = path.name.removeprefix(f"{SCHEDULED_PREFIX}-").partition(".")
    if not path.name.startswith(SCHEDULED_PREFIX) or f".{suffix}" not in (SQLITE_SUFFIX,
                                                                          DUMP_SUFFIX):
        return None
    try:
        return datetime.strptime(stamp, STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def rotate(folder: Path) -> list[Path]:
    """Delete the scheduled backups (and their manifests) no longer kept; return them."""
    scheduled = {stamp: path for path in folder.iterdir() if (stamp := taken_at(path))}
    keep = backups_to_keep(scheduled)
    removed = [path for stamp, path in sorted(scheduled.items()) if stamp not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        manifest_path(path).unlink(missing_ok=True)
    return removed
