"""What the database sub-commands of `schoolhub` do (argument parsing lives in `bot.cli`;
serving and chatting, which need the bot's runtime, in `bot.cli_serving`)."""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from bot.config import Settings
from core.admin import accounts
from core.db import create_engine, session_factory, unit_of_work
from core.errors import DomainError
from core.members.invites import create_invite as new_invite
from core.members.service import admins_of
from core.models import Invite, RoleKind
from core.schools import create_school
from core.schools.demo import DEMO_ADMIN_CHAT, DEMO_REP_CHAT, DemoSchool, ensure_demo

ROLE_NAMES = {"parent": RoleKind.PARENT, "rep": RoleKind.CLASS_REP, "admin": RoleKind.ADMIN}


async def with_session(settings: Settings, work):
    """Run `work(session)` in one transaction on a short-lived engine."""
    engine = create_engine(settings.database_url)
    try:
        async with unit_of_work(session_factory(engine)) as uow:
            return await work(uow.session)
    finally:
        await engine.dispose()


def print_demo(demo: DemoSchool) -> None:
    print(f"Demo school: {demo.school.name} (id {demo.school.id})")
    print(f"  parent invite code: {demo.parent_code}   (type it, or /start {demo.parent_code})")
    print(f"  class rep (P3) code: {demo.rep_code}    admin code: {demo.admin_code}")
    print(f"  act as the demo admin: {sys.argv[0]} chat --user {DEMO_ADMIN_CHAT};"
          f" the P3 rep: --user {DEMO_REP_CHAT}")


async def demo(settings: Settings, _args: argparse.Namespace) -> int:
    print_demo(await with_session(settings, ensure_demo))
    return 0


async def init_school(settings: Settings, args: argparse.Namespace) -> int:
    async def work(session):
        school = await create_school(session, args.name, approval_required=args.approval,
                                     default_locale=args.locale)
        parent = await new_invite(session, school.id, valid_days=365)
        admin = await new_invite(session, school.id, role=RoleKind.ADMIN, max_uses=1,
                                 valid_days=14)
        return school, parent, admin

    school, parent, admin = await with_session(settings, work)
    if args.json:
        print(json.dumps({"school_id": school.id, "parent_invite": parent.code,
                          "admin_invite": admin.code}))
    else:
        print(f"School {school.name!r} created (id {school.id}) with classes M1-M3, P1-P6.")
        print(f"  parent invite: {parent.code}  (valid 365 days)")
        print(f"  admin invite:  {admin.code}  (one use, valid 14 days)")
    return 0


async def create_invite(settings: Settings, args: argparse.Namespace) -> int:
    async def work(session) -> Invite:
        return await new_invite(session, args.school, role=ROLE_NAMES[args.role],
                                class_code=args.class_code, valid_days=args.days,
                                max_uses=args.max_uses)

    invite = await with_session(settings, work)
    if args.json:
        print(json.dumps({"code": invite.code, "school_id": invite.school_id,
                          "role": invite.role, "class": args.class_code,
                          "expires_at": invite.expires_at.isoformat() if invite.expires_at
                          else None, "max_uses": invite.max_uses}))
    else:
        print(invite.code)
    return 0


async def create_admin_user(settings: Settings, args: argparse.Namespace) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass("Password (12 characters or more): ")
        if getpass.getpass("Again: ") != password:
            print("error: the passwords differ", file=sys.stderr)
            return 2

    async def work(session) -> str:
        member_id = args.member
        if member_id is None:
            admins = await admins_of(session, args.school)
            if not admins:
                raise DomainError("admin-member-not-found")
            member_id = admins[0].id
        user = await accounts.create_user(session, member_id, args.login, password)
        return user.login

    login = await with_session(settings, work)
    print(f"panel login created: {login} — open {settings.base_url}/admin/login")
    return 0
