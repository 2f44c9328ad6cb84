"""Code → Cases and attributes…: the case sheet, edited as a researcher does (typing into its
cells, its buttons), every change one undoable step. Cases could be added in the GUI but not
renamed, deleted, put in order or given attributes: only the command line could."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QWidget,
)
from sqlalchemy import select

from frameworkqda.core import cases, model
from frameworkqda.gui.cases_dialog import AttributeDialog, CasesDialog
from frameworkqda.gui.main_window import MainWindow
from tests.gui import modal


def _open(qtbot, window: MainWindow) -> CasesDialog:  # type: ignore[no-untyped-def]
    """Code → Cases and attributes…, from the menu bar."""
    code_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Code")
    action = next(a for a in code_menu.actions() if a.text() == "Cases and &attributes…")  # type: ignore[union-attr]
    action.trigger()
    dialog = window.cases_dialog
    assert isinstance(dialog, CasesDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)  # in front, as the menu leaves it
    return dialog


def _type_into(qtbot, dialog: CasesDialog, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click the cell, F2, type over what is there, Enter."""
    table = dialog.table
    table.setCurrentCell(row, column)
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = open_editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits once the event loop runs
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def open_editor(table: QTableWidget) -> QLineEdit:
    """The cell editor open now. The last one, closed by an Enter before, is hidden but may
    not be deleted yet (``deleteLater``): ``findChild`` found that one first now and then, and
    CI timed out waiting for the edit to end while the keys went to it."""
    (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def _row(dialog: CasesDialog, name: str) -> int:
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert name in names, names
    return names.index(name)


def _shows(dialog: CasesDialog, name: str, column: int) -> str:
    return dialog.table.item(_row(dialog, name), column).text()


def test_the_case_sheet_renames_sets_attributes_and_undoes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    project = window.session.project
    dialog = _open(qtbot, window)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == [c.name for c in cases.list_cases(project)] and "Hamamatsu" in names

    # a new attribute, through its dialog: a column of its own
    def name_it(box: QWidget) -> None:
        assert isinstance(box, AttributeDialog)
        box.name_field.setText("Foreign residents (%)")
        box.kind_box.setCurrentIndex(box.kind_box.findData(model.AttributeKind.NUMBER.value))
        modal.ok(box)

    modal.answer(AttributeDialog, name_it)
    qtbot.mouseClick(dialog.buttons["addAttribute"], Qt.MouseButton.LeftButton)
    headers = [
        dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())
    ]
    assert headers == ["Case", "Documents", "Foreign residents (%)"], dialog.status.text()

    hamamatsu = next(c.id for c in cases.list_cases(project) if c.name == "Hamamatsu")
    _type_into(qtbot, dialog, _row(dialog, "Hamamatsu"), 2, "3,25")  # a comma, not a point
    assert "3,25" in dialog.status.text() and cases.attributes(project, hamamatsu) == {}
    qtbot.waitUntil(lambda: _shows(dialog, "Hamamatsu", 2) == "")  # as it is stored
    _type_into(qtbot, dialog, _row(dialog, "Hamamatsu"), 2, "3.25")
    assert cases.attributes(project, hamamatsu) == {"Foreign residents (%)": 3.25}
    assert dialog.status.text() == ""

    _type_into(qtbot, dialog, _row(dialog, "Hamamatsu"), 0, "Hamamatsu City")
    assert [c.name for c in cases.list_cases(project)][names.index("Hamamatsu")] == (
        "Hamamatsu City"
    )
    assert window.undo_action.text() == "&Undo Rename case to “Hamamatsu City”"
    window.undo_action.trigger()  # Edit → Undo, with the sheet open: it follows
    qtbot.waitUntil(lambda: _shows(dialog, "Hamamatsu", 2) == "3.25")
    window.undo_action.trigger()
    assert cases.attributes(project, hamamatsu) == {}
    qtbot.waitUntil(lambda: _shows(dialog, "Hamamatsu", 2) == "")


def test_the_case_sheet_adds_deletes_and_orders_cases(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    project = window.session.project
    dialog = _open(qtbot, window)
    before = [c.name for c in cases.list_cases(project)]
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.buttons["moveDown"], Qt.MouseButton.LeftButton)
    assert [c.name for c in cases.list_cases(project)] == [before[1], before[0], *before[2:]]

    osaka = next(c for c in cases.list_cases(project) if c.name == "Osaka")
    from frameworkqda.core.codebook import codebook
    from tests import writes

    measures = [node.id for node in codebook(project) if node.depth and not node.children]
    writes.set_cell(project, osaka.id, measures[0], summary="相談窓口あり")
    writes.set_cell(project, osaka.id, measures[1], value="Yes")
    with project.session() as session:  # the charted cells that go with it, said before deleting
        summaries = list(
            session.scalars(
                select(model.ChartCell.summary).where(model.ChartCell.case_id == osaka.id)
            )
        )
    written = sum(1 for summary in summaries if summary.strip())
    assert (len(summaries), written, len(osaka.documents)) == (2, 1, 1)
    dialog.table.selectRow(_row(dialog, "Osaka"))
    seen: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.extend([box.text(), box.informativeText()])
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.answer(QMessageBox, yes)
    qtbot.mouseClick(dialog.buttons["deleteCase"], Qt.MouseButton.LeftButton)
    assert seen[0] == "Delete the case “Osaka”?"
    assert seen[1].splitlines() == [
        "Its 1 document stays in the project, with no case.",
        "Its attribute values and its row of the framework matrix go: "
        f"{len(summaries)} charted cells, {written} with a written summary.",
        "Edit → Undo brings them back.",
    ]
    assert "Osaka" not in [c.name for c in cases.list_cases(project)]
    assert "Osaka" not in [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    window.undo_action.trigger()
    assert next(c for c in cases.list_cases(project) if c.name == "Osaka").documents == (
        osaka.documents
    )

    def kobe(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Kobe")
        modal.ok(box)

    modal.answer(QInputDialog, kobe)
    qtbot.mouseClick(dialog.buttons["addCase"], Qt.MouseButton.LeftButton)
    assert [c.name for c in cases.list_cases(project)][-1] == "Kobe"
    assert dialog.table.item(dialog.table.rowCount() - 1, 0).text() == "Kobe"


def _from_header_menu(qtbot, dialog: CasesDialog, name: str, entry: str) -> None:  # type: ignore[no-untyped-def]
    """Right-click the column header of the attribute ``name`` and click ``entry`` in the
    menu that comes up."""
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    column = headers.index(name)
    header = table.horizontalHeader()
    at = QPoint(
        header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
        header.height() // 2,
    )
    seen: list[list[str]] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        seen.append([a.text() for a in menu.actions() if a.text()])
        action = next(a for a in menu.actions() if a.text().replace("&", "") == entry)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    viewport = header.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.RightButton, pos=at)
    QApplication.sendEvent(
        viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at))
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == ["&Rename attribute…", "Change &kind…", "&Delete attribute…"]


def _headers(dialog: CasesDialog) -> list[str]:
    table = dialog.table
    return [table.horizontalHeaderItem(c).text() for c in range(2, table.columnCount())]


def test_an_attribute_is_renamed_retyped_and_deleted_from_its_column_header(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """No attribute could be renamed, deleted or given another kind: one made text by
    mistake held 790,718 as text for good. Numbers showed ungrouped (790718)."""
    from tests import writes

    assert window.session is not None
    project = window.session.project
    ids = {c.name: c.id for c in cases.list_cases(project)}
    text = model.AttributeKind.TEXT
    writes.set_attribute(project, ids["Hamamatsu"], "Population", "790,718", text)
    writes.set_attribute(project, ids["Osaka"], "Population", "2752412", text)
    writes.set_attribute(project, ids["Hamamatsu"], "Foreign residents (%)", 3.6)
    dialog = _open(qtbot, window)
    assert _headers(dialog) == ["Population", "Foreign residents (%)"]

    def whole_number(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        assert box.comboBoxItems() == ["Text", "Whole number", "Number", "Yes/No", "Date"]
        assert box.textValue() == "Text"  # the kind it has
        box.setTextValue("Whole number")
        modal.ok(box)

    modal.answer(QInputDialog, whole_number)
    _from_header_menu(qtbot, dialog, "Population", "Change kind…")
    assert cases.attributes(project, ids["Osaka"]) == {"Population": 2752412}
    qtbot.waitUntil(lambda: _shows(dialog, "Osaka", 2) == "2,752,412")  # grouped
    assert _shows(dialog, "Hamamatsu", 2) == "790,718"
    assert window.undo_action.text() == "&Undo Change kind of “Population”"

    # its editor starts with the number as stored, and a number typed with % is refused
    table = dialog.table
    table.setCurrentCell(_row(dialog, "Hamamatsu"), 3)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = open_editor(table)
    assert editor.text() == "3.6"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.viewport().findChild(QLineEdit) is None)
    _type_into(qtbot, dialog, _row(dialog, "Osaka"), 3, "3.6%")
    assert "without the % sign: 3.6" in dialog.status.text()
    assert "Foreign residents (%)" not in cases.attributes(project, ids["Osaka"])

    # 3.6 is no whole number: the change is refused, naming case and value
    def whole_number_again(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Whole number")
        modal.ok(box)

    modal.answer(QInputDialog, whole_number_again)
    _from_header_menu(qtbot, dialog, "Foreign residents (%)", "Change kind…")
    assert "“3.6” of Hamamatsu" in dialog.status.text()
    assert cases.attributes(project, ids["Hamamatsu"])["Foreign residents (%)"] == 3.6

    def renamed(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        assert box.textValue() == "Population"
        box.setTextValue("Population (2020)")
        modal.ok(box)

    modal.answer(QInputDialog, renamed)
    _from_header_menu(qtbot, dialog, "Population", "Rename attribute…")
    assert _headers(dialog) == ["Population (2020)", "Foreign residents (%)"]

    said: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.extend([box.text(), box.informativeText()])
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.answer(QMessageBox, yes)
    _from_header_menu(qtbot, dialog, "Population (2020)", "Delete attribute…")
    assert said[0] == "Delete the attribute “Population (2020)”?"
    assert said[1].startswith("Its values for 2 cases go")
    assert _headers(dialog) == ["Foreign residents (%)"]
    assert "Population (2020)" not in cases.attributes(project, ids["Osaka"])

    window.undo_action.trigger()  # Edit → Undo: the column, in its place, with its values
    qtbot.waitUntil(lambda: _headers(dialog) == ["Population (2020)", "Foreign residents (%)"])
    assert _shows(dialog, "Osaka", 2) == "2,752,412"
    window.undo_action.trigger()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: _headers(dialog)[0] == "Population")
    assert cases.attributes(project, ids["Hamamatsu"])["Population"] == "790,718"


def test_the_kind_box_names_kinds_in_words(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(qtbot, window)
    assert dialog.width() < 900  # its longer first line wraps, not widening it past 1,200 px
    listed: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, AttributeDialog)
        listed.extend(box.kind_box.itemText(i) for i in range(box.kind_box.count()))
        box.reject()

    modal.answer(AttributeDialog, read)
    qtbot.mouseClick(dialog.buttons["addAttribute"], Qt.MouseButton.LeftButton)
    assert listed == ["Text", "Whole number", "Number", "Yes/No", "Date"]


def test_ctrl_z_in_the_case_sheet_undoes_and_redoes_the_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The sheet says "Every change can be undone with Edit → Undo", but Ctrl+Z in its own
    window did nothing (the shortcut was the main window's). It undoes the project's step now,
    Ctrl+Shift+Z and Ctrl+Y redo it; in a value being typed Ctrl+Z still undoes the typing."""
    assert window.session is not None
    project = window.session.project
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    dialog = _open(qtbot, window)

    def names() -> list[str]:
        return [c.name for c in cases.list_cases(project)]

    _type_into(qtbot, dialog, _row(dialog, "Kawasaki"), 0, "Kawasaki City")
    assert "Kawasaki City" in names()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, ctrl)
    assert "Kawasaki" in names() and "Kawasaki City" not in names()
    qtbot.waitUntil(lambda: "Kawasaki" in [dialog.table.item(r, 0).text() for r in range(4)])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, ctrl | shift)
    assert "Kawasaki City" in names()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, ctrl)
    assert "Kawasaki" in names()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Y, ctrl)
    assert "Kawasaki City" in names()
    qtbot.waitUntil(lambda: _shows(dialog, "Kawasaki City", 0) == "Kawasaki City")

    # typing a value: Ctrl+Z takes back the typing, not the rename
    table = dialog.table
    row = _row(dialog, "Osaka")
    table.setCurrentCell(row, 0)
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(row, 0)).center(),
    )
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = open_editor(table)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClicks(editor, "-shi")
    assert editor.text() == "Osaka-shi"
    qtbot.keyClick(editor, Qt.Key.Key_Z, ctrl)
    assert editor.text() == "Osaka"
    assert "Kawasaki City" in names()
    assert window.undo_action.text() == "&Undo Rename case to “Kawasaki City”"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_a_refusal_under_the_sheet_leaves_no_word_alone_on_its_last_line(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """A long refusal wrapped as far as each line went and left a word or two on the last;
    it now breaks after a colon or semicolon where the lines come out even."""
    from tests import writes
    from tests.gui.shown_lines import last_line_share, shown_lines

    assert window.session is not None
    project = window.session.project
    ids = {c.name: c.id for c in cases.list_cases(project)}
    writes.set_attribute(project, ids["Hamamatsu"], "Foreign residents (%)", 3.6)
    dialog = _open(qtbot, window)

    def whole_number(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Whole number")
        modal.ok(box)

    for width in (820, 700, 560, 430):
        dialog.resize(width, 460)
        modal.answer(QInputDialog, whole_number)
        _from_header_menu(qtbot, dialog, "Foreign residents (%)", "Change kind…")
        said = dialog.status.text()
        assert "“3.6” of Hamamatsu cannot be read as whole number" in said
        lines = shown_lines(dialog.status)
        assert " ".join(lines) == said and len(lines) >= 2, lines  # whole words, nothing cut
        assert last_line_share(dialog.status) >= 0.25, (width, lines)


def test_the_case_sheet_refuses_a_second_case_differing_only_in_letter_case(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    assert window.session is not None
    project = window.session.project
    dialog = _open(qtbot, window)
    before = [c.name for c in cases.list_cases(project)]

    def osaka(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("  OSAKA ")
        modal.ok(box)

    modal.answer(QInputDialog, osaka)
    qtbot.mouseClick(dialog.buttons["addCase"], Qt.MouseButton.LeftButton)
    assert dialog.status.text() == (
        "a case named “Osaka” already exists; case names differing only in letter case or "
        "spacing are one case"
    )
    assert [c.name for c in cases.list_cases(project)] == before
    _type_into(qtbot, dialog, _row(dialog, "Hamamatsu"), 0, "osaka")  # a rename: refused too
    assert dialog.status.text().startswith("a case named “Osaka” already exists")
    qtbot.waitUntil(lambda: _shows(dialog, "Hamamatsu", 0) == "Hamamatsu")
    _type_into(qtbot, dialog, _row(dialog, "Hamamatsu"), 0, "hamamatsu   city")  # its own
    assert "hamamatsu city" in [c.name for c in cases.list_cases(project)]
