"""A coder's own charting of a cell says whether its summary is an auto-draft.

One column on ``cell_chartings``: ``draft``, as ``chart_cells.draft`` (schema 0010) is the
cell's. Each coder's charting keeps the summary they last set; an auto-draft was kept there as
if they had written it, so once a colleague wrote the cell's summary, the evidence panel's
"Charted by" and Compare coders showed the machine's quotes as the first coder's summary.
A charting whose summary is its cell's draft, word for word, is taken as that draft; every
other is taken as its coder's own, as every summary was before schema 0010.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "cell_chartings",
        sa.Column("draft", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    chartings = sa.table(
        "cell_chartings",
        sa.column("cell_id", sa.Integer),
        sa.column("summary", sa.Text),
        sa.column("draft", sa.Boolean),
    )
    cells = sa.table(
        "chart_cells",
        sa.column("id", sa.Integer),
        sa.column("summary", sa.Text),
        sa.column("draft", sa.Boolean),
    )
    drafted = (
        sa.select(cells.c.id)
        .where(
            cells.c.id == chartings.c.cell_id,
            cells.c.draft.is_(sa.true()),
            cells.c.summary == chartings.c.summary,
        )
        .exists()
    )
    op.execute(chartings.update().where(drafted).values(draft=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table("cell_chartings") as batch:
        batch.drop_column("draft")
