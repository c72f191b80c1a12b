"""Logging in and out of the panel."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from admin_web.render import context, t_for
from admin_web.security import COOKIE, CSRF, DB, MEMBER, PANEL, set_cookie
from core.admin import accounts, audit, throttle
from core.admin import sessions as panel_sessions
from core.models import Member


async def login_page(request: web.Request) -> web.Response:
    """The form; an anonymous session carries its CSRF token."""
    if request.get(MEMBER) is not None:
        raise web.HTTPSeeOther(request.app.router["dashboard"].url_for())
    opened = None
    if request[PANEL] is None:
        opened = await panel_sessions.open_session(request[DB], None)
        request[PANEL], request[CSRF] = opened.record, opened.record.csrf_token
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


def add_routes(app: web.Application) -> None:
    app.router.add_get("/login", login_page, name="login")
    app.router.add_post("/login", login, name="login-post")
    app.router.add_post("/logout", logout, name="logout")
