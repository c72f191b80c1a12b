"""a child's class given for the coming school year (from 15 July until the school starts
it): the new year keeps the child in that level instead of moving them one class up

Revision ID: 0025
Revises: 0024
Create Date: 2026-11-30 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0025'
down_revision: str | None = '0024'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.add_column(sa.Column('placed_for', sa.String(length=9), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('children', schema=None) as batch_op:
        batch_op.drop_column('placed_for')
