"""What the members of a corrected or re-limited account are told, whoever made the
change (an admin in the chat or in the panel)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from core.models import Member, SelAccount, SelTransfer
from core.outbox import enqueue_for_member, units_arg


async def notify_reversal(session: AsyncSession, reversal: SelTransfer, reason: str) -> None:
    """Both members of a reversed transfer: what moved back, why, and their balance."""
    for account_id in (reversal.payer_account_id, reversal.payee_account_id):
        account = await session.get_one(SelAccount, account_id)
        if account.member_id is None:
            continue
        await session.refresh(account, ["balance"])  # the ledger moved it with a statement
        owner = await session.get_one(Member, account.member_id)
        signed = reversal.units if account_id == reversal.payee_account_id else -reversal.units
        await enqueue_for_member(session, owner, purpose=f"sel-reversal:{reversal.id}",
                                 message_id="sel-reversal-notice",
                                 args={"amount": units_arg(signed), "reason": reason,
                                       "balance": units_arg(account.balance)})


async def notify_limits(session: AsyncSession, owner: Member, low: int, high: int,
                        occasion: str) -> None:
    """The account's owner learns their new limits; `occasion` tells changes apart."""
    await enqueue_for_member(session, owner, purpose=f"sel-limits:{low}:{high}:{occasion}",
                             message_id="sel-limits-notice",
                             args={"low": units_arg(low), "high": units_arg(high)})
