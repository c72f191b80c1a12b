"""parents report SEL posts to the school's admins, who may remove a post with a reason

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-27 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0022'
down_revision: str | None = '0021'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'sel_post_reports',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('school_id', sa.Integer(), nullable=False),
        sa.Column('post_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('dismissed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_sel_post_reports_member_id_members')),
        sa.ForeignKeyConstraint(['post_id'], ['sel_posts.id'],
                                name=op.f('fk_sel_post_reports_post_id_sel_posts')),
        sa.ForeignKeyConstraint(['school_id'], ['schools.id'],
                                name=op.f('fk_sel_post_reports_school_id_schools')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sel_post_reports')),
        sa.UniqueConstraint('post_id', 'member_id',
                            name=op.f('uq_sel_post_reports_post_id_member_id')),
    )
    with op.batch_alter_table('sel_post_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sel_post_reports_member_id'), ['member_id'],
                              unique=False)
    with op.batch_alter_table('sel_posts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('removed_reason', sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sel_posts', schema=None) as batch_op:
        batch_op.drop_column('removed_reason')
    with op.batch_alter_table('sel_post_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sel_post_reports_member_id'))
    op.drop_table('sel_post_reports')
