"""What a researcher must read fits the window, in English and in Japanese.

Found on screenshots at 1500 × 900: a refused undo's status line ("元に戻せませんでした：…:
/a/long/path.fqda: 使用中です。…") ran under the project's figures at the status bar's right,
its reason cut off.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QSizeGrip, QWidget

from frameworkqda.core import workspace
from frameworkqda.core.store.engine import WRITE_WAIT_ENV
from frameworkqda.gui import i18n
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.sample import build_sample


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert i18n.install(qapp, request.param) == request.param
    yield request.param
    i18n.install(qapp, "en")


def _window(qtbot, settings, location: Path, width: int, height: int) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.open_project(str(location))
    assert window.session is not None
    QApplication.processEvents()
    return window


def _inside(widget: QWidget, room: QWidget) -> bool:
    """``widget`` wholly within ``room`` (both on screen), nothing of it cut off."""
    rect = QRect(widget.mapTo(room, QPoint(0, 0)), widget.size())
    return widget.isVisible() and not rect.isEmpty() and room.rect().contains(rect)


def _message_room(window: MainWindow) -> int:
    """The width Qt paints the status message in: from its left margin (6) to the first
    widget shown at the bar's right (the project's figures, a job, the coder), less 2."""
    bar = window.statusBar()
    right = bar.width() - 12
    grip = bar.findChild(QSizeGrip)
    if grip is not None and grip.isVisible():
        right = grip.x()
    for widget in (window.job_status, window.status, window.coder_switch.label):
        if widget.isVisible():
            right = min(right, widget.mapTo(bar, QPoint(0, 0)).x() - 2)
    return right - 6


@pytest.fixture
def short_write_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.2")


def test_a_refused_undo_shows_its_whole_reason_in_the_status_bar(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path: Path, language: str, short_write_wait: None
) -> None:
    folder = tmp_path / "研究プロジェクト" / "2026年度" / "多文化共生の推進に関する自治体比較調査"
    folder = folder / "共有フォルダ" / "最終版"
    folder.mkdir(parents=True)
    location = folder / "浜松・川崎・新宿の多文化共生施策.fqda"
    build_sample(location, language=language)
    window = _window(qtbot, settings, location, 1500, 900)
    session = window.session
    assert session is not None
    document = workspace.documents(session.project)[0]
    window.open_document(document.id)
    code = next(c for c in session.codes() if c.parent_id is not None)
    window.code_range(document.id, 0, 5, code.id)
    bar = window.statusBar()
    assert _inside(window.status, bar)  # the project's figures, beside a short message

    other = sqlite3.connect(str(location), isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the project
        window.undo_action.trigger()
        QApplication.processEvents()
        shown = bar.currentMessage()
        whole = bar.toolTip()  # the whole message while it is shown shortened
        reason = "使用中です" if language == "ja" else "busy: held by another program"
        assert shown.startswith("元に戻せませんでした" if language == "ja" else "Not undone")
        assert bar.fontMetrics().horizontalAdvance(shown) <= _message_room(window), shown
        assert str(location) in whole and reason in whole
        tail = whole[whole.index(reason) :]
        assert shown.endswith(tail)  # the reason whole, to its last word
        assert location.name[-8:] in shown  # the file's name still ends the shortened path
    finally:
        if other.in_transaction:
            other.execute("COMMIT")
        other.close()

    window.undo_action.trigger()  # let go: it undoes, says so, and the figures are back
    QApplication.processEvents()
    assert bar.currentMessage().startswith("元に戻しました" if language == "ja" else "Undone")
    assert _inside(window.status, bar) and bar.toolTip() == ""
    assert bar.fontMetrics().horizontalAdvance(bar.currentMessage()) <= _message_room(window)
