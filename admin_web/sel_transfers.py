"""SEL transfers: filtered and sorted, one page per transfer, reversal with a reason
(both members told, as from the chat), and the filtered list as CSV."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import aiohttp_jinja2
from aiohttp import web
from sqlalchemy import Select, or_, select
from sqlalchemy.orm import aliased

from admin_web.downloads import csv_attachment
from admin_web.moments import school_clock
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
from admin_web.security import DB, MEMBER
from core.errors import DomainError
from core.i18n import Translate
from core.members.search import matches
from core.models import Member, SelAccount, SelTransfer, TransferKind
from core.schools import get_school
from core.sel.ledger import reverse
from core.sel.notices import notify_reversal
from core.spreadsheet import sheet

KINDS = (TransferKind.PAYMENT, TransferKind.REQUEST, TransferKind.OPENING,
         TransferKind.REVERSAL)
# Refusals about the reason itself are shown next to its field; others as a refusal page.
REASON_ERRORS = {"sel-reverse-reason-required", "sel-note-too-long"}
CSV_LIMIT = 50_000
payer_account, payee_account = aliased(SelAccount), aliased(SelAccount)
payer, payee = aliased(Member), aliased(Member)
reversal = aliased(SelTransfer)


@dataclass
class Filters:
    """What the admin asked to see, from the query string; a bad date is reported."""

    account: int = 0
    who: str = ""
    kind: str = ""
    since: date | None = None
    until: date | None = None
    min_units: int = 0

    @classmethod
    def of(cls, request: web.Request, errors: FormErrors) -> Filters:
        query = request.query
        return cls(account=number(query.get("account")), who=query.get("who", "").strip()[:100],
                   kind=query.get("kind", "") if query.get("kind") in KINDS else "",
                   since=day(query.get("since", ""), "since", errors),
                   until=day(query.get("until", ""), "until", errors),
                   min_units=number(query.get("min_units")))

    def as_query(self) -> str:
        """For the sort and page links, which keep the filters (ends with '&')."""
        values = {"account": self.account or "", "who": self.who, "kind": self.kind,
                  "since": self.since or "", "until": self.until or "",
                  "min_units": self.min_units or ""}
        return urlencode({key: value for key, value in values.items() if value}) + "&"

    def apply(self, query: Select, timezone: str) -> Select:
        if self.account:
            query = query.where(or_(SelTransfer.payer_account_id == self.account,
                                    SelTransfer.payee_account_id == self.account))
        if self.who:  # every word about the same person, the payer or the payee
            query = query.where(or_(matches(payer, self.who), matches(payee, self.who)))
        if self.kind:
            query = query.where(SelTransfer.kind == self.kind)
        if self.since:
            query = query.where(SelTransfer.created_at >= start_of(self.since, timezone))
        if self.until:
            query = query.where(SelTransfer.created_at < start_of(
                self.until + timedelta(days=1), timezone))
        if self.min_units:
            query = query.where(SelTransfer.units >= self.min_units)
        return query


def day(text: str, name: str, errors: FormErrors) -> date | None:
    if not text:
        return None
    try:
        value = date.fromisoformat(text)
    except ValueError:
        value = None
    # The calendar's first and last days have no midnight before or after them in UTC.
    if value is None or not date.min < value < date.max:
        errors.add(name, "admin-sel-date-invalid")
        return None
    return value


def start_of(value: date, timezone: str) -> datetime:
    """Midnight of that day at the school, in UTC as stored."""
    return datetime.combine(value, time.min, ZoneInfo(timezone)).astimezone(UTC)


def transfers_query(school_id: int) -> Select:
    """Each transfer with both members (None for the school's account) and the id of the
    transfer that reversed it, if any."""
    return (select(SelTransfer, payer, payee, reversal.id)
            .join(payer_account, payer_account.id == SelTransfer.payer_account_id)
            .outerjoin(payer, payer.id == payer_account.member_id)
            .join(payee_account, payee_account.id == SelTransfer.payee_account_id)
            .outerjoin(payee, payee.id == payee_account.member_id)
            .outerjoin(reversal, reversal.reverses_id == SelTransfer.id)
            .where(SelTransfer.school_id == school_id))


async def filtered(request: web.Request) -> tuple[Select, Filters, FormErrors, Sorting, str]:
    school = await get_school(request[DB], school_of(request))
    errors = FormErrors(t_for(request))
    filters = Filters.of(request, errors)
    sorting = Sorting.of(request, {"date": SelTransfer.created_at, "units": SelTransfer.units},
                         default="date", descending=True)
    query = sorting.apply(filters.apply(transfers_query(school.id), school.timezone))
    return query.order_by(SelTransfer.id), filters, errors, sorting, school.timezone


@aiohttp_jinja2.template("sel_transfers.html")
async def transfers(request: web.Request) -> dict[str, object]:
    query, filters, errors, sorting, _ = await filtered(request)
    rows, page, more = await paged(request, query)
    owner = None
    if filters.account:
        owner = await request[DB].scalar(select(Member).join(
            SelAccount, SelAccount.member_id == Member.id).where(
            SelAccount.id == filters.account, SelAccount.school_id == school_of(request)))
    return context(request, rows=rows, page=page, more=more, sorting=sorting, filters=filters,
                   errors=errors, kinds=KINDS, owner=owner, when=await school_clock(request))


async def transfers_csv(request: web.Request) -> web.Response:
    query, _, _, _, timezone = await filtered(request)
    result = await request[DB].execute(query.limit(CSV_LIMIT))
    return csv_attachment(transfers_sheet(result, timezone, t_for(request)), "sel-transfers.csv")


def transfers_sheet(rows, timezone: str, t: Translate) -> bytes:
    """In the admin's language, as on the page: the heads, the kinds, the school."""
    zone = ZoneInfo(timezone)
    lines: list[list] = [[t("admin-sel-csv-column", column=column) for column in (
        "date", "transfer", "kind", "from", "to", "units", "hours", "note", "reverses")]]
    lines += [[transfer.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"), transfer.id,
               t("admin-sel-kind", kind=transfer.kind), name_of(sender, t),
               name_of(receiver, t), transfer.units,
               (Decimal(transfer.units) / 60).quantize(Decimal("0.01")), transfer.note,
               transfer.reverses_id]
              for transfer, sender, receiver, _ in rows]
    return sheet(lines)


def name_of(person: Member | None, t: Translate) -> str:
    return person.full_name if person is not None else t("admin-sel-school")


async def transfer_context(request: web.Request, errors: FormErrors | None = None,
                           reason: str = "") -> dict[str, object]:
    school = await get_school(request[DB], school_of(request))
    found = (await request[DB].execute(transfers_query(school.id).where(
        SelTransfer.id == request.match_info["transfer_id"]))).first()
    if found is None:
        raise DomainError("sel-transfer-not-found")
    return context(request, row=found, errors=errors or FormErrors(t_for(request)),
                   reason=reason, when=await school_clock(request))


@aiohttp_jinja2.template("sel_transfer.html")
async def transfer_page(request: web.Request) -> dict[str, object]:
    return await transfer_context(request)


async def reverse_transfer(request: web.Request) -> web.Response:
    """As /reverse in the chat: a transfer back with the admin's reason, both told."""
    reason = str((await request.post()).get("reason", ""))
    transfer_id = request.match_info["transfer_id"]
    try:
        result = await reverse(request[DB], admin_id=request[MEMBER].id,
                               school_id=school_of(request), transfer_id=transfer_id,
                               reason=reason)
    except DomainError as error:
        if error.message_id not in REASON_ERRORS:
            raise
        errors = FormErrors(t_for(request))
        errors.add("reason", error.message_id, **error.args_for_message)
        raise invalid(request, "sel_transfer.html",
                      await transfer_context(request, errors, reason)) from error
    note = result.transfer.note or ""
    await notify_reversal(request[DB], result.transfer, note)
    await audited(request, "sel-reverse", f"sel-transfer:{transfer_id}", {},
                  {"reversal": result.transfer.id, "units": result.transfer.units,
                   "reason": note})
    raise done(request, "sel-transfer", "reversed", transfer_id=transfer_id)


def add_routes(app: web.Application) -> None:
    app.router.add_get("/sel/transfers", transfers, name="sel-transfers")
    app.router.add_get("/sel/transfers.csv", transfers_csv, name="sel-transfers-csv")
    uuid = "{transfer_id:[0-9a-f-]{36}}"
    app.router.add_get(f"/sel/transfers/{uuid}", transfer_page, name="sel-transfer")
    app.router.add_post(f"/sel/transfers/{uuid}/reverse", reverse_transfer,
                        name="sel-transfer-reverse")
