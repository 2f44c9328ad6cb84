"""The side panels: documents grouped by case, and the codebook tree with colours and counts.

Both are QStandardItemModels rebuilt from core services when the session says what changed.
A document is renamed or deleted from its right-click menu (Delete deletes the selected ones,
after saying how many coded passages go with them), one undo step each.
Dropping a document on a case reassigns it; dropping files on a case imports them into it
(the import dialog opens with that case chosen); dropping a text selection on a code codes it;
dragging a code moves it, as in NVivo and MAXQDA: above or below another code (among its
siblings) or onto it (under it, last), one undo step.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QMessageBox,
    QTreeView,
    QWidget,
)

from frameworkqda.core import cases, coding, commands, deletions, memos, workspace
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.gui.document.marks import read_range_mime
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.session import ProjectSession, read_only_text
from frameworkqda.gui.text_input import ask_text

ID_ROLE = Qt.ItemDataRole.UserRole + 10
KIND_ROLE = Qt.ItemDataRole.UserRole + 11  # "case", "document", "code"
DOCUMENT_MIME = "application/x-frameworkqda-document"
UNASSIGNED = -1


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class _DocumentModel(QStandardItemModel):
    def mimeTypes(self) -> list[str]:
        return [DOCUMENT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(i.data(ID_ROLE)) for i in indexes if i.data(KIND_ROLE) == "document"]
        data.setData(DOCUMENT_MIME, ",".join(ids).encode())
        return data


class DocumentTree(QTreeView):
    """Cases with their documents; drag a document onto another case to move it. Several
    documents are selected with Ctrl or Shift; Delete deletes them, the right-click menu
    renames or deletes."""

    document_activated = Signal(int)
    files_dropped = Signal(list, object)  # paths, the case under the drop (UNASSIGNED) or None
    # just before a rename or delete: text typed and not saved yet (a note on one of the
    # passages going) is saved first, so the undo brings it back too
    about_to_change = Signal()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentTree")
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a memo's mark stays in sight
        self._session = session
        self._model = _DocumentModel(self)
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.activated.connect(self._activated)
        self.clicked.connect(self._activated)
        session.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if changes & {Change.DOCUMENTS, Change.CASES, Change.SEGMENTS, Change.MEMOS}:
            self.reload()

    def _facts(self, document: workspace.DocumentRow) -> str:
        """Its kind (a format's name, or "Text"), pages when it has them, what is coded and
        whether it was read: "PDF, 12 pages, 3 coded segments, read"."""
        kind = self.tr("Text") if document.kind == "text" else document.kind.upper()
        parts = [kind]
        if document.page_count:
            parts.append(self.tr("%n page(s)", "", document.page_count))
        parts.append(self.tr("%n coded segment(s)", "", document.segments))
        if document.read:
            parts.append(self.tr("read"))
        return self.tr(", ", "list separator").join(parts)

    def reload(self) -> None:
        current, current_case = self.current_document(), self.current_case()
        self._model.clear()
        groups: dict[int, QStandardItem] = {}
        project = self._session.project
        case_memos = memos.memoed(project, "case")
        for case in cases.list_cases(project):
            groups[case.id] = self._group(case.name, case.id)
            with_memo(groups[case.id], case_memos.get(case.id), case.name)
        document_memos = memos.memoed(project, "document")
        documents = workspace.documents(self._session.project)
        if any(d.case_id is None for d in documents) or not groups:
            groups[UNASSIGNED] = self._group(self.tr("Unassigned"), UNASSIGNED)
        for document in documents:
            tick = "✓ " if document.read else ""
            item = QStandardItem(f"{tick}{document.name}")
            item.setData(document.id, ID_ROLE)
            item.setData("document", KIND_ROLE)
            item.setToolTip(f"{document.name}\n{self._facts(document)}")
            with_memo(item, document_memos.get(document.id), item.toolTip())
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            groups[document.case_id if document.case_id is not None else UNASSIGNED].appendRow(item)
        self.expandAll()
        if current is not None:
            self.select_document(current)
        elif current_case is not None and (group := self.case_item(current_case)) is not None:
            self.setCurrentIndex(group.index())  # the import's default case stays chosen

    def _group(self, name: str, case_id: int) -> QStandardItem:
        item = QStandardItem(name)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setData(case_id, ID_ROLE)
        item.setData("case", KIND_ROLE)
        # selectable: a case chosen is highlighted, and told from the row merely current
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )
        self._model.appendRow(item)
        return item

    def _activated(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "document":
            self.document_activated.emit(int(index.data(ID_ROLE)))

    def current_document(self) -> int | None:
        index = self.currentIndex()
        return (
            int(index.data(ID_ROLE))
            if index.isValid() and index.data(KIND_ROLE) == "document"
            else None
        )

    def current_case(self) -> int | None:
        """The case the researcher chose: its row current and selected (clicked, stepped onto
        with the arrow keys). The row Qt makes current when the list takes the keyboard, the
        first case, is not selected: the import proposed it, a case nobody chose."""
        index = self.currentIndex()
        if (
            index.isValid()
            and index.data(KIND_ROLE) == "case"
            and index.data(ID_ROLE) != UNASSIGNED
            and self.selectionModel().isSelected(index)
        ):
            return int(index.data(ID_ROLE))
        return None

    def selected_documents(self) -> list[int]:
        """The selected documents, in the tree's order; else the current one, if any."""
        chosen = sorted(
            (index for index in self.selectedIndexes() if index.data(KIND_ROLE) == "document"),
            key=lambda index: (index.parent().row(), index.row()),
        )
        if chosen:
            return [int(index.data(ID_ROLE)) for index in chosen]
        current = self.current_document()
        return [current] if current is not None else []

    # renaming and deleting
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.selected_documents():
            if self._session.project.read_only:  # said where the person acted, asked nothing
                self._session.write_refused.emit(read_only_text())
            else:
                self.delete_documents(self.selected_documents())
            return
        super().keyPressEvent(event)

    def _context_menu(self, point: QPoint) -> None:
        menu = self.document_menu(self.indexAt(point))
        if menu is not None:
            menu.exec(self.viewport().mapToGlobal(point))

    def document_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of the document at ``index`` (made current unless it is among the selected
        ones): Rename… (one document) and Delete… (every selected one)."""
        if not index.isValid() or index.data(KIND_ROLE) != "document":
            return None
        if index not in self.selectedIndexes():
            self.setCurrentIndex(index)
        chosen = self.selected_documents()
        menu = QMenu(self)
        menu.setObjectName("documentMenu")
        writable = not self._session.project.read_only
        rename = menu.addAction(self.tr("&Rename…"), lambda: self.rename_document(chosen[0]))
        rename.setEnabled(writable and len(chosen) == 1)
        delete = menu.addAction(self.tr("&Delete…"), lambda: self.delete_documents(chosen))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setEnabled(writable)
        return menu

    def _names(self) -> dict[int, workspace.DocumentRow]:
        return {row.id: row for row in workspace.documents(self._session.project)}

    def rename_document(self, document_id: int) -> None:
        """Ask for a new name (the old one to edit), then rename: one undo step."""
        row = self._names().get(document_id)
        if row is None:  # still listed, deleted elsewhere a moment ago: it did nothing
            name = self._listed_name(document_id)
            found = deletions.who_deleted(
                self._session.project, deletions.DeletedKind.DOCUMENT, document_id
            )
            QMessageBox.information(
                self,
                self.tr("Rename document"),
                self.tr("“{name}” was deleted by {coder} at {time} UTC.").format(
                    name=name, coder=found.coder, time=found.time
                )
                if found is not None
                else self.tr("“{name}” has been deleted in another window or program.").format(
                    name=name
                ),
            )
            return
        name, ok = ask_text(self, self.tr("Rename document"), self.tr("New name:"), row.name)
        if not ok or not name.strip() or name.strip() == row.name:
            return
        self.about_to_change.emit()
        try:
            self._session.run(commands.RenameDocument(document_id, name))
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Rename document"), shown(error))

    def _listed_name(self, document_id: int) -> str:
        """The document's name as the tree lists it (it may be gone from the project)."""
        for row in range(self._model.rowCount()):
            group = self._model.index(row, 0)
            for child in range(self._model.rowCount(group)):
                index = self._model.index(child, 0, group)
                if index.data(KIND_ROLE) == "document" and index.data(ID_ROLE) == document_id:
                    return str(index.data())
        return ""

    def delete_documents(self, document_ids: list[int]) -> None:
        """Say what goes (the documents and their coded passages) and delete them when the
        person agrees: one undo step."""
        rows = self._names()
        chosen = [rows[document_id] for document_id in document_ids if document_id in rows]
        if not chosen:
            return
        passages = sum(row.segments for row in chosen)
        if len(chosen) == 1:
            what = (
                self.tr("{name} and its %n coded passage(s) will be removed.", "", passages)
                if passages
                else self.tr("{name} will be removed.")
            ).format(name=chosen[0].name)
        else:
            documents = self.tr("%n document(s)", "", len(chosen))
            what = (
                self.tr("{documents} and their %n coded passage(s) will be removed.", "", passages)
                if passages
                else self.tr("{documents} will be removed.")
            ).format(documents=documents)
        # other coders' work goes too: whose, as the walkthrough's Hanako was not told
        others = (
            coding.others_passages(self._session.project, [row.id for row in chosen])
            if passages
            else {}
        )
        if others:
            coders = (
                next(iter(others))
                if len(others) == 1
                else self.tr(", ").join(
                    self.tr("{coder} ({n})").format(coder=coder, n=n) for coder, n in others.items()
                )
            )
            what += "\n" + self.tr(
                "This includes %n passage(s) coded by {coders}.", "", sum(others.values())
            ).format(coders=coders)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete documents") if len(chosen) > 1 else self.tr("Delete document"),
            # a sentence a line: no space after 。 in Japanese, and the short undo line
            # never wraps inside ［元に戻す］
            what + "\n" + self.tr("You can undo this with Edit → Undo."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        if len(chosen) > 1:
            box.setInformativeText("\n".join(row.name for row in chosen[:10]))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is not delete:
            return
        self.about_to_change.emit()
        try:
            self._session.run(commands.DeleteDocuments([row.id for row in chosen]))
        except FrameworkQDAError as error:
            QMessageBox.warning(self, box.windowTitle(), shown(error))

    def select_document(self, document_id: int) -> None:
        for row in range(self._model.rowCount()):
            group = self._model.item(row)
            for child in range(group.rowCount()):
                item = group.child(child)
                if item.data(ID_ROLE) == document_id:
                    # among the selected ones (a Ctrl-click opened it): the others stay
                    # selected; else it alone, whatever keys are held (setCurrentIndex toggled
                    # it off again while Ctrl was down)
                    Flag = QItemSelectionModel.SelectionFlag
                    keep = self.selectionModel().isSelected(item.index())
                    self.selectionModel().setCurrentIndex(
                        item.index(), Flag.NoUpdate if keep else Flag.ClearAndSelect | Flag.Rows
                    )
                    return

    def case_item(self, case_id: int) -> QStandardItem | None:
        for row in range(self._model.rowCount()):
            item = self._model.item(row)
            if item.data(ID_ROLE) == case_id:
                return item
        return None

    # drops: a document onto a case, or files from outside to import into it; neither on a
    # read-only project (refused like the window's own drop, where Import is disabled)
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        data = event.mimeData()
        if self._writable() and (data.hasFormat(DOCUMENT_MIME) or data.hasUrls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _writable(self) -> bool:
        return not self._session.project.read_only

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        data = event.mimeData()
        on_case = self._target_case(event.position().toPoint()) is not None
        if not self._writable():
            event.ignore()
        elif data.hasUrls() or (data.hasFormat(DOCUMENT_MIME) and on_case):
            event.acceptProposedAction()
        else:
            event.ignore()

    def _target_case(self, point: object) -> int | None:
        index = self.indexAt(point)  # type: ignore[arg-type]
        if not index.isValid():
            return None
        if index.data(KIND_ROLE) == "document":
            index = index.parent()
        return int(index.data(ID_ROLE))

    def dropEvent(self, event: QDropEvent) -> None:
        case_id = self._target_case(event.position().toPoint())
        data = event.mimeData()
        if not self._writable():
            event.ignore()
            return
        if data.hasUrls():
            paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
            event.acceptProposedAction()
            if paths:
                self.files_dropped.emit(paths, case_id)
            return
        if case_id is None or not data.hasFormat(DOCUMENT_MIME):
            event.ignore()
            return
        raw = bytes(data.data(DOCUMENT_MIME).data()).decode()
        self.drop_documents([int(x) for x in raw.split(",") if x], case_id)
        event.acceptProposedAction()

    def drop_documents(self, document_ids: list[int], case_id: int) -> None:
        for document_id in document_ids:
            self._session.assign_document(document_id, None if case_id == UNASSIGNED else case_id)


# after the name of an item with a memo (before it, typing a name's first letters in the tree
# no longer found it); the trees elide a long name in its middle, so the mark shows: the note
# mark, which IPAex draws
MEMO_MARK = " ※"
CODE_MIME = "application/x-frameworkqda-code"  # a dragged code's id


def with_memo(item: QStandardItem, memo: str | None, tooltip: str) -> None:
    """Mark an item that has a memo, its first lines in the tooltip (Memos → … opens it)."""
    if not memo:
        return
    item.setText(item.text() + MEMO_MARK)
    excerpt = memo.strip()
    excerpt = excerpt[:200] + "…" if len(excerpt) > 200 else excerpt
    item.setToolTip(
        f"{tooltip}\n\n" + QCoreApplication.translate("Panels", "Memo: {text}").format(text=excerpt)
    )


class CodebookTree(QTreeView):
    """The codebook with colour swatches and segment counts; accepts dropped selections."""

    code_activated = Signal(int)
    range_dropped = Signal(int, int, int, int)  # document, start, end, code

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookTree")
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a memo's mark stays in sight
        self._session = session
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragEnabled(True)  # a code is moved by dragging it
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.activated.connect(self._activated)
        session.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if changes & {Change.CODEBOOK, Change.SEGMENTS, Change.MEMOS}:
            self.reload()

    def reload(self) -> None:
        expanded = {i for i, item in self._items().items() if self.isExpanded(item.index())}
        first = not self._items()
        current = self.current_code()
        scrolled = self.verticalScrollBar().value()  # kept: each autosave reloads the tree
        self._model.clear()
        coded_heading = self.tr("Coded")
        self._model.setHorizontalHeaderLabels([self.tr("Code"), coded_heading])
        items: dict[int, QStandardItem] = {}
        code_memos = memos.memoed(self._session.project, "code")
        for code in self._session.codes():
            name = QStandardItem(swatch(code.colour), code.name)
            name.setData(code.id, ID_ROLE)
            name.setData("code", KIND_ROLE)
            # the whole name first (the pane cuts a long one in the middle), its definition under
            name.setToolTip(f"{code.name}\n\n{code.definition}" if code.definition else code.name)
            with_memo(name, code_memos.get(code.id), name.toolTip())
            count = QStandardItem(str(code.segments) if code.segments else "")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            parent = items.get(code.parent_id) if code.parent_id else None
            (parent or self._model.invisibleRootItem()).appendRow([name, count])
            items[code.id] = name
        self.header().setStretchLastSection(False)
        label_width = self.header().fontMetrics().horizontalAdvance(coded_heading) + 16
        self.header().resizeSection(1, max(48, label_width))
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        for code_id, item in items.items():
            if first or code_id in expanded:
                self.expand(item.index())
        if current is not None and current in items:
            self.setCurrentIndex(items[current].index())
        self.executeDelayedItemsLayout()  # the scroll range as it will be, then the place
        self.verticalScrollBar().setValue(scrolled)

    def _items(self) -> dict[int, QStandardItem]:
        found: dict[int, QStandardItem] = {}

        def walk(parent: QStandardItem) -> None:
            for row in range(parent.rowCount()):
                child = parent.child(row)
                found[int(child.data(ID_ROLE))] = child
                walk(child)

        walk(self._model.invisibleRootItem())
        return found

    def item_for(self, code_id: int) -> QStandardItem | None:
        return self._items().get(code_id)

    def current_code(self) -> int | None:
        index = self.currentIndex().siblingAtColumn(0)
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        self.code_activated.emit(int(index.siblingAtColumn(0).data(ID_ROLE)))

    def startDrag(self, supported: Qt.DropAction) -> None:
        """Drag the current code; the move is the drop's (``dropEvent``), never the model's
        own removal of the dragged row (the tree is rebuilt from the project instead)."""
        index = self.currentIndex().siblingAtColumn(0)
        if index.isValid():
            data = self._model.mimeData([index])  # Qt's drop indicator reads this format
            data.setData(CODE_MIME, str(int(index.data(ID_ROLE))).encode())
            drag = QDrag(self)
            drag.setMimeData(data)
            drag.exec(Qt.DropAction.MoveAction)

    def _is_code_drag(self, data: QMimeData) -> bool:
        return data.hasFormat(CODE_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._is_code_drag(event.mimeData()):
            super().dragEnterEvent(event)
            return
        event.setAccepted(read_range_mime(event.mimeData()) is not None)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._is_code_drag(event.mimeData()):
            super().dragMoveEvent(event)  # Qt's drop indicator: above, below or onto
            if event.isAccepted() and self._code_move(event) is None:
                event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        ok = index.isValid() and read_range_mime(event.mimeData()) is not None
        if ok:
            self.setCurrentIndex(index)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self._is_code_drag(event.mimeData()):
            move = self._code_move(event)
            event.setDropAction(Qt.DropAction.IgnoreAction)  # the model moves nothing itself
            event.accept()
            if move is not None:
                self.move_code(*move)
            return
        payload = read_range_mime(event.mimeData())
        index = self.indexAt(event.position().toPoint())
        if payload is None or not index.isValid():
            event.ignore()
            return
        self.drop_range(payload, int(index.siblingAtColumn(0).data(ID_ROLE)))
        event.acceptProposedAction()

    def _code_move(self, event: QDropEvent) -> tuple[int, int | None, int] | None:
        """The dragged code, its new parent and position for where the drop indicator is;
        None where it cannot go (onto itself or one of its sub-codes)."""
        # the code the drag carries: from the other codebook tree (stage 2 shows two), this
        # tree's current code was moved instead
        code_id = int(bytes(event.mimeData().data(CODE_MIME).data()).decode())
        item = self.item_for(code_id)
        if item is None:
            return None
        dragged = item.index()
        target = self.indexAt(event.position().toPoint()).siblingAtColumn(0)
        where = self.dropIndicatorPosition()
        Position = QAbstractItemView.DropIndicatorPosition
        if not target.isValid() or where == Position.OnViewport:
            parent: QModelIndex = QModelIndex()  # below the last code: the last theme
            row = self._model.rowCount()
        elif where == Position.OnItem:
            parent, row = target, self._model.rowCount(target)
        else:
            parent = target.parent()
            row = target.row() + (where == Position.BelowItem)
        ancestor = parent
        while ancestor.isValid():  # not under itself
            if int(ancestor.data(ID_ROLE)) == code_id:
                return None
            ancestor = ancestor.parent()
        if dragged.parent() == parent and dragged.row() < row:
            row -= 1  # its place among the siblings without it
        parent_id = int(parent.data(ID_ROLE)) if parent.isValid() else None
        return code_id, parent_id, row

    def move_code(self, code_id: int, parent_id: int | None, position: int) -> None:
        """Move a code as a drop says, one undo step; a refusal (a sibling of that name) is
        said, not raised."""
        name = self._session.code_path(code_id)
        step = self.tr("Move “{code}”").format(code=name)
        try:
            self._session.run(commands.MoveCode(code_id, parent_id, position), step)
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Move code"), shown(error))

    def drop_range(self, payload: tuple[int, int, int], code_id: int) -> None:
        document_id, start, end = payload
        self.range_dropped.emit(document_id, start, end, code_id)
