"""The undo stack's one adapter: a QUndoCommand around a core command.

The commands themselves live in :mod:`frameworkqda.core.commands` (Qt-free): ``apply`` does and
redoes, ``revert`` undoes, each one committed transaction, and each declares what it changes.
:class:`CoreCommand` calls them and then hands that change set to the session, so the views
that show those things refresh from the committed state.

:meth:`ProjectSession.push <frameworkqda.gui.session.ProjectSession.push>` applies the command
*before* it goes on the stack: a change the core refuses raises there and leaves no undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from frameworkqda.core.commands import Command
from frameworkqda.gui.i18n import shown

if TYPE_CHECKING:
    from frameworkqda.gui.session import ProjectSession

C = TypeVar("C", bound=Command)


def command_text(text: str) -> str:
    """The core command's name (a core message: Edit → Undo …) in the interface language."""
    return shown(text)


class CoreCommand(QUndoCommand, Generic[C]):
    """Runs ``command`` on the session's project, then tells the session what it changed."""

    def __init__(self, session: ProjectSession, command: C, text: str | None = None) -> None:
        super().__init__(text or command_text(command.text))
        self.session = session
        self.command = command
        self._applied_early = False

    def apply_now(self) -> None:
        """Apply before the stack's first ``redo`` (which then only refreshes the views)."""
        self.command.apply(self.session.project)
        self._applied_early = True

    def redo(self) -> None:
        if self._applied_early:
            self._applied_early = False
            self.setObsolete(self.command.is_empty)  # nothing changed: no undo step
        else:
            self.command.apply(self.session.project)
        self._notify()

    def undo(self) -> None:
        self.command.revert(self.session.project)
        self._notify()

    def _notify(self) -> None:
        self.session.notify(self.command.changes, self.command.cells)
