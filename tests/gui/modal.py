"""Answering the app's own questions (a QMessageBox, a QInputDialog) the way a person does:
by clicking in the box once it is on screen. ``answer`` is called just before the action that
opens the box; the box's exec() then runs the event loop that delivers the click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def answer(kind: type[QDialog], act: Callable[[QWidget], None]) -> None:
    """Do ``act`` in the next modal ``kind`` box (other modal dialogs are left alone)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, kind):
            act(box)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def click(text: str) -> None:
    """Click the button called ``text`` in the next message box."""

    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        assert text in buttons, list(buttons)
        buttons[text].click()

    answer(QMessageBox, press)
