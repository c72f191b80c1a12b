"""Pieces of the panel's forms: a core check whose refusal becomes a field's error, and
the classes ticked, checked against the school's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from multidict import MultiDictProxy
from sqlalchemy.ext.asyncio import AsyncSession

from admin_web.render import FormErrors
from core.errors import DomainError
from core.models import SchoolClass
from core.schools import classes_of, get_school

Value = TypeVar("Value")


def attempt(errors: FormErrors, name: str, check: Callable[..., Value], *args: Any
            ) -> Value | None:
    """Run a core check; its refusal becomes the field's error."""
    try:
        return check(*args)
    except DomainError as error:
        errors.add(name, error.message_id, **error.args_for_message)
        return None


async def school_classes(db: AsyncSession, school_id: int) -> list[SchoolClass]:
    """This school year's classes, in school order, for the form's checkboxes."""
    return await classes_of(db, await get_school(db, school_id))


def class_choice(form: MultiDictProxy, errors: FormErrors, allowed: set[int]) -> list[int]:
    """The ticked classes. A class of another school or year is refused, not ignored."""
    chosen = {str(value) for value in form.getall("class_id", [])}
    class_ids = sorted(int(value) for value in chosen if value.isdecimal())
    if len(class_ids) != len(chosen) or not set(class_ids) <= allowed:
        errors.add("classes", "class-not-found")
    return class_ids
