"""Read-side views of a project for the desktop app: lists and trees shaped for display.

Everything here only reads. The document list grouped by case, the codebook as rows with
segment counts, one document's content (text, page sizes, geometry, original bytes) and its
segments. Values are plain frozen dataclasses, detached from any session.
"""

from __future__ import annotations

import math
import struct
from bisect import bisect_right
from dataclasses import dataclass

from sqlalchemy import func, select

from frameworkqda.core import model
from frameworkqda.core.errors import NotFoundError
from frameworkqda.core.store import Project


@dataclass(frozen=True)
class CaseRow:
    id: int
    name: str


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
class CodeRow:
    id: int
    parent_id: int | None
    name: str
    definition: str
    colour: str
    position: int
    segments: int


@dataclass(frozen=True)
class SegmentRow:
    id: int
    document_id: int
    code_id: int
    start: int
    end: int
    note: str
    translation: str


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


def cases(project: Project) -> list[CaseRow]:
    with project.session() as session:
        rows = session.scalars(select(model.Case).order_by(model.Case.position, model.Case.name))
        return [CaseRow(case.id, case.name) for case in rows]


def documents(project: Project) -> list[DocumentRow]:
    with project.session() as session:
        counts = dict(
            session.execute(
                select(model.Segment.document_id, func.count(model.Segment.id)).group_by(
                    model.Segment.document_id
                )
            ).all()
        )
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
                r[0], r[1], str(r[2].value), r[3], r[4] is not None, int(counts.get(r[0], 0)), r[5]
            )
            for r in rows
        ]


def codebook(project: Project) -> list[CodeRow]:
    """Every code in tree order (parents before children, siblings by position)."""
    with project.session() as session:
        counts = dict(
            session.execute(
                select(model.Segment.code_id, func.count(model.Segment.id)).group_by(
                    model.Segment.code_id
                )
            ).all()
        )
        codes = session.scalars(
            select(model.Code).order_by(model.Code.position, model.Code.id)
        ).all()
        children: dict[int | None, list[model.Code]] = {}
        for code in codes:
            children.setdefault(code.parent_id, []).append(code)
        ordered: list[CodeRow] = []

        def walk(parent: int | None) -> None:
            for code in children.get(parent, []):
                ordered.append(
                    CodeRow(
                        code.id,
                        code.parent_id,
                        code.name,
                        code.definition,
                        code.colour,
                        code.position,
                        int(counts.get(code.id, 0)),
                    )
                )
                walk(code.id)

        walk(None)
        return ordered


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


def segments(project: Project, document_id: int) -> list[SegmentRow]:
    with project.session() as session:
        rows = session.scalars(
            select(model.Segment)
            .where(model.Segment.document_id == document_id)
            .order_by(model.Segment.start)
        )
        return [
            SegmentRow(s.id, s.document_id, s.code_id, s.start, s.end, s.note, s.translation)
            for s in rows
        ]
