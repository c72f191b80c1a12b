"""How SEL amounts and history lines read in each language."""

from __future__ import annotations

from core.i18n import Translate, format_date
from core.outbox import optional_arg
from core.sel.history import HistoryLine
from core.units import amount


def note_args(note: str | None) -> dict[str, str]:
    """A transfer's note for the messages that quote it; without one, their note sentence
    is left out (`has_note`) rather than showing a lone "-"."""
    return optional_arg("note", note)


def short_id(transfer_id: str) -> str:
    return transfer_id.replace("-", "")[:8]


def history_line(t: Translate, line: HistoryLine) -> str:
    who = line.counterparty or t("sel-the-school")
    return t("sel-history-line", date=format_date(t.locale, line.at), amount=amount(t, line.units),
             who=who, note=f" · {line.note}" if line.note else "", code=short_id(line.transfer_id),
             direction="out" if line.units < 0 else "in")
