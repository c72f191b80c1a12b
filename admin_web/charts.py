"""The dashboard's charts: server-rendered SVG (pygal), served as images so the page
itself keeps a CSP without inline styles or scripts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pygal
from aiohttp import web
from pygal.style import Style

from admin_web.render import t_for
from admin_web.security import DB, MEMBER
from core import stats

STYLE = Style(background="#ffffff", plot_background="#ffffff", colors=("#0b5cad", "#1b6e2d"),
              font_family="system-ui, sans-serif")
# Inside an <img> an SVG runs no script; its own styles need this policy when opened alone.
SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def chart(kind: type[pygal.graph.graph.Graph], title: str) -> pygal.graph.graph.Graph:
    return kind(js=[], style=STYLE, width=640, height=320, title=title, show_legend=True,
                legend_at_bottom=True, x_label_rotation=0, print_values=False)


def per_month(title: str, rows: list[tuple[str, int, int]], counted: str, measured: str,
              scale: Callable[[int], float]) -> web.Response:
    """Bars of a count per month, and of an amount (scaled for reading) on the right axis."""
    figure = chart(pygal.Bar, title)
    figure.x_labels = [month for month, _, _ in rows]
    figure.add(counted, [count for _, count, _ in rows])
    figure.add(measured, [scale(amount) for _, _, amount in rows], secondary=True)
    return svg(figure)


async def transfers(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.transfers_per_month(request[DB], request[MEMBER].school_id)
    return per_month(t("admin-chart-transfers"), rows, t("admin-chart-transfers-count"),
                     t("admin-chart-transfers-hours"), lambda units: round(units / 60, 1))


async def orders(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.orders_per_month(request[DB], request[MEMBER].school_id)
    return per_month(t("admin-orders-chart"), rows, t("admin-orders-chart-count"),
                     t("admin-orders-chart-paid"), lambda cents: cents / 100)


async def messages(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.messages_per_day(request[DB], request[MEMBER].school_id)
    return per_day(t("admin-chart-messages"), rows, t("admin-chart-messages-count"))


def svg(figure: pygal.graph.graph.Graph) -> web.Response:
    return web.Response(body=figure.render(), content_type="image/svg+xml",
                        headers={"Content-Security-Policy": SVG_POLICY})



def per_day(title: str, rows: list[tuple[date, int]], counted: str) -> web.Response:
    """A line of a count per day, a label each week."""
    figure = chart(pygal.Line, title)
    figure.x_labels = [f"{day:%d/%m}" for day, _ in rows]
    figure.x_labels_major_every = 7
    figure.show_minor_x_labels = False
    figure.add(counted, [count for _, count in rows])
    return svg(figure)


async def events(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.events_per_month(request[DB], request[MEMBER].school_id)
    return per_month(t("admin-chart-events"), rows, t("admin-chart-events-count"),
                     t("admin-chart-events-coming"), lambda people: people)


async def announcements(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.announcements_per_day(request[DB], request[MEMBER].school_id)
    return per_day(t("admin-chart-announcements"), rows, t("admin-chart-announcements-count"))


async def active_families(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.active_families_per_month(request[DB], request[MEMBER].school_id)
    figure = chart(pygal.Bar, t("admin-chart-families"))
    figure.x_labels = [month for month, _ in rows]
    figure.add(t("admin-chart-families-count"), [count for _, count in rows])
    return svg(figure)

def add_routes(app: web.Application) -> None:
    app.router.add_get("/charts/transfers.svg", transfers, name="chart-transfers")
    app.router.add_get("/charts/orders.svg", orders, name="chart-orders")
    app.router.add_get("/charts/messages.svg", messages, name="chart-messages")
    app.router.add_get("/charts/events.svg", events, name="chart-events")
    app.router.add_get("/charts/announcements.svg", announcements, name="chart-announcements")
    app.router.add_get("/charts/families.svg", active_families, name="chart-families")
