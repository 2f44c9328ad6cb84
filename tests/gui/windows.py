"""The main window on a project file, as the tests open it: 1400 × 900, shown, the project
opened through the window as File → Open does."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.settings import Settings


def window_on(qtbot: QtBot, settings: Settings, location: Path) -> MainWindow:
    """A main window, closed with the test, showing the project at ``location``."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_project(str(location))
    return window
