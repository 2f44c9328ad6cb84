"""Answering the app's own questions (a QMessageBox, a QInputDialog) the way a person does:
by clicking in the box once it is on screen. ``answer`` is called just before the action that
opens the box; the box's exec() then runs the event loop that delivers the click."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

_test = [0]  # which test the answers are for: one never used stops with its test (``forget``)


def answer(kind: type[QDialog], act: Callable[[QWidget], None]) -> None:
    """Do ``act`` in the next modal ``kind`` box (other modal dialogs are left alone), if one
    comes up before the test ends."""
    test = _test[0]

    def poll() -> None:
        if test != _test[0]:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, kind):
            act(box)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def forget() -> None:
    """The test is over: answers it prepared for boxes that never came are dropped, so they
    cannot answer a later test's box."""
    _test[0] += 1


def ok(box: QWidget) -> None:
    """Click ``box``'s OK (its accepting button: OK, Save, Yes…), as a person does: it must be
    shown and enabled. ``box.accept()`` passed by a button that was greyed or not there."""
    buttons = box.findChildren(QDialogButtonBox)
    accepting: list[QAbstractButton] = []
    if isinstance(box, QMessageBox):
        accepting = [
            b
            for b in box.buttons()
            if box.buttonRole(b)
            in (QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)
        ]
    for group in buttons:
        accepting += [
            b
            for b in group.buttons()
            if group.buttonRole(b)
            in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
            and b.isVisible()
        ]
    assert accepting, f"{box.windowTitle()}: no OK to click"
    button = accepting[0]
    assert button.isVisible() and button.isEnabled(), f"{box.windowTitle()}: {button.text()}"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def click(text: str) -> None:
    """Click the button called ``text`` in the next message box."""

    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        assert text in buttons, list(buttons)
        buttons[text].click()

    answer(QMessageBox, press)


@dataclass
class FileAsked:
    """What a file dialog offered the person."""

    title: str
    filters: list[str]
    proposed: str  # the folder it opened in, with the name it suggests when saving
    saving: bool
    size: QSize


def file_dialog(
    reply: Callable[[FileAsked], str | Path | Sequence[str | Path] | None],
    asked: list[FileAsked] | None = None,
) -> None:
    """In the next file dialog (Qt's own: the offscreen platform has no native one): note
    what it offers, then type the path(s) ``reply`` gives into its name field and click
    Open or Save, as a person does; ``None`` clicks Cancel."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QFileDialog)
        saving = box.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        offered = box.selectedFiles()
        proposed = offered[0] if saving and offered else box.directory().absolutePath()
        seen = FileAsked(box.windowTitle(), box.nameFilters(), proposed, saving, box.size())
        if asked is not None:
            asked.append(seen)
        chosen = reply(seen)
        buttons = box.findChild(QDialogButtonBox)
        assert isinstance(buttons, QDialogButtonBox)
        if chosen is None:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
            return
        paths = [chosen] if isinstance(chosen, (str, Path)) else list(chosen)
        name = box.findChild(QLineEdit, "fileNameEdit")
        assert isinstance(name, QLineEdit)
        name.setText(" ".join(f'"{path}"' for path in paths) if len(paths) > 1 else str(paths[0]))
        ok = (
            QDialogButtonBox.StandardButton.Save if saving else QDialogButtonBox.StandardButton.Open
        )
        buttons.button(ok).click()

    answer(QFileDialog, act)


def choose(*paths: str | Path, asked: list[FileAsked] | None = None) -> None:
    """In the next file dialog: the file(s) ``paths`` (none: Cancel)."""
    file_dialog(lambda _: (paths[0] if len(paths) == 1 else list(paths)) if paths else None, asked)


def read_next_box() -> list[str]:
    """What the next message box says (the list fills once it is read and closed with its
    OK, as a person does)."""
    said: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        ok(box)

    answer(QMessageBox, read)
    return said
