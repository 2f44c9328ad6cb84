"""The undo stack's one adapter: a QUndoCommand around a core command.

The commands themselves live in :mod:`frameworkqda.core.commands` (Qt-free): ``apply`` does and
redoes, ``revert`` undoes, each one committed transaction, and each declares what it changes.
:class:`CoreCommand` calls them and then hands that change set to the session, so the views
that show those things refresh from the committed state.

:meth:`ProjectSession.push <frameworkqda.gui.session.ProjectSession.push>` applies the command
*before* it goes on the stack: a change the core refuses raises there and leaves no undo step.
Undo and redo work the same way (:meth:`ProjectSession.undo
<frameworkqda.gui.session.ProjectSession.undo>`): the core reverts or applies first, and only
then does the stack move, so a project another program holds leaves the stack where it was.
"""

from __future__ import annotations

from collections.abc import Callable
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

    def __init__(
        self,
        session: ProjectSession,
        command: C,
        text: str | Callable[[C], str] | None = None,
    ) -> None:
        """``text`` names the step in the Edit menu; a function of the command names it once
        the command has applied (what it did: "Code 1 hit", the other hit's document gone)."""
        super().__init__(text if isinstance(text, str) and text else command_text(command.text))
        self.session = session
        self.command = command
        self._named = text if callable(text) else None
        self._early: str | None = None  # "apply" or "revert": done by the core, not the stack
        self._pushed = False

    def apply_now(self) -> None:
        """Apply before the stack's ``redo`` (which then only refreshes the views)."""
        self.command.apply(self.session.project)
        self.applied_already()  # named before the stack shows it in the Edit menu

    def applied_already(self) -> None:
        """The core command was applied before (by a job): the stack's ``redo`` only
        refreshes the views."""
        self._early = "apply"
        if self._named is not None:
            self.setText(self._named(self.command))

    def done_early(self, direction: str) -> None:
        """The core has applied or reverted this part (with the others of its step, if any:
        ``"apply"`` or ``"revert"``): the stack's call only refreshes the views."""
        self._early = direction

    def redo(self) -> None:
        if self._early != "apply":
            self.command.apply(self.session.project)
        self._early = None
        if not self._pushed:
            self._pushed = True
            self.setObsolete(self.command.is_empty)  # nothing changed: no undo step
        self._notify()

    def undo(self) -> None:
        if self._early != "revert":
            self.command.revert(self.session.project)
        self._early = None
        self._notify()

    def _notify(self) -> None:
        self.session.notify(
            self.command.changes, self.command.cells, segments=self.command.changed_segments
        )
