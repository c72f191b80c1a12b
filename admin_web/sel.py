"""SEL accounts: balances of the school's members, the school's limits for new accounts
(which existing accounts follow, see core/sel/limits.py), and one account's own limits.
Changes go through core/sel and the audit log; members are told of their new limits."""

from __future__ import annotations

import re

import aiohttp_jinja2
from aiohttp import web
from multidict import MultiMapping
from sqlalchemy import func, select

from admin_web.render import (
    FormErrors,
    Sorting,
    audited,
    context,
    done,
    invalid,
    number,
    paged,
    school_of,
    t_for,
)
from admin_web.security import DB
from core.clock import utcnow
from core.errors import DomainError
from core.folding import folded
from core.members.search import matches
from core.models import AccountKind, Member, SelAccount, SelPost
from core.schools import get_school
from core.sel.ledger import set_limits
from core.sel.limits import accounts_behind, limit_problems, set_school_limits
from core.sel.moderation import LISTED, open_reports
from core.sel.notices import notify_limits
from core.units import amount

SCHOOL_FIELDS = ("min_balance", "max_balance", "opening_balance")
ACCOUNT_FIELDS = ("min_balance", "max_balance")
_WHOLE = re.compile(r"[+-]?\d{1,9}")


def whole_numbers(form: MultiMapping, names: tuple[str, ...], errors: FormErrors
                  ) -> dict[str, int]:
    """The form's signed whole numbers; an error next to each field that is not one."""
    values = {}
    for name in names:
        text = str(form.get(name, "")).strip().replace("−", "-")
        if _WHOLE.fullmatch(text):
            values[name] = int(text)
        else:
            errors.add(name, "admin-sel-whole-number")
    return values


def in_hours(request: web.Request, values: MultiMapping | dict[str, object],
             names: tuple[str, ...]) -> dict[str, str]:
    """Each whole number of the form as amounts read everywhere else, "-300 units
    (-5 h 00)": shown beside its field, what was typed included."""
    t = t_for(request)
    shown = {}
    for name in names:
        text = str(values.get(name, "")).strip().replace("−", "-")
        if _WHOLE.fullmatch(text):
            shown[name] = amount(t, int(text))
    return shown


def add_problems(errors: FormErrors, problems: list) -> None:
    for problem in problems:
        errors.add(problem.field, problem.message_id, **problem.args)


@aiohttp_jinja2.template("sel.html")
async def accounts(request: web.Request) -> dict[str, object]:
    return await accounts_context(request)


async def accounts_context(request: web.Request, form: MultiMapping | None = None,
                           errors: FormErrors | None = None) -> dict[str, object]:
    db, school_id = request[DB], school_of(request)
    school = await get_school(db, school_id)
    search = request.query.get("q", "").strip()[:100]
    query = (select(SelAccount, Member).join(Member, Member.id == SelAccount.member_id)
             .where(SelAccount.school_id == school_id, SelAccount.kind == AccountKind.MEMBER))
    if search:
        query = query.where(matches(Member, search))
    sorting = Sorting.of(request, {"name": folded(Member.last_name),
                                   "balance": SelAccount.balance}, default="name")
    rows, page, more = await paged(request, sorting.apply(query).order_by(SelAccount.id))
    values = form or {"min_balance": school.sel_min_balance,
                      "max_balance": school.sel_max_balance,
                      "opening_balance": school.sel_opening_balance}
    # the posts whose reports no admin has looked at yet, next to the link to them
    reported_posts = await db.scalar(select(func.count(SelPost.id)).where(
        SelPost.school_id == school_id, SelPost.status.in_(LISTED),
        open_reports(SelPost.id) > 0))
    return context(request, rows=rows, page=page, more=more, sorting=sorting, search=search,
                   behind=await accounts_behind(db, school), values=values,
                   reported_posts=reported_posts,
                   in_hours=in_hours(request, values, SCHOOL_FIELDS),
                   errors=errors or FormErrors(t_for(request)))


async def save_school_limits(request: web.Request) -> web.Response:
    form, errors = await request.post(), FormErrors(t_for(request))
    values = whole_numbers(form, SCHOOL_FIELDS, errors)
    if not errors:
        add_problems(errors, limit_problems(values["min_balance"], values["max_balance"],
                                            opening=values["opening_balance"]))
    if errors:
        raise invalid(request, "sel.html", await accounts_context(request, form, errors))
    school = await get_school(request[DB], school_of(request))
    before = {"min_balance": school.sel_min_balance, "max_balance": school.sel_max_balance,
              "opening_balance": school.sel_opening_balance}
    low, high = values["min_balance"], values["max_balance"]
    change = await set_school_limits(request[DB], school, low, high, values["opening_balance"])
    occasion = f"school@{utcnow():%Y%m%d%H%M%S}"
    for owner in await request[DB].scalars(select(Member).where(Member.id.in_(change.moved))):
        await notify_limits(request[DB], owner, low, high, occasion=occasion)
    await audited(request, "sel-school-limits", f"school:{school.id}", before,
                  {**values, "accounts_followed": len(change.moved),
                   "accounts_kept": change.kept})
    raise done(request, "sel", "limits")


async def account_in_school(request: web.Request) -> tuple[SelAccount, Member]:
    account = await request[DB].get(SelAccount, number(request.match_info["account_id"]))
    if account is None or account.school_id != school_of(request) or account.member_id is None:
        raise DomainError("admin-sel-account-not-found")
    return account, await request[DB].get_one(Member, account.member_id)


@aiohttp_jinja2.template("sel_account.html")
async def account_page(request: web.Request) -> dict[str, object]:
    return await account_context(request)


async def account_context(request: web.Request, form: MultiMapping | None = None,
                          errors: FormErrors | None = None) -> dict[str, object]:
    account, owner = await account_in_school(request)
    values = form or {"min_balance": account.min_balance, "max_balance": account.max_balance}
    return context(request, account=account, owner=owner, values=values,
                   in_hours=in_hours(request, values, ACCOUNT_FIELDS),
                   errors=errors or FormErrors(t_for(request)))


async def save_account_limits(request: web.Request) -> web.Response:
    account, owner = await account_in_school(request)
    form, errors = await request.post(), FormErrors(t_for(request))
    values = whole_numbers(form, ACCOUNT_FIELDS, errors)
    if not errors:
        add_problems(errors, limit_problems(values["min_balance"], values["max_balance"],
                                            balance=account.balance))
    if errors:
        raise invalid(request, "sel_account.html", await account_context(request, form, errors))
    before = {"min_balance": account.min_balance, "max_balance": account.max_balance,
              "overridden": account.limits_overridden}
    low, high = values["min_balance"], values["max_balance"]
    same = (low, high) == (account.min_balance, account.max_balance)
    if same and account.limits_overridden:  # sent twice, or saved as it was: no news
        raise done(request, "sel-account", "limits", account_id=str(account.id))
    await set_limits(request[DB], account, low, high)
    if not same:  # kept as they were, now by hand: the owner's limits did not move
        await notify_limits(request[DB], owner, low, high, occasion=utcnow().isoformat())
    await audited(request, "sel-account-limits", f"sel-account:{account.id}", before,
                  {"min_balance": low, "max_balance": high, "overridden": True})
    raise done(request, "sel-account", "limits", account_id=str(account.id))


def add_routes(app: web.Application) -> None:
    app.router.add_get("/sel", accounts, name="sel")
    app.router.add_post("/sel/limits", save_school_limits, name="sel-limits")
    app.router.add_get("/sel/accounts/{account_id:\\d+}", account_page, name="sel-account")
    app.router.add_post("/sel/accounts/{account_id:\\d+}/limits", save_account_limits,
                        name="sel-account-limits")
