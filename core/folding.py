"""Text as a search compares it: lower case, without the usual accents ("Éloïse" and
"eloise" are the same). The same table in Python, in SQLite (a function registered on
each connection by core.db) and in PostgreSQL (translate(), as unaccent is an extension
a school's server may not have), so that a typed word and a stored name fold alike."""

from __future__ import annotations

import unicodedata
from typing import Any

ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ"
PLAIN = "".join(unicodedata.normalize("NFD", letter)[0] for letter in ACCENTED)
_TABLE = str.maketrans(ACCENTED, PLAIN)


def fold(text: str) -> str:
    return text.translate(_TABLE).lower()


def fold_sql(value: Any) -> Any:
    """The SQLite function: NULL stays NULL."""
    return fold(value) if isinstance(value, str) else value
