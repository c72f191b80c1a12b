"""Long texts, measured and cut as each channel counts (bot/channels/long_text.py):
Telegram counts UTF-16 code units, where an emoji outside the BMP counts two."""

from __future__ import annotations

from bot.channels.long_text import cut_short, split_text, utf16_len


def test_telegram_units_cut_a_long_text_at_line_ends_within_4096() -> None:
    assert utf16_len("📅 Fête") == 7 and len("📅 Fête") == 6  # 📅 is two units, ê one
    week = "\n".join(f"• 18:30 📅 Outing {i:02d} " + "🌳" * 40 for i in range(45))
    assert len(week) < 4096 < utf16_len(week)  # fits in characters, not for Telegram
    assert split_text(week) == [week]  # as WhatsApp counts: one message
    parts = split_text(week, 4096, utf16_len)
    assert len(parts) == 2 and all(utf16_len(part) <= 4096 for part in parts)
    assert "\n".join(parts) == week  # cut at a line end, nothing lost
    # Without line ends, between words; within a word only when there is no space.
    words = " ".join(["🌳🌳🌳"] * 1000)  # 6,999 units
    parts = split_text(words, 4096, utf16_len)
    assert " ".join(parts) == words and {w for p in parts for w in p.split(" ")} == {"🌳🌳🌳"}
    assert split_text("🌳" * 3000, 4096, utf16_len) == ["🌳" * 2048, "🌳" * 952]
    # What cannot be split (an edit) ends with "…" within the limit, between words.
    short = cut_short(words, 4096, utf16_len)
    assert utf16_len(short) <= 4096 and short.endswith("🌳🌳🌳…")
    assert cut_short("Fine as it is", 4096, utf16_len) == "Fine as it is"
