"""One memo per item, held by the store: a unique index on each of a memo's target columns,
and one on the memo with no target and no title (the project's).

The app showed and wrote one memo per item, but nothing kept a second from being stored: a
REFI-QDA import kept each free-standing note as a project memo of its own, a merge by an older
version re-pointed a code's memos onto another, and two programs writing an item's first memo
at once each made one. Before the indexes are made, the memos already on one item are joined
into its first (the earliest written), each further one's text after it under a heading naming
its title, author and date — the joining a code merge and a REFI-QDA import use
(``memos.joined_memo``) — so upgrading loses no text. Memos on nothing that have a title are
free memos (a REFI-QDA import's free-standing notes: NVivo's and MAXQDA's free memos,
QualCoder's journals), as many as there are: they stay as they are; only untitled ones, the
project memo, are joined when there are several. "Untitled" is one rule, the app's: every
title is stripped first (a title of spaces alone is none — the app read one so, so a memo on
nothing titled '   ' was the project's to it while the index took it for a free memo, and the
REFI-QDA export dropped the real project memo), so the index and the app agree. The headings
are in English: an upgrade has no interface language.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from alembic import op
import sqlalchemy as sa

from frameworkqda.core.tables import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TARGETS = ("document_id", "case_id", "code_id", "cell_id", "segment_id")
PROJECT_MEMO = (
    "document_id IS NULL AND case_id IS NULL AND code_id IS NULL AND cell_id IS NULL"
    " AND segment_id IS NULL AND (title IS NULL OR title = '')"
)

memos = sa.table(
    "memos",
    sa.column("id", sa.Integer()),
    sa.column("title", sa.String()),
    sa.column("text", sa.Text()),
    sa.column("coder_id", sa.Integer()),
    sa.column("created_at", UTCDateTime()),
    *(sa.column(column, sa.Integer()) for column in TARGETS),
)


def _join(
    connection: sa.Connection,
    names: dict[int, str],
    where: sa.ColumnElement[bool] | sa.TextClause,
) -> None:
    """The memos ``where`` picks (one item's) joined into the earliest written."""
    # here, not at the top: alembic loads every revision to upgrade (and ``new`` to create a
    # project), and the memos module loads the ORM and the model, which only joining needs
    from frameworkqda.core.memos import joined_memo

    kept, *others = connection.execute(
        sa.select(memos.c.id, memos.c.title, memos.c.text, memos.c.coder_id, memos.c.created_at)
        .where(where)
        .order_by(memos.c.created_at, memos.c.id)
    ).all()
    text, title = kept.text or "", kept.title or ""
    for memo in others:
        author = names.get(memo.coder_id) if memo.coder_id is not None else None
        text = joined_memo(text, memo.title or "", memo.text or "", author, memo.created_at)
        if not title.strip() and (memo.title or "").strip():
            title = memo.title
    connection.execute(
        sa.update(memos).where(memos.c.id == kept.id).values(text=text, title=title)
    )
    connection.execute(sa.delete(memos).where(memos.c.id.in_([memo.id for memo in others])))


def _strip_titles(connection: sa.Connection) -> None:
    """Every memo's title stripped, one of spaces alone (any: Python's, as the app's, takes the
    ideographic space too) made '' — untitled, as the app reads it."""
    for ident, title in connection.execute(
        sa.select(memos.c.id, memos.c.title).where(memos.c.title.is_not(None))
    ).all():
        if title != title.strip():
            connection.execute(
                sa.update(memos).where(memos.c.id == ident).values(title=title.strip())
            )


def upgrade() -> None:
    connection = op.get_bind()
    _strip_titles(connection)
    names = {
        ident: name
        for ident, name in connection.execute(sa.text("SELECT id, name FROM coders")).all()
    }
    for name in TARGETS:
        column = memos.c[name]
        doubled = connection.execute(
            sa.select(column)
            .where(column.is_not(None))
            .group_by(column)
            .having(sa.func.count() > 1)
        ).scalars()
        for target in list(doubled):
            _join(connection, names, column == target)
    on_project = connection.execute(
        sa.select(sa.func.count()).select_from(memos).where(sa.text(PROJECT_MEMO))
    ).scalar_one()
    if on_project > 1:
        _join(connection, names, sa.text(PROJECT_MEMO))

    for name in TARGETS:
        op.drop_index(f"ix_memos_{name}", table_name="memos")
        op.create_index(f"ix_memos_{name}", "memos", [name], unique=True)
    op.create_index(
        "uq_memos_project",
        "memos",
        [sa.literal_column("(1)")],
        unique=True,
        sqlite_where=sa.text(PROJECT_MEMO),
        postgresql_where=sa.text(PROJECT_MEMO),
    )


def downgrade() -> None:
    op.drop_index("uq_memos_project", table_name="memos")
    for name in TARGETS:
        op.drop_index(f"ix_memos_{name}", table_name="memos")
        op.create_index(f"ix_memos_{name}", "memos", [name], unique=False)
