"""Operations on whole databases: verified backups and restores, rotation, and copying
a school from one database to another (SQLite -> PostgreSQL)."""

from __future__ import annotations


class OperationRefused(Exception):
    """Nothing was changed: the command explains why (shown to the operator as is)."""
