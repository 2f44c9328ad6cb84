"""Per-coder chartings: every coder's value and summary of a cell, side by side.

``chart_cells`` keeps one row per case × code (the last writer's); ``cell_chartings`` keeps
each coder's own, for charting agreement and merging. Every cell that names its author gets
that author's charting here (the cell as they left it).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cell_chartings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cell_id", sa.Integer(), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("value_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["cell_id"],
            ["chart_cells.id"],
            name=op.f("fk_cell_chartings_cell_id_chart_cells"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["coder_id"],
            ["coders.id"],
            name=op.f("fk_cell_chartings_coder_id_coders"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["value_id"],
            ["chart_values.id"],
            name=op.f("fk_cell_chartings_value_id_chart_values"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cell_chartings")),
        sa.UniqueConstraint("cell_id", "coder_id", name=op.f("uq_cell_chartings_cell_id_coder_id")),
    )
    op.create_index(op.f("ix_cell_chartings_coder_id"), "cell_chartings", ["coder_id"])
    op.create_index(op.f("ix_cell_chartings_value_id"), "cell_chartings", ["value_id"])
    op.execute(
        "INSERT INTO cell_chartings (cell_id, coder_id, summary, value_id, updated_at) "
        "SELECT id, coder_id, summary, value_id, updated_at FROM chart_cells "
        "WHERE coder_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_cell_chartings_value_id"), table_name="cell_chartings")
    op.drop_index(op.f("ix_cell_chartings_coder_id"), table_name="cell_chartings")
    op.drop_table("cell_chartings")
