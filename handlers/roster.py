"""/myclass: a class rep's list of the families of their classes, one message a class:
who has joined, and with which children."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import Message
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.i18n import Translate, listed
from core.members.audience import organiser_classes
from core.members.roster import Family, families_of_class
from core.models import Member, SchoolClass
from handlers.keyboards import class_label

SHOWN = 40  # families a message lists: a long class still fits in one chat message


async def show_my_class(message: Message, member: Member, session: AsyncSession,
                        state: FSMContext, t: Translate) -> None:
    await state.clear()
    class_ids = organiser_classes(member)  # None for an admin: the panel lists every class
    if not class_ids:
        await message.answer(t("roster-reps-only"))
        return
    classes = await session.scalars(select(SchoolClass).where(SchoolClass.id.in_(class_ids)))
    for klass in sorted(classes, key=lambda klass: klass.sort_key):
        await message.answer(roster_text(t, klass, await families_of_class(session, klass.id)))


def roster_text(t: Translate, klass: SchoolClass, families: list[Family]) -> str:
    label = class_label(t, klass)
    if not families:
        return t("roster-empty", klass=label)
    lines = [t("roster-title", klass=label, families=len(families),
               children=sum(len(family.children) for family in families))]
    lines += [family_line(t, family) for family in families[:SHOWN]]
    if len(families) > SHOWN:
        lines.append(t("roster-more", count=len(families) - SHOWN))
    return "\n".join(lines)


def family_line(t: Translate, family: Family) -> str:
    """Names and children only: the privacy notice tells parents that their class rep sees
    that much, and keeps contact details between the parent and the administrators."""
    return t("roster-family", parents=" & ".join(parent.full_name for parent in family.parents),
             children=listed(t, family.children))


def make_router() -> Router:
    router = Router(name="roster")
    router.message.register(show_my_class, Command("myclass"))
    return router
