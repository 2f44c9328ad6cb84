"""Walking the interface as a person does, reading every window that opens on the way.

``Walk.opening(where, act, *answers)`` does ``act`` (a menu action triggered, a button
clicked) and then, as windows come up, reads each one and deals with it:

- a window still at work (an import, a merge: its ``running()`` is true) is waited for, then
  read again with its result;
- a window that is not a question or a file chooser has the buttons that open a further window
  (labelled "…") clicked in turn, one level deep, each window they open read the same way;
- ``answers`` are what the person does in a window before closing it: choose a file in a file
  dialog, pick an entry, press Export. Each answer returns True when it acted; the window is
  then read again and offered to the answers again;
- everything is then closed as a person who changes nothing closes it: a question with Esc
  (its Cancel or No), a dialog's reject.

Modal windows (``exec()``) run their own event loop; the walk's timer keeps ticking inside it,
so a question opened from a dialog opened from a menu is read and answered all the same.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)
from shiboken6 import isValid

from tests.gui.ui_strings import Shown, shown_strings

Answer = Callable[[QWidget], bool]  # acts in a window; True when it did something
QUESTIONS = (QMessageBox, QFileDialog, QInputDialog, QColorDialog)  # answered, not explored


class Walk:
    """Opens things as a person does and keeps what each showed."""

    def __init__(self, window: QMainWindow, qtbot: object) -> None:
        self.window = window
        self.qtbot = qtbot
        self.shown: list[Shown] = []
        self.opened: list[str] = []  # what the walk opened, for the failure message
        self.met: set[str] = set()  # the class and object names of the windows it met

    def read(self, widget: QWidget, where: str) -> None:
        if not isValid(widget):  # closed and deleted meanwhile
            return
        self.shown.extend(shown_strings(widget, where))
        message = self.window.statusBar().currentMessage()
        if message:
            self.shown.append(Shown(f"{where}: status bar", message))

    def opening(
        self, where: str, act: Callable[[], object], *answers: Answer, timeout: int = 60000
    ) -> None:
        """Do ``act``; read, answer and close every window it opens, and those they open."""
        # the windows themselves are kept, not only their ids: a wrapper PySide made for a
        # window Qt created (a file dialog) may go, and a new one take its id
        kept = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        before = {id(w) for w in kept}
        names: dict[int, str] = {}  # each window seen, by id: where it was met
        depth: dict[int, int] = {}  # 1: opened by ``act``, 2: by a button in one of those
        # what new windows come from: the last button clicked (and its level), else act
        origin, level = [where], [1]
        waiting: set[int] = set()  # windows that were at work when last looked at
        todo: list[Callable[[], object]] = []  # a stack: the next thing to do is last
        idle = [0]

        def windows() -> list[QWidget]:
            return [
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible() and id(w) not in before and w is not self.window
            ]

        def leave(widget: QWidget) -> None:
            if not isValid(widget) or not widget.isVisible():
                return
            for answer in answers:
                if answer(widget):
                    todo.append(lambda: leave(widget))
                    todo.append(lambda: self.read(widget, names[id(widget)]))
                    return
            _close(widget)

        def explore(widget: QWidget, name: str) -> None:
            """Its buttons that open a window, each clicked, the window read after each."""
            todo.append(lambda: leave(widget))
            if isinstance(widget, QUESTIONS) or depth[id(widget)] > 1:
                return
            for button in reversed(_window_buttons(widget)):
                todo.append(lambda: self.read(widget, name))
                todo.append(lambda b=button: click(b, name, depth[id(widget)] + 1))

        def click(button: QAbstractButton, name: str, next_level: int) -> None:
            if isValid(button) and button.isVisible() and button.isEnabled():
                origin[0], level[0] = f"{name}: {button.text()}", next_level
                button.click()

        def tick() -> None:
            if idle[0] >= 6:
                return
            QTimer.singleShot(40, tick)  # first: what follows may run a modal event loop
            shown = windows()
            fresh = [w for w in shown if id(w) not in names]
            for widget in fresh:
                kept.append(widget)
                name = f"{origin[0]} → {widget.windowTitle() or type(widget).__name__}"
                names[id(widget)], depth[id(widget)] = name, level[0]
                self.opened.append(name)
                self.met |= {type(widget).__name__, widget.objectName()}
                self.read(widget, name)
                explore(widget, name)
            busy = [w for w in shown if _running(w)]
            waiting.update(id(w) for w in busy)
            if busy:
                idle[0] = 0
                return
            for widget in shown:
                if id(widget) in waiting:  # its work ended: read its result, then close it
                    waiting.discard(id(widget))
                    self.read(widget, names[id(widget)])
                    todo.append(lambda w=widget: leave(w))
            if fresh:
                idle[0] = 0
            elif todo:
                idle[0] = 0
                todo.pop()()
            else:
                idle[0] += 1

        QTimer.singleShot(0, tick)
        act()
        self.qtbot.waitUntil(lambda: idle[0] >= 6, timeout=timeout)  # type: ignore[attr-defined]
        self.read(self.window, where)


def _running(widget: QWidget) -> bool:
    running = getattr(widget, "running", None)
    return bool(callable(running) and running())


def _window_buttons(widget: QWidget) -> list[QAbstractButton]:
    return [
        b
        for b in widget.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and opens_a_window(b.text())
    ]


def _close(widget: QWidget) -> None:
    if isinstance(widget, QMessageBox):  # Esc: Cancel, No or the escape button, as Qt picks
        QTest.keyClick(widget, Qt.Key.Key_Escape)
        if not widget.isVisible():
            return
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


def opens_a_window(text: str) -> bool:
    """By the convention the menus and buttons follow, a label ending in … opens a dialog."""
    return text.rstrip().endswith(("…", "..."))


# -- answers ---------------------------------------------------------------------------------
def choose_file(opening: Path | None = None, saving: Path | None = None) -> Answer:
    """In a file dialog: the file to open, or the name to save as."""

    def answer(widget: QWidget) -> bool:
        if not isinstance(widget, QFileDialog):
            return False
        path = opening if widget.acceptMode() == QFileDialog.AcceptMode.AcceptOpen else saving
        if path is None:
            return False
        name = widget.findChild(QLineEdit, "fileNameEdit")  # typed, as a person does
        assert isinstance(name, QLineEdit)
        name.setText(str(path))
        widget.accept()
        return True

    return answer


def pick_first(widget: QWidget) -> bool:
    """In a list to choose from (Merge into…): the first entry."""
    if not isinstance(widget, QInputDialog) or not widget.comboBoxItems():
        return False
    widget.setTextValue(widget.comboBoxItems()[0])
    widget.accept()
    return True


def press_once(kind: type[QWidget], button: Callable[[QWidget], QAbstractButton]) -> Answer:
    """In the first window of ``kind``: press ``button`` (Export), once."""
    pressed: list[int] = []

    def answer(widget: QWidget) -> bool:
        if not isinstance(widget, kind) or pressed:
            return False
        pressed.append(id(widget))
        button(widget).click()
        return True

    return answer
