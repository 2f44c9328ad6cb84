"""Indexing (stage 3): coded segments on documents, and auto-coding of search hits.

Auto-coding codes each hit, or the sentence or paragraph around it (:mod:`text.units`): a
two-character hit such as 日本 is no evidence on its own, its sentence is.

Ranges are half-open ``[start, end)`` in Unicode code points of the stored text. Overlapping
segments and several codes on one range are normal. Coding text that overlaps a
passage of the same code by the same coder (auto-coding, code all hits, code selection) widens
that passage to the union instead of making a second one (:func:`take_in`), as NVivo unions a
node's coverage: the evidence is not doubled, and the passage keeps its note and translation.
Passages a REFI-QDA import or a merge brings in are joined by the same rule
(:func:`join_overlapping`), their notes and translations joined onto the passage they join.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, select, update
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


def _check_codable(session: Session, code_id: int) -> None:
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


def grow_in(
    session: Session, document_id: int, code_id: int, start: int, end: int, coder_id: int | None
) -> dict[int, tuple[int, int]] | None:
    """How this coder's passages of ``code_id`` grow to take in the selection ``[start, end)``
    (:func:`take_in`); None: it is a passage of its own. Text they cover already is refused,
    as coding the same range twice is."""
    text = session.scalar(select(model.Document.text).where(model.Document.id == document_id))
    if text is None:
        _document_length(session, document_id)  # says who deleted it
    check_range(len(text or ""), start, end)
    _check_codable(session, code_id)
    passages = passages_in(session, code_id, coder_id, [document_id]).get(document_id, [])
    grown = take_in(text or "", passages, start, end)
    if grown == {}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Coding", "this text is already coded with this code").format()
        )
    return grown


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
    _check_codable(session, code_id)
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


@dataclass(frozen=True)
class Extension:
    """A coded passage widened to take in a hit's unit (or a selection) of its code and coder:
    NVivo unions a node's coverage, it makes no second reference. Its bounds before (undo)
    and after (redo)."""

    segment_id: int
    before: tuple[int, int]
    after: tuple[int, int]


@dataclass
class Coded:
    """What coding hits did: the passages it made, those it widened, and how many hits were
    coded already — inside a passage of the code and coder, or a passage widened over them."""

    created: list[SegmentRecord]
    extended: list[Extension]
    already: int = 0


def take_in(
    text: str, passages: Sequence[tuple[int, int, int]], start: int, end: int
) -> dict[int, tuple[int, int]] | None:
    """How passages (id, start, end) of one code and coder in ``text`` grow to cover
    ``[start, end)``: None when none overlaps it (it is a passage of its own: one merely beside
    it stays apart, each keeping its own note and translation), {} when they cover it already,
    else the new bounds of those that grow. A gap they leave goes to the passage before it (one
    before them all, to the first): none is merged into another, so none loses its note,
    translation or memos."""
    near = sorted(
        (first, last, segment_id)
        for segment_id, first, last in passages
        if first < end and start < last  # sharing text: a passage beside it stays apart
    )
    if not near:
        return None
    bounds = {segment_id: (first, last) for first, last, segment_id in near}
    first_start, reach, reacher = near[0]
    if start < first_start:
        bounds[reacher] = (start, reach)
    for first, last, segment_id in near[1:]:
        if first > reach:  # between two passages: the one before grows over it
            bounds[reacher] = (bounds[reacher][0], first)
        if last > reach:
            reach, reacher = last, segment_id
    if end > reach:
        bounds[reacher] = (bounds[reacher][0], end)
    return {
        segment_id: grown
        for first, last, segment_id in near
        if (grown := bounds[segment_id]) != (first, last)
    }


@dataclass
class Joins:
    """Where passages brought in (an import, a merge) went under :func:`take_in`: ``into``,
    each joined one's key and the passage it joined (its note, translation and memos belong
    there now); ``grown``, the new bounds of the passages widened to take them in."""

    into: dict[int, int]
    grown: dict[int, tuple[int, int]]


def join_overlapping(
    held: Iterable[tuple[int, int, int]], incoming: Iterable[tuple[int, int, int]]
) -> Joins:
    """Bring passages (key, start, end) of one document, code and coder in among those
    ``held`` as coding text does (:func:`take_in`): one that shares text with a passage held,
    or brought in before it, joins that passage (widened to the union) rather than stand
    beside it; one merely beside it stays a passage of its own. A joined one goes to the
    passage with its very range, else the first widened (as a selection's note goes,
    ``commands.AddSegment``), else the first it lies in. Keys are unique ints; the incoming
    are taken by start, then end, then key (the first of two equal ranges stays)."""
    waiting = deque(sorted(held, key=lambda p: p[1]))
    near: list[tuple[int, int, int]] = []  # those that may overlap this passage or a later one
    joins = Joins({}, {})
    for key, start, end in sorted(incoming, key=lambda p: (p[1], p[2], p[0])):
        while waiting and waiting[0][1] < end:
            near.append(waiting.popleft())
        near = [p for p in near if p[2] > start]  # none overlaps a later one
        same = next((i for i, first, last in near if first == start and last == end), None)
        if same is not None:  # its very range (a copy's every passage): it covers it
            joins.into[key] = same
            continue
        bounds = take_in("", near, start, end)
        if bounds is None:
            near.append((key, start, end))
            continue
        under = sorted((first, i) for i, first, last in near if first < end and start < last)
        widened = [i for _, i in under if i in bounds]
        joins.into[key] = (widened or [under[0][1]])[0]
        joins.grown.update(bounds)
        near = [(i, *bounds.get(i, (first, last))) for i, first, last in near]
    return joins


def passages_in(
    session: Session, code_id: int, coder_id: int | None, document_ids: Iterable[int]
) -> dict[int, list[tuple[int, int, int]]]:
    """Each document's passages (id, start, end) coded with ``code_id`` by ``coder_id``."""
    query = select(
        model.Segment.document_id, model.Segment.id, model.Segment.start, model.Segment.end
    ).where(
        model.Segment.code_id == code_id,
        model.Segment.document_id.in_(set(document_ids)),
        model.Segment.coder_id.is_(None)
        if coder_id is None
        else model.Segment.coder_id == coder_id,
    )
    found: dict[int, list[tuple[int, int, int]]] = {}
    for document_id, segment_id, start, end in session.execute(query):
        found.setdefault(document_id, []).append((segment_id, start, end))
    return found


def set_bounds_in(session: Session, bounds: Sequence[tuple[int, tuple[int, int]]]) -> None:
    """Give passages (id, (start, end)) new bounds, in one executemany."""
    if bounds:
        table = model.Segment.__table__
        assert isinstance(table, Table)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("segment_id"))
            .values(start=bindparam("new_start"), end=bindparam("new_end")),
            [{"segment_id": i, "new_start": s, "new_end": e} for i, (s, e) in bounds],
        )


def code_hits_in(
    session: Session,
    code_id: int,
    hits: Mapping[int, Sequence[tuple[int, int]]],
    texts: Mapping[int, str],
    unit: Unit,
    coder_id: int | None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Coded:
    """Code each document's hits widened to ``unit`` (units that overlap or touch becoming
    one) with ``code_id``: a unit that overlaps a passage of that code by this coder
    widens that passage to the union (its note, translation and memos kept) rather than make a
    second one; a unit inside one changes nothing. ``progress`` is told each document done,
    ``cancel`` checked between them."""
    passages = passages_in(session, code_id, coder_id, hits)
    created: list[SegmentRecord] = []
    grown: dict[int, tuple[int, int]] = {}
    already = 0
    for done, (document_id, spans) in enumerate(hits.items(), start=1):
        check_cancel(cancel)
        text = texts[document_id]
        units = widen(text, spans, unit)
        starts = [first for first, _ in units]
        taken: set[int] = set()
        waiting = deque(sorted(passages.get(document_id, []), key=lambda p: p[1]))
        near: list[tuple[int, int, int]] = []  # the passages that may overlap this unit or a later
        for index, (start, end) in enumerate(units):
            while waiting and waiting[0][1] < end:
                near.append(waiting.popleft())
            near = [p for p in near if p[2] > start]  # none overlaps a later one
            bounds = take_in(text, near, start, end)
            if bounds is None:
                created.append(SegmentRecord.new(document_id, code_id, start, end, coder_id))
                continue
            taken.add(index)
            grown.update(bounds)
            near = [(i, *bounds.get(i, (first, last))) for i, first, last in near]
        already += sum(bisect_right(starts, first) - 1 in taken for first, _ in spans)
        if progress is not None:
            progress(done, len(hits), "documents")
    before = {p[0]: p[1:] for found in passages.values() for p in found if p[0] in grown}
    extended = [Extension(i, before[i], after) for i, after in grown.items()]
    set_bounds_in(session, [(x.segment_id, x.after) for x in extended])
    return Coded(insert_records(session, created), extended, already)


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
) -> Coded:
    """Code every hit of ``term`` (Japanese-aware folding) with ``code_id``, widened to ``unit``
    (:func:`code_hits_in`): what is coded already by this coder is not coded twice, so running
    it again adds nothing."""
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
    texts: dict[int, str] = {}
    hits: dict[int, list[tuple[int, int]]] = {}
    for document_id, text in session.execute(query):
        found = find_all(text, term, regex=regex, whole_words=whole_words)
        if found:
            texts[document_id], hits[document_id] = text, list(found)
    return code_hits_in(session, code_id, hits, texts, unit, coder_id)


def code_ranges_in(
    session: Session,
    code_id: int,
    ranges: Sequence[tuple[int, int, int]],
    unit: Unit,
    coder_id: int | None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Coded:
    """(document, start, end) ranges — a search's hits — coded as :func:`code_hits_in` codes
    them; a range of a document not there (deleted since) is left out."""
    if session.get(model.Code, code_id) is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.CODE, code_id)
            or QT_TRANSLATE_NOOP("Coding", "no code with id {code_id}").format(code_id=code_id)
        )
    hits: dict[int, list[tuple[int, int]]] = {}
    for document_id, start, end in ranges:
        if start < end:
            hits.setdefault(document_id, []).append((start, end))
    texts = {
        document_id: text
        for document_id, text in session.execute(
            select(model.Document.id, model.Document.text).where(model.Document.id.in_(hits))
        )
    }
    hits = {document_id: spans for document_id, spans in hits.items() if document_id in texts}
    return code_hits_in(session, code_id, hits, texts, unit, coder_id, progress, cancel)


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
