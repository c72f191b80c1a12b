"""FR, NL and EN are always complete, with the same variables, and every id used exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from core import i18n
from core.i18n import LOCALES, LOCALES_DIR, Translator

ROOT = Path(__file__).resolve().parents[2]


class VariableCollector(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


def catalogue(locale: str) -> dict[str, set[str]]:
    messages: dict[str, set[str]] = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [e for e in resource.body if isinstance(e, ast.Junk)]
        assert not junk, f"{path}: syntax error near {junk[0].content[:60]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message | ast.Term):
                collector = VariableCollector()
                collector.visit(entry)
                messages[f"{path.name}:{entry.id.name}"] = collector.names
    return messages


def test_every_language_has_every_message_with_the_same_variables() -> None:
    catalogues = {locale: catalogue(locale) for locale in LOCALES}
    every_id = set().union(*catalogues.values())
    for locale, messages in catalogues.items():
        missing = sorted(every_id - set(messages))
        assert not missing, f"{locale} lacks {missing}"
    for message_id in every_id:
        variables = {locale: catalogues[locale][message_id] for locale in LOCALES}
        assert len({frozenset(v) for v in variables.values()}) == 1, (message_id, variables)


def test_every_message_id_the_code_uses_exists() -> None:
    known = {key.split(":", 1)[1] for key in catalogue("en")}
    pattern = re.compile(
        r'(?:\bt|DomainError|message_id=|Button|format\(\s*\w+,)\(?\s*"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"')
    used = set()
    for folder in ("bot", "core", "handlers", "admin_web"):
        for path in (ROOT / folder).rglob("*.py"):
            used.update(pattern.findall(path.read_text(encoding="utf-8")))
    assert used, "the pattern found no message ids at all"
    assert not sorted(used - known), f"ids used but not defined: {sorted(used - known)}"


# Button labels the code writes: `buttons((t("id"), ...))`, `.button(text=t("id"))`, and the
# outbox's `Button("id", ...)`.
BUTTON_LABEL = re.compile(r'(?:(?<![\w.])\(t\(|\.button\(text=t\(|\bButton\()\s*'
                          r'"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"')
# ... and `(label_id, {args}, data)` triples, as /week's buttons are written.
LABEL_TRIPLE = re.compile(r'(?:\(|\breturn )\s*"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)",\s*\{')
# Labels only ever shown among more than three buttons: a WhatsApp list row (24 characters,
# and the whole label underneath when longer).
ONLY_IN_LISTS = {"orders-action-extend", "posts-renew"}


def test_button_labels_fit_a_whatsapp_reply_button_in_every_language() -> None:
    """One label longer than 20 characters turns all the buttons of its message into a
    list behind a "☰ Menu" button on WhatsApp (render.fits_reply_buttons): in French or
    Dutch a parent would no longer see "Leave" under an order, only "Menu"."""
    used = set()
    for folder in ("bot", "core", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            used.update(BUTTON_LABEL.findall(source), LABEL_TRIPLE.findall(source))
    assert {"orders-leave", "sel-cancel-button", "start-consent-yes", "week-sunday-start",
            "week-requests-button"} <= used
    translator = Translator()
    for locale in LOCALES:
        fixed = {key.split(":", 1)[1] for key, names in catalogue(locale).items() if not names}
        t = translator.for_locale(locale)
        too_long = {label: t(label) for label in sorted(used & fixed - ONLY_IN_LISTS)
                    if len(t(label)) > 20}
        assert not too_long, f"{locale}: {too_long}"
    for locale in LOCALES:  # the one label with a variable among three buttons
        t = translator.for_locale(locale)
        for code in LOCALES:
            label = t("announcements-add-version", language=t(f"language-in-{code}"))
            assert len(label) <= 20, label


def test_a_missing_translation_falls_back_to_english_not_to_an_id(tmp_path: Path) -> None:
    for locale in LOCALES:
        (tmp_path / locale).mkdir()
    (tmp_path / "en" / "x.ftl").write_text("only-english = Hello { $name }\n")
    translator = Translator(tmp_path)
    assert translator.format("nl", "only-english", name="Jan") == "Hello Jan"


@pytest.mark.parametrize(("locale", "unit"), [("fr", "1 unité"), ("nl", "1 eenheid"),
                                              ("en", "1 unit")])
def test_one_unit_reads_in_the_singular_wherever_an_amount_is_quoted(locale: str,
                                                                     unit: str) -> None:
    t = Translator().for_locale(locale)
    singular = re.compile(rf"\b{unit}\b")  # "1 units" does not do
    assert singular.search(t("admin-erase-balance", balance=1))
    assert singular.search(t("privacy-summary", school="Les Tilleuls", name="Anna", contact=1,
                             children=0, apps=1, balance=1, transfers=0, requests=0,
                             posts=0, follows=0, answers=0, volunteering=0, lines=0, payments=0,
                             announcements=0, replies=0, messages=0))
    assert singular.search(t("posts-card", kind="offer", category="📚", title="Maths",
                             description="", rate=1, author="Anna", until="-"))


@pytest.mark.parametrize("message", ["events-ask-audience", "announcements-ask-classes"])
def test_one_class_ticked_reads_in_the_singular_in_french(message: str) -> None:
    t = Translator().for_locale("fr")
    assert t(message, chosen=1).endswith("(1 choisie)")  # not "1 choisies"
    assert t(message, chosen=2).endswith("(2 choisies)")


class OneVariants(Visitor):
    """The text of every [one] variant whose selector is a variable."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            for variant in node.variants:
                if isinstance(variant.key, ast.Identifier) and variant.key.name == "one":
                    self.texts += [element.value for element in variant.value.elements
                                   if isinstance(element, ast.TextElement)]
        self.generic_visit(node)


@pytest.mark.parametrize("locale", LOCALES)
def test_a_singular_says_its_number_rather_than_1(locale: str) -> None:
    """French puts 0 in the "one" plural: "[one] 1 place left" would tell a full event's
    families that one place is left. The number comes from the variable."""
    found = []
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        visitor = OneVariants()
        visitor.visit(FluentParser().parse(path.read_text(encoding="utf-8")))
        found += [f"{path.name}: {text.strip()}" for text in visitor.texts
                  if re.search(r"(?<![\w.,])1(?![\w.,])", text)]
    assert not found


def test_a_missing_argument_is_reported_not_only_shown_as_question_marks(caplog, monkeypatch
                                                                         ) -> None:
    t = Translator().for_locale("fr")
    with pytest.raises(i18n.FormattingError, match="sel-paid"):  # the suite's setting
        t("sel-paid", amount="5 unités", name="Jan")
    monkeypatch.setattr(i18n, "on_formatting_errors", i18n.log_formatting_errors)
    with caplog.at_level("ERROR", logger="core.i18n"):
        text = t("sel-paid", amount="5 unités", name="Jan Peeters")
    assert text.endswith("Votre solde : balance.")  # Fluent shows the missing name
    assert "sel-paid formatted with errors" in caplog.text
    assert "Jan Peeters" not in caplog.text  # values are not logged


def test_names_are_listed_as_each_language_says_them() -> None:
    say = {code: Translator().for_locale(code) for code in LOCALES}
    assert i18n.listed(say["nl"], ["Noor", "Mats"]) == "Noor en Mats"
    assert i18n.listed(say["fr"], ("Noor", "Mats", "Lou")) == "Noor, Mats et Lou"
    assert i18n.listed(say["en"], iter(["Noor", "Mats", "Lou"])) == "Noor, Mats and Lou"
    assert i18n.listed(say["en"], ["Noor"]) == "Noor"
    assert i18n.listed(say["fr"], []) == ""
