"""The panel's guards, as aiohttp middlewares: security headers on every answer; a
database transaction and the server-side session per request; login required; a CSRF
token checked on every POST."""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable

from aiohttp import web

from core.admin import sessions as panel_sessions
from core.db import unit_of_work
from core.errors import DomainError
from core.members.service import has_role
from core.models import AdminUser, Member, RoleKind

COOKIE = "schoolhub_admin"
LANGUAGE_COOKIE = "schoolhub_lang"  # the panel's language, as the admin last chose it
PUBLIC_ROUTES = {"login", "login-post", "login-link", "login-link-post", "static", "language"}
HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self'; "
                                "img-src 'self' data:; frame-ancestors 'none'; "
                                "form-action 'self'; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
SESSIONS = web.AppKey("sessions", object)
SECURE = web.AppKey("secure_cookies", bool)
# What each request carries: its transaction, session record, and the logged-in admin.
DB = web.RequestKey("db", object)
PANEL = web.RequestKey("panel", object)
MEMBER = web.RequestKey("member", object)
USER = web.RequestKey("user", object)
# Kept apart from the records: a rollback expires them, and a refusal is still shown.
LOCALE = web.RequestKey("locale", str)
CSRF = web.RequestKey("csrf", str)


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as error:
        response = error
    for name, value in HEADERS.items():  # a route may set its own (the charts' CSP)
        response.headers.setdefault(name, value)
    if isinstance(response, web.HTTPException):
        raise response
    return response


def is_public(request: web.Request) -> bool:
    return request.match_info.route.name in PUBLIC_ROUTES


@web.middleware
async def panel_session(request: web.Request, handler: Handler) -> web.StreamResponse:
    """One transaction per request; `request[PANEL]` is the session record (or None),
    `request[MEMBER]` the admin member when logged in. A redirect after a change
    (post/redirect/get) commits; any other error rolls back."""
    if request.match_info.http_exception is not None:
        raise request.match_info.http_exception  # no such page (or method): 404/405
    try:
        return await _in_transaction(request, handler)
    except _Committed as done:
        raise done.redirect from None


class _Committed(Exception):
    def __init__(self, redirect: web.HTTPRedirection) -> None:
        self.redirect = redirect


async def _in_transaction(request: web.Request, handler: Handler) -> web.StreamResponse:
    redirect = None
    async with unit_of_work(request.app[SESSIONS]) as uow:
        request[DB] = uow.session
        record = await panel_sessions.current(uow.session, request.cookies.get(COOKIE))
        request[PANEL], request[MEMBER] = record, None
        request[CSRF] = record.csrf_token if record is not None else ""
        if record is not None and record.user_id is not None:
            user = await uow.session.get(AdminUser, record.user_id)
            member = await uow.session.get(Member, user.member_id) if user else None
            if user is not None and user.active and member is not None:
                await uow.session.refresh(member, ["roles"])
                # A login lasts only while its member is an active admin of the school.
                if member.is_active and has_role(member, RoleKind.ADMIN):
                    request[USER], request[MEMBER] = user, member
                    request[LOCALE] = member.locale
        if request[MEMBER] is None and not is_public(request):
            raise web.HTTPSeeOther(request.app.router["login"].url_for())
        if request.method == "POST":
            check_csrf(request, record, (await request.post()).get("csrf"))
        try:
            return await handler(request)
        except web.HTTPRedirection as done:
            redirect = done
    raise _Committed(redirect)


class FormExpired(DomainError):
    """A form whose CSRF token is not the session's: forged, or (far more often) shown
    before the admin logged in again in another tab. Shown as a 403 page in the admin's
    language, saying nothing was changed."""

    def __init__(self) -> None:
        super().__init__("admin-form-expired")


def check_csrf(request: web.Request, record: object, sent: object) -> None:
    expected = getattr(record, "csrf_token", None)
    if not expected or not isinstance(sent, str) or not hmac.compare_digest(expected, sent):
        raise FormExpired()


def set_cookie(request: web.Request, response: web.StreamResponse, token: str) -> None:
    response.set_cookie(COOKIE, token, httponly=True, samesite="Lax", path="/admin",
                        secure=request.app[SECURE] or request.secure)
