"""Someone else saved a memo or a code's definition being edited: theirs beside mine, and ask.

Nothing was written when this dialog opens (the core refused the edit: ``TextConflictError``,
its message naming who changed it and when). "Keep mine" saves the right-hand text — edit it
first to merge the two; "Keep theirs" drops the typed text. Esc or the window's close button
chooses neither unasked: it asks Keep mine / Keep theirs / Cancel, Cancel going back to the
two texts (as the chart cell's dialog, ``gui/matrix/conflict.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from frameworkqda.core.errors import TextConflictError
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.keep_which import KeepWhichDialog


class TextConflictDialog(KeepWhichDialog):
    """A memo's or a definition's text: theirs beside mine (``gui/keep_which.py``)."""

    def __init__(
        self, title: str, conflict: TextConflictError, mine: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(conflict.theirs, mine, parent)
        self.setObjectName("textConflictDialog")
        self.setWindowTitle(title)
        intro = QLabel(
            self.tr(
                "{what}.\nKeep theirs, or keep yours — edit yours first to merge the two."
            ).format(what=shown(conflict))
        )
        intro.setWordWrap(True)
        who = conflict.who or self.tr("someone")
        self.theirs.setObjectName("theirsText")
        self.mine.setObjectName("mineText")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Theirs ({who})").format(who=who)), 0, 0)
        grid.addWidget(QLabel(self.tr("Yours (edit to merge)")), 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.mine, 1, 1)
        self._finish(intro, grid, self.tr("Keep your version?"))

    def mine_text(self) -> str:
        return self.mine.toPlainText()


def keep_which(parent: QWidget, title: str, conflict: TextConflictError, mine: str) -> str | None:
    """Ask: the text to save (``mine``, maybe merged in the dialog), or None to keep theirs."""
    dialog = TextConflictDialog(title, conflict, mine, parent)
    dialog.exec()
    return dialog.mine_text() if dialog.keep_mine else None
