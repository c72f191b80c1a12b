"""Members: search, approvals, a page per member with their children, identities, SEL
account and roles; deactivation. Changes go through core services and the audit log."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from zoneinfo import ZoneInfo

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import Select, func, select

from admin_web.downloads import csv_attachment
from admin_web.moments import school_calendar
from admin_web.render import (
    Sorting,
    audited,
    context,
    done,
    invalid,
    number,
    paged,
    school_of,
    t_for,
    unconfirmed,
)
from admin_web.security import DB, MEMBER, USER
from core.db import UnitOfWork, current_unit_of_work
from core.events import notices
from core.folding import folded
from core.members import privacy, roles
from core.members.family import other_parents
from core.members.registration import decide
from core.members.search import matches as search_matches
from core.members.service import children_by_member, children_of
from core.models import Event, Identity, Member, MemberStatus, RoleKind, SelAccount
from core.schools import classes_of, get_school
from core.spreadsheet import sheet
from handlers.keyboards import queued_menu

STATUSES = tuple(MemberStatus)
# What runs when a member's roles change here: their chat menus follow (bot/commands.py).
ROLES_CHANGED = web.AppKey("roles_changed", Callable[[UnitOfWork, Member], Awaitable[None]])
CSV_LIMIT = 10_000  # far more than a school's families
# The runtime's forgetting of what it keeps about an erased member's chats outside the
# database (conversation state in Redis, what a WhatsApp chat was shown).
FORGET_CHATS = web.AppKey("forget_chats",
                          Callable[[Sequence[tuple[str, str]]], Awaitable[None]])


def member_query(request: web.Request) -> tuple[Select, str, str, Sorting]:
    """The school's members as the list's search, status and order ask: the page and its
    CSV show the same people."""
    search = request.query.get("q", "").strip()[:100]
    status = request.query.get("status", "")
    query = select(Member).where(Member.school_id == school_of(request))
    if search:
        query = query.where(search_matches(Member, search))
    if status in STATUSES:
        query = query.where(Member.status == status)
    sorting = Sorting.of(request, {"name": (folded(Member.last_name),
                                            folded(Member.first_name)),
                                   "status": Member.status, "joined": Member.created_at},
                         default="name")
    # Pending registrations first whatever the order: they are waiting for someone.
    query = sorting.apply(query.order_by(Member.status != MemberStatus.PENDING))
    return query.order_by(Member.id), search, status, sorting


@aiohttp_jinja2.template("members.html")
async def members(request: web.Request) -> dict[str, object]:
    query, search, status, sorting = member_query(request)
    found = await request[DB].scalar(select(func.count()).select_from(query.subquery()))
    rows, page, more = await paged(request, query)
    # Children (and phone) tell apart two parents of the same name, and show why a
    # search for a child or a class found this parent.
    children = await children_by_member(request[DB], [row.id for row in rows])
    return context(request, rows=rows, search=search, status=status, statuses=STATUSES,
                   sorting=sorting, page=page, more=more, found=found, children=children,
                   day=await school_calendar(request))


async def members_csv(request: web.Request) -> web.Response:
    """The list as shown (search, status, order), every page, for the school office: in
    the admin's language, days on the school's calendar."""
    query, _, _, _ = member_query(request)
    people = list(await request[DB].scalars(query.limit(CSV_LIMIT)))
    children = await children_by_member(request[DB], [person.id for person in people])
    zone = ZoneInfo((await get_school(request[DB], school_of(request))).timezone)
    t = t_for(request)
    lines: list[list] = [[t("admin-members-csv-column", column=column) for column in (
        "last-name", "first-name", "children", "phone", "email", "language", "status",
        "joined")]]
    lines += [[person.last_name, person.first_name,
               ", ".join(f"{child.first_name} ({t('class-' + klass.code.lower())})"
                         for child, klass in children.get(person.id, [])),
               person.phone, person.email, person.locale, t(f"admin-status-{person.status}"),
               f"{person.created_at.astimezone(zone):%Y-%m-%d}"] for person in people]
    await audited(request, "export-members", "members", {}, {"count": len(people)})
    return csv_attachment(sheet(lines), "members.csv")


async def decide_registration(request: web.Request) -> web.Response:
    """Approve or reject a pending parent, as /pending does in the chat. A rejection is
    told to the parent at once and cannot be undone: its "I am sure" box must be ticked
    (an approval can be undone by deactivating)."""
    approve = request.match_info["decision"] == "approve"
    member_id = number(request.match_info["member_id"])
    if not approve and (errors := await unconfirmed(request)):
        raise invalid(request, "member.html", {**await member_values(request),
                                               "errors": errors})
    person = await decide(request[DB], request[MEMBER], member_id, approve,
                          menu=queued_menu(await get_school(request[DB], school_of(request))))
    await audited(request, "approve" if approve else "reject", f"member:{member_id}",
                  {"status": MemberStatus.PENDING}, {"status": person.status})
    raise done(request, "members", f"{'approved' if approve else 'rejected'}:{person.full_name}")


async def subject(request: web.Request) -> Member:
    return await roles.member_of_school(request[DB], school_of(request),
                                        number(request.match_info["member_id"]))


@aiohttp_jinja2.template("member.html")
async def member_page(request: web.Request) -> dict[str, object]:
    return context(request, **await member_values(request))


async def member_values(request: web.Request) -> dict[str, object]:
    db, person = request[DB], await subject(request)
    school = await get_school(db, person.school_id)
    identities = list(await db.scalars(select(Identity).where(Identity.member_id == person.id)
                                       .order_by(Identity.channel)))
    account = await db.scalar(select(SelAccount).where(SelAccount.member_id == person.id))
    classes = {klass.id: klass for klass in await classes_of(db, school)}
    return dict(person=person, children=await children_of(db, person),
                other_parents=await other_parents(db, person),
                identities=identities, account=account, classes=classes,
                role_kinds=(RoleKind.CLASS_REP, RoleKind.ADMIN),
                day=await school_calendar(request))  # the school's day, not UTC's


async def grant_role(request: web.Request) -> web.Response:
    person, form = await subject(request), await request.post()
    kind = str(form.get("kind", ""))
    if kind not in (RoleKind.CLASS_REP, RoleKind.ADMIN):
        raise web.HTTPBadRequest(text="unknown role")
    class_id = number(form.get("class_id")) or None
    if await roles.grant(request[DB], person, RoleKind(kind), class_id):
        await audited(request, "grant-role", f"member:{person.id}", {},
                      {"role": kind, "class_id": class_id})
        await menus_follow(request, person)
    raise done(request, "member", "granted", member_id=str(person.id))


async def revoke_role(request: web.Request) -> web.Response:
    person = await subject(request)
    role = await roles.revoke(request[DB], person, number(request.match_info["role_id"]))
    await audited(request, "revoke-role", f"member:{person.id}",
                  {"role": role.kind, "class_id": role.class_id}, {})
    await menus_follow(request, person)
    raise done(request, "member", "revoked", member_id=str(person.id))


async def menus_follow(request: web.Request, person: Member) -> None:
    """The member's chat menus show the roles they have now (`person.roles` loaded)."""
    if (roles_changed := request.app.get(ROLES_CHANGED)) is not None:
        await roles_changed(current_unit_of_work(), person)


async def set_standing(request: web.Request) -> web.Response:
    person = await subject(request)
    before = person.status
    stopped = await roles.set_active(request[DB], person,
                                     request.match_info["standing"] == "activate")
    await audited(request, "set-status", f"member:{person.id}", {"status": before},
                  {"status": person.status, **({"unscheduled": stopped} if stopped else {})})
    # "deactivated:2": and two scheduled announcements of theirs will not go out
    raise done(request, "member", f"{person.status}:{stopped}" if stopped else str(person.status),
               member_id=str(person.id))


async def export(request: web.Request) -> web.Response:
    """Everything SchoolHub holds about the member (RGPD access), as the bot's /mydata."""
    person = await subject(request)
    document = await privacy.export_member(request[DB], person.id)
    await audited(request, "export", f"member:{person.id}")
    return web.json_response(document, dumps=lambda data: json.dumps(data, indent=2,
                                                                     ensure_ascii=False),
                             headers={"Content-Disposition":
                                      f'attachment; filename="member-{person.id}.json"'})


@aiohttp_jinja2.template("member_erase.html")
async def confirm_erasure(request: web.Request) -> dict[str, object]:
    person = await subject(request)
    return context(request, person=person, check=await privacy.check_erasure(request[DB], person))


async def erase(request: web.Request) -> web.Response:
    """RGPD erasure, as the bot's /forgetme: the ledger stays, pseudonymised."""
    person = await subject(request)
    if errors := await unconfirmed(request):
        check = await privacy.check_erasure(request[DB], person)
        raise invalid(request, "member_erase.html", {"person": person, "check": check,
                                                      "errors": errors})
    erasure = await privacy.erase_member(request[DB], person.id, actor=request[USER].login)
    for event_id, member_ids in erasure.promoted.items():
        await notices.tell_promoted(request[DB], await request[DB].get_one(Event, event_id),
                                    member_ids)
    if FORGET_CHATS in request.app:
        await request.app[FORGET_CHATS](erasure.chats)
    raise done(request, "members", "erased:")


def add_routes(app: web.Application) -> None:
    app.router.add_get("/members", members, name="members")
    app.router.add_get("/members.csv", members_csv, name="members-csv")
    app.router.add_post("/members/{member_id}/{decision:approve|reject}",
                        decide_registration, name="decide")
    app.router.add_get("/members/{member_id:\\d+}", member_page, name="member")
    app.router.add_post("/members/{member_id:\\d+}/roles", grant_role, name="grant-role")
    app.router.add_post("/members/{member_id:\\d+}/roles/{role_id:\\d+}/revoke", revoke_role,
                        name="revoke-role")
    app.router.add_post("/members/{member_id:\\d+}/{standing:activate|deactivate}",
                        set_standing, name="standing")
    app.router.add_get("/members/{member_id:\\d+}/export.json", export, name="export")
    app.router.add_get("/members/{member_id:\\d+}/erase", confirm_erasure, name="erase-form")
    app.router.add_post("/members/{member_id:\\d+}/erase", erase, name="erase")
