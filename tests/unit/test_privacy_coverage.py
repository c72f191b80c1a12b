"""Every table that points at a member or a child is covered by the export and by
erasure: a new table that forgets its personal data fails here."""

from __future__ import annotations

from core.members.erasure import ERASED_TABLES
from core.members.privacy import EXPORTED_TABLES
from core.models import Base

PERSONAL = {"members", "children"}


def tables_about_people() -> set[str]:
    return PERSONAL | {
        table.name for table in Base.metadata.sorted_tables
        for key in table.foreign_keys if key.column.table.name in PERSONAL}


def test_the_walk_finds_the_tables_we_know() -> None:
    assert {"identities", "sel_accounts", "rsvps", "order_payments", "admin_users",
            "member_children", "outbox"} <= tables_about_people()


def test_every_table_about_people_is_exported() -> None:
    assert tables_about_people() - set(EXPORTED_TABLES) == set()


def test_every_table_about_people_is_handled_by_erasure() -> None:
    assert tables_about_people() - set(ERASED_TABLES) == set()
