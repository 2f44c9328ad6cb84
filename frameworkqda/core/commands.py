"""Undoable commands over core services, for the GUI's undo stack (and scripts and tests).

A command is built with its arguments, then ``apply(project)`` does it and ``revert(project)``
undoes it; each call is one transaction. ``apply`` after ``revert`` redoes it with the same ids,
so later commands on a stack still find the rows they refer to. Qt's ``QUndoCommand.redo`` and
``undo`` call ``apply`` and ``revert``; nothing here knows about Qt.

Codebook changes (add, rename, move, merge, delete, apply a template, import a file) record a
snapshot of the rows they may touch (the codebook itself and the segments, cells, scores and
memos of the codes involved) and undo by putting that snapshot back; segment, cell, case,
document and memo commands record just the rows they change.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from frameworkqda.core import (
    cases,
    charting,
    codebook,
    codebook_io,
    coding,
    memos,
    model,
    review,
)
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.framework import templates
from frameworkqda.core.store import Project
from frameworkqda.core.text.units import Unit
from frameworkqda.core.words import plural

Row = dict[str, Any]


class Command(ABC):
    """One undoable step. ``text`` names it in an Edit menu (``Undo Auto-code “相談”``)."""

    text: str = ""
    _applied = False

    @property
    def is_empty(self) -> bool:
        """True when applying changed nothing (e.g. every hit was already coded)."""
        return False

    def apply(self, project: Project) -> None:
        if self._applied:
            raise ValidationError(f"{self.text}: already applied")
        with project.transaction() as session:
            self._apply(session, project.coder(session).id)
        self._applied = True

    def revert(self, project: Project) -> None:
        if not self._applied:
            raise ValidationError(f"{self.text}: not applied, nothing to undo")
        with project.transaction() as session:
            self._revert(session)
        self._applied = False

    @abstractmethod
    def _apply(self, session: Session, coder_id: int) -> None: ...

    @abstractmethod
    def _revert(self, session: Session) -> None: ...


# --- coding -------------------------------------------------------------------------------


@dataclass
class AddSegment(Command):
    document_id: int
    code_id: int
    start: int
    end: int
    note: str = ""
    translation: str = ""
    segment_id: int | None = None  # set by the first apply; redo reuses it

    def __post_init__(self) -> None:
        self.text = "Code selection"

    def _apply(self, session: Session, coder_id: int) -> None:
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

    def _revert(self, session: Session) -> None:
        assert self.segment_id is not None
        coding.delete_segment_in(session, self.segment_id)


@dataclass
class UpdateSegment(Command):
    segment_id: int
    code_id: int | None = None
    start: int | None = None
    end: int | None = None
    note: str | None = None
    translation: str | None = None
    before: coding.SegmentRecord | None = None

    def __post_init__(self) -> None:
        self.text = "Change segment"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = coding.update_segment_in(
            session,
            self.segment_id,
            code_id=self.code_id,
            start=self.start,
            end=self.end,
            note=self.note,
            translation=self.translation,
        )

    def _revert(self, session: Session) -> None:
        assert self.before is not None
        coding.restore_segment_in(session, self.before)


@dataclass
class DeleteSegment(Command):
    segment_id: int
    record: coding.SegmentRecord | None = None
    memos: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = "Delete segment"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.memos = _rows(session, model.Memo, model.Memo.segment_id == self.segment_id)
        self.record = coding.delete_segment_in(session, self.segment_id)

    def _revert(self, session: Session) -> None:
        assert self.record is not None
        coding.reinsert_in(session, [self.record])
        _insert(session, model.Memo, self.memos)


@dataclass
class Autocode(Command):
    """Code every hit of a term with a code, as one undoable step; ``count`` says how many."""

    term: str
    code_id: int
    regex: bool = False
    document_ids: list[int] | None = None
    unit: Unit = "hit"
    created: list[coding.SegmentRecord] | None = None

    def __post_init__(self) -> None:
        self.text = f"Auto-code “{self.term}”"

    @property
    def count(self) -> int:
        return len(self.created or [])

    @property
    def is_empty(self) -> bool:
        return self._applied and not self.created

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.created is None:
            self.created = coding.autocode_in(
                session,
                self.term,
                self.code_id,
                regex=self.regex,
                document_ids=self.document_ids,
                coder_id=coder_id,
                unit=self.unit,
            )
        else:
            coding.reinsert_in(session, self.created)

    def _revert(self, session: Session) -> None:
        coding.delete_many_in(session, [record.id for record in self.created or []])


@dataclass
class RecodeSegments(Command):
    """Give many segments one code; undo puts each back on its own code."""

    segment_ids: list[int]
    code_id: int
    before: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = f"Recode {plural(len(self.segment_ids), 'segment')}"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = review.recode_segments_in(session, self.segment_ids, self.code_id)

    def _revert(self, session: Session) -> None:
        review.restore_codes_in(session, self.before)


@dataclass
class DeleteSegments(Command):
    """Delete many segments (and their memos); undo puts them back with their ids."""

    segment_ids: list[int]
    records: list[coding.SegmentRecord] = field(default_factory=list)
    memos: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = f"Delete {plural(len(self.segment_ids), 'segment')}"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.memos = _rows(session, model.Memo, model.Memo.segment_id.in_(self.segment_ids))
        self.records = [
            coding.get_segment_in(session, segment_id)
            for segment_id in session.scalars(
                select(model.Segment.id).where(model.Segment.id.in_(self.segment_ids))
            )
        ]
        coding.delete_many_in(session, self.segment_ids)

    def _revert(self, session: Session) -> None:
        coding.reinsert_in(session, self.records)
        _insert(session, model.Memo, self.memos)


@dataclass
class CodeRanges(Command):
    """Code many (document, start, end) ranges with one code; ranges already coded are skipped.

    ``unit`` widens each range to its sentence or paragraph first (code all hits).
    """

    code_id: int
    ranges: list[tuple[int, int, int]]
    unit: Unit = "hit"
    created: list[coding.SegmentRecord] | None = None

    def __post_init__(self) -> None:
        self.text = f"Code {len(self.ranges)} ranges"

    @property
    def is_empty(self) -> bool:
        return self._applied and not self.created

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.created is None:
            ranges = coding.widen_ranges_in(session, self.ranges, self.unit)
            ids = review.add_segments_in(session, self.code_id, ranges, coder_id)
            self.created = [coding.get_segment_in(session, segment_id) for segment_id in ids]
        else:
            coding.reinsert_in(session, self.created)

    def _revert(self, session: Session) -> None:
        coding.delete_many_in(session, [record.id for record in self.created or []])


# --- cases, documents, memos -----------------------------------------------------------


@dataclass
class AddCase(Command):
    name: str
    description: str = ""
    case_id: int | None = None  # set by the first apply; redo reuses it

    def __post_init__(self) -> None:
        self.text = f"Add case “{self.name}”"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.case_id = cases.add_case_in(session, self.name, self.description, case_id=self.case_id)

    def _revert(self, session: Session) -> None:
        assert self.case_id is not None
        cases.delete_case_in(session, self.case_id)


@dataclass
class AssignDocuments(Command):
    """Put documents under a case (``None``: unassigned); undo puts each back where it was."""

    case_id: int | None
    document_ids: list[int]
    before: dict[int, int | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.text = "Move document to case"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = cases.assign_documents_in(session, self.case_id, self.document_ids)

    def _revert(self, session: Session) -> None:
        for document_id, case_id in self.before.items():
            cases.assign_documents_in(session, case_id, [document_id])


@dataclass
class SetRead(Command):
    document_id: int
    read: bool
    was: bool = False

    def __post_init__(self) -> None:
        self.text = "Mark as read" if self.read else "Mark as unread"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.was = cases.set_read_in(session, self.document_id, self.read)

    def _revert(self, session: Session) -> None:
        cases.set_read_in(session, self.document_id, self.was)


@dataclass
class SetMemo(Command):
    """Write the memo on a target (see :mod:`frameworkqda.core.memos`); undo of a first memo
    removes it."""

    target: str
    target_id: int | None
    memo: str
    before: str | None = None

    def __post_init__(self) -> None:
        self.text = "Edit memo"

    def _apply(self, session: Session, coder_id: int) -> None:
        existing = memos.memo_in(session, self.target, self.target_id)
        self.before = existing.text if existing is not None else None
        memos.set_memo_in(session, self.target, self.target_id, self.memo, coder_id)

    def _revert(self, session: Session) -> None:
        memos.set_memo_in(session, self.target, self.target_id, self.before)


# --- charting -----------------------------------------------------------------------------


@dataclass
class SetCell(Command):
    """Set a chart cell's summary and/or value (``clear_value`` removes the value)."""

    case_id: int
    code_id: int
    summary: str | None = None
    value: str | None = None
    clear_value: bool = False
    before: charting.CellState | None = None
    cell_id: int | None = None  # the cell's id once it exists; redo recreates it with this id

    def __post_init__(self) -> None:
        self.text = "Edit cell"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = charting.set_cell_in(
            session,
            self.case_id,
            self.code_id,
            summary=self.summary,
            value=self.value,
            clear_value=self.clear_value,
            coder_id=coder_id,
            cell_id=self.cell_id,
        )
        self.cell_id = charting.cell_id_in(session, self.case_id, self.code_id)

    def _revert(self, session: Session) -> None:
        assert self.before is not None
        charting.restore_cell_in(session, self.before)


@dataclass
class DraftSummary(Command):
    """Write the auto-drafted summary into a cell if (and only if) its summary is empty."""

    case_id: int
    code_id: int
    before: charting.CellState | None = None
    drafted: bool = False
    cell_id: int | None = None

    def __post_init__(self) -> None:
        self.text = "Draft summary"

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = charting.cell_state_in(session, self.case_id, self.code_id)
        self.drafted = charting.draft_cell_in(
            session, self.case_id, self.code_id, coder_id, cell_id=self.cell_id
        )
        self.cell_id = charting.cell_id_in(session, self.case_id, self.code_id)

    def _revert(self, session: Session) -> None:
        assert self.before is not None
        charting.restore_cell_in(session, self.before)


@dataclass
class DraftSummaries(Command):
    """Write planned drafts (``charting.plan_drafts``) into cells still empty, as ONE step.

    ``count`` says how many cells were drafted; undo puts every one of them back.
    """

    drafts: list[charting.Draft]
    before: list[charting.CellState] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = f"Auto-draft {len(self.drafts)} empty summaries"

    @property
    def count(self) -> int:
        return len(self.before)

    def _apply(self, session: Session, coder_id: int) -> None:
        self.before = charting.write_drafts_in(session, self.drafts, coder_id)

    def _revert(self, session: Session) -> None:
        charting.restore_cells_in(session, self.before)


# --- codebook -----------------------------------------------------------------------------


@dataclass
class Snapshot:
    """Rows a codebook change may touch: all codes, and what hangs on the codes involved."""

    code_ids: list[int]
    codes: list[Row]
    scores: list[Row]
    segments: list[Row]
    cells: list[Row]
    memos: list[Row]


def _rows(session: Session, entity: type[model.Base], *where: Any) -> list[Row]:
    table = _table(entity)
    return [dict(row._mapping) for row in session.execute(select(table).where(*where))]


def _table(entity: type[model.Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def _insert(session: Session, entity: type[model.Base], rows: list[Row]) -> None:
    if rows:
        session.execute(insert(_table(entity)), rows)


def _memo_filter(code_ids: list[int]) -> Any:
    return or_(
        model.Memo.code_id.in_(code_ids),
        model.Memo.cell_id.in_(
            select(model.ChartCell.id).where(model.ChartCell.code_id.in_(code_ids))
        ),
        model.Memo.segment_id.in_(
            select(model.Segment.id).where(model.Segment.code_id.in_(code_ids))
        ),
    )


def take_snapshot(session: Session, code_ids: list[int]) -> Snapshot:
    return Snapshot(
        code_ids=list(code_ids),
        codes=_rows(session, model.Code),
        scores=_rows(session, model.CodeScore, model.CodeScore.code_id.in_(code_ids)),
        segments=_rows(session, model.Segment, model.Segment.code_id.in_(code_ids)),
        cells=_rows(session, model.ChartCell, model.ChartCell.code_id.in_(code_ids)),
        memos=_rows(session, model.Memo, _memo_filter(code_ids)),
    )


def restore_snapshot(session: Session, snapshot: Snapshot) -> None:
    """Put the codebook and the involved codes' rows back exactly as they were."""
    session.execute(delete(model.Memo).where(_memo_filter(snapshot.code_ids)))
    for entity in (model.ChartCell, model.Segment, model.CodeScore):
        column = _table(entity).c.code_id
        session.execute(delete(_table(entity)).where(column.in_(snapshot.code_ids)))
    known = {row["id"]: row for row in snapshot.codes}
    current = set(session.scalars(select(model.Code.id)))
    # Codes added since the snapshot go (leaves first, so no cascade surprises).
    for code_id in sorted(current - set(known), reverse=True):
        session.execute(delete(model.Code).where(model.Code.id == code_id))
    for row in _parents_first(snapshot.codes):
        if row["id"] in current:
            values = {key: value for key, value in row.items() if key != "id"}
            session.execute(update(model.Code).where(model.Code.id == row["id"]).values(**values))
        else:
            _insert(session, model.Code, [row])
    _insert(session, model.CodeScore, snapshot.scores)
    _insert(session, model.Segment, snapshot.segments)
    _insert(session, model.ChartCell, snapshot.cells)
    _insert(session, model.Memo, snapshot.memos)
    session.expire_all()


def _parents_first(rows: list[Row]) -> list[Row]:
    ordered: list[Row] = []
    placed: set[int | None] = {None}
    pending = list(rows)
    while pending:
        ready = [row for row in pending if row["parent_id"] in placed]
        if not ready:  # a cycle cannot be stored, but never loop forever
            ordered.extend(pending)
            break
        ordered.extend(ready)
        placed.update(row["id"] for row in ready)
        pending = [row for row in pending if row["id"] not in placed]
    return ordered


class CodebookCommand(Command):
    """A codebook change undone by restoring a snapshot taken just before it."""

    snapshot: Snapshot | None = None

    def _apply(self, session: Session, coder_id: int) -> None:
        self.snapshot = take_snapshot(session, self._involved(session))
        self._change(session)

    def _revert(self, session: Session) -> None:
        assert self.snapshot is not None
        restore_snapshot(session, self.snapshot)

    @abstractmethod
    def _involved(self, session: Session) -> list[int]: ...

    @abstractmethod
    def _change(self, session: Session) -> None: ...


@dataclass
class AddCode(CodebookCommand):
    name: str
    parent_id: int | None = None
    definition: str = ""
    colour: str | None = None
    position: int | None = None
    code_id: int | None = None  # set by the first apply; redo reuses it

    def __post_init__(self) -> None:
        self.text = f"Add code “{self.name}”"

    def _involved(self, session: Session) -> list[int]:
        return []

    def _change(self, session: Session) -> None:
        self.code_id = codebook.add_code_in(
            session,
            self.name,
            parent_id=self.parent_id,
            definition=self.definition,
            colour=self.colour,
            position=self.position,
            code_id=self.code_id,
        )


@dataclass
class UpdateCode(CodebookCommand):
    """Rename a code, or change its definition or colour, or whether it is a heading only."""

    code_id: int
    name: str | None = None
    definition: str | None = None
    colour: str | None = None
    codable: bool | None = None

    def __post_init__(self) -> None:
        self.text = "Rename code" if self.name is not None else "Edit code"

    def _involved(self, session: Session) -> list[int]:
        return []

    def _change(self, session: Session) -> None:
        codebook.update_code_in(
            session,
            self.code_id,
            name=self.name,
            definition=self.definition,
            colour=self.colour,
            codable=self.codable,
        )


@dataclass
class MoveCode(CodebookCommand):
    code_id: int
    parent_id: int | None
    position: int

    def __post_init__(self) -> None:
        self.text = "Move code"

    def _involved(self, session: Session) -> list[int]:
        return []

    def _change(self, session: Session) -> None:
        codebook.move_code_in(session, self.code_id, self.parent_id, self.position)


@dataclass
class MergeCodes(CodebookCommand):
    """Merge ``source_id`` into ``target_id``; segments, cells and sub-codes follow."""

    source_id: int
    target_id: int
    moved: int = 0

    def __post_init__(self) -> None:
        self.text = "Merge codes"

    def _involved(self, session: Session) -> list[int]:
        return [*codebook.descendants(session, self.source_id), self.target_id]

    def _change(self, session: Session) -> None:
        self.moved = codebook.merge_codes_in(session, self.source_id, self.target_id)


@dataclass
class DeleteCode(CodebookCommand):
    """Delete a code and everything below it; ``preview`` says what went."""

    code_id: int
    preview: codebook.DeletePreview | None = None

    def __post_init__(self) -> None:
        self.text = "Delete code"

    def _involved(self, session: Session) -> list[int]:
        return codebook.descendants(session, self.code_id)

    def _change(self, session: Session) -> None:
        self.preview = codebook.delete_code_in(session, self.code_id)


class AddingCodebookCommand(CodebookCommand):
    """A codebook change that creates codes (template, import): the first apply records the
    result, and redo puts exactly that back, so the new codes keep their ids."""

    after: Snapshot | None = None

    @property
    def created_ids(self) -> list[int]:
        """The codes the first apply created."""
        return list(self.after.code_ids) if self.after is not None else []

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.after is not None:
            restore_snapshot(session, self.after)
            return
        super()._apply(session, coder_id)
        assert self.snapshot is not None
        before = {row["id"] for row in self.snapshot.codes}
        now = session.scalars(select(model.Code.id).order_by(model.Code.id))
        self.after = take_snapshot(session, [code_id for code_id in now if code_id not in before])

    def _involved(self, session: Session) -> list[int]:
        return []


@dataclass
class ApplyTemplate(AddingCodebookCommand):
    """Add a framework template's themes (and score series) after the existing ones."""

    key: str
    # Score series may land on themes that already existed: the (small) score table is kept
    # whole before and after.
    scores_before: list[Row] = field(default_factory=list)
    scores_after: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = f"Apply template “{self.key}”"

    def _apply(self, session: Session, coder_id: int) -> None:
        redo = self.after is not None
        if not redo:
            self.scores_before = _rows(session, model.CodeScore)
        super()._apply(session, coder_id)
        if redo:
            _replace_scores(session, self.scores_after)
        else:
            self.scores_after = _rows(session, model.CodeScore)

    def _revert(self, session: Session) -> None:
        super()._revert(session)
        _replace_scores(session, self.scores_before)

    def _change(self, session: Session) -> None:
        templates.apply_template(session, templates.load_template(self.key))


def _replace_scores(session: Session, rows: list[Row]) -> None:
    session.execute(delete(model.CodeScore))
    _insert(session, model.CodeScore, rows)


@dataclass
class ImportCodebook(AddingCodebookCommand):
    """Import a CSV/XLSX/QDC codebook file (:mod:`frameworkqda.core.codebook_io`) as one step."""

    path: Path
    summary: codebook_io.ImportSummary | None = None

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        self.text = f"Import codebook “{self.path.name}”"

    def _change(self, session: Session) -> None:
        lost: tuple[str, ...] = ()
        if self.path.suffix.lower() == ".qdc":  # REFI-QDA: read safely, keep what it drops
            from frameworkqda.core.exchange.qdc import read_qdc

            rows, dropped = read_qdc(self.path)
            lost = tuple(dropped)
        else:
            rows = codebook_io.read_codebook(self.path)
        summary = codebook_io.import_rows_in(session, rows, self.path)
        self.summary = codebook_io.ImportSummary(summary.created, summary.updated, lost)


class UndoStack:
    """A plain undo/redo stack for the CLI and tests; the GUI wraps commands in QUndoCommand."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, command: Command) -> Command:
        command.apply(self.project)
        self._done.append(command)
        self._undone.clear()
        return command

    def undo(self) -> Command | None:
        if not self._done:
            return None
        command = self._done.pop()
        command.revert(self.project)
        self._undone.append(command)
        return command

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        command = self._undone.pop()
        command.apply(self.project)
        self._done.append(command)
        return command

    @property
    def can_undo(self) -> bool:
        return bool(self._done)

    @property
    def can_redo(self) -> bool:
        return bool(self._undone)
