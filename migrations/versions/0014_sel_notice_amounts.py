"""SEL notices give amounts in hours too: queued rows take the new arguments

The request, answer, expiry, reversal and limits notices now show "90 units (1 h 30)",
rendered in each recipient's language from a `{"sel_units": n}` argument, and their
plain `units` argument became `amount`. Their rows in the outbox are rewritten,
so that none waiting at the upgrade is sent with a missing argument.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-22 02:50:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# message id -> {old argument: new argument}; every one of them is an amount of units
RENAMED = {
    "sel-request-notice": {"units": "amount"},
    "sel-request-answered": {"units": "amount"},
    "sel-request-expired-notice": {"units": "amount"},
    "sel-reversal-notice": {"units": "amount", "balance": "balance"},
    "sel-limits-notice": {"low": "low", "high": "high"},
}

outbox = sa.table("outbox", sa.column("id", sa.Integer), sa.column("message_id", sa.String),
                  sa.column("message_args", sa.JSON))


def _rewrite(forward: bool) -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(outbox.c.id, outbox.c.message_id, outbox.c.message_args)
        .where(outbox.c.message_id.in_(list(RENAMED))))
    for row_id, message_id, args in rows.all():
        args = dict(args or {})
        for old, new in RENAMED[message_id].items():
            source, target = (old, new) if forward else (new, old)
            if source not in args:
                continue
            value = args.pop(source)
            if forward and not isinstance(value, dict):
                value = {"sel_units": value}
            elif not forward and isinstance(value, dict):
                value = value.get("sel_units")
            args[target] = value
        connection.execute(outbox.update().where(outbox.c.id == row_id)
                           .values(message_args=args))


def upgrade() -> None:
    _rewrite(forward=True)


def downgrade() -> None:
    _rewrite(forward=False)
