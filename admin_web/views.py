"""The panel's pages. Every change goes through the same core services as the bot, and
into the audit log."""

from __future__ import annotations

from datetime import timedelta

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import func, or_, select

from admin_web.security import COOKIE, DB, MEMBER, PANEL, USER, set_cookie
from core import stats
from core.admin import accounts, audit, throttle
from core.admin import sessions as panel_sessions
from core.clock import utcnow
from core.errors import DomainError
from core.i18n import pick_locale, translator
from core.members.registration import decide
from core.models import Member, MemberStatus, OutboxMessage, OutboxStatus, SelTransfer

PAGE_SIZE = 25


def t_for(request: web.Request):
    member = request.get(MEMBER)
    wanted = request.query.get("lang") or (member.locale if member else None)
    header = request.headers.get("Accept-Language", "")[:2]
    return translator().for_locale(pick_locale(wanted, header))


def context(request: web.Request, **values: object) -> dict[str, object]:
    panel = request.get(PANEL)
    return {"t": t_for(request), "member": request.get(MEMBER),
            "csrf": panel.csrf_token if panel else "", **values}


async def login_page(request: web.Request) -> web.Response:
    """The form; an anonymous session carries its CSRF token."""
    if request.get(MEMBER) is not None:
        raise web.HTTPSeeOther(request.app.router["dashboard"].url_for())
    opened = None
    if request[PANEL] is None:
        opened = await panel_sessions.open_session(request[DB], None)
        request[PANEL] = opened.record
    response = aiohttp_jinja2.render_template("login.html", request, context(request))
    if opened is not None:
        set_cookie(request, response, opened.token)
    return response


async def login(request: web.Request) -> web.Response:
    form = await request.post()
    login_name, password = str(form.get("login", "")), str(form.get("password", ""))
    address = request.remote or "?"
    db, t = request[DB], t_for(request)
    error = None
    if await throttle.blocked(db, login_name, address):
        error = t("admin-login-throttled")
    elif (user := await accounts.authenticate(db, login_name, password)) is None:
        await throttle.failed(db, login_name, address)
        error = t("admin-login-failed")
    if error is not None:
        return aiohttp_jinja2.render_template("login.html", request,
                                              context(request, error=error, login=login_name),
                                              status=401)
    await throttle.succeeded(db, login_name, address)
    await panel_sessions.close_session(db, request[PANEL])  # a new token: no fixation
    opened = await panel_sessions.open_session(db, user)
    member = await db.get_one(Member, user.member_id)
    await audit.record(db, school_id=member.school_id, actor=user.login, action="login")
    response = web.HTTPSeeOther(request.app.router["dashboard"].url_for())
    set_cookie(request, response, opened.token)
    raise response


async def logout(request: web.Request) -> web.Response:
    await panel_sessions.close_session(request[DB], request[PANEL])
    response = web.HTTPSeeOther(request.app.router["login"].url_for())
    response.del_cookie(COOKIE, path="/admin")
    raise response


@aiohttp_jinja2.template("dashboard.html")
async def dashboard(request: web.Request) -> dict[str, object]:
    db, school_id = request[DB], request[MEMBER].school_id
    month_ago = utcnow() - timedelta(days=30)

    async def count(query) -> int:
        return await db.scalar(query) or 0

    figures = {
        "families": await count(select(func.count()).select_from(Member).where(
            Member.school_id == school_id, Member.status == MemberStatus.ACTIVE)),
        "pending": await count(select(func.count()).select_from(Member).where(
            Member.school_id == school_id, Member.status == MemberStatus.PENDING)),
        "transfers": await count(select(func.count()).select_from(SelTransfer).where(
            SelTransfer.school_id == school_id, SelTransfer.created_at > month_ago,
            SelTransfer.kind.in_(stats.EXCHANGES))),
        "failed": await count(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.school_id == school_id,
            OutboxMessage.status.in_([OutboxStatus.FAILED, OutboxStatus.BLOCKED]))),
    }
    return context(request, figures=figures)


@aiohttp_jinja2.template("members.html")
async def members(request: web.Request) -> dict[str, object]:
    db, school_id = request[DB], request[MEMBER].school_id
    search = request.query.get("q", "").strip()[:100]
    page = max(1, int(request.query.get("page", "1")) if request.query.get(
        "page", "1").isdigit() else 1)
    query = select(Member).where(Member.school_id == school_id)
    if search:
        pattern = f"%{search.lower()}%"
        query = query.where(or_(func.lower(Member.first_name).like(pattern),
                                func.lower(Member.last_name).like(pattern)))
    rows = list(await db.scalars(query.order_by(Member.status != MemberStatus.PENDING,
                                                Member.last_name, Member.first_name)
                                 .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE + 1)))
    return context(request, rows=rows[:PAGE_SIZE], search=search, page=page,
                   more=len(rows) > PAGE_SIZE, flash=request.query.get("done", ""))


async def decide_registration(request: web.Request) -> web.Response:
    """Approve or reject a pending parent, as /pending does in the chat."""
    admin, db = request[MEMBER], request[DB]
    approve = request.match_info["decision"] == "approve"
    try:
        member_id = int(request.match_info["member_id"])
        person = await decide(db, admin, member_id, approve)
    except (DomainError, ValueError):
        raise web.HTTPNotFound(text=t_for(request)("admin-not-found")) from None
    await audit.record(db, school_id=admin.school_id, actor=request[USER].login,
                       action="approve" if approve else "reject", subject=f"member:{member_id}",
                       before={"status": MemberStatus.PENDING}, after={"status": person.status})
    location = request.app.router["members"].url_for().with_query(done=person.full_name)
    raise web.HTTPSeeOther(location)
