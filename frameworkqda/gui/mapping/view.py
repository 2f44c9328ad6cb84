"""The mapping view (stage 5): counts per theme and case as a heat map, ranks against an
external score series with Spearman's rho, a bar chart, theme memos and exports."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import editing, matrix_data
from frameworkqda.gui.mapping.chart import CountsChart
from frameworkqda.gui.mapping.frame_model import FrameModel
from frameworkqda.gui.session import ProjectSession


class MappingView(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingView")
        self._session = session
        self._dirty = True
        self._theme_ids: dict[str, int] = {}
        self.counts_model = FrameModel()
        self.counts_table = _table(self.counts_model)
        self.counts_table.selectionModel().currentChanged.connect(lambda *_: self._show_memo())
        self.ranks_model = FrameModel()
        self.ranks_table = _table(self.ranks_model)
        self.rho = QLabel()
        self.group = QListWidget()
        self.group.setMaximumHeight(90)
        self.group.itemChanged.connect(lambda *_: self.reload())
        self.series_box = QComboBox()
        self.series_box.currentIndexChanged.connect(lambda *_: self._show_ranks())
        self.column_box = QComboBox()
        self.column_box.currentIndexChanged.connect(lambda *_: self._show_ranks())
        self.chart = CountsChart()
        self.memo_title = QLabel("Interpretation memo: choose a theme")
        self.memo = QPlainTextEdit()
        self.memo.setPlaceholderText("What the counts and ranks mean for this theme")
        self.memo.setMaximumHeight(110)
        save_memo = QPushButton("Save memo")
        save_memo.clicked.connect(self.save_memo)
        png = QPushButton("Chart → PNG…")
        png.clicked.connect(lambda: self.export_chart(None, ".png"))
        svg = QPushButton("Chart → SVG…")
        svg.clicked.connect(lambda: self.export_chart(None, ".svg"))
        tables = QPushButton("Export tables…")
        tables.clicked.connect(lambda: self.open_export_dialog())

        counts_box = QGroupBox("Measures present per theme and case")
        counts_layout = QVBoxLayout(counts_box)
        counts_layout.addWidget(self.counts_table)
        counts_layout.addWidget(QLabel("Group average over:"))
        counts_layout.addWidget(self.group)
        ranks_box = QGroupBox("Ranking beside external scores")
        ranks_layout = QVBoxLayout(ranks_box)
        pick = QHBoxLayout()
        pick.addWidget(QLabel("Count:"))
        pick.addWidget(self.column_box, 1)
        pick.addWidget(QLabel("Scores:"))
        pick.addWidget(self.series_box, 1)
        ranks_layout.addLayout(pick)
        ranks_layout.addWidget(self.ranks_table)
        ranks_layout.addWidget(self.rho)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(counts_box)
        left.addWidget(ranks_box)
        right_box = QWidget()
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.chart, 1)
        right.addWidget(self.memo_title)
        right.addWidget(self.memo)
        buttons = QHBoxLayout()
        for button in (save_memo, png, svg, tables):
            buttons.addWidget(button)
        right.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right_box)
        splitter.setSizes([560, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        session.changed.connect(self._changed)

    def _changed(self, what: str) -> None:
        if what in ("cells", "codebook", "cases"):
            self._dirty = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.reload()
        super().showEvent(event)

    def group_ids(self) -> list[int]:
        return [
            int(self.group.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.group.count())
            if self.group.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_group(self, case_ids: list[int]) -> None:
        self.group.blockSignals(True)
        for i in range(self.group.count()):
            item = self.group.item(i)
            checked = int(item.data(Qt.ItemDataRole.UserRole)) in case_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.group.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        self._dirty = False
        project = self._session.project
        data = matrix_data.load_matrix(project)
        if self.group.count() != len(data.cases):
            self.group.blockSignals(True)
            self.group.clear()
            for case_id, name in data.cases:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, case_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.group.addItem(item)
            self.group.blockSignals(False)
        self._theme_ids = {m.theme: m.theme_id for m in data.measures}
        counts = matrix_data.counts(project, self.group_ids() or None)
        self.counts = counts
        self.counts_model.set_frame(counts, heat_columns=len(data.cases))
        self.chart.show_counts(counts.drop(index="Total").iloc[:, : len(data.cases)])
        for box, items in (
            (self.column_box, [c for c in counts.columns if c != "Total"]),
            (self.series_box, matrix_data.score_series(project)),
        ):
            choice = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItems([str(i) for i in items])
            box.setCurrentIndex(max(0, box.findText(choice or "Average")))
            box.blockSignals(False)
        self._show_ranks()

    def _show_ranks(self) -> None:
        series = self.series_box.currentText()
        if not series:
            self.ranks_model.set_frame(matrix_data.counts(self._session.project).iloc[0:0])
            self.rho.setText("No external scores in this project (codebook → scores).")
            return
        column = self.column_box.currentText() or "Average"
        table, rho = matrix_data.ranks(self._session.project, series, column)
        self.ranks = table
        self.rho_value = rho
        self.ranks_model.set_frame(table, heat_columns=0)
        shown = "—" if math.isnan(rho) else f"{rho:+.2f}"
        self.rho.setText(f"Spearman's ρ between the two rankings: {shown} ({len(table)} themes)")

    # -- memos on themes -------------------------------------------------------------------
    def current_theme(self) -> int | None:
        index = self.counts_table.currentIndex()
        if not index.isValid():
            return None
        return self._theme_ids.get(str(self.counts.index[index.row()]))

    def _show_memo(self) -> None:
        theme = self.current_theme()
        if theme is None:
            self.memo_title.setText("Interpretation memo: choose a theme")
            self.memo.setPlainText("")
            return
        self.memo_title.setText(f"Interpretation memo: {self._session.code_path(theme)}")
        self.memo.setPlainText(editing.memo_text(self._session.project, "code", theme))

    def save_memo(self) -> None:
        theme = self.current_theme()
        if theme is not None:
            self._session.set_memo("code", theme, self.memo.toPlainText())

    # -- exports ---------------------------------------------------------------------------
    def export_chart(self, path: str | None, suffix: str = ".png") -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, "Export chart", f"counts{suffix}", f"Image (*{suffix})"
            )
            if not path:
                return None
        return str(self.chart.export(path))

    def table_sources(self) -> dict[str, object]:
        project = self._session.project
        return {
            "Counts": lambda: matrix_data.counts(project, self.group_ids() or None),
            "Ranks": lambda: matrix_data.ranks(project, self.series_box.currentText())[0],
            "Framework matrix": lambda: matrix_data.matrix_table(project),
        }

    def open_export_dialog(self, show: bool = True):  # type: ignore[no-untyped-def]
        from frameworkqda.gui.export_dialog import ExportDialog

        folder = ""
        location = self._session.project.location
        if location.path is not None:
            folder = str(location.path.parent)
        dialog = ExportDialog(self.table_sources(), folder, self)  # type: ignore[arg-type]
        self.export_dialog = dialog
        if show:
            dialog.open()
        return dialog


def _table(model: FrameModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
