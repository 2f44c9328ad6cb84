"""An exception no slot catches is shown in a box (``frameworkqda gui`` installs the hook),
with its traceback under the details to copy, instead of vanishing to stderr."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from frameworkqda.core.errors import ProjectError
from frameworkqda.gui import import_dialog, unexpected
from frameworkqda.gui.main_window import MainWindow
from tests.gui import menu_bar, modal


def _read_box() -> list[tuple[str, str, str]]:
    said: list[tuple[str, str, str]] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append((box.text(), box.informativeText(), box.detailedText()))
        modal.ok(box)

    modal.answer(QMessageBox, read)
    return said


def _failing(error: Exception) -> Any:
    def open_import(*_: Any, **__: Any) -> None:  # as the window calls it (folder=)
        raise error

    return open_import


def test_an_exception_escaping_a_slot_is_shown_with_its_details(
    qtbot, window: MainWindow, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(import_dialog, "open_import", _failing(KeyError("no such case")))
    tests_hook = sys.excepthook  # pytest-qt's: put back, so later errors fail their tests
    sys.excepthook = sys.__excepthook__  # as in the app: the hook it chains to prints
    unexpected.install()
    try:
        said = _read_box()
        menu_bar.press(qtbot, window, "Ctrl+I")  # its slot raises
        qtbot.waitUntil(lambda: bool(said))
    finally:
        sys.excepthook = tests_hook
    text, informative, details = said[0]
    assert text == (
        "Something went wrong that FrameworkQDA did not expect, so what you asked for may not "
        "have been done: KeyError: 'no such case'"
    )
    assert "Work already saved is kept" in informative
    assert "Traceback (most recent call last)" in details and "open_import" in details
    assert "KeyError: 'no such case'" in capsys.readouterr().err  # still on stderr too


def test_an_uncaught_error_meant_for_the_person_is_shown_as_its_line(
    qtbot, window: MainWindow, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    line = "/tmp/study.fqda: the disk is full; this change was not saved"
    monkeypatch.setattr(import_dialog, "open_import", _failing(ProjectError(line)))
    tests_hook = sys.excepthook
    sys.excepthook = sys.__excepthook__
    unexpected.install()
    try:
        said = _read_box()
        menu_bar.press(qtbot, window, "Ctrl+I")  # caught by the window now: the same box
        qtbot.waitUntil(lambda: bool(said))
        assert said[0][0] == line
        said = _read_box()
        unexpected.show(ProjectError(line))  # as the hook shows one no slot caught
        assert said[0] == (line, "", "")
    finally:
        sys.excepthook = tests_hook
