"""What other programs changed in a shared project, for a front that shows it live.

Every write transaction bumps ``project.change_count`` just before it commits and logs, under
the new count, what kinds of rows it changed (a command says so through :func:`note_changes`;
any other write logs ``*``, everything) and which cells; one whose commands all changed
nothing (:func:`note_nothing_changed`: a script run again) is neither counted nor logged. On
PostgreSQL the bump takes the project row's lock until the commit, so counts are committed in
order and a reader that saw count N and now sees M finds exactly the entries N+1…M. A front
polls :func:`changes_since` every few seconds — one indexed read of one row when nothing
changed — on SQLite and PostgreSQL alike, with no server features beyond plain SQL. They are
read and written through SQLAlchemy Core, on a session's connection or on a Core transaction's
(``Project.begin``: the import, which loads no ORM).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, insert, select, update

from frameworkqda.core import tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EVERYTHING = "*"
KEEP_ENTRIES = 1000  # older entries are deleted; a reader that far behind reloads everything
_NOTED = "frameworkqda_changes"
_NOTHING = "frameworkqda_nothing_changed"

Cell = tuple[int, int]


@dataclass(frozen=True)
class RemoteChanges:
    """What others committed after ``seen``, up to ``count``: the kinds (``*`` among them: any)
    and the (case id, code id) cells when every entry named its cells, else None."""

    count: int
    kinds: frozenset[str]
    cells: tuple[Cell, ...] | None

    @property
    def any(self) -> bool:
        return bool(self.kinds)


def note_changes(session: Session, kinds: Iterable[str], cells: Iterable[Cell] | None) -> None:
    """Say what this transaction changes (a command calls it); several notes add up."""
    noted_kinds, noted_cells = session.info.get(_NOTED, (set(), []))
    noted_kinds |= set(kinds)
    noted_cells = None if cells is None or noted_cells is None else [*noted_cells, *cells]
    session.info[_NOTED] = (noted_kinds, noted_cells)


def note_nothing_changed(session: Session) -> None:
    """Say this transaction changed no row (a command that set what was there already): it
    is not counted nor logged, so a script run again leaves the project as it was."""
    session.info[_NOTHING] = True


def record_session_change(session: Session, origin: str) -> None:
    """Record what a session's transaction changed (what its commands noted; else
    everything), once its own rows are flushed; called just before its commit."""
    if session.info.pop(_NOTHING, False):
        session.info.pop(_NOTED, None)
        return
    kinds, cells = session.info.pop(_NOTED, ({EVERYTHING}, None))
    session.flush()
    record_change(session.connection(), origin, kinds, cells)


def record_change(
    connection: Connection,
    origin: str,
    kinds: Iterable[str] = (EVERYTHING,),
    cells: Iterable[Cell] | None = None,
) -> None:
    """Bump the count and log ``kinds`` and ``cells`` (None: any) under it; called just before
    the transaction on ``connection`` commits."""
    project, log = tables.project, tables.change_log
    count = connection.execute(
        update(project)
        .values(change_count=project.c.change_count + 1)
        .returning(project.c.change_count)
    ).scalar()
    if count is None:  # no project row: nothing to number it by (a half-made project)
        return
    connection.execute(
        insert(log).values(
            id=count,
            origin=origin,
            kinds=",".join(sorted(kinds))[:200] or EVERYTHING,
            cells=None if cells is None else ",".join(f"{a}:{b}" for a, b in cells),
        )
    )
    if count % 100 == 0:
        connection.execute(delete(log).where(log.c.id <= count - KEEP_ENTRIES))


def hold_writes(connection: Connection) -> None:
    """Take now the lock every write takes before it commits: from here to the end of this
    transaction no other write commits, and what this one reads next includes every write
    committed before it. A check-then-write that must not race another program (is this file
    already imported?) reads after this call. SQLite's ``BEGIN IMMEDIATE`` already holds
    the write lock (the dialect leaves FOR UPDATE out); on PostgreSQL it is the project row's
    lock that :func:`record_change` takes, taken early (READ COMMITTED: each statement after
    the wait sees the other program's commit).
    """
    connection.execute(select(tables.project.c.id).with_for_update()).all()


def change_count(connection: Connection) -> int:
    """How many write transactions the project has had (0 before this revision's first)."""
    return connection.scalars(select(tables.project.c.change_count)).first() or 0


def changes_since(connection: Connection, seen: int, origin: str) -> RemoteChanges:
    """What transactions of other origins than ``origin`` changed after count ``seen``."""
    count = change_count(connection)
    if count <= seen:
        return RemoteChanges(count, frozenset(), ())
    log = tables.change_log
    entries = connection.execute(
        select(log.c.id, log.c.origin, log.c.kinds, log.c.cells)
        .where(log.c.id > seen, log.c.id <= count)
        .order_by(log.c.id)
    ).all()
    if len(entries) < count - seen:  # pruned meanwhile: say everything changed
        return RemoteChanges(count, frozenset({EVERYTHING}), None)
    kinds: set[str] = set()
    cells: list[Cell] | None = []
    for _id, entry_origin, entry_kinds, entry_cells in entries:
        if entry_origin == origin:
            continue
        kinds.update(entry_kinds.split(","))
        if entry_cells is None or cells is None:
            cells = None
        elif entry_cells:
            cells.extend(_cell(pair) for pair in entry_cells.split(","))
    return RemoteChanges(count, frozenset(kinds), None if cells is None else tuple(cells))


def _cell(pair: str) -> Cell:
    case_id, code_id = pair.split(":")
    return int(case_id), int(code_id)
