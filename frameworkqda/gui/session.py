"""The open project as the GUI sees it: core services, an undo stack and change signals.

Views read through core services (``workspace``, ``cases``, ``coding``, ``memos``) and change
the project only through core commands (:mod:`frameworkqda.core.commands`) run by
:meth:`ProjectSession.run`, each undoable. After every change (do, undo, redo) the session
emits ``changed`` once with the command's change set (a frozenset of
:class:`~frameworkqda.core.commands.Change`) and, when the command names them, the matrix cells
it changed; each view refreshes what it shows from the core if the set names what it shows.
What other programs change in the same project arrives the same way (:meth:`watch`,
``gui/live.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from frameworkqda.core import codebook, commands, messages, workspace
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import (
    ProjectFileLostError,
    ProjectReadOnlyError,
    ServerUnreachableError,
)
from frameworkqda.core.progress import StageProgress, stage_progress
from frameworkqda.core.store import Project
from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP, shown
from frameworkqda.gui.live import ChangeWatcher
from frameworkqda.gui.undo import CoreCommand

C = TypeVar("C", bound=commands.Command)

READ_ONLY_TEXT = QT_TRANSLATE_NOOP("ProjectSession", "Read-only: changes cannot be saved")
# raised where a change was asked for: a Message, said in the interface's language
READ_ONLY_REFUSAL = messages.QT_TRANSLATE_NOOP(
    "ProjectSession", "{location}: opened read-only; not saved"
)


def read_only_text() -> str:
    """The banner and status line of a project opened read-only, in the interface language."""
    return QCoreApplication.translate("ProjectSession", READ_ONLY_TEXT)


class ProjectSession(QObject):
    # frozenset[Change]; the (case id, code id) cells changed when named, else None
    changed = Signal(object, object)
    write_refused = Signal(str)  # a change asked of a project opened read-only
    # the server cannot be reached (the FrameworkQDAError), said once by the watcher; None:
    # it is back
    reachable = Signal(object)
    # the project's file was moved, deleted or replaced (the ProjectFileLostError), from
    # whichever thread found it: connect it queued, never to run inside the failed call
    file_lost = Signal(object)
    # the server could not be reached (a ServerUnreachableError), from whichever thread found it
    _server_lost = Signal(object)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._codes: list[workspace.CodeRow] | None = None
        self._watcher: ChangeWatcher | None = None
        self.from_elsewhere = False  # the changes being told came from another program
        self.told_segments: frozenset[int] | None = None  # the passages being told changed
        self.lost_told = False  # the window said the project's file is lost
        project.file_lost.append(self._tell_lost)
        # a save the server's outage refused, between two of the watcher's looks: the watcher
        # says so, and that it is back at its next look, when views save what was refused
        project.server_lost.append(self._server_lost.emit)
        self._server_lost.connect(self._away, Qt.ConnectionType.QueuedConnection)

    @property
    def location(self) -> str:
        return str(self.project.location)

    def notify(
        self,
        changes: Iterable[Change],
        cells: tuple[tuple[int, int], ...] | None = None,
        segments: frozenset[int] | None = None,
    ) -> None:
        """Tell every view what changed (a change made outside a command, e.g. an import).
        ``segments``: the passages a change of passages alone changed, when known; a view
        told reads ``told_segments`` while it is told (the review table reads just those)."""
        changes = frozenset(changes)
        if changes & {Change.CODEBOOK, Change.SEGMENTS}:
            self._codes = None
        self.told_segments = segments if changes == {Change.SEGMENTS} else None
        try:
            with self.project.reading_together():  # every view reads again: one connection
                self.changed.emit(changes, cells)
        finally:
            self.told_segments = None

    def _arrived(
        self, changes: Iterable[Change], cells: tuple[tuple[int, int], ...] | None
    ) -> None:
        """What another program committed: views told while ``from_elsewhere`` is True can say
        so (a document deleted under the person's eyes)."""
        self.from_elsewhere = True
        try:
            self.notify(changes, cells)
        finally:
            self.from_elsewhere = False

    def _away(self, error: ServerUnreachableError) -> None:
        if self._watcher is not None:
            self._watcher.away(error)

    def watch(self) -> None:
        """Show what other programs commit to this project, every few seconds."""
        if self._watcher is None:
            self._watcher = ChangeWatcher(self.project, self)
            self._watcher.arrived.connect(self._arrived)
            self._watcher.reachable.connect(self.reachable)
            self._watcher.start()

    def push(self, command: QUndoCommand) -> None:
        """Run an undoable command (it commits before this returns) and record it.

        A core command is applied before it goes on the stack, so an error the core raises
        reaches the caller and leaves no undo step behind.
        """
        self.check_writable()
        if isinstance(command, CoreCommand):
            command.apply_now()
        self.undo_stack.push(command)

    def check_writable(self) -> None:
        """Refuse (and say so) a change to a project opened read-only."""
        if self.project.read_only:  # the banner says so; say it where the person acted too
            self.write_refused.emit(read_only_text())
            raise ProjectReadOnlyError(READ_ONLY_REFUSAL.format(location=str(self.location)))

    def record(self, command: C, text: str | Callable[[C], str] | None = None) -> None:
        """Put a core command already applied (by a job, off the GUI thread) on the undo
        stack as one step, and tell the views what it changed."""
        step = CoreCommand(self, command, text)
        step.applied_already()
        self.undo_stack.push(step)

    def run(self, command: C, text: str | Callable[[C], str] | None = None) -> None:
        """Run a core command as one undo step (``text`` names it in the Edit menu); it says
        itself what it changes."""
        self.push(CoreCommand(self, command, text))

    def undo(self) -> list[str]:
        """Undo the last step; returns what it did otherwise than asked because of what
        someone else changed since (``Command.said``), in the interface's language. The core
        reverts it first (the last part of a step of several first) and only then does the
        stack move: an error the core raises (another program holding the project past the
        write wait) reaches the caller with the project and the stack as they were. Qt's own
        ``undo`` ran the revert inside itself, and on an error moved its index over a step
        that was never undone."""
        stack = self.undo_stack
        if not stack.canUndo():
            return []
        parts = _core_parts(stack.command(stack.index() - 1))
        _do_early(parts, undo=True)
        stack.undo()
        return _said(parts)

    def redo(self) -> list[str]:
        """Redo the next step, the core first (as :meth:`undo`)."""
        stack = self.undo_stack
        if not stack.canRedo():
            return []
        parts = _core_parts(stack.command(stack.index()))
        _do_early(parts, undo=False)
        stack.redo()
        return _said(parts)

    def drop_undo(self) -> None:
        """Take the step the next undo would undo off the history, leaving what it did in
        the project: an undo the project refuses (someone else changed what it refers to
        since) no longer blocks the steps before it. Only that step goes: the steps undone
        after it stay to redo, on a project that still holds what it did. Qt skips the
        undo of an obsolete step and deletes it."""
        stack = self.undo_stack
        if stack.canUndo():
            stack.command(stack.index() - 1).setObsolete(True)
            stack.undo()

    def drop_redo(self) -> None:
        """Take the step the next redo would redo off the history, the project unchanged (it
        was undone): a redo the project refuses no longer blocks the steps after it."""
        stack = self.undo_stack
        if stack.canRedo():
            stack.command(stack.index()).setObsolete(True)
            stack.redo()

    def undo_overwrites(self) -> list[str]:
        """What the next undo would write over that someone else saved since (a step of
        several edits, such as a value set on many cells, counts each), for asking first."""
        stack = self.undo_stack
        return self._overwrites(stack.command(stack.index() - 1)) if stack.canUndo() else []

    def redo_overwrites(self) -> list[str]:
        """What the next redo would write over that someone else saved since the undo."""
        stack = self.undo_stack
        return self._overwrites(stack.command(stack.index())) if stack.canRedo() else []

    def _overwrites(self, step: QUndoCommand) -> list[str]:
        return [
            found for part in _core_parts(step) if (found := part.command.overwrites(self.project))
        ]

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
        self.run(commands.AssignDocuments(case_id, [document_id]))

    def set_read(self, document_id: int, read: bool) -> None:
        self.run(commands.SetRead(document_id, read))

    def add_case(self, name: str) -> None:
        self.run(commands.AddCase(name))

    def set_memo(
        self, target: str, target_id: int | None, text: str, expected: str | None = None
    ) -> None:
        """Write a memo; ``expected``: the text the edit began on (someone else's saved since
        is refused: ``TextConflictError``)."""
        self.run(commands.SetMemo(target, target_id, text, expected=expected))

    def set_coder(self, name: str) -> None:
        """Code as ``name`` from now on (a coder row is made when they first write)."""
        self.project.coder_name = name
        self.notify({Change.CODER})

    def _tell_lost(self, error: ProjectFileLostError) -> None:
        self.file_lost.emit(error)

    def stop_watching(self) -> None:
        """No more looks for others' changes: the project's file is gone, and each look would
        fail the same way."""
        if self._watcher is not None:
            self._watcher.stop()

    def close(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
        self.project.file_lost.remove(self._tell_lost)
        self.undo_stack.clear()
        self.project.close()


def _said(parts: list[CoreCommand[Any]]) -> list[str]:
    return [shown(said) for part in parts for said in part.command.said]


def _core_parts(step: QUndoCommand) -> list[CoreCommand[Any]]:
    """The core commands a step is made of: itself, or a macro's parts in the order done."""
    parts = [step, *(step.child(i) for i in range(step.childCount()))]
    return [part for part in parts if isinstance(part, CoreCommand)]


def _do_early(parts: list[CoreCommand[Any]], undo: bool) -> None:
    """Revert (``undo``) or apply a step's parts before the stack moves, in one transaction
    (all or none; a step of several undone one transaction each could be left half undone
    for good when another program took the project between two)."""
    if parts:
        together = commands.revert_together if undo else commands.apply_together
        together(parts[0].session.project, [part.command for part in parts])
    for part in parts:
        part.done_early("revert" if undo else "apply")
