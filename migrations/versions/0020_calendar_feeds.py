"""members subscribe their calendar app to a secret feed of their events

Revision ID: 0020
Revises: 0019
Create Date: 2026-11-25 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020'
down_revision: str | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'calendar_feeds',
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('token', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_calendar_feeds_member_id_members')),
        sa.PrimaryKeyConstraint('member_id', name=op.f('pk_calendar_feeds')),
        sa.UniqueConstraint('token', name=op.f('uq_calendar_feeds_token')),
    )


def downgrade() -> None:
    op.drop_table('calendar_feeds')
