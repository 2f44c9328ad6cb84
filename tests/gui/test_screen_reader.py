"""What a screen reader hears: the framework matrix's cells, and a name for every control.

Found by a screen-reader walkthrough: a matrix cell was named by its summary alone (Hamamatsu ×
Information in multiple languages read "Multilingual info and consultation", never its value
"Yes"), a cell with a value but no summary read empty, and its evidence and "needs a summary"
state were never said; the left column's navigator and trees, the views' tables and lists,
fields with only a placeholder and the spin boxes were announced with no name at all.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from frameworkqda.core import commands, workspace
from frameworkqda.gui import i18n, import_dialog
from frameworkqda.gui.case_where import CaseWhere
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.matrix.view import BY_ATTRIBUTE, MatrixView
from frameworkqda.gui.memo_dialog import MemoDialog
from frameworkqda.gui.sample import add_second_coder, build_sample
from frameworkqda.gui.start_page import TemplateDialog


def _heard(view: MatrixView, case_id: int, code_id: int, kind: str = "measure") -> tuple[str, str]:
    """The cell's accessible name and description, from the table's interface at the cell's
    place on the screen (as a screen reader's review cursor finds it)."""
    model = view.model
    index = model.index(model.case_position(case_id), model.slot_position(code_id, kind))
    view.table.scrollTo(index)
    QApplication.processEvents()
    centre = view.table.viewport().mapToGlobal(view.table.visualRect(index).center())
    table = QAccessible.queryAccessibleInterface(view.table)
    assert table is not None
    cell = table.childAt(centre.x(), centre.y())
    assert isinstance(cell, QAccessibleInterface) and cell.role() == QAccessible.Role.Cell
    return cell.text(QAccessible.Text.Name), cell.text(QAccessible.Text.Description)


def test_a_matrix_cell_says_its_case_measure_value_summary_and_state(
    window: MainWindow,
) -> None:
    session = window.session
    assert session is not None
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    cases = {name: case_id for case_id, name in view.model.cases}
    education = next(s for s in view.model.slots if s.kind == "theme" and s.title == "Education")
    (languages,) = [
        s
        for s in view.model.slots
        if s.title == "Information in multiple languages" and s.theme_id == education.theme_id
    ]
    hamamatsu, kawasaki = cases["Hamamatsu"], cases["Kawasaki"]
    summary = "Multilingual info and consultation"
    session.run(commands.SetCell(hamamatsu, languages.code_id, summary, "Yes", False))
    session.run(commands.SetCell(kawasaki, languages.code_id, None, "Partially", False))
    QApplication.processEvents()

    name, description = _heard(view, hamamatsu, languages.code_id)
    assert name == (
        "Hamamatsu, Information in multiple languages (Education): Yes. "
        "Summary: Multilingual info and consultation"
    )
    assert description == "Evidence: 2 passages"
    # a value, no summary, no evidence: it read empty
    name, description = _heard(view, kawasaki, languages.code_id)
    assert name == "Kawasaki, Information in multiple languages (Education): Partially"
    assert description == "Evidence: 0 passages"
    # evidence, no summary: the cell's tint said "needs a summary", nothing else did
    staff = next(s for s in view.model.slots if s.title == "Placement of support staff")
    name, description = _heard(view, hamamatsu, staff.code_id)
    assert name == "Hamamatsu, Placement of support staff (Education): no value"
    assert description == "Evidence: 2 passages\nNeeds a summary"
    # the theme column: how many of its measures count as present
    name, _ = _heard(view, hamamatsu, education.code_id, "theme")
    assert name == "Hamamatsu, Education: 4 of 12 measures present"


FOCUSABLE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
)


def _unnamed(root: QWidget) -> list[str]:
    """The controls shown in ``root`` a person can reach with Tab whose accessible name is
    empty (a box's own editor is left out: the box is what a screen reader names)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, FOCUSABLE) or not widget.isVisible():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:  # headers, a table's corner
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            where = widget.parentWidget()
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(where).__name__}"
            )
    return missing


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")


def test_every_control_of_every_view_and_dialog_has_a_name(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path: Path, language: str
) -> None:
    location = tmp_path / "sample.fqda"
    build_sample(location, language=language)
    add_second_coder(location, "Taro", language=language)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_project(str(location))
    session = window.session
    assert session is not None
    matrix = window.show_view("matrix")
    assert isinstance(matrix, MatrixView)
    case_id = matrix.model.cases[0][0]
    session.run(commands.SetAttribute(case_id, "Region", "Kansai"))  # the Cases-where boxes
    unnamed: dict[str, list[str]] = {}

    def walk(label: str, root: QWidget) -> None:
        QApplication.processEvents()
        missing = _unnamed(root)
        if missing:
            unnamed[label] = missing

    document = workspace.documents(session.project)[0]
    window.open_document(document.id)  # a PDF: its page box and zoom shown too
    area = window.document_area
    mark = area.text_view.marks()[0]  # a passage chosen: the inspector's fields
    area.select_segment(mark.segment_id)
    window.inspector.show_segment(mark.segment_id, area.text_view.text())
    walk("documents", window)
    window.code_picker.show()
    walk("code picker", window.code_picker)
    window.code_picker.hide()
    window.document_area.tabs.setCurrentIndex(1)  # its pages
    walk("pages", window)
    for key in ("codebook", "matrix", "mapping", "review", "search", "compare", "memos"):
        view = window.show_view(key)
        assert view is not None
        where = getattr(view, "where", None)  # Cases where: its attribute, sign and value
        box = getattr(view, "case_box", None)
        choice = box.findData(BY_ATTRIBUTE) if isinstance(box, QComboBox) else -1
        if isinstance(where, CaseWhere) and isinstance(box, QComboBox) and choice >= 0:
            box.setCurrentIndex(choice)
        if isinstance(view, MatrixView):  # a cell chosen: its evidence and summary
            view.select_cell(
                case_id, next(s for s in view.model.slots if s.kind == "measure").code_id
            )
        walk(key, window)

    def dialog(label: str, shown: QWidget | None) -> None:
        assert shown is not None
        shown.show()
        walk(label, shown)
        shown.close()

    dialog("memo", MemoDialog(session, "project", None, "Project", window))
    window.open_cases()
    dialog("cases", window.cases_dialog)
    sources = sorted((Path(__file__).parents[2] / "resources" / "sample").glob("*.txt"))[:2]
    dialog("import", import_dialog.open_import(window, [str(p) for p in sources], None))
    mapping = window.show_view("mapping")
    assert isinstance(mapping, MappingView)
    dialog("export", mapping.open_export_dialog(over=window))
    codebook = window.show_view("codebook")
    assert isinstance(codebook, CodebookEditor)
    codebook.open_scores()
    dialog("scores", codebook.scores_editor)
    dialog("template", TemplateDialog("study", window))
    window.coder_switch.action.trigger()
    dialog("coders", window.coder_switch.dialog)
    window.open_deletions()
    dialog("deletions", window.deletions_dialog)
    assert unnamed == {}, "\n".join(f"{label}: {names}" for label, names in unnamed.items())
