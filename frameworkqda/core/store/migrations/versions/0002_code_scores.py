"""External scores attached to themes (e.g. Japan's national MIPEX area scores).

Stage 5 ranks themes by the project's counts beside a ranking by such a score.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('code_scores',
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=100), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], name=op.f('fk_code_scores_code_id_codes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('code_id', 'series', name=op.f('pk_code_scores'))
    )


def downgrade() -> None:
    op.drop_table("code_scores")
