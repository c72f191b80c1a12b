"""What every page shares: the language, the template context, paging, sortable
columns, form errors, and the audit trail of a change."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import Select
from sqlalchemy.sql import ColumnElement
from yarl import URL

from admin_web.security import (
    CSRF,
    DB,
    LANGUAGE_COOKIE,
    LOCALE,
    MEMBER,
    USER,
    FormExpired,
    Handler,
)
from core.admin import audit
from core.errors import DomainError
from core.i18n import Translate, pick_locale, translator
from core.units import amount

PAGE_SIZE = 25


def locale_for(request: web.Request) -> str:
    """The panel's language: asked for in the address, chosen earlier (cookie), the
    admin's own, or the browser's."""
    wanted = (request.query.get("lang") or request.cookies.get(LANGUAGE_COOKIE)
              or request.get(LOCALE))
    return pick_locale(wanted, request.headers.get("Accept-Language", "")[:2])


def t_for(request: web.Request) -> Translate:
    return translator().for_locale(locale_for(request))


def context(request: web.Request, **values: object) -> dict[str, object]:
    t = t_for(request)
    return {"t": t, "member": request.get(MEMBER), "path": request.path,
            "csrf": request.get(CSRF, ""), "flash": request.query.get("done", ""),
            # SEL amounts as the chat says them: "90 units (1 h 30)"
            "units": lambda count: amount(t, count), **values}


def school_of(request: web.Request) -> int:
    """The logged-in admin's school: every query of a page is filtered by it."""
    return request[MEMBER].school_id


def number(text: object, default: int = 0) -> int:
    """A whole number from a URL or form, or `default` for anything else."""
    return int(text) if isinstance(text, str) and text.isdecimal() and len(text) < 10 else default


def page_number(request: web.Request) -> int:
    return max(1, number(request.query.get("page"), 1))


async def paged(request: web.Request, query: Select) -> tuple[list[Any], int, bool]:
    """One page of `query`: (rows, page number, whether a next page exists)."""
    page = page_number(request)
    result = await request[DB].execute(query.offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE + 1))
    rows = list(result.scalars() if len(query.column_descriptions) == 1 else result)
    return rows[:PAGE_SIZE], page, len(rows) > PAGE_SIZE


@dataclass
class Sorting:
    """A table's sortable columns, chosen by `?sort=key&dir=asc|desc`; a key may sort by
    several columns (a last name, then a first name)."""

    columns: dict[str, ColumnElement[Any] | tuple[ColumnElement[Any], ...]]
    key: str
    descending: bool = False

    @classmethod
    def of(cls, request: web.Request,
           columns: dict[str, ColumnElement[Any] | tuple[ColumnElement[Any], ...]], default: str,
           descending: bool = False) -> Sorting:
        key = request.query.get("sort")
        if key not in columns:  # none asked (or a stale link): the page's own order
            return cls(columns, default, descending)
        return cls(columns, key, request.query.get("dir", "asc") == "desc")

    def apply(self, query: Select) -> Select:
        columns = self.columns[self.key]
        columns = columns if isinstance(columns, tuple) else (columns,)
        return query.order_by(*(column.desc() if self.descending else column.asc()
                                for column in columns))

    @property
    def query(self) -> str:
        """The current order as a URL query prefix, for the pager's links."""
        return f"sort={self.key}&dir={'desc' if self.descending else 'asc'}&"

    def direction_for(self, key: str) -> str:
        """The direction a click on column `key` asks for: the other one when current."""
        return "asc" if key != self.key or self.descending else "desc"


@dataclass
class FormErrors:
    """Errors of a submitted form, shown next to their fields."""

    t: Translate
    by_field: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message_id: str, **args: object) -> None:
        self.by_field.setdefault(name, self.t(message_id, **args))

    def __bool__(self) -> bool:
        return bool(self.by_field)

    def get(self, name: str) -> str:
        return self.by_field.get(name, "")


async def audited(request: web.Request, action: str, subject: str = "",
                  before: dict[str, Any] | None = None,
                  after: dict[str, Any] | None = None) -> None:
    await audit.record(request[DB], school_id=school_of(request), actor=request[USER].login,
                       action=action, subject=subject, before=before, after=after)


def done(request: web.Request, route: str, flash: str = "", **parts: str) -> web.HTTPSeeOther:
    """Post/redirect/get: back to `route` with a short confirmation to show."""
    url = request.app.router[route].url_for(**parts)
    return web.HTTPSeeOther(url.with_query(done=flash) if flash else url)


async def unconfirmed(request: web.Request) -> FormErrors | None:
    """The form's "I am sure" box (the confirm_box macro) left unticked: its error, for a
    destructive action to re-render instead of acting."""
    if (await request.post()).get("confirm") == "on":
        return None
    errors = FormErrors(t_for(request))
    errors.add("confirm", "admin-confirm-missing")
    return errors


def invalid(request: web.Request, template: str, values: dict[str, object]) -> web.HTTPException:
    """The form again with its errors, as a 400: the request's transaction rolls back."""
    page = aiohttp_jinja2.render_string(template, request, context(request, **values))
    return web.HTTPBadRequest(text=page, content_type="text/html")


def form_page(request: web.Request) -> str | None:
    """The panel page a refused form was sent from (its Referer), to go back to it."""
    referer = URL(request.headers.get("Referer", ""))
    if referer.host not in (None, request.url.host) or not referer.path.startswith("/admin/"):
        return None
    return referer.path_qs


@web.middleware
async def refusals(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A refusal from a core service (after the transaction rolled back) as a page in the
    admin's language: a stale form, a forged id, the last admin, an expired CSRF token."""
    try:
        return await handler(request)
    except DomainError as error:
        message = t_for(request)(error.message_id, **error.args_for_message)
        page = aiohttp_jinja2.render_string("refused.html", request,
                                            context(request, message=message,
                                                    back=form_page(request)))
        status = (403 if isinstance(error, FormExpired)
                  else 404 if error.message_id.endswith("not-found") else 409)
        return web.Response(text=page, content_type="text/html", status=status)
