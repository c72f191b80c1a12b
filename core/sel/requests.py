"""Payment requests: the payee asks, the payer accepts (a transfer) or declines; until
then the payee may withdraw it (the wrong person, the wrong amount).

Pending requests move nothing and count in no balance; they expire after 14 days.
The accepted transfer's id is the request's id, so accepting twice pays once.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from core.clock import utcnow
from core.errors import DomainError
from core.models import Member, RequestStatus, SelRequest, TransferKind
from core.sel.amounts import checked_units
from core.sel.ledger import TransferResult, clean_note, new_transfer_id, pay

REQUEST_LIFETIME = timedelta(days=14)


async def create_request(session: AsyncSession, requester: Member, payer: Member, units: int,
                         note: str | None, request_id: str | None = None) -> SelRequest:
    """`request_id` is chosen when the requester is asked to confirm, so that a second tap
    (or an old Cancel) finds the request the first tap sent."""
    if payer.id == requester.id:
        raise DomainError("sel-pay-self")
    if payer.school_id != requester.school_id or not payer.is_active:
        raise DomainError("sel-member-not-found")
    request = SelRequest(id=request_id or new_transfer_id(), school_id=requester.school_id,
                         requester_id=requester.id, payer_id=payer.id,
                         units=checked_units(units), note=clean_note(note),
                         expires_at=utcnow() + REQUEST_LIFETIME)
    session.add(request)
    await session.flush()
    return request


def _open_requests(member_side: InstrumentedAttribute[int],
                   other_side: InstrumentedAttribute[int]) -> Any:
    """A member's pending requests on one side (asked of them, or by them), with the
    member on the other side, oldest first."""
    return (select(SelRequest, Member).join(Member, Member.id == other_side)
            .where(member_side == bindparam("member_id"),
                   SelRequest.status == RequestStatus.PENDING,
                   SelRequest.expires_at > bindparam("now"))
            .order_by(SelRequest.created_at).limit(bindparam("limit")))


# Both read on every /balance, so built once: building them cost about half as much as
# running them.
_WAITING_ON = _open_requests(SelRequest.payer_id, SelRequest.requester_id)
_SENT_BY = _open_requests(SelRequest.requester_id, SelRequest.payer_id)


async def waiting_on(session: AsyncSession, payer: Member, limit: int = 5
                     ) -> list[tuple[SelRequest, Member]]:
    """Requests the payer has not answered yet, with who asks, oldest first: the notice
    may be long gone (or was only a line of text on WhatsApp)."""
    rows = await session.execute(_WAITING_ON, {"member_id": payer.id, "now": utcnow(),
                                               "limit": limit})
    return [(request, requester) for request, requester in rows]


async def sent_by(session: AsyncSession, requester: Member, limit: int = 5
                  ) -> list[tuple[SelRequest, Member]]:
    """The member's own requests still waiting for an answer, with whom they asked."""
    rows = await session.execute(_SENT_BY, {"member_id": requester.id, "now": utcnow(),
                                            "limit": limit})
    return [(request, payer) for request, payer in rows]


async def _locked(session: AsyncSession, request_id: str) -> SelRequest | None:
    request = await session.get(SelRequest, request_id, with_for_update=True)
    if request is not None and request.status == RequestStatus.PENDING \
            and request.expires_at <= utcnow():
        request.status = RequestStatus.EXPIRED
    return request


async def _pending_for(session: AsyncSession, payer: Member, request_id: str) -> SelRequest:
    request = await _locked(session, request_id)
    if request is None or request.payer_id != payer.id:
        raise DomainError("sel-request-not-found")
    if request.status != RequestStatus.PENDING:
        raise DomainError(f"sel-request-{request.status}")
    return request


async def withdraw(session: AsyncSession, requester: Member, request_id: str) -> SelRequest:
    """The requester takes the request back: it can no longer be paid. Too late once
    answered (paid: the units have moved, and only a payment back returns them)."""
    request = await _locked(session, request_id)
    if request is None or request.requester_id != requester.id:
        raise DomainError("sel-request-not-found")
    if request.status != RequestStatus.PENDING:
        raise DomainError("sel-withdraw-too-late", status=request.status)
    request.status, request.decided_at = RequestStatus.WITHDRAWN, utcnow()
    await session.flush()
    return request


async def accept(session: AsyncSession, payer: Member, request_id: str
                 ) -> tuple[SelRequest, TransferResult]:
    request = await _pending_for(session, payer, request_id)
    requester = await session.get_one(Member, request.requester_id)
    result = await pay(session, transfer_id=request.id, payer=payer, payee=requester,
                       units=request.units, note=request.note, kind=TransferKind.REQUEST)
    request.status, request.decided_at = RequestStatus.ACCEPTED, utcnow()
    await session.flush()
    return request, result


async def decline(session: AsyncSession, payer: Member, request_id: str) -> SelRequest:
    request = await _pending_for(session, payer, request_id)
    request.status, request.decided_at = RequestStatus.DECLINED, utcnow()
    await session.flush()
    return request


async def expire_due(session: AsyncSession) -> list[SelRequest]:
    """Mark every overdue pending request expired; returns them so requesters are told."""
    due = list(await session.scalars(
        select(SelRequest)
        .where(SelRequest.status == RequestStatus.PENDING, SelRequest.expires_at <= utcnow())
        .with_for_update(skip_locked=True)
    ))
    for request in due:
        request.status, request.decided_at = RequestStatus.EXPIRED, utcnow()
    await session.flush()
    return due
