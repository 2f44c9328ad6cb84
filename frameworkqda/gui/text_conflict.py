"""Someone else saved a memo or a code's definition being edited: theirs beside mine, and ask.

Nothing was written when this dialog opens (the core refused the edit: ``TextConflictError``,
its message naming who changed it and when). "Keep mine" saves the right-hand text — edit it
first to merge the two; "Keep theirs" drops the typed text. Esc or the window's close button
chooses neither unasked: it asks Keep mine / Keep theirs / Cancel, Cancel going back to the
two texts (as the chart cell's dialog, ``gui/matrix/conflict.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.errors import TextConflictError
from frameworkqda.gui.i18n import shown


class TextConflictDialog(QDialog):
    """Theirs (read-only) beside mine (editable); ``keep_mine`` says which the person chose."""

    def __init__(
        self, title: str, conflict: TextConflictError, mine: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("textConflictDialog")
        self.setWindowTitle(title)
        self.keep_mine = False
        intro = QLabel(
            self.tr(
                "{what}.\nKeep theirs, or keep yours — edit yours first to merge the two."
            ).format(what=shown(conflict))
        )
        intro.setWordWrap(True)
        who = conflict.who or self.tr("someone")
        self.theirs = QPlainTextEdit(conflict.theirs)
        self.theirs.setObjectName("theirsText")
        self.theirs.setReadOnly(True)
        self.mine = QPlainTextEdit(mine)
        self.mine.setObjectName("mineText")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Theirs ({who})").format(who=who)), 0, 0)
        grid.addWidget(QLabel(self.tr("Yours (edit to merge)")), 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.mine, 1, 1)
        buttons = QDialogButtonBox()
        self.theirs_button = QPushButton(self.tr("Keep theirs"))
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.theirs_button.setObjectName("keepTheirs")
        self.mine_button.setObjectName("keepMine")
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._mine)
        buttons.rejected.connect(self._theirs)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(720, 320)

    def _mine(self) -> None:
        self.keep_mine = True
        self.accept()

    def _theirs(self) -> None:
        self.keep_mine = False
        super().reject()

    def reject(self) -> None:
        """Esc or the close button: not a choice of theirs; ask which to keep (Cancel: back)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.windowTitle(),
            self.tr("Keep your version?"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(self.tr("Keep theirs drops the text you typed."))
        mine = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(self.tr("Keep theirs"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is mine:
            self._mine()
        elif box.clickedButton() is theirs:
            self._theirs()

    def mine_text(self) -> str:
        return self.mine.toPlainText()
