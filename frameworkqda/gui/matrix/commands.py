"""Core commands (``core/commands.py``) on the session's undo stack: cell edits and drafts.

Each ``redo``/``undo`` is the core command's ``apply``/``revert`` (one committed transaction),
then the views are told: ``cell_changed`` for each cell named, ``changed`` for the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from frameworkqda.core import charting, commands
from frameworkqda.gui.session import ProjectSession


class CoreCommand(QUndoCommand):
    """Run a core command; committed before ``push`` returns."""

    def __init__(
        self,
        session: ProjectSession,
        command: commands.Command,
        text: str,
        *,
        cells: Sequence[tuple[int, int]] = (),
        changed: tuple[str, ...] = ("cells",),
    ) -> None:
        super().__init__(text)
        self._session = session
        self.command = command
        self._cells = list(cells)
        self._changed = changed

    def redo(self) -> None:
        self.command.apply(self._session.project)
        self._done()

    def undo(self) -> None:
        self.command.revert(self._session.project)
        self._done()

    def _done(self) -> None:
        for key in self._cells:
            self._session.cell_changed.emit(*key)
        self._session.notify(*self._changed)


def set_cell(
    session: ProjectSession,
    case_id: int,
    code_id: int,
    text: str,
    *,
    summary: str | None = None,
    value: charting.ScaleValue | None = None,
    clear_value: bool = False,
) -> CoreCommand:
    """A cell's summary and/or value (``clear_value`` removes the value)."""
    command = commands.SetCell(
        case_id, code_id, summary, value.label if value is not None else None, clear_value
    )
    return CoreCommand(session, command, text, cells=[(case_id, code_id)])


class DraftCommand(CoreCommand):
    """Planned drafts written into every cell still empty: ONE undo step ("matrix" reloads)."""

    def __init__(self, session: ProjectSession, drafts: list[charting.Draft]) -> None:
        self.drafts = commands.DraftSummaries(drafts)
        super().__init__(
            session,
            self.drafts,
            f"Auto-draft {len(drafts)} empty summaries",
            changed=("cells", "matrix"),
        )

    def redo(self) -> None:
        super().redo()
        self.setObsolete(self.drafts.count == 0)  # nothing written: no undo step
