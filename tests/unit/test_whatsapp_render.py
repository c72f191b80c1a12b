"""How messages fit WhatsApp: buttons, lists, numbered text, long texts, files — every
payload checked against the local Graph API's rules (Meta's limits) — and which button
an answer typed back presses."""

from __future__ import annotations

from bot.channels.base import Button, Rendered
from bot.channels.long_text import split_text
from bot.channels.whatsapp.inbound import typed_choice
from bot.channels.whatsapp.render import goes_numbered, render
from tests.support.graph_api import check_message


def message(text: str, labels: list[str] = (), **extra) -> Rendered:
    return Rendered(1, 1, text, [[Button(label, f"cb:{i}") for i, label in enumerate(labels)]]
                    if labels else [], **extra)


def sendable(payloads: list[dict], media: dict | None = None) -> list[dict]:
    for payload in payloads:
        check_message({"messaging_product": "whatsapp", "to": "1", **payload}, media or {})
    return payloads


def test_up_to_three_short_buttons_are_reply_buttons_else_a_list() -> None:
    which = message("Which language?", ["Français", "Nederlands", "English"])
    (payload,) = render(which)
    assert not goes_numbered(which.flat_buttons)
    buttons = payload["interactive"]["action"]["buttons"]
    assert [b["reply"]["title"] for b in buttons] == ["Français", "Nederlands", "English"]
    assert [b["reply"]["id"] for b in buttons] == ["cb:0", "cb:1", "cb:2"]
    sendable([payload])
    (listed,) = render(message("When?", ["✅ 01/12/2026, 18:30 · School fair"]))
    (row,) = listed["interactive"]["action"]["sections"][0]["rows"]
    assert row == {"id": "cb:0", "title": "✅ 01/12/2026, 18:30 · S…",
                   "description": "✅ 01/12/2026, 18:30 · School fair"}
    sendable([listed])
    # Two parents of one name: Meta refuses repeated button titles, a list's rows may.
    (same,) = render(message("Who?", ["Anna De Smet", "Anna De Smet"]))
    assert same["interactive"]["type"] == "list"
    sendable([same])


def test_four_to_ten_buttons_are_a_list_and_more_are_numbered_text() -> None:
    (listed,) = render(message("Class?", [f"Class number {i} of the school" for i in
                                             range(9)]))
    rows = listed["interactive"]["action"]["sections"][0]["rows"]
    assert len(rows) == 9 and all(len(r["title"]) <= 24 for r in rows)
    assert rows[0]["description"] == "Class number 0 of the school"
    sendable([listed])
    pick = message("Pick", [str(i) for i in range(12)])
    (text,) = render(pick)
    assert goes_numbered(pick.flat_buttons) and text["text"]["body"].endswith("11. 10\n12. 11")
    sendable([text])


def test_a_long_paragraph_is_split_between_words() -> None:
    words = " ".join(f"mot{i:04d}" for i in range(1000))  # 7,999 characters, one line
    chunks = split_text(words)
    assert len(chunks) == 2 and all(len(chunk) <= 4096 for chunk in chunks)
    assert all(chunk.split(" ")[-1].startswith("mot") and len(chunk.split(" ")[-1]) == 7
               for chunk in chunks)  # no word cut in two
    assert " ".join(chunks) == words
    assert split_text("x" * 5000) == ["x" * 4096, "x" * 904]  # no space: cut where it must


def test_long_texts_are_split_at_line_ends_and_buttons_follow() -> None:
    long = "\n".join(f"line {i:04d} " + "x" * 40 for i in range(200))
    assert all(len(chunk) <= 4096 for chunk in split_text(long))
    assert "\n".join(split_text(long)) == long
    payloads = render(message(long, ["OK"]))
    assert [p["type"] for p in payloads] == ["text", "text", "text", "interactive"]
    assert payloads[-1]["interactive"]["body"]["text"] == "⬇️"
    sendable(payloads)


def test_a_photo_carries_its_caption_and_a_file_with_buttons_is_one_message() -> None:
    (photo,) = render(message("Fair on Saturday", is_photo=True, document="x.jpg"),
                         media_id="m1")
    assert photo == {"type": "image", "image": {"id": "m1", "caption": "Fair on Saturday"}}
    (together,) = render(message("Rules", ["Read"], document="rules.pdf"), media_id="m2")
    assert together["interactive"]["header"] == {
        "type": "document", "document": {"id": "m2", "filename": "rules.pdf"}}
    assert together["interactive"]["body"]["text"] == "Rules"
    sendable([together], {"m2": None})
    long = "x" * 2000  # too long for one message: the file, the text, then the buttons
    payloads = render(message(long, ["Read"], document="rules.pdf"), media_id="m2")
    assert [p["type"] for p in payloads] == ["document", "text", "interactive"]
    sendable(payloads, {"m2": None})


def test_a_typed_answer_presses_the_button_it_names_or_its_number() -> None:
    def pressed(labels: list[str], text: str) -> str | None:
        choice = typed_choice(message("?", labels).flat_buttons, text)
        return choice.label if choice else None

    invitation = ["✅ Oui", "🤔 Peut-être", "❌ Non"]
    assert [pressed(invitation, t) for t in ("oui", " Peut-etre ", "NON !", "si")] == [
        "✅ Oui", "🤔 Peut-être", "❌ Non", None]
    assert pressed(["0", "1", "2", "3"], "2") == "2"  # a row's label, not its place
    assert pressed(["◀", "▶"], "▶") is None  # no words: nothing to compare
    assert pressed(["✅ Pay", "Cancel"], "yes") == "✅ Pay"  # the one yes of a question
    assert pressed(["✅ Pay", "Cancel"], "/pay") is None  # a command stays a command
    assert pressed(["Yes, continue", "Cancel"], "oui") is None  # no ✅: no yes button
    assert pressed(["✅ P1", "✅ P2", "P3", "Done"], "yes") is None  # ticks, not a yes
    classes = [f"{n}e" for n in range(12)]  # numbered text: the number is the place
    assert (pressed(classes, "2"), pressed(classes, "13"), pressed(classes, "11e")) == (
        "1e", None, "11e")


def test_a_typed_no_presses_the_one_button_that_says_no() -> None:
    """ "nee" to "Mats uit je profiel verwijderen?" used to get "Dat begreep ik niet"."""
    def pressed(labels: list[str], text: str) -> str | None:
        choice = typed_choice(message("?", labels).flat_buttons, text)
        return choice.label if choice else None

    remove = ["Ja, verwijderen", "Nee, behouden"]
    assert [pressed(remove, t) for t in ("nee", "Neen merci", "non", "no thanks")] == [
        "Nee, behouden"] * 4
    assert pressed(remove, "ja") is None  # a yes without ✅ stays unpressed
    assert pressed(["Overslaan"], "nee") == "Overslaan"  # no phone number, no note
    assert pressed(["➕ Nog een kind", "Verder"], "nee dank je") == "Verder"
    assert pressed(["✅ Betalen", "✏️ Bedrag", "Annuleren"], "nee") is None  # no "no" there
    assert pressed(["No, stay", "No, keep it"], "no") is None  # which one: unclear


def test_thanks_typed_under_an_announcement_presses_its_read_button() -> None:
    """ "👍" or "ok" back to an announcement got "Graag gedaan!", and the class rep's
    count of readers missed the family."""
    def pressed(labels: list[str], text: str) -> str | None:
        choice = typed_choice(message("?", labels).flat_buttons, text)
        return choice.label if choice else None

    for text in ("👍", "ok", "Oké bedankt", "merci !", "thanks 🙏"):
        assert pressed(["👍 Gelezen"], text) == "👍 Gelezen", text
    assert pressed(["✅ Betalen", "Annuleren"], "ok") is None  # thanks is no yes
