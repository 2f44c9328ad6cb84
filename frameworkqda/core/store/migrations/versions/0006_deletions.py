"""Who deleted what: a small log of deletions, so a message about something deleted since
names the coder and the time ("deleted by Taro at 2026-12-05 10:32 UTC") instead of
"someone else".

One row per document, case, attribute, code, coded passage or memo a command deletes, written
in the deleting transaction; projects made before this revision start with an empty log.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KINDS = (
    "document",
    "case",
    "attribute",
    "code",
    "segment",
    "memo:project",
    "memo:document",
    "memo:case",
    "memo:code",
    "memo:cell",
    "memo:segment",
)


def upgrade() -> None:
    op.create_table(
        "deletions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                *KINDS, name="deleted_kind", native_enum=False, create_constraint=True, length=16
            ),
            nullable=False,
        ),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("coder", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletions")),
    )
    op.create_index("ix_deletions_kind_item_id", "deletions", ["kind", "item_id"])


def downgrade() -> None:
    op.drop_index("ix_deletions_kind_item_id", table_name="deletions")
    op.drop_table("deletions")
