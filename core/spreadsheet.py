"""CSV files as spreadsheet apps in Belgium expect them (fr_BE, nl_BE): semicolons between
columns and decimal commas, so a double click opens them in columns; a BOM so that Excel
reads the accents as UTF-8. Every CSV SchoolHub hands out is made here."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

Cell = str | int | Decimal | None


def sheet(rows: Iterable[Sequence[Cell]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerows([_cell(value) for value in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")


def _cell(value: Cell) -> str | int:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value).replace(".", ",")
    return value
