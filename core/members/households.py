"""Households: the parents who share a child are one family wherever SchoolHub counts
families ("12 families are invited") or asks a family something once (an event's answer:
once one parent has answered, the other is not chased for it).

Parents are linked through their children (core.members.family shares them); a parent
whose children nobody else has is a household of one.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from core.models import Member, MemberChild, MemberStatus

Node = tuple[str, int]  # ("parent", member id) or ("child", child id)
K = TypeVar("K", bound=Hashable)


class Together:
    """Which parents and children belong together (a union-find): a parent and their
    child, and so both parents of a shared child."""

    def __init__(self) -> None:
        self.leader: dict[Node, Node] = {}

    def root(self, key: Node) -> Node:
        while self.leader.setdefault(key, key) != key:
            key = self.leader[key]
        return key

    def join(self, first: Node, second: Node) -> None:
        self.leader[self.root(second)] = self.root(first)


async def households(session: AsyncSession, members: Iterable[Member]) -> list[list[Member]]:
    """The members grouped by household, in the order their first member was given; only
    the given members are grouped (a co-parent outside them does not appear)."""
    return (await households_of_each(session, {0: members}))[0]


async def households_of_each(session: AsyncSession, groups: dict[K, Iterable[Member]]
                             ) -> dict[K, list[list[Member]]]:
    """households() of each group (the parents of each order...) in one query: each group
    is grouped by itself, as households() does (a co-parent outside it links nobody)."""
    given = {key: list(dict.fromkeys(members)) for key, members in groups.items()}
    children = await _children_of(session, {m.id for ms in given.values() for m in ms})
    return {key: _grouped(members, children) for key, members in given.items()}


async def _children_of(session: AsyncSession, member_ids: set[int]) -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for member_id, child_id in await session.execute(
            select(MemberChild.member_id, MemberChild.child_id)
            .where(MemberChild.member_id.in_(member_ids))):
        children.setdefault(member_id, []).append(child_id)
    return children


def _linked(member_ids: Iterable[int], children: dict[int, list[int]]) -> Together:
    together = Together()
    for member_id in member_ids:
        for child_id in children.get(member_id, ()):
            together.join(("parent", member_id), ("child", child_id))
    return together


def _grouped(members: list[Member], children: dict[int, list[int]]) -> list[list[Member]]:
    together = _linked((member.id for member in members), children)
    grouped: dict[Node, list[Member]] = {}
    for member in members:
        grouped.setdefault(together.root(("parent", member.id)), []).append(member)
    return list(grouped.values())


async def household_count(session: AsyncSession, members: Iterable[Member]) -> int:
    return len(await households(session, members))


async def household_keys(session: AsyncSession, member_ids: Iterable[int]) -> dict[int, Node]:
    """Each given member's household, as a key shared by the given members of one household
    (to count families among ids, several lists at once)."""
    ids = set(member_ids)
    together = _linked(ids, await _children_of(session, ids)) if ids else Together()
    return {member_id: together.root(("parent", member_id)) for member_id in ids}


# Read by every /events and every answer to an event, so built once (as the SEL
# account's statement: building a statement costs a good part of running it).
_CO_PARENTS = (
    select(MemberChild.member_id).join(Member, Member.id == MemberChild.member_id)
    .where(MemberChild.child_id.in_(select(MemberChild.child_id).where(
        MemberChild.member_id.in_(bindparam("ids", expanding=True)))),
        Member.status == MemberStatus.ACTIVE)
)


async def with_co_parents(session: AsyncSession, member_ids: Iterable[int]) -> set[int]:
    """The members and the active parents who share a child with one of them."""
    ids = set(member_ids)
    if not ids:
        return ids
    co_parents = await session.scalars(_CO_PARENTS, {"ids": list(ids)})
    return ids | set(co_parents)
