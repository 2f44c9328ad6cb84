"""REFI-QDA identity: a GUID on every exchanged row, and codes that are headings only.

An import keeps the GUIDs a file brings and an export writes them back, so a code, case,
source, user, selection or note keeps its identity through other programs. Rows made before
this revision get a fresh GUID here. ``codes.codable`` keeps REFI's ``isCodable``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

import uuid

from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# table -> (column, unique)
GUIDS = {
    "coders": [("guid", True)],
    "codes": [("guid", True)],
    "cases": [("guid", True)],
    "attribute_definitions": [("guid", True)],
    "documents": [("guid", True)],
    "segments": [("guid", False), ("coding_guid", True)],
    "chart_cells": [("guid", True)],
    "memos": [("guid", True)],
}


def upgrade() -> None:
    bind = op.get_bind()
    for table, columns in GUIDS.items():
        for column, unique in columns:
            op.add_column(table, sa.Column(column, sa.String(length=36), nullable=True))
            rows = sa.table(table, sa.column("id"), sa.column(column))
            ids = [row[0] for row in bind.execute(sa.select(rows.c.id))]
            if ids:
                bind.execute(
                    rows.update().where(rows.c.id == sa.bindparam("ident")),
                    [{"ident": i, column: str(uuid.uuid4()).upper()} for i in ids],
                )
            op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=unique)
    op.add_column(
        "codes", sa.Column("codable", sa.Boolean(), server_default=sa.true(), nullable=False)
    )


def downgrade() -> None:
    with op.batch_alter_table("codes") as batch:
        batch.drop_column("codable")
    for table, columns in reversed(GUIDS.items()):
        for column, _unique in reversed(columns):
            op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
            with op.batch_alter_table(table) as batch:
                batch.drop_column(column)
