"""A time the app shows is in UTC, written one way (``2026-12-05 10:32``, the column saying
"UTC"), as its messages give times (`messages.utc_minute`): team members in Tokyo and London
read the same time for the same change. Review's Updated column showed the locale's short date
("12/5/26 10:32 AM"), All memos' Changed column the computer's own zone, unsaid."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frameworkqda.core import commands
from frameworkqda.core.messages import utc_minute
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.memos_view import MemosView
from frameworkqda.gui.review.view import ReviewView
from tests.gui import menu_bar


@pytest.fixture
def in_tokyo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock in Tokyo (UTC+9), where a local time is not the UTC one."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _header(view: object, column: int) -> str:
    table = view.table  # type: ignore[attr-defined]
    return str(table.model().headerData(column, Qt.Orientation.Horizontal))


def test_review_shows_when_a_passage_was_coded_in_utc(
    in_tokyo: None, window: MainWindow, qtbot: QtBot
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+R")
    review = window.work_stack.current()
    assert isinstance(review, ReviewView)
    table = review.table.model()
    column = next(c for c in range(table.columnCount()) if _header(review, c).startswith("Upd"))
    row = review.model.rows[0]
    assert row.updated is not None
    assert table.index(0, column).data() == utc_minute(row.updated)  # "2026-12-05 10:32"
    assert _header(review, column) == "Updated (UTC)"


def test_all_memos_shows_when_a_memo_changed_in_utc(
    in_tokyo: None, window: MainWindow, qtbot: QtBot
) -> None:
    assert window.session is not None
    window.session.run(commands.AddFreeMemo("Ideas", "Compare the councils."))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+Shift+M")
    memos_view = window.work_stack.current()
    assert isinstance(memos_view, MemosView)
    (row,) = memos_view.model.rows
    shown = memos_view.table.model().index(0, 4).data()
    assert shown == utc_minute(row.updated)  # not Tokyo's clock, nine hours on
    assert _header(memos_view, 4) == "Changed (UTC)"
