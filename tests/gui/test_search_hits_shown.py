""" "Code all hits" codes the hits shown for the term shown, and a search's hits follow the
documents: typed and clicked through the real panel.

A researcher searched "interpreter" (7,936 hits), typed "a" and clicked Code all hits at once:
the 7,936 "interpreter" passages were coded while "a" was searched, and the "Coded …" message
was then overwritten by the count of "a". After a document was deleted the hits stayed:
coding said "Coded 1 sentence from 2 hits" while Undo said "Code 2 hits", and double-clicking
the deleted document's hit raised NotFoundError into the last-resort error box."""

from __future__ import annotations

import re
import threading

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from frameworkqda.core import commands, review, workspace
from frameworkqda.core.store import open_project
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.review.view import ReviewView
from frameworkqda.gui.search.panel import HIT_ROLE, SearchPanel
from tests.core.engine_helpers import add_document
from tests.gui import modal
from tests.gui.searched import coding_done, open_search, searched

AT = r"\d{4}-\d\d-\d\d \d\d:\d\d"  # a deletion's time, as the messages give it


def _type(qtbot: QtBot, panel: SearchPanel, term: str) -> None:
    """Select what the term field holds and type over it."""
    panel.term.setFocus()
    qtbot.keyClick(panel.term, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.term, term)


def _choose_code(qtbot: QtBot, panel: SearchPanel) -> int:
    panel.code_box.setFocus()
    qtbot.keyClick(panel.code_box, Qt.Key.Key_Down)
    code = panel.code_box.currentData()
    assert isinstance(code, int)
    return code


def _coded(window: MainWindow, code: int) -> set[tuple[int, int, int]]:
    assert window.session is not None
    rows = review.segment_rows(window.session.project)
    return {(r.document_id, r.start, r.end) for r in rows if r.code_id == code}


def test_code_all_hits_waits_for_the_search_typed_and_codes_its_hits(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = open_search(window, qtbot)
    _type(qtbot, panel, "school")
    school = searched(qtbot, panel)
    assert len(school) == 1
    code = _choose_code(qtbot, panel)
    panel.unit_box.setCurrentIndex(panel.unit_box.findData("hit"))
    assert panel.code_button.isEnabled()
    before = _coded(window, code)

    release = threading.Event()
    search = panel.index.find

    def held(term, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)  # "e" is slow to search: the click comes meanwhile
        return search(term, **kwargs)

    panel.index.find = held  # type: ignore[method-assign]
    try:
        _type(qtbot, panel, "e")
        # the pause in typing: the "school" hit is still in the table, but not for coding
        assert panel._timer.isActive()
        assert not panel.code_button.isEnabled()
        assert panel.count.text() == "Searching for “e”…"
        qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
        assert panel.code_all_hits() == []  # nor by a script
        qtbot.keyClick(panel.term, Qt.Key.Key_Return)  # searching now, "e" held
        assert panel.searching() and not panel.code_button.isEnabled()
        assert panel.count.text() == "Searching for “e”…"
        qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
        assert _coded(window, code) == before  # the "school" hit was not coded
        assert not window.undo_action.isEnabled()

    finally:
        release.set()  # a failure above leaves no search waiting
    hits = searched(qtbot, panel)
    assert len(hits) == 64 and all(h.match.lower() == "e" for h in hits)
    assert panel.code_button.isEnabled()
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    coding_done(qtbot, panel)
    after = _coded(window, code)  # each hit coded; one touching a passage of it grew that
    assert all(any(d == h.document_id and s <= h.start < h.end <= e for d, s, e in after)
               for h in hits)  # fmt: skip
    assert len(after - before) <= len(hits)
    said = panel.count.text()
    assert said.startswith("Coded ") and " from 64 hits as “" + _path(panel) + "”" in said
    qtbot.wait(400)  # nothing searches again and overwrites what coding said
    assert panel.count.text() == said
    # the message wraps: on one line it widened the panel past the window's edge
    window.resize(1100, 800)
    qtbot.wait(50)
    right = panel.code_button.mapTo(window, panel.code_button.rect().topRight()).x()
    assert right < window.width()


def _path(panel: SearchPanel) -> str:
    return panel.code_box.currentText()


def test_a_document_deleted_here_takes_its_hits_from_the_search(
    window: MainWindow, qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    project = session.project
    panel = open_search(window, qtbot)
    panel.term.setText("市")  # typed through an input method (keyClicks is ASCII only): 20
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)  # hits in 3 documents
    hits = searched(qtbot, panel)
    documents = sorted({h.document_id for h in hits})
    assert len(documents) == 3

    # deleted here (the document tree, Delete, answered Delete): its hits go from the table
    gone = documents[0]
    tree = window.document_tree
    tree.select_document(gone)
    tree.setFocus()
    modal.click("Delete")
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: gone not in [d.id for d in workspace.documents(project)])
    left = searched(qtbot, panel)
    assert left and {h.document_id for h in left} == set(documents[1:])
    assert [panel.model.index(r, 0).data(HIT_ROLE) for r in range(panel.model.rowCount())] == left
    assert panel.count.text().startswith(f"{len(left)} hits in 2 documents")


def test_a_hit_of_a_document_taro_deleted_unseen_is_skipped_and_not_opened_and_said(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Deleted by Taro, not yet seen here (the project is polled every 2 s): coding says what
    it skipped and Undo names what it coded; opening the hit says why not."""
    session = window.session
    assert session is not None
    project = session.project
    panel = open_search(window, qtbot)
    panel.term.setText("市")
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    left = searched(qtbot, panel)
    documents = sorted({h.document_id for h in left})
    code = _choose_code(qtbot, panel)
    panel.unit_box.setCurrentIndex(panel.unit_box.findData("hit"))
    before = _coded(window, code)
    taros = documents[0]
    name = next(d.name for d in workspace.documents(project) if d.id == taros)
    with open_project(str(project.location)) as taro:
        taro.coder_name = "Taro"
        commands.DeleteDocuments([taros]).apply(taro)
    boxes: list[str] = []  # a box (a refusal, the last-resort error box) is a failure

    def seen(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        boxes.append(box.text())
        box.reject()

    modal.answer(QMessageBox, seen)
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    coding_done(qtbot, panel)
    assert boxes == []
    kept = [h for h in left if h.document_id != taros]
    skipped = len(left) - len(kept)
    assert _coded(window, code) - before == {(h.document_id, h.start, h.end) for h in kept}
    assert panel.count.text() == (
        f"Coded {len(kept)} hits from {len(kept)} hits as “{_path(panel)}”; "
        f"{skipped} hits not coded: their document was deleted"
    )
    assert window.undo_action.text() == f"&Undo Code {len(kept)} hits as “{_path(panel)}”"

    # double-clicking Taro's document's hit says so in the status bar (no error box)
    row = next(r for r in range(panel.model.rowCount()) if left[r].document_id == taros)
    _double_click(qtbot, panel, panel.model.index(row, 3))
    assert re.fullmatch(
        re.escape(f"Not opened: the document “{name}” was deleted by Taro at ") + AT + " UTC",
        window.statusBar().currentMessage(),
    )
    assert window.work_stack.current() is panel


def test_a_review_row_of_a_document_taro_deleted_unseen_says_it_was_not_opened(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Review, the matrix's evidence and the Memos list open passages the same way."""
    session = window.session
    assert session is not None
    project = session.project
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    row = view.proxy.visible_rows()[0]
    name = next(d.name for d in workspace.documents(project) if d.id == row.document_id)
    with open_project(str(project.location)) as taro:
        taro.coder_name = "Taro"
        commands.DeleteDocuments([row.document_id]).apply(taro)
    index = view.table.model().index(0, 0)
    view.table.scrollTo(index)
    point = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert re.fullmatch(
        re.escape(f"Not opened: the document “{name}” was deleted by Taro at ") + AT + " UTC",
        window.statusBar().currentMessage(),
    )
    assert window.work_stack.current() is view


def _double_click(qtbot: QtBot, panel: SearchPanel, index: QModelIndex) -> None:
    panel.table.scrollTo(index)
    point = panel.table.visualRect(index).center()
    viewport = panel.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=point)


def test_the_undo_step_of_thousands_of_hits_groups_its_digits(
    window: MainWindow, qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    add_document(session.project, "many.txt", "Zqx. " * 1234)
    panel = open_search(window, qtbot)
    _type(qtbot, panel, "zqx")
    hits = searched(qtbot, panel)
    assert len(hits) == 1234
    assert panel.count.text().startswith("1,234 hits in 1 document")
    code = _choose_code(qtbot, panel)
    panel.unit_box.setCurrentIndex(panel.unit_box.findData("hit"))
    before = _coded(window, code)
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    coding_done(qtbot, panel)
    assert len(_coded(window, code) - before) == 1234
    path = _path(panel)
    assert panel.count.text() == f"Coded 1,234 hits from 1,234 hits as “{path}”"
    assert window.undo_action.text() == f"&Undo Code 1,234 hits as “{path}”"
