"""The admin panel: server-rendered pages under /admin on the shared aiohttp app."""

from __future__ import annotations

from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from admin_web import charts, views
from admin_web.security import SECURE, SESSIONS, panel_session, security_headers

HERE = Path(__file__).resolve().parent


def create_app(sessions: async_sessionmaker[AsyncSession],
               secure_cookies: bool = False) -> web.Application:
    app = web.Application(middlewares=[security_headers, panel_session])
    app[SESSIONS], app[SECURE] = sessions, secure_cookies
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(HERE / "templates"),
                         autoescape=True)
    app.router.add_get("/", views.dashboard, name="dashboard")
    app.router.add_get("/login", views.login_page, name="login")
    app.router.add_post("/login", views.login, name="login-post")
    app.router.add_post("/logout", views.logout, name="logout")
    app.router.add_get("/members", views.members, name="members")
    app.router.add_post("/members/{member_id}/{decision:approve|reject}",
                        views.decide_registration, name="decide")
    charts.add_routes(app)
    app.router.add_static("/static", HERE / "static", name="static")
    return app
