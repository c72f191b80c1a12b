"""Members: who is talking, their roles, and the small things they change about themselves."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from core.clock import utcnow
from core.errors import DomainError
from core.i18n import normalize_locale
from core.members.validation import clean_name
from core.models import Child, Identity, Member, MemberChild, Role, RoleKind, SchoolClass
from core.outbox.service import release_awaiting
from core.schools import get_class, get_school
from core.schools.year import placing_for, school_today

SEEN_RESOLUTION = timedelta(minutes=5)


# Run on every update, so built once: building the statement cost more than running it.
_MEMBER_PATH = joinedload(Identity.member)
_IDENTITY_WITH_MEMBER = (
    select(Identity)
    .where(Identity.channel == bindparam("channel"),
           Identity.external_id == bindparam("external_id"))
    .options(_MEMBER_PATH.joinedload(Member.roles), _MEMBER_PATH.joinedload(Member.school))
)


async def find_by_identity(session: AsyncSession, channel: str, external_id: str,
                           in_private_chat: bool = True) -> Member | None:
    # One query on every update: identity, member, roles and school joined.
    result = await session.execute(_IDENTITY_WITH_MEMBER,
                                   {"channel": channel, "external_id": external_id})
    identity = result.unique().scalar_one_or_none()
    if identity is None:
        return None
    if identity.unreachable and in_private_chat:
        # Marked when the app refused our message (the bot blocked, a number WhatsApp
        # could not reach); writing to the bot again says it reaches them now.
        identity.unreachable = False
    # Written at most every few minutes: it drives WhatsApp's 24 h window, not analytics.
    now = utcnow()
    if identity.last_seen_at is None or now - identity.last_seen_at > SEEN_RESOLUTION:
        if identity.last_seen_at is not None:  # back after a while: what waited for them
            await release_awaiting(session, identity.member_id)
        identity.last_seen_at = now
    return identity.member


def has_role(member: Member, kind: str, class_id: int | None = None) -> bool:
    return any(
        r.kind == kind and (class_id is None or r.class_id == class_id) for r in member.roles
    )


def role_names(member: Member) -> set[str]:
    return {r.kind for r in member.roles}


async def admins_of(session: AsyncSession, school_id: int) -> list[Member]:
    rows = await session.scalars(
        select(Member)
        .join(Role, Role.member_id == Member.id)
        .where(Role.school_id == school_id, Role.kind == RoleKind.ADMIN, Member.status == "active")
        .distinct()
    )
    return list(rows)


async def rename(session: AsyncSession, member: Member, first_name: str, last_name: str) -> None:
    member.first_name = clean_name(first_name)
    member.last_name = clean_name(last_name)
    await session.flush()


async def update_contact(
    session: AsyncSession, member: Member, phone: str | None, email: str | None
) -> None:
    """Replace what was given; a detail not given is kept."""
    member.phone = phone or member.phone
    member.email = email or member.email
    await session.flush()


async def clear_contact(session: AsyncSession, member: Member) -> None:
    member.phone = member.email = None
    await session.flush()


async def set_locale(session: AsyncSession, member: Member, locale: str) -> None:
    chosen = normalize_locale(locale)
    if chosen is None:
        raise DomainError("language-unknown")
    member.locale = chosen
    await session.flush()


async def children_of(session: AsyncSession, member: Member) -> list[tuple[Child, SchoolClass]]:
    return (await children_by_member(session, [member.id])).get(member.id, [])


async def children_by_member(session: AsyncSession, member_ids: list[int]
                             ) -> dict[int, list[tuple[Child, SchoolClass]]]:
    """Each member's children with their class, in one query for a page of members."""
    rows = await session.execute(
        select(MemberChild.member_id, Child, SchoolClass)
        .join(Child, MemberChild.child_id == Child.id)
        .join(SchoolClass, SchoolClass.id == Child.class_id)
        .where(MemberChild.member_id.in_(member_ids))
        .order_by(Child.id)
    )
    children: dict[int, list[tuple[Child, SchoolClass]]] = {}
    for member_id, child, klass in rows:
        children.setdefault(member_id, []).append((child, klass))
    return children


MAX_CHILDREN = 12


async def add_child(
    session: AsyncSession, member: Member, first_name: str, class_id: int
) -> Child:
    klass, placed_for = await chosen_class(session, member.school_id, class_id)
    count = await session.scalar(
        select(func.count()).select_from(MemberChild).where(MemberChild.member_id == member.id)
    )
    if (count or 0) >= MAX_CHILDREN:
        raise DomainError("children-too-many", max=MAX_CHILDREN)
    child = Child(
        school_id=member.school_id,
        first_name=clean_name(first_name, "children-name-invalid"),
        class_id=klass.id,
        placed_for=placed_for,
    )
    session.add(child)
    await session.flush()
    session.add(MemberChild(member_id=member.id, child_id=child.id))
    await session.flush()
    return child


async def own_child(session: AsyncSession, member: Member, child_id: int) -> Child:
    child = await session.scalar(
        select(Child)
        .join(MemberChild, MemberChild.child_id == Child.id)
        .where(MemberChild.member_id == member.id, Child.id == child_id)
    )
    if child is None:
        raise DomainError("children-not-found")
    return child


async def move_child(
    session: AsyncSession, member: Member, child_id: int, class_id: int
) -> tuple[Child, SchoolClass]:
    child = await own_child(session, member, child_id)
    klass, child.placed_for = await chosen_class(session, member.school_id, class_id)
    child.class_id = klass.id
    await session.flush()
    return child, klass


async def chosen_class(session: AsyncSession, school_id: int, class_id: int
                       ) -> tuple[SchoolClass, str | None]:
    """The class a parent chose for a child, and the coming school year it was given for
    (core/schools/year.py: placing_for). A class button of a year the school has since
    left (asked before the new year started) stands for the same level now."""
    klass = await get_class(session, school_id, class_id)
    school = await get_school(session, school_id)
    if klass.school_year != school.school_year:
        klass = await session.scalar(select(SchoolClass).where(
            SchoolClass.school_id == school_id, SchoolClass.school_year == school.school_year,
            SchoolClass.code == klass.code)) or klass
    return klass, placing_for(school, school_today(school))


async def remove_child(session: AsyncSession, member: Member, child_id: int) -> Child:
    """Unlink the child; the record goes only when no other parent is linked to it."""
    child = await own_child(session, member, child_id)
    await session.execute(
        delete(MemberChild).where(
            MemberChild.member_id == member.id, MemberChild.child_id == child.id
        )
    )
    others = await session.scalar(
        select(func.count()).select_from(MemberChild).where(MemberChild.child_id == child.id)
    )
    if not others:
        await session.delete(child)
    await session.flush()
    return child
