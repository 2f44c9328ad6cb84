"""Ctrl+Z in a field that saves itself: typing not saved yet is undone in the field; once it
is saved as a project step, Ctrl+Z undoes that step (the previous text comes back in the
field), and further presses undo earlier steps.

Found by a walkthrough: since Undo falls through to Edit → Undo when a field has nothing of its
own to undo, the field's own undo emptied a saved summary and saved '' as a new step, the next
Ctrl+Z undid that step (the text came back), and the one after undid an unrelated earlier step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from frameworkqda.core import charting, coding
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from tests.gui.clicks import click_stripe, open_coded_document
from tests.gui.matrix_cells import click_cell, first_cell

CTRL = Qt.KeyboardModifier.ControlModifier


def _steps(window: MainWindow) -> tuple[int, str]:
    stack = window.session.undo_stack
    return stack.index(), stack.undoText()


def _ctrl_z(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.wait(1000)  # longer than any field's pause before it saves itself


def test_ctrl_z_in_a_saved_summary_undoes_project_steps(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    session.add_case("Nagoya")
    added = _steps(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    view = window.work_stack.current()
    case_id, code_id = first_cell(view, lambda case, code: True)
    click_cell(qtbot, view, case_id, code_id)
    editor = view.evidence.editor
    before = editor.toPlainText()
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, "abc")

    def stored() -> str:
        return charting.cell_edit(session.project, case_id, code_id).summary

    qtbot.waitUntil(lambda: stored() == before + "abc", timeout=3000)
    saved = _steps(window)
    assert saved[0] == added[0] + 1
    assert QApplication.focusWidget() is editor

    _ctrl_z(qtbot)  # the saved summary: its step is undone, the text before comes back
    assert (editor.toPlainText(), stored(), _steps(window)) == (before, before, added)
    _ctrl_z(qtbot)  # the step before: the case added
    assert _steps(window)[0] == added[0] - 1
    assert (editor.toPlainText(), stored()) == (before, before)
    assert "Nagoya" in session.undo_stack.redoText()
    assert QApplication.focusWidget() is editor

    # typing not saved yet is the field's own to undo, and nothing is saved for it
    qtbot.keyClicks(editor, "xy")
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == before
    assert _steps(window)[0] == added[0] - 1
    qtbot.wait(1000)
    assert stored() == before
    assert _steps(window)[0] == added[0] - 1


def test_ctrl_z_in_a_saved_note_undoes_project_steps(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    session.add_case("Nagoya")
    added = _steps(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    stripes = open_coded_document(qtbot, window)
    click_stripe(qtbot, window, stripes[0][0])
    segment = window.inspector.segment_id
    assert segment is not None
    note = window.inspector.note

    def stored() -> str:
        return coding.get_segment(session.project, segment).note

    before = stored()
    note.setFocus()
    note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(note, "first")
    qtbot.waitUntil(lambda: stored() == before + "first", timeout=3000)
    qtbot.keyClicks(note, " second")
    qtbot.waitUntil(lambda: stored() == before + "first second", timeout=3000)
    assert _steps(window)[0] == added[0] + 2

    _ctrl_z(qtbot)
    assert (note.toPlainText(), stored()) == (before + "first",) * 2
    assert _steps(window)[0] == added[0] + 1
    _ctrl_z(qtbot)
    assert (note.toPlainText(), stored(), _steps(window)) == (before, before, added)
    _ctrl_z(qtbot)  # the case added
    assert _steps(window)[0] == added[0] - 1
    assert "Nagoya" in session.undo_stack.redoText()
    assert (note.toPlainText(), stored()) == (before, before)
    assert QApplication.focusWidget() is note


def test_ctrl_z_in_a_saved_definition_undoes_its_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    session.add_case("Nagoya")
    added = _steps(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    editor = window.work_stack.current()
    assert isinstance(editor, CodebookEditor)
    code = next(code.id for code in session.codes() if code.parent_id is not None)
    editor.select(code)
    field = editor.definition

    def stored() -> str:
        return session.code(code).definition  # type: ignore[union-attr]

    before = stored()
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " more")
    qtbot.waitUntil(lambda: stored() == before + " more", timeout=3000)
    assert _steps(window)[0] == added[0] + 1

    _ctrl_z(qtbot)
    assert (field.toPlainText(), stored(), _steps(window)) == (before, before, added)
    _ctrl_z(qtbot)  # the case added
    assert _steps(window)[0] == added[0] - 1
    assert (field.toPlainText(), stored()) == (before, before)
