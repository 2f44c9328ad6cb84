"""Read-side views of a project for the desktop app: lists and trees shaped for display.

Everything here only reads: the document list (case, read mark, segment count), the codebook
tree of :func:`frameworkqda.core.codebook.tree` with segment counts, and one document's content
(text, page sizes, geometry, original bytes). Cases come from :mod:`frameworkqda.core.cases`
and a document's segments from :mod:`frameworkqda.core.coding`. Values are plain frozen
dataclasses, detached from any session.
"""

from __future__ import annotations

import math
import struct
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frameworkqda.core import codebook as codebook_service
from frameworkqda.core import model
from frameworkqda.core.errors import NotFoundError
from frameworkqda.core.store import Project


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


class PageGeometry:
    """Maps code-point ranges to boxes on pages and a point on a page back to a character.

    Built from the pages' packed boxes (float32 x0, top, x1, bottom per code point, NaN for
    characters the importer inserted).
    """

    def __init__(self, pages: list[tuple[PageInfo, bytes]]) -> None:
        self._pages = sorted(pages, key=lambda item: item[0].char_start)
        self._starts = [info.char_start for info, _ in self._pages]
        self._boxes: dict[int, list[tuple[float, float, float, float]]] = {}

    def _page_boxes(self, index: int) -> list[tuple[float, float, float, float]]:
        boxes = self._boxes.get(index)
        if boxes is None:
            info, packed = self._pages[index]
            count = min(len(packed) // 16, info.char_end - info.char_start)
            flat = struct.unpack(f"<{count * 4}f", packed[: count * 16])
            boxes = [
                (flat[i], flat[i + 1], flat[i + 2], flat[i + 3]) for i in range(0, len(flat), 4)
            ]
            self._boxes[index] = boxes
        return boxes

    def range_boxes(
        self, start: int, end: int
    ) -> list[tuple[int, tuple[float, float, float, float]]]:
        """Boxes covering [start, end): one per run of characters on the same line of a page."""
        result: list[tuple[int, tuple[float, float, float, float]]] = []
        index = max(0, bisect_right(self._starts, start) - 1)
        while index < len(self._pages):
            info, _ = self._pages[index]
            if info.char_start >= end:
                break
            boxes = self._page_boxes(index)
            low = max(start, info.char_start) - info.char_start
            high = min(end, info.char_end) - info.char_start
            current: list[float] | None = None
            for box in boxes[low:high]:
                if any(math.isnan(v) for v in box):
                    continue
                x0, top, x1, bottom = box
                if current is not None and _same_line(current, box):
                    current = [
                        min(current[0], x0),
                        min(current[1], top),
                        max(current[2], x1),
                        max(current[3], bottom),
                    ]
                    continue
                if current is not None:
                    result.append((info.number, (current[0], current[1], current[2], current[3])))
                current = [x0, top, x1, bottom]
            if current is not None:
                result.append((info.number, (current[0], current[1], current[2], current[3])))
            index += 1
        return result

    def char_at(self, page_number: int, x: float, y: float) -> int | None:
        """The character nearest to (x, y) on a page, as a code-point offset."""
        for index, (info, _) in enumerate(self._pages):
            if info.number != page_number:
                continue
            best: tuple[float, int] | None = None
            for offset, (x0, top, x1, bottom) in enumerate(self._page_boxes(index)):
                if math.isnan(x0):
                    continue
                dx = 0.0 if x0 <= x <= x1 else min(abs(x - x0), abs(x - x1))
                dy = 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))
                distance = dy * 4 + dx  # prefer the same line
                if best is None or distance < best[0]:
                    best = (distance, offset)
                    if distance == 0:
                        break
            return None if best is None else info.char_start + best[1]
        return None


def _same_line(current: list[float], box: tuple[float, float, float, float]) -> bool:
    overlap = min(current[3], box[3]) - max(current[1], box[1])
    return (
        overlap > 0.5 * min(current[3] - current[1], box[3] - box[1]) and box[0] >= current[0] - 1
    )


@dataclass(frozen=True)
class DocumentContent:
    id: int
    name: str
    kind: str
    text: str
    pages: tuple[PageInfo, ...]
    geometry: PageGeometry | None


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
            raise NotFoundError(f"no document with id {document_id}")
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
        infos = [(PageInfo(p[0], p[1], p[2], p[3], p[4]), bytes(p[5] or b"")) for p in pages]
        geometry = PageGeometry(infos) if any(packed for _, packed in infos) else None
        return DocumentContent(
            document.id,
            document.name,
            document.kind.value,
            document.text,
            tuple(info for info, _ in infos),
            geometry,
        )


def original_bytes(project: Project, document_id: int) -> bytes:
    with project.session() as session:
        data = session.get(model.DocumentFile, document_id)
        if data is None:
            raise NotFoundError(f"document {document_id} has no stored original")
        return bytes(data.data)
