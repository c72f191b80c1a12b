"""A class's families, for its class reps: who has joined, with which children, and how to
reach them when they chose to leave a phone number or an e-mail address.

A family is the parents who share a child of the class (core.members.family links them):
two parents of Léa are one family, not two, in the list and in its count.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.folding import folded
from core.members.households import Together
from core.models import Child, Member, MemberChild, MemberStatus


@dataclass
class Family:
    parents: list[Member]
    children: list[str]  # first names, in the class only


async def families_of_class(session: AsyncSession, class_id: int) -> list[Family]:
    """The class's registered families, by the first parent's last name."""
    rows = (await session.execute(
        select(Member, Child).join(MemberChild, MemberChild.member_id == Member.id)
        .join(Child, Child.id == MemberChild.child_id)
        .where(Child.class_id == class_id, Member.status == MemberStatus.ACTIVE)
        .order_by(folded(Member.last_name), folded(Member.first_name), Member.id,
                  Child.id))).all()
    together = Together()
    for parent, child in rows:
        together.join(("parent", parent.id), ("child", child.id))
    families: dict[tuple[str, int], Family] = {}
    listed: set[int] = set()
    for parent, child in rows:  # in name order, so families come in that order too
        family = families.setdefault(together.root(("parent", parent.id)), Family([], []))
        if parent not in family.parents:
            family.parents.append(parent)
        if child.id not in listed:
            listed.add(child.id)
            family.children.append(child.first_name)
    return list(families.values())

