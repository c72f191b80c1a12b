"""/children: see, add, move to another class, remove; share them with their other parent
(/family)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message
from sqlalchemy.ext.asyncio import AsyncSession

from core.i18n import Translate, listed
from core.members.family import (
    VALID_FOR,
    add_family_child,
    family_code,
    join_family,
    move_family_child,
    other_parents,
    parents_of_child,
)
from core.members.service import children_of, own_child, remove_child
from core.members.validation import clean_name
from core.models import Child, Member, School, SchoolClass
from core.schools import classes_of, get_school
from core.schools.year import placing_for, school_today, year_over
from handlers.filters import TYPED
from handlers.keyboards import ButtonData, ClassCb, Keyboard, buttons, class_keyboard, class_label


class ChildCb(ButtonData, prefix="child"):
    action: str  # add, move, remove, remove_yes, keep, family
    child_id: int = 0


class AddChild(StatesGroup):
    name = State()


def children_keyboard(t: Translate, children: list[tuple[Child, SchoolClass]]
                      ) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for child, _ in children:
        builder.button(text=t("children-move", child=child.first_name),
                       callback_data=ChildCb(action="move", child_id=child.id))
        builder.button(text=t("children-remove", child=child.first_name),
                       callback_data=ChildCb(action="remove", child_id=child.id))
    builder.button(text=t("children-add"), callback_data=ChildCb(action="add"))
    if children:
        builder.button(text=t("family-share"), callback_data=ChildCb(action="family"))
    builder.adjust(*([2] * len(children)), 1, 1)
    return builder.as_markup()


def child_line(t: Translate, name: str, klass: SchoolClass, placed_for: str | None) -> str:
    """"• Léa – P3", or with the coming school year her class was given for."""
    if placed_for:
        return t("children-summary-child-next", child=name, klass=class_label(t, klass),
                 year=placed_for)
    return t("start-summary-child", child=name, klass=class_label(t, klass))


def class_question(t: Translate, school: School, child: str | None = None) -> str:
    """Which class: from 15 July until the school starts the new year, the class given is
    the coming September's (core/schools/year.py), so the question names that year."""
    today = school_today(school)
    if (year := placing_for(school, today)) is None:
        return t("start-ask-child-class", child=child) if child else t("children-ask-class")
    september = "yes" if year_over(school, today) else "no"
    if child:
        return t("start-ask-child-class-next", child=child, year=year, september=september)
    return t("children-ask-class-next", year=year, september=september)


async def show_children(message: Message, member: Member, session: AsyncSession,
                        state: FSMContext, t: Translate) -> None:
    await state.clear()
    children = await children_of(session, member)
    lines = [child_line(t, c.first_name, k, c.placed_for) for c, k in children]
    text = t("children-list", count=len(children), children="\n".join(lines))
    if parents := await other_parents(session, member):
        text += "\n\n" + t("family-shared-with",
                            names=listed(t, (parent.full_name for parent in parents)))
    await message.answer(text, reply_markup=children_keyboard(t, children))


async def on_add(callback: CallbackQuery, state: FSMContext, t: Translate) -> None:
    await state.set_state(AddChild.name)
    await callback.answer()
    await callback.message.answer(t("start-ask-child-name", first="yes"))


async def on_name(message: Message, member: Member, session: AsyncSession, state: FSMContext,
                  t: Translate) -> None:
    name = clean_name(message.text, "children-name-invalid")
    await state.update_data(child_name=name)
    school = await get_school(session, member.school_id)
    await message.answer(class_question(t, school, name),
                         reply_markup=class_keyboard(t, await classes_of(session, school), "add"))


async def on_class_for_new(callback: CallbackQuery, callback_data: ClassCb, member: Member,
                           session: AsyncSession, state: FSMContext, t: Translate) -> None:
    name = (await state.get_data()).get("child_name")
    await callback.answer()
    if await state.get_state() != AddChild.name.state or not name:
        await callback.message.answer(t("button-stale"))
        return
    await add_family_child(session, member, name, callback_data.class_id)
    await state.clear()
    await show_children(callback.message, member, session, state, t)


async def on_move(callback: CallbackQuery, callback_data: ChildCb, member: Member,
                  session: AsyncSession, t: Translate) -> None:
    await own_child(session, member, callback_data.child_id)
    school = await get_school(session, member.school_id)
    await callback.answer()
    await callback.message.answer(
        class_question(t, school),
        reply_markup=class_keyboard(t, await classes_of(session, school), "move",
                                    child_id=callback_data.child_id))


async def on_class_for_existing(callback: CallbackQuery, callback_data: ClassCb, member: Member,
                                session: AsyncSession, t: Translate) -> None:
    child, klass = await move_family_child(session, member, callback_data.child_id,
                                           callback_data.class_id)
    await callback.answer()
    if child.placed_for:  # the coming school year's class
        await callback.message.answer(t("children-placed", child=child.first_name,
                                        klass=class_label(t, klass), year=child.placed_for))
        return
    await callback.message.answer(
        t("children-moved", child=child.first_name, klass=class_label(t, klass)))


async def on_remove(callback: CallbackQuery, callback_data: ChildCb, member: Member,
                    session: AsyncSession, t: Translate) -> None:
    child = await own_child(session, member, callback_data.child_id)
    others = await parents_of_child(session, member, child.id)
    question = t("children-remove-confirm", child=child.first_name)
    if others:  # the child stays theirs: removing is not erasing
        question += "\n" + t("children-remove-stays", child=child.first_name,
                             names=listed(t, (parent.full_name for parent in others)))
    await callback.answer()
    await callback.message.answer(question, reply_markup=buttons(
        (t("children-remove-yes"), ChildCb(action="remove_yes", child_id=child.id)),
        (t("children-keep"), ChildCb(action="keep", child_id=child.id)),
    ))


async def on_remove_yes(callback: CallbackQuery, callback_data: ChildCb, member: Member,
                        session: AsyncSession, t: Translate) -> None:
    child = await remove_child(session, member, callback_data.child_id)
    await callback.answer()
    await callback.message.answer(t("children-removed", child=child.first_name))


async def on_keep(callback: CallbackQuery, t: Translate) -> None:
    await callback.answer()
    await callback.message.answer(t("children-kept"))


async def on_family(message: Message, command: CommandObject, member: Member,
                    session: AsyncSession, state: FSMContext, t: Translate) -> None:
    """`/family` gives the member's code; `/family CODE` uses the other parent's."""
    await state.clear()
    if not command.args:
        await give_family_code(message, member, session, t)
        return
    await join_with_code(message, member, session, t, command.args)


async def join_with_code(message: Message, member: Member, session: AsyncSession,
                         t: Translate, code: str) -> None:
    """The other parent's family code, sent with /family, /start or alone."""
    joined = await join_family(session, member, code)
    await message.answer(t("family-joined", name=joined.other_parent.full_name,
                           count=len(joined.children), children=listed(t, joined.children),
                           merged=joined.merged))


async def on_share(callback: CallbackQuery, member: Member, session: AsyncSession,
                   t: Translate) -> None:
    await callback.answer()
    await give_family_code(callback.message, member, session, t)


async def give_family_code(message: Message, member: Member, session: AsyncSession,
                           t: Translate) -> None:
    code = await family_code(session, member)
    names = [child.first_name for child, _ in await children_of(session, member)]
    await message.answer(t("family-code", code=code.code, children=listed(t, names),
                           days=VALID_FOR.days))


def make_router() -> Router:
    router = Router(name="children")
    router.message.register(show_children, Command("children"))
    router.message.register(on_family, Command("family"))
    router.callback_query.register(on_share, ChildCb.filter(F.action == "family"))
    router.callback_query.register(on_add, ChildCb.filter(F.action == "add"))
    router.message.register(on_name, TYPED, AddChild.name)
    router.callback_query.register(on_class_for_new, ClassCb.filter(F.purpose == "add"))
    router.callback_query.register(on_move, ChildCb.filter(F.action == "move"))
    router.callback_query.register(on_class_for_existing, ClassCb.filter(F.purpose == "move"))
    router.callback_query.register(on_remove, ChildCb.filter(F.action == "remove"))
    router.callback_query.register(on_remove_yes, ChildCb.filter(F.action == "remove_yes"))
    router.callback_query.register(on_keep, ChildCb.filter(F.action == "keep"))
    return router
