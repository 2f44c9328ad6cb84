"""The schema of one FrameworkQDA project, defined once: SQLAlchemy Core tables on one MetaData.

The ORM classes of ``model.py`` are mapped onto these tables; a verb that reads and writes
through SQLAlchemy Core (``import``, ``info``, ``text``) uses them directly and loads neither
``sqlalchemy.orm`` nor the mapped classes (~390 M instructions, ~90 ms of CPU, issue 15). The
migrations make the schema; ``tests/core/test_schema_drift.py`` checks they make this one.

Text positions are Unicode code points counted from 0 (what REFI-QDA uses); the GUI converts
to UTF-16 units at its edge. Every relation is a real foreign key with the cascade a
researcher would expect: deleting a document takes its segments with it, deleting a case keeps
its documents (they become unassigned).
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    literal_column,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from frameworkqda.core.kinds import AttributeKind, DeletedKind, DocumentKind

# Stable constraint names so alembic migrations work the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> datetime:
    """Timestamps are stored timezone-aware in UTC."""
    return datetime.now(UTC)


def new_guid() -> str:
    """A REFI-QDA identity for a new row, kept for ever (exports and round trips reuse it)."""
    return str(uuid.uuid4()).upper()


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that comes back timezone-aware in UTC on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _enum(cls: type[enum.StrEnum], name: str) -> Enum:
    # Stored as plain strings with a CHECK, never as a PostgreSQL ENUM type: simpler migrations.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        values_callable=lambda e: [m.value for m in e],
        length=16,
        create_constraint=True,
    )


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _guid() -> Column[str]:
    # nullable: rows made before schema 0003 have none until migrated; unique per table
    return Column("guid", String(36), unique=True, index=True, default=new_guid)


def _created_at() -> Column[datetime]:
    return Column("created_at", UTCDateTime(), nullable=False, default=utcnow)


def _updated_at() -> Column[datetime]:
    return Column("updated_at", UTCDateTime(), nullable=False, default=utcnow, onupdate=utcnow)


def _position(*, index: bool | None = None) -> Column[int]:
    return Column("position", Integer, nullable=False, default=0, index=index)


def _colour() -> Column[str]:
    return Column("colour", String(9), nullable=False, default="#9e9e9e")


# The single row describing the project itself.
project = Table(
    "project",
    metadata,
    _id(),
    Column("name", String(200), nullable=False),
    Column("description", Text, nullable=False, default=""),
    Column("framework", String(100)),
    _created_at(),
    Column("created_with", String(40), nullable=False, default=""),
    # bumped by every write transaction (store/changes.py): what another program polls
    Column("change_count", Integer, nullable=False, default=0),
)

# A person who codes; every segment, cell and memo names its author.
coders = Table(
    "coders",
    metadata,
    _id(),
    Column("name", String(200), nullable=False, unique=True),
    _guid(),
    _created_at(),
)

# A unit of comparison: a city, or "Japan (national)".
cases = Table(
    "cases",
    metadata,
    _id(),
    Column("name", String(200), nullable=False, unique=True),
    _guid(),
    Column("description", Text, nullable=False, default=""),
    _position(index=True),
)

# A typed case attribute such as population or share of foreign residents.
attribute_definitions = Table(
    "attribute_definitions",
    metadata,
    _id(),
    Column("name", String(200), nullable=False, unique=True),
    _guid(),
    Column("kind", _enum(AttributeKind, "attribute_kind"), nullable=False),
    _position(),
)

# One case's value of one attribute, kept in the column that matches its kind.
case_attribute_values = Table(
    "case_attribute_values",
    metadata,
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "attribute_id",
        Integer,
        ForeignKey("attribute_definitions.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    Column("value_text", Text),
    Column("value_number", Float),
)

# An imported source: its extracted text, language and where it belongs.
documents = Table(
    "documents",
    metadata,
    _id(),
    Column("name", String(400), nullable=False, unique=True),
    _guid(),
    Column("kind", _enum(DocumentKind, "document_kind"), nullable=False),
    Column("filename", String(400), nullable=False, default=""),
    Column("sha256", String(64), nullable=False, index=True),
    Column("language", String(8), nullable=False, default="und"),
    Column("text", Text, nullable=False, default=""),
    Column("page_count", Integer, nullable=False, default=0),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="SET NULL"), index=True),
    _position(),
    Column("imported_at", UTCDateTime(), nullable=False, default=utcnow),
    Column("read_at", UTCDateTime()),
    Column("import_notes", Text, nullable=False, default=""),
)

# The original bytes, kept apart so listing documents never loads them.
document_files = Table(
    "document_files",
    metadata,
    Column(
        "document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("data", LargeBinary, nullable=False),
)

# One page of a paged source and the geometry of the characters on it: ``char_start`` /
# ``char_end`` is the code-point range of the document text laid out on this page; ``boxes``
# packs one little-endian float32 quadruple (x0, top, x1, bottom, in PDF points from the
# page's top-left) per code point of that range; characters the importer inserted (joins,
# paragraph breaks) carry NaN boxes.
document_pages = Table(
    "document_pages",
    metadata,
    Column(
        "document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("page_number", Integer, primary_key=True),
    Column("width", Float, nullable=False),
    Column("height", Float, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("boxes", LargeBinary, nullable=False, default=b""),
    Column("ocr", Boolean, nullable=False, default=False),
    Index("ix_document_pages_doc_chars", "document_id", "char_start"),
)

# A node of the codebook: a theme (top level) or a sub-theme/measure below it.
codes = Table(
    "codes",
    metadata,
    _id(),
    Column("parent_id", Integer, ForeignKey("codes.id", ondelete="CASCADE"), index=True),
    Column("name", String(300), nullable=False),
    _guid(),
    # False: a heading only (REFI isCodable="false"), never applied to text nor charted
    Column("codable", Boolean, nullable=False, default=True, server_default=true()),
    Column("definition", Text, nullable=False, default=""),
    _colour(),
    _position(),
    _created_at(),
)

# An external score attached to a theme, e.g. Japan's national MIPEX 2015 score.
code_scores = Table(
    "code_scores",
    metadata,
    Column("code_id", Integer, ForeignKey("codes.id", ondelete="CASCADE"), primary_key=True),
    Column("series", String(100), primary_key=True),
    Column("value", Float, nullable=False),
)

# A coded passage: [start, end) in code points of the document text, tagged with a code.
segments = Table(
    "segments",
    metadata,
    _id(),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column(
        "code_id", Integer, ForeignKey("codes.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    # REFI selection GUID (shared by the codings of one foreign selection) and coding GUID
    Column("guid", String(36), index=True, default=new_guid),
    Column("coding_guid", String(36), unique=True, index=True, default=new_guid),
    Column("coder_id", Integer, ForeignKey("coders.id", ondelete="SET NULL"), index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("translation", Text, nullable=False, default=""),
    _created_at(),
    _updated_at(),
    CheckConstraint('start >= 0 AND start < "end"', name="range"),
    Index("ix_segments_document_start", "document_id", "start"),
)

# One entry of the project's value scale (Yes, No, Partially, ...).
chart_values = Table(
    "chart_values",
    metadata,
    _id(),
    Column("label", String(100), nullable=False, unique=True),
    Column("counts_as_present", Boolean, nullable=False),
    _colour(),
    _position(),
)

# A framework-matrix cell: what the researcher concluded for one case and one code.
chart_cells = Table(
    "chart_cells",
    metadata,
    _id(),
    Column("case_id", Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
    Column(
        "code_id", Integer, ForeignKey("codes.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    _guid(),  # of the REFI note that carries the cell
    Column("summary", Text, nullable=False, default=""),
    Column("value_id", Integer, ForeignKey("chart_values.id", ondelete="RESTRICT"), index=True),
    Column("coder_id", Integer, ForeignKey("coders.id", ondelete="SET NULL"), index=True),
    _updated_at(),
    # grows with every change (the ORM's UPDATE … WHERE version = ?, model.ChartCell): an
    # edit made from an older load is caught, never silently written over a newer one
    Column("version", Integer, nullable=False, default=1),
    # the summary is an auto-draft (quotes of the evidence) the researcher has not yet edited
    # or accepted (schema 0010): it is shown, counted and exported as still to do
    Column("draft", Boolean, nullable=False, default=False, server_default=false()),
    UniqueConstraint("case_id", "code_id"),
)

# What one write transaction changed, numbered by ``project.change_count``: another program on
# the same project reads the entries past the count it saw (store/changes.py).
change_log = Table(
    "change_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("origin", String(40), nullable=False),  # the Project object that wrote it
    Column("kinds", String(200), nullable=False),  # commands.Change values, comma-separated
    Column("cells", Text),  # "case:code,…", None: any cell
)

# Who deleted what, and when (schema 0006; a code merged into another: 0007; a free memo, kind
# ``memo:free``: 0009): written by the deleting command in its own transaction, read by the
# messages about something deleted since ("deleted by Taro at 10:32 UTC"); an undo that puts
# the item back removes its row (core/deletions.py). The coder is kept by name, as the app knew
# them: the log outlives a coder's row, and it is this project's own history, never merged or
# exported (docs/teamwork.md).
deletions = Table(
    "deletions",
    metadata,
    _id(),
    Column("kind", _enum(DeletedKind, "deleted_kind"), nullable=False),
    Column("item_id", Integer),  # a memo: its target's id
    Column("name", Text, nullable=False, default=""),  # as it was named when deleted
    Column("coder", String(200), nullable=False),
    Column("deleted_at", UTCDateTime(), nullable=False, default=utcnow),
    # a code merged into another (schema 0007): that code's id and its path then; else None
    Column("into_id", Integer),
    Column("into_name", Text),
    Index("ix_deletions_kind_item_id", "kind", "item_id"),
)

# One coder's charting of a cell: the value and summary that coder last set on it. The shared
# ``chart_cells`` row holds the last writer's charting; this table keeps every coder's, so two
# coders' values for one cell live side by side (charting agreement, merge).
cell_chartings = Table(
    "cell_chartings",
    metadata,
    _id(),
    Column("cell_id", Integer, ForeignKey("chart_cells.id", ondelete="CASCADE"), nullable=False),
    Column(
        "coder_id", Integer, ForeignKey("coders.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    Column("summary", Text, nullable=False, default=""),
    Column("value_id", Integer, ForeignKey("chart_values.id", ondelete="RESTRICT"), index=True),
    _updated_at(),
    # the coder's summary is an auto-draft they have not edited or accepted (schema 0011), as
    # ``chart_cells.draft`` is the cell's: another coder's summary never passes for a draft
    Column("draft", Boolean, nullable=False, default=False, server_default=false()),
    UniqueConstraint("cell_id", "coder_id"),
)


def _memo_target(name: str, table: str) -> Column[int]:
    return Column(
        name, Integer, ForeignKey(f"{table}.id", ondelete="CASCADE"), index=True, unique=True
    )


# A memo on the project (no target, no title), a free memo (no target, a title: NVivo's and
# MAXQDA's free memos, QualCoder's journals; as many as one has) or a memo on exactly one
# document, case, code, cell or segment. One per target, held by the store (schema 0008): each
# target column's index is unique, and ``uq_memos_project`` (on a constant, over the rows with
# no target and no title) lets one project memo be.
memos = Table(
    "memos",
    metadata,
    _id(),
    Column("title", String(300), nullable=False, default=""),
    _guid(),
    Column("text", Text, nullable=False, default=""),
    Column("coder_id", Integer, ForeignKey("coders.id", ondelete="SET NULL"), index=True),
    _memo_target("document_id", "documents"),
    _memo_target("case_id", "cases"),
    _memo_target("code_id", "codes"),
    _memo_target("cell_id", "chart_cells"),
    _memo_target("segment_id", "segments"),
    _created_at(),
    _updated_at(),
    CheckConstraint(
        "(CASE WHEN document_id IS NULL THEN 0 ELSE 1 END"
        " + CASE WHEN case_id IS NULL THEN 0 ELSE 1 END"
        " + CASE WHEN code_id IS NULL THEN 0 ELSE 1 END"
        " + CASE WHEN cell_id IS NULL THEN 0 ELSE 1 END"
        " + CASE WHEN segment_id IS NULL THEN 0 ELSE 1 END) <= 1",
        name="one_target",
    ),
    # one untitled memo on nothing (the project's; a titled one is a free memo): the index is
    # partial, as migration 0008 makes it (its PROJECT_MEMO); the condition is not repeated
    # here because SQLAlchemy loads the PostgreSQL dialect to check a postgresql_where (~50 ms
    # on every CLI start, `info` included), and no schema is made from these tables (the
    # migrations make it)
    Index("uq_memos_project", literal_column("(1)"), unique=True),
)
