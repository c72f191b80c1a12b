"""How messages fit WhatsApp: buttons, lists, numbered text, long texts, files — every
payload checked against the local Graph API's rules (Meta's limits)."""

from __future__ import annotations

from bot.channels.base import Button, Rendered
from bot.channels.whatsapp.render import render, split_text
from tests.support.graph_api import check_message


def message(text: str, labels: list[str] = (), **extra) -> Rendered:
    return Rendered(1, 1, text, [[Button(label, f"cb:{i}") for i, label in enumerate(labels)]]
                    if labels else [], **extra)


def sendable(payloads: list[dict], media: dict | None = None) -> list[dict]:
    for payload in payloads:
        check_message({"messaging_product": "whatsapp", "to": "1", **payload}, media or {})
    return payloads


def test_up_to_three_short_buttons_are_reply_buttons_else_a_list() -> None:
    (payload,), numbered = render(message("Which language?", ["Français", "Nederlands",
                                                               "English"]))
    assert not numbered
    buttons = payload["interactive"]["action"]["buttons"]
    assert [b["reply"]["title"] for b in buttons] == ["Français", "Nederlands", "English"]
    assert [b["reply"]["id"] for b in buttons] == ["cb:0", "cb:1", "cb:2"]
    sendable([payload])
    (listed,), _ = render(message("When?", ["✅ 01/12/2026, 18:30 · School fair"]))
    (row,) = listed["interactive"]["action"]["sections"][0]["rows"]
    assert row == {"id": "cb:0", "title": "✅ 01/12/2026, 18:30 · S…",
                   "description": "✅ 01/12/2026, 18:30 · School fair"}
    sendable([listed])


def test_four_to_ten_buttons_are_a_list_and_more_are_numbered_text() -> None:
    (listed,), _ = render(message("Class?", [f"Class number {i} of the school" for i in
                                             range(9)]))
    rows = listed["interactive"]["action"]["sections"][0]["rows"]
    assert len(rows) == 9 and all(len(r["title"]) <= 24 for r in rows)
    assert rows[0]["description"] == "Class number 0 of the school"
    sendable([listed])
    (text,), numbered = render(message("Pick", [str(i) for i in range(12)]))
    assert numbered and text["text"]["body"].endswith("11. 10\n12. 11")
    sendable([text])


def test_long_texts_are_split_at_line_ends_and_buttons_follow() -> None:
    long = "\n".join(f"line {i:04d} " + "x" * 40 for i in range(200))
    assert all(len(chunk) <= 4096 for chunk in split_text(long))
    assert "\n".join(split_text(long)) == long
    payloads, _ = render(message(long, ["OK"]))
    assert [p["type"] for p in payloads] == ["text", "text", "text", "interactive"]
    assert payloads[-1]["interactive"]["body"]["text"] == "⬇️"
    sendable(payloads)


def test_a_photo_carries_its_caption_and_a_file_with_buttons_is_one_message() -> None:
    (photo,), _ = render(message("Fair on Saturday", is_photo=True, document="x.jpg"),
                         media_id="m1")
    assert photo == {"type": "image", "image": {"id": "m1", "caption": "Fair on Saturday"}}
    (together,), _ = render(message("Rules", ["Read"], document="rules.pdf"), media_id="m2")
    assert together["interactive"]["header"] == {
        "type": "document", "document": {"id": "m2", "filename": "rules.pdf"}}
    assert together["interactive"]["body"]["text"] == "Rules"
    sendable([together], {"m2": None})
    long = "x" * 2000  # too long for one message: the file, the text, then the buttons
    payloads, _ = render(message(long, ["Read"], document="rules.pdf"), media_id="m2")
    assert [p["type"] for p in payloads] == ["document", "text", "interactive"]
    sendable(payloads, {"m2": None})
