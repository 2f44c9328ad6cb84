"""The Compare coders view's "Chart cells" tab: how far two coders' cell values agree.

The table holds core/cell_agreement.py's rows, as ``agreement --cells`` prints them: each
theme's cells whose values differ (both coders' values and summaries; a summary that is the
coder's auto-draft after "Draft:" in muted italics, as the matrix shows one), then the theme's
pooled row (cells compared, weighted κ and agreement, bold on grey, κ and agreement red to
green), and the overall row last. Clicking a disagreeing cell asks for it in the framework matrix
(``cell_requested``), where the evidence panel shows every coder's charting of it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.agreement import kappa_text, percent
from frameworkqda.core.cell_agreement import (
    ALL,
    CellComparison,
    Disagreement,
    PooledRow,
    charting_agreement,
)
from frameworkqda.core.codebook import split_path
from frameworkqda.core.store import Project
from frameworkqda.gui.colours import muted_text, palette
from frameworkqda.gui.compare.model import pooled_background, scale_colour, text_on
from frameworkqda.gui.table_keys import tab_leaves

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the Disagreement or PooledRow
KAPPA, AGREEMENT, SUMMARY_A, SUMMARY_B = 3, 4, 7, 8


class CellsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.comparison: CellComparison | None = None
        self.rows: list[Disagreement | PooledRow] = []
        self.headings = (
            self.tr("Code"),
            self.tr("Case"),
            self.tr("Cells"),
            self.tr("Weighted κ"),
            self.tr("Agreement %"),
            self.tr("A's value"),
            self.tr("B's value"),
            self.tr("A's summary"),
            self.tr("B's summary"),
        )

    def set_comparison(self, comparison: CellComparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.rows = comparison.rows if comparison is not None else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headings[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.comparison is None:
            return None
        row, column = self.rows[index.row()], index.column()
        if role == ROW_ROLE:
            return row
        if isinstance(row, Disagreement):
            return self._disagreement(row, column, role)
        return self._pooled(row, column, role)

    def _disagreement(self, row: Disagreement, column: int, role: int) -> object:
        summary_a, summary_b = (
            self._said(row.summary_a, row.draft_a),
            self._said(row.summary_b, row.draft_b),
        )
        draft = (column == SUMMARY_A and row.draft_a) or (column == SUMMARY_B and row.draft_b)
        if role == Qt.ItemDataRole.DisplayRole:
            texts = ("", "", "", "", "", row.value_a, row.value_b, summary_a, summary_b)
            if column == 0:
                return " / ".join(split_path(row.code))
            if column == 1:
                return row.case
            return " ".join(texts[column].split())  # one line; the tooltip has it all
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "A: {a}\n{summary_a}\n\nB: {b}\n{summary_b}\n\nClick: open the cell"
            ).format(a=row.value_a, summary_a=summary_a, b=row.value_b, summary_b=summary_b)
        if role == Qt.ItemDataRole.FontRole and draft:  # as the matrix shows a draft
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and draft:
            return muted_text(palette(), QPalette.ColorRole.Base)
        return None

    def _said(self, summary: str, draft: bool) -> str:
        """A coder's summary, an auto-draft named one: the machine's quotes passed for the
        coder's own summary."""
        return self.tr("Draft: {summary}").format(summary=summary) if draft else summary

    def _pooled(self, row: PooledRow, column: int, role: int) -> object:
        assert self.comparison is not None
        pairs, scale = row.pairs, self.comparison.scale
        kappa = pairs.kappa(scale)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return (
                    self.tr("All themes") if row.code == ALL else " / ".join(split_path(row.code))
                )
            if column == 1:
                return self.tr("All cases")
            if column == 2:
                return str(pairs.cells)
            if column == KAPPA:
                return kappa_text(kappa)
            if column == AGREEMENT:
                return percent(pairs.agreement) if pairs.cells else ""
            return ""
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= column <= AGREEMENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if column == KAPPA and kappa is not None:
                background = scale_colour(float(kappa))
            elif column == AGREEMENT and pairs.cells:
                background = scale_colour(float(pairs.agreement))
            else:
                background = pooled_background()
            return background if role == Qt.ItemDataRole.BackgroundRole else text_on(background)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == KAPPA and kappa is None:
            return self.tr("κ is empty: {reason}").format(reason=pairs.kappa_note(scale))
        return None


class CellsPanel(QWidget):
    """The disagreeing cells and the pooled figures; a click on a cell asks to open it."""

    cell_requested = Signal(int, int)  # case, code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareCells")
        self.comparison: CellComparison | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = CellsModel()
        self.table = QTableView()
        self.table.setObjectName("compareCellsTable")
        self.table.setAccessibleName(self.tr("Cells charted by both coders"))
        tab_leaves(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 100, 50, 90, 95, 95, 95, 200)):
            header.resizeSection(column, width)
        self.table.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def load(self, project: Project, a: str, b: str) -> None:
        """Compare A's and B's cell values (the caller has checked they are two coders)."""
        self.comparison = charting_agreement(project, a, b)
        self.model.set_comparison(self.comparison)
        overall = self.comparison.overall.pairs
        kappa = kappa_text(overall.kappa(self.comparison.scale))
        figures = (
            self.tr(
                "{cells} cells both charted: agreement {agreement} %, weighted κ {kappa}; "
                "{disagreeing} with different values (click one to open it in the matrix)."
            ).format(
                cells=overall.cells,
                agreement=percent(overall.agreement),
                kappa=kappa
                or self.tr("empty ({reason})").format(
                    reason=overall.kappa_note(self.comparison.scale)
                ),
                disagreeing=len(self.comparison.disagreements),
            )
            if overall.cells
            else self.tr("No cell has a value from both coders yet.")
        )
        unordered = self.comparison.unordered
        self.summary.setText(
            figures
            + " "
            + self.tr("Not compared (a value from one coder only): {a} by A, {b} by B.").format(
                a=self.comparison.only_a, b=self.comparison.only_b
            )
            + (
                " "
                + self.tr(
                    "{values} is no point on the value scale: a full disagreement with any "
                    "other value."
                ).format(values=self.tr(", ", "list separator").join(unordered))
                if unordered
                else ""
            )
        )

    def clear(self) -> None:
        self.comparison = None
        self.model.set_comparison(None)
        self.summary.setText("")

    def row_of(self, case_id: int, code_id: int) -> int:
        """The table row of a disagreeing cell, or -1."""
        for number, row in enumerate(self.model.rows):
            if isinstance(row, Disagreement) and (row.case_id, row.code_id) == (case_id, code_id):
                return number
        return -1

    def _clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, Disagreement):
            self.cell_requested.emit(row.case_id, row.code_id)
