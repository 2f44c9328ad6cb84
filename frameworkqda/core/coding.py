"""Indexing (stage 3): coded segments on documents, and auto-coding of search hits.

Auto-coding codes each hit, or the sentence or paragraph around it (:mod:`text.units`): a
two-character hit such as 日本 is no evidence on its own, its sentence is.

Ranges are half-open ``[start, end)`` in Unicode code points of the stored text. Overlapping
segments and several codes on one range are normal; only an exact duplicate (same document,
code and range) is refused, so auto-coding twice does not double the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from frameworkqda.core import deletions, model
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.jobs import Cancel, Progress, check_cancel
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message, quoted
from frameworkqda.core.store import Project
from frameworkqda.core.text.fold import check_term, find_all
from frameworkqda.core.text.units import Unit, widen

# Keys a SELECT … IN reads back at once: far below every database's limit on bound values.
KEYS_PER_SELECT = 500


def insert_segments(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert segment rows; return their new ids in the rows' order.

    Every row sets ``coding_guid`` (unique in the table). The rows go in as one executemany
    and their ids are read back by that key. An ``INSERT … RETURNING`` whose ids must come
    back in order runs one statement a row on SQLite (SQLAlchemy cannot tie SQLite's new
    rowids to a batch's rows): 100,000 statements for a large REFI-QDA project.
    """
    if not rows:
        return []
    connection = session.connection()
    same_columns: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:  # one executemany takes one set of columns
        same_columns.setdefault(frozenset(row), []).append(row)
    for batch in same_columns.values():
        connection.execute(insert(model.Segment), batch)
    keys = [row["coding_guid"] for row in rows]
    ids: dict[str, int] = {}
    for first in range(0, len(keys), KEYS_PER_SELECT):
        found = select(model.Segment.coding_guid, model.Segment.id).where(
            model.Segment.coding_guid.in_(keys[first : first + KEYS_PER_SELECT])
        )
        ids.update((key, segment_id) for key, segment_id in connection.execute(found) if key)
    return [ids[key] for key in keys]


@dataclass(frozen=True)
class SegmentRecord:
    """Everything needed to show a segment, or to put a deleted one back with the same id."""

    id: int
    document_id: int
    code_id: int
    start: int
    end: int
    note: str = ""
    translation: str = ""
    coder_id: int | None = None
    guid: str | None = None  # REFI selection and coding GUIDs: an undone delete keeps them
    coding_guid: str | None = None

    @classmethod
    def new(
        cls,
        document_id: int,
        code_id: int,
        start: int,
        end: int,
        coder_id: int | None,
        note: str = "",
        translation: str = "",
    ) -> SegmentRecord:
        """A passage to insert (id 0 until inserted), with GUIDs of its own that a redo keeps."""
        return cls(
            0, document_id, code_id, start, end, note, translation, coder_id,
            model.new_guid(), model.new_guid(),
        )  # fmt: skip


def _record(segment: model.Segment) -> SegmentRecord:
    return SegmentRecord(
        segment.id,
        segment.document_id,
        segment.code_id,
        segment.start,
        segment.end,
        segment.note,
        segment.translation,
        segment.coder_id,
        segment.guid,
        segment.coding_guid,
    )


def _document_length(session: Session, document_id: int) -> int:
    text = session.scalar(select(model.Document.text).where(model.Document.id == document_id))
    if text is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.DOCUMENT, document_id)
            or QT_TRANSLATE_NOOP("Coding", "no document with id {document_id}").format(
                document_id=document_id
            )
        )
    return len(text)


def check_range(length: int, start: int, end: int) -> None:
    if not 0 <= start < end <= length:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Coding",
                "range {start}-{end} is empty or outside the document (0-{length} code points)",
            ).format(start=start, end=end, length=length)
        )


def add_segment_in(
    session: Session,
    document_id: int,
    code_id: int,
    start: int,
    end: int,
    *,
    note: str = "",
    translation: str = "",
    coder_id: int | None = None,
    segment_id: int | None = None,
) -> int:
    check_range(_document_length(session, document_id), start, end)
    code = session.get(model.Code, code_id)
    if code is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.CODE, code_id)
            or QT_TRANSLATE_NOOP("Coding", "no code with id {code_id}").format(code_id=code_id)
        )
    if not code.codable:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Coding", "{name} is a heading only; code with one of its sub-codes"
            ).format(name=quoted(code.name))
        )
    duplicate = session.scalar(
        select(model.Segment.id).where(
            model.Segment.document_id == document_id,
            model.Segment.code_id == code_id,
            model.Segment.start == start,
            model.Segment.end == end,
            model.Segment.coder_id.is_(None)
            if coder_id is None
            else model.Segment.coder_id == coder_id,
        )
    )
    if duplicate is not None:  # per coder: a second coder coding the same range is agreement
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Coding", "this range is already coded with this code (segment {duplicate})"
            ).format(duplicate=duplicate)
        )
    segment = model.Segment(
        document_id=document_id,
        code_id=code_id,
        start=start,
        end=end,
        note=note,
        translation=translation,
        coder_id=coder_id,
    )
    if segment_id is not None:
        segment.id = segment_id
    session.add(segment)
    session.flush()
    return segment.id


def get_segment_in(session: Session, segment_id: int) -> SegmentRecord:
    segment = session.get(model.Segment, segment_id)
    if segment is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.SEGMENT, segment_id)
            or QT_TRANSLATE_NOOP("Coding", "no segment with id {segment_id}").format(
                segment_id=segment_id
            )
        )
    return _record(segment)


def passage_name_in(session: Session, record: SegmentRecord) -> Message | None:
    """``“相談窓口を設置…” in “kawasaki.txt”``: a passage for a message; None once its
    document is gone (its words went with it)."""
    document = session.get(model.Document, record.document_id)
    if document is None:
        return None
    words = " ".join(document.text[record.start : record.end].split())
    return QT_TRANSLATE_NOOP("Coding", "“{words}” in “{document}”").format(
        words=words if len(words) <= 30 else words[:30] + "…", document=document.name
    )


def get_segment(project: Project, segment_id: int) -> SegmentRecord:
    with project.session() as session:
        return get_segment_in(session, segment_id)


def update_segment_in(
    session: Session,
    segment_id: int,
    *,
    code_id: int | None = None,
    start: int | None = None,
    end: int | None = None,
    note: str | None = None,
    translation: str | None = None,
) -> SegmentRecord:
    """Change a segment; returns its state before the change."""
    segment = session.get(model.Segment, segment_id)
    if segment is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.SEGMENT, segment_id)
            or QT_TRANSLATE_NOOP("Coding", "no segment with id {segment_id}").format(
                segment_id=segment_id
            )
        )
    before = _record(segment)
    new_start = before.start if start is None else start
    new_end = before.end if end is None else end
    check_range(_document_length(session, segment.document_id), new_start, new_end)
    if code_id is not None and session.get(model.Code, code_id) is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.CODE, code_id)
            or QT_TRANSLATE_NOOP("Coding", "no code with id {code_id}").format(code_id=code_id)
        )
    segment.start, segment.end = new_start, new_end
    if code_id is not None:
        segment.code_id = code_id
    if note is not None:
        segment.note = note
    if translation is not None:
        segment.translation = translation
    session.flush()
    return before


def restore_segment_in(session: Session, record: SegmentRecord) -> None:
    """Put a segment back exactly as recorded (same id), or overwrite it with the record."""
    segment = session.get(model.Segment, record.id)
    if segment is None:
        session.execute(insert(model.Segment).values(**record.__dict__))
    else:
        for name, value in record.__dict__.items():
            setattr(segment, name, value)
    session.flush()


def delete_segment_in(session: Session, segment_id: int) -> SegmentRecord:
    record = get_segment_in(session, segment_id)
    session.execute(delete(model.Memo).where(model.Memo.segment_id == segment_id))
    session.execute(delete(model.Segment).where(model.Segment.id == segment_id))
    return record


def segment_at(
    session: Session,
    document_id: int,
    code_id: int,
    start: int,
    end: int,
    coder: str | None = None,
    option: str = "--coder",
) -> int:
    """The coded passage [start, end) of a document at a code (the CLI names a passage so:
    ``uncode``, ``memo --start --end``). Several coders may have coded that range so: then
    ``coder`` (a coder's name, given with the verb's ``option``) says whose; the one there is
    needs no name."""
    rows = session.execute(
        select(model.Segment.id, model.Coder.name)
        .outerjoin(model.Coder, model.Segment.coder_id == model.Coder.id)
        .where(
            model.Segment.document_id == document_id,
            model.Segment.code_id == code_id,
            model.Segment.start == start,
            model.Segment.end == end,
        )
        .order_by(model.Segment.id)
    ).all()
    if coder is not None:
        rows = [row for row in rows if row[1] == coder]
    if not rows:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Coding", "no passage [{start}, {end}) is coded with that code"
            ).format(start=start, end=end)
            if coder is None
            else QT_TRANSLATE_NOOP(
                "Coding", "{coder} coded no passage [{start}, {end}) with that code"
            ).format(coder=quoted(coder), start=start, end=end)
        )
    if len(rows) > 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Coding",
                "the passage [{start}, {end}) is coded with that code by {coders}; "
                "name the coder ({option})",
            ).format(
                start=start,
                end=end,
                coders=", ".join(quoted(name or "?") for _, name in rows),
                option=option,
            )
        )
    return int(rows[0][0])


def insert_records(session: Session, records: list[SegmentRecord]) -> list[SegmentRecord]:
    """New segments (``id`` 0 until inserted) as ``insert_segments`` writes them, with their ids."""
    rows = [{k: v for k, v in vars(record).items() if k != "id"} for record in records]
    ids = insert_segments(session, rows)
    return [replace(record, id=i) for record, i in zip(records, ids, strict=True)]


def segments_of_document(project: Project, document_id: int) -> list[SegmentRecord]:
    with project.session() as session:
        return [
            _record(segment)
            for segment in session.scalars(
                select(model.Segment)
                .where(model.Segment.document_id == document_id)
                .order_by(model.Segment.start, model.Segment.end, model.Segment.id)
            )
        ]


def autocode_in(
    session: Session,
    term: str,
    code_id: int,
    *,
    regex: bool = False,
    whole_words: bool = False,
    document_ids: list[int] | None = None,
    coder_id: int | None = None,
    unit: Unit = "hit",
) -> list[SegmentRecord]:
    """Code every hit of ``term`` (Japanese-aware folding) with ``code_id``; returns new segments.

    ``unit`` widens each hit to its sentence or paragraph; units of several hits that overlap
    or touch become one segment. Ranges already coded with this code are skipped, so running
    it twice adds nothing.
    """
    if not term:
        raise ValidationError("auto-coding needs a search term")
    check_term(term, regex=regex)
    if session.get(model.Code, code_id) is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.CODE, code_id)
            or QT_TRANSLATE_NOOP("Coding", "no code with id {code_id}").format(code_id=code_id)
        )
    query = select(model.Document.id, model.Document.text).order_by(model.Document.id)
    if document_ids is not None:
        query = query.where(model.Document.id.in_(document_ids))
    existing = set(
        tuple(row)
        for row in session.execute(
            select(model.Segment.document_id, model.Segment.start, model.Segment.end).where(
                model.Segment.code_id == code_id
            )
        )
    )
    hits: list[tuple[int, int, int]] = []
    for document_id, text in session.execute(query):
        found = find_all(text, term, regex=regex, whole_words=whole_words)
        for start, end in widen(text, found, unit):
            if (document_id, start, end) not in existing:
                existing.add((document_id, start, end))
                hits.append((document_id, start, end))
    if not hits:
        return []
    records = [SegmentRecord.new(doc, code_id, start, end, coder_id) for doc, start, end in hits]
    return insert_records(session, records)


def widen_ranges_in(
    session: Session,
    ranges: list[tuple[int, int, int]],
    unit: Unit,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> list[tuple[int, int, int]]:
    """(document, start, end) ranges widened to ``unit``, merged per document (code all hits);
    ``progress`` told each document done (of all), ``cancel`` checked between them."""
    by_document: dict[int, list[tuple[int, int]]] = {}
    for document_id, start, end in ranges:
        by_document.setdefault(document_id, []).append((start, end))
    if unit == "hit" or not ranges:
        if progress is not None:
            progress(len(by_document), len(by_document), "documents")
        return list(ranges)
    texts = {
        document_id: text
        for document_id, text in session.execute(
            select(model.Document.id, model.Document.text).where(model.Document.id.in_(by_document))
        )
    }
    widened: list[tuple[int, int, int]] = []
    for done, (document_id, spans) in enumerate(by_document.items(), start=1):
        check_cancel(cancel)
        if document_id in texts:
            widened.extend(
                (document_id, start, end) for start, end in widen(texts[document_id], spans, unit)
            )
        if progress is not None:
            progress(done, len(by_document), "documents")
    return widened


def reinsert_in(session: Session, records: list[SegmentRecord]) -> None:
    """Insert recorded segments again with their ids (redo of an auto-coding, undo of a delete)."""
    if records:
        rows = [
            {
                **record.__dict__,
                "guid": record.guid or model.new_guid(),
                "coding_guid": record.coding_guid or model.new_guid(),
            }
            for record in records
        ]
        session.execute(insert(model.Segment), rows)


def delete_many_in(session: Session, segment_ids: list[int]) -> None:
    if segment_ids:
        session.execute(delete(model.Memo).where(model.Memo.segment_id.in_(segment_ids)))
        session.execute(delete(model.Segment).where(model.Segment.id.in_(segment_ids)))


def others_passages(project: Project, document_ids: list[int]) -> dict[str, int]:
    """How many of the documents' coded passages each coder other than this program's coded,
    by name (most first): what deleting the documents takes of other people's work."""
    from sqlalchemy import func

    with project.session() as session:
        rows = session.execute(
            select(model.Coder.name, func.count(model.Segment.id))
            .join(model.Coder, model.Segment.coder_id == model.Coder.id)
            .where(
                model.Segment.document_id.in_(document_ids),
                model.Coder.name != project.coder_name,
            )
            .group_by(model.Coder.name)
        ).all()
    return dict(sorted(((name, int(n)) for name, n in rows), key=lambda item: (-item[1], item[0])))
