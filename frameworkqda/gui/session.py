"""The open project as the GUI sees it: core services, an undo stack and change signals.

Views read through the ``workspace`` service functions and change the project only through
:meth:`ProjectSession.push` (undoable) or the plain service calls here; after every change the
session emits ``changed`` with what changed ("documents", "segments", "codebook", "cases",
"memos") and every view refreshes what it shows from the core.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from frameworkqda.core import editing, workspace
from frameworkqda.core.progress import StageProgress, stage_progress
from frameworkqda.core.store import Project
from frameworkqda.gui.undo import ServiceCommand


class ProjectSession(QObject):
    changed = Signal(str)  # what changed
    cell_changed = Signal(int, int)  # case id, code id of a framework-matrix cell

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._codes: list[workspace.CodeRow] | None = None

    @property
    def location(self) -> str:
        return str(self.project.location)

    def notify(self, *what: str) -> None:
        if "codebook" in what or "segments" in what:
            self._codes = None
        for item in what:
            self.changed.emit(item)

    def push(self, command: QUndoCommand) -> None:
        """Run an undoable command (it commits before this returns) and record it."""
        self.undo_stack.push(command)

    # -- reading -------------------------------------------------------------------------
    def codes(self) -> list[workspace.CodeRow]:
        if self._codes is None:
            self._codes = workspace.codebook(self.project)
        return self._codes

    def code(self, code_id: int) -> workspace.CodeRow | None:
        return next((c for c in self.codes() if c.id == code_id), None)

    def code_path(self, code_id: int) -> str:
        by_id = {c.id: c for c in self.codes()}
        parts: list[str] = []
        current = by_id.get(code_id)
        while current is not None:
            parts.append(current.name)
            current = by_id.get(current.parent_id) if current.parent_id else None
        return " / ".join(reversed(parts))

    def progress(self) -> list[StageProgress]:
        return stage_progress(self.project)

    # -- undoable changes ----------------------------------------------------------------
    def assign_document(self, document_id: int, case_id: int | None) -> None:
        previous: list[int | None] = [None]

        def do() -> None:
            previous[0] = editing.assign_document(self.project, document_id, case_id)

        def undo() -> None:
            editing.assign_document(self.project, document_id, previous[0])

        self.push(ServiceCommand(self, "Move document to case", do, undo, ("documents",)))

    def set_read(self, document_id: int, read: bool) -> None:
        before: list[bool] = [False]

        def do() -> None:
            before[0] = editing.set_read(self.project, document_id, read)

        def undo() -> None:
            editing.set_read(self.project, document_id, before[0])

        text = "Mark as read" if read else "Mark as unread"
        self.push(ServiceCommand(self, text, do, undo, ("documents",)))

    def add_case(self, name: str) -> None:
        created: list[int] = []

        def do() -> None:
            created[:] = [editing.add_case(self.project, name)]

        def undo() -> None:
            editing.delete_case(self.project, created[0])

        self.push(ServiceCommand(self, f"Add case “{name}”", do, undo, ("cases", "documents")))

    def set_memo(self, target: str, target_id: int | None, text: str) -> None:
        before: list[str] = [""]

        def do() -> None:
            before[0] = editing.set_memo_text(self.project, target, target_id, text)

        def undo() -> None:
            editing.set_memo_text(self.project, target, target_id, before[0])

        self.push(ServiceCommand(self, "Edit memo", do, undo, ("memos",)))

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()
