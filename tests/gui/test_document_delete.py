"""Deleting and renaming documents in the document tree: the Delete key and the right-click
menu, as a person does them, then Edit → Undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu, QMessageBox, QWidget

from frameworkqda.core import coding, model, workspace
from frameworkqda.core.commands.snapshot import rows, table_of
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.panels import ID_ROLE, KIND_ROLE
from tests.gui import menu_bar, modal
from tests.gui.clicks import click_stripe, open_coded_document, open_document


def _tree_documents(window: MainWindow) -> dict[int, str]:
    model_ = window.document_tree.model()
    found: dict[int, str] = {}
    for row in range(model_.rowCount()):
        group = model_.index(row, 0)
        for child in range(model_.rowCount(group)):
            index = model_.index(child, 0, group)
            if index.data(KIND_ROLE) == "document":
                found[int(index.data(ID_ROLE))] = str(index.data())
    return found


def _rows(window: MainWindow) -> dict[str, list[Any]]:
    """Every row a deletion touches, every column."""
    assert window.session is not None
    with window.session.project.session() as session:
        return {
            table_of(entity).name: sorted(
                (tuple(sorted(row.items())) for row in rows(session, entity)), key=repr
            )
            for entity in (
                model.Document,
                model.DocumentFile,
                model.DocumentPage,
                model.Segment,
                model.Memo,
                model.ChartCell,
            )
        }


def _answer(button: str, said: list[str]) -> None:
    """In the next message box: note what it says, then click ``button``."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        buttons[button].click()

    modal.answer(QMessageBox, act)


def _index_of(window: MainWindow, document_id: int) -> QModelIndex:
    tree = window.document_tree
    tree.select_document(document_id)
    return tree.currentIndex()


def _right_click(qtbot, window: MainWindow, document_id: int, choose: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Right-click the document in the tree and choose ``choose`` in its menu; the menu's
    entries come back."""
    tree = window.document_tree
    point = tree.visualRect(_index_of(window, document_id)).center()
    entries: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        entries.extend(a.text() for a in menu.actions())
        action = next(a for a in menu.actions() if a.text().replace("&", "") == choose)
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)
        ),
    )
    qtbot.waitUntil(lambda: bool(entries))
    return entries


def test_delete_key_asks_then_deletes_the_open_document_and_undo_brings_it_all_back(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    assert window.session is not None
    project = window.session.project
    before = _rows(window)
    document = workspace.documents(project)[0]  # hamamatsu-plan.pdf, coded
    assert document.segments > 1
    open_document(qtbot, window, document.id)
    tree = window.document_tree
    tree.setFocus()

    said: list[str] = []
    _answer("Cancel", said)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert said == [
        f"{document.name} and its {document.segments} coded passages will be removed.\n"
        "You can undo this with Edit → Undo."
    ]
    assert _rows(window) == before and window.document_area.document_id == document.id

    _answer("Delete", said)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert document.id not in [d.id for d in workspace.documents(project)]
    assert document.id not in _tree_documents(window)
    assert window.document_area.document_id is None  # its view closed
    assert window.document_area.text_view.toPlainText() == ""
    assert window.undo_action.text() == "&Undo Delete 1 document"
    summaries = [row for row in before["chart_cells"]]
    assert _rows(window)["chart_cells"] == summaries  # the researcher's summaries stay

    menu_bar.choose(qtbot, window, "Edit", "Undo")  # Edit → Undo
    assert _rows(window) == before  # ids, places, passages with coders and dates, memos
    assert _tree_documents(window)[document.id] == document.name
    menu_bar.choose(qtbot, window, "Edit", "Redo")
    assert document.id not in _tree_documents(window)


def test_right_click_renames_and_deletes_several_selected_documents(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    assert window.session is not None
    project = window.session.project
    before = _rows(window)
    first, second, *_ = workspace.documents(project)
    open_document(qtbot, window, second.id)

    def new_name(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        assert box.textValue() == second.name  # the old name, to edit
        box.setTextValue("浜松市 議事録.txt")
        modal.ok(box)

    modal.answer(QInputDialog, new_name)
    entries = _right_click(qtbot, window, second.id, "Rename…")
    assert [e.replace("&", "") for e in entries] == ["Rename…", "Delete…"]
    assert _tree_documents(window)[second.id] == "浜松市 議事録.txt"
    assert window.document_area.title.text() == "浜松市 議事録.txt"  # the open view follows
    menu_bar.choose(qtbot, window, "Edit", "Undo")
    assert _tree_documents(window)[second.id] == second.name
    assert window.document_area.title.text() == second.name

    tree = window.document_tree
    tree.setCurrentIndex(_index_of(window, first.id))
    qtbot.mouseClick(  # Ctrl-click adds the second one
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        tree.visualRect(_index_of_without_moving(window, second.id)).center(),
    )
    assert tree.selected_documents() == [first.id, second.id]
    said: list[str] = []
    _answer("Delete", said)
    _right_click_selected(qtbot, window, second.id)
    passages = first.segments + second.segments
    assert said == [
        f"2 documents and their {passages} coded passages will be removed.\n"
        "You can undo this with Edit → Undo."
    ]
    remaining = {d.id for d in workspace.documents(project)}
    assert first.id not in remaining and second.id not in remaining
    assert window.undo_action.text() == "&Undo Delete 2 documents"
    menu_bar.choose(qtbot, window, "Edit", "Undo")
    assert _rows(window) == before


def _index_of_without_moving(window: MainWindow, document_id: int) -> QModelIndex:
    model_ = window.document_tree.model()
    for row in range(model_.rowCount()):
        group = model_.index(row, 0)
        for child in range(model_.rowCount(group)):
            index = model_.index(child, 0, group)
            if index.data(ID_ROLE) == document_id and index.data(KIND_ROLE) == "document":
                return index
    raise AssertionError(document_id)


def _right_click_selected(qtbot, window: MainWindow, document_id: int) -> None:  # type: ignore[no-untyped-def]
    """Right-click a selected document (the selection stays) and choose Delete…."""
    tree = window.document_tree
    point = tree.visualRect(_index_of_without_moving(window, document_id)).center()
    chosen: list[bool] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        action = next(a for a in menu.actions() if a.text().replace("&", "") == "Delete…")
        menu.setActiveAction(action)
        chosen.append(True)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, QPoint(point), tree.viewport().mapToGlobal(point)
        ),
    )
    qtbot.waitUntil(lambda: bool(chosen))


def test_a_note_typed_just_before_deleting_its_document_comes_back_with_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """A note typed on a passage, then its document deleted within the 0.6 s the note waits
    for: Edit → Undo brings the passage back with the note."""
    assert window.session is not None
    project = window.session.project
    rect, mark = open_coded_document(qtbot, window)[0]
    click_stripe(qtbot, window, rect)
    window.inspector.note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.inspector.note, " council is advisory only")
    typed = window.inspector.note.toPlainText()
    tree = window.document_tree
    tree.setFocus()
    _answer("Delete", [])
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert window.document_area.document_id is None
    menu_bar.choose(qtbot, window, "Edit", "Undo")
    assert coding.get_segment(project, mark.segment_id).note == typed


def test_a_read_only_project_asks_nothing_and_greys_the_menu(qtbot, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from frameworkqda.gui.app import build_window
    from frameworkqda.gui.sample import build_sample
    from frameworkqda.gui.session import read_only_text

    path = tmp_path / "sample.fqda"
    build_sample(path)
    path.chmod(0o444)
    try:
        window = build_window(str(path), settings=settings)
        qtbot.addWidget(window)
        window.show()
        assert window.session is not None and window.session.project.read_only
        document = workspace.documents(window.session.project)[0]
        tree = window.document_tree
        tree.select_document(document.id)
        tree.setFocus()
        asked: list[str] = []
        _answer("Cancel", asked)
        qtbot.keyClick(tree, Qt.Key.Key_Delete)
        assert asked == [] and window.statusBar().currentMessage() == read_only_text()
        menu = tree.document_menu(tree.currentIndex())
        assert menu is not None and not any(a.isEnabled() for a in menu.actions())
        assert document.id in _tree_documents(window)
        window.close()
    finally:
        path.chmod(0o644)


def test_deleting_a_document_another_coder_coded_says_whose_passages_go(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """Taro's box said only "… and its 1 coded passage will be removed." when the passage was
    Hanako's: her work went unnamed."""
    from frameworkqda.core.store import open_project
    from tests import writes

    assert window.session is not None
    project = window.session.project
    document = workspace.documents(project)[0]
    code = next(c for c in workspace.codebook(project) if c.parent_id is not None)
    with open_project(str(project.location)) as other:
        other.coder_name = "Hanako"
        writes.add_segment(other, document.id, code.id, 0, 4)
    window.document_tree.reload()  # as the window does on seeing the other program's change
    passages = document.segments + 1
    open_document(qtbot, window, document.id)
    tree = window.document_tree
    tree.setFocus()
    said: list[str] = []
    _answer("Cancel", said)
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert said == [
        f"{document.name} and its {passages} coded passages will be removed.\n"
        "This includes 1 passage coded by Hanako.\n"
        "You can undo this with Edit → Undo."
    ], said
