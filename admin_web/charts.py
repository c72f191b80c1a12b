"""The dashboard's charts: server-rendered SVG (pygal), served as images so the page
itself keeps a CSP without inline styles or scripts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pygal
from aiohttp import web
from pygal.style import Style

from admin_web.render import locale_for, t_for
from admin_web.security import DB, MEMBER
from core import stats
from core.i18n import format_month

STYLE = Style(background="#ffffff", plot_background="#ffffff", colors=("#0b5cad", "#1b6e2d"),
              font_family="system-ui, sans-serif")
# Inside an <img> an SVG runs no script; its own styles need this policy when opened alone.
SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def chart(kind: type[pygal.graph.graph.Graph], title: str, counts: list[int]
          ) -> pygal.graph.graph.Graph:
    """A chart whose left axis counts things: whole numbers only (pygal would mark an
    empty month 0.1, 0.2...), labels and legends never cut to "2...". """
    return kind(js=[], style=STYLE, width=640, height=320, title=title, show_legend=True,
                legend_at_bottom=True, x_label_rotation=0, print_values=False,
                truncate_label=-1, truncate_legend=-1, y_labels=whole_steps(max(counts, default=0)))


def whole_steps(top: int, ticks: int = 5) -> list[int]:
    """0 up to at least `top` (and at least 1) in about `ticks` whole steps."""
    step = max(1, -(-top // ticks))
    return list(range(0, max(top, 1) + step, step))


def per_month(request: web.Request, title: str, rows: list[tuple[str, int, int]],
              counted: str, measured: str, scale: Callable[[int], float]) -> web.Response:
    """Bars of a count per month, and of an amount (scaled for reading) on the right axis."""
    counts = [count for _, count, _ in rows]
    figure = chart(pygal.Bar, title, counts)
    figure.x_labels = month_labels(request, [month for month, *_ in rows])
    figure.add(counted, counts)
    figure.add(measured, [scale(amount) for _, _, amount in rows], secondary=True)
    return svg(figure)


def per_day(title: str, rows: list[tuple[date, int]], counted: str) -> web.Response:
    """A line of a count per day, a label each week."""
    counts = [count for _, count in rows]
    figure = chart(pygal.Line, title, counts)
    figure.x_labels = [f"{day:%d/%m}" for day, _ in rows]
    figure.x_labels_major_every = 7
    figure.show_minor_x_labels = False
    figure.add(counted, counts)
    return svg(figure)


def month_labels(request: web.Request, months: list[str]) -> list[str]:
    locale = locale_for(request)
    return [format_month(locale, month) for month in months]


def svg(figure: pygal.graph.graph.Graph) -> web.Response:
    return web.Response(body=figure.render(), content_type="image/svg+xml",
                        headers={"Content-Security-Policy": SVG_POLICY})


async def transfers(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.transfers_per_month(request[DB], request[MEMBER].school_id)
    return per_month(request, t("admin-chart-transfers"), rows, t("admin-chart-transfers-count"),
                     t("admin-chart-transfers-hours"), lambda units: round(units / 60, 1))


async def orders(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.orders_per_month(request[DB], request[MEMBER].school_id)
    return per_month(request, t("admin-orders-chart"), rows, t("admin-orders-chart-count"),
                     t("admin-orders-chart-paid"), lambda cents: cents / 100)


async def messages(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.messages_per_day(request[DB], request[MEMBER].school_id)
    return per_day(t("admin-chart-messages"), rows, t("admin-chart-messages-count"))


async def events(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.events_per_month(request[DB], request[MEMBER].school_id)
    return per_month(request, t("admin-chart-events"), rows, t("admin-chart-events-count"),
                     t("admin-chart-events-coming"), lambda people: people)


async def announcements(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.announcements_per_day(request[DB], request[MEMBER].school_id)
    return per_day(t("admin-chart-announcements"), rows, t("admin-chart-announcements-count"))


async def active_families(request: web.Request) -> web.Response:
    t = t_for(request)
    rows = await stats.active_families_per_month(request[DB], request[MEMBER].school_id)
    counts = [count for _, count in rows]
    figure = chart(pygal.Bar, t("admin-chart-families"), counts)
    figure.x_labels = month_labels(request, [month for month, _ in rows])
    figure.add(t("admin-chart-families-count"), counts)
    return svg(figure)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/charts/transfers.svg", transfers, name="chart-transfers")
    app.router.add_get("/charts/orders.svg", orders, name="chart-orders")
    app.router.add_get("/charts/messages.svg", messages, name="chart-messages")
    app.router.add_get("/charts/events.svg", events, name="chart-events")
    app.router.add_get("/charts/announcements.svg", announcements, name="chart-announcements")
    app.router.add_get("/charts/families.svg", active_families, name="chart-families")
