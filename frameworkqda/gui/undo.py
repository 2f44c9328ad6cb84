"""The undo stack's one adapter: a QUndoCommand around a core command.

The commands themselves live in :mod:`frameworkqda.core.commands` (Qt-free): ``apply`` does and
redoes, ``revert`` undoes, each one committed transaction, and each declares what it changes.
:class:`CoreCommand` calls them and then hands that change set to the session, so the views
that show those things refresh from the committed state.

:meth:`ProjectSession.push <frameworkqda.gui.session.ProjectSession.push>` applies the command
*before* it goes on the stack: a change the core refuses raises there and leaves no undo step.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from frameworkqda.core.commands import Command
from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from frameworkqda.gui.session import ProjectSession

C = TypeVar("C", bound=Command)

# the core names its commands in English (Edit → Undo …); these are shown translated
COMMAND_TEXTS = (
    QT_TRANSLATE_NOOP("CoreCommand", "Reorder cases"),
    QT_TRANSLATE_NOOP("CoreCommand", "Delete case"),
    QT_TRANSLATE_NOOP("CoreCommand", "Move document to case"),
    QT_TRANSLATE_NOOP("CoreCommand", "Mark as read"),
    QT_TRANSLATE_NOOP("CoreCommand", "Mark as unread"),
    QT_TRANSLATE_NOOP("CoreCommand", "Edit memo"),
    QT_TRANSLATE_NOOP("CoreCommand", "Edit cell"),
    QT_TRANSLATE_NOOP("CoreCommand", "Draft summary"),
    QT_TRANSLATE_NOOP("CoreCommand", "Rename code"),
    QT_TRANSLATE_NOOP("CoreCommand", "Edit code"),
    QT_TRANSLATE_NOOP("CoreCommand", "Move code"),
    QT_TRANSLATE_NOOP("CoreCommand", "Merge codes"),
    QT_TRANSLATE_NOOP("CoreCommand", "Delete code"),
    QT_TRANSLATE_NOOP("CoreCommand", "Code selection"),
    QT_TRANSLATE_NOOP("CoreCommand", "Change segment"),
    QT_TRANSLATE_NOOP("CoreCommand", "Delete segment"),
)
# … and those that name what they act on: the English pattern, the text to translate
NAMED_TEXTS = (
    (re.compile(r"Add case “(.*)”"), QT_TRANSLATE_NOOP("CoreCommand", "Add case “{name}”")),
    (
        re.compile(r"Rename case to “(.*)”"),
        QT_TRANSLATE_NOOP("CoreCommand", "Rename case to “{name}”"),
    ),
    (re.compile(r"Add code “(.*)”"), QT_TRANSLATE_NOOP("CoreCommand", "Add code “{name}”")),
    (re.compile(r"Auto-code “(.*)”"), QT_TRANSLATE_NOOP("CoreCommand", "Auto-code “{name}”")),
)


def command_text(text: str) -> str:
    """The core command's English name in the interface language (unknown ones as they are)."""
    if text in COMMAND_TEXTS:
        return QCoreApplication.translate("CoreCommand", text)
    for pattern, translatable in NAMED_TEXTS:
        if found := pattern.fullmatch(text):
            return QCoreApplication.translate("CoreCommand", translatable).format(
                name=found.group(1)
            )
    return text


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
