"""Joining a school with an invite (or another parent's family code), and the admin's
approval when the school asks for it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.members.family import (
    invitation,
    join_family,
    share_on_approval,
    unshare_on_rejection,
)
from core.members.invites import consume_invite, find_usable_invite
from core.members.privacy import PRIVACY_VERSION
from core.members.service import add_child, admins_of, has_role
from core.members.validation import clean_name
from core.models import Identity, Invite, Member, MemberStatus, Role, RoleKind, School
from core.outbox import Button, enqueue_for_member
from core.sel.ledger import account_of


@dataclass
class ChildDraft:
    first_name: str
    class_id: int


@dataclass
class RegistrationDraft:
    invite_code: str | None  # the school's code, or else
    locale: str
    first_name: str
    last_name: str
    phone: str | None = None
    email: str | None = None
    consent: bool = False
    children: list[ChildDraft] = field(default_factory=list)
    family_code: str | None = None  # a parent's code: their school, and their children shared


def needs_children(invite: Invite) -> bool:
    return invite.role == RoleKind.PARENT


async def register(
    session: AsyncSession, channel: str, external_id: str, draft: RegistrationDraft
) -> Member:
    """Create the member, identity, roles and children from a completed draft."""
    existing = await session.scalar(
        select(Identity).where(Identity.channel == channel, Identity.external_id == external_id)
    )
    if existing is not None:
        raise DomainError("start-already-registered")
    if not draft.consent:
        raise DomainError("start-consent-required")
    if draft.family_code is not None:  # the other parent's code: a parent of their school
        invite, shared = None, await invitation(session, draft.family_code)
        if shared is None:
            raise DomainError("family-code-invalid")
        school_id = shared.parent.school_id
    else:
        invite = await find_usable_invite(session, draft.invite_code)
        if needs_children(invite) and not draft.children:
            raise DomainError("start-children-required")
        await consume_invite(session, invite)
        school_id = invite.school_id
    school = await session.get_one(School, school_id)

    pending = school.approval_required and (invite is None or invite.role == RoleKind.PARENT)
    member = Member(
        school_id=school.id,
        first_name=clean_name(draft.first_name),
        last_name=clean_name(draft.last_name),
        phone=draft.phone,
        email=draft.email,
        locale=draft.locale,
        status=MemberStatus.PENDING if pending else MemberStatus.ACTIVE,
        consent_version=PRIVACY_VERSION,
        consent_at=utcnow(),
    )
    session.add(member)
    await session.flush()
    session.add(Identity(member_id=member.id, channel=channel, external_id=external_id,
                         last_seen_at=utcnow()))
    await _grant(session, member, invite)
    for child in draft.children:
        await add_child(session, member, child.first_name, child.class_id)
    if draft.family_code is not None:
        await join_family(session, member, draft.family_code)
    await account_of(session, member)  # the SEL account, with its opening balance
    await session.flush()
    await session.refresh(member, ["roles"])
    return member


async def _grant(session: AsyncSession, member: Member, invite: Invite | None) -> None:
    kinds = {RoleKind.PARENT.value, invite.role if invite else RoleKind.PARENT.value}
    for kind in sorted(kinds):
        class_id = invite.class_id if invite and kind == RoleKind.CLASS_REP else None
        session.add(Role(school_id=member.school_id, member_id=member.id, kind=kind,
                         class_id=class_id))
    await session.flush()


async def redeem_for_member(session: AsyncSession, member: Member, code: str) -> Invite:
    """A registered member opens a rep or admin invite of their school: grant the role."""
    invite = await find_usable_invite(session, code)
    if invite.school_id != member.school_id:
        raise DomainError("start-code-other-school")
    class_id = invite.class_id if invite.role == RoleKind.CLASS_REP else None
    if invite.role == RoleKind.PARENT or has_role(member, invite.role, class_id):
        raise DomainError("start-already-registered")
    await consume_invite(session, invite)
    session.add(Role(school_id=member.school_id, member_id=member.id, kind=invite.role,
                     class_id=class_id))
    await session.flush()
    await session.refresh(member, ["roles"])
    return invite


async def request_approval(
    session: AsyncSession, member: Member, buttons: list[list[Button]]
) -> int:
    """Tell every admin of the school that a registration waits; returns how many."""
    admins = await admins_of(session, member.school_id)
    for admin in admins:
        await enqueue_for_member(
            session,
            admin,
            purpose=f"approval-request:{member.id}",
            message_id="approval-request",
            args={"name": member.full_name},
            buttons=buttons,
            priority=3,
        )
    return len(admins)


async def decide(session: AsyncSession, admin: Member, member_id: int, approve: bool,
                 menu: list[list[Button]] | None = None) -> Member:
    """Approve or reject a pending registration; a second decision is refused. An approved
    member's news carries `menu`, the channel's buttons for a first step."""
    if not has_role(admin, RoleKind.ADMIN):
        raise DomainError("access-admin-only")
    member = await session.get(Member, member_id, with_for_update=True)
    if member is None or member.school_id != admin.school_id:
        raise DomainError("approval-not-found")
    if member.status != MemberStatus.PENDING:
        raise DomainError("approval-already-decided", name=member.full_name, status=member.status)
    member.status = MemberStatus.ACTIVE if approve else MemberStatus.REJECTED
    # Registered with a family code: the code owner's list changes only now.
    await (share_on_approval if approve else unshare_on_rejection)(session, member)
    await enqueue_for_member(
        session,
        member,
        purpose="approval-decision",
        message_id="start-approved" if approve else "start-rejected",
        buttons=menu if approve else None,
        priority=3,
    )
    await session.flush()
    return member
