"""An auto-drafted summary stays a draft until the researcher edits or accepts it.

One column on ``chart_cells``: ``draft`` (False for every cell there is: a summary written
before this revision is taken as the researcher's). "Auto-draft empty cells" wrote its quotes
as if they were the researcher's synthesis: the charting stage counted them as charted and the
exports printed them as summaries. A draft is now shown, counted and exported as still to do.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from alembic import op
import sqlalchemy as sa

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "chart_cells",
        sa.Column("draft", sa.Boolean(), server_default=sa.false(), nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("chart_cells") as batch:
        batch.drop_column("draft")
