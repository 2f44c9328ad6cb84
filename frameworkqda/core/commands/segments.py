"""Commands over coded segments: code, change, delete, auto-code, recode, code many ranges."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from frameworkqda.core import coding, deletions, model, review
from frameworkqda.core.commands.base import Change, Command
from frameworkqda.core.commands.snapshot import Row, insert_rows, rows
from frameworkqda.core.errors import ChangedSinceError, ValidationError
from frameworkqda.core.jobs import Cancel, Progress, check_cancel
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message
from frameworkqda.core.text.units import Unit


def _passage_gone(
    session: Session, named: Message | None, passage: coding.SegmentRecord | None
) -> ChangedSinceError:
    """A passage someone else deleted since (alone, or with its code or document), named by
    its words and document as they were when this step was done, not by its id ('no segment
    with id 18'), and who deleted it when (the deletions log)."""
    found = (
        deletions.passage_deletion(session, passage.id, passage.document_id, passage.code_id)
        if passage is not None
        else None
    )
    if found is not None:
        if named is None:
            what = QT_TRANSLATE_NOOP("CoreCommand", "a coded passage").format()
        elif found.kind is model.DeletedKind.DOCUMENT and "words" in named.params:
            # "deleted with the document “x.txt”" names it: by its words alone
            what = QT_TRANSLATE_NOOP("CoreCommand", "the coded passage “{words}”").format(
                words=named.params["words"]
            )
        else:
            what = QT_TRANSLATE_NOOP("CoreCommand", "the coded passage {passage}").format(
                passage=named
            )
        return ChangedSinceError(deletions.said(what, found, model.DeletedKind.SEGMENT), gone=True)
    if named is None:
        return ChangedSinceError(
            QT_TRANSLATE_NOOP("CoreCommand", "the coded passage has been deleted since").format(),
            gone=True,
        )
    if passage is None:
        return ChangedSinceError(
            QT_TRANSLATE_NOOP(
                "CoreCommand", "the coded passage {passage} has been deleted since"
            ).format(passage=named),
            gone=True,
        )
    # the log holds nothing of it, its document or its code: gone before it kept a record
    return ChangedSinceError(
        deletions.unrecorded(
            QT_TRANSLATE_NOOP("CoreCommand", "the coded passage {passage}").format(passage=named)
        ),
        gone=True,
    )


def _log_passages(session: Session, records: list[coding.SegmentRecord]) -> None:
    """Log the passages' deletion, each named by its words (as when it was coded)."""
    if not records:
        return
    texts = {
        document_id: text
        for document_id, text in session.execute(
            select(model.Document.id, model.Document.text).where(
                model.Document.id.in_({record.document_id for record in records})
            )
        )
    }
    deletions.log_deletions(
        session,
        model.DeletedKind.SEGMENT,
        ((record.id, _words(texts.get(record.document_id, ""), record)) for record in records),
    )


def _words(text: str, record: coding.SegmentRecord) -> str:
    words = " ".join(text[record.start : record.end].split())
    return words if len(words) <= 30 else words[:30] + "…"


def _forget_passages(session: Session, ids: list[int]) -> None:
    deletions.forget_deletions(session, model.DeletedKind.SEGMENT, ids)


@dataclass
class AddSegment(Command):
    """Code a selection. Text overlapping a passage of the same code by the same
    coder widens that passage (``coding.grow_in``: its note, translation and memos kept), as
    auto-coding does, rather than make a second passage; ``extended`` holds it before and after."""

    changes = frozenset({Change.SEGMENTS})

    document_id: int
    code_id: int
    start: int
    end: int
    note: str = ""
    translation: str = ""
    segment_id: int | None = None  # set by the first apply; redo reuses it
    named: Message | None = None  # its words and document, once applied: for messages
    extended: list[tuple[coding.SegmentRecord, coding.SegmentRecord]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Code selection").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.extended:  # a redo widens the passages again
            self._put(session, [after for _, after in self.extended])
            return
        if self.segment_id is None:
            grown = coding.grow_in(
                session, self.document_id, self.code_id, self.start, self.end, coder_id
            )
            if grown is not None:
                self._extend(session, grown)
                return
        else:  # a redo puts back the passage its undo deleted
            _forget_passages(session, [self.segment_id])
        self.segment_id = coding.add_segment_in(
            session,
            self.document_id,
            self.code_id,
            self.start,
            self.end,
            note=self.note,
            translation=self.translation,
            coder_id=coder_id,
            segment_id=self.segment_id,
        )
        self.named = coding.passage_name_in(
            session, coding.get_segment_in(session, self.segment_id)
        )

    def _extend(self, session: Session, grown: dict[int, tuple[int, int]]) -> None:
        """Widen the passages; the first takes the selection's note and translation where it
        has none (another one is refused: one of the two would be lost)."""
        befores = sorted(
            (coding.get_segment_in(session, segment_id) for segment_id in grown),
            key=lambda record: record.start,
        )
        first = befores[0]
        other = (  # the passage's and the selection's differ: one of the two would be lost
            (
                QT_TRANSLATE_NOOP(
                    "CoreCommand", "the passage this text extends, {passage}, has another note"
                ),
                self.note,
                first.note,
            ),
            (
                QT_TRANSLATE_NOOP(
                    "CoreCommand",
                    "the passage this text extends, {passage}, has another translation",
                ),
                self.translation,
                first.translation,
            ),
        )
        for message, given, had in other:
            if given and had and given != had:
                passage = coding.passage_name_in(session, first)
                raise ValidationError(message.format(passage=passage))
        self.extended = [
            (
                before,
                replace(
                    before,
                    start=grown[before.id][0],
                    end=grown[before.id][1],
                    note=before.note or (self.note if before is first else ""),
                    translation=before.translation or (self.translation if before is first else ""),
                ),
            )
            for before in befores
        ]
        self._put(session, [after for _, after in self.extended])
        self.segment_id = first.id
        self.named = coding.passage_name_in(session, self.extended[0][1])

    def _put(self, session: Session, records: list[coding.SegmentRecord]) -> None:
        """The passages as recorded; refused when one was deleted since (not brought back)."""
        for record in records:
            if session.get(model.Segment, record.id) is None:
                raise _passage_gone(session, self.named, record)
            coding.restore_segment_in(session, record)

    def _revert(self, session: Session) -> None:
        assert self.segment_id is not None
        if self.extended:
            self._put(session, [before for before, _ in self.extended])
            return
        if session.get(model.Segment, self.segment_id) is None:
            passage = coding.SegmentRecord(
                self.segment_id, self.document_id, self.code_id, self.start, self.end
            )
            raise _passage_gone(session, self.named, passage)
        _log_passages(session, [coding.delete_segment_in(session, self.segment_id)])


@dataclass
class UpdateSegment(Command):
    changes = frozenset({Change.SEGMENTS})

    segment_id: int
    code_id: int | None = None
    start: int | None = None
    end: int | None = None
    note: str | None = None
    translation: str | None = None
    before: coding.SegmentRecord | None = None
    named: Message | None = None  # its words and document, once applied: for messages

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Change segment").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.before is not None and session.get(model.Segment, self.segment_id) is None:
            raise _passage_gone(session, self.named, self.before)  # a redo
        self.before = coding.update_segment_in(
            session,
            self.segment_id,
            code_id=self.code_id,
            start=self.start,
            end=self.end,
            note=self.note,
            translation=self.translation,
        )
        self.named = coding.passage_name_in(session, self.before)

    def _revert(self, session: Session) -> None:
        assert self.before is not None
        if session.get(model.Segment, self.segment_id) is None:  # was put back, or refused
            raise _passage_gone(session, self.named, self.before)
        coding.restore_segment_in(session, self.before)


@dataclass
class DeleteSegment(Command):
    changes = frozenset({Change.SEGMENTS, Change.MEMOS})

    segment_id: int
    record: coding.SegmentRecord | None = None
    memos: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Delete segment").format()

    def _apply(self, session: Session, coder_id: int) -> None:
        self.memos = rows(session, model.Memo, model.Memo.segment_id == self.segment_id)
        self.record = coding.delete_segment_in(session, self.segment_id)
        _log_passages(session, [self.record])

    def _revert(self, session: Session) -> None:
        assert self.record is not None
        coding.reinsert_in(session, [self.record])
        _forget_passages(session, [self.record.id])
        insert_rows(session, model.Memo, self.memos)


@dataclass
class _CodesHits(Command):
    """Coding many hits as one step: the passages made (undo deletes them) and those widened
    over a hit's unit (undo gives them their bounds back), and the hits coded already."""

    changes = frozenset({Change.SEGMENTS})
    # set by the first apply (keywords: the subclasses' own fields come first)
    created: list[coding.SegmentRecord] | None = field(default=None, kw_only=True)
    extended: list[coding.Extension] = field(default_factory=list, kw_only=True)
    # hits inside a passage of the code by this coder, or in one widened over them
    already: int = field(default=0, kw_only=True)

    @property
    def count(self) -> int:
        return len(self.created or [])

    @property
    def changed_segments(self) -> frozenset[int]:
        return frozenset(
            [record.id for record in self.created or []]
            + [extension.segment_id for extension in self.extended]
        )

    @property
    def is_empty(self) -> bool:
        return self._applied and self._changed_nothing()

    def _changed_nothing(self) -> bool:
        return not self.created and not self.extended

    def _coded(self, coded: coding.Coded) -> None:
        self.created, self.extended, self.already = coded.created, coded.extended, coded.already

    def _redo(self, session: Session) -> None:
        coding.reinsert_in(session, self.created or [])
        _forget_passages(session, [record.id for record in self.created or []])
        coding.set_bounds_in(session, [(x.segment_id, x.after) for x in self.extended])

    def _revert(self, session: Session) -> None:
        coding.delete_many_in(session, [record.id for record in self.created or []])
        _log_passages(session, self.created or [])
        coding.set_bounds_in(session, [(x.segment_id, x.before) for x in self.extended])


@dataclass
class Autocode(_CodesHits):
    """Code every hit of a term with a code, as one undoable step; ``count`` says how many
    passages it made, ``extended`` the passages it widened, ``already`` the hits coded already."""

    term: str
    code_id: int
    regex: bool = False
    document_ids: list[int] | None = None
    unit: Unit = "hit"
    whole_words: bool = False

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Auto-code “{name}”").format(name=self.term)

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.created is not None:
            self._redo(session)
            return
        self._coded(
            coding.autocode_in(
                session,
                self.term,
                self.code_id,
                regex=self.regex,
                whole_words=self.whole_words,
                document_ids=self.document_ids,
                coder_id=coder_id,
                unit=self.unit,
            )
        )


@dataclass
class RecodeSegments(Command):
    """Give many segments one code; undo puts each back on its own code."""

    changes = frozenset({Change.SEGMENTS})
    segment_ids: list[int]
    code_id: int
    before: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Recode %n segment(s)").format(
            n=len(self.segment_ids)
        )

    @property
    def changed_segments(self) -> frozenset[int]:
        return frozenset(self.segment_ids)

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = review.recode_segments_in(session, self.segment_ids, self.code_id)

    def _revert(self, session: Session) -> None:
        review.restore_codes_in(session, self.before)


@dataclass
class DeleteSegments(Command):
    """Delete many segments (and their memos); undo puts them back with their ids."""

    changes = frozenset({Change.SEGMENTS, Change.MEMOS})
    segment_ids: list[int]
    records: list[coding.SegmentRecord] = field(default_factory=list)
    memos: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Delete %n segment(s)").format(
            n=len(self.segment_ids)
        )

    @property
    def changed_segments(self) -> frozenset[int]:
        return frozenset(self.segment_ids)

    def _apply(self, session: Session, coder_id: int) -> None:
        self.memos = rows(session, model.Memo, model.Memo.segment_id.in_(self.segment_ids))
        self.records = [
            coding.get_segment_in(session, segment_id)
            for segment_id in session.scalars(
                select(model.Segment.id).where(model.Segment.id.in_(self.segment_ids))
            )
        ]
        coding.delete_many_in(session, self.segment_ids)
        _log_passages(session, self.records)

    def _revert(self, session: Session) -> None:
        coding.reinsert_in(session, self.records)
        insert_rows(session, model.Memo, self.memos)
        _forget_passages(session, [record.id for record in self.records])


@dataclass
class CodeRanges(_CodesHits):
    """Code many (document, start, end) ranges with one code, each widened to ``unit`` (code
    all hits): what is coded already by this coder is not coded twice (``Autocode``)."""

    code_id: int
    ranges: list[tuple[int, int, int]]
    unit: Unit = "hit"
    whole_words: bool = False
    # ranges not coded: their document was deleted since they were found (a search's hits)
    skipped: int = 0
    # the first apply's: how far it is (documents widened of all), and a cancel it checks
    # between documents and before it commits (the GUI runs it off its thread: a Job)
    progress: Progress | None = field(default=None, repr=False, compare=False)
    cancel: Cancel | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Code %n range(s)").format(n=len(self.ranges))

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.created is not None:
            self._redo(session)
            return
        wanted = {document_id for document_id, _, _ in self.ranges}
        present = set(
            session.scalars(select(model.Document.id).where(model.Document.id.in_(wanted)))
        )
        # a hit of a document deleted since: "the hit only" coded a passage of no document
        kept = [r for r in self.ranges if r[0] in present]
        self.skipped = len(self.ranges) - len(kept)
        coded = coding.code_ranges_in(
            session, self.code_id, kept, self.unit, coder_id, self.progress, self.cancel
        )
        check_cancel(self.cancel)  # the transaction is rolled back: nothing was coded
        self._coded(coded)
