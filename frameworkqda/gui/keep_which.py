"""Theirs beside mine, and the question which to keep: the one shape of every conflict dialog
(a chart cell's, ``gui/matrix/conflict.py``; a memo's or a definition's, ``gui/text_conflict.py``).

Nothing was written when such a dialog opens (the core refused the edit). "Keep mine" saves
the right-hand text — edit it first to merge the two; "Keep theirs" drops it. Esc or the
window's close button chooses neither unasked (it once counted as "Keep theirs", dropping the
researcher's text): it asks Keep mine / Keep theirs / Cancel, Cancel going back to the texts.
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

from frameworkqda.gui.keyboard import ctrl_return_accepts, tab_leaves
from frameworkqda.gui.screen_room import fit_to_screen


class KeepWhichDialog(QDialog):
    """Theirs (read-only) beside mine (editable); ``keep_mine`` says which the person chose.
    A subclass builds its intro and grid around :attr:`theirs` and :attr:`mine`, then calls
    :meth:`_finish`."""

    def __init__(self, theirs: str, mine: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep_mine = False
        self.theirs = QPlainTextEdit(theirs)
        self.theirs.setReadOnly(True)
        self.mine = QPlainTextEdit(mine)
        tab_leaves(self.theirs, self.mine)
        ctrl_return_accepts(self, self._mine)  # Keep mine, as its button (the default)
        self._question = ""

    def _finish(self, intro: QLabel, grid: QGridLayout, question: str) -> None:
        """Lay out ``intro``, ``grid`` and the two buttons; ``question`` is asked on Esc."""
        self._question = question
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
        fit_to_screen(self, 720, 320)

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
            self._question,
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
