"""/myclass: a class rep's list of the families of their classes, one message a class:
who has joined, and with which children; under each, 📨 Invite families: a message to
forward to the class's group (French and Dutch, a line of English) with the class's
parent code and the bot's links, and a QR code of each link to show at the school gate."""

from __future__ import annotations

from datetime import date

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import DomainError
from core.i18n import LOCALES, Translate, Translator, format_date, listed
from core.members.audience import organiser_classes
from core.members.invite_links import InviteLinks, qr_png
from core.members.invites import class_parent_code, last_whole_day
from core.members.roster import Family, families_of_class
from core.members.service import has_role
from core.models import Invite, Member, RoleKind, School, SchoolClass
from core.schools import get_school
from handlers.keyboards import ButtonData, buttons, class_label

SHOWN = 40  # families a message lists: a long class still fits in one chat message


class RosterCb(ButtonData, prefix="roster"):
    action: str  # "invite": the class's invite message
    class_id: int


async def show_my_class(message: Message, member: Member, session: AsyncSession,
                        state: FSMContext, t: Translate) -> None:
    await state.clear()
    class_ids = organiser_classes(member)  # None for an admin: the panel lists every class
    if not class_ids:
        await message.answer(t("roster-reps-only"))
        return
    classes = await session.scalars(select(SchoolClass).where(SchoolClass.id.in_(class_ids)))
    for klass in sorted(classes, key=lambda klass: klass.sort_key):
        await message.answer(roster_text(t, klass, await families_of_class(session, klass.id)),
                             reply_markup=buttons((t("roster-invite"),
                                                   RosterCb(action="invite", class_id=klass.id))))


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


async def on_invite(callback: CallbackQuery, callback_data: RosterCb, member: Member,
                    session: AsyncSession, t: Translate, translator: Translator,
                    invite_links: InviteLinks) -> None:
    """Only a class rep of that class: a forged or old button of anyone else gets no code."""
    klass = await session.get(SchoolClass, callback_data.class_id)
    if (klass is None or klass.school_id != member.school_id
            or not has_role(member, RoleKind.CLASS_REP, klass.id)):
        raise DomainError("roster-invite-not-yours")
    school = await get_school(session, member.school_id)
    invite, _ = await class_parent_code(session, school, klass)
    links = invite_links.for_code(invite.code)
    await callback.answer()
    await callback.message.answer(invite_post(translator, school, klass, invite, links))
    await callback.message.answer(with_until(
        t, t("roster-invite-forward", klass=class_label(t, klass), links=len(links)),
        last_whole_day(invite, school.timezone)))
    for app, link in links:  # shown from the phone at the school gate, or forwarded
        await callback.message.answer_photo(
            BufferedInputFile(qr_png(link), filename=f"{klass.code.lower()}-{app.lower()}.png"),
            caption=t("roster-invite-qr", app=app, klass=class_label(t, klass),
                      code=invite.code))


def invite_post(translator: Translator, school: School, klass: SchoolClass, invite: Invite,
                links: list[tuple[str, str]]) -> str:
    """The message for the class's group, whatever its rep's language: a Brussels class
    mixes French and Dutch (the school's language first), and a short line of English
    for the families who speak neither; then the links, which read alike in every one."""
    first = school.default_locale if school.default_locale in ("fr", "nl") else "fr"
    order = [first, *(locale for locale in LOCALES if locale != first)]
    until = last_whole_day(invite, school.timezone)
    paragraphs = []
    for locale in order:
        t = translator.for_locale(locale)
        paragraphs.append(with_until(t, t("roster-invite-post", klass=class_label(t, klass),
                                          code=invite.code, links=len(links)), until))
    t = translator.for_locale(first)
    parts = [t("roster-invite-school", school=school.name), *paragraphs]
    if links:
        parts.append("\n".join(t("roster-invite-link", app=app, link=link) for app, link in links))
    return "\n\n".join(parts)


def with_until(t: Translate, text: str, until: date | None) -> str:
    """"… Valid until Tue 31 Aug 2027." (a code without an end says nothing of it)."""
    if until is None:
        return text
    return f"{text} {t('roster-invite-until', until=format_date(t.locale, until))}"


def make_router() -> Router:
    router = Router(name="roster")
    router.message.register(show_my_class, Command("myclass"))
    router.callback_query.register(on_invite, RosterCb.filter(F.action == "invite"))
    return router
