"""The left column keeps its width and the window its size, whatever the work area shows:
a search jump, the matrix's "Open in document", a wide government PDF opened from the tree."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QPushButton

from frameworkqda.core import workspace
from frameworkqda.core.commands import Change
from frameworkqda.core.importers import import_documents
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.model import EVIDENCE_ROLE
from frameworkqda.gui.search.panel import SearchPanel
from tests.gui import menu_bar
from tests.gui.searched import searched


def _geometry(window: MainWindow) -> tuple[int, int]:
    """The window's width and the left column's, once pending layouts have run."""
    for _ in range(3):
        QApplication.processEvents()
    return window.width(), window.splitter.sizes()[0]


def _click_index(qtbot, view, index: QModelIndex, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    view.scrollTo(index)
    point = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_left_column_and_window_keep_their_width(qtbot, window: MainWindow, corpus) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    project = window.session.project
    results = import_documents(project, [corpus / "pdf/ja/kampo.pdf", corpus / "pdf/en/dmca.pdf"])
    assert all(r.document_id is not None for r in results), [r.message for r in results]
    window.session.notify({Change.DOCUMENTS})
    window.resize(1100, 760)
    qtbot.wait(50)
    before = _geometry(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # the framework matrix (Ctrl+4): a cell with evidence, then "Open in document"
    menu_bar.press(qtbot, window, "Ctrl+4")
    matrix = window.views["matrix"]
    model = matrix.table.model()
    cell = next(
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.index(row, column).data(EVIDENCE_ROLE)
    )
    _click_index(qtbot, matrix.table, cell)
    assert _geometry(window) == before
    (open_button,) = [
        b for b in matrix.evidence.findChildren(QPushButton) if b.text() == "Open in document"
    ]
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert window.current_view == "documents"
    assert _geometry(window) == before

    # a search hit (Ctrl+Shift+F), double-clicked
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    search = window.views["search"]
    assert isinstance(search, SearchPanel)
    typed = QInputMethodEvent()  # Japanese arrives from the input method, committed
    typed.setCommitString("多文化")
    QApplication.sendEvent(search.term, typed)
    qtbot.keyClick(search.term, Qt.Key.Key_Return)
    assert searched(qtbot, search)
    assert search.model.rowCount() > 0
    _click_index(qtbot, search.table, search.model.index(0, 0), double=True)
    assert window.current_view == "documents"
    assert _geometry(window) == before

    # kampo.pdf and dmca.pdf from the tree, in text and on their pages
    tree = window.document_tree
    for name in ("kampo.pdf", "dmca.pdf"):
        (document,) = [d for d in workspace.documents(project) if d.name == name]
        tree.select_document(document.id)
        _click_index(qtbot, tree, tree.currentIndex())
        assert window.document_area.document_id == document.id
        tabs = window.document_area.tabs
        qtbot.mouseClick(
            tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center()
        )
        assert window.document_area.showing_pages()
        assert _geometry(window) == before, name
    assert window.codebook_tree.width() == before[1]
