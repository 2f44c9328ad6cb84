"""Every coded segment of a project in one list, and bulk changes to many segments at once.

The review table (stage 3–4) shows code, case, document, page, text, note, translation, coder
and date for each segment. ``segment_rows`` reads them all in three queries; bulk recode and
bulk delete run in one transaction each and return what it takes to reverse them, so the GUI
can make one undo step of a change to hundreds of segments.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from frameworkqda.core import deletions, model
from frameworkqda.core.coding import KEYS_PER_SELECT, code_ranges_in
from frameworkqda.core.errors import NotFoundError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, utc_minute
from frameworkqda.core.store import Project

TEXT_LIMIT = 400  # characters of a segment's text kept in a row (the source has the rest)


@dataclass(frozen=True)
class ReviewRow:
    id: int
    code_id: int
    code: str  # "Theme / Measure"
    case_id: int | None
    case: str
    document_id: int
    document: str
    page: int | None  # 1-based page of the segment's start, None for unpaged sources
    start: int
    end: int
    text: str
    note: str
    translation: str
    coder: str
    updated: datetime | None


def segment_rows(
    project: Project,
    document_ids: Iterable[int] | None = None,
    text_limit: int | None = TEXT_LIMIT,
    segment_ids: Iterable[int] | None = None,
) -> list[ReviewRow]:
    """All coded segments (or those of some documents, or these segments: those still
    there), by document and position; each passage's text cut at ``text_limit`` characters
    (None: whole, as ``frameworkqda segments`` prints it)."""
    wanted = set(document_ids) if document_ids is not None else None
    chosen = sorted(set(segment_ids)) if segment_ids is not None else None
    with project.session() as session:
        if chosen is not None:  # their documents only
            found: set[int] = set()
            for first in range(0, len(chosen), KEYS_PER_SELECT):
                batch = chosen[first : first + KEYS_PER_SELECT]
                found.update(
                    session.scalars(
                        select(model.Segment.document_id).where(model.Segment.id.in_(batch))
                    )
                )
            wanted = found if wanted is None else wanted & found
        codes = {
            c.id: (c.parent_id, c.name)
            for c in session.execute(select(model.Code.id, model.Code.parent_id, model.Code.name))
        }
        coders = dict(session.execute(select(model.Coder.id, model.Coder.name)).all())
        doc_query = select(
            model.Document.id,
            model.Document.name,
            model.Document.text,
            model.Document.case_id,
            model.Case.name,
        ).outerjoin(model.Case, model.Document.case_id == model.Case.id)
        if wanted is not None:
            doc_query = doc_query.where(model.Document.id.in_(wanted))
        documents = {row[0]: row for row in session.execute(doc_query)}
        page_starts = pages_of(session, wanted)
        seg_query = select(
            model.Segment.id,
            model.Segment.document_id,
            model.Segment.code_id,
            model.Segment.start,
            model.Segment.end,
            model.Segment.note,
            model.Segment.translation,
            model.Segment.coder_id,
            model.Segment.updated_at,
        ).order_by(model.Segment.document_id, model.Segment.start, model.Segment.id)
        if wanted is not None:
            seg_query = seg_query.where(model.Segment.document_id.in_(wanted))
        if chosen is None:
            segments = session.execute(seg_query).all()
        else:
            segments = []
            for first in range(0, len(chosen), KEYS_PER_SELECT):
                batch = chosen[first : first + KEYS_PER_SELECT]
                segments += session.execute(seg_query.where(model.Segment.id.in_(batch))).all()
            segments.sort(key=lambda s: (s.document_id, s.start, s.id))
    paths: dict[int, str] = {}

    def path(code_id: int) -> str:
        found = paths.get(code_id)
        if found is None:
            parent, name = codes.get(code_id, (None, "?"))
            found = f"{path(parent)} / {name}" if parent is not None else name
            paths[code_id] = found
        return found

    rows: list[ReviewRow] = []
    for sid, document_id, code_id, start, end, note, translation, coder_id, updated in segments:
        _, doc_name, text, case_id, case_name = documents[document_id]
        page = page_at(page_starts.get(document_id), start)
        rows.append(
            ReviewRow(
                id=sid,
                code_id=code_id,
                code=path(code_id),
                case_id=case_id,
                case=case_name or "",
                document_id=document_id,
                document=doc_name,
                page=page,
                start=start,
                end=end,
                text=text[start : end if text_limit is None else min(end, start + text_limit)],
                note=note,
                translation=translation,
                coder=coders.get(coder_id, "") if coder_id is not None else "",
                updated=updated,
            )
        )
    return rows


Pages = tuple[list[int], list[int]]  # a document's pages: first characters, page numbers


def pages_of(session: Session, document_ids: Iterable[int] | None = None) -> dict[int, Pages]:
    """The pages of these documents (None: all), by document; a document without pages (a
    text file) has none."""
    query = select(
        model.DocumentPage.document_id,
        model.DocumentPage.page_number,
        model.DocumentPage.char_start,
    ).order_by(model.DocumentPage.document_id, model.DocumentPage.char_start)
    if document_ids is not None:
        query = query.where(model.DocumentPage.document_id.in_(set(document_ids)))
    found: dict[int, Pages] = {}
    for document_id, number, char_start in session.execute(query):
        starts, numbers = found.setdefault(document_id, ([], []))
        starts.append(char_start)
        numbers.append(number)
    return found


def page_at(pages: Pages | None, start: int) -> int | None:
    """The page (from 1) that character ``start`` is on; None for a document without pages."""
    if pages is None:
        return None
    return pages[1][max(bisect_right(pages[0], start) - 1, 0)]


def recode_segments_in(
    session: Session, segment_ids: Sequence[int], code_id: int
) -> dict[int, int]:
    if session.get(model.Code, code_id) is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.CODE, code_id)
            or QT_TRANSLATE_NOOP("Review", "no code with id {code_id}").format(code_id=code_id)
        )
    before = dict(
        session.execute(
            select(model.Segment.id, model.Segment.code_id).where(model.Segment.id.in_(segment_ids))
        ).all()
    )
    missing = set(segment_ids) - set(before)
    if missing:
        raise NotFoundError(
            deletions.gone(session, model.DeletedKind.SEGMENT, min(missing))
            or f"no segment with id {min(missing)}"
        )
    session.execute(
        update(model.Segment).where(model.Segment.id.in_(segment_ids)).values(code_id=code_id)
    )
    return before


def restore_codes_in(session: Session, codes: dict[int, int]) -> None:
    """Put each segment back on its code (undo of a recode): one ``UPDATE … IN`` per old code
    and batch of ids. One UPDATE a segment froze an undo of 2,922 recoded passages 6.6 s."""
    by_code: dict[int, list[int]] = {}
    for segment_id, code_id in codes.items():
        by_code.setdefault(code_id, []).append(segment_id)
    for code_id, segment_ids in by_code.items():
        for first in range(0, len(segment_ids), KEYS_PER_SELECT):
            batch = segment_ids[first : first + KEYS_PER_SELECT]
            session.execute(
                update(model.Segment).where(model.Segment.id.in_(batch)).values(code_id=code_id)
            )


def add_segments(
    project: Project, code_id: int, ranges: Sequence[tuple[int, int, int]]
) -> list[int]:
    """Code many (document, start, end) ranges with one code in one transaction (code all hits).

    What this coder has coded with that code already is not coded twice
    (``coding.code_ranges_in``); returns the new segment ids.
    """
    with project.transaction() as session:
        coder_id = project.coder(session).id
        coded = code_ranges_in(session, code_id, ranges, "hit", coder_id)
        return [record.id for record in coded.created]


COLUMNS = (
    "Code",
    "Case",
    "Document",
    "Page",
    "Text",
    "Note",
    "Translation",
    "Coder",
    "Updated",
)


def row_values(row: ReviewRow) -> tuple[str | int | None, ...]:
    """One row as the review table and its exports show it, in ``COLUMNS`` order."""
    updated = utc_minute(row.updated) if row.updated is not None else ""
    return (
        row.code,
        row.case,
        row.document,
        row.page,
        row.text,
        row.note,
        row.translation,
        row.coder,
        updated,
    )
