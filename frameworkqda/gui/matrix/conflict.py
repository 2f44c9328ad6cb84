"""Someone else changed the cell being saved: show theirs and mine, and ask which to keep.

Nothing was written when this dialog opens (the core refused the edit: ``CellConflictError``).
"Keep mine" saves the right-hand text — edit it first to merge the two; "Keep theirs" drops
this edit and shows their cell.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.charting import CellEdit


def local_time(moment: datetime) -> str:
    """A stored moment (UTC) as the researcher's clock shows it, in the interface's format:
    "2026/12/04 21:30" in Japan where UTC said 12:30."""
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


class CellConflictDialog(QDialog):
    """Theirs (read-only) beside mine (editable); ``keep_mine`` says which the person chose."""

    def __init__(
        self,
        title: str,
        theirs: CellEdit,
        mine_value: str | None,
        mine_summary: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cellConflictDialog")
        self.setWindowTitle(self.tr("Someone else changed this cell"))
        self.keep_mine = False
        who = theirs.coder or self.tr("someone")
        when = local_time(theirs.updated_at) if theirs.updated_at else ""
        intro = QLabel(
            self.tr(
                "{who} changed {cell} at {when}, after you began editing it. Nothing has been "
                "saved yet. Keep theirs, or keep yours — edit yours first to merge the two."
            ).format(who=who, cell=title, when=when)
        )
        intro.setWordWrap(True)
        no_value = self.tr("no value")
        self.theirs = QPlainTextEdit(theirs.summary)
        self.theirs.setObjectName("theirsSummary")
        self.theirs.setReadOnly(True)
        self.mine = QPlainTextEdit(mine_summary)
        self.mine.setObjectName("mineSummary")
        grid = QGridLayout()
        grid.addWidget(_bold(QLabel(self.tr("Theirs ({who})").format(who=who))), 0, 0)
        grid.addWidget(_bold(QLabel(self.tr("Yours (edit to merge)"))), 0, 1)
        grid.addWidget(
            QLabel(self.tr("Value: {value}").format(value=theirs.value or no_value)), 1, 0
        )
        grid.addWidget(QLabel(self.tr("Value: {value}").format(value=mine_value or no_value)), 1, 1)
        grid.addWidget(self.theirs, 2, 0)
        grid.addWidget(self.mine, 2, 1)
        buttons = QDialogButtonBox()
        self.theirs_button = QPushButton(self.tr("Keep theirs"))
        self.mine_button = QPushButton(self.tr("Keep mine"))
        self.theirs_button.setObjectName("keepTheirs")
        self.mine_button.setObjectName("keepMine")
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._mine)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(720, 320)

    def _mine(self) -> None:
        self.keep_mine = True
        self.accept()

    def mine_summary(self) -> str:
        return self.mine.toPlainText()


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
