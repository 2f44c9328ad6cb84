"""Someone else changed the cell being saved: show theirs and mine, and ask which to keep.

Nothing was written when this dialog opens (the core refused the edit: ``CellConflictError``).
"Keep mine" saves the right-hand text — edit it first to merge the two; "Keep theirs" drops
this edit and shows their cell. Esc or the window's close button chooses neither unasked (it
once counted as "Keep theirs", dropping the researcher's text): it asks Keep mine / Keep
theirs / Cancel, and Cancel goes back to the two texts.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from frameworkqda.core.charting import CellEdit
from frameworkqda.core.messages import utc_minute
from frameworkqda.gui.keep_which import KeepWhichDialog


class CellConflictDialog(KeepWhichDialog):
    """A cell's value and summary: theirs beside mine (``gui/keep_which.py``)."""

    def __init__(
        self,
        title: str,
        theirs: CellEdit,
        mine_value: str | None,
        mine_summary: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(theirs.summary, mine_summary, parent)
        self.setObjectName("cellConflictDialog")
        self.setWindowTitle(self.tr("Someone else changed this cell"))
        who = theirs.coder or self.tr("someone")
        # as every other message gives a time ("2026-12-05 11:47 UTC"; the memo conflict, the
        # deleted items): the locale's short format read "12/5/26 11:47 AM" beside them
        when = f"{utc_minute(theirs.updated_at)} UTC" if theirs.updated_at else ""
        intro = QLabel(
            self.tr(
                "{who} changed {cell} at {when}, after you began editing it. Nothing has been "
                "saved yet. Keep theirs, or keep yours — edit yours first to merge the two."
            ).format(who=who, cell=title, when=when)
        )
        intro.setWordWrap(True)
        no_value = self.tr("no value")
        self.theirs.setObjectName("theirsSummary")
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
        self._finish(intro, grid, self.tr("Keep your version of this cell?"))

    def mine_summary(self) -> str:
        return self.mine.toPlainText()


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
