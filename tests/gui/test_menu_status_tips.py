"""Every item of the main window's menus says in the status bar what it does, in English and
in Japanese: only the View menu's items did (File → Merge project…, Memos → Case memo… said
nothing while pointed at)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from frameworkqda.gui.main_window import MainWindow
from tests.gui.test_japanese_dialogs import japanese, study  # noqa: F401 - fixtures

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _menu_actions(window: MainWindow) -> list[QAction]:
    """Every action of the menu bar: the menus' titles, their items, submenus' items."""
    found: list[QAction] = []
    pending = list(window.menuBar().actions())
    while pending:
        action = pending.pop(0)
        if action.isSeparator():
            continue
        found.append(action)
        menu = action.menu()
        if isinstance(menu, QMenu):
            pending.extend(menu.actions())
    return found


def _walk_with_the_keyboard(qtbot: QtBot, window: MainWindow) -> dict[str, str]:
    """Each menu opened and its items stepped through with ↓, as a person does: what the
    status bar says at each."""
    said: dict[str, str] = {}
    for title in window.menuBar().actions():
        menu = title.menu()
        assert isinstance(menu, QMenu)
        menu.popup(window.mapToGlobal(QPoint(40, 20)))
        qtbot.waitUntil(menu.isVisible)
        try:
            for _ in range(len(menu.actions())):
                qtbot.keyClick(menu, Qt.Key.Key_Down)
                action = menu.activeAction()
                assert action is not None
                said[action.text()] = window.statusBar().currentMessage()
        finally:
            menu.hide()
    return said


def test_every_menu_item_has_a_status_tip_in_english(qtbot: QtBot, window: MainWindow) -> None:
    actions = _menu_actions(window)
    assert len(actions) > 40
    assert [a.text() for a in actions if not a.statusTip().strip()] == []
    tips = {a.text(): a.statusTip() for a in actions}
    assert not [t for t in tips.values() if JAPANESE.search(t)]
    said = _walk_with_the_keyboard(qtbot, window)
    assert len(said) > 30
    assert {text: tips[text] for text in said} == said
    assert said["&Merge project…"] == (
        "Bring another coder's copy of the study (.fqda, .qdpx) into this project"
    )


@pytest.mark.usefixtures("japanese")
def test_every_menu_item_has_a_status_tip_in_japanese(qtbot: QtBot, study: MainWindow) -> None:  # noqa: F811
    actions = _menu_actions(study)
    assert [a.text() for a in actions if not a.statusTip().strip()] == []
    english = [a.statusTip() for a in actions if not JAPANESE.search(a.statusTip())]
    assert english == []
    tips = {a.text(): a.statusTip() for a in actions}
    said = _walk_with_the_keyboard(qtbot, study)
    assert {text: tips[text] for text in said} == said
    assert said["プロジェクトの統合(&M)…"] == (
        "別のコーダーが作業した同じ研究のコピー（.fqda、.qdpx）をこのプロジェクトに統合します"
    )
