"""Plumbing records are kept only as long as they serve (RGPD's storage limitation).

- dedupe marks of processed updates: while a channel may still redeliver (own setting);
- WhatsApp's inbox rows: normally deleted once processed; a leftover goes after the
  retention period;
- outbox rows that are done (sent, failed, blocked, expired, cancelled): deleted after
  the retention period, except kinds whose *existence* still matters, which only lose
  their texts: contact messages about SEL posts and replies to announcements (they allow
  the recipient to answer, `core.sel.posts.may_write`,
  `core.announcements.replies.addressees`) and announcement deliveries (they make an
  announcement's delivery figures); one of these whose text alone went (a WhatsApp
  template) no longer waits to go whole once the person writes;
- conversation drafts (FSM state) left untouched for the retention period;
- files nothing uses any more (a discarded draft's photo, a replaced one, an order wizard
  left halfway) once older than the retention period;
- registrations the school refused: not members, so their personal data is erased (as
  by /forgetme) once the registration is older than the retention period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Text, cast, delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.members.erasure import erase_member
from core.models import (
    Announcement,
    Attachment,
    FsmRecord,
    GroupOrder,
    InboundEvent,
    Member,
    MemberStatus,
    OutboxMessage,
    OutboxStatus,
)
from core.updates import purge_processed

DONE = (*OutboxStatus.DELIVERED, OutboxStatus.FAILED, OutboxStatus.BLOCKED, OutboxStatus.EXPIRED,
        OutboxStatus.CANCELLED)
KEPT_WITHOUT_TEXT = ("posts-contact:", "announcement:", "announcement-reply:")


@dataclass(frozen=True)
class Purged:
    processed_updates: int
    inbound_events: int
    outbox_deleted: int
    outbox_emptied: int
    conversations: int
    attachments: int
    refused_registrations: int


async def purge_expired(session: AsyncSession, *, retention_days: int,
                        processed_update_days: int) -> Purged:
    cutoff = utcnow() - timedelta(days=retention_days)
    inbound = await session.execute(delete(InboundEvent).where(
        InboundEvent.received_at < cutoff))
    deleted, emptied = await _purge_outbox(session, cutoff)
    conversations = await session.execute(delete(FsmRecord).where(
        FsmRecord.updated_at < cutoff))
    unused = await session.execute(delete(Attachment).where(
        Attachment.created_at < cutoff,
        *(Attachment.id.not_in(select(column).where(column.is_not(None)))
          for column in (Announcement.attachment_id, GroupOrder.attachment_id,
                         OutboxMessage.attachment_id))))
    refused = list(await session.scalars(select(Member.id).where(
        Member.status == MemberStatus.REJECTED, Member.created_at < cutoff)))
    for member_id in refused:
        await erase_member(session, member_id, actor="retention")
    return Purged(await purge_processed(session, processed_update_days), inbound.rowcount,
                  deleted, emptied, conversations.rowcount, unused.rowcount, len(refused))


async def _purge_outbox(session: AsyncSession, cutoff: datetime) -> tuple[int, int]:
    old = (OutboxMessage.status.in_(DONE), OutboxMessage.created_at < cutoff)
    kept = or_(*(OutboxMessage.purpose.startswith(prefix) for prefix in KEPT_WITHOUT_TEXT))
    deleted = await session.execute(delete(OutboxMessage).where(*old, ~kept))
    emptied = await session.execute(
        update(OutboxMessage).where(*old, kept, cast(OutboxMessage.message_args, Text) != "{}")
        .values(message_args={}))
    # Only its text went (a WhatsApp template): with no text left, no whole copy follows
    # when the person writes again (it would say nothing).
    await session.execute(update(OutboxMessage).where(
        *old, kept, OutboxMessage.status == OutboxStatus.AWAITING_REPLY)
        .values(status=OutboxStatus.SENT))
    return deleted.rowcount, emptied.rowcount
