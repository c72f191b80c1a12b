from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.clock import utcnow
from core.errors import DomainError
from core.models import CLASS_CODES, School, SchoolClass


def current_school_year(today: date | None = None) -> str:
    """Belgian school years start on 1 September: 2026-2027."""
    today = today or utcnow().date()
    start = today.year if today.month >= 9 else today.year - 1
    return f"{start}-{start + 1}"


async def create_school(
    session: AsyncSession,
    name: str,
    *,
    approval_required: bool = False,
    default_locale: str = "fr",
    timezone: str = "Europe/Brussels",
) -> School:
    name = name.strip()
    if not name or len(name) > 200:
        raise DomainError("school-name-invalid")
    year = current_school_year()
    school = School(
        name=name,
        approval_required=approval_required,
        default_locale=default_locale,
        timezone=timezone,
        school_year=year,
    )
    session.add(school)
    await session.flush()
    session.add_all(
        SchoolClass(school_id=school.id, code=code, school_year=year) for code in CLASS_CODES
    )
    await session.flush()
    return school


async def get_school(session: AsyncSession, school_id: int) -> School:
    school = await session.get(School, school_id)
    if school is None:
        raise DomainError("school-not-found")
    return school


async def classes_of(session: AsyncSession, school: School) -> list[SchoolClass]:
    rows = await session.scalars(
        select(SchoolClass).where(
            SchoolClass.school_id == school.id, SchoolClass.school_year == school.school_year
        )
    )
    return sorted(rows, key=lambda c: c.sort_key)


async def get_class(session: AsyncSession, school_id: int, class_id: int) -> SchoolClass:
    """A class of this school, or a DomainError (a stale or forged id changes nothing)."""
    klass = await session.get(SchoolClass, class_id)
    if klass is None or klass.school_id != school_id:
        raise DomainError("class-not-found")
    return klass
