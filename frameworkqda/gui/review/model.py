"""Qt models for the review table: the rows, and a proxy filtering by text, code, case, coder
and cases by attribute."""

from __future__ import annotations

from PySide6.QtCore import (
    QDateTime,
    QLocale,
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


class ReviewModel(RowTable[ReviewRow]):
    """One row per coded segment (``core.review.ReviewRow``)."""

    def __init__(self) -> None:
        super().__init__()
        self._values: list[tuple[str | int | None, ...]] = []
        self._colours: dict[int, QColor] = {}
        self._folded: list[str] | None = None
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
            self.tr("Updated"),
        )
        assert len(self.headers) == len(COLUMNS)

    def folded(self, row: int) -> str:
        """The row's searchable text, folded (built for all rows on first use)."""
        if self._folded is None:
            self._folded = [
                folding.folded(
                    "\u0000".join((r.text, r.note, r.translation, r.code, r.document, r.coder))
                )
                for r in self.rows
            ]
        return self._folded[row]

    def set_rows(self, rows: list[ReviewRow], colours: dict[int, str] | None = None) -> None:
        """The rows, each drawn in its code's colour (``colours`` by code id; the ones set
        before when None)."""
        if colours is not None:
            self._colours = {k: QColor(v) for k, v in colours.items()}
        super().set_rows(rows)

    def rows_set(self) -> None:
        self._values = [row_values(r) for r in self.rows]
        self._folded = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        value = self._values[row][column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TEXT and isinstance(value, str):
                return value.replace("\n", " ")
            updated = self.rows[row].updated
            if column == UPDATED and updated is not None:  # as the locale writes dates
                return QLocale().toString(QDateTime(updated), QLocale.FormatType.ShortFormat)
            return "" if value is None else value
        if role == SORT_ROLE:
            return -1 if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return self.rows[row].text
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self._colours.get(self.rows[row].code_id)
        if role == ROW_ROLE:
            return self.rows[row]
        return None


class ReviewFilter(QSortFilterProxyModel):
    """Full-text filter (Japanese-aware folding) over code, document, text, note, translation."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SORT_ROLE)
        self._needle = ""
        self._code_ids: set[int] | None = None
        self._case_id: int | bool | None = False  # False: any case
        self._coder: str | None = None  # None: any coder
        self._case_ids: set[int] | None = None  # cases by attribute; None: any

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
