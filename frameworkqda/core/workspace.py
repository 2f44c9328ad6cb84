"""Read-side views of a project for the desktop app: lists and trees shaped for display.

Everything here only reads: the document list (case, read mark, segment count), the codebook
tree of :func:`frameworkqda.core.codebook.tree` with segment counts, and one document's content
(text, page sizes, geometry from ``importers.geometry``, original bytes). Cases come from
:mod:`frameworkqda.core.cases`
and a document's segments from :mod:`frameworkqda.core.coding`. Values are plain frozen
dataclasses, detached from any session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frameworkqda.core import codebook as codebook_service
from frameworkqda.core import deletions, model
from frameworkqda.core.errors import NotFoundError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.store import Project

if TYPE_CHECKING:
    from frameworkqda.core.importers.geometry import DocumentGeometry


@dataclass(frozen=True)
class DocumentRow:
    id: int
    name: str
    kind: str
    case_id: int | None
    read: bool
    segments: int
    page_count: int


@dataclass(frozen=True)
class CodeRow(codebook_service.CodeNode):
    """A code of the codebook tree with the number of segments coded with it."""

    segments: int = 0


@dataclass(frozen=True)
class PageInfo:
    number: int
    width: float
    height: float
    char_start: int
    char_end: int


@dataclass(frozen=True)
class DocumentContent:
    id: int
    name: str
    kind: str
    text: str
    pages: tuple[PageInfo, ...]
    geometry: DocumentGeometry | None  # None for documents without pages
    import_notes: str = ""  # what the importer said about the file, a line each


def _counts(session: Session, column: Any) -> dict[int, int]:
    """Segments per value of a segment column (document or code)."""
    rows = session.execute(select(column, func.count(model.Segment.id)).group_by(column))
    return {key: int(count) for key, count in rows}


def documents(project: Project) -> list[DocumentRow]:
    with project.session() as session:
        counts = _counts(session, model.Segment.document_id)
        rows = session.execute(
            select(
                model.Document.id,
                model.Document.name,
                model.Document.kind,
                model.Document.case_id,
                model.Document.read_at,
                model.Document.page_count,
            ).order_by(model.Document.position, model.Document.name)
        ).all()
        return [
            DocumentRow(
                r[0], r[1], str(r[2].value), r[3], r[4] is not None, counts.get(r[0], 0), r[5]
            )
            for r in rows
        ]


def codebook(project: Project) -> list[CodeRow]:
    """Every code in tree order (parents before children, siblings by position), with counts."""
    with project.session() as session:
        counts = _counts(session, model.Segment.code_id)
        return [
            CodeRow(**node.__dict__, segments=counts.get(node.id, 0))
            for node in codebook_service.tree(session)
        ]


def document_content(project: Project, document_id: int) -> DocumentContent:
    with project.session() as session:
        document = session.get(model.Document, document_id)
        if document is None:
            raise NotFoundError(  # who deleted it, when the deletions log knows
                deletions.gone(session, model.DeletedKind.DOCUMENT, document_id)
                or QT_TRANSLATE_NOOP("Project", "no document with id {document_id}").format(
                    document_id=document_id
                )
            )
        pages = session.execute(
            select(
                model.DocumentPage.page_number,
                model.DocumentPage.width,
                model.DocumentPage.height,
                model.DocumentPage.char_start,
                model.DocumentPage.char_end,
                model.DocumentPage.boxes,
            )
            .where(model.DocumentPage.document_id == document_id)
            .order_by(model.DocumentPage.page_number)
        ).all()
        infos = tuple(PageInfo(p[0], p[1], p[2], p[3], p[4]) for p in pages)
        geometry = None
        if any(p[5] for p in pages):
            # numpy, and the importers' package: not at start, nor for listing documents
            from frameworkqda.core.importers.base import PageGeometry
            from frameworkqda.core.importers.geometry import DocumentGeometry

            geometry = DocumentGeometry(
                PageGeometry(p[0], p[1], p[2], p[3], p[4], bytes(p[5] or b"")) for p in pages
            )
        return DocumentContent(
            document.id,
            document.name,
            document.kind.value,
            document.text,
            infos,
            geometry,
            document.import_notes or "",
        )


def original_bytes(project: Project, document_id: int) -> bytes:
    with project.session() as session:
        data = session.get(model.DocumentFile, document_id)
        if data is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Project", "document {document_id} has no stored original"
                ).format(document_id=document_id)
            )
        return bytes(data.data)
