"""Waiting for the search panel: it searches on a thread of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frameworkqda.core.search import SearchHit
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.search.panel import SearchPanel


def searched(qtbot: QtBot, panel: SearchPanel) -> list[SearchHit]:
    """Wait until the search typed (or chosen in a box) shows its hits; every hit."""
    qtbot.waitUntil(lambda: not panel.searching(), timeout=10_000)
    return list(panel.hits)


def open_search(window: MainWindow, qtbot: QtBot) -> SearchPanel:
    """Search all documents opened as a person does: Ctrl+Shift+F on the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.work_stack.current()
    assert isinstance(panel, SearchPanel)
    return panel


def coding_done(qtbot: QtBot, panel: SearchPanel) -> list[int]:
    """Wait until "Code all hits" has coded (it runs as a job); the new segment ids."""
    qtbot.waitUntil(lambda: not panel.coding_running(), timeout=10_000)
    return list(panel.last_coded)
