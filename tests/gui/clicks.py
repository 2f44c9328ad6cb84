"""Clicking an item as a person does: the item made current, scrolled to, then clicked."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView

from frameworkqda.core import workspace
from frameworkqda.gui.document.marks import Mark
from frameworkqda.gui.main_window import MainWindow


def click_current(qtbot, view: QAbstractItemView) -> None:  # type: ignore[no-untyped-def]
    """Click the view's current item (in the middle of it)."""
    view.scrollTo(view.currentIndex())
    rect = view.visualRect(view.currentIndex())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_document(qtbot, window: MainWindow, document_id: int) -> None:  # type: ignore[no-untyped-def]
    """Click the document in the window's document tree: the document area shows it."""
    window.document_tree.select_document(document_id)
    click_current(qtbot, window.document_tree)
    assert window.document_area.document_id == document_id


def open_coded_document(qtbot, window: MainWindow, passages: int = 1) -> list[tuple[QRect, Mark]]:  # type: ignore[no-untyped-def]
    """Open the first document with at least ``passages`` coded: its passages' stripes."""
    assert window.session is not None
    documents = workspace.documents(window.session.project)
    document = next(d for d in documents if d.segments >= passages)
    open_document(qtbot, window, document.id)
    return window.document_area.text_view.stripes()


def click_stripe(qtbot, window: MainWindow, rect: QRect) -> None:  # type: ignore[no-untyped-def]
    """Click a passage's stripe in the margin: the segment panel shows that passage."""
    margin = window.document_area.text_view._margin
    qtbot.mouseClick(margin, Qt.MouseButton.LeftButton, pos=rect.center())
