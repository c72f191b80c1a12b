"""Who a school item is for: the whole school, or the families and reps of some classes.

Shared by events, announcements and group orders so that "for P3" means the same everywhere.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.i18n import Translate
from core.members.service import has_role
from core.models import Child, Member, MemberChild, MemberStatus, Role, RoleKind, SchoolClass
from core.models.school import CLASS_CODES
from core.outbox import enqueue_for_member, labels_arg


def of_classes(class_ids: list[int] | Select) -> Select:
    """Ids of the members with a child in these classes, and of their class reps."""
    reps = select(Role.member_id).where(Role.class_id.in_(class_ids))
    return parents_in(class_ids).union(reps)


def parents_in(class_ids: list[int] | Select) -> Select:
    """Ids of the members with a child in these classes: their families, reps left out."""
    return (select(MemberChild.member_id).join(Child, Child.id == MemberChild.child_id)
            .where(Child.class_id.in_(class_ids)))


def classes_of_member(member_id: Any) -> Select:
    """Ids of the classes a member is in the audience of: their children's, and those
    they represent (the other way round from `of_classes`)."""
    children = (select(Child.class_id).join(MemberChild, MemberChild.child_id == Child.id)
                .where(MemberChild.member_id == member_id))
    represented = select(Role.class_id).where(Role.member_id == member_id,
                                              Role.class_id.is_not(None))
    return children.union(represented)


def reaches(member: Member, class_id: Any, of_item: ColumnElement[bool]) -> ColumnElement[bool]:
    """In SQL, the items (events, orders) whose audience takes the member in by its
    classes: one for the whole school (no class linked) or one of a class of theirs;
    every one, for an admin. `class_id`: the link table's class column; `of_item`: its
    rows of the item, correlated (`EventClass.event_id == Event.id`)."""
    if has_role(member, RoleKind.ADMIN):
        return true()
    return reaches_by_classes(member.id, class_id, of_item)


def reaches_by_classes(member_id: Any, class_id: Any,
                       of_item: ColumnElement[bool]) -> ColumnElement[bool]:
    """`reaches` for a member who is no admin; `member_id` may be a bind parameter, for
    a statement built once."""
    linked = select(class_id).where(of_item)
    return or_(~linked.exists(),
               linked.where(class_id.in_(classes_of_member(member_id))).exists())


async def members_for(session: AsyncSession, school_id: int,
                      class_ids: list[int] | None, *, reps: bool = True) -> list[Member]:
    """Active members, each once; every member of the school when no classes are given.
    `reps=False`: of the classes, their families only, not a rep who has no child there."""
    query = select(Member).where(Member.school_id == school_id,
                                 Member.status == MemberStatus.ACTIVE)
    if class_ids:
        query = query.where(Member.id.in_(of_classes(class_ids) if reps
                                          else parents_in(class_ids)))
    return list(await session.scalars(query.order_by(Member.id)))


async def belongs_to(session: AsyncSession, member: Member, school_id: int,
                     class_ids: list[int]) -> bool:
    """Whether the member is in that audience (admins see everything of their school)."""
    if member.school_id != school_id:
        return False
    if has_role(member, RoleKind.ADMIN) or not class_ids:
        return True
    found = await session.scalar(select(Member.id).where(
        Member.id == member.id, Member.id.in_(of_classes(class_ids))))
    return found is not None


def organiser_classes(member: Member) -> set[int] | None:
    """The classes a member may organise for; None means any audience (an admin)."""
    if has_role(member, RoleKind.ADMIN):
        return None
    return {r.class_id for r in member.roles if r.kind == RoleKind.CLASS_REP and r.class_id}


def represents_all(member: Member, class_ids: list[int] | set[int]) -> bool:
    """Whether the member is a class rep of every one of these classes (at least one), and
    not an admin: what a rep may manage as a co-rep of its creator (two reps of one class
    share its events and group orders). An admin manages as such; nothing for the whole
    school is a co-rep's."""
    represented = organiser_classes(member)
    classes = set(class_ids)
    return bool(represented) and bool(classes) and classes <= (represented or set())


async def class_labels(session: AsyncSession, class_ids: list[int]) -> list[str]:
    """The Fluent ids of these classes' names, in the school's order ("class-p3", ...):
    for labels_arg, so that each recipient reads them in their language."""
    codes = await session.scalars(select(SchoolClass.code).where(SchoolClass.id.in_(class_ids)))
    order = {code: index for index, code in enumerate(CLASS_CODES)}
    return [f"class-{code.lower()}"
            for code in sorted(codes, key=lambda code: (order.get(code, len(order)), code))]


async def tell_creator(session: AsyncSession, creator_id: int, actor: Member, *, purpose: str,
                       message_id: str, class_ids: list[int], urgent: bool = False,
                       **args: Any) -> None:
    """Someone managing a school item (an event, a group order, an announcement) who did
    not create it — a rep of all its classes, or an admin — did something to it: its
    creator hears who did what, in their language ("Camille Dubois (rep of P3) …",
    "Sophie Lambert (admin) …": `name`, `role`, `classes`, and `args`). The one who did it
    sees it in their chat; what the creator does is not told. One message for each thing
    done: `purpose` gets a stamp (a purpose holds 64 characters)."""
    if actor.id == creator_id:
        return
    creator = await session.get(Member, creator_id)
    if creator is None or creator.status != MemberStatus.ACTIVE:
        return
    stamp = int(utcnow().timestamp() * 1_000_000)
    await enqueue_for_member(
        session, creator, purpose=f"{purpose}:{stamp}", message_id=message_id,
        args={"name": actor.full_name,
              "role": "admin" if organiser_classes(actor) is None else "rep",
              "classes": labels_arg(await class_labels(session, class_ids)), **args},
        urgent=urgent)


def check_organiser(member: Member, class_ids: list[int], *, not_organiser: str,
                    not_own_classes: str) -> None:
    """Admins address anyone; class reps only their own classes; others nobody."""
    allowed = organiser_classes(member)
    if allowed is None:
        return
    if not allowed:
        raise DomainError(not_organiser)
    if not class_ids or not set(class_ids) <= allowed:
        raise DomainError(not_own_classes)


def check_classes_ticked(member: Member, class_ids: list[int]) -> None:
    """"Done" with no class ticked: for a class rep a step left out, not a trespass (for an
    admin, no class is the whole school)."""
    if not class_ids and organiser_classes(member):
        raise DomainError("audience-pick-classes")


async def classes_of_families(session: AsyncSession, member_ids: list[int]
                              ) -> dict[int, list[str]]:
    """The class codes of each member's children, in the school's order: where to hand
    things out, and what tells two families of the same name apart."""
    rows = await session.execute(
        select(MemberChild.member_id, SchoolClass.code).distinct()
        .join(Child, Child.id == MemberChild.child_id)
        .join(SchoolClass, SchoolClass.id == Child.class_id)
        .where(MemberChild.member_id.in_(member_ids)))
    classes: dict[int, list[str]] = {}
    for member_id, code in rows:
        classes.setdefault(member_id, []).append(code)
    order = {code: index for index, code in enumerate(CLASS_CODES)}
    return {member_id: sorted(codes, key=lambda code: (order.get(code, len(order)), code))
            for member_id, codes in classes.items()}


def classes_cell(t: Translate, codes: list[str]) -> str:
    """A family's classes as one spreadsheet cell, in the reader's language."""
    return ", ".join(t(f"class-{code.lower()}") for code in codes)


async def names_told_apart(session: AsyncSession, people: list[Member], t: Translate
                           ) -> dict[int, str]:
    """Each person's full name for a choice among them; two of the same name also show
    their children's classes ("Camille Martin · P2"), else the buttons look the same."""
    names = Counter(person.full_name.casefold() for person in people)
    twins = [p.id for p in people if names[p.full_name.casefold()] > 1]
    classes = await classes_of_families(session, twins) if twins else {}
    return {person.id: (f"{person.full_name} · {classes_cell(t, classes[person.id])}"
                        if classes.get(person.id) else person.full_name)
            for person in people}
