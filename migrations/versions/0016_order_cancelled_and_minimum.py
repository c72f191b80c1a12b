"""group orders: when an order was cancelled (it stays in its families' /orders a
while), and how many "minimum reached / lost" notices its organiser had

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-23 08:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('group_orders', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancelled_at', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('minimum_notices', sa.Integer(), nullable=False,
                                      server_default='0'))
    # Open orders at or over their minimum were told "reached" already: a dip is news.
    op.execute("UPDATE group_orders SET minimum_notices = 1 WHERE status = 'open' AND "
               "min_quantity <= (SELECT COALESCE(SUM(quantity), 0) FROM group_order_lines "
               "WHERE group_order_lines.order_id = group_orders.id)")


def downgrade() -> None:
    with op.batch_alter_table('group_orders', schema=None) as batch_op:
        batch_op.drop_column('minimum_notices')
        batch_op.drop_column('cancelled_at')
