"""Code → Cases and attributes…: the case sheet, as NVivo's case classification or MAXQDA's
document variables: a row a case, a column an attribute (population, share of foreign
residents…), every edit an undoable step.

A case is renamed by editing its name, an attribute set by typing its value (read as the
attribute's kind: ``2.8`` for a number, ``yes`` for a yes/no; empty removes it). Cases are
added, deleted and put in order with the buttons; their order is the matrix's and the exports'.
An attribute is renamed, given another kind (its values converted, or nothing changes when one
cannot be) or deleted from its column header's context menu. Numbers show with the language's
digit grouping (790,718) and are edited as stored (790718). A value is set by its column's
attribute, never by its name: typed into a column another coder renamed or deleted meanwhile it
is refused, saying so, and handed back on the clipboard.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import cases, commands, model
from frameworkqda.core.case_names import case_name
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.kinds import attribute_label
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.line_breaks import MessageLabel
from frameworkqda.gui.screen_room import fit_to_screen
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.table_keys import enter_edits
from frameworkqda.gui.text_input import ask_text

NAME, DOCUMENTS = 0, 1  # the columns before the attributes
ID_ROLE = Qt.ItemDataRole.UserRole
EDIT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value's text as its editor starts with it


def edit_value(value: cases.AttributeValue) -> str:
    """An attribute's value as its editor starts with it, reading back as the same value:
    a number with no grouping (790718), whatever the language groups it by."""
    if value is None:
        return ""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("CasesDialog", "yes")
        return QCoreApplication.translate("CasesDialog", "no")
    if isinstance(value, float):
        return f"{value:.12g}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def show_value(value: cases.AttributeValue) -> str:
    """An attribute's value as the sheet shows it: a number grouped as the language groups
    digits (790,718), the rest as edited."""
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    return edit_value(value)


class _EditedAsStored(QStyledItemDelegate):
    """An attribute's editor starts with the value as stored (790718), not as shown (790,718):
    a grouping mark of another language could read back as a decimal point."""

    unchanged = Signal()

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        stored = index.data(EDIT_ROLE)
        if isinstance(editor, QLineEdit) and isinstance(stored, str):
            editor.setText(stored)
            return
        super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """A text the cell already holds changes no item (no ``itemChanged``): said with
        ``unchanged``, so the dialog clears a refusal that no longer stands."""
        if isinstance(editor, QLineEdit) and editor.text().strip() in (
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            str(index.data(EDIT_ROLE) or ""),
        ):
            self.unchanged.emit()
        super().setModelData(editor, model, index)


class CasesDialog(QDialog):
    """The case sheet of ``session``'s project; it follows changes made elsewhere."""

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("casesDialog")
        self.setWindowTitle(self.tr("Cases and attributes"))
        self._session = session
        self.sheet: cases.CaseSheet | None = None
        self.table = QTableWidget(self)
        self.table.setObjectName("caseSheet")
        self.table.setAccessibleName(self.tr("Cases and their attributes"))
        enter_edits(self.table)  # Enter edits, then commits; Tab on to the buttons
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        delegate = _EditedAsStored(self.table)
        self.table.setItemDelegate(delegate)
        self.table.itemChanged.connect(self._edited)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.status = MessageLabel()  # broken after 。 and 、, never a fragment alone
        self.status.setObjectName("caseSheetStatus")
        delegate.unchanged.connect(self.status.clear)  # the same value typed again
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (
            ("addCase", self.tr("&Add case…"), self.add_case),
            ("deleteCase", self.tr("&Delete case"), self.delete_case),
            ("moveUp", self.tr("Move &up"), lambda: self.move_case(-1)),
            ("moveDown", self.tr("Move do&wn"), lambda: self.move_case(1)),
            ("addAttribute", self.tr("Add a&ttribute…"), self.add_attribute),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            button.setAutoDefault(False)  # Enter in the sheet edits a cell, adds no case
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = MessageLabel(
            self.tr(
                "Edit a name to rename a case, a cell to set an attribute (empty removes "
                "it). Right-click an attribute's column header to rename it, change its "
                "kind or delete it. Every change can be undone with Edit → Undo."
            )
        )
        # word-wrapped (a line as long as it is widened the dialog past 1,200 px)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        session.changed.connect(self._changed)
        self.reload()
        fit_to_screen(self, 820, 460)

    # -- showing -------------------------------------------------------------------------
    def reload(self) -> None:
        """The sheet as the project holds it now (the selected case stays selected)."""
        chosen = self.current_case()
        self.sheet = sheet = cases.case_sheet(self._session.project)
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(2 + len(sheet.attributes))
        headers = [self.tr("Case"), self.tr("Documents")] + [a.name for a in sheet.attributes]
        self.table.setHorizontalHeaderLabels(headers)
        for column, attribute in enumerate(sheet.attributes, start=2):
            header = self.table.horizontalHeaderItem(column)
            assert header is not None
            header.setToolTip(
                self.tr("{kind}. Right-click to rename, change the kind or delete.").format(
                    kind=shown(attribute_label(attribute.kind))
                )
            )
        self.table.setRowCount(len(sheet.cases))
        for row, case in enumerate(sheet.cases):
            name = QTableWidgetItem(case.name)
            name.setData(ID_ROLE, case.id)
            self.table.setItem(row, NAME, name)
            count = QTableWidgetItem(QLocale().toString(len(case.documents)))
            count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count.setToolTip("\n".join(case.documents))
            self.table.setItem(row, DOCUMENTS, count)
            for column, attribute in enumerate(sheet.attributes, start=2):
                value = sheet.values.get((case.id, attribute.id))
                item = QTableWidgetItem(show_value(value))
                item.setData(EDIT_ROLE, edit_value(value))
                if attribute.kind in (model.AttributeKind.NUMBER, model.AttributeKind.INTEGER):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
            if case.id == chosen:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        has_case = bool(sheet.cases)
        for key in ("deleteCase", "moveUp", "moveDown"):
            self.buttons[key].setEnabled(has_case)

    def current_case(self) -> int | None:
        row = self.table.currentRow()
        item = self.table.item(row, NAME) if row >= 0 else None
        return int(item.data(ID_ROLE)) if item is not None else None

    def _changed(self, changes: frozenset[Change], _cells: object = None) -> None:
        if changes & {Change.CASES, Change.DOCUMENTS}:
            QTimer.singleShot(0, self._reload_unless_editing)  # once an edit's editor closed

    def _reload_unless_editing(self) -> None:
        """Reload, but never under a value being typed (another coder's change waits)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.reload()

    # -- changing ------------------------------------------------------------------------
    def _run(self, command: commands.Command) -> bool:
        """Run one undoable step; a refusal is said under the sheet, which shows the
        project as it is."""
        try:
            self._session.run(command)
        except FrameworkQDAError as error:
            self.status.setText(shown(error))
            QTimer.singleShot(0, self.reload)  # the sheet as stored, once the editor closed
            return False
        self.status.clear()
        self._reload_unless_editing()  # an edit's own editor: reloaded once it has closed
        return True

    def _edited(self, item: QTableWidgetItem) -> None:
        sheet = self.sheet
        name_item = self.table.item(item.row(), NAME)
        if sheet is None or name_item is None:
            return
        case_id = int(name_item.data(ID_ROLE))
        text = item.text().strip()
        if item.column() == NAME:
            old = next(c.name for c in sheet.cases if c.id == case_id)
            if text and case_name(text) != old:  # only spaces more: the name it has
                self._run(commands.RenameCase(case_id, text))
            else:  # an empty name: the name it has
                self.status.clear()
                QTimer.singleShot(0, self.reload)
            return
        attribute = sheet.attributes[item.column() - 2]
        before = sheet.values.get((case_id, attribute.id))
        if text in (show_value(before), edit_value(before)):
            self.status.clear()  # the value it has: an earlier refusal no longer stands
            return
        value: cases.AttributeValue = None if not text else self._typed(text, attribute.kind)
        step = commands.SetAttribute(
            case_id, attribute.name, value, attribute.kind, attribute_id=attribute.id
        )
        if not self._run(step) and text:
            # set by the column's attribute, never a new one of its old name; the typed value,
            # refused (its column renamed, deleted or retyped meanwhile), is handed back
            QGuiApplication.clipboard().setText(text)
            self.status.setText(
                self.tr("{reason}. Your value “{text}” is on the clipboard.").format(
                    reason=self.status.text().rstrip(".。"),  # one full stop between
                    text=text,
                )
            )

    def _typed(self, text: str, kind: model.AttributeKind) -> cases.AttributeValue:
        """The text as typed, with this sheet's own words for yes and no read as such."""
        if kind is model.AttributeKind.BOOLEAN:
            words = {edit_value(True): True, edit_value(False): False}
            if text in words:
                return words[text]
        return text  # the core reads it as the attribute's kind, or says why not

    def add_case(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Add case"), self.tr("Case name (a city, or the national level):")
            )
            if not ok:
                return
        if name.strip():
            self._run(commands.AddCase(name.strip()))

    def delete_case(self) -> None:
        case_id, sheet = self.current_case(), self.sheet
        if case_id is None or sheet is None:
            self.status.setText(self.tr("Choose a case first."))
            return
        case = next(c for c in sheet.cases if c.id == case_id)
        try:
            goes = self._goes_with(case_id, len(case.documents))
        except FrameworkQDAError as error:  # deleted by someone else meanwhile: who, when
            self.status.setText(shown(error))
            self.reload()
            return
        box = QMessageBox(self)
        box.setObjectName("deleteCase")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete case"))
        box.setText(self.tr("Delete the case “{name}”?").format(name=case.name))
        box.setInformativeText(goes)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._run(commands.DeleteCase(case_id))

    def _goes_with(self, case_id: int, documents: int) -> str:
        """What deleting the case takes (its charted cells, those with a summary and those
        with an auto-draft apart, as ``case delete`` says: a draft counted as a summary written
        made the loss look greater) and leaves (its documents), one sentence a line."""
        work = cases.case_work(self._session.project, case_id)
        if not work.cells:
            cells = self.tr("Its attribute values go; it has no charted cells.")
        elif work.drafted:
            cells = self.tr(
                "Its attribute values and its row of the framework matrix go: %n charted "
                "cell(s), {summaries} with a written summary and {drafts} with an auto-draft "
                "not yet accepted.",
                "",
                work.cells,
            ).format(summaries=work.summarised, drafts=work.drafted)
        else:
            cells = self.tr(
                "Its attribute values and its row of the framework matrix go: %n charted "
                "cell(s), {summaries} with a written summary.",
                "",
                work.cells,
            ).format(summaries=work.summarised)
        return "\n".join(
            (
                self.tr("Its %n document(s) stay in the project, with no case.", "", documents),
                cells,
                self.tr("Edit → Undo brings them back."),
            )
        )

    def move_case(self, step: int) -> None:
        case_id, sheet = self.current_case(), self.sheet
        if case_id is None or sheet is None:
            return
        order = [c.id for c in sheet.cases]
        at = order.index(case_id)
        to = at + step
        if 0 <= to < len(order):
            order[at], order[to] = order[to], order[at]
            if self._run(commands.ReorderCases(order)):
                self.table.selectRow(to)

    def add_attribute(self) -> None:
        sheet = self.sheet
        if sheet is None or not sheet.cases:
            self.status.setText(self.tr("Add a case first."))
            return
        dialog = AttributeDialog(self)
        if dialog.exec() and dialog.name():
            first = sheet.cases[0].id  # defined with no value: the sheet gets its column
            self._run(commands.SetAttribute(first, dialog.name(), None, dialog.kind()))

    # -- an attribute: its column header's menu ---------------------------------------------
    def attribute_at(self, column: int) -> cases.Attribute | None:
        sheet = self.sheet
        if sheet is None or not 2 <= column < 2 + len(sheet.attributes):
            return None
        return sheet.attributes[column - 2]

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        attribute = self.attribute_at(header.logicalIndexAt(pos))
        if attribute is None:
            return
        menu = QMenu(self)
        menu.setObjectName("attributeMenu")
        for text, slot in (
            (self.tr("&Rename attribute…"), self.rename_attribute),
            (self.tr("Change &kind…"), self.change_kind),
            (self.tr("&Delete attribute…"), self.delete_attribute),
        ):
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, slot=slot: slot(attribute))
        menu.exec(header.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def rename_attribute(self, attribute: cases.Attribute) -> None:
        name, ok = ask_text(
            self,
            self.tr("Rename attribute"),
            self.tr("New name of “{name}”:").format(name=attribute.name),
            attribute.name,
        )
        if ok and name.strip() and name.strip() != attribute.name:
            self._run(commands.RenameAttribute(attribute.id, name.strip()))
        elif ok:
            self.status.clear()  # nothing to change: an earlier refusal no longer stands

    def change_kind(self, attribute: cases.Attribute) -> None:
        kinds = list(model.AttributeKind)
        labels = [shown(attribute_label(kind)) for kind in kinds]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Change kind"),
            self.tr(
                "Kind of “{name}” (every value is converted; if one cannot be, nothing changes):"
            ).format(name=attribute.name),
            labels,
            kinds.index(attribute.kind),
            False,
        )
        if ok and label in labels:
            kind = kinds[labels.index(label)]
            if kind is not attribute.kind:
                self._run(commands.ChangeAttributeKind(attribute.id, kind, attribute.name))
            else:
                self.status.clear()  # the kind it has: an earlier refusal no longer stands

    def delete_attribute(self, attribute: cases.Attribute) -> None:
        sheet = self.sheet
        assert sheet is not None
        count = sum(1 for (_, a), v in sheet.values.items() if a == attribute.id and v is not None)
        box = QMessageBox(self)
        box.setObjectName("deleteAttribute")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete attribute"))
        box.setText(self.tr("Delete the attribute “{name}”?").format(name=attribute.name))
        box.setInformativeText(
            self.tr(
                "Its values for %n case(s) go with it. Edit → Undo brings them back.", "", count
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._run(commands.DeleteAttribute(attribute.id, attribute.name))


class AttributeDialog(QDialog):
    """A new attribute's name and kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attributeDialog")
        self.setWindowTitle(self.tr("Add attribute"))
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("e.g. Foreign residents (%)"))
        self.kind_box = QComboBox()
        for kind in model.AttributeKind:
            self.kind_box.addItem(shown(attribute_label(kind)), kind.value)
        self.kind_box.setCurrentIndex(self.kind_box.findData(model.AttributeKind.NUMBER.value))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name_field)
        form.addRow(self.tr("Kind:"), self.kind_box)
        form.addRow(buttons)

    def name(self) -> str:
        return self.name_field.text().strip()

    def kind(self) -> model.AttributeKind:
        return model.AttributeKind(self.kind_box.currentData())
