from __future__ import annotations

import pytest

from core.errors import DomainError
from core.i18n import pick_locale
from core.members.invites import normalize_code
from core.members.validation import clean_email, clean_name, clean_phone, parse_contact
from core.schools import current_school_year


@pytest.mark.parametrize(("typed", "stored"), [
    ("0470 12 34 56", "+32470123456"),
    ("+32 470/12.34.56", "+32470123456"),
    ("0032470123456", "+32470123456"),
    ("+31 6 12345678", "+31612345678"),
    ("+32 (0)470 12 34 56", "+32470123456"),  # the trunk 0 in brackets, as Belgians write it
    ("0032(0)470/12.34.56", "+32470123456"),
    ("+32  (0)470 12 34 56", "+32470123456"),  # two spaces before the brackets
    ("(+32) (0)470 12 34 56", "+32470123456"),  # the country code in brackets too
    ("(+32) 470 12 34 56", "+32470123456"),
])
def test_phone_numbers_are_stored_internationally(typed: str, stored: str) -> None:
    assert clean_phone(typed) == stored


@pytest.mark.parametrize("bad", ["", "call me", "12", "+32 470 12 34 56 78 90 12 34 56",
                                 "(02) 123 45 67", "+32 (4)70 12 34 56", "0470 (0)12 34 56",
                                 "((+32)) 470 12 34 56", "(+32 470 12 34 56"])
def test_bad_phone_numbers_are_refused(bad: str) -> None:
    with pytest.raises(DomainError) as error:
        clean_phone(bad)
    assert error.value.message_id == "profile-phone-invalid"


@pytest.mark.parametrize(("typed", "stored"), [
    ("02 123 45 67", "+3221234567"), ("+32 0470 12 34 56", "+32470123456"),
    ("0800 12 345", "+3280012345"), ("+44 20 7946 0958", "+442079460958"),
])
def test_belgian_numbers_have_their_length_and_foreign_ones_are_as_typed(
        typed: str, stored: str) -> None:
    assert clean_phone(typed) == stored
    for bad, kind, count in (("0470 12 34 5", "mobile", 9), ("+32 470 12 34 567", "mobile", 11),
                             ("02 123 45 6", "landline", 8), ("0032 2 123 45 678", "landline", 10)):
        with pytest.raises(DomainError) as error:
            clean_phone(bad)
        assert (error.value.message_id, error.value.args_for_message) == (
            "profile-phone-belgian-length", {"kind": kind, "count": count}), bad


def test_a_liege_landline_is_not_taken_for_a_mobile() -> None:
    # Liège's zone is 04, as mobiles' 045x-049x: "04 123 45 67" has its 9 digits.
    for typed in ("04 123 45 67", "04/223.45.67", "+32 4 123 45 67", "0032 4 366 12 34"):
        assert clean_phone(typed).startswith("+324") and len(clean_phone(typed)) == 11, typed
    with pytest.raises(DomainError) as error:
        clean_phone("0470 12 34 5")  # a mobile with a digit missing, still refused
    assert error.value.args_for_message == {"kind": "mobile", "count": 9}


def test_names_are_tidied_and_bounded() -> None:
    assert clean_name("  Marie-Claire   Van  den Broeck ") == "Marie-Claire Van den Broeck"
    for bad in ["", "   ", "1234", "x" * 65, "/start", "evil\u0000name", None]:
        with pytest.raises(DomainError):
            clean_name(bad)


@pytest.mark.parametrize("typed", [
    "0470123456; a@b.be", "0470 12 34 56, a@b.be", "0470 12 34 56\na@b.be",
    "0470 12 34 56 a@b.be", "04 70 12 34 56 / a@b.be", "0470/12.34.56 A@B.be",
    "a@b.be 0470 12 34 56", "a@b.be / +32 470 12 34 56", "0470 12 34 56/a@b.be",
    "+32 (0)470 12 34 56, a@b.be", "+32  (0)470 12 34 56, a@b.be",
    "(+32) (0)470 12 34 56 a@b.be",
])
def test_a_phone_and_an_email_may_come_in_one_answer(typed: str) -> None:
    assert parse_contact(typed) == ("+32470123456", "a@b.be")


@pytest.mark.parametrize(("typed", "message_id"), [
    ("0470 12 34 56 a at b.be", "profile-phone-invalid"),
    ("a@b.be c@d.be", "profile-contact-invalid"),
    ("call me a@b.be", "profile-phone-invalid"),
    ("0470 12 34 56 a@b", "profile-email-invalid"),
    (" , ; / ", "profile-contact-invalid"),
])
def test_a_contact_answer_that_cannot_be_read(typed: str, message_id: str) -> None:
    with pytest.raises(DomainError) as error:
        parse_contact(typed)
    assert error.value.message_id == message_id


def test_contact_may_hold_a_phone_an_email_or_both() -> None:
    assert parse_contact("Anna@Example.BE") == (None, "anna@example.be")
    assert parse_contact("0470123456; a@b.be") == ("+32470123456", "a@b.be")
    with pytest.raises(DomainError):
        clean_email("not-an-address@")


def test_invite_codes_are_forgiving_about_case_and_spaces() -> None:
    assert normalize_code(" abcd-efgh ") == "ABCDEFGH"
    assert normalize_code(None) == ""


def test_locale_choice_order() -> None:
    assert pick_locale(None, "nl-BE") == "nl"
    assert pick_locale("en", "nl") == "en"
    assert pick_locale(None, "de", fallback="fr") == "fr"


def test_school_year_turns_on_the_first_of_september() -> None:
    from datetime import date

    assert current_school_year(date(2026, 8, 31)) == "2025-2026"
    assert current_school_year(date(2026, 9, 1)) == "2026-2027"
