"""Classes and invites: the classes of each school year with their children and reps,
invite codes (expiry, uses, revocation), and a printable sheet with a QR code per code."""

from __future__ import annotations

import aiohttp_jinja2
import segno
from aiohttp import web
from sqlalchemy import func, select

from admin_web.members import menus_follow
from admin_web.moments import school_calendar
from admin_web.render import (
    FormErrors,
    audited,
    context,
    done,
    invalid,
    number,
    school_of,
    t_for,
    unconfirmed,
)
from admin_web.security import DB
from core.clock import utcnow
from core.members import roles
from core.members.invites import (
    codes_per_class,
    create_invite,
    is_usable,
    revocable_invite,
    revoke_invite,
)
from core.models import Child, Invite, Role, RoleKind, SchoolClass
from core.schools import get_school
from core.schools.year import (
    may_start_next_year,
    next_school_year,
    school_today,
    start_next_year,
)

INVITE_ROLES = (RoleKind.PARENT, RoleKind.CLASS_REP, RoleKind.ADMIN)
LINKS = web.AppKey("invite_links", object)


def qr_image(link: str) -> str:
    """A QR code as an SVG data URI (the CSP allows data: images, nothing else inline)."""
    return segno.make(link, error="m").svg_data_uri(scale=5, border=2)


@aiohttp_jinja2.template("classes.html")
async def classes(request: web.Request) -> dict[str, object]:
    return await classes_context(request)


async def classes_context(request: web.Request, form: object = None,
                          errors: FormErrors | None = None) -> dict[str, object]:
    """The page: classes of the chosen year, and the invites with their form."""
    db, school_id = request[DB], school_of(request)
    school = await get_school(db, school_id)
    years = list(await db.scalars(select(SchoolClass.school_year).where(
        SchoolClass.school_id == school_id).distinct().order_by(SchoolClass.school_year.desc())))
    year = request.query.get("year", school.school_year)
    year = year if year in years else school.school_year
    rows = await db.execute(
        select(SchoolClass, func.count(Child.id))
        .outerjoin(Child, Child.class_id == SchoolClass.id)
        .where(SchoolClass.school_id == school_id, SchoolClass.school_year == year)
        .group_by(SchoolClass.id))
    reps = await db.execute(select(Role.class_id, func.count()).where(
        Role.school_id == school_id, Role.kind == RoleKind.CLASS_REP).group_by(Role.class_id))
    every_class = {klass.id: klass for klass in await db.scalars(
        select(SchoolClass).where(SchoolClass.school_id == school_id))}
    invites = await db.scalars(select(Invite).where(Invite.school_id == school_id)
                               .order_by(Invite.revoked, Invite.created_at.desc()))
    now = utcnow()
    return context(request, year=year, years=years, reps=dict(reps.all()),
                   school_year=school.school_year, next_year=next_school_year(school.school_year),
                   may_roll=may_start_next_year(school, school_today(school)),
                   ending=school.school_year.split("-")[1],
                   rows=sorted(rows.all(), key=lambda row: row[0].sort_key),
                   invites=[(invite, is_usable(invite, now)) for invite in invites],
                   class_of=every_class, roles=INVITE_ROLES, form=form or {},
                   current_classes=sorted((k for k in every_class.values()
                                           if k.school_year == school.school_year),
                                          key=lambda klass: klass.sort_key),
                   errors=errors or FormErrors(t_for(request)),
                   day=await school_calendar(request))


async def new_invite(request: web.Request) -> web.Response:
    form = await request.post()
    errors = FormErrors(t_for(request))
    role = str(form.get("role", ""))
    if role not in INVITE_ROLES:
        errors.add("role", "admin-invite-role-invalid")
    class_code = str(form.get("class_code", "")) or None
    if role == RoleKind.CLASS_REP and not class_code:
        errors.add("class_code", "admin-role-class-missing")
    days, uses = str(form.get("valid_days", "")).strip(), str(form.get("max_uses", "")).strip()
    if days and not 1 <= number(days) <= 365:
        errors.add("valid_days", "admin-invite-days-invalid")
    if uses and not 1 <= number(uses) <= 1000:
        errors.add("max_uses", "admin-invite-uses-invalid")
    if errors:
        values = await classes_context(request, form, errors)
        raise invalid(request, "classes.html", values)
    invite = await create_invite(request[DB], school_of(request), role=role,
                                 class_code=class_code, valid_days=number(days) or None,
                                 max_uses=number(uses) or None)
    await audited(request, "create-invite", f"invite:{invite.id}", {},
                  {"role": role, "class_id": invite.class_id, "max_uses": invite.max_uses})
    raise done(request, "classes", invite.code)


async def class_codes(request: web.Request) -> web.Response:
    """One parent code per class of the year, to hand out class by class (pressing it
    again only fills the gaps)."""
    school = await get_school(request[DB], school_of(request))
    for invite in await codes_per_class(request[DB], school):
        await audited(request, "create-invite", f"invite:{invite.id}", {},
                      {"role": RoleKind.PARENT, "class_id": invite.class_id})
    raise done(request, "invite-sheet")


async def revoke_values(request: web.Request) -> dict[str, object]:
    db, school_id = request[DB], school_of(request)
    invite = await revocable_invite(db, school_id, number(request.match_info["invite_id"]))
    klass = await db.get(SchoolClass, invite.class_id) if invite.class_id else None
    return {"invite": invite, "klass": klass, "day": await school_calendar(request),
            "errors": FormErrors(t_for(request))}


@aiohttp_jinja2.template("invite_revoke.html")
async def confirm_revoke(request: web.Request) -> dict[str, object]:
    return context(request, **await revoke_values(request))


async def revoke(request: web.Request) -> web.Response:
    """Every printed sheet, QR code and link of the code stops working at once, and it
    cannot be undone: the "I am sure" box must be ticked."""
    values = await revoke_values(request)  # another school's, or revoked: not found first
    if errors := await unconfirmed(request):
        raise invalid(request, "invite_revoke.html", {**values, "errors": errors})
    invite = await revoke_invite(request[DB], school_of(request), values["invite"].id)
    await audited(request, "revoke-invite", f"invite:{invite.id}", {"revoked": False},
                  {"revoked": True})
    raise done(request, "classes", f"revoked-{invite.code}")


@aiohttp_jinja2.template("invite_sheet.html")
async def sheet(request: web.Request) -> dict[str, object]:
    """Every usable parent code, with its QR codes, to print and pin at the gate."""
    db, school_id = request[DB], school_of(request)
    school = await get_school(db, school_id)
    now, links = utcnow(), request.app[LINKS]
    invites = await db.scalars(select(Invite).where(
        Invite.school_id == school_id, Invite.role == RoleKind.PARENT, ~Invite.revoked)
        .order_by(Invite.class_id.is_not(None), Invite.id))
    class_of = {klass.id: klass for klass in await db.scalars(
        select(SchoolClass).where(SchoolClass.school_id == school_id))}
    cards = [{"invite": invite, "klass": class_of.get(invite.class_id),
              "codes": [(name, link, qr_image(link)) for name, link in
                        links.for_code(invite.code)]}
             for invite in invites if is_usable(invite, now)]
    return context(request, school=school, cards=cards)


async def new_school_year(request: web.Request) -> web.Response:
    """Next year's classes, every child a class up, families told (core/schools/year.py)."""
    db = request[DB]
    school = await get_school(db, school_of(request))
    if errors := await unconfirmed(request):  # moves every child of the school: be sure
        raise invalid(request, "classes.html", await classes_context(request, errors=errors))
    before = school.school_year
    started = await start_next_year(db, school, school_today(school))
    await audited(request, "new-school-year", f"school:{school.id}", {"school_year": before},
                  {"school_year": started.year, "moved": started.moved, "left": started.left,
                   "placed": started.placed})
    for member_id in started.former_reps:  # their rep's commands leave their chat menu
        await menus_follow(request, await roles.member_of_school(db, school.id, member_id))
    raise done(request, "classes", f"{started.moved}:{started.left}:{started.placed}")


def add_routes(app: web.Application) -> None:
    app.router.add_post("/classes/next-year", new_school_year, name="new-school-year")
    app.router.add_get("/classes", classes, name="classes")
    app.router.add_post("/invites", new_invite, name="new-invite")
    app.router.add_post("/invites/per-class", class_codes, name="parent-codes")
    app.router.add_get("/invites/{invite_id:\\d+}/revoke", confirm_revoke, name="revoke-form")
    app.router.add_post("/invites/{invite_id:\\d+}/revoke", revoke, name="revoke-invite")
    app.router.add_get("/invites/sheet", sheet, name="invite-sheet")
