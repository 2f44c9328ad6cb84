"""The open project as the GUI sees it: core services, an undo stack and change signals.

Views read through core services (``workspace``, ``cases``, ``coding``, ``memos``) and change
the project only through core commands (:mod:`frameworkqda.core.commands`) run by
:meth:`ProjectSession.run` / :meth:`ProjectSession.push`, each undoable; after every change the
session emits ``changed`` with what changed ("documents", "segments", "codebook", "cases",
"memos", "coder") and every view refreshes what it shows from the core.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from frameworkqda.core import codebook, commands, workspace
from frameworkqda.core.errors import ProjectReadOnlyError
from frameworkqda.core.progress import StageProgress, stage_progress
from frameworkqda.core.store import Project
from frameworkqda.gui.undo import CoreCommand

READ_ONLY_TEXT = "Read-only: changes cannot be saved"


class ProjectSession(QObject):
    changed = Signal(str)  # what changed
    cell_changed = Signal(int, int)  # case id, code id of a framework-matrix cell
    write_refused = Signal(str)  # a change asked of a project opened read-only

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
        """Run an undoable command (it commits before this returns) and record it.

        A core command is applied before it goes on the stack, so an error the core raises
        reaches the caller and leaves no undo step behind.
        """
        if self.project.read_only:  # the banner says so; say it where the person acted too
            self.write_refused.emit(READ_ONLY_TEXT)
            raise ProjectReadOnlyError(f"{self.location}: opened read-only; not saved")
        if isinstance(command, CoreCommand):
            command.apply_now()
        self.undo_stack.push(command)

    def run(self, command: commands.Command, *changed: str, text: str | None = None) -> None:
        """Push a core command; ``changed`` names what the views must refresh."""
        self.push(CoreCommand(self, command, changed, text))

    # -- reading -------------------------------------------------------------------------
    def codes(self) -> list[workspace.CodeRow]:
        if self._codes is None:
            self._codes = workspace.codebook(self.project)
        return self._codes

    def code(self, code_id: int) -> workspace.CodeRow | None:
        return next((c for c in self.codes() if c.id == code_id), None)

    def code_path(self, code_id: int) -> str:
        """The code's path for display: ``Theme / Measure``."""
        code = self.code(code_id)
        return " / ".join(codebook.split_path(code.path)) if code else ""

    def progress(self) -> list[StageProgress]:
        return stage_progress(self.project)

    # -- undoable changes ----------------------------------------------------------------
    def assign_document(self, document_id: int, case_id: int | None) -> None:
        self.run(commands.AssignDocuments(case_id, [document_id]), "documents")

    def set_read(self, document_id: int, read: bool) -> None:
        self.run(commands.SetRead(document_id, read), "documents")

    def add_case(self, name: str) -> None:
        self.run(commands.AddCase(name), "cases", "documents")

    def set_memo(self, target: str, target_id: int | None, text: str) -> None:
        self.run(commands.SetMemo(target, target_id, text), "memos")

    def set_coder(self, name: str) -> None:
        """Code as ``name`` from now on (a coder row is made when they first write)."""
        self.project.coder_name = name
        self.notify("coder")

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()
