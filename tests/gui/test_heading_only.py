"""A heading only (REFI-QDA isCodable="false"): set in the codebook editor by a click, never
offered by the code picker, never a matrix column; undo gives the code back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from frameworkqda.core import charting, codebook, coding, workspace
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from tests.gui import modal

MEASURE = "Health/Medical consultation service"


def _picker_ids(window: MainWindow) -> list[int]:
    items = [window.code_picker.list.item(i) for i in range(window.code_picker.list.count())]
    return [item.data(Qt.ItemDataRole.UserRole) for item in items]


def test_a_heading_only_code_is_not_offered_nor_charted(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    project = session.project
    measure = codebook.resolve_code(project, MEASURE)
    editor = window.show_view("codebook")
    assert isinstance(editor, CodebookEditor)
    editor.select(measure)
    assert not editor.heading.isChecked()
    modal.click("Yes")  # it has coded passages: the editor asks first
    qtbot.mouseClick(editor.heading, Qt.MouseButton.LeftButton)
    code = session.code(measure)
    assert code is not None and not code.codable
    columns = [node.id for node, _, _ in charting.matrix_columns(codebook.codebook(project))]
    assert measure not in columns and len(columns) > 10

    document = workspace.documents(project)[0]
    window.open_document(document.id)
    window.document_area.show_pages(False)
    window.document_area.text_view.select_range(0, 4)
    before = len(coding.segments_of_document(project, document.id))
    code_action = next(a for a in window.findChildren(QAction) if a.text() == "&Code selection…")
    code_action.trigger()
    picker = window.code_picker
    assert picker.isVisible()
    assert measure not in _picker_ids(window) and len(_picker_ids(window)) > 10
    assert measure not in [c.id for c in picker.numbered()]
    qtbot.keyClicks(picker.filter, "Medical consultation")
    assert _picker_ids(window) == []  # typing its name finds nothing to apply
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert len(coding.segments_of_document(project, document.id)) == before
    picker.hide()

    # undo (Ctrl+Z's action) makes it a code again: offered, charted, ticked off in the editor
    window.undo_action.trigger()
    window.show_view("codebook")
    editor.select(measure)
    assert not editor.heading.isChecked()
    window.open_document(document.id)
    window.document_area.show_pages(False)
    window.document_area.text_view.select_range(0, 4)
    code_action.trigger()
    qtbot.keyClicks(picker.filter, "Medical consultation")
    assert _picker_ids(window) == [measure]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert len(coding.segments_of_document(project, document.id)) == before + 1
