"""View → Memos (Ctrl+Shift+M): every memo of the project in one table, as NVivo's Memos
folder and MAXQDA's Memo Manager list them.

Each row: what the memo is on (project, document, case, code, chart cell, coded passage, or
nothing: a free memo), its name, title, author, last change and first lines
(``core.memos.list_memos``). Free memos (NVivo's and MAXQDA's, QualCoder's journals: as many
as a researcher keeps, each titled) are made here ("New free memo…", as Memos → New free
memo…, asks a title and opens it), renamed ("Rename…" or F2) and deleted here ("Delete free
memo" or Del, asked first; Edit → Undo puts it back). The columns sort;
the filter finds a memo by its text, title, author or name, Japanese-aware as the search
(full/half width, compatibility forms). Double-click or Enter opens the memo in the memo
dialog; "Go to" opens what it is on (a document, a case in the document tree, a code's
passages in Review, a cell in the matrix, a passage in its document). The list follows every
change that adds, edits or takes memos away (the session's ``changed``).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import memos
from frameworkqda.core.commands import Change, DeleteFreeMemo, RenameFreeMemo
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.memos import MemoRow
from frameworkqda.core.messages import utc_minute
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.row_table import Index, RowTable
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.table_keys import tab_leaves

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# what can add, change or take away a memo (deleting a document takes its memos along)
FOLLOWS = frozenset(
    {Change.MEMOS, Change.DOCUMENTS, Change.CASES, Change.CODEBOOK, Change.SEGMENTS, Change.CELLS}
)


class MemoModel(RowTable[MemoRow]):
    def __init__(self) -> None:
        super().__init__()
        self.project_name = ""
        self.headers = (
            self.tr("On"),
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Author"),
            self.tr("Changed (UTC)"),
            self.tr("Memo"),
        )
        self.kinds = {
            "project": self.tr("Project"),
            "document": self.tr("Document"),
            "case": self.tr("Case"),
            "code": self.tr("Code"),
            "cell": self.tr("Chart cell"),
            "segment": self.tr("Coded passage"),
            memos.FREE: self.tr("Free memo"),  # on nothing: its title names it
        }

    def name(self, row: MemoRow) -> str:
        """What the memo is on; a coded passage counted from 1, as the segment panel shows it."""
        if row.target == "project":
            return self.project_name
        if row.target == "segment" and row.start is not None:
            return self.tr("{document}, characters {first}–{last}: {code}").format(
                document=row.document, first=row.start + 1, last=row.end, code=row.code
            )
        return row.name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == 4:
                if role == SORT_ROLE:
                    return row.updated.isoformat()
                return utc_minute(row.updated)  # as the messages give times
            if column == 0 and role == SORT_ROLE:
                return memos.ORDER.index(row.target)
            value = (
                self.kinds.get(row.target, row.target),
                self.name(row),
                row.title,
                row.author,
                "",
                row.first_line(200),
            )[column]
            return value.casefold() if role == SORT_ROLE else value
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return row.text[:1500]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return self.name(row)  # a long code path is elided in the cell
        if role == ROW_ROLE:
            return row
        return None


class MemosView(QWidget):
    memo_requested = Signal(object)  # a MemoRow: open it in the memo dialog
    target_requested = Signal(object)  # a MemoRow: go to what it is on
    new_free_memo_requested = Signal()  # ask a title, make it, open it (the main window)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memosView")
        self._session = session
        self.model = MemoModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.filter = QLineEdit()
        self.filter.setObjectName("memoFilter")
        self.filter.setPlaceholderText(self.tr("Filter memos by text, title, author or name…"))
        self.filter.setAccessibleName(self.tr("Filter memos"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda: self.refresh())
        self.count = QLabel()

        self.table = QTableView()
        self.table.setObjectName("memoTable")
        self.table.setAccessibleName(self.tr("Memos"))
        tab_leaves(self.table)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.resizeSection(1, 260)
        header.resizeSection(2, 120)
        for column in (0, 3, 4):  # kind, author and date: as wide as they are
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._request(self.memo_requested, index))
        self.table.installEventFilter(self)

        self.open_button = QPushButton(self.tr("Open memo…"))
        self.open_button.setObjectName("openMemo")
        self.open_button.clicked.connect(
            lambda: self._request(self.memo_requested, self.table.currentIndex())
        )
        self.go_button = QPushButton(self.tr("Go to"))
        self.go_button.setObjectName("goToMemoTarget")
        self.go_button.setToolTip(
            self.tr(
                "Open what the memo is on: its document, case, code's passages, cell or passage"
            )
        )
        self.go_button.clicked.connect(
            lambda: self._request(self.target_requested, self.table.currentIndex())
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.new_button = QPushButton(self.tr("New free memo…"))
        self.new_button.setObjectName("newFreeMemo")
        self.new_button.setToolTip(
            self.tr("A memo on nothing in particular, with a title: ideas, a field diary")
        )
        self.new_button.clicked.connect(self.new_free_memo_requested)
        self.new_button.setEnabled(not session.project.read_only)  # as File's New free memo
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setObjectName("renameFreeMemo")
        self.rename_button.setToolTip(self.tr("Give the free memo another title (F2)"))
        self.rename_button.clicked.connect(self.rename_current)
        self.delete_button = QPushButton(self.tr("Delete free memo"))
        self.delete_button.setObjectName("deleteFreeMemo")
        self.delete_button.clicked.connect(self.delete_current)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.rename_button)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.go_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        session.changed.connect(self._changed)
        self.refresh()

    def focus_find(self) -> None:
        """Edit → Find (Ctrl+F) here: the filter field, its text selected to type over."""
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if changes & FOLLOWS:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.filter.setFocus()

    def refresh(self) -> list[MemoRow]:
        """Read the memos again (keeping the one selected) and show those the filter finds."""
        current = self.current_row()
        self.model.project_name = self._session.project.name
        rows = memos.list_memos(self._session.project, self.filter.text())
        self.model.set_rows(rows)
        # memos written here have no title (a REFI-QDA import brings them): no empty column
        self.table.setColumnHidden(2, not any(row.title for row in rows))
        self.count.setText(self.tr("%n memo(s)", "", len(rows)))
        if current is not None:
            for position, row in enumerate(rows):
                if row.id == current.id:
                    shown = self.proxy.mapFromSource(self.model.index(position, 0))
                    self.table.selectRow(shown.row())
        self._enable()
        return rows

    def current_row(self) -> MemoRow | None:
        row = self.table.currentIndex().data(ROW_ROLE)
        return row if isinstance(row, MemoRow) else None

    def _enable(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.go_button.setEnabled(row is not None and row.target not in ("project", memos.FREE))
        free = row is not None and row.target == memos.FREE and not self._session.project.read_only
        self.delete_button.setEnabled(free)
        self.rename_button.setEnabled(free)

    def select_memo(self, memo_id: int) -> bool:
        """Make the memo ``memo_id`` the current row (a free memo just made); False when the
        filter hides it."""
        for position, row in enumerate(self.model.rows):
            if row.id == memo_id:
                shown_at = self.proxy.mapFromSource(self.model.index(position, 0))
                self.table.setCurrentIndex(shown_at)
                return True
        return False

    def rename_current(self) -> None:
        """Give the free memo selected another title (one undoable step)."""
        from frameworkqda.gui.text_input import ask_text

        row = self.current_row()
        if row is None or row.target != memos.FREE:
            return
        title, ok = ask_text(self, self.tr("Rename free memo"), self.tr("Title:"), row.title)
        if not ok or not title.strip() or title.strip() == row.title:
            return
        try:
            self._session.run(RenameFreeMemo(row.id, title))
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Rename free memo"), shown(error))

    def delete_current(self) -> None:
        """Delete the free memo selected, asked first; one undoable step (Edit → Undo puts it
        back as it was)."""
        row = self.current_row()
        if row is None or row.target != memos.FREE:
            return
        asked = QMessageBox.question(
            self,
            self.tr("Delete free memo"),
            self.tr("Delete the free memo “{title}”?").format(title=row.title)
            + "\n\n"
            + self.tr("Edit → Undo brings it back."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        try:
            self._session.run(DeleteFreeMemo(row.id))
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Delete free memo"), shown(error))

    def _request(self, signal: SignalInstance, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if isinstance(row, MemoRow):
            signal.emit(row)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Enter or Return in the table opens the memo, as a double-click does; Delete
        deletes a free memo (asked first), F2 renames it."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._request(self.memo_requested, self.table.currentIndex())
                return True
            if event.key() == Qt.Key.Key_Delete and self.delete_button.isEnabled():
                self.delete_current()
                return True
            if event.key() == Qt.Key.Key_F2 and self.rename_button.isEnabled():
                self.rename_current()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
