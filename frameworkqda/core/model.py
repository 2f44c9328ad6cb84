"""The domain model: typed SQLAlchemy 2 ORM classes for one FrameworkQDA project.

One database holds one project. Text positions are Unicode code points counted from 0
(what REFI-QDA uses); the GUI converts to UTF-16 units at its edge. Every relation is a
real foreign key with the cascade a researcher would expect: deleting a document takes its
segments with it, deleting a case keeps its documents (they become unassigned).
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
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
    literal_column,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from frameworkqda.core.kinds import AttributeKind as AttributeKind  # part of the model
from frameworkqda.core.kinds import DeletedKind as DeletedKind  # part of the model
from frameworkqda.core.kinds import DocumentKind as DocumentKind  # part of the model

# Stable constraint names so alembic migrations work the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timestamps are stored timezone-aware in UTC."""
    return datetime.now(UTC)


def new_guid() -> str:
    """A REFI-QDA identity for a new row, kept for ever (exports and round trips reuse it)."""
    return str(uuid.uuid4()).upper()


def _guid() -> Mapped[str | None]:
    # nullable: rows made before schema 0003 have none until migrated; unique per table
    return mapped_column(String(36), unique=True, index=True, default=new_guid)


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


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(entity: type[Base]) -> Table:
    """The table ``entity`` is mapped to, for SQLAlchemy Core statements: they configure no
    mapper, which the first ORM statement of a process does for all of them (~30 ms)."""
    return Base.metadata.tables[entity.__tablename__]


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


class ProjectInfo(Base):
    """The single row describing the project itself."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    framework: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_with: Mapped[str] = mapped_column(String(40), default="")
    # bumped by every write transaction (store/changes.py): what another program polls
    change_count: Mapped[int] = mapped_column(default=0)


class Coder(Base):
    """A person who codes; every segment, cell and memo names its author."""

    __tablename__ = "coders"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    guid: Mapped[str | None] = _guid()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Case(Base):
    """A unit of comparison: a city, or "Japan (national)"."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    guid: Mapped[str | None] = _guid()
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0, index=True)

    documents: Mapped[list[Document]] = relationship(back_populates="case")
    attribute_values: Mapped[list[CaseAttributeValue]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )


class AttributeDefinition(Base):
    """A typed case attribute such as population or share of foreign residents."""

    __tablename__ = "attribute_definitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    guid: Mapped[str | None] = _guid()
    kind: Mapped[AttributeKind] = mapped_column(_enum(AttributeKind, "attribute_kind"))
    position: Mapped[int] = mapped_column(Integer, default=0)

    values: Mapped[list[CaseAttributeValue]] = relationship(
        back_populates="attribute", cascade="all, delete-orphan", passive_deletes=True
    )


class CaseAttributeValue(Base):
    """One case's value of one attribute, kept in the column that matches its kind."""

    __tablename__ = "case_attribute_values"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    attribute_id: Mapped[int] = mapped_column(
        ForeignKey("attribute_definitions.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[float | None] = mapped_column(Float)

    case: Mapped[Case] = relationship(back_populates="attribute_values")
    attribute: Mapped[AttributeDefinition] = relationship(back_populates="values")


class Document(Base):
    """An imported source: its extracted text, language and where it belongs."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(400), unique=True)
    guid: Mapped[str | None] = _guid()
    kind: Mapped[DocumentKind] = mapped_column(_enum(DocumentKind, "document_kind"))
    filename: Mapped[str] = mapped_column(String(400), default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    language: Mapped[str] = mapped_column(String(8), default="und")
    text: Mapped[str] = mapped_column(Text, default="")
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    import_notes: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case | None] = relationship(back_populates="documents")
    original: Mapped[DocumentFile] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, lazy="raise"
    )
    pages: Mapped[list[DocumentPage]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DocumentPage.page_number"
    )
    segments: Mapped[list[Segment]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class DocumentFile(Base):
    """The original bytes, kept apart so listing documents never loads them."""

    __tablename__ = "document_files"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentPage(Base):
    """One page of a paged source and the geometry of the characters on it.

    ``char_start``/``char_end`` is the code-point range of the document text laid out on this
    page. ``boxes`` packs one little-endian float32 quadruple (x0, top, x1, bottom, in PDF
    points from the page's top-left) per code point of that range; characters the importer
    inserted (joins, paragraph breaks) carry NaN boxes.
    """

    __tablename__ = "document_pages"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    page_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    boxes: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    ocr: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_document_pages_doc_chars", "document_id", "char_start"),)


class Code(Base):
    """A node of the codebook: a theme (top level) or a sub-theme/measure below it."""

    __tablename__ = "codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    guid: Mapped[str | None] = _guid()
    # False: a heading only (REFI isCodable="false"), never applied to text nor charted
    codable: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    definition: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str] = mapped_column(String(9), default="#9e9e9e")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    parent: Mapped[Code | None] = relationship(back_populates="children", remote_side=[id])
    children: Mapped[list[Code]] = relationship(
        back_populates="parent",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Code.position",
    )
    segments: Mapped[list[Segment]] = relationship(
        back_populates="code", cascade="all, delete-orphan", passive_deletes=True
    )


class CodeScore(Base):
    """An external score attached to a theme, e.g. Japan's national MIPEX 2015 score."""

    __tablename__ = "code_scores"

    code_id: Mapped[int] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), primary_key=True
    )
    series: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[float] = mapped_column(Float)


class Segment(Base):
    """A coded passage: [start, end) in code points of the document text, tagged with a code."""

    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"), index=True)
    # REFI selection GUID (shared by the codings of one foreign selection) and coding GUID
    guid: Mapped[str | None] = mapped_column(String(36), index=True, default=new_guid)
    coding_guid: Mapped[str | None] = _guid()
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    translation: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship(back_populates="segments")
    code: Mapped[Code] = relationship(back_populates="segments")
    coder: Mapped[Coder | None] = relationship()

    __table_args__ = (
        CheckConstraint('start >= 0 AND start < "end"', name="range"),
        Index("ix_segments_document_start", "document_id", "start"),
    )


class ChartValue(Base):
    """One entry of the project's value scale (Yes, No, Partially, ...)."""

    __tablename__ = "chart_values"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(100), unique=True)
    counts_as_present: Mapped[bool] = mapped_column(Boolean)
    colour: Mapped[str] = mapped_column(String(9), default="#9e9e9e")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ChartCell(Base):
    """A framework-matrix cell: what the researcher concluded for one case and one code."""

    __tablename__ = "chart_cells"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"), index=True)
    guid: Mapped[str | None] = _guid()  # of the REFI note that carries the cell
    summary: Mapped[str] = mapped_column(Text, default="")
    value_id: Mapped[int | None] = mapped_column(
        ForeignKey("chart_values.id", ondelete="RESTRICT"), index=True
    )
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), index=True
    )
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    # grows with every change (the ORM's UPDATE … WHERE version = ?): an edit made from an
    # older load is caught, never silently written over a newer one (charting/cells.py)
    version: Mapped[int] = mapped_column(default=1)

    case: Mapped[Case] = relationship()
    code: Mapped[Code] = relationship()
    value: Mapped[ChartValue | None] = relationship()

    __table_args__ = (UniqueConstraint("case_id", "code_id"),)
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy's own spelling)


class ChangeLogEntry(Base):
    """What one write transaction changed, numbered by ``project.change_count``: another
    program on the same project reads the entries past the count it saw (store/changes.py)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    origin: Mapped[str] = mapped_column(String(40))  # the Project object that wrote it
    kinds: Mapped[str] = mapped_column(String(200))  # commands.Change values, comma-separated
    cells: Mapped[str | None] = mapped_column(Text)  # "case:code,…", None: any cell


class Deletion(Base):
    """Who deleted what, and when (schema 0006; a code merged into another: 0007; a free memo,
    kind ``memo:free``: 0009): written by the deleting command in its own transaction, read by
    the messages about something deleted since ("deleted by Taro at 10:32 UTC"); an undo that
    puts the item back removes its row (core/deletions.py). The coder is kept by name, as the
    app knew them: the log outlives a coder's row, and it is this project's own history, never
    merged or exported (docs/teamwork.md)."""

    __tablename__ = "deletions"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DeletedKind] = mapped_column(_enum(DeletedKind, "deleted_kind"))
    item_id: Mapped[int | None] = mapped_column(Integer)  # a memo: its target's id
    name: Mapped[str] = mapped_column(Text, default="")  # as it was named when deleted
    coder: Mapped[str] = mapped_column(String(200))
    deleted_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # a code merged into another (schema 0007): that code's id and its path then; else None
    into_id: Mapped[int | None] = mapped_column(Integer)
    into_name: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_deletions_kind_item_id", "kind", "item_id"),)


class CellCharting(Base):
    """One coder's charting of a cell: the value and summary that coder last set on it.

    The shared :class:`ChartCell` holds the last writer's charting; this table keeps every
    coder's, so two coders' values for one cell live side by side (charting agreement, merge).
    """

    __tablename__ = "cell_chartings"

    id: Mapped[int] = mapped_column(primary_key=True)
    cell_id: Mapped[int] = mapped_column(ForeignKey("chart_cells.id", ondelete="CASCADE"))
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id", ondelete="CASCADE"), index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    value_id: Mapped[int | None] = mapped_column(
        ForeignKey("chart_values.id", ondelete="RESTRICT"), index=True
    )
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("cell_id", "coder_id"),)


class Memo(Base):
    """A memo on the project (no target, no title), a free memo (no target, a title: NVivo's
    and MAXQDA's free memos, QualCoder's journals; as many as one has) or a memo on exactly one
    document, case, code, cell or segment.

    One per target, held by the store (schema 0008): each target column's index is unique, and
    ``uq_memos_project`` (on a constant, over the rows with no target and no title) lets one
    project memo be.
    """

    __tablename__ = "memos"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    guid: Mapped[str | None] = _guid()
    text: Mapped[str] = mapped_column(Text, default="")
    coder_id: Mapped[int | None] = mapped_column(
        ForeignKey("coders.id", ondelete="SET NULL"), index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True, unique=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True, unique=True
    )
    code_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="CASCADE"), index=True, unique=True
    )
    cell_id: Mapped[int | None] = mapped_column(
        ForeignKey("chart_cells.id", ondelete="CASCADE"), index=True, unique=True
    )
    segment_id: Mapped[int | None] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), index=True, unique=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN document_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN case_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN code_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN cell_id IS NULL THEN 0 ELSE 1 END"
            " + CASE WHEN segment_id IS NULL THEN 0 ELSE 1 END) <= 1",
            name="one_target",
        ),
        # one untitled memo on nothing (the project's; a titled one is a free memo): the index
        # is partial, as migration 0008 makes it (its PROJECT_MEMO); the condition is not
        # repeated here because SQLAlchemy loads the
        # PostgreSQL dialect to check a postgresql_where (~50 ms on every CLI start, `info`
        # included), and no schema is made from the model (the migrations make it)
        Index("uq_memos_project", literal_column("(1)"), unique=True),
    )


DEFAULT_VALUE_SCALE: tuple[tuple[str, bool, str], ...] = (
    ("Yes", True, "#2e7d32"),
    ("Partially", True, "#9ccc65"),
    ("Yes but restricted", True, "#fbc02d"),
    ("No", False, "#c62828"),
    ("Not specified", False, "#9e9e9e"),
)
# The same scale for a Japanese project, label for label (docs/glossary-ja.md): whether a
# municipality has a measure is あり/なし in Japanese policy studies, and 記載なし keeps
# "the documents do not say" apart from なし.
VALUE_LABELS: dict[str, tuple[str, ...]] = {
    "ja": ("あり", "一部あり", "あり（制限付き）", "なし", "記載なし"),
}


# The default scale's entry that is no degree of presence ("the documents do not say"), in
# every language the scale is made in: weighted κ sets it apart from the ordered values
# (core/cell_agreement.py), whatever language the project was made in.
NOT_SPECIFIED = len(DEFAULT_VALUE_SCALE) - 1
NOT_SPECIFIED_LABELS: tuple[str, ...] = (
    DEFAULT_VALUE_SCALE[NOT_SPECIFIED][0],
    *(labels[NOT_SPECIFIED] for labels in VALUE_LABELS.values()),
)


def default_value_scale(language: str = "en") -> tuple[tuple[str, bool, str], ...]:
    """The value scale a new project starts with, its labels in ``language`` (English when
    there are none in it); order, colours and what counts as present never change."""
    labels = VALUE_LABELS.get(language)
    if labels is None:
        return DEFAULT_VALUE_SCALE
    return tuple(
        (label, present, colour)
        for label, (_, present, colour) in zip(labels, DEFAULT_VALUE_SCALE, strict=True)
    )
