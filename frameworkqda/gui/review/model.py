"""Qt models for the review table: the rows, and a proxy filtering by text, code, case, coder
and cases by attribute.

The rows model sorts itself (``ReviewModel.sort``, the proxy's ``sort`` passing the column
on): a Python sort over each row's values, ties in the core's order. The proxy sorting asked
the model's ``data`` twice for each of ~44,000 comparisons over 2,000 rows (300-390 ms a
header click on a big project). A reload after a change (``update_rows``) removes, inserts
and changes only the rows that differ, in the order shown, instead of resetting the table:
the proxy filters and the view lays out only those rows.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from frameworkqda.core.review import COLUMNS, ReviewRow, row_values
from frameworkqda.core.text import fold as folding
from frameworkqda.gui.row_table import Index, RowTable

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the ReviewRow itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE, TEXT, UPDATED = COLUMNS.index("Page"), COLUMNS.index("Text"), COLUMNS.index("Updated")
Values = tuple[str | int | None, ...]
# changed rows scattered in more runs than this are told changed as one span (each
# dataChanged the proxy handles alone: 2,447 of them took 0.2 s)
SPANS_TOLD = 20
Key = tuple[Any, ...]  # a sort value, then the core's order (document, start, id)


class ReviewModel(RowTable[ReviewRow]):
    """One row per coded segment (``core.review.ReviewRow``)."""

    rows: list[ReviewRow]  # kept in order and updated in place (``update_rows``)

    def __init__(self) -> None:
        super().__init__()
        self._values: list[Values] = []
        self._colours: dict[int, QColor] = {}
        self._folded: list[str | None] = []  # each row's, folded when first filtered
        self.sorted_by = (-1, Qt.SortOrder.AscendingOrder)  # -1: the core's order
        # the core's COLUMNS (the exports' English header), as the table shows them
        self.headers = (
            self.tr("Code"),
            self.tr("Case"),
            self.tr("Document"),
            self.tr("Page"),
            self.tr("Text"),
            self.tr("Note"),
            self.tr("Translation"),
            self.tr("Coder"),
            self.tr("Updated (UTC)"),
        )
        assert len(self.headers) == len(COLUMNS)

    def folded(self, row: int) -> str:
        """The row's searchable text, folded (on first use)."""
        found = self._folded[row]
        if found is None:
            r = self.rows[row]
            found = folding.folded(
                "\u0000".join((r.text, r.note, r.translation, r.code, r.document, r.coder))
            )
            self._folded[row] = found
        return found

    def set_rows(self, rows: Sequence[ReviewRow], colours: dict[int, str] | None = None) -> None:
        """The rows, each drawn in its code's colour (``colours`` by code id; the ones set
        before when None), in the order sorted by."""
        if colours is not None:
            self._colours = {k: QColor(v) for k, v in colours.items()}
        super().set_rows(list(rows))

    def rows_set(self) -> None:
        values = [row_values(r) for r in self.rows]
        order = self._order(self.rows, values)
        self.rows = [self.rows[i] for i in order]
        self._values = [values[i] for i in order]
        self._folded = [None] * len(self.rows)

    # -- sorting -----------------------------------------------------------------------------
    def _key(self) -> Callable[[ReviewRow, Values], Key]:
        """The sort key of a row: the sorted column's value, then the core's order."""
        column = self.sorted_by[0]
        if column < 0:
            return lambda row, _values: (0, row.document_id, row.start, row.id)
        if column == PAGE:
            return lambda row, values: (
                -1 if values[PAGE] is None else values[PAGE],
                row.document_id,
                row.start,
                row.id,
            )
        return lambda row, values: (values[column] or "", row.document_id, row.start, row.id)

    def _before(self, a: Key, b: Key) -> bool:
        """Whether key ``a`` comes before ``b``: by value (turned round when descending),
        equal values in the core's order either way (as Qt's own sort leaves them)."""
        if self.sorted_by[1] == Qt.SortOrder.DescendingOrder:
            return a[0] > b[0] or (a[0] == b[0] and a[1:] < b[1:])
        return a < b

    def _order(self, rows: list[ReviewRow], values: list[Values]) -> list[int]:
        key = self._key()
        keys = [key(row, value) for row, value in zip(rows, values, strict=True)]
        descending = self.sorted_by[1] == Qt.SortOrder.DescendingOrder
        order = sorted(range(len(rows)), key=lambda i: keys[i][1:])  # the core's order
        return sorted(order, key=lambda i: keys[i][0], reverse=descending)  # stable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Rows by ``column`` (-1: the core's order), ties in the core's order; selections
        and the current row follow their rows."""
        if (column, order) == self.sorted_by:
            return  # the rows are kept in this order
        self.sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        order_now = self._order(self.rows, self._values)
        self.rows = [self.rows[i] for i in order_now]
        self._values = [self._values[i] for i in order_now]
        self._folded = [self._folded[i] for i in order_now]
        moved = {old: new for new, old in enumerate(order_now)}
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before,
            [
                self.index(moved[index.row()], index.column()) if index.isValid() else index
                for index in before
            ],
        )
        self.layoutChanged.emit()

    # -- a reload after a change -------------------------------------------------------------
    def update_rows(self, rows: list[ReviewRow], colours: dict[int, str] | None = None) -> None:
        """The rows read again after a change: those gone removed, those new inserted where
        the order puts them, those changed told changed; the others untouched (a reset made
        the proxy filter and the view lay out every row again)."""
        if not self.rows or not rows:
            self.set_rows(rows, colours)
            return
        if colours is not None:
            self._colours = {k: QColor(v) for k, v in colours.items()}
        known = {row.id: (row, value) for row, value in zip(self.rows, self._values, strict=True)}
        values: list[Values] = []
        for fresh in rows:  # a row unchanged keeps the values it had (dates written once)
            old = known.get(fresh.id)
            values.append(old[1] if old is not None and old[0] == fresh else row_values(fresh))
        order = self._order(rows, values)
        new = [rows[i] for i in order]
        new_values = [values[i] for i in order]
        key = self._key()
        old_keys = [key(row, value) for row, value in zip(self.rows, self._values, strict=True)]
        new_keys = [key(row, value) for row, value in zip(new, new_values, strict=True)]
        before = self._before
        root = QModelIndex()
        position = old_at = new_at = 0
        changed: list[int] = []
        while old_at < len(old_keys) or new_at < len(new_keys):
            if (
                old_at < len(old_keys)
                and new_at < len(new_keys)
                and old_keys[old_at] == new_keys[new_at]
            ):  # the same row (the key ends with its id) at the same place
                if self.rows[position] != new[new_at]:
                    self.rows[position] = new[new_at]
                    self._values[position] = new_values[new_at]
                    self._folded[position] = None
                    changed.append(position)
                position, old_at, new_at = position + 1, old_at + 1, new_at + 1
            elif new_at >= len(new_keys) or (
                old_at < len(old_keys) and before(old_keys[old_at], new_keys[new_at])
            ):  # rows gone (or moved: inserted again where they now belong)
                first = old_at
                while old_at < len(old_keys) and (
                    new_at >= len(new_keys) or before(old_keys[old_at], new_keys[new_at])
                ):
                    old_at += 1
                self.beginRemoveRows(root, position, position + old_at - first - 1)
                del self.rows[position : position + old_at - first]
                del self._values[position : position + old_at - first]
                del self._folded[position : position + old_at - first]
                self.endRemoveRows()
            else:  # new rows
                first = new_at
                while new_at < len(new_keys) and (
                    old_at >= len(old_keys) or before(new_keys[new_at], old_keys[old_at])
                ):
                    new_at += 1
                count = new_at - first
                self.beginInsertRows(root, position, position + count - 1)
                self.rows[position:position] = new[first:new_at]
                self._values[position:position] = new_values[first:new_at]
                self._folded[position:position] = [None] * count
                self.endInsertRows()
                position += count
        last = self.columnCount() - 1
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def update_some(
        self, ids: Collection[int], fresh: list[ReviewRow], colours: dict[int, str] | None = None
    ) -> None:
        """These passages read again after a change of them alone (``fresh``: those of ``ids``
        still there): each changed where it is when its place in the order stays, else
        removed and inserted where the order puts it; the others untouched and not read
        (an undo of a recode of 2,922 passages read and compared all 18,733 rows: 1.5 s)."""
        if colours is not None:
            self._colours = {k: QColor(v) for k, v in colours.items()}
        key, before, root = self._key(), self._before, QModelIndex()
        by_id = {row.id: row for row in fresh}
        where = {row.id: n for n, row in enumerate(self.rows) if row.id in ids}
        changed: list[int] = []
        moved: list[int] = []  # positions to remove: their row gone or its place changed
        arriving: list[tuple[ReviewRow, Values]] = []
        for segment_id in ids:
            row, at = by_id.get(segment_id), where.get(segment_id)
            values = row_values(row) if row is not None else None
            if (
                at is not None
                and row is not None
                and values is not None
                and key(row, values) == key(self.rows[at], self._values[at])
            ):  # its place in the order stays
                if row != self.rows[at]:
                    self.rows[at], self._values[at], self._folded[at] = row, values, None
                    changed.append(at)
                continue
            if at is not None:
                moved.append(at)
            if row is not None and values is not None:
                arriving.append((row, values))
        moved.sort()
        for first, last in reversed(_runs(moved)):
            self.beginRemoveRows(root, first, last)
            del self.rows[first : last + 1]
            del self._values[first : last + 1]
            del self._folded[first : last + 1]
            self.endRemoveRows()
        if changed and moved:  # the changed rows' places after those removals
            changed = [at - bisect_left(moved, at) for at in changed]
        last_column = self.columnCount() - 1
        runs = _runs(sorted(changed))
        if len(runs) > SPANS_TOLD:  # one span over them: the proxy re-filters it at once
            runs = [(runs[0][0], runs[-1][1])]
        for first, last in runs:
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
        places: dict[int, list[tuple[ReviewRow, Values]]] = {}
        in_order = self._order([r for r, _ in arriving], [v for _, v in arriving])
        for row, values in (arriving[i] for i in in_order):
            wanted = key(row, values)
            low, high = 0, len(self.rows)
            while low < high:  # the first row the new one comes before
                middle = (low + high) // 2
                if before(key(self.rows[middle], self._values[middle]), wanted):
                    low = middle + 1
                else:
                    high = middle
            places.setdefault(low, []).append((row, values))
        for at in sorted(places, reverse=True):  # the last first: the places before hold
            block = places[at]
            self.beginInsertRows(root, at, at + len(block) - 1)
            self.rows[at:at] = [row for row, _ in block]
            self._values[at:at] = [values for _, values in block]
            self._folded[at:at] = [None] * len(block)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self._values[row][column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT and isinstance(value, str):
                return value.replace("\n", " ")
            return "" if value is None else value  # Updated: UTC, as the messages give times
        if role == SORT_ROLE:
            return -1 if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return self.rows[row].text
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._colours.get(self.rows[row].code_id)
        if role == ROW_ROLE:
            return self.rows[row]
        return None


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Sorted positions as runs of consecutive ones: (first, last) each."""
    runs: list[tuple[int, int]] = []
    for at in positions:
        if runs and runs[-1][1] == at - 1:
            runs[-1] = (runs[-1][0], at)
        else:
            runs.append((at, at))
    return runs


class ReviewFilter(QSortFilterProxyModel):
    """Full-text filter (Japanese-aware folding) over code, document, text, note, translation;
    sorting is the rows model's (``ReviewModel.sort``): the proxy keeps its order."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._needle = ""
        self._code_ids: set[int] | None = None
        self._case_id: int | bool | None = False  # False: any case
        self._coder: str | None = None  # None: any coder
        self._case_ids: set[int] | None = None  # cases by attribute; None: any

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, ReviewModel)
        model.sort(column, order)

    def set_filters(
        self,
        text: str,
        code_ids: set[int] | None,
        case_id: int | bool | None = False,
        coder: str | None = None,
        case_ids: set[int] | None = None,
    ) -> None:
        """Apply all filters at once. ``case_id`` False: any case; None: no case.
        ``case_ids``: only these cases (those meeting a condition on their attributes)."""
        self.beginFilterChange()
        self._case_ids = case_ids
        self._coder = coder
        self._needle = folding.folded(text.strip())
        self._code_ids = code_ids
        self._case_id = case_id
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ReviewModel)
        row = model.rows[source_row]
        if self._code_ids is not None and row.code_id not in self._code_ids:
            return False
        if self._case_id is not False and row.case_id != self._case_id:
            return False
        if self._case_ids is not None and row.case_id not in self._case_ids:
            return False
        if self._coder is not None and row.coder != self._coder:
            return False
        return not self._needle or self._needle in model.folded(source_row)

    def visible_rows(self) -> list[ReviewRow]:
        model = self.sourceModel()
        assert isinstance(model, ReviewModel)
        return [
            model.rows[self.mapToSource(self.index(r, 0)).row()] for r in range(self.rowCount())
        ]
