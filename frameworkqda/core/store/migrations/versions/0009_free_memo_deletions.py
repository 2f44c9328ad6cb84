"""A free memo's deletion is logged too: the deletions log takes the kind ``memo:free``.

Free memos (memos on nothing, titled: NVivo's and MAXQDA's free memos) came with schema 0008,
but the log's kinds (the CHECK constraint ``ck_deletions_deleted_kind``, schema 0006) named a
memo only by what it is on, so deleting a free memo left no row: a teammate's save on it said
only that it was "no longer in the project". The constraint is made again with ``memo:free``
(its ``item_id`` the memo's own id, its ``name`` the memo's title); the rows stay as they are.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
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
FREE_MEMO = "memo:free"


def _kinds(*kinds: str) -> sa.Enum:
    return sa.Enum(
        *kinds, name="deleted_kind", native_enum=False, create_constraint=True, length=16
    )


def upgrade() -> None:
    with op.batch_alter_table("deletions") as batch:
        batch.alter_column(
            "kind",
            type_=_kinds(*KINDS, FREE_MEMO),
            existing_type=_kinds(*KINDS),
            existing_nullable=False,
        )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM deletions WHERE kind = :kind").bindparams(kind=FREE_MEMO))
    with op.batch_alter_table("deletions") as batch:
        batch.alter_column(
            "kind",
            type_=_kinds(*KINDS),
            existing_type=_kinds(*KINDS, FREE_MEMO),
            existing_nullable=False,
        )
