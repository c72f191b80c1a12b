"""link codes also share one's children with their other parent

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-22 05:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Codes made before this revision were all for another chat app.
    with op.batch_alter_table('link_codes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purpose', sa.String(length=16), nullable=False,
                                      server_default='chat_app'))


def downgrade() -> None:
    with op.batch_alter_table('link_codes', schema=None) as batch_op:
        batch_op.drop_column('purpose')
