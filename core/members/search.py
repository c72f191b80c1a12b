"""Finding members from what an admin types: "Els Benali", "emma", "p3 benali".

Every word must match something of the member: first or last name, e-mail, phone, a
child's first name, or, for a word that is a class label in any language ("P3", "L3"),
a child's class. Case and the usual accents are ignored (core.folding), on SQLite as on
PostgreSQL. A phone number is found however it is typed ("0470 12 34 56", "0470/123456",
"+32 470...", "+32 (0)470..."), as numbers are stored in one international form."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import and_, exists, or_, select, true
from sqlalchemy.sql import ColumnElement

from core.folding import fold, folded
from core.i18n import LOCALES, translator
from core.members.validation import without_trunk_zero
from core.models import Child, MemberChild, SchoolClass
from core.models.school import CLASS_CODES

MAX_WORDS = 8  # more narrows nothing a person would type; the SQL stays small
# Digits with the separators people type in phone numbers: at least 4 digits in all.
PHONE_TYPED = re.compile(r"(?<!\w)\+?\d(?:[ ./-]?\d){3,}(?!\w)")


def phone_part(typed: str) -> str:
    """What a typed (part of a) phone number looks like stored: "+32470..." for a local
    "0470...", digits alone otherwise."""
    digits = re.sub(r"[ ./-]", "", typed)
    if digits.startswith("00"):
        return "+" + digits[2:]
    return "+32" + digits[1:] if digits.startswith("0") else digits


def words_of(query: str) -> list[str]:
    return [fold(word) for word in query.split()][:MAX_WORDS]


def class_codes(word: str) -> set[str]:
    """The class codes a word names, in any of the languages ("l3" is P3 in Dutch)."""
    t = translator()
    return {code for code in CLASS_CODES
            if word in {code.lower(), *(fold(t.format(locale, f"class-{code.lower()}"))
                                        for locale in LOCALES)}}


def matches(member: Any, query: str) -> ColumnElement[bool]:
    """A condition on `member` (the Member entity or an alias of it): every word of the
    query matches one of its fields or one of its children."""
    query = without_trunk_zero(query)
    conditions = [or_(member.phone.contains(phone_part(typed), autoescape=True),
                      member.email.contains(typed, autoescape=True))  # "anna2024@..."
                  for typed in PHONE_TYPED.findall(query)]
    for word in words_of(PHONE_TYPED.sub(" ", query)):
        of_child = folded(Child.first_name).contains(word, autoescape=True)
        if codes := class_codes(word):
            of_child = or_(of_child, Child.class_id.in_(
                select(SchoolClass.id).where(SchoolClass.code.in_(sorted(codes)))))
        conditions.append(or_(
            *(folded(column).contains(word, autoescape=True) for column in (
                member.first_name, member.last_name, member.email, member.phone)),
            exists().where(MemberChild.member_id == member.id,
                           Child.id == MemberChild.child_id, of_child)))
    return and_(*conditions) if conditions else true()
