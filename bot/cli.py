"""`schoolhub run | chat | demo | migrate | init-school | invite create | admin |
backup | restore | db copy`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from bot.config import Settings
from bot.migrations import upgrade
from bot.ops import commands as operations

ROLE_CHOICES = ("admin", "parent", "rep")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="schoolhub", description="SchoolHub community bot")
    sub = p.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="serve web, scheduler, outbox and every configured channel")
    chat = sub.add_parser("chat", help="talk to the bot in this terminal (console channel)")
    chat.add_argument("--user", type=int, required=True, help="your console chat id")
    chat.add_argument("--name", default="Parent")
    chat.add_argument("--lang", default=None, help="your app's language (fr, nl, en)")
    sub.add_parser("demo", help="seed the demo school (once) and print its invite codes")
    sub.add_parser("migrate", help="bring the database schema up to date")
    init = sub.add_parser("init-school", help="create a school with its classes and invites")
    init.add_argument("name")
    init.add_argument("--approval", action="store_true", help="parents wait for approval")
    init.add_argument("--locale", default="fr", choices=["fr", "nl", "en"])
    init.add_argument("--json", action="store_true")
    invite = sub.add_parser("invite", help="invite codes")
    invite_sub = invite.add_subparsers(dest="invite_command", required=True)
    create = invite_sub.add_parser("create", help="create an invite code")
    create.add_argument("--school", type=int, required=True)
    create.add_argument("--class", dest="class_code", default=None, help="e.g. P3")
    create.add_argument("--role", choices=ROLE_CHOICES, default="parent")
    create.add_argument("--days", type=int, default=60, help="valid for this many days")
    create.add_argument("--max-uses", type=int, default=None)
    create.add_argument("--json", action="store_true")
    admin = sub.add_parser("admin", help="web panel accounts")
    admin_sub = admin.add_subparsers(dest="admin_command", required=True)
    user = admin_sub.add_parser("create-user", help="a login for a member with the admin role")
    who = user.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", type=int, help="the admin member's id")
    who.add_argument("--school", type=int, help="the school's first admin member")
    user.add_argument("--login", required=True, help="e.g. an e-mail address")
    user.add_argument("--password-stdin", action="store_true",
                      help="read the password from standard input (else it is asked)")
    operations.add_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = Settings()
    # Serving logs what it does; a console conversation keeps the terminal for the chat.
    console = args.command == "chat" or (settings.telegram_bot_token is None
                                         and sys.stdin.isatty())
    logging.basicConfig(level=logging.WARNING if console or args.command != "run"
                        else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command in operations.COMMANDS:
        return operations.run(settings, args)
    upgrade(settings.database_url)
    if args.command == "migrate":
        print("database is up to date")
        return 0
    if args.command in ("run", "chat"):
        from bot import cli_serving as actions  # the bot's runtime: seconds to import
    else:
        from bot import cli_actions as actions
    handler = getattr(actions, {
        "run": "run", "chat": "chat", "demo": "demo", "init-school": "init_school",
        "invite": "create_invite", "admin": "create_admin_user"}[args.command])
    try:
        return asyncio.run(handler(settings, args))
    except KeyboardInterrupt:
        return 0
    except Exception as error:
        from core.errors import DomainError

        if isinstance(error, DomainError):
            print(f"error: {error.message_id}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    raise SystemExit(main())
