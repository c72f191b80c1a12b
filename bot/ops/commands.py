"""`schoolhub backup | restore | db copy`: arguments, what each does, what it prints.

Kept apart from bot.cli_actions on purpose: these commands take a database as it is (no
migration first: it would change the very data being saved) and never load the chat
stack, which takes seconds to import — little to ask of a command run in an emergency.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot.config import Settings, with_async_driver
from bot.ops import OperationRefused
from bot.ops import backup as backups
from bot.ops.dbcopy import CopyFailed, copy_database


def add_parsers(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help="a verified backup of the database")
    backup.add_argument("path", nargs="?", type=Path,
                        help="where to write it (default: BACKUP_DIR/schoolhub-<time>)")
    restore = sub.add_parser("restore", help="replace the database with a backup, verified")
    restore.add_argument("path", type=Path)
    restore.add_argument("--force", action="store_true",
                         help="replace a database that already holds data")
    db = sub.add_parser("db", help="whole databases")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    copy = db_sub.add_parser("copy", help="copy every row into another database, verified")
    copy.add_argument("--from", dest="source", required=True,
                      help="e.g. sqlite:///data/schoolhub.sqlite3 (only read)")
    copy.add_argument("--to", dest="target", required=True,
                      help="e.g. postgresql://user:password@host/schoolhub")
    copy.add_argument("--force", action="store_true",
                      help="replace what the target already holds")


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Exit status: 0 verified, 1 failed verification (or a rolled-back copy), 2 refused."""
    try:
        return asyncio.run(COMMANDS[args.command](settings, args))
    except OperationRefused as refusal:
        print(f"error: {refusal}", file=sys.stderr)
        return 2
    except CopyFailed as failure:
        print(f"error: {failure}", file=sys.stderr)
        return 1


async def backup_database(settings: Settings, args: argparse.Namespace) -> int:
    path = args.path or backups.default_backup_path(settings.database_url,
                                                    settings.backup_folder)
    verification = await backups.backup(settings.database_url, path)
    print(f"backup written to {path}" if verification.ok else "backup FAILED and removed")
    print("restored into a scratch database and compared with the source:")
    print(verification.report())
    return 0 if verification.ok else 1


async def restore_database(settings: Settings, args: argparse.Namespace) -> int:
    verification = await backups.restore(settings.database_url, args.path, force=args.force)
    print(f"restored {args.path}; the database compared with the backup:")
    print(verification.report())
    return 0 if verification.ok else 1


async def copy_rows(_settings: Settings, args: argparse.Namespace) -> int:
    copied = await copy_database(with_async_driver(args.source),
                                 with_async_driver(args.target), force=args.force)
    print("copied every table; the target compared with the source:")
    print(copied.report())
    return 0


COMMANDS = {"backup": backup_database, "restore": restore_database, "db": copy_rows}
