"""The agreement table: core/agreement.py's rows, κ and agreement on a red-to-green scale.

A code's pooled row (document ``*``) and the overall row (code ``*``) are bold on grey (a
tenth of the palette's text mixed into its base: light grey, or a lighter dark grey in a dark
palette), so the figures a paper reports stand out from the per-document rows that explain
them. Every coloured cell says its text colour too (black or white where the palette's text
would not read on it).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from frameworkqda.core.agreement import ALL_DOCUMENTS, AgreementRow, csv_cells
from frameworkqda.core.codebook import split_path
from frameworkqda.gui import colours as tones
from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the AgreementRow
HEADINGS = (
    QT_TRANSLATE_NOOP("AgreementModel", "Code"),
    QT_TRANSLATE_NOOP("AgreementModel", "Document"),
    "κ",
    QT_TRANSLATE_NOOP("AgreementModel", "Agreement %"),
    QT_TRANSLATE_NOOP("AgreementModel", "A and B %"),
    QT_TRANSLATE_NOOP("AgreementModel", "Neither %"),
    QT_TRANSLATE_NOOP("AgreementModel", "A not B %"),
    QT_TRANSLATE_NOOP("AgreementModel", "B not A %"),
)
KAPPA, AGREEMENT = 2, 3


def pooled_background() -> QColor:
    """Behind a pooled row: a tenth of the palette's text in its base (#e6e6e6 on white)."""
    colours = tones.palette()
    return tones.mix(colours.text().color(), colours.base().color(), 0.1)


def scale_colour(share: float) -> QColor:
    """Red (0 or below) through yellow to green (1), washed into the palette's base: a pastel
    in a light palette, a dark shade in a dark one."""
    share = min(max(share, 0.0), 1.0)
    return tones.wash(QColor.fromHsvF(share / 3, 0.9, 0.95), 0.4)


def text_on(background: QColor | None) -> QColor | None:
    """The text colour for a cell drawn on ``background`` (``None``: the palette's own)."""
    if background is None:
        return None
    return tones.readable_text(background, tones.palette().text().color())


class AgreementModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AgreementRow] = []
        self._cells: list[tuple[str, ...]] = []

    def set_rows(self, rows: list[AgreementRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._cells = [csv_cells(row) for row in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADINGS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADINGS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        pooled = row.document == ALL_DOCUMENTS
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._cells[index.row()][column]
            if column == 0:
                return (
                    self.tr("All codes") if text == ALL_DOCUMENTS else " / ".join(split_path(text))
                )
            if column == 1 and pooled:
                return self.tr("All documents")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= KAPPA:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return text_on(self._background(row, column))
        if role == Qt.ItemDataRole.FontRole and pooled:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == KAPPA and row.counts.kappa is None:
            return f"κ {row.counts.kappa_note}"
        if role == ROW_ROLE:
            return row
        return None

    @staticmethod
    def _background(row: AgreementRow, column: int) -> QColor | None:
        if column == KAPPA and row.counts.kappa is not None:
            return scale_colour(float(row.counts.kappa))
        if column == AGREEMENT and row.counts.total:
            return scale_colour(float(row.counts.agreement))
        return pooled_background() if row.document == ALL_DOCUMENTS else None
