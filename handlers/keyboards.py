"""Callback-data factories and keyboards shared by several handlers.

Labels are Fluent ids rendered in the member's language; callback data stays under
Telegram's 64 bytes because it only carries ids.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable
from typing import Any, ClassVar

from aiogram.filters.callback_data import CallbackData
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder
from pydantic import ValidationInfo, field_validator
from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import DomainError
from core.i18n import LOCALES, Translate
from core.members.audience import organiser_classes
from core.members.service import has_role
from core.models import Member, RoleKind, School, SchoolClass
from core.outbox import Button
from core.schools import classes_of, get_school


def short(callback_id: str) -> str:
    """A tap's id, short enough for a purpose (64 characters): a WhatsApp one is a message
    id of about 60. A relayed message carries it, so that the same tap relays once."""
    return hashlib.sha256(callback_id.encode()).hexdigest()[:16]


class Keyboard(InlineKeyboardBuilder):
    """aiogram's builder, without its deep copy of every button on each `add` (which made
    a menu's keyboard cost more than the database work behind it). The rows are fresh
    but the buttons are shared with the builder: never change a button once made."""

    def export(self) -> list[list[InlineKeyboardButton]]:
        return [list(row) for row in self._markup]


class ButtonData(CallbackData, prefix="button"):
    """The base of every button's callback data. Its numbers are ids, counts and indexes
    that the database keeps as INTEGER: a forged button carrying a larger one (an event
    99999999999999999999) cannot be read, and is answered as any button no handler reads
    (handlers/fallback.py), rather than failing in PostgreSQL. A number that is no row's
    (a Telegram chat id) is named in `__big__` and need only fit in 64 bits."""

    __big__: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*")
    @classmethod
    def _fits_the_database(cls, value: Any, info: ValidationInfo) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            bits = 63 if info.field_name in cls.__big__ else 31
            if not -(1 << bits) <= value < 1 << bits:
                raise ValueError(f"{info.field_name} is out of range")
        return value


class LangCb(ButtonData, prefix="lang"):
    code: str


class ClassCb(ButtonData, prefix="cls"):
    purpose: str  # "reg" (registration), "add" (new child), "move" (existing child)
    class_id: int
    child_id: int = 0


class MenuCb(ButtonData, prefix="menu"):
    item: str


LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


def language_keyboard() -> InlineKeyboardMarkup:
    builder = Keyboard()
    for code in LOCALES:
        builder.button(text=LANGUAGE_NAMES[code], callback_data=LangCb(code=code))
    return builder.as_markup()


def class_label(t: Translate, klass: SchoolClass) -> str:
    return t(f"class-{klass.code.lower()}")


def class_keyboard(
    t: Translate, classes: list[SchoolClass], purpose: str, child_id: int = 0
) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for klass in classes:
        builder.button(
            text=class_label(t, klass),
            callback_data=ClassCb(purpose=purpose, class_id=klass.id, child_id=child_id),
        )
    builder.adjust(3)
    return builder.as_markup()


# Menu items that belong to a module a school can switch off.
MENU_MODULES = {"events": "events", "orders": "orders", "sel": "sel", "offers": "sel",
                "announce": "announcements", "myannouncements": "announcements",
                "newevent": "events", "neworder": "orders"}
ORGANISE = ("announce", "myannouncements", "newevent", "neworder")


def menu_item_on(school: School, item: str) -> bool:
    module = MENU_MODULES.get(item)
    return module is None or school.module_enabled(module)


def parent_items(school: School) -> list[str]:
    """The main menu every member has, whatever their roles."""
    return [item for item in ("week", "events", "orders", "sel", "offers", "profile",
                              "children", "language", "help") if menu_item_on(school, item)]


MENU_ROWS_MAX = 10  # a WhatsApp list's rows: more would turn the menu into numbered text


def main_items(member: Member, school: School) -> list[str]:
    items = parent_items(school)
    if organise_items(member, school):
        items.append("organise")  # one button: WhatsApp lists hold ten rows at most
    if has_role(member, RoleKind.ADMIN):
        items.append("pending")
    if len(items) > MENU_ROWS_MAX and "week" in items:  # an admin's: under Organise
        items.remove("week")
    return items


def main_menu(t: Translate, member: Member, school: School) -> InlineKeyboardMarkup:
    return menu_buttons(t, main_items(member, school))


def organise_menu(member: Member, school: School) -> list[str]:
    """The Organise buttons, and My week when the main menu had no room for it."""
    moved = "week" in parent_items(school) and "week" not in main_items(member, school)
    return organise_items(member, school) + (["week"] if moved else [])


async def answer_with_menu(message: Message, member: Member, session: AsyncSession,
                           t: Translate, text: str) -> None:
    """`text`, with the main menu's buttons under it."""
    school = await get_school(session, member.school_id)
    await message.answer(text, reply_markup=main_menu(t, member, school))


async def end_step(message: Message, state: FSMContext, t: Translate,
                   refusal: DomainError) -> None:
    """A typed step whose subject went away meanwhile (an event cancelled, the person
    written to gone): the refusal is said, not raised, and the step ends here; raised,
    the rollback would keep the step, and every later message would get the same refusal
    until /cancel."""
    await state.clear()
    await message.answer(t(refusal.message_id, **refusal.args_for_message))


async def cancel_to_menu(callback: CallbackQuery, member: Member, session: AsyncSession,
                         state: FSMContext, t: Translate) -> None:
    """A dialog's own Cancel button: the dialog ends, nothing is kept, the menu shows."""
    await state.clear()
    await callback.answer()
    await answer_with_menu(callback.message, member, session, t, t("cancel-done-menu"))


def organise_items(member: Member, school: School) -> list[str]:
    """What class reps and admins start: a message (and the list of those sent), an event,
    a group order; and a rep's list of the families of their class."""
    classes = organiser_classes(member)
    if classes == set():
        return []
    return [item for item in ORGANISE if menu_item_on(school, item)] + (
        ["myclass"] if classes else [])


def menu_buttons(t: Translate, items: list[str]) -> InlineKeyboardMarkup:
    return _menu_markup(tuple((t(f"menu-{item}"), item) for item in items))


@functools.lru_cache(maxsize=256)
def _menu_markup(labelled: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup:
    """A menu is the same for everyone with the same labels and items, so it is built
    once per process (building its buttons cost as much as the database work of /menu);
    never change it once made, as `Keyboard` asks of its buttons."""
    builder = Keyboard()
    for label, item in labelled:
        builder.button(text=label, callback_data=MenuCb(item=item))
    builder.adjust(2)
    return builder.as_markup()


def queued_menu(school: School) -> list[list[Button]]:
    """The parent's main menu under a queued message (an approved registration's news),
    so that the first step is a tap, not a command to learn."""
    items = parent_items(school)
    return [[Button(f"menu-{item}", MenuCb(item=item).pack()) for item in items[row:row + 2]]
            for row in range(0, len(items), 2)]


def buttons(*pairs: tuple[str, CallbackData], width: int = 2) -> InlineKeyboardMarkup:
    builder = Keyboard()
    for label, data in pairs:
        builder.button(text=label, callback_data=data)
    builder.adjust(width)
    return builder.as_markup()


def audience_keyboard(t: Translate, classes: list[SchoolClass], allowed: set[int] | None,
                      chosen: set[int], pick: Callable[[str, int], CallbackData]
                      ) -> InlineKeyboardMarkup:
    """Whole school (admins only) or a toggle per class the organiser may address, then
    Done. `pick(action, value)` makes the callback data: school, class, classes_done."""
    builder = Keyboard()
    if allowed is None:
        builder.button(text=t("events-whole-school"), callback_data=pick("school", 0))
    for klass in classes:
        if allowed is None or klass.id in allowed:
            mark = "✅ " if klass.id in chosen else ""
            builder.button(text=mark + class_label(t, klass),
                           callback_data=pick("class", klass.id))
    builder.button(text=t("events-classes-done"), callback_data=pick("classes_done", 0))
    builder.adjust(*([1] if allowed is None else []), 3, 3, 3, 1)
    return builder.as_markup()


async def took_only_class(message: Message, member: Member, session: AsyncSession,
                          state: FSMContext, t: Translate) -> bool:
    """A class rep of one class has no audience to choose (as in /announce): the class is
    taken, and said, and the wizard goes on."""
    own = organiser_classes(member)
    if own is None or len(own) != 1:
        return False
    klass = await session.get_one(SchoolClass, next(iter(own)))
    await state.update_data(class_ids=[klass.id])
    await message.answer(t("audience-your-class", klass=class_label(t, klass)))
    return True


async def ask_for_audience(message: Message, member: Member, session: AsyncSession,
                           t: Translate, chosen: set[int],
                           pick: Callable[[str, int], CallbackData]) -> None:
    """The organiser's audience question (events, orders): whole school or classes."""
    school = await get_school(session, member.school_id)
    keyboard = audience_keyboard(t, await classes_of(session, school),
                                 organiser_classes(member), chosen, pick)
    await message.answer(t("events-ask-audience", chosen=len(chosen)), reply_markup=keyboard)
