"""The framework matrix as a Qt table model: cases × measures, grouped by theme.

Columns (rows when transposed) are, per theme, one theme column (how many measures count as
present for the case) followed by the theme's measures. Collapsing a theme hides its measures
in the view; the theme column stays. The model reads ``core.matrix_data.MatrixData`` and keeps
plain dicts for painting, so a 50 × 300 matrix paints without touching pandas.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from frameworkqda.core.matrix_data import MatrixData, Measure, ValueOption

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # ValueOption | None
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2  # int
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3  # full summary text
KIND_ROLE = Qt.ItemDataRole.UserRole + 4  # "cell" | "theme"
NEEDS_SUMMARY = QColor("#fff3cd")  # evidence but no summary: stands out


@dataclass(frozen=True)
class Slot:
    """One measure axis position: a theme column or a measure column."""

    kind: str  # "theme" | "measure"
    theme_id: int
    code_id: int  # the measure, or the theme itself for a theme column
    title: str
    colour: str


@dataclass(frozen=True)
class CellKey:
    case_id: int
    code_id: int


class MatrixModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.transposed = False
        self.cases: list[tuple[int, str]] = []
        self.slots: list[Slot] = []
        self.values: list[ValueOption] = []
        self._value_by_id: dict[int, ValueOption] = {}
        self._summary: dict[tuple[int, int], str] = {}
        self._value: dict[tuple[int, int], int] = {}
        self._evidence: dict[tuple[int, int], int] = {}
        self._theme_measures: dict[int, list[int]] = {}

    # -- loading ---------------------------------------------------------------------------
    def load(self, data: MatrixData) -> None:
        self.beginResetModel()
        self.cases = list(data.cases)
        self.values = list(data.values)
        self._value_by_id = {v.id: v for v in data.values}
        self.slots = _slots(data.measures)
        self._theme_measures = {}
        for m in data.measures:
            self._theme_measures.setdefault(m.theme_id, []).append(m.id)
        self._summary, self._value, self._evidence = {}, {}, {}
        self._set_cells(data.cells)
        self.endResetModel()

    def _set_cells(self, cells: pd.DataFrame) -> None:
        keys = list(cells.index)
        for key, summary, value, count in zip(
            keys,
            cells["summary"].tolist(),
            cells["value_id"].tolist(),
            cells["evidence"].tolist(),
            strict=True,
        ):
            pair = (int(key[0]), int(key[1]))
            if summary:
                self._summary[pair] = summary
            if value is not None and not pd.isna(value):
                self._value[pair] = int(value)
            if count:
                self._evidence[pair] = int(count)

    def update_cell(self, case_id: int, code_id: int, summary: str, value_id: int | None) -> None:
        """Show one cell's new state without reloading everything."""
        pair = (case_id, code_id)
        if summary:
            self._summary[pair] = summary
        else:
            self._summary.pop(pair, None)
        if value_id is None:
            self._value.pop(pair, None)
        else:
            self._value[pair] = value_id
        for index in self.indexes_for(case_id, code_id):
            self.dataChanged.emit(index, index)

    def set_transposed(self, transposed: bool) -> None:
        self.beginResetModel()
        self.transposed = transposed
        self.endResetModel()

    # -- axes ------------------------------------------------------------------------------
    def case_axis(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal if self.transposed else Qt.Orientation.Vertical

    def _case_and_slot(self, index: Index) -> tuple[int, Slot]:
        row, column = index.row(), index.column()
        if self.transposed:
            row, column = column, row
        return self.cases[row][0], self.slots[column]

    def cell_at(self, index: Index) -> tuple[int, Slot] | None:
        if not index.isValid():
            return None
        return self._case_and_slot(index)

    def indexes_for(self, case_id: int, code_id: int) -> list[QModelIndex]:
        """The model index of a cell and of its theme column (both change with a value)."""
        case_pos = next((i for i, (c, _) in enumerate(self.cases) if c == case_id), None)
        if case_pos is None:
            return []
        result: list[QModelIndex] = []
        for position, slot in enumerate(self.slots):
            if slot.code_id == code_id or (
                slot.kind == "theme" and code_id in self._theme_measures.get(slot.theme_id, [])
            ):
                row, column = (position, case_pos) if self.transposed else (case_pos, position)
                result.append(self.index(row, column))
        return result

    def slot_position(self, code_id: int, kind: str = "measure") -> int:
        return next(i for i, s in enumerate(self.slots) if s.code_id == code_id and s.kind == kind)

    def case_position(self, case_id: int) -> int:
        return next(i for i, (c, _) in enumerate(self.cases) if c == case_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.slots) if self.transposed else len(self.cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.cases) if self.transposed else len(self.slots)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        slot_axis = Qt.Orientation.Vertical if self.transposed else Qt.Orientation.Horizontal
        if orientation == slot_axis:
            if section >= len(self.slots):
                return None
            slot = self.slots[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return slot.title.upper() if slot.kind == "theme" else slot.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return slot.title
            if role == Qt.ItemDataRole.BackgroundRole:
                return _tint(slot.colour, 0.35 if slot.kind == "theme" else 0.15)
            return None
        if role == Qt.ItemDataRole.DisplayRole and section < len(self.cases):
            return self.cases[section][1]
        return None

    # -- cells -----------------------------------------------------------------------------
    def value(self, case_id: int, code_id: int) -> ValueOption | None:
        value_id = self._value.get((case_id, code_id))
        return self._value_by_id.get(value_id) if value_id is not None else None

    def summary(self, case_id: int, code_id: int) -> str:
        return self._summary.get((case_id, code_id), "")

    def evidence_count(self, case_id: int, code_id: int) -> int:
        return self._evidence.get((case_id, code_id), 0)

    def needs_summary(self, case_id: int, code_id: int) -> bool:
        pair = (case_id, code_id)
        return pair in self._evidence and pair not in self._summary

    def theme_present(self, case_id: int, theme_id: int) -> tuple[int, int]:
        measures = self._theme_measures.get(theme_id, [])
        present = 0
        for code_id in measures:
            value = self.value(case_id, code_id)
            present += bool(value and value.present)
        return present, len(measures)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        case_id, slot = self._case_and_slot(index)
        if slot.kind == "theme":
            if role == Qt.ItemDataRole.DisplayRole:
                present, total = self.theme_present(case_id, slot.theme_id)
                return f"{present} / {total}"
            if role == KIND_ROLE:
                return "theme"
            if role == Qt.ItemDataRole.BackgroundRole:
                return _tint(slot.colour, 0.22)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        code_id = slot.code_id
        if role == Qt.ItemDataRole.DisplayRole:
            summary = self.summary(case_id, code_id)
            return summary[:120].replace("\n", " ")
        if role == KIND_ROLE:
            return "cell"
        if role == VALUE_ROLE:
            return self.value(case_id, code_id)
        if role == EVIDENCE_ROLE:
            return self.evidence_count(case_id, code_id)
        if role == SUMMARY_ROLE:
            return self.summary(case_id, code_id)
        if role == Qt.ItemDataRole.BackgroundRole and self.needs_summary(case_id, code_id):
            return NEEDS_SUMMARY
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self.value(case_id, code_id)
            parts = [
                f"{self.cases[self.case_position(case_id)][1]} × {slot.title}",
                f"Value: {value.label if value else '—'}",
                f"Evidence: {self.evidence_count(case_id, code_id)} passages",
            ]
            summary = self.summary(case_id, code_id)
            if summary:
                parts.append(summary[:400])
            return "\n".join(parts)
        return None


def _slots(measures: list[Measure]) -> list[Slot]:
    slots: list[Slot] = []
    seen: set[int] = set()
    for m in measures:
        if m.theme_id not in seen:
            seen.add(m.theme_id)
            slots.append(Slot("theme", m.theme_id, m.theme_id, m.theme, m.colour))
        if m.id != m.theme_id:
            slots.append(Slot("measure", m.theme_id, m.id, m.name, m.colour))
    return slots


def _tint(colour: str, amount: float) -> QColor:
    """``colour`` mixed into white: a light wash that keeps dark text readable."""
    base = QColor(colour)
    return QColor(
        round(255 - (255 - base.red()) * amount),
        round(255 - (255 - base.green()) * amount),
        round(255 - (255 - base.blue()) * amount),
    )
