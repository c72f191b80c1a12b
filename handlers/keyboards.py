"""Callback-data factories and keyboards shared by several handlers.

Labels are Fluent ids rendered in the member's language; callback data stays under
Telegram's 64 bytes because it only carries ids.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from core.i18n import LOCALES, Translate
from core.members.service import has_role
from core.models import Member, RoleKind, SchoolClass


class LangCb(CallbackData, prefix="lang"):
    code: str


class ClassCb(CallbackData, prefix="cls"):
    purpose: str  # "reg" (registration), "add" (new child), "move" (existing child)
    class_id: int
    child_id: int = 0


class MenuCb(CallbackData, prefix="menu"):
    item: str


LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


def language_keyboard() -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for code in LOCALES:
        builder.button(text=LANGUAGE_NAMES[code], callback_data=LangCb(code=code))
    return builder.as_markup()


def class_label(t: Translate, klass: SchoolClass) -> str:
    return t(f"class-{klass.code.lower()}")


def class_keyboard(
    t: Translate, classes: list[SchoolClass], purpose: str, child_id: int = 0
) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for klass in classes:
        builder.button(
            text=class_label(t, klass),
            callback_data=ClassCb(purpose=purpose, class_id=klass.id, child_id=child_id),
        )
    builder.adjust(3)
    return builder.as_markup()


def main_menu(t: Translate, member: Member) -> InlineKeyboardMarkup:
    items = ["events", "sel", "offers", "profile", "children", "language", "help"]
    if has_role(member, RoleKind.ADMIN):
        items.append("pending")
    builder = InlineKeyboardBuilder()
    for item in items:
        builder.button(text=t(f"menu-{item}"), callback_data=MenuCb(item=item))
    builder.adjust(2)
    return builder.as_markup()


def buttons(*pairs: tuple[str, CallbackData], width: int = 2) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for label, data in pairs:
        builder.button(text=label, callback_data=data)
    builder.adjust(width)
    return builder.as_markup()
