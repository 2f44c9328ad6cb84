"""Compare coders on a project only one person has coded: both boxes showed that coder, the
message said "Choose two different coders." with no other to choose, and Export… stayed
enabled, writing nothing. It now says there is one coder and how a colleague's work comes in
(File → Merge project…, the menu's own words), and Export… waits for a table."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from frameworkqda.gui.compare.view import CompareView
from frameworkqda.gui.main_window import MainWindow
from tests.gui import menu_bar


def _compare(window: MainWindow, qtbot: QtBot) -> CompareView:
    return menu_bar.view_by_keys(qtbot, window, "Ctrl+Shift+K", CompareView)


def _menu_words(window: MainWindow, menu: str, item: str) -> str:
    """``menu`` → ``item`` as the menu bar shows them, without their & marks."""
    bar = {a.text(): a.menu() for a in window.menuBar().actions()}
    found = bar[menu]
    assert isinstance(found, QMenu)
    assert item in [a.text() for a in found.actions()]
    return f"{menu} → {item}".replace("&", "")


def test_one_coder_says_so_and_how_to_bring_a_second_in(window: MainWindow, qtbot: QtBot) -> None:
    view = _compare(window, qtbot)
    assert window.session is not None
    coder = window.session.project.coder_name
    assert view.coder_a.count() == 1
    text = view.status.text()
    assert f"Only {coder} has coded in this project" in text
    assert _menu_words(window, "&File", "&Merge project…") in text
    assert not view.export_button.isEnabled()
    # the advice wraps: on one line it made the view wider than the window, cut off at its edge
    full = view.status.fontMetrics().horizontalAdvance(text)
    assert view.status.minimumSizeHint().width() < full / 2
    view.tabs.setCurrentWidget(view.cells)
    assert not view.export_button.isEnabled()


def test_two_coders_can_export(two_coders: MainWindow, qtbot: QtBot) -> None:
    view = _compare(two_coders, qtbot)
    assert view.coder_a.count() == 2 and view.rows
    assert view.export_button.isEnabled()
    view.choose_coders(view.coder_a.currentText(), view.coder_a.currentText())
    assert view.status.text() == "Choose two different coders."
    assert not view.export_button.isEnabled()
