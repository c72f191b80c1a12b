"""an announcement may be a quick poll: its choices, and each family's answer

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-29 09:00:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0023'
down_revision: str | None = '0022'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('announcements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('choices', sa.JSON(none_as_null=True), nullable=True))
    op.create_table(
        'announcement_answers',
        sa.Column('announcement_id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('choice', sa.Integer(), nullable=False),
        sa.Column('answered_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['announcement_id'], ['announcements.id'],
                                name=op.f('fk_announcement_answers_announcement_id_announcements')),
        sa.ForeignKeyConstraint(['member_id'], ['members.id'],
                                name=op.f('fk_announcement_answers_member_id_members')),
        sa.PrimaryKeyConstraint('announcement_id', 'member_id',
                                name=op.f('pk_announcement_answers')),
    )
    with op.batch_alter_table('announcement_answers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_announcement_answers_member_id'), ['member_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('announcement_answers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_announcement_answers_member_id'))
    op.drop_table('announcement_answers')
    with op.batch_alter_table('announcements', schema=None) as batch_op:
        batch_op.drop_column('choices')
