"""A code merged into another is logged too: the deletions log names what it went into.

Two columns on ``deletions``: ``into_id`` (the code it was merged into) and ``into_name``
(that code's path then), both empty for a deletion. A message about the merged code then says
"merged into “B” by Taro at …" where it said "no code with id 3" or "someone else".

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("deletions", sa.Column("into_id", sa.Integer(), nullable=True))
    op.add_column("deletions", sa.Column("into_name", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deletions") as batch:
        batch.drop_column("into_name")
        batch.drop_column("into_id")
