"""stored WhatsApp calls remember their sender, so that one person's calls are handled in
order across replicas

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-22 11:20:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Calls stored before this revision keep no sender: they are handled as before.
    with op.batch_alter_table('inbound_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sender', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_inbound_events_sender'), ['sender'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('inbound_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbound_events_sender'))
        batch_op.drop_column('sender')
