"""parents follow SEL categories, to hear of each new offer or need in them

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-23 10:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'sel_follows',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('school_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=16), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_sel_follows_member_id_members')),
        sa.ForeignKeyConstraint(['school_id'], ['schools.id'],
                                name=op.f('fk_sel_follows_school_id_schools')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sel_follows')),
        sa.UniqueConstraint('member_id', 'category',
                            name=op.f('uq_sel_follows_member_id_category')),
    )
    with op.batch_alter_table('sel_follows', schema=None) as batch_op:
        batch_op.create_index('ix_sel_follows_category', ['school_id', 'category'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sel_follows', schema=None) as batch_op:
        batch_op.drop_index('ix_sel_follows_category')
    op.drop_table('sel_follows')
