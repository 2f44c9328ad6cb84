"""Undoable matrix edits: a cell's summary and value, through ``core.matrix_data``."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from frameworkqda.core import matrix_data
from frameworkqda.gui.session import ProjectSession

UNSET = object()


class SetCellCommand(QUndoCommand):
    """Set a cell's summary and/or value; committed before ``push`` returns."""

    def __init__(
        self,
        session: ProjectSession,
        case_id: int,
        code_id: int,
        text: str,
        *,
        summary: str | None = None,
        value_id: int | object | None = UNSET,
    ) -> None:
        super().__init__(text)
        self._session = session
        self._key = (case_id, code_id)
        self._summary = summary
        self._value_id = value_id
        self._before: matrix_data.CellState | None = None

    def redo(self) -> None:
        kwargs: dict[str, object] = {}
        if self._summary is not None:
            kwargs["summary"] = self._summary
        if self._value_id is not UNSET:
            kwargs["value_id"] = self._value_id
        self._before = matrix_data.set_cell(self._session.project, *self._key, **kwargs)  # type: ignore[arg-type]
        self._done()

    def undo(self) -> None:
        assert self._before is not None
        matrix_data.restore_cell(self._session.project, self._before)
        self._done()

    def _done(self) -> None:
        self._session.cell_changed.emit(*self._key)
        self._session.notify("cells")
