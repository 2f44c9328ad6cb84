"""A table model of rows under fixed column headers: what the Review, Memos and Search lists
show. Each list says how a row reads (``data``); reset, counts and headers are kept here once.
The rows are any sequence: Search's hits are made as the table reads them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


class RowTable(QAbstractTableModel, Generic[R]):
    """``rows`` under ``headers`` (set by the subclass, in the interface's language)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: Sequence[R] = []
        self.headers: Sequence[str] = ()

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.rows_set()
        self.endResetModel()

    def rows_set(self) -> None:
        """What a subclass derives from new rows, before the views read them again."""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
