"""The one aiohttp Application: health and metrics, webhooks, calendar feeds, and the
admin panel."""

from __future__ import annotations

import html
import logging
import re
from typing import TYPE_CHECKING

from aiohttp import web

import admin_web
from bot import calendar_feed
from bot.commands import PanelMenus
from bot.health import add_routes
from core import attachments
from core.i18n import translator
from core.orders import payments

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger(__name__)
RUNTIME = web.AppKey("runtime", object)
MOLLIE_ID = re.compile(r"^tr_[A-Za-z0-9]{1,36}$")


async def mollie_webhook(request: web.Request) -> web.Response:
    """Mollie posts only an id; the status is fetched from Mollie itself. Unknown or
    malformed ids get 200 and change nothing (Mollie must not learn which ids exist)."""
    runtime: Runtime = request.app[RUNTIME]  # type: ignore[assignment]
    form = await request.post()
    payment_id = str(form.get("id", ""))
    if runtime.payments is None or not MOLLIE_ID.match(payment_id):
        return web.Response(text="ok")
    try:
        await payments.on_webhook(runtime.sessions, runtime.payments, payment_id)
    except Exception:  # Mollie unreachable: a non-2xx answer makes Mollie call again
        log.exception("mollie webhook for %s", payment_id)
        return web.Response(status=503, text="retry")
    runtime.sender.wake()
    return web.Response(text="ok")


async def payment_done(request: web.Request) -> web.Response:
    """Where Mollie sends the parent back after paying: back to the chat."""
    t = translator().for_locale(request.query.get("lang", "fr"))
    page = (f"<!doctype html><html lang=\"{t.locale}\"><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width\">"
            f"<title>SchoolHub</title><p>{html.escape(t('orders-payment-page'))}</p></html>")
    return web.Response(text=page, content_type="text/html")


def build_app(runtime: Runtime) -> web.Application:
    # Room for the panel's uploads: a file as big as the chat accepts, and the form around it.
    app = web.Application(client_max_size=attachments.MAX_BYTES + 1024 * 1024)
    app[RUNTIME] = runtime
    add_routes(app, runtime)
    app.router.add_post("/webhooks/mollie", mollie_webhook)
    if runtime.whatsapp is not None:
        runtime.whatsapp.mount(app)
    app.router.add_get("/orders/paid", payment_done)
    calendar_feed.add_routes(app, runtime)
    settings = runtime.settings
    app.add_subapp("/admin", admin_web.create_app(
        runtime.sessions, secure_cookies=settings.base_url.startswith("https://"),
        invite_links=settings.invite_links,
        roles_changed=PanelMenus(runtime.bots, runtime.translator).roles_changed,
        forget_chats=runtime.forget_chats))
    return app
