"""Text as a search compares it and a list sorts it: lower case, without the usual
accents ("Éloïse" and "eloise" are the same, and "Élodie" comes before "Zoé"). The same
table in Python, in SQLite (a function registered on each connection by core.db) and in
PostgreSQL (translate(), as unaccent is an extension a school's server may not have), so
that a typed word and a stored name fold alike."""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

ACCENTED = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ"
PLAIN = "".join(unicodedata.normalize("NFD", letter)[0] for letter in ACCENTED)
_TABLE = str.maketrans(ACCENTED, PLAIN)


def fold(text: str) -> str:
    return text.translate(_TABLE).lower()


def fold_sql(value: Any) -> Any:
    """The SQLite function: NULL stays NULL."""
    return fold(value) if isinstance(value, str) else value


class folded(FunctionElement[str]):  # noqa: N801 - used like a SQL function
    """The folded text, in SQL: compare it with `fold(word)`."""

    type = String()
    name = "folded"
    inherit_cache = True


@compiles(folded)
def _folded_by_function(element: folded, compiler: SQLCompiler, **options: Any) -> str:
    """SQLite: the function core.db registers on each connection."""
    return f"schoolhub_fold({compiler.process(element.clauses, **options)})"


@compiles(folded, "postgresql")
def _folded_by_translate(element: folded, compiler: SQLCompiler, **options: Any) -> str:
    text = compiler.process(element.clauses, **options)
    return f"lower(translate({text}, '{ACCENTED}', '{PLAIN}'))"
