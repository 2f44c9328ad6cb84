"""The main window's menu bar as a person uses it: an item chosen in its open menu (it must be
there, shown and enabled, or the menu would not take it), a shortcut pressed where the keyboard
is. Calling the window's handler, or ``action.triggered.emit()``, passes by both: File → Import
and Ctrl+I were dead while every import test, calling ``import_documents()``, passed."""

from __future__ import annotations

import re
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget
from pytestqt.qtbot import QtBot


def plain(text: str) -> str:
    """A menu text as read: no Alt-letter ("&Import documents…", "ファイル(&F)"), "&&" as "&"."""
    text = re.sub(r"\(&[^&]\)", "", text.replace("&&", "\0"))
    return text.replace("&", "").replace("\0", "&").strip()


def items(window: QMainWindow) -> list[tuple[list[str], QAction, QMenu]]:
    """Every item of the menu bar's menus and their submenus: its path as read, itself, the
    menu it is in."""
    found: list[tuple[list[str], QAction, QMenu]] = []

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, [*path, plain(action.text())])
            else:
                found.append(([*path, plain(action.text())], action, menu))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, [plain(top.text())])
    return found


def item(window: QMainWindow, *path: str) -> tuple[QAction, QMenu]:
    """The item at ``path`` ("File", "Import documents…"); its text may go on ("Undo" is
    "Undo Code …" after coding)."""
    for where, action, menu in items(window):
        if where[:-1] == list(path[:-1]) and where[-1].startswith(path[-1]):
            return action, menu
    raise AssertionError(f"no {' → '.join(path)} in {[' → '.join(w) for w, _, _ in items(window)]}")


def choose(qtbot: QtBot, window: QMainWindow, *path: str) -> QAction:
    """Open the item's menu, move to the item and press Return, as a person does with the
    mouse or the arrow keys. The item must be shown and enabled: a greyed item is said, not
    triggered."""
    action, menu = item(window, *path)
    name = " → ".join(path)
    assert action.isVisible(), f"{name} is hidden"
    assert action.isEnabled(), f"{name} is greyed"
    assert menu.isEnabled() and menu.menuAction().isVisible(), f"{name}: its menu is closed"
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(menu.isVisible)
    menu.setActiveAction(action)
    assert menu.activeAction() is action, name
    qtbot.keyClick(menu, Qt.Key.Key_Return)  # runs the item; a dialog it opens runs here
    qtbot.waitUntil(lambda: not menu.isVisible())
    if window.isVisible() and QApplication.activeModalWidget() is None:
        window.activateWindow()  # the menu gone, its window active again, as on a desktop
    return action


def focused(qtbot: QtBot, window: QWidget) -> QWidget:
    """The widget that has the keyboard in ``window``, made the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return QApplication.focusWidget() or window


def press(qtbot: QtBot, window: QWidget, keys: str | QKeySequence) -> None:
    """Press ``keys`` ("Ctrl+I", "Del") where the keyboard is in ``window``, as a person does."""
    sequence = QKeySequence(keys)
    assert sequence.count() == 1, keys
    combination = sequence[0]
    qtbot.keyClick(focused(qtbot, window), combination.key(), combination.keyboardModifiers())


View = TypeVar("View", bound=QWidget)


def view_by_keys(qtbot: QtBot, window: QMainWindow, keys: str, kind: type[View]) -> View:
    """The view a shortcut brings to the front, pressed as a person does in the active
    window: Ctrl+R for Review, Ctrl+Shift+K for Compare coders."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, keys)
    view = window.work_stack.current()  # type: ignore[attr-defined]
    assert isinstance(view, kind), view
    return view
