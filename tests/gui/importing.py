"""The import dialog as a person uses it: Import clicked, its lines read once it is over."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frameworkqda.gui.import_dialog import ImportDialog


def imported_lines(qtbot: QtBot, dialog: ImportDialog, timeout: int = 20000) -> list[str]:
    """Click the dialog's Import and wait for the import to end (``timeout`` ms): its lines,
    one a file (and a line under a file for each of its notes)."""
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=timeout)
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]
