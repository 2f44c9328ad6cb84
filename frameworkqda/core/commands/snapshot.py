"""Rows a codebook change may touch, taken before it and put back to undo it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from frameworkqda.core import model

Row = dict[str, Any]


@dataclass
class Snapshot:
    """Rows a codebook change may touch: all codes, and what hangs on the codes involved."""

    code_ids: list[int]
    codes: list[Row]
    scores: list[Row]
    segments: list[Row]
    cells: list[Row]
    memos: list[Row]
    chartings: list[Row]  # each coder's charting of those cells


def rows(session: Session, entity: type[model.Base], *where: Any) -> list[Row]:
    table = table_of(entity)
    return [dict(row._mapping) for row in session.execute(select(table).where(*where))]


def table_of(entity: type[model.Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def insert_rows(session: Session, entity: type[model.Base], rows: list[Row]) -> None:
    if rows:
        session.execute(insert(table_of(entity)), rows)


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
        codes=rows(session, model.Code),
        scores=rows(session, model.CodeScore, model.CodeScore.code_id.in_(code_ids)),
        segments=rows(session, model.Segment, model.Segment.code_id.in_(code_ids)),
        cells=rows(session, model.ChartCell, model.ChartCell.code_id.in_(code_ids)),
        memos=rows(session, model.Memo, _memo_filter(code_ids)),
        chartings=rows(
            session,
            model.CellCharting,
            model.CellCharting.cell_id.in_(
                select(model.ChartCell.id).where(model.ChartCell.code_id.in_(code_ids))
            ),
        ),
    )


def restore_snapshot(session: Session, snapshot: Snapshot) -> None:
    """Put the codebook and the involved codes' rows back exactly as they were."""
    session.execute(delete(model.Memo).where(_memo_filter(snapshot.code_ids)))
    for entity in (model.ChartCell, model.Segment, model.CodeScore):
        column = table_of(entity).c.code_id
        session.execute(delete(table_of(entity)).where(column.in_(snapshot.code_ids)))
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
            insert_rows(session, model.Code, [row])
    insert_rows(session, model.CodeScore, snapshot.scores)
    insert_rows(session, model.Segment, snapshot.segments)
    insert_rows(session, model.ChartCell, snapshot.cells)
    insert_rows(session, model.CellCharting, snapshot.chartings)
    insert_rows(session, model.Memo, snapshot.memos)
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
