"""Clicking an item as a person does: the item made current, scrolled to, then clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

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
