"""Two people charting one cell: an edit made from an older load is caught, never written over.

Every change of a cell raises its ``version`` (the ORM's ``version_id_col``: its UPDATE says
``WHERE id = ? AND version = ?``). An edit says which version it was made from; when the cell
is at another one now, the edit is refused with :class:`CellConflictError`, naming who changed
it and when, and the front asks the person which to keep. Two edits racing on PostgreSQL from
the same version: the second UPDATE matches no row and is refused the same way (``cells.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from frameworkqda.core import deletions, model
from frameworkqda.core.errors import CellConflictError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, utc_minute
from frameworkqda.core.store import Project


@dataclass(frozen=True)
class CellEdit:
    """A cell as it is now and who last changed it (``version`` 0: there is no cell)."""

    case_id: int
    code_id: int
    summary: str
    value: str | None  # the value's label
    coder: str | None
    updated_at: datetime | None
    version: int
    draft: bool = False  # the summary is an auto-draft, not yet the researcher's


def cell_edit_in(session: Session, case_id: int, code_id: int) -> CellEdit:
    row = session.execute(
        select(model.ChartCell, model.ChartValue.label, model.Coder.name)
        .outerjoin(model.ChartValue, model.ChartValue.id == model.ChartCell.value_id)
        .outerjoin(model.Coder, model.Coder.id == model.ChartCell.coder_id)
        .where(model.ChartCell.case_id == case_id, model.ChartCell.code_id == code_id)
    ).first()
    if row is None:
        return CellEdit(case_id, code_id, "", None, None, None, 0)
    cell, label, coder = row
    return CellEdit(
        case_id, code_id, cell.summary, label, coder, cell.updated_at, cell.version, cell.draft
    )


def cell_edit(project: Project, case_id: int, code_id: int) -> CellEdit:
    with project.session() as session:
        return cell_edit_in(session, case_id, code_id)


def cell_versions(project: Project) -> dict[tuple[int, int], int]:
    """Every cell's version, by (case id, code id): what a view loaded, to edit from."""
    with project.session() as session:
        rows = session.execute(
            select(model.ChartCell.case_id, model.ChartCell.code_id, model.ChartCell.version)
        )
        return {(case_id, code_id): version for case_id, code_id, version in rows}


def check_version(
    session: Session,
    cell: model.ChartCell | None,
    expected: int | None,
    coder_id: int | None = None,
) -> None:
    """Refuse an edit made from version ``expected`` (0: no cell yet) of a cell now at another.

    A cell deleted meanwhile is no newer work to lose, so writing it again is allowed. When
    the last change was the editing coder's own (``coder_id``), the message says so plainly.
    """
    if expected is None or cell is None or cell.version == expected:
        return
    if expected > cell.version:  # a number no edit was made on: a slip, not a conflict
        raise CellConflictError(
            QT_TRANSLATE_NOOP(
                "Charting",
                "cell {cell} is at version {version}: there is no version {expected} to edit "
                "from; nothing was saved",
            ).format(
                cell=cell_name(session, cell.case_id, cell.code_id),
                version=cell.version,
                expected=expected,
            ),
            cell.case_id,
            cell.code_id,
        )
    edit = cell_edit_in(session, cell.case_id, cell.code_id)
    who = edit.coder or QT_TRANSLATE_NOOP("Charting", "someone").format()
    name = cell_name(session, cell.case_id, cell.code_id)
    if coder_id is not None and cell.coder_id == coder_id:
        message = QT_TRANSLATE_NOOP(
            "Charting",
            "cell {cell} was changed since version {expected} (by you, at {time} UTC; it is at "
            "version {version} now); nothing was saved",
        ).format(
            cell=name,
            expected=expected,
            time=utc_minute(edit.updated_at) if edit.updated_at else "?",
            version=edit.version,
        )
    elif edit.updated_at:
        message = QT_TRANSLATE_NOOP(
            "Charting",
            "cell {cell} was changed by {who} at {time} UTC after this edit began (version "
            "{version}, the edit was made on version {expected}); nothing was saved",
        ).format(
            cell=name,
            who=who,
            time=utc_minute(edit.updated_at),
            version=edit.version,
            expected=expected,
        )
    else:
        message = QT_TRANSLATE_NOOP(
            "Charting",
            "cell {cell} was changed by {who} after this edit began (version {version}, the "
            "edit was made on version {expected}); nothing was saved",
        ).format(cell=name, who=who, version=edit.version, expected=expected)
    raise CellConflictError(message, cell.case_id, cell.code_id)


def changed_since(session: Session, case_id: int, code_id: int, known: str | None = None) -> str:
    """``cell Osaka × … was changed by Taro at 2026-12-03 10:00 UTC``: who last changed it.
    ``known``: the cell's name when it was edited, said once its case or code is gone (the
    question named the case by its id: 'cell 2 × …')."""
    edit = cell_edit_in(session, case_id, code_id)
    name = cell_name(session, case_id, code_id)
    gone = session.get(model.Case, case_id) is None or session.get(model.Code, code_id) is None
    if known and gone:
        name = known
    if edit.version == 0:
        found = deletions.cell_deletion(session, case_id, code_id) if gone else None
        if found is not None:  # with its case or measure: by whom, and when
            return deletions.said(
                QT_TRANSLATE_NOOP("Charting", "cell {cell}").format(cell=name),
                found,
                None,  # a cell has no row of its own: "deleted with the case …"
            )
        return deletions.unrecorded(  # the log knows nothing of its case or measure
            QT_TRANSLATE_NOOP("Charting", "cell {cell}").format(cell=name)
        )
    who = edit.coder or QT_TRANSLATE_NOOP("Charting", "someone").format()
    if edit.updated_at:
        return QT_TRANSLATE_NOOP(
            "Charting", "cell {cell} was changed by {who} at {time} UTC"
        ).format(cell=name, who=who, time=utc_minute(edit.updated_at))
    return QT_TRANSLATE_NOOP("Charting", "cell {cell} was changed by {who}").format(
        cell=name, who=who
    )


def cell_name(session: Session, case_id: int, code_id: int) -> str:
    """``Hamamatsu × Education/Consultation service``, for messages."""
    case = session.get(model.Case, case_id)
    names: list[str] = []
    code = session.get(model.Code, code_id)
    while code is not None:
        names.insert(0, code.name)
        code = session.get(model.Code, code.parent_id) if code.parent_id is not None else None
    return f"{case.name if case else case_id} × {'/'.join(names) or code_id}"
