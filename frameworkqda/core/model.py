"""The domain model: typed SQLAlchemy 2 ORM classes for one FrameworkQDA project.

The classes are mapped onto the Core tables of ``tables.py``, where the schema is defined
(SQLAlchemy's "declarative with imperative table"): each class names its table and annotates
its columns (``id: Mapped[int]``) for the type checker and every caller, and keeps its
relationships. ``tests/core/test_tables.py`` checks the annotations against the tables. A verb
that needs no object (``cli.CORE_VERBS``: ``import``, ``info``, ``text``, ``new``, ``upgrade``;
``check`` and ``recover`` use ``sqlite3`` alone) uses the tables and never loads this module nor
``sqlalchemy.orm``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import DeclarativeBase, Mapped, relationship

from frameworkqda.core import tables
from frameworkqda.core.kinds import AttributeKind as AttributeKind  # part of the model
from frameworkqda.core.kinds import DeletedKind as DeletedKind  # part of the model
from frameworkqda.core.kinds import DocumentKind as DocumentKind  # part of the model
from frameworkqda.core.tables import UTCDateTime as UTCDateTime  # part of the model
from frameworkqda.core.tables import new_guid as new_guid  # part of the model
from frameworkqda.core.tables import utcnow as utcnow  # part of the model


class Base(DeclarativeBase):
    metadata = tables.metadata


class ProjectInfo(Base):
    """The single row describing the project itself."""

    __table__ = tables.project

    id: Mapped[int]
    name: Mapped[str]
    description: Mapped[str]
    framework: Mapped[str | None]
    created_at: Mapped[datetime]
    created_with: Mapped[str]
    change_count: Mapped[int]


class Coder(Base):
    """A person who codes; every segment, cell and memo names its author."""

    __table__ = tables.coders

    id: Mapped[int]
    name: Mapped[str]
    guid: Mapped[str | None]
    created_at: Mapped[datetime]


class Case(Base):
    """A unit of comparison: a city, or "Japan (national)"."""

    __table__ = tables.cases

    id: Mapped[int]
    name: Mapped[str]
    guid: Mapped[str | None]
    description: Mapped[str]
    position: Mapped[int]

    documents: Mapped[list[Document]] = relationship(back_populates="case")
    attribute_values: Mapped[list[CaseAttributeValue]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )


class AttributeDefinition(Base):
    """A typed case attribute such as population or share of foreign residents."""

    __table__ = tables.attribute_definitions

    id: Mapped[int]
    name: Mapped[str]
    guid: Mapped[str | None]
    kind: Mapped[AttributeKind]
    position: Mapped[int]

    values: Mapped[list[CaseAttributeValue]] = relationship(
        back_populates="attribute", cascade="all, delete-orphan", passive_deletes=True
    )


class CaseAttributeValue(Base):
    """One case's value of one attribute, kept in the column that matches its kind."""

    __table__ = tables.case_attribute_values

    case_id: Mapped[int]
    attribute_id: Mapped[int]
    value_text: Mapped[str | None]
    value_number: Mapped[float | None]

    case: Mapped[Case] = relationship(back_populates="attribute_values")
    attribute: Mapped[AttributeDefinition] = relationship(back_populates="values")


class Document(Base):
    """An imported source: its extracted text, language and where it belongs."""

    __table__ = tables.documents

    id: Mapped[int]
    name: Mapped[str]
    guid: Mapped[str | None]
    kind: Mapped[DocumentKind]
    filename: Mapped[str]
    sha256: Mapped[str]
    language: Mapped[str]
    text: Mapped[str]
    page_count: Mapped[int]
    case_id: Mapped[int | None]
    position: Mapped[int]
    imported_at: Mapped[datetime]
    read_at: Mapped[datetime | None]
    import_notes: Mapped[str]

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

    __table__ = tables.document_files

    document_id: Mapped[int]
    data: Mapped[bytes]


class DocumentPage(Base):
    """One page of a paged source and the geometry of the characters on it (``tables.py``
    says how ``boxes`` packs them)."""

    __table__ = tables.document_pages

    document_id: Mapped[int]
    page_number: Mapped[int]
    width: Mapped[float]
    height: Mapped[float]
    char_start: Mapped[int]
    char_end: Mapped[int]
    boxes: Mapped[bytes]
    ocr: Mapped[bool]


class Code(Base):
    """A node of the codebook: a theme (top level) or a sub-theme/measure below it."""

    __table__ = tables.codes

    id: Mapped[int]
    parent_id: Mapped[int | None]
    name: Mapped[str]
    guid: Mapped[str | None]
    codable: Mapped[bool]
    definition: Mapped[str]
    colour: Mapped[str]
    position: Mapped[int]
    created_at: Mapped[datetime]

    parent: Mapped[Code | None] = relationship(
        back_populates="children", remote_side=[tables.codes.c.id]
    )
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

    __table__ = tables.code_scores

    code_id: Mapped[int]
    series: Mapped[str]
    value: Mapped[float]


class Segment(Base):
    """A coded passage: [start, end) in code points of the document text, tagged with a code."""

    __table__ = tables.segments

    id: Mapped[int]
    document_id: Mapped[int]
    code_id: Mapped[int]
    guid: Mapped[str | None]
    coding_guid: Mapped[str | None]
    coder_id: Mapped[int | None]
    start: Mapped[int]
    end: Mapped[int]
    note: Mapped[str]
    translation: Mapped[str]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    document: Mapped[Document] = relationship(back_populates="segments")
    code: Mapped[Code] = relationship(back_populates="segments")
    coder: Mapped[Coder | None] = relationship()


class ChartValue(Base):
    """One entry of the project's value scale (Yes, No, Partially, ...)."""

    __table__ = tables.chart_values

    id: Mapped[int]
    label: Mapped[str]
    counts_as_present: Mapped[bool]
    colour: Mapped[str]
    position: Mapped[int]


class ChartCell(Base):
    """A framework-matrix cell: what the researcher concluded for one case and one code.

    ``version`` grows with every change (the ORM's UPDATE … WHERE version = ?): an edit made
    from an older load is caught, never silently written over a newer one (charting/cells.py).
    """

    __table__ = tables.chart_cells

    id: Mapped[int]
    case_id: Mapped[int]
    code_id: Mapped[int]
    guid: Mapped[str | None]
    summary: Mapped[str]
    value_id: Mapped[int | None]
    coder_id: Mapped[int | None]
    updated_at: Mapped[datetime]
    version: Mapped[int]
    draft: Mapped[bool]  # the summary is an auto-draft not yet the researcher's

    case: Mapped[Case] = relationship()
    code: Mapped[Code] = relationship()
    value: Mapped[ChartValue | None] = relationship()

    __mapper_args__ = {"version_id_col": tables.chart_cells.c.version}  # noqa: RUF012


class ChangeLogEntry(Base):
    """What one write transaction changed, numbered by ``project.change_count``
    (store/changes.py)."""

    __table__ = tables.change_log

    id: Mapped[int]
    origin: Mapped[str]
    kinds: Mapped[str]
    cells: Mapped[str | None]


class Deletion(Base):
    """Who deleted what, and when (``tables.deletions`` says more; core/deletions.py)."""

    __table__ = tables.deletions

    id: Mapped[int]
    kind: Mapped[DeletedKind]
    item_id: Mapped[int | None]
    name: Mapped[str]
    coder: Mapped[str]
    deleted_at: Mapped[datetime]
    into_id: Mapped[int | None]
    into_name: Mapped[str | None]


class CellCharting(Base):
    """One coder's charting of a cell: the value and summary that coder last set on it.

    The shared :class:`ChartCell` holds the last writer's charting; this table keeps every
    coder's, so two coders' values for one cell live side by side (charting agreement, merge).
    """

    __table__ = tables.cell_chartings

    id: Mapped[int]
    cell_id: Mapped[int]
    coder_id: Mapped[int]
    summary: Mapped[str]
    value_id: Mapped[int | None]
    updated_at: Mapped[datetime]
    draft: Mapped[bool]  # the summary is an auto-draft this coder has not edited or accepted


class Memo(Base):
    """A memo on the project (no target, no title), a free memo (no target, a title) or a memo
    on exactly one document, case, code, cell or segment (one per target: ``tables.memos``)."""

    __table__ = tables.memos

    id: Mapped[int]
    title: Mapped[str]
    guid: Mapped[str | None]
    text: Mapped[str]
    coder_id: Mapped[int | None]
    document_id: Mapped[int | None]
    case_id: Mapped[int | None]
    code_id: Mapped[int | None]
    cell_id: Mapped[int | None]
    segment_id: Mapped[int | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
