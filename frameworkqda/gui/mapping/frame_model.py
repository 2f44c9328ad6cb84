"""A read-only Qt table model over a pandas DataFrame, optionally shaded as a heat map."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QStyle,
    QStyleOptionHeader,
    QStylePainter,
    QTableView,
)

from frameworkqda.gui import colours as tones
from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex


HEAT = "#00796b"  # deep teal: the most measures present


def heat_colour(fraction: float) -> QColor:
    """The palette's base (white, or dark grey in a dark palette) → deep teal as ``fraction``
    goes 0 → 1."""
    return tones.wash(HEAT, fraction)


SUMMARY_ROWS = ("Total", "Average")
# the counts table's own row labels (mapping.py), shown in the interface language
HEADER_WORDS = (
    QT_TRANSLATE_NOOP("FrameModel", "Total"),
    QT_TRANSLATE_NOOP("FrameModel", "Average"),
)


def header_text(label: str) -> str:
    """A column or row label of the engine's tables as the interface shows it."""
    if label in HEADER_WORDS:
        return QCoreApplication.translate("FrameModel", label)
    return label


class FrameModel(QAbstractTableModel):
    def __init__(self, heat_columns: int = 0) -> None:
        """``heat_columns``: shade that many leading columns (per-case counts) as a heat map."""
        super().__init__()
        self.frame = pd.DataFrame()
        self.heat_columns = heat_columns
        self._max = 1.0
        # the frame's cells as Python objects and its body's height, read once a frame: a
        # painted table asks data() for every cell and role (38,000 calls to show 88 themes ×
        # 20 cases), and each call read the cell through pandas and counted the body's rows
        # again, 1.35 s of the GUI thread to open the mapping view
        self._cells: list[list[object]] = []
        self._body = 0
        self._bold = QFont()
        self._bold.setBold(True)
        self.corner = ""  # what the row labels are (テーマ, ケース): :class:`CornerLabel`

    def set_frame(
        self, frame: pd.DataFrame, heat_columns: int | None = None, corner: str | None = None
    ) -> None:
        """``corner``: the word over the row labels (else the index's name, if any)."""
        self.beginResetModel()
        self.frame = frame
        name = frame.index.name
        self.corner = corner if corner is not None else "" if name is None else str(name)
        if heat_columns is not None:
            self.heat_columns = heat_columns
        self._cells = frame.to_numpy(dtype=object).tolist()
        self._body = self._body_rows()
        body = frame.iloc[: self._body, : self.heat_columns]
        self._max = float(body.to_numpy().max()) if body.size else 1.0
        self.endResetModel()

    def _body_rows(self) -> int:
        """Rows before the trailing summary rows (Total, Average), which are not shaded."""
        labels = [str(label) for label in self.frame.index]
        rows = len(labels)
        while rows and labels[rows - 1] in SUMMARY_ROWS:
            rows -= 1
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.frame.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return header_text(str(self.frame.columns[section]))
        return header_text(str(self.frame.index[section]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        value = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, Decimal):
                # the engine's half-up averages, as the exports print them
                return QLocale().toString(float(value), "f", 1)
            if isinstance(value, float):
                return "" if pd.isna(value) else QLocale().toString(value, "g", 6)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        in_heat = index.column() < self.heat_columns and index.row() < self._body
        if role == Qt.ItemDataRole.BackgroundRole and in_heat and self._max > 0:
            return heat_colour(float(str(value)) / self._max)
        if role == Qt.ItemDataRole.ForegroundRole and in_heat and self._max > 0:
            background = heat_colour(float(str(value)) / self._max)
            return tones.readable_text(background, tones.palette().text().color())
        if role == Qt.ItemDataRole.FontRole and (
            index.row() >= self._body or index.column() >= self.heat_columns > 0
        ):
            return self._bold
        return None


class CornerLabel(QObject):
    """The word over a table view's row labels (テーマ, ケース, 施策), drawn in its top-left
    corner as a header section: Qt leaves the corner blank, and a reader could not tell what
    the first column was. The text is the model's ``corner``, read whenever it is reset."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        button = view.findChild(QAbstractButton)  # Qt's corner button, the view's only one
        assert isinstance(button, QAbstractButton)
        self.button = button
        button.installEventFilter(self)
        view.model().modelReset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        text = str(getattr(self.view.model(), "corner", ""))
        self.button.setText(text)
        header = self.view.verticalHeader()  # at least as wide as the word, not clipping it
        header.setMinimumWidth(header.fontMetrics().horizontalAdvance(text) + 16 if text else 0)
        self.button.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.button or event.type() != QEvent.Type.Paint:
            return False
        option = QStyleOptionHeader()
        option.initFrom(self.button)
        option.rect = self.button.rect()
        option.text = self.button.text()
        option.textAlignment = Qt.AlignmentFlag.AlignCenter
        option.position = QStyleOptionHeader.SectionPosition.OnlyOneSection
        painter = QStylePainter(self.button)
        painter.drawControl(QStyle.ControlElement.CE_Header, option)
        painter.end()
        return True
