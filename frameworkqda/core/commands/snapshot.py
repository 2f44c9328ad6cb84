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
    found = session.execute(select(table).where(*where))
    keys = list(found.keys())  # zipped: a row's own mapping costs thrice as much
    return [dict(zip(keys, row, strict=True)) for row in found]


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
        scores=hanging_on(session, model.CodeScore, code_ids),
        segments=hanging_on(session, model.Segment, code_ids),
        cells=hanging_on(session, model.ChartCell, code_ids),
        memos=hanging_on(session, model.Memo, code_ids),
        chartings=hanging_on(session, model.CellCharting, code_ids),
    )


def hanging_on(session: Session, entity: type[model.Base], code_ids: list[int]) -> list[Row]:
    """The rows of ``entity`` that hang on the codes ``code_ids``: their passages, cells,
    scores, memos (on the code, its cells or its passages) and each coder's charting of its
    cells."""
    cells = select(model.ChartCell.id).where(model.ChartCell.code_id.in_(code_ids))
    if entity is model.Memo:
        return rows(session, entity, _memo_filter(code_ids))
    if entity is model.CellCharting:
        return rows(session, entity, model.CellCharting.cell_id.in_(cells))
    return rows(session, entity, table_of(entity).c.code_id.in_(code_ids))


# What hangs on codes, with the columns that identify a row: removed dependents first.
HANGING: tuple[tuple[type[model.Base], str, tuple[str, ...]], ...] = (
    (model.Memo, "memos", ("id",)),
    (model.CellCharting, "chartings", ("id",)),
    (model.ChartCell, "cells", ("id",)),
    (model.Segment, "segments", ("id",)),
    (model.CodeScore, "scores", ("code_id", "series")),
)


def restore(session: Session, target: Snapshot, left: Snapshot) -> None:
    """Put back what ``target`` holds where a change left ``left`` (undo: target is the
    snapshot before the change; redo: the one after it). Only rows that differ between the two
    are touched, so what others did meanwhile stays: codes they added, renamed or moved,
    passages they coded, cells they charted. (It once restored the whole codebook: another
    coder's new code, and every passage coded with it, went with an undo.)"""
    for entity, name, key in HANGING:  # what the change made or altered goes
        before = {_key(row, key): row for row in getattr(target, name)}
        differ = [row for row in getattr(left, name) if before.get(_key(row, key)) != row]
        _delete_rows(session, entity, key, differ)
    wanted = {row["id"]: row for row in target.codes}
    was = {row["id"]: row for row in left.codes}
    current = set(session.scalars(select(model.Code.id)))
    # codes the change created go (leaves first); what others hung on them since goes with
    # them, which ``lost_work`` says before an undo asks
    for code_id in sorted(set(was) - set(wanted), reverse=True):
        if code_id in current:
            session.execute(delete(model.Code).where(model.Code.id == code_id))
    for row in _parents_first(target.codes):
        if row["id"] not in current:
            insert_rows(session, model.Code, [row])
        elif was.get(row["id"]) != row:  # the change altered it: as it was
            values = {key: value for key, value in row.items() if key != "id"}
            session.execute(update(model.Code).where(model.Code.id == row["id"]).values(**values))
    for entity, name, key in reversed(HANGING):  # then what is missing now comes back:
        wanted_rows = getattr(target, name)  # what the change removed or altered, and what
        present = _present(session, entity, key, wanted_rows)  # went with a deleted cell
        insert_rows(session, entity, [row for row in wanted_rows if _key(row, key) not in present])
    session.expire_all()


def lost_work(session: Session, target: Snapshot, left: Snapshot) -> int:
    """How many rows saved since ``left`` was taken — others' passages, cells, memos and
    codes — ``restore(target, left)`` would delete with the codes it deletes."""
    going = sorted({row["id"] for row in left.codes} - {row["id"] for row in target.codes})
    if not going:
        return 0
    lost = 0
    for entity, name, key in HANGING:
        known = _keys(getattr(left, name), key)
        lost += sum(1 for row in hanging_on(session, entity, going) if _key(row, key) not in known)
    children = set(session.scalars(select(model.Code.id).where(model.Code.parent_id.in_(going))))
    return lost + len(children - {row["id"] for row in left.codes})


def _key(row: Row, key: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(row[column] for column in key)


def _keys(rows: list[Row], key: tuple[str, ...]) -> set[tuple[Any, ...]]:
    return {_key(row, key) for row in rows}


def _present(
    session: Session, entity: type[model.Base], key: tuple[str, ...], wanted: list[Row]
) -> set[tuple[Any, ...]]:
    """Which of the ``wanted`` rows' keys are stored now."""
    if not wanted:
        return set()
    table = table_of(entity)
    first = table.c[key[0]]
    found = session.execute(
        select(*(table.c[column] for column in key)).where(
            first.in_({row[key[0]] for row in wanted})
        )
    )
    return {tuple(row) for row in found}


# how many ids one statement names: SQLite's oldest builds take 999 parameters
_CHUNK = 900


def _delete_rows(
    session: Session, entity: type[model.Base], key: tuple[str, ...], doomed: list[Row]
) -> None:
    """Delete ``doomed`` rows: by id, a statement for up to ``_CHUNK`` of them (an undo of a
    merge of 3,389 passages once sent a DELETE each); by a key of several columns (a code's
    scores, a few), one each."""
    table = table_of(entity)
    if key == ("id",):
        ids = [row["id"] for row in doomed]
        for start in range(0, len(ids), _CHUNK):
            session.execute(delete(table).where(table.c.id.in_(ids[start : start + _CHUNK])))
        return
    for row in doomed:
        session.execute(delete(table).where(*_match(entity, key, row)))


def _match(entity: type[model.Base], key: tuple[str, ...], row: Row) -> list[Any]:
    table = table_of(entity)
    return [table.c[column] == row[column] for column in key]


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
