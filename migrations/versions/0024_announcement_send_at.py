"""an announcement may be sent later: when it goes out ("scheduled" status)

Revision ID: 0024
Revises: 0023
Create Date: 2026-11-30 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0024'
down_revision: str | None = '0023'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('announcements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('send_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_announcements_send_at'), ['send_at'],
                              unique=False)


def downgrade() -> None:
    # Before 0024 no status "scheduled" exists: one would pass for sent, dateless, and
    # never go out. Its time goes with the column, so it is a draft again.
    op.execute("UPDATE announcements SET status = 'draft' WHERE status = 'scheduled'")
    with op.batch_alter_table('announcements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_announcements_send_at'))
        batch_op.drop_column('send_at')
