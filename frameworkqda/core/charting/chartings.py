"""Each coder's charting of a cell, kept beside the shared cell (table ``cell_chartings``).

The matrix shows one cell per case × code: the last writer's. Every edit a coder makes to a
cell also records what they set (value, summary) under their name, so two coders' values for one
cell live side by side, for charting agreement and for merging. An
undo puts the coder's charting back with the cell (:class:`ChartingState`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.store import Project


@dataclass(frozen=True)
class ChartingState:
    """One coder's charting of a cell as it was (``exists=False``: they had none)."""

    coder_id: int
    exists: bool
    summary: str = ""
    value_id: int | None = None
    draft: bool = False  # the summary is an auto-draft the coder has not edited or accepted


@dataclass(frozen=True)
class Charting:
    """A coder's charting with its cell's case and code, for reading."""

    case_id: int
    code_id: int
    coder_id: int
    value_id: int | None
    summary: str
    draft: bool = False  # the summary is an auto-draft, not the coder's words


def record_in(
    session: Session,
    cells: Iterable[model.ChartCell],
    coder_id: int | None,
    fields: Collection[str] = ("summary", "value"),
) -> dict[int, ChartingState]:
    """Record what ``coder_id`` set on each (flushed) cell as their charting: the ``fields``
    ("summary", "value") take the cell's; the others keep what the coder had, so a coder's
    summary stays theirs when they only change the value of a cell someone else wrote last.
    The summary's draft mark goes with it: an auto-draft stays marked in the coder's charting
    after someone else writes the cell's summary. A coder's first charting of a cell starts as
    the cell is. Returns the states before, by cell id; a cell with no author (``coder_id``
    None) records nothing."""
    cells = list(cells)
    if coder_id is None or not cells:
        return {}
    mine = _rows_of(session, [cell.id for cell in cells], coder_id)
    before: dict[int, ChartingState] = {}
    for cell in cells:
        row = mine.get(cell.id)
        if row is None:
            before[cell.id] = ChartingState(coder_id, False)
            row = model.CellCharting(
                cell_id=cell.id,
                coder_id=coder_id,
                summary=cell.summary,
                value_id=cell.value_id,
                draft=cell.draft,
            )
            session.add(row)
            mine[cell.id] = row
            continue
        before.setdefault(cell.id, state_of(row))
        if "summary" in fields:
            row.summary, row.draft = cell.summary, cell.draft
        if "value" in fields:
            row.value_id = cell.value_id
    session.flush()
    return before


def states_in(
    session: Session, cell_ids: Collection[int], coder_id: int
) -> dict[int, ChartingState]:
    """``coder_id``'s charting of each of ``cell_ids`` as it is now (a redo puts these back)."""
    found = _rows_of(session, cell_ids, coder_id)
    return {
        id_: state_of(row)
        if (row := found.get(id_)) is not None
        else ChartingState(coder_id, False)
        for id_ in cell_ids
    }


def state_of(row: model.CellCharting) -> ChartingState:
    """A coder's charting row as the state an undo puts back."""
    return ChartingState(row.coder_id, True, row.summary, row.value_id, row.draft)


def _rows_of(
    session: Session, cell_ids: Collection[int], coder_id: int
) -> dict[int, model.CellCharting]:
    """``coder_id``'s charting rows of these cells, by cell id (one query)."""
    rows = session.scalars(
        select(model.CellCharting).where(
            model.CellCharting.coder_id == coder_id, model.CellCharting.cell_id.in_(cell_ids)
        )
    )
    return {row.cell_id: row for row in rows}


def restore_in(session: Session, cell_id: int, state: ChartingState) -> None:
    """Put one coder's charting of a cell back as it was."""
    row = session.scalars(
        select(model.CellCharting).where(
            model.CellCharting.cell_id == cell_id, model.CellCharting.coder_id == state.coder_id
        )
    ).first()
    if not state.exists:
        if row is not None:
            session.execute(delete(model.CellCharting).where(model.CellCharting.id == row.id))
            session.expunge(row)
        return
    if row is None:
        row = model.CellCharting(cell_id=cell_id, coder_id=state.coder_id)
        session.add(row)
    row.summary, row.value_id, row.draft = state.summary, state.value_id, state.draft
    session.flush()


def chartings_in(session: Session, coder_ids: Iterable[int] | None = None) -> list[Charting]:
    """Every coder's (or the named coders') chartings, with their cells' case and code."""
    query = select(
        model.ChartCell.case_id,
        model.ChartCell.code_id,
        model.CellCharting.coder_id,
        model.CellCharting.value_id,
        model.CellCharting.summary,
        model.CellCharting.draft,
    ).join(model.ChartCell, model.ChartCell.id == model.CellCharting.cell_id)
    if coder_ids is not None:
        query = query.where(model.CellCharting.coder_id.in_(list(coder_ids)))
    return [Charting(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class CoderCharting:
    """One coder's charting of a cell as the matrix's evidence panel shows it."""

    coder: str
    value: str | None  # the value's label
    summary: str
    draft: bool = False  # the summary is an auto-draft the coder has not edited or accepted


def of_cell(project: Project, case_id: int, code_id: int) -> list[CoderCharting]:
    """Every coder's charting of one cell, by coder name."""
    with project.session() as session:
        rows = session.execute(
            select(
                model.Coder.name,
                model.ChartValue.label,
                model.CellCharting.summary,
                model.CellCharting.draft,
            )
            .select_from(model.CellCharting)
            .join(model.ChartCell, model.ChartCell.id == model.CellCharting.cell_id)
            .join(model.Coder, model.Coder.id == model.CellCharting.coder_id)
            .outerjoin(model.ChartValue, model.ChartValue.id == model.CellCharting.value_id)
            .where(model.ChartCell.case_id == case_id, model.ChartCell.code_id == code_id)
            .order_by(model.Coder.name)
        ).all()
    return [CoderCharting(*row) for row in rows]


def differing(project: Project) -> set[tuple[int, int]]:
    """(case, code) of the cells two or more coders charted with different values (one
    aggregate query: the matrix reloads with it)."""
    value = func.coalesce(model.CellCharting.value_id, -1)  # "no value" differs from a value
    query = (
        select(model.ChartCell.case_id, model.ChartCell.code_id)
        .join(model.CellCharting, model.CellCharting.cell_id == model.ChartCell.id)
        .group_by(model.ChartCell.id, model.ChartCell.case_id, model.ChartCell.code_id)
        .having(func.count(func.distinct(value)) > 1)
    )
    with project.session() as session:
        return {(case_id, code_id) for case_id, code_id in session.execute(query)}
