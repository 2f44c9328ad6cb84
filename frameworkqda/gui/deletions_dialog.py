"""Edit → Deleted items…: what was deleted from the project, by whom and when, read from the
deletions log (``core.deletions.listing``), as NVivo's project event log and MAXQDA's logbook
let a team see who removed what. A read-only table, a row each document, case, attribute,
code, coded passage or memo deleted (a code merged into another: where it went), sortable by
any column (the latest first when it opens), a filter over names and coders. Beside the window
(not modal); it follows the project: a deletion, its undo, or another coder's arrive as they
are made. Times are UTC, as the messages that name a deletion give them."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import deletions
from frameworkqda.core.deletions import Deletion
from frameworkqda.core.messages import utc_minute
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.row_table import Index, RowTable
from frameworkqda.gui.screen_room import fit_to_screen
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.table_keys import tab_leaves

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
WHEN = 4  # the column of the time


class DeletionModel(RowTable[Deletion]):
    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("What"),
            self.tr("Name"),
            self.tr("Merged into"),
            self.tr("Deleted by"),
            self.tr("When (UTC)"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == SORT_ROLE and column == WHEN:
            return row.deleted_at.isoformat()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            value = (
                shown(deletions.kind_word(row)),
                row.name,
                row.into or "",
                row.coder,
                utc_minute(row.deleted_at),
            )[column]
            if role == Qt.ItemDataRole.ToolTipRole:
                return value if column in (1, 2) and value else None  # a long path, elided
            return value.casefold() if role == SORT_ROLE else value
        return None


class DeletionsDialog(QDialog):
    """The deletions log of ``session``'s project in a table, read again as it changes."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deletionsDialog")
        self.setWindowTitle(self.tr("Deleted items"))
        self._session = session
        self.model = DeletionModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)  # any column
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        about = QLabel(
            self.tr(
                "What was deleted from this project, by whom and when. An undone deletion is "
                "not listed: the item is back. Deletions made before this project kept a "
                "record (an earlier version of FrameworkQDA) are not known."
            )
        )
        about.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("deletionsFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name, coder or kind…"))
        self.filter.setAccessibleName(self.tr("Filter deleted items"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel()

        self.table = QTableView()
        self.table.setObjectName("deletionsTable")
        self.table.setAccessibleName(self.tr("Deleted items"))
        tab_leaves(self.table)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)  # the latest first
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for column in (0, 3, 4):  # kind, coder and time: as wide as they are
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(2, 200)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 460)
        session.changed.connect(lambda *_: self.refresh() if self.isVisible() else None)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # what was deleted while it was closed

    def refresh(self) -> None:
        self.model.set_rows(deletions.deleted_items(self._session.project))
        self._counted()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._counted()

    def _counted(self) -> None:
        shown_rows, every = self.proxy.rowCount(), self.model.rowCount()
        if shown_rows == every:
            self.count.setText(self.tr("%n item(s)", "", every))
        else:
            self.count.setText(self.tr("{shown} of %n item(s)", "", every).format(shown=shown_rows))
