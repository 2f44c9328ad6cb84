"""The framework matrix as a Qt table model: cases × measures, grouped by theme.

Columns (rows when transposed) are, per theme, one theme column (how many measures count as
present for the case) followed by the theme's measures; a case's header shows its attributes
as its tooltip (not as columns: they would sit among the measures and scroll away with them).
Collapsing a theme hides its measures in the view; the theme column stays. The model reads the
engine's ``charting.FrameworkMatrix`` once and keeps plain dicts for painting, so a 50 × 300
matrix paints without touching pandas. A cell is present as the engine counts it: its value
counts as present, or, with no value set, it has coded evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from frameworkqda.core.charting import FrameworkMatrix, ScaleValue
from frameworkqda.gui import colours as tones
from frameworkqda.gui.matrix.header import GROUP_ROLE

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # ScaleValue | None
EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 2  # int
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 3  # full summary text
KIND_ROLE = Qt.ItemDataRole.UserRole + 4  # "cell" | "theme"
NEEDS_SUMMARY = "#ffc107"  # evidence but no summary: an amber wash (needs_summary_background)


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
        self.values: list[ScaleValue] = []
        self._value_by_id: dict[int, ScaleValue] = {}
        self._summary: dict[tuple[int, int], str] = {}
        self._value: dict[tuple[int, int], int] = {}
        self._evidence: dict[tuple[int, int], int] = {}
        self._present: set[tuple[int, int]] = set()
        # cells whose summary is an auto-draft not yet the researcher's (still to do)
        self._drafts: set[tuple[int, int]] = set()
        self._version: dict[tuple[int, int], int] = {}  # as loaded: what an edit is made from
        self._theme_measures: dict[int, list[int]] = {}
        self._theme_position: dict[int, int] = {}  # theme id -> its theme slot's position
        # (case, code) whose coders' own chartings hold different values: marked "≠"
        self.differing: set[tuple[int, int]] = set()
        # each case's attributes as shown (name, value), its row header's tooltip
        self.case_attributes: dict[int, list[tuple[str, str]]] = {}

    # -- loading ---------------------------------------------------------------------------
    def load(
        self,
        matrix: FrameworkMatrix,
        values: list[ScaleValue],
        colours: dict[int, str],
        versions: dict[tuple[int, int], int] | None = None,
    ) -> None:
        """Show ``matrix`` (cases × measures, as ``charting.build_matrix`` returns it);
        ``versions``: the cells' versions, read before the matrix (never newer than it)."""
        self._version = dict(versions or {})
        if matrix.is_transposed:
            matrix = matrix.transposed()
        self.beginResetModel()
        self.cases = list(zip(matrix.case_ids, matrix.case_names, strict=True))
        self.values = list(values)
        self._value_by_id = {v.id: v for v in values}
        self.slots, self._theme_measures = _slots(matrix, colours)
        self._theme_position = {
            s.theme_id: position for position, s in enumerate(self.slots) if s.kind == "theme"
        }
        self._summary, self._value, self._evidence, self._present = {}, {}, {}, set()
        self._drafts = set()
        self._set_cells(matrix)
        self.endResetModel()

    def _set_cells(self, matrix: FrameworkMatrix) -> None:
        case_ids, code_ids = matrix.case_ids, matrix.code_ids
        by_label = {v.label: v.id for v in self.values}
        summary, value = matrix.summary.to_numpy(), matrix.value.to_numpy()
        evidence, present = matrix.evidence.to_numpy(), matrix.present.to_numpy()
        for r, c in zip(*np.nonzero(summary != ""), strict=True):
            self._summary[(case_ids[r], code_ids[c])] = str(summary[r, c])
        for r, c in zip(*np.nonzero(value != ""), strict=True):
            self._value[(case_ids[r], code_ids[c])] = by_label[str(value[r, c])]
        for r, c in zip(*np.nonzero(evidence), strict=True):
            self._evidence[(case_ids[r], code_ids[c])] = int(evidence[r, c])
        for r, c in zip(*np.nonzero(present.astype(bool)), strict=True):
            self._present.add((case_ids[r], code_ids[c]))
        for r, c in zip(*np.nonzero(matrix.draft.to_numpy().astype(bool)), strict=True):
            self._drafts.add((case_ids[r], code_ids[c]))

    def update_cell(
        self,
        case_id: int,
        code_id: int,
        summary: str,
        value_id: int | None,
        version: int = 0,
        draft: bool = False,
    ) -> None:
        """Show one cell's new state without reloading everything."""
        pair = (case_id, code_id)
        self._version[pair] = version
        if summary:
            self._summary[pair] = summary
        else:
            self._summary.pop(pair, None)
        if draft and summary:
            self._drafts.add(pair)
        else:
            self._drafts.discard(pair)
        if value_id is None:
            self._value.pop(pair, None)
        else:
            self._value[pair] = value_id
        value = self.value(case_id, code_id)
        # the engine's rule (charting.build_matrix_in): the value decides, else the evidence
        if value.present if value is not None else pair in self._evidence:
            self._present.add(pair)
        else:
            self._present.discard(pair)
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

    def has_cell(self, case_id: int, code_id: int) -> bool:
        """Whether the matrix still has this case and this measure (either may be deleted)."""
        return any(c == case_id for c, _ in self.cases) and any(
            s.code_id == code_id and s.kind == "measure" for s in self.slots
        )

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
            if role == GROUP_ROLE and slot.kind == "measure":  # banded under its theme
                return self._theme_position[slot.theme_id]
            if role == Qt.ItemDataRole.BackgroundRole:
                return header_background(slot)
            if role == Qt.ItemDataRole.ForegroundRole:
                return tones.readable_text(
                    header_background(slot), tones.palette().buttonText().color()
                )
            return None
        if section >= len(self.cases):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cases[section][1]
        if role == Qt.ItemDataRole.ToolTipRole:  # the case's attributes, as NVivo shows them
            case_id, name = self.cases[section]
            lines = [
                self.tr("{attribute}: {value}").format(attribute=attribute, value=value)
                for attribute, value in self.case_attributes.get(case_id, [])
            ]
            return "\n".join([name, *lines])
        return None

    # -- cells -----------------------------------------------------------------------------
    def value(self, case_id: int, code_id: int) -> ScaleValue | None:
        value_id = self._value.get((case_id, code_id))
        return self._value_by_id.get(value_id) if value_id is not None else None

    def version(self, case_id: int, code_id: int) -> int:
        """The cell's version as this view loaded it (0: no cell)."""
        return self._version.get((case_id, code_id), 0)

    def summary(self, case_id: int, code_id: int) -> str:
        return self._summary.get((case_id, code_id), "")

    def evidence_count(self, case_id: int, code_id: int) -> int:
        return self._evidence.get((case_id, code_id), 0)

    def is_draft(self, case_id: int, code_id: int) -> bool:
        """The cell's summary is an auto-draft the researcher has not edited or accepted."""
        return (case_id, code_id) in self._drafts

    def draft_line(self, summary: str) -> str:
        """An auto-drafted summary as its cell shows it, named a draft (not by colour alone)."""
        return self.tr("Draft: {summary}").format(summary=summary)

    def needs_summary(self, case_id: int, code_id: int) -> bool:
        """Evidence and no summary of the researcher's own (none, or only an auto-draft)."""
        pair = (case_id, code_id)
        return pair in self._evidence and (pair not in self._summary or pair in self._drafts)

    def present(self, case_id: int, code_id: int) -> bool:
        return (case_id, code_id) in self._present

    def theme_present(self, case_id: int, theme_id: int) -> tuple[int, int]:
        """Present measures of a theme for a case, out of how many (the mapping counts)."""
        measures = self._theme_measures.get(theme_id, [])
        return sum((case_id, code_id) in self._present for code_id in measures), len(measures)

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
                return theme_background(slot)
            if role == Qt.ItemDataRole.ForegroundRole:
                return tones.readable_text(theme_background(slot), tones.palette().text().color())
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter)
            # what a screen reader says, and the tooltip: "1 / 4" alone does not say of what
            if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
                present, total = self.theme_present(case_id, slot.theme_id)
                return self.tr("{case}, {theme}: {present} of {total} measures present").format(
                    case=self._case_name(case_id), theme=slot.title, present=present, total=total
                )
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
            return needs_summary_background()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken_name(case_id, slot)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._spoken_state(case_id, code_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self.value(case_id, code_id)
            parts = [
                f"{self._case_name(case_id)} × {slot.title}",
                self.tr("Value: {value}").format(value=value.label if value else "—"),
                self.tr("Evidence: %n passage(s)", "", self.evidence_count(case_id, code_id)),
            ]
            summary = self.summary(case_id, code_id)
            if summary and self.is_draft(case_id, code_id):
                parts.append(self.tr("Auto-drafted summary, not yet accepted:"))
            if summary:
                parts.append(summary[:400])
            return "\n".join(parts)
        return None

    def _case_name(self, case_id: int) -> str:
        return self.cases[self.case_position(case_id)][1]

    def _spoken_name(self, case_id: int, slot: Slot) -> str:
        """A cell as a screen reader names it: case, measure (its theme: a measure's name
        can recur under another theme), value, summary; its display text is the summary alone,
        the value a painted chip nobody heard."""
        value = self.value(case_id, slot.code_id)
        theme = next(t for t in self.slots if t.kind == "theme" and t.theme_id == slot.theme_id)
        name = self.tr("{case}, {measure} ({theme}): {value}").format(
            case=self._case_name(case_id),
            measure=slot.title,
            theme=theme.title,
            value=value.label if value is not None else self.tr("no value"),
        )
        summary = self.summary(case_id, slot.code_id).replace("\n", " ")
        if summary and self.is_draft(case_id, slot.code_id):
            name = self.tr("{cell}. Draft summary: {summary}").format(
                cell=name, summary=summary[:400]
            )
        elif summary:
            name = self.tr("{cell}. Summary: {summary}").format(cell=name, summary=summary[:400])
        return name

    def _spoken_state(self, case_id: int, code_id: int) -> str:
        """A cell's description for a screen reader: its evidence and state, as the tooltip
        and the cell's tint and marks show them."""
        parts = [self.tr("Evidence: %n passage(s)", "", self.evidence_count(case_id, code_id))]
        if self.is_draft(case_id, code_id):
            parts.append(self.tr("Auto-drafted summary: edit or accept it"))
        elif self.needs_summary(case_id, code_id):
            parts.append(self.tr("Needs a summary"))
        if (case_id, code_id) in self.differing:
            parts.append(self.tr("The coders' own values differ"))
        return "\n".join(parts)


def _slots(
    matrix: FrameworkMatrix, colours: dict[int, str]
) -> tuple[list[Slot], dict[int, list[int]]]:
    """Per theme, its theme slot then its measures (a theme without sub-codes: only itself)."""
    theme_ids = dict(zip(matrix.themes, matrix.theme_ids, strict=True))
    columns = matrix.summary.columns
    slots: list[Slot] = []
    measures: dict[int, list[int]] = {}
    for theme, label, code_id in zip(
        columns.get_level_values(0), columns.get_level_values(1), matrix.code_ids, strict=True
    ):
        theme_id = theme_ids[str(theme)]
        colour = colours.get(code_id, colours.get(theme_id, "#9e9e9e"))
        if theme_id not in measures:
            measures[theme_id] = []
            slots.append(
                Slot("theme", theme_id, theme_id, str(theme), colours.get(theme_id, colour))
            )
        measures[theme_id].append(code_id)
        if code_id != theme_id:
            slots.append(Slot("measure", theme_id, code_id, str(label), colour))
    return slots, measures


def header_background(slot: Slot) -> QColor:
    """A theme's or measure's header: its colour washed into the palette's base."""
    return tones.wash(slot.colour, 0.35 if slot.kind == "theme" else 0.15)


def theme_background(slot: Slot) -> QColor:
    """A theme column's cells ("2 / 4"): a lighter wash than its header."""
    return tones.wash(slot.colour, 0.22)


def needs_summary_background() -> QColor:
    """A cell with evidence but no summary (or only an auto-draft): amber washed into the
    palette's base."""
    return tones.wash(NEEDS_SUMMARY, 0.2)
