"""Two coders on one project: Hanako's window undoes and redoes steps on documents and cases
after Taro, in another program, changed what they refer to."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select

from frameworkqda.core import commands, model, workspace
from frameworkqda.core.store import open_project
from frameworkqda.gui.main_window import MainWindow
from tests import writes
from tests.gui import menu_bar, modal
from tests.gui.clicks import click_stripe, open_coded_document, open_document
from tests.gui.test_document_delete import _right_click

AT = r"\d{4}-\d\d-\d\d \d\d:\d\d"  # a deletion's time, as the messages give it


def _delete_open_document(qtbot, window: MainWindow, document_id: int) -> None:  # type: ignore[no-untyped-def]
    """Select the document in the tree, press Delete and answer Delete."""
    tree = window.document_tree
    tree.select_document(document_id)
    tree.setFocus()
    modal.click("Delete")
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: document_id not in [d.id for d in workspace.documents(_p(window))])


def _p(window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.session is not None
    return window.session.project


def test_undoing_a_deletion_after_taro_deleted_its_case_says_it_came_back_unassigned(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    project = _p(window)
    document = next(d for d in workspace.documents(project) if d.case_id is not None)
    _delete_open_document(qtbot, window, document.id)
    with open_project(str(project.location)) as taro:
        taro.coder_name = "Taro"
        commands.DeleteCase(document.case_id).apply(taro)  # type: ignore[arg-type]
    menu_bar.choose(qtbot, window, "Edit", "Undo")  # was: an uncaught IntegrityError, every time
    assert re.fullmatch(  # who deleted the case, and when: the deletions log
        "Undone: Delete 1 document: 1 document put back unassigned: their case “.+” was deleted "
        f"by Taro at {AT} UTC",
        window.statusBar().currentMessage(),
    )
    back = next(d for d in workspace.documents(project) if d.id == document.id)
    assert back.case_id is None and back.segments == document.segments


def test_an_undo_the_database_refuses_says_not_undone_and_keeps_the_step(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """Hanako deletes a case; Taro deletes a code one of its chart cells is on. Her undo
    would put back a cell on a code gone: the status bar says so, naming the code, Taro and
    when (it said "another coder has changed what it refers to since", though the deletions
    log knew), and the step stays: Undo names it again, Redo has nothing to redo."""
    assert window.session is not None
    project = _p(window)
    with project.session() as session:
        case_id = session.scalars(select(model.Case.id)).first()
        code_id = session.scalars(select(model.Code.id).where(model.Code.parent_id.is_not(None)))
        code_id = code_id.first()
    assert case_id is not None and code_id is not None
    writes.set_cell(project, case_id, code_id, summary="A council since 1996")
    window.session.run(commands.DeleteCase(case_id))
    with open_project(str(project.location)) as taro:
        taro.coder_name = "Taro"
        writes.delete_code(taro, code_id)
    with project.session() as session:  # its path, as logged
        logged = select(model.Deletion.name).where(model.Deletion.kind == model.DeletedKind.CODE)
        path = session.scalars(logged).one()
    for _ in range(2):  # Ctrl+Z again: the same
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        modal.click("Keep")  # asked whether to take the step off the history: no
        menu_bar.press(qtbot, window, "Ctrl+Z")
        assert re.fullmatch(
            f"Not undone: Delete case: the code “{re.escape(path)}” it refers to was deleted "
            f"by Taro at {AT} UTC",
            window.statusBar().currentMessage(),
        )
        assert window.undo_action.text() == "&Undo Delete case"
        assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    with project.session() as session:
        assert session.get(model.Case, case_id) is None


def _type_a_note_then_taro_deletes_its_document(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    project = _p(window)
    rect, mark = open_coded_document(qtbot, window)[0]
    click_stripe(qtbot, window, rect)
    assert window.inspector.segment_id == mark.segment_id
    window.inspector.note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.inspector.note, " Hanako's important note")
    typed = window.inspector.note.toPlainText()
    with open_project(str(project.location)) as taro:
        taro.coder_name = "Taro"
        commands.DeleteDocuments([window.document_area.document_id or 0]).apply(taro)
    return typed


def test_a_note_typed_on_a_passage_taro_deletes_goes_to_the_clipboard_and_is_said(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """It was dropped without a word; the panel went on showing the gone passage."""
    QGuiApplication.clipboard().clear()
    typed = _type_a_note_then_taro_deletes_its_document(qtbot, window)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == typed, timeout=10000)
    said = window.statusBar().currentMessage()
    assert re.fullmatch(  # who deleted it, and when: the deletions log (schema 0006)
        r"The passage .+ was deleted with the document “.+” by Taro at "
        r"\d{4}-\d\d-\d\d \d\d:\d\d UTC; what you typed for it is on the clipboard\.",
        said,
    ), said
    qtbot.waitUntil(lambda: window.inspector.segment_id is None)
    assert not window.inspector.delete_button.isEnabled()
    assert not window.inspector.note.isEnabled()


def test_closing_right_after_taro_deleted_the_passage_being_typed_on_says_so(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """Closing saved 'everything' and closed without a word; the note was gone."""
    QGuiApplication.clipboard().clear()
    typed = _type_a_note_then_taro_deletes_its_document(qtbot, window)
    asked: list[str] = []

    def close_anyway(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "Close without it").click()

    modal.answer(QMessageBox, close_anyway)
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert window.session is None
    assert len(asked) == 1 and "is on the clipboard" in asked[0]
    assert QGuiApplication.clipboard().text() == typed


def test_the_open_document_deleted_by_taro_is_said_in_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """The view switched to 'Choose a document on the left…' without a word."""
    project = _p(window)
    document = workspace.documents(project)[0]
    open_document(qtbot, window, document.id)
    with open_project(str(project.location)) as taro:
        taro.coder_name = "Taro"
        commands.DeleteDocuments([document.id]).apply(taro)
    qtbot.waitUntil(lambda: window.document_area.document_id is None, timeout=10000)
    assert re.fullmatch(
        re.escape(f"“{document.name}” was deleted by Taro at ") + AT + r" UTC\.",
        window.statusBar().currentMessage(),
    )


def test_rename_on_a_document_deleted_a_moment_ago_says_so(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    project = _p(window)
    document = workspace.documents(project)[0]
    assert window.session is not None and window.session._watcher is not None
    window.session._watcher.stop()  # the tree still lists it, as in the moment before a poll
    with open_project(str(project.location)) as taro:
        taro.coder_name = "Taro"
        commands.DeleteDocuments([document.id]).apply(taro)
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        modal.ok(box)

    modal.answer(QMessageBox, read)
    _right_click(qtbot, window, document.id, "Rename…")
    qtbot.waitUntil(lambda: bool(said))
    assert len(said) == 1 and re.fullmatch(
        re.escape(f"“{document.name}” was deleted by Taro at ") + AT + r" UTC\.", said[0]
    )


def test_undoing_a_rename_taro_renamed_over_asks_and_cancel_keeps_his_name(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """Hanako's undo put her old name back over Taro's later one, unasked, and said 'Undone'."""
    assert window.session is not None
    project = _p(window)
    document = workspace.documents(project)[0]
    window.session.run(commands.RenameDocument(document.id, "hanako.txt"))
    with open_project(str(project.location)) as taro:
        commands.RenameDocument(document.id, "大阪市 基本方針 (taro).txt").apply(taro)
    asked: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "Cancel").click()

    modal.answer(QMessageBox, cancel)
    menu_bar.choose(qtbot, window, "Edit", "Undo")
    assert len(asked) == 1 and asked[0].startswith(
        "the document “hanako.txt” has been renamed “大阪市 基本方針 (taro).txt” since"
    )
    names = {d.id: d.name for d in workspace.documents(project)}
    assert names[document.id] == "大阪市 基本方針 (taro).txt"
    assert window.undo_action.text() == "&Undo Rename document to “hanako.txt”"
