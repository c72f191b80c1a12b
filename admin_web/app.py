"""The admin panel: server-rendered pages under /admin on the shared aiohttp app."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from admin_web import (
    announcement_drafts,
    announcements,
    auth,
    charts,
    classes,
    dashboard,
    events,
    members,
    orders,
    sel,
    sel_posts,
    sel_transfers,
    settings,
    undelivered,
)
from admin_web.classes import LINKS
from admin_web.members import FORGET_CHATS, ROLES_CHANGED
from admin_web.render import refusals
from admin_web.security import SECURE, SESSIONS, panel_session, security_headers
from core.db import UnitOfWork
from core.members.invite_links import InviteLinks
from core.models import Member

HERE = Path(__file__).resolve().parent
# Each area of the panel adds its own routes.
AREAS = (auth, dashboard, charts, members, events, announcements, announcement_drafts, classes,
         sel, sel_transfers, sel_posts, orders, settings, undelivered)


def create_app(sessions: async_sessionmaker[AsyncSession], secure_cookies: bool = False,
               invite_links: InviteLinks | None = None,
               roles_changed: Callable[[UnitOfWork, Member], Awaitable[None]] | None = None,
               forget_chats: Callable[[Sequence[tuple[str, str]]], Awaitable[None]]
               | None = None) -> web.Application:
    """`roles_changed` and `forget_chats`: the runtime's, for what it keeps outside the
    database (a member's Telegram menu; an erased member's chats)."""
    # refusals sits outside panel_session: a refused change is rolled back, then shown.
    app = web.Application(middlewares=[security_headers, refusals, panel_session])
    app[SESSIONS], app[SECURE] = sessions, secure_cookies
    app[LINKS] = invite_links or InviteLinks()
    if roles_changed is not None:
        app[ROLES_CHANGED] = roles_changed
    if forget_chats is not None:
        app[FORGET_CHATS] = forget_chats
    aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(HERE / "templates"),
                         autoescape=True)
    for area in AREAS:
        area.add_routes(app)
    app.router.add_static("/static", HERE / "static", name="static")
    return app
