"""Two parents, one set of children: a parent makes a code, the children's other parent
(registered on their own, with their own name and SEL account) sends it, and from then on
both see and manage the same children records.

Whoever registered first typed the children; the other parent usually typed them again
when registering. Those duplicates (same first name, accents and case aside, in the same
class, or the same class once the coming year starts: see _twin_of) become one child,
so that class lists and the school's figures count each child once. Children only one
of the two had are shared too: a family has one list, and one answer to each event (see
_one_answer_each_event).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.events.notices import tell_promoted
from core.events.service import merge_family_answers
from core.folding import fold
from core.members.households import with_co_parents
from core.members.invites import new_code, normalize_code
from core.members.service import MAX_CHILDREN, add_child, children_of, move_child, own_child
from core.models import (
    CLASS_CODES,
    Child,
    LinkCode,
    LinkPurpose,
    Member,
    MemberChild,
    MemberStatus,
    SchoolClass,
)
from core.outbox.service import enqueue_for_member, label_arg, names_arg

VALID_FOR = timedelta(days=7)  # long enough to reach a parent who is away this week
ChildRow = tuple[Child, SchoolClass]


async def family_code(session: AsyncSession, member: Member) -> LinkCode:
    """The member's family code: the one still valid, or a new one (a double tap, or
    asking again tomorrow, gives the same code rather than a second one)."""
    if not await children_of(session, member):
        raise DomainError("family-no-children")
    now = utcnow()
    current = await session.scalar(
        select(LinkCode).where(LinkCode.member_id == member.id,
                               LinkCode.purpose == LinkPurpose.FAMILY,
                               LinkCode.used_at.is_(None), LinkCode.expires_at > now)
        .order_by(LinkCode.expires_at.desc()).limit(1))
    if current is not None:
        return current
    code = LinkCode(code=new_code(), member_id=member.id, purpose=LinkPurpose.FAMILY,
                    expires_at=now + VALID_FOR)
    session.add(code)
    await session.flush()
    return code


@dataclass(frozen=True)
class Invitation:
    """What a family code offers someone not registered yet: the school of the parent
    who made it, and the children they will share."""

    code: str
    parent: Member
    children: list[tuple[Child, SchoolClass]]


async def invitation(session: AsyncSession, text: str | None) -> Invitation | None:
    """The family code a /start or /family holds, if it is one (None: not a family code,
    perhaps the school's invite code); a used or expired one is refused."""
    link = await session.get(LinkCode, normalize_code(text))
    if link is None or link.purpose != LinkPurpose.FAMILY:
        return None
    parent = await _parent_of(session, link)
    return Invitation(code=link.code, parent=parent,
                      children=await children_of(session, parent))


async def is_family_code(session: AsyncSession, text: str | None) -> bool:
    """Whether a code a member typed is a family code (used or not), not an invite."""
    link = await session.get(LinkCode, normalize_code(text))
    return link is not None and link.purpose == LinkPurpose.FAMILY


@dataclass(frozen=True)
class Joined:
    other_parent: Member
    children: list[str]  # the family's children's first names, after joining
    merged: int  # children both parents had typed, now one record each


async def join_family(session: AsyncSession, member: Member, text: str | None) -> Joined:
    """Share children with the parent whose family code this is; refuse anything doubtful
    and change nothing then. A member still waiting for the school's approval only joins
    the code owner's children (which they cannot see yet): their own children reach the
    owner's list, and the owner hears of it, once the school approves them."""
    link = await session.get(LinkCode, normalize_code(text), with_for_update=True)
    if link is None or link.purpose != LinkPurpose.FAMILY:
        raise DomainError("family-code-invalid")
    if link.member_id == member.id:
        raise DomainError("family-code-own")
    other = await _parent_of(session, link)
    if other.school_id != member.school_id:
        raise DomainError("family-code-invalid")
    theirs, mine = await _child_rows(session, other), await _child_rows(session, member)
    if _family_size(theirs, mine) > MAX_CHILDREN:
        raise DomainError("children-too-many", max=MAX_CHILDREN)
    link.used_at = utcnow()
    if member.status == MemberStatus.PENDING:
        for child, _ in theirs:
            await _link(session, member.id, child.id)
        names = [child.first_name for child, _ in await children_of(session, member)]
        return Joined(other_parent=other, children=names, merged=0)
    return await _share(session, member, other)


async def share_on_approval(session: AsyncSession, member: Member) -> None:
    """The school approved a parent who registered with a family code: their children
    join the code owner's list now, and the owner is told. Refused, before anything is
    shared, if a list would then hold more than MAX_CHILDREN (the owner added children
    while the registration waited)."""
    others = await other_parents(session, member)
    mine = await _child_rows(session, member)
    for other in others:
        size = _family_size(await _child_rows(session, other), mine)
        if size > MAX_CHILDREN:
            raise DomainError("approval-too-many-children", name=member.full_name,
                              other=other.full_name, count=size, max=MAX_CHILDREN)
    for other in others:
        await _share(session, member, other)


async def unshare_on_rejection(session: AsyncSession, member: Member) -> None:
    """The school turned down a parent who registered with a family code: they are no
    parent of the code owner's children (who must not count them, nor keep them when
    they erase their data); the children they typed stay theirs only."""
    shared = select(MemberChild.child_id).where(MemberChild.member_id != member.id)
    await session.execute(delete(MemberChild).where(MemberChild.member_id == member.id,
                                                    MemberChild.child_id.in_(shared)))
    await session.flush()


async def _share(session: AsyncSession, member: Member, other: Member) -> Joined:
    """One list for both: children both typed become one record, the others are linked
    to both parents; the other parent is told."""
    theirs, mine = await _child_rows(session, other), await _child_rows(session, member)
    duplicates = _duplicates(theirs, mine)
    for child, _ in mine:
        if child.id in duplicates:
            await _merge_child(session, child, duplicates[child.id])
    for child, _ in theirs:
        await _link(session, member.id, child.id)
    for child, _ in mine:
        if child.id not in duplicates:
            await _link(session, other.id, child.id)
    await session.flush()
    await _one_answer_each_event(session, member)
    names = [child.first_name for child, _ in await children_of(session, member)]
    await enqueue_for_member(session, other, purpose=f"family-joined:{member.id}",
                             message_id="family-joined-notice",
                             args={"name": member.full_name, "children": names_arg(names)})
    return Joined(other_parent=other, children=names, merged=len(duplicates))


async def _one_answer_each_event(session: AsyncSession, member: Member) -> None:
    """Co-parents give one answer per event: answers both parents gave before sharing
    their children become the family's one, the latest (events.merge_family_answers);
    who gets a place it freed is told, as after any answer. The merge itself is told to
    nobody: each parent's card shows the family's answer."""
    family = await with_co_parents(session, [member.id])
    for event, promoted in await merge_family_answers(session, family):
        await tell_promoted(session, event, promoted)


def _family_size(theirs: list[ChildRow], mine: list[ChildRow]) -> int:
    """How many children the joined list will hold: those already shared count once,
    and so do the two records of a child both parents typed."""
    return (len({child.id for child, _ in [*theirs, *mine]})
            - len(_duplicates(theirs, mine)))


def _duplicates(theirs: list[ChildRow], mine: list[ChildRow]) -> dict[int, Child]:
    """My records of children the other parent typed too (not those already shared),
    each with the other parent's record."""
    shared = {child.id for child, _ in theirs}
    return {child.id: twin for child, klass in mine
            if child.id not in shared and (twin := _twin_of(child, klass, theirs)) is not None}


async def _parent_of(session: AsyncSession, link: LinkCode) -> Member:
    """The parent who made the code, while the code can still be used."""
    parent = await session.get_one(Member, link.member_id)
    if (link.used_at is not None or link.expires_at <= utcnow()
            or parent.status != MemberStatus.ACTIVE):
        raise DomainError("family-code-invalid")
    return parent


async def other_parents(session: AsyncSession, member: Member) -> list[Member]:
    """Who else is a parent of the member's children, by name."""
    mine = select(MemberChild.child_id).where(MemberChild.member_id == member.id)
    return list(await session.scalars(
        select(Member).join(MemberChild, MemberChild.member_id == Member.id)
        .where(MemberChild.child_id.in_(mine), Member.id != member.id,
               Member.status == MemberStatus.ACTIVE)
        .distinct().order_by(Member.first_name, Member.id)))


async def add_family_child(session: AsyncSession, member: Member, first_name: str,
                           class_id: int) -> Child:
    """A child one parent adds later (a younger sibling starting school) is on the
    family's one list: the other parents of the member's children have it too."""
    child = await add_child(session, member, first_name, class_id)
    for other in await other_parents(session, member):
        await _link(session, other.id, child.id)
    return child


async def parents_of_child(session: AsyncSession, member: Member, child_id: int
                           ) -> list[Member]:
    """The other active parents of one of the member's children."""
    return list(await session.scalars(
        select(Member).join(MemberChild, MemberChild.member_id == Member.id)
        .where(MemberChild.child_id == child_id, Member.id != member.id,
               Member.status == MemberStatus.ACTIVE)
        .order_by(Member.first_name, Member.id)))


async def move_family_child(session: AsyncSession, member: Member, child_id: int,
                            class_id: int) -> tuple[Child, SchoolClass]:
    """One parent moves a shared child to another class: the other parents are told,
    as the child's class decides which announcements and events reach them too."""
    before = await own_child(session, member, child_id)
    before = (before.class_id, before.placed_for)
    child, klass = await move_child(session, member, child_id, class_id)
    if (klass.id, child.placed_for) == before:
        return child, klass
    args = {"name": member.full_name, "child": child.first_name,
            "klass": label_arg(f"class-{klass.code.lower()}")}
    if child.placed_for:  # from 15 July: the class is next September's
        args["year"] = child.placed_for
    for other in await parents_of_child(session, member, child.id):
        await enqueue_for_member(
            session, other, purpose=f"child-moved:{child.id}:{utcnow().isoformat()}",
            message_id="children-placed-by-other" if child.placed_for
            else "children-moved-by-other", args=args)
    return child, klass


async def _child_rows(session: AsyncSession, member: Member) -> list[ChildRow]:
    return await children_of(session, member)


def _twin_of(child: Child, klass: SchoolClass, others: list[ChildRow]) -> Child | None:
    """The same child typed by the other parent: same first name, and same class or the
    same class once the coming year starts. From 15 July until the school starts it, one
    parent may have given Léa's class before (P2: she goes one class up) and the other
    next September's (P3, core/schools/year.py): both are Léa in P3 then."""
    return next((other for other, their_class in others if other.id != child.id
                 and (other.class_id == child.class_id
                      or _class_once_started(other, their_class)
                      == _class_once_started(child, klass))
                 and fold(other.first_name.strip()) == fold(child.first_name.strip())),
                None)


def _class_once_started(child: Child, klass: SchoolClass) -> int:
    """The child's level once the coming school year starts: the class given for it, or
    else one class up."""
    return CLASS_CODES.index(klass.code) + (0 if child.placed_for else 1)


async def _merge_child(session: AsyncSession, duplicate: Child, kept: Child) -> None:
    """Every parent of the duplicate becomes a parent of the kept record; the duplicate
    goes (nothing else refers to a child record). A class given for the coming school
    year was given after one that was not (from 15 July, every class given is for it):
    the kept record takes it."""
    if duplicate.placed_for and not kept.placed_for:
        kept.class_id, kept.placed_for = duplicate.class_id, duplicate.placed_for
    parents = list(await session.scalars(
        select(MemberChild.member_id).where(MemberChild.child_id == duplicate.id)))
    await session.execute(delete(MemberChild).where(MemberChild.child_id == duplicate.id))
    for parent_id in parents:
        await _link(session, parent_id, kept.id)
    await session.execute(delete(Child).where(Child.id == duplicate.id))


async def _link(session: AsyncSession, member_id: int, child_id: int) -> None:
    linked = await session.get(MemberChild, (member_id, child_id))
    if linked is None:
        session.add(MemberChild(member_id=member_id, child_id=child_id))
        await session.flush()
