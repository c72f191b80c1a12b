"""The line a tapped answer leaves at the end of its message, where messages are edited in
place (Telegram): an event's invitation ("Your answer: ✅ yes"), a poll ("Your answer:
Sat 19"). A later tap replaces it rather than adding one."""

from __future__ import annotations


def with_answer_line(text: str, line: str, starts: tuple[str, ...],
                     separator: str = "\n") -> str:
    """`text` with `line` last, after `separator`, in place of the answer line an earlier
    tap put there in whichever language it was then (`starts`: how it begins in each
    language, since the parent may have changed language between two answers)."""
    body, found, last = text.rpartition(separator)
    if found and last.startswith(starts):
        text = body
    return f"{text}{separator}{line}"
