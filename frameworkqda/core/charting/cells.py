"""A matrix cell: its evidence (the coded segments behind it) and its summary and value.

Evidence is loaded on demand, one cell (or one case) at a time. A cell's state before a change
is recorded as a :class:`CellState`, so every change can be put back exactly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from frameworkqda.core import deletions, model
from frameworkqda.core.charting import chartings
from frameworkqda.core.charting.chartings import ChartingState
from frameworkqda.core.charting.conflicts import cell_name, check_version
from frameworkqda.core.charting.matrix import value_scale
from frameworkqda.core.codebook import not_a_column
from frameworkqda.core.errors import CellConflictError, NotFoundError, ValidationError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, listed, quoted
from frameworkqda.core.store import Project


@dataclass(frozen=True)
class Evidence:
    """One coded segment behind a cell, with its quote and where it is found."""

    segment_id: int
    document_id: int
    document: str
    start: int
    end: int
    quote: str
    page: int | None
    note: str
    translation: str


@dataclass(frozen=True)
class CellState:
    """A cell as it was, so a change can be undone (``exists=False``: there was no row)."""

    case_id: int
    code_id: int
    exists: bool
    summary: str = ""
    value_id: int | None = None
    coder_id: int | None = None
    charting: ChartingState | None = None  # the editing coder's own charting, before
    version: int = 0  # the cell's version (0: no row)
    draft: bool = False  # the summary is an auto-draft, not yet the researcher's


def evidence_in(session: Session, case_id: int, code_id: int) -> list[Evidence]:
    """The segments of ``code_id`` in the documents of ``case_id``, in document order."""
    return [item for _, item in evidence_rows(session, case_id, code_id)]


def evidence_rows(
    session: Session, case_id: int, code_id: int | None = None
) -> list[tuple[int, Evidence]]:
    """(code id, evidence) in a case's documents, of one code or of every code."""
    quote = func.substr(
        model.Document.text, model.Segment.start + 1, model.Segment.end - model.Segment.start
    )
    query = (
        select(
            model.Segment.code_id,
            model.Segment.id,
            model.Document.id,
            model.Document.name,
            model.Segment.start,
            model.Segment.end,
            quote,
            model.Segment.note,
            model.Segment.translation,
        )
        .join(model.Document, model.Document.id == model.Segment.document_id)
        .where(model.Document.case_id == case_id)
        .order_by(model.Document.position, model.Document.id, model.Segment.start)
    )
    if code_id is not None:
        query = query.where(model.Segment.code_id == code_id)
    rows = session.execute(query).all()
    pages = _page_finder(session, {row[2] for row in rows})
    found: list[tuple[int, Evidence]] = []
    for code, segment_id, document_id, name, start, end, text, note, translation in rows:
        page = pages(document_id, start)
        found.append(
            (
                code,
                Evidence(segment_id, document_id, name, start, end, text, page, note, translation),
            )
        )
    return found


def evidence(project: Project, case_id: int, code_id: int) -> list[Evidence]:
    with project.session() as session:
        return evidence_in(session, case_id, code_id)


def _page_finder(session: Session, document_ids: set[int]) -> Any:
    ranges: dict[int, list[tuple[int, int, int]]] = {}
    if document_ids:
        for document_id, number, start, end in session.execute(
            select(
                model.DocumentPage.document_id,
                model.DocumentPage.page_number,
                model.DocumentPage.char_start,
                model.DocumentPage.char_end,
            ).where(model.DocumentPage.document_id.in_(document_ids))
        ):
            ranges.setdefault(document_id, []).append((start, end, number))

    def page(document_id: int, offset: int) -> int | None:
        for start, end, number in ranges.get(document_id, []):
            if start <= offset < end:
                return number
        return None

    return page


def cell_state_in(session: Session, case_id: int, code_id: int) -> CellState:
    return state_of(case_id, code_id, _cell(session, case_id, code_id))


def state_of(case_id: int, code_id: int, cell: model.ChartCell | None) -> CellState:
    """A cell (None: no row) as a :class:`CellState`, every field: the one way to record it,
    so a field added to cells is recorded (and put back by an undo) by every change."""
    if cell is None:
        return CellState(case_id, code_id, False)
    return CellState(
        case_id,
        code_id,
        True,
        cell.summary,
        cell.value_id,
        cell.coder_id,
        version=cell.version,
        draft=cell.draft,
    )


def cell_id_in(session: Session, case_id: int, code_id: int) -> int | None:
    cell = _cell(session, case_id, code_id)
    return None if cell is None else cell.id


def cell_state(project: Project, case_id: int, code_id: int) -> CellState:
    with project.session() as session:
        return cell_state_in(session, case_id, code_id)


def _cell(session: Session, case_id: int, code_id: int) -> model.ChartCell | None:
    return session.scalars(
        select(model.ChartCell).where(
            model.ChartCell.case_id == case_id, model.ChartCell.code_id == code_id
        )
    ).first()


def resolve_value(session: Session, label: str) -> int:
    """The id of a value of the scale, by label (case, spacing and the width of characters
    ignored: あり(制限付き) typed with ASCII brackets is あり（制限付き）)."""
    wanted = label_key(label)
    scale = value_scale(session)
    for value in scale:
        if label_key(value.label) == wanted:
            return value.id
    choices = listed(value.label for value in scale)
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Charting", "{label} is not on the value scale; choose one of: {choices}"
        ).format(label=quoted(label), choices=choices)
    )


def label_key(label: str) -> str:
    """What two value labels must share to be one value (typed, or from another copy)."""
    return " ".join(unicodedata.normalize("NFKC", label).split()).casefold()


def check_column(session: Session, code: model.Code | int) -> None:
    """Only a column of the matrix takes a cell (``codebook.not_a_column``): a theme with
    sub-codes or a heading only was charted without a word and then shown nowhere (a measure
    left off a ``--code`` path)."""
    problem = not_a_column(session, code)
    if problem is not None:
        raise ValidationError(problem)


def set_cell_in(
    session: Session,
    case_id: int,
    code_id: int,
    *,
    summary: str | None = None,
    value: str | None = None,
    clear_value: bool = False,
    coder_id: int | None = None,
    cell_id: int | None = None,
    expected_version: int | None = None,
    draft: bool = False,
    accept: bool = False,
) -> CellState:
    """Set a cell's summary and/or value (by label); returns the state before.

    A summary given is the researcher's (``draft``: an auto-draft, still to do); ``accept``
    makes the cell's auto-drafted summary the researcher's as it stands (Ritchie & Spencer's
    summary is the researcher's synthesis: a draft is only counted and exported as one once
    they have edited or accepted it).
    ``cell_id`` gives a cell created here that id (a redo keeps the id memos refer to).
    ``expected_version`` is the version the edit was made from (0: no cell then); a cell
    changed since is refused with ``CellConflictError`` (``conflicts.py``), never overwritten.
    """
    if session.get(model.Case, case_id) is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.CASE, case_id)
            or QT_TRANSLATE_NOOP("Charting", "no case with id {case_id}").format(case_id=case_id)
        )
    code = session.get(model.Code, code_id)
    if code is None:
        raise NotFoundError(  # who deleted it, when the deletions log knows
            deletions.gone(session, model.DeletedKind.CODE, code_id)
            or QT_TRANSLATE_NOOP("Charting", "no code with id {code_id}").format(code_id=code_id)
        )
    check_column(session, code)
    before = cell_state_in(session, case_id, code_id)
    cell = _cell(session, case_id, code_id)
    check_version(session, cell, expected_version, coder_id)
    name = cell_name(session, case_id, code_id)
    # Everything read first, then one flush in the conflict handling below: a query between
    # the changes would flush part of the edit outside it (and raise the version twice).
    value_id = resolve_value(session, value) if value is not None else None
    with session.no_autoflush:
        if cell is None:
            cell = model.ChartCell(case_id=case_id, code_id=code_id, summary="")
            if cell_id is not None:
                cell.id = cell_id
            session.add(cell)
        if summary is not None:
            cell.summary = summary
            cell.draft = draft and bool(summary.strip())
        if accept:
            cell.draft = False
        if value is not None:
            cell.value_id = value_id
        if clear_value:
            cell.value_id = None
        cell.coder_id = coder_id
    try:
        session.flush()
    except StaleDataError as error:  # PostgreSQL: another program saved it after we read it
        raise CellConflictError(
            QT_TRANSLATE_NOOP(
                "Charting",
                "cell {name} was changed by another program while this edit was being saved; "
                "nothing was saved",
            ).format(name=name),
            case_id,
            code_id,
        ) from error
    except IntegrityError as error:
        raise _refused_write(error, name, case_id, code_id) from error
    fields = [
        field
        for field, given in (
            # a draft accepted is the acceptor's summary (nothing to accept: theirs stays)
            ("summary", summary is not None or (accept and before.draft)),
            ("value", value is not None or clear_value),
        )
        if given
    ]
    mine = chartings.record_in(session, [cell], coder_id, fields).get(cell.id)
    return replace(before, charting=mine) if mine is not None else before


def _refused_write(error: IntegrityError, name: str, case_id: int, code_id: int) -> Exception:
    """A cell another program created meanwhile (the unique case × code), or whose case or
    measure it deleted meanwhile (a foreign key), as the conflict or not-found it is."""
    sqlstate = getattr(error.orig, "sqlstate", None)
    said = str(error.orig).lower()
    if sqlstate == "23505" or "unique" in said:
        return CellConflictError(
            QT_TRANSLATE_NOOP(
                "Charting",
                "cell {name} was created by another program while this edit was being saved; "
                "nothing was saved",
            ).format(name=name),
            case_id,
            code_id,
        )
    if sqlstate == "23503" or "foreign key" in said:
        return NotFoundError(
            QT_TRANSLATE_NOOP(
                "Charting",
                "cell {name}: its case or measure was deleted by another program while this "
                "edit was being saved; nothing was saved",
            ).format(name=name)
        )
    return error


def restore_cell_in(session: Session, state: CellState) -> None:
    """Put a cell back to a recorded state (removing it if it did not exist)."""
    cell = _cell(session, state.case_id, state.code_id)
    if not state.exists:
        if cell is not None:
            session.delete(cell)
        session.flush()
        return
    if cell is None:
        cell = model.ChartCell(case_id=state.case_id, code_id=state.code_id)
        session.add(cell)
    cell.summary, cell.value_id, cell.coder_id = state.summary, state.value_id, state.coder_id
    cell.draft = state.draft
    session.flush()
    if state.charting is not None:
        chartings.restore_in(session, cell.id, state.charting)


def restore_cells_in(
    session: Session, states: list[CellState], ids: Mapping[tuple[int, int], int] | None = None
) -> None:
    """Put many cells back to recorded states (one query to find them all); a cell made again
    takes its id from ``ids`` (case id, code id) when given, so a redo keeps its memos' target."""
    cells = {(c.case_id, c.code_id): c for c in session.scalars(select(model.ChartCell))}
    for state in states:
        cell = cells.get((state.case_id, state.code_id))
        if not state.exists:
            if cell is not None:
                session.delete(cell)
            continue
        if cell is None:
            key = (state.case_id, state.code_id)
            cell = model.ChartCell(id=(ids or {}).get(key), case_id=key[0], code_id=key[1])
            session.add(cell)
            cells[key] = cell
        cell.summary, cell.value_id, cell.coder_id = state.summary, state.value_id, state.coder_id
        cell.draft = state.draft
    session.flush()
    for state in states:
        cell = cells.get((state.case_id, state.code_id))
        if state.exists and state.charting is not None and cell is not None:
            chartings.restore_in(session, cell.id, state.charting)
