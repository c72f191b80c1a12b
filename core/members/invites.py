from __future__ import annotations

import re
import secrets
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.models import Invite, LinkCode, RoleKind, School, SchoolClass
from core.schools.year import next_school_year

# No 0/O, 1/I/L: codes are read aloud at the school gate and typed on phones.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(text: str | None) -> str:
    return "".join(ch for ch in (text or "").upper() if ch.isalnum())[:32]


_TYPED_AS_A_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 -]{2,20}")  # "xu2a 4rhq", "XU2A-4RHQ"
_WORD = re.compile(r"[A-Za-z0-9]+")


def codes_in(text: str | None) -> list[tuple[str, bool]]:
    """What in a message may be an invite code, best first, each with whether it reads
    like one (a digit, or capitals as printed): the whole message typed as a code, then
    the code-shaped words of a sentence ("Bonjour, voici mon code XU2A4RHQ")."""
    text = (text or "").strip()
    found = []
    if _TYPED_AS_A_CODE.fullmatch(text):
        found.append((normalize_code(text), _reads_like_a_code(text)))
    for word in _WORD.findall(text):
        if len(word) == CODE_LENGTH and set(word.upper()) <= set(CODE_ALPHABET):
            found.append((word.upper(), _reads_like_a_code(word)))
    return found


def _reads_like_a_code(typed: str) -> bool:
    if any(ch.isdecimal() for ch in typed):
        return True
    return len(normalize_code(typed)) >= 6 and typed == typed.upper()


async def find_code_in(session: AsyncSession, text: str | None,
                       known_only: bool = False) -> str | None:
    """The invite code (or a parent's family or /link code) a message holds: one that exists,
    else (unless `known_only`) the first that reads like a code, to be refused as unknown;
    None when nothing in it looks like a code at all (a greeting, a question)."""
    candidates = codes_in(text)
    if not candidates:
        return None
    typed = {code for code, _ in candidates}
    known = set(await session.scalars(select(Invite.code).where(Invite.code.in_(typed))))
    # A parent's family code, or a /link code pasted in the other chat app.
    known.update(await session.scalars(select(LinkCode.code).where(LinkCode.code.in_(typed))))
    return next((code for code, _ in candidates if code in known), None) or (
        None if known_only else next((code for code, reads in candidates if reads), None))


async def create_invite(
    session: AsyncSession,
    school_id: int,
    *,
    role: str = RoleKind.PARENT,
    class_code: str | None = None,
    valid_days: int | None = 60,
    max_uses: int | None = None,
    expires_at: datetime | None = None,
) -> Invite:
    """A new code; it expires after `valid_days` (None: never), or at `expires_at`."""
    if role not in {k.value for k in RoleKind}:
        raise DomainError("invite-role-invalid")
    class_id = None
    if class_code:
        klass = await session.scalar(
            select(SchoolClass).where(
                SchoolClass.school_id == school_id, SchoolClass.code == class_code.upper()
            ).order_by(SchoolClass.school_year.desc())
        )
        if klass is None:
            raise DomainError("class-not-found")
        class_id = klass.id
    if role == RoleKind.CLASS_REP and class_id is None:
        raise DomainError("invite-rep-needs-class")
    invite = Invite(
        school_id=school_id,
        code=new_code(),
        role=role,
        class_id=class_id,
        expires_at=expires_at or (utcnow() + timedelta(days=valid_days) if valid_days else None),
        max_uses=max_uses,
    )
    session.add(invite)
    await session.flush()
    return invite


async def codes_per_class(session: AsyncSession, school: School) -> list[Invite]:
    """One usable parent code per class of the school year, to hand out class by class
    or pin at the gate: a class that has one keeps it; the others get one valid to the
    end of the school year (31 August). Returns the codes made."""
    made = []
    for klass in await session.scalars(select(SchoolClass).where(
            SchoolClass.school_id == school.id, SchoolClass.school_year == school.school_year)
            .order_by(SchoolClass.id)):
        invite, new = await class_parent_code(session, school, klass)
        if new:
            made.append(invite)
    return made


async def class_parent_code(session: AsyncSession, school: School,
                            klass: SchoolClass) -> tuple[Invite, bool]:
    """The class's usable parent code (never a rep's or an admin's), and whether it was
    made now: the one a class has for the whole year (without a limit of uses and to 31
    August at least; the one that lasts longest, so the same code comes back each time),
    else a new one valid to the end of the school year (31 August). A code with a limit
    of uses, or ending sooner, was made for a few families: not for a class's group.
    Once 31 August is past and the next school year not started, none is made: it would
    be dead already."""
    now, year_end = utcnow(), school_year_end(school)
    for invite in await session.scalars(select(Invite).where(
            Invite.school_id == school.id, Invite.role == RoleKind.PARENT,
            Invite.class_id == klass.id, Invite.max_uses.is_(None)).order_by(
            Invite.expires_at.is_not(None), Invite.expires_at.desc(), Invite.id)):
        if is_usable(invite, now) and (invite.expires_at is None
                                       or invite.expires_at >= year_end):
            return invite, False
    if year_end <= now:
        raise DomainError("invite-year-over", year=school.school_year,
                          next=next_school_year(school.school_year))
    return await create_invite(session, school.id, class_code=klass.code,
                               expires_at=year_end), True


def school_year_end(school: School) -> datetime:
    """When the school year's codes stop working: 1 September, 00:00 UTC."""
    return datetime(int(school.school_year.split("-")[1]), 9, 1, tzinfo=UTC)


def last_whole_day(invite: Invite, tz: str) -> date | None:
    """The last day the code works from morning to night in the school's time zone (what
    "valid until" may promise): the year's codes stop on 1 September at 02:00 in Brussels,
    so 31 August. None for a code without an end."""
    if invite.expires_at is None:
        return None
    return invite.expires_at.astimezone(ZoneInfo(tz)).date() - timedelta(days=1)


def is_usable(invite: Invite, now: datetime) -> bool:
    return (not invite.revoked and (invite.expires_at is None or invite.expires_at > now)
            and (invite.max_uses is None or invite.uses < invite.max_uses))


async def find_usable_invite(session: AsyncSession, text: str | None) -> Invite:
    """The invite a typed or deep-linked code names, or why it cannot be used."""
    code = normalize_code(text)
    invite = await session.scalar(select(Invite).where(Invite.code == code)) if code else None
    if invite is None or invite.revoked:
        raise DomainError("start-code-unknown")
    if invite.expires_at is not None and invite.expires_at <= utcnow():
        raise DomainError("start-code-expired")
    if invite.max_uses is not None and invite.uses >= invite.max_uses:
        raise DomainError("start-code-used-up")
    return invite


async def consume_invite(session: AsyncSession, invite: Invite) -> None:
    """Count one use atomically, so two parents racing for the last use cannot both win."""
    condition = Invite.max_uses.is_(None) | (Invite.uses < Invite.max_uses)
    result = await session.execute(
        update(Invite)
        .where(Invite.id == invite.id, condition)
        .values(uses=Invite.uses + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        raise DomainError("start-code-used-up")
    await session.refresh(invite)


async def revocable_invite(session: AsyncSession, school_id: int, invite_id: int) -> Invite:
    """The school's code, if it is not revoked yet (a second tab, a double submit)."""
    invite = await session.get(Invite, invite_id)
    if invite is None or invite.school_id != school_id:
        raise DomainError("admin-not-found")
    if invite.revoked:
        raise DomainError("admin-invite-already-revoked", code=invite.code)
    return invite


async def revoke_invite(session: AsyncSession, school_id: int, invite_id: int) -> Invite:
    """No one can use the code any more; those who registered with it stay."""
    invite = await revocable_invite(session, school_id, invite_id)
    invite.revoked = True
    await session.flush()
    return invite
