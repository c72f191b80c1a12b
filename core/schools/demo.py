"""A realistic demo school, so a newcomer can talk to the bot at once."""

from __future__ import annotations

import random
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.members.invites import create_invite
from core.members.registration import PRIVACY_VERSION
from core.members.service import add_child
from core.models import Identity, Invite, Member, Role, RoleKind, School
from core.schools.service import classes_of, create_school
from core.sel.ledger import account_of

DEMO_NAME = "École Les Tilleuls — Evere (démo)"
DEMO_ADMIN_CHAT = 900
DEMO_REP_CHAT = 901
FIRST_NAMES = ["Sophie", "Jan", "Amina", "Lucas", "Nathalie", "Pieter", "Fatima", "Thomas",
               "Els", "Karim", "Julie", "Bram", "Ines", "Mehdi", "Sarah", "Koen", "Aïcha",
               "Olivier", "Lotte", "Youssef"]
LAST_NAMES = ["Lambert", "Peeters", "El Amrani", "Dubois", "Janssens", "Maes", "Benali",
              "Claes", "Vermeulen", "Mertens", "Leclercq", "Willems", "Haddad", "Goossens",
              "Dupont", "Wouters", "Nowak", "Rossi", "Diallo", "Jacobs"]
CHILD_NAMES = ["Emma", "Noah", "Louise", "Adam", "Olivia", "Liam", "Lina", "Arthur", "Mila",
               "Jules", "Nora", "Victor", "Yasmine", "Finn", "Alice", "Rayan", "Zoé", "Lars"]
FAMILIES = 40


@dataclass
class DemoSchool:
    school: School
    parent_code: str
    rep_code: str
    admin_code: str


async def ensure_demo(session: AsyncSession) -> DemoSchool:
    """Seed the demo school once; later calls return it with usable invite codes."""
    school = await session.scalar(select(School).where(School.name == DEMO_NAME))
    if school is None:
        return await _seed(session)
    codes = {}
    for role in (RoleKind.PARENT, RoleKind.CLASS_REP, RoleKind.ADMIN):
        invite = await session.scalar(
            select(Invite).where(Invite.school_id == school.id, Invite.role == role,
                                 Invite.revoked.is_(False), Invite.expires_at > utcnow())
            .order_by(Invite.id.desc()))
        if invite is None:
            invite = await create_invite(session, school.id, role=role,
                                         class_code="P3" if role == RoleKind.CLASS_REP else None)
        codes[role] = invite.code
    return DemoSchool(school, codes[RoleKind.PARENT], codes[RoleKind.CLASS_REP],
                      codes[RoleKind.ADMIN])


async def _seed(session: AsyncSession) -> DemoSchool:
    rng = random.Random(1180)  # Evere's postcode: the same demo every time
    school = await create_school(session, DEMO_NAME, approval_required=False)
    classes = await classes_of(session, school)
    by_code = {c.code: c for c in classes}
    await _member(session, school, "Sophie", "Lambert", "fr", DEMO_ADMIN_CHAT,
                  [(RoleKind.ADMIN, None)], [("Emma", by_code["P3"].id)])
    await _member(session, school, "Jan", "Peeters", "nl", DEMO_REP_CHAT,
                  [(RoleKind.CLASS_REP, by_code["P3"].id)], [("Noah", by_code["P3"].id)])
    for family in range(FAMILIES - 2):
        kids = [(rng.choice(CHILD_NAMES), rng.choice(classes).id)
                for _ in range(rng.choice([1, 1, 2, 2, 3]))]
        await _member(session, school, rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES),
                      rng.choice(["fr", "fr", "nl", "nl", "en"]), 2000 + family, [], kids)
    parent = await create_invite(session, school.id, valid_days=365)
    rep = await create_invite(session, school.id, role=RoleKind.CLASS_REP, class_code="P3")
    admin = await create_invite(session, school.id, role=RoleKind.ADMIN, max_uses=3)
    return DemoSchool(school, parent.code, rep.code, admin.code)


async def _member(session: AsyncSession, school: School, first: str, last: str, locale: str,
                  chat_id: int, roles: list[tuple[str, int | None]],
                  children: list[tuple[str, int]]) -> Member:
    member = Member(school_id=school.id, first_name=first, last_name=last, locale=locale,
                    consent_version=PRIVACY_VERSION, consent_at=utcnow())
    session.add(member)
    await session.flush()
    session.add(Identity(member_id=member.id, channel="console", external_id=str(chat_id)))
    for kind, class_id in [(RoleKind.PARENT, None), *roles]:
        session.add(Role(school_id=school.id, member_id=member.id, kind=kind, class_id=class_id))
    for name, class_id in children:
        await add_child(session, member, name, class_id)
    await account_of(session, member)
    return member
