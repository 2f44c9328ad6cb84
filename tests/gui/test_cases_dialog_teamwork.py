"""The case sheet while another coder works on the same project: a value typed into a column
renamed, deleted or retyped meanwhile, and Ctrl+Z there undoing a step made elsewhere."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from frameworkqda.core import cases, commands, model
from frameworkqda.core.store import Project, open_project
from frameworkqda.gui.cases_dialog import CasesDialog
from frameworkqda.gui.main_window import MainWindow
from tests import writes
from tests.gui import modal
from tests.gui.test_cases_dialog import _open, _row, _shows, open_editor


def _taro(window: MainWindow) -> Project:
    """The other coder, on the same project file."""
    assert window.session is not None
    taro = open_project(str(window.session.project.location.path))
    taro.coder_name = "taro"
    return taro


def _with_population(window: MainWindow) -> int:
    assert window.session is not None
    project = window.session.project
    osaka = next(c.id for c in cases.list_cases(project) if c.name == "Osaka")
    writes.set_attribute(project, osaka, "Population", "2752412", model.AttributeKind.TEXT)
    with project.session() as session:
        return cases.attribute_named(session, "Population").id


def _type_while(qtbot, dialog: CasesDialog, row: int, text: str, meanwhile) -> None:  # type: ignore[no-untyped-def]
    """Click the cell, F2, type; ``meanwhile`` (the other coder) runs; then Enter."""
    table = dialog.table
    table.setCurrentCell(row, 2)
    rect = table.visualItemRect(table.item(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = open_editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    meanwhile()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _attributes(window: MainWindow) -> list[str]:
    assert window.session is not None
    return [a.name for a in cases.case_sheet(window.session.project).attributes]


def test_a_value_typed_into_a_column_renamed_meanwhile_is_refused_and_handed_back(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Taro renamed Population to 人口 while Hanako typed Kawasaki's value: her Enter made a
    new attribute “Population” holding it, without a word."""
    population = _with_population(window)
    dialog = _open(qtbot, window)
    taro = _taro(window)
    QGuiApplication.clipboard().clear()
    _type_while(
        qtbot,
        dialog,
        _row(dialog, "Kawasaki"),
        "1538262",
        lambda: commands.RenameAttribute(population, "人口").apply(taro),
    )
    assert _attributes(window) == ["人口"]
    assert dialog.status.text() == (
        "the attribute “Population” was renamed to “人口” by someone else. "
        "Your value “1538262” is on the clipboard."
    )
    assert QGuiApplication.clipboard().text() == "1538262"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    qtbot.waitUntil(lambda: dialog.table.horizontalHeaderItem(2).text() == "人口")
    assert headers[:2] == ["Case", "Documents"]
    taro.close()


def test_a_value_typed_into_a_column_deleted_meanwhile_makes_no_new_attribute(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    population = _with_population(window)
    dialog = _open(qtbot, window)
    taro = _taro(window)
    _type_while(
        qtbot,
        dialog,
        _row(dialog, "Kawasaki"),
        "1538262",
        lambda: commands.DeleteAttribute(population, "Population").apply(taro),
    )
    assert _attributes(window) == []
    assert re.fullmatch(  # who deleted it and when: the deletions log (schema 0006)
        r"the attribute “Population” was deleted by taro at \d{4}-\d\d-\d\d \d\d:\d\d UTC\. "
        r"Your value “1538262” is on the clipboard\.",
        dialog.status.text(),
    )
    assert QGuiApplication.clipboard().text() == "1538262"
    taro.close()


def test_a_value_typed_while_the_kind_changed_is_read_as_the_new_kind(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Taro made Population a Whole number while Hanako typed: her value was dropped with
    “attribute Population is already of kind integer”."""
    population = _with_population(window)
    dialog = _open(qtbot, window)
    taro = _taro(window)
    integer = model.AttributeKind.INTEGER
    _type_while(
        qtbot,
        dialog,
        _row(dialog, "Kawasaki"),
        "1538262",
        lambda: commands.ChangeAttributeKind(population, integer, "Population").apply(taro),
    )
    assert window.session is not None
    kawasaki = next(c.id for c in cases.list_cases(window.session.project) if c.name == "Kawasaki")
    assert cases.attributes(window.session.project, kawasaki) == {"Population": 1538262}
    assert dialog.status.text() == ""
    qtbot.waitUntil(lambda: _shows(dialog, "Kawasaki", 2) == "1,538,262")
    taro.close()


def test_ctrl_z_in_the_case_sheet_says_what_it_undid(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A step made in the main window, undone by Ctrl+Z in the sheet: only the main window
    behind it said so."""
    assert window.session is not None
    dialog = _open(qtbot, window)
    osaka = next(c.id for c in cases.list_cases(window.session.project) if c.name == "Osaka")
    window.session.run(commands.RenameCase(osaka, "Osaka City"))  # as from the main window
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.status.text() == "Undone: Rename case to “Osaka City”"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert dialog.status.text() == "Redone: Rename case to “Osaka City”"


def test_undoing_a_rename_of_an_attribute_another_coder_renamed_since_asks_first(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Hanako's undo of Population → Population (2020) put back “Population” over Taro's
    later “人口（2020年）” without a word; cells, memos and definitions ask first."""
    population = _with_population(window)
    assert window.session is not None
    dialog = _open(qtbot, window)
    window.session.run(commands.RenameAttribute(population, "Population (2020)"))
    taro = _taro(window)
    commands.RenameAttribute(population, "人口（2020年）").apply(taro)
    informed: list[str] = []

    def cancel(box) -> None:  # type: ignore[no-untyped-def]
        informed.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "Cancel").click()

    modal.answer(QMessageBox, cancel)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert informed and informed[0].startswith(
        "the attribute “Population (2020)” was renamed to “人口（2020年）” by someone else."
    )
    assert _attributes(window) == ["人口（2020年）"]
    taro.close()
