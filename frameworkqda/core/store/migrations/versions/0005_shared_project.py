"""A shared project: a version on every chart cell and a log of what each write changed.

``chart_cells.version`` grows with every change of a cell, so an edit made from what someone
loaded earlier is caught instead of overwriting a newer one (UPDATE … WHERE version = ?).
``project.change_count`` is bumped by every write transaction and ``change_log`` says, per
count, what kinds of rows it changed (and which cells), so another program on the same project
refreshes just that.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "chart_cells", sa.Column("version", sa.Integer(), server_default="1", nullable=False)
    )
    op.add_column(
        "project", sa.Column("change_count", sa.Integer(), server_default="0", nullable=False)
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("kinds", sa.String(length=200), nullable=False),
        sa.Column("cells", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )


def downgrade() -> None:
    op.drop_table("change_log")
    with op.batch_alter_table("project") as batch:
        batch.drop_column("change_count")
    with op.batch_alter_table("chart_cells") as batch:
        batch.drop_column("version")
