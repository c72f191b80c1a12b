"""A local Mollie v2 API for tests: the real `mollie.api.client.Client` talks to it after
`client.set_api_endpoint(server.base_url)`, exactly as it talks to api.mollie.com.

It answers the payment and refund endpoints the app uses with Mollie shaped JSON
(`application/hal+json`), Mollie's error shape and statuses (401, 404, 422, 503), and
honours the Idempotency-Key header. Tests drive payments through their life with
`set_status`, send webhooks the way Mollie does (`id=tr_...` form-encoded) with `notify`,
or go through a tiny hosted checkout page at `/checkout/{id}`. Money is integer cents.
"""

from __future__ import annotations

import contextlib
import copy
import html
import json
import re
import secrets
import string
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
from aiohttp import web

from tests.support.servers import serve_locally

STATUSES = ("open", "pending", "authorized", "paid", "failed", "canceled", "expired")
LOCALES = frozenset({
    "en_US", "en_GB", "nl_NL", "nl_BE", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_BE", "es_ES",
    "ca_ES", "pt_PT", "it_IT", "nb_NO", "sv_SE", "fi_FI", "da_DK", "is_IS", "hu_HU", "pl_PL",
    "lv_LV", "lt_LT",
})
HAL = "application/hal+json"
DOCS = "https://docs.mollie.com/reference"
ERRORS_DOC = {"documentation": {"href": "https://docs.mollie.com/overview/handling-errors",
                                "type": "text/html"}}
TIMESTAMPS = {"paid": "paidAt", "failed": "failedAt", "canceled": "canceledAt",
              "expired": "expiredAt", "authorized": "authorizedAt"}
FINAL = {"paid", "failed", "canceled", "expired"}
_AUTH = re.compile(r"Bearer (test|live)_\w+")
_VALUE = re.compile(r"[0-9]+\.[0-9]{2}")
_ALNUM = string.ascii_letters + string.digits


@dataclass
class Call:
    method: str
    path: str
    query: dict[str, str]
    json: Any
    headers: dict[str, str]  # Authorization, Idempotency-Key, Content-Type, User-Agent

    @property
    def idempotency_key(self) -> str | None:
        return self.headers.get("Idempotency-Key")


@dataclass
class _Context:
    mode: str  # "test" or "live", after the API key
    token: str  # the Authorization header: idempotency keys are per API key
    body: Any  # the parsed JSON body, None when empty


_CONTEXT = web.RequestKey("mollie_context", _Context)


class MollieError(Exception):
    def __init__(self, status: int, title: str, detail: str, field: str | None = None) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.field = status, title, detail, field

    def response(self) -> web.Response:
        body: dict[str, Any] = {"status": self.status, "title": self.title, "detail": self.detail}
        if self.field:
            body["field"] = self.field
        body["_links"] = ERRORS_DOC
        return _json(body, self.status)


def _unprocessable(detail: str, field: str | None = None) -> MollieError:
    return MollieError(422, "Unprocessable Entity", detail, field)


def _bad_request(detail: str, field: str | None = None) -> MollieError:
    return MollieError(400, "Bad Request", detail, field)


@dataclass
class LocalMollie:
    payments: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> payment JSON
    refunds: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> refund JSON
    calls: list[Call] = field(default_factory=list)  # every /v2 request, failed ones too
    webhook_posts: list[tuple[str, str]] = field(default_factory=list)  # (url, payment id)
    fail_next: int = 0  # how many next API requests answer 503
    base_url: str = ""
    _idempotent: dict[tuple[str, str], tuple[str, str, Any, int, dict]] = field(
        default_factory=dict, repr=False)
    _runner: web.AppRunner | None = field(default=None, repr=False)

    async def start(self) -> str:
        app = web.Application(middlewares=[self._api])
        app.router.add_post("/v2/payments", self._create_payment)
        app.router.add_get("/v2/payments", self._list_payments)
        app.router.add_get("/v2/payments/{id}", self._get_payment)
        app.router.add_post("/v2/payments/{id}/refunds", self._create_refund)
        app.router.add_get("/v2/payments/{id}/refunds", self._list_refunds)
        app.router.add_get("/v2/payments/{id}/refunds/{refund_id}", self._get_refund)
        app.router.add_get("/checkout/{id}", self._checkout_page)
        app.router.add_post("/checkout/{id}", self._checkout)
        self._runner, self.base_url = await serve_locally(app)
        return self.base_url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- test controls -------------------------------------------------------------

    def set_status(self, payment_id: str, status: str) -> dict[str, Any]:
        """Move a payment to `status`, with the fields Mollie shows in that status."""
        if status not in STATUSES:
            raise ValueError(f"unknown payment status {status!r}")
        payment = self.payments[payment_id]
        payment["status"] = status
        now = _now()
        for key in (*TIMESTAMPS.values(), "amountRefunded", "amountRemaining",
                    "settlementAmount"):
            payment.pop(key, None)
        if status in TIMESTAMPS:
            payment[TIMESTAMPS[status]] = now
        if status in FINAL:
            payment.pop("expiresAt", None)
        elif "expiresAt" not in payment:
            payment["expiresAt"] = _iso(datetime.fromisoformat(now) + timedelta(minutes=15))
        if status == "paid":
            payment["method"] = payment.get("method") or "bancontact"
            self._update_amounts(payment)
        links = payment["_links"]
        if status == "open":
            links["checkout"] = {"href": f"{self.base_url}/checkout/{payment_id}",
                                 "type": "text/html"}
        else:
            links.pop("checkout", None)
        return payment

    async def notify(self, payment_id: str) -> int | None:
        """POST `id=<payment_id>` to the payment's webhookUrl, as Mollie does. Returns the
        HTTP status answered, or None when the payment has no webhookUrl."""
        url = self.payments[payment_id].get("webhookUrl")
        if not url:
            return None
        self.webhook_posts.append((url, payment_id))
        timeout = aiohttp.ClientTimeout(total=15)
        async with (aiohttp.ClientSession(timeout=timeout) as http,
                    http.post(url, data={"id": payment_id}) as response):
            await response.read()
            return response.status

    async def pay(self, payment_id: str, status: str = "paid") -> int | None:
        self.set_status(payment_id, status)
        return await self.notify(payment_id)

    # -- plumbing ------------------------------------------------------------------

    @web.middleware
    async def _api(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if not request.path.startswith("/v2/"):
            return await handler(request)
        raw = await request.text()
        try:
            body = json.loads(raw) if raw.strip() else None
        except ValueError:
            body = raw
        wanted = ("Authorization", "Idempotency-Key", "Content-Type", "User-Agent")
        headers = {k: request.headers[k] for k in wanted if k in request.headers}
        self.calls.append(Call(request.method, request.path, dict(request.query), body, headers))
        try:
            if self.fail_next > 0:
                self.fail_next -= 1
                raise MollieError(503, "Service Unavailable",
                                  "The Mollie API is temporarily unavailable, please try again.")
            auth = _AUTH.fullmatch(request.headers.get("Authorization", ""))
            if auth is None:
                raise MollieError(401, "Unauthorized Request",
                                  "Missing authentication, or failed to authenticate")
            if isinstance(body, str):
                raise _bad_request("The JSON body could not be parsed")
            request[_CONTEXT] = _Context(auth.group(1), request.headers["Authorization"], body)
            return await handler(request)
        except MollieError as error:
            return error.response()
        except web.HTTPMethodNotAllowed:
            return MollieError(405, "Method Not Allowed",
                               f"The method {request.method} is not allowed here").response()
        except web.HTTPNotFound:
            return MollieError(404, "Not Found",
                               "The requested resource does not exist").response()

    async def _idempotently(self, request: web.Request, create: Any) -> web.Response:
        """Run `create(request) -> (status, json)` once per Idempotency-Key: a retry with
        the same key and body gets the stored response again."""
        key = request.headers.get("Idempotency-Key")
        if not key:
            status, payload = create(request)
            return _json(payload, status)
        context = request[_CONTEXT]
        scope = (context.token, key)
        seen = self._idempotent.get(scope)
        if seen is not None:
            method, path, body, status, payload = seen
            if (method, path, body) != (request.method, request.path, context.body):
                raise _unprocessable(f"The Idempotency-Key '{key}' was already used for a "
                                     "different request")
            response = _json(payload, status)
            response.headers["Idempotent-Replayed"] = "true"
            return response
        status, payload = create(request)
        self._idempotent[scope] = (request.method, request.path, copy.deepcopy(context.body),
                                   status, copy.deepcopy(payload))
        return _json(payload, status)

    def _payment(self, request: web.Request) -> dict[str, Any]:
        payment_id = request.match_info["id"]
        payment = self.payments.get(payment_id)
        if payment is None or payment["mode"] != request[_CONTEXT].mode:
            raise MollieError(404, "Not Found", f"No payment exists with token {payment_id}.")
        return payment

    def _link(self, path: str, doc: str) -> dict[str, Any]:
        return {"self": {"href": f"{self.base_url}{path}", "type": HAL},
                "documentation": {"href": f"{DOCS}/{doc}", "type": "text/html"}}

    # -- payments --------------------------------------------------------------------

    async def _create_payment(self, request: web.Request) -> web.Response:
        return await self._idempotently(request, self._new_payment)

    def _new_payment(self, request: web.Request) -> tuple[int, dict[str, Any]]:
        body = request[_CONTEXT].body
        if not isinstance(body, dict):
            raise _bad_request("The request body must be a JSON object")
        cents = _amount(body.get("amount"))
        if cents is None:
            raise _unprocessable("The amount is required for payments", "amount")
        description = body.get("description")
        if not isinstance(description, str) or not description.strip():
            raise _unprocessable("The description is invalid", "description")
        if len(description) > 255:
            raise _unprocessable("The description may not be longer than 255 characters",
                                 "description")
        redirect_url = body.get("redirectUrl")
        if not _is_url(redirect_url):
            raise _unprocessable("The redirect URL is invalid", "redirectUrl")
        webhook_url = body.get("webhookUrl")
        if webhook_url is not None and not _is_url(webhook_url):
            raise _unprocessable("The webhook URL is invalid", "webhookUrl")
        method = body.get("method")
        if not (method is None or isinstance(method, str) or (
                isinstance(method, list) and all(isinstance(m, str) for m in method))):
            raise _unprocessable("The payment method is invalid", "method")
        metadata = body.get("metadata")
        if len(json.dumps(metadata)) > 1024:
            raise _unprocessable("The metadata is too large, limit it to 1024 bytes",
                                 "metadata")
        locale = body.get("locale")
        if locale is not None and locale not in LOCALES:
            raise _unprocessable("The locale is invalid", "locale")

        payment_id = self._new_id("tr_", self.payments)
        created = datetime.now(UTC).replace(microsecond=0)
        payment: dict[str, Any] = {
            "resource": "payment", "id": payment_id, "mode": request[_CONTEXT].mode,
            "createdAt": _iso(created), "amount": _money(cents), "description": description,
            # Mollie shows the method when exactly one was asked for, else null until paid
            "method": method if isinstance(method, str) else None,
            "metadata": metadata, "status": "open", "isCancelable": False,
            "expiresAt": _iso(created + timedelta(minutes=15)), "profileId": "pfl_local",
            "sequenceType": "oneoff", "redirectUrl": redirect_url,
        }
        if webhook_url is not None:
            payment["webhookUrl"] = webhook_url
        if locale is not None:
            payment["locale"] = locale
        payment["_links"] = {
            "self": {"href": f"{self.base_url}/v2/payments/{payment_id}", "type": HAL},
            "checkout": {"href": f"{self.base_url}/checkout/{payment_id}", "type": "text/html"},
            "dashboard": {"href": f"https://my.mollie.com/dashboard/org_local/payments/"
                                  f"{payment_id}", "type": "text/html"},
            "documentation": {"href": f"{DOCS}/create-payment", "type": "text/html"},
        }
        self.payments[payment_id] = payment
        return 201, copy.deepcopy(payment)

    async def _get_payment(self, request: web.Request) -> web.Response:
        return _json(self._payment(request))

    async def _list_payments(self, request: web.Request) -> web.Response:
        limit = request.query.get("limit", "50")
        if not limit.isdigit() or not 1 <= int(limit) <= 250:
            raise _bad_request("The limit must be a number between 1 and 250", "limit")
        size = int(limit)
        mode = request[_CONTEXT].mode
        ids = [pid for pid, p in reversed(self.payments.items()) if p["mode"] == mode]
        start = 0
        if "from" in request.query:
            if request.query["from"] not in ids:
                raise _bad_request("The 'from' payment does not exist", "from")
            start = ids.index(request.query["from"])
        page = ids[start:start + size]

        def link(first: str) -> dict[str, str]:
            return {"href": f"{self.base_url}/v2/payments?from={first}&limit={size}",
                    "type": HAL}

        self_href = f"{self.base_url}/v2/payments?limit={size}"
        if "from" in request.query:
            self_href = link(ids[start])["href"]
        return _json({
            "count": len(page),
            "_embedded": {"payments": [self.payments[pid] for pid in page]},
            "_links": {
                "self": {"href": self_href, "type": HAL},
                "previous": link(ids[max(0, start - size)]) if start > 0 else None,
                "next": link(ids[start + size]) if start + size < len(ids) else None,
                "documentation": {"href": f"{DOCS}/list-payments", "type": "text/html"},
            },
        })

    # -- refunds ---------------------------------------------------------------------

    async def _create_refund(self, request: web.Request) -> web.Response:
        self._payment(request)  # 404 before idempotency, like any unknown resource
        return await self._idempotently(request, self._new_refund)

    def _new_refund(self, request: web.Request) -> tuple[int, dict[str, Any]]:
        payment = self._payment(request)
        body = request[_CONTEXT].body
        body = {} if body is None else body
        if not isinstance(body, dict):
            raise _bad_request("The request body must be a JSON object")
        if payment["status"] != "paid":
            raise _unprocessable(f"The payment {payment['id']} is {payment['status']} and "
                                 "cannot be refunded")
        remaining = _cents(payment["amount"]["value"]) - self._refunded(payment["id"])
        cents = _amount(body.get("amount"))
        if cents is None:  # no amount: refund what remains
            cents = remaining
        if remaining <= 0:
            raise _unprocessable("The payment has no remaining amount to refund", "amount")
        if cents > remaining:
            raise _unprocessable(
                "The amount requested for refund is higher than the remaining amount "
                f"(EUR {_format(remaining)})", "amount.value")
        description = body.get("description", "")
        if not isinstance(description, str) or len(description) > 255:
            raise _unprocessable("The description is invalid", "description")
        refund_id = self._new_id("re_", self.refunds)
        path = f"/v2/payments/{payment['id']}/refunds/{refund_id}"
        refund: dict[str, Any] = {
            "resource": "refund", "id": refund_id, "amount": _money(cents), "status": "pending",
            "createdAt": _now(), "description": description,
            "metadata": body.get("metadata"), "paymentId": payment["id"],
            "settlementAmount": _money(-cents),
            "_links": {
                "self": {"href": f"{self.base_url}{path}", "type": HAL},
                "payment": {"href": f"{self.base_url}/v2/payments/{payment['id']}",
                            "type": HAL},
                "documentation": {"href": f"{DOCS}/create-refund", "type": "text/html"},
            },
        }
        self.refunds[refund_id] = refund
        self._update_amounts(payment)
        return 201, copy.deepcopy(refund)

    async def _get_refund(self, request: web.Request) -> web.Response:
        payment = self._payment(request)
        refund_id = request.match_info["refund_id"]
        refund = self.refunds.get(refund_id)
        if refund is None or refund["paymentId"] != payment["id"]:
            raise MollieError(404, "Not Found", f"No refund exists with token {refund_id}.")
        return _json(refund)

    async def _list_refunds(self, request: web.Request) -> web.Response:
        payment = self._payment(request)
        found = [r for r in reversed(self.refunds.values()) if r["paymentId"] == payment["id"]]
        return _json({
            "count": len(found), "_embedded": {"refunds": found},
            "_links": {**self._link(request.path, "list-refunds"),
                       "previous": None, "next": None},
        })

    def _refunded(self, payment_id: str) -> int:
        return sum(_cents(r["amount"]["value"]) for r in self.refunds.values()
                   if r["paymentId"] == payment_id and r["status"] not in {"failed", "canceled"})

    def _update_amounts(self, payment: dict[str, Any]) -> None:
        refunded = self._refunded(payment["id"])
        total = _cents(payment["amount"]["value"])
        payment["amountRefunded"] = _money(refunded)
        payment["amountRemaining"] = _money(total - refunded)
        payment["settlementAmount"] = _money(total)
        if refunded:
            payment["_links"]["refunds"] = {
                "href": f"{self.base_url}/v2/payments/{payment['id']}/refunds", "type": HAL}

    # -- hosted checkout -------------------------------------------------------------

    async def _checkout_page(self, request: web.Request) -> web.Response:
        payment = self.payments.get(request.match_info["id"])
        if payment is None:
            raise web.HTTPNotFound(text="No such payment")
        pid = html.escape(payment["id"])
        forms = "".join(
            f'<form method="post" action="/checkout/{pid}">'
            f'<input type="hidden" name="status" value="{status}">'
            f'<button type="submit">{label}</button></form>'
            for status, label in (("paid", "Pay"), ("canceled", "Cancel"))
        ) if payment["status"] == "open" else ""
        page = (
            '<!doctype html><html><head><meta charset="utf-8"><title>Checkout</title></head>'
            f'<body><h1>{html.escape(payment["description"])}</h1>'
            f'<p class="amount">€{html.escape(payment["amount"]["value"])}</p>'
            f'<p class="status">{html.escape(payment["status"])}</p>{forms}</body></html>'
        )
        return web.Response(text=page, content_type="text/html")

    async def _checkout(self, request: web.Request) -> web.Response:
        payment = self.payments.get(request.match_info["id"])
        if payment is None:
            raise web.HTTPNotFound(text="No such payment")
        status = (await request.post()).get("status")
        if status not in {"paid", "canceled", "failed", "expired"}:
            raise web.HTTPBadRequest(text="status must be paid or canceled")
        if payment["status"] != "open":
            raise web.HTTPConflict(text=f"The payment is already {payment['status']}")
        self.set_status(payment["id"], str(status))
        # Mollie would retry a failed webhook later; the customer is redirected regardless.
        with contextlib.suppress(aiohttp.ClientError, TimeoutError):
            await self.notify(payment["id"])
        raise web.HTTPSeeOther(location=payment["redirectUrl"])

    @staticmethod
    def _new_id(prefix: str, taken: dict[str, Any]) -> str:
        while (new := prefix + "".join(secrets.choice(_ALNUM) for _ in range(10))) in taken:
            pass
        return new


def _now() -> str:
    return _iso(datetime.now(UTC))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and re.match(r"https?://[^\s/]+", value) is not None


def _cents(value: str) -> int:
    whole, _, fraction = value.partition(".")
    return int(whole) * 100 + int(fraction)


def _format(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def _money(cents: int) -> dict[str, str]:
    return {"currency": "EUR", "value": _format(cents)}


def _amount(amount: Any) -> int | None:
    """A valid, positive EUR amount in cents; None when absent; 422 when invalid."""
    if amount is None:
        return None
    if not isinstance(amount, dict):
        raise _unprocessable("The amount is invalid", "amount")
    if amount.get("currency") != "EUR":
        raise _unprocessable(f"The currency {amount.get('currency')!r} is not supported",
                             "amount.currency")
    value = amount.get("value")
    if not isinstance(value, str) or not _VALUE.fullmatch(value):
        raise _unprocessable("The amount value must be a string with two decimals, "
                             'like "12.50"', "amount.value")
    cents = _cents(value)
    if cents <= 0:
        raise _unprocessable("The amount is lower than the minimum", "amount.value")
    return cents


def _json(payload: Any, status: int = 200) -> web.Response:
    return web.json_response(payload, status=status, content_type=HAL)
