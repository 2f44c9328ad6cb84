"""A window on the sample project opened from a read-only file: the setting of every test of
what a read-only project refuses (the matrix, memos, scores, the other views)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.sample import build_sample


@contextlib.contextmanager
def read_only_sample(
    qtbot: QtBot, settings: object, folder: Path
) -> Iterator[tuple[MainWindow, Path]]:
    """The main window, shown, on ``folder/sample.fqda`` made read-only (its mode put back
    after), and the file's path."""
    location = folder / "sample.fqda"
    build_sample(location)
    location.chmod(0o444)
    try:
        window = MainWindow(settings)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        window.open_project(str(location))
        assert window.session is not None and window.session.project.read_only
        yield window, location
    finally:
        location.chmod(0o644)
