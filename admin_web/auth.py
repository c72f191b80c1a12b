"""Logging in and out of the panel."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from admin_web.render import context, form_page, t_for
from admin_web.security import (
    COOKIE,
    CSRF,
    DB,
    LANGUAGE_COOKIE,
    LOCALE,
    MEMBER,
    PANEL,
    SECURE,
    set_cookie,
)
from core.admin import accounts, audit, links, throttle
from core.admin import sessions as panel_sessions
from core.errors import DomainError
from core.models import AdminUser, Member


async def login_page(request: web.Request) -> web.Response:
    """The form; an anonymous session carries its CSRF token."""
    if request.get(MEMBER) is not None:
        raise web.HTTPSeeOther(request.app.router["dashboard"].url_for())
    return await with_anonymous_session(request, "login.html", {})


async def with_anonymous_session(request: web.Request, template: str,
                                 values: dict[str, object], status: int = 200
                                 ) -> web.Response:
    """A page with a form for someone not logged in: its CSRF token lives in an
    anonymous session, opened here if the browser has none."""
    opened = None
    if request[PANEL] is None:
        opened = await panel_sessions.open_session(request[DB], None)
        request[PANEL], request[CSRF] = opened.record, opened.record.csrf_token
    response = aiohttp_jinja2.render_template(template, request, context(request, **values),
                                              status=status)
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
    raise await logged_in(request, user, "login")


async def logged_in(request: web.Request, user: AdminUser, action: str) -> web.HTTPSeeOther:
    """A new session for `user` (a new token: no fixation), on to the dashboard."""
    db = request[DB]
    if request[PANEL] is not None:
        await panel_sessions.close_session(db, request[PANEL])
    opened = await panel_sessions.open_session(db, user)
    member = await db.get_one(Member, user.member_id)
    await audit.record(db, school_id=member.school_id, actor=user.login, action=action)
    response = web.HTTPSeeOther(request.app.router["dashboard"].url_for())
    set_cookie(request, response, opened.token)
    return response


async def link_page(request: web.Request) -> web.Response:
    """A link from the bot asks for one click before it is spent: chat apps open links
    to show previews, and that must not use it up."""
    try:
        link = await links.valid_link(request[DB], request.match_info["token"])
    except DomainError as refused:
        error = t_for(request)(refused.message_id)
        return await with_anonymous_session(request, "login.html", {"error": error}, 410)
    user = await request[DB].get_one(AdminUser, link.user_id)
    member = await request[DB].get_one(Member, user.member_id)
    request[LOCALE] = member.locale  # the admin's own language, as in the chat
    return await with_anonymous_session(request, "login_link.html", {"name": member.full_name})


async def link_login(request: web.Request) -> web.Response:
    user = await links.redeem(request[DB], request.match_info["token"])
    raise await logged_in(request, user, "login-link")


async def logout(request: web.Request) -> web.Response:
    await panel_sessions.close_session(request[DB], request[PANEL])
    response = web.HTTPSeeOther(request.app.router["login"].url_for())
    response.del_cookie(COOKIE, path="/admin")
    raise response


async def choose_language(request: web.Request) -> web.Response:
    """The panel in another language, for this browser, until changed again (the chat
    keeps the member's own language); back to the page it was chosen on."""
    response = web.HTTPSeeOther(form_page(request) or
                                request.app.router["dashboard"].url_for())
    response.set_cookie(LANGUAGE_COOKIE, request.match_info["code"], path="/admin",
                        max_age=365 * 24 * 3600, samesite="Lax", httponly=True,
                        secure=request.app[SECURE] or request.secure)
    raise response


def add_routes(app: web.Application) -> None:
    app.router.add_get("/language/{code:fr|nl|en}", choose_language, name="language")
    app.router.add_get("/login", login_page, name="login")
    app.router.add_post("/login", login, name="login-post")
    app.router.add_post("/logout", logout, name="logout")
    app.router.add_get("/login/link/{token}", link_page, name="login-link")
    app.router.add_post("/login/link/{token}", link_login, name="login-link-post")
