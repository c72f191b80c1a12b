"""One member, several chat apps: a code made on one channel adds the other.

The code is short-lived and single-use; the new identity joins the member who asked for
it, so a parent keeps one profile, one SEL account and one set of children everywhere.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from core.clock import utcnow
from core.errors import DomainError
from core.folding import fold, folded
from core.members.invites import new_code, normalize_code
from core.models import Identity, LinkCode, LinkPurpose, Member, MemberStatus

VALID_FOR = timedelta(minutes=15)


async def create_link_code(session: AsyncSession, member: Member) -> LinkCode:
    link = LinkCode(code=new_code(), member_id=member.id, expires_at=utcnow() + VALID_FOR)
    session.add(link)
    await session.flush()
    return link


async def is_chat_app_code(session: AsyncSession, text: str | None) -> bool:
    """Whether a typed code is one made by /link (used or not), not an invite."""
    link = await session.get(LinkCode, normalize_code(text))
    return link is not None and link.purpose == LinkPurpose.CHAT_APP


async def link_identity(session: AsyncSession, text: str | None, channel: str,
                        external_id: str) -> Member:
    """Attach this chat to the member whose code it is; refuse anything doubtful."""
    link = await session.get(LinkCode, normalize_code(text), with_for_update=True)
    now = utcnow()
    if link is None or link.used_at is not None or link.expires_at <= now:
        raise DomainError("linking-code-invalid")
    if link.purpose == LinkPurpose.FAMILY:
        raise DomainError("family-code-not-for-link", code=link.code)
    member = await session.get_one(Member, link.member_id,
                                   options=[selectinload(Member.roles)])  # for their menu
    if member.status != MemberStatus.ACTIVE:
        raise DomainError("linking-code-invalid")
    taken = await session.scalar(select(Identity).where(Identity.channel == channel,
                                                        Identity.external_id == external_id))
    if taken is not None:
        raise DomainError("linking-already-registered")
    link.used_at = now
    session.add(Identity(member_id=member.id, channel=channel, external_id=external_id,
                         last_seen_at=now))
    await session.flush()
    return member


async def registered_with_number(session: AsyncSession, school_id: int, phone: str,
                                 channel: str) -> Member | None:
    """A member of the school who gave this phone number and does not use this chat app
    yet: a stranger writing from that number (WhatsApp vouches for it) is most likely
    them, about to register a second time instead of linking."""
    return await session.scalar(
        select(Member)
        .where(Member.school_id == school_id, Member.phone == phone,
               Member.status == MemberStatus.ACTIVE,
               ~select(Identity.id).where(Identity.member_id == Member.id,
                                          Identity.channel == channel).exists())
        .limit(1))


async def registered_with_name(session: AsyncSession, school_id: int, first_name: str,
                               last_name: str) -> bool:
    """A member of the school (or one waiting for approval) of this very name: most
    likely the person registering a second time from another chat app instead of
    linking it (a second account, units and children counted twice)."""
    return await session.scalar(
        select(Member.id)
        .where(Member.school_id == school_id,
               Member.status.in_((MemberStatus.ACTIVE, MemberStatus.PENDING)),
               folded(Member.first_name) == fold(first_name),
               folded(Member.last_name) == fold(last_name))
        .limit(1)) is not None
