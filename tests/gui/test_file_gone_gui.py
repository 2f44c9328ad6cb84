"""The window on a project whose file is moved or replaced while open: a cell edit by its key
brings one box naming the file (not "something went wrong" with SQL), offering to open the
project again (to locate the file, when nothing is at its path any more) or close it; nothing
is made at the path or written into another file, and the thread that looks for others'
changes lets no traceback escape. Kept open, the window says plainly that the file is gone."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from frameworkqda.gui.live import INTERVAL_ENV
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.sample import build_sample
from tests.gui import menu_bar, modal
from tests.gui.modal import answer
from tests.gui.test_japanese_dialogs import japanese  # noqa: F401 - a fixture
from tests.gui.test_matrix import _press

Cell = tuple[int, int]


def _window(qtbot: Any, settings: Any, path: Path) -> tuple[MainWindow, MatrixView, Cell]:
    """The window on ``path`` with the matrix shown and its first measure's first cell
    chosen."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_project(str(path))
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    case_id, _ = view.model.cases[0]
    code_id = next(slot.code_id for slot in view.model.slots if slot.kind == "measure")
    view.select_cell(case_id, code_id)
    return window, view, (case_id, code_id)


def _escaped(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a thread lets escape from now on (it would print a traceback)."""
    escaped: list[str] = []

    def hook(args: threading.ExceptHookArgs) -> None:
        escaped.append(f"{args.exc_type.__name__}: {args.exc_value}")

    monkeypatch.setattr(threading, "excepthook", hook)
    return escaped


MOVED_BUTTONS = ["Close project", "Keep the window", "Locate the file…"]


def _answer(said: list[str], button: str, offered: list[str] = MOVED_BUTTONS) -> None:
    """Note what the next message box says, then click ``button`` in it."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        assert sorted(buttons) == offered
        QTest.mouseClick(buttons[button], Qt.MouseButton.LeftButton)

    answer(QMessageBox, act)


def test_a_moved_project_file_is_said_once_and_nothing_is_made_at_its_path(
    qtbot: Any, settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(INTERVAL_ENV, "0.2")
    escaped = _escaped(monkeypatch)
    folder = tmp_path / "projects"
    folder.mkdir()
    path = folder / "sample.fqda"
    build_sample(path)
    window, view, _ = _window(qtbot, settings, path)
    path.rename(folder / "elsewhere.fqda")
    said: list[str] = []
    _answer(said, "Close project")
    _press(view.table, Qt.Key.Key_1, "1")
    qtbot.waitUntil(lambda: window.session is None, timeout=10000)
    assert said == [
        f"The project file {path} was moved or deleted while it was open; nothing more is read "
        "from or saved to it. Open it again from where it is now"
    ]
    qtbot.wait(1000)  # the watcher had several turns meanwhile
    assert escaped == []
    assert os.listdir(folder) == ["elsewhere.fqda"]


def test_a_replaced_project_file_gets_nothing_and_opens_again(
    qtbot: Any, settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(INTERVAL_ENV, "0.2")
    escaped = _escaped(monkeypatch)
    path = tmp_path / "sample.fqda"
    build_sample(path)
    backup = tmp_path / "backup.fqda"
    shutil.copy(path, backup)
    window, view, (case_id, code_id) = _window(qtbot, settings, path)
    _press(view.table, Qt.Key.Key_1, "1")
    assert view.model.value(case_id, code_id) is not None  # saved in the file then open
    os.replace(shutil.copy(backup, tmp_path / "restored.tmp"), path)
    restored = hashlib.sha256(path.read_bytes()).hexdigest()
    first = window.session
    said: list[str] = []
    _answer(said, "Open again", ["Close project", "Keep the window", "Open again"])
    _press(view.table, Qt.Key.Key_1, "1")
    qtbot.waitUntil(lambda: window.session is not first, timeout=10000)
    assert said[0].startswith(f"The project file {path} was replaced by another file")
    assert escaped == []
    assert hashlib.sha256(path.read_bytes()).hexdigest() == restored
    window.show_stage(4)
    again = window.views["matrix"]
    assert isinstance(again, MatrixView)
    assert again.model.value(case_id, code_id) is None  # the file there now: the backup's


def test_a_moved_project_file_is_located_where_it_is_now_and_opens(
    qtbot: Any, settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Open again" retried the old path, where nothing is: the box now offers to locate the
    file, in a file dialog that starts in the folder it was in, and opens the file chosen."""
    monkeypatch.setenv(INTERVAL_ENV, "0.2")
    escaped = _escaped(monkeypatch)
    folder = tmp_path / "projects"
    folder.mkdir()
    path = folder / "sample.fqda"
    build_sample(path)
    window, view, (case_id, code_id) = _window(qtbot, settings, path)
    _press(view.table, Qt.Key.Key_1, "1")
    value = view.model.value(case_id, code_id)
    assert value is not None  # saved in the file before it was moved
    moved = tmp_path / "archive" / "sample-2025.fqda"
    moved.parent.mkdir()
    path.rename(moved)
    first = window.session
    said: list[str] = []
    asked: list[modal.FileAsked] = []
    _answer(said, "Locate the file…")
    modal.file_dialog(lambda seen: moved, asked)
    _press(view.table, Qt.Key.Key_2, "2")
    qtbot.waitUntil(lambda: window.session is not first, timeout=10000)
    assert said[0].startswith(f"The project file {path} was moved or deleted")
    assert [(a.title, a.proposed, a.saving) for a in asked] == [
        ("Locate the project file sample.fqda", str(folder), False)
    ]
    assert window.session is not None and window.session.project.location.path == moved
    assert window.windowTitle().endswith(" — FrameworkQDA") and "lost" not in window.windowTitle()
    window.show_stage(4)
    again = window.views["matrix"]
    assert isinstance(again, MatrixView)
    assert again.model.value(case_id, code_id) == value  # the work in the file, found
    assert settings.recent_projects()[0] == str(moved)
    assert str(path) not in settings.recent_projects()
    assert escaped == []
    assert os.listdir(folder) == []  # nothing made at the old path


def test_a_window_kept_on_a_deleted_project_says_so_and_stops_looking(
    qtbot: Any, settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Keep the window" left a window that looked open: every view raised the error at each
    refresh. Now a banner, the title and the status bar say the file is gone, only Close
    project can be chosen, the stages are greyed, and nothing more is looked for."""
    monkeypatch.setenv(INTERVAL_ENV, "0.2")
    escaped = _escaped(monkeypatch)
    path = tmp_path / "sample.fqda"
    build_sample(path)
    window, view, _ = _window(qtbot, settings, path)
    assert window.session is not None
    session = window.session
    told: list[object] = []
    path.unlink()
    said: list[str] = []
    _answer(said, "Locate the file…")
    modal.choose()  # the file dialog: Cancel — the window is kept
    _press(view.table, Qt.Key.Key_1, "1")
    qtbot.waitUntil(lambda: window.findChild(QWidget, "projectLostBanner") is not None)
    session.file_lost.connect(told.append)  # from here on: a look that failed would say so
    banner = window.findChild(QLabel, "projectLostBanner")
    assert banner is not None and banner.isVisible()
    assert str(path) in banner.text() and "no longer there" in banner.text()
    assert window.windowTitle() == (
        "Three cities and Japan (sample) (project file lost) — FrameworkQDA"
    )
    assert window.status.text() == "Project file lost: nothing is saved"
    assert not window.import_action.isEnabled() and not window.undo_action.isEnabled()
    assert not menu_bar.item(window, "File", "Export tables")[0].isEnabled()
    assert not window.navigator.isEnabled()
    assert window.close_action.isEnabled()
    assert view.isVisible()  # what it showed stays, to be copied out
    qtbot.wait(1200)  # six turns of the watcher
    assert told == [] and escaped == []
    assert said[0].startswith(f"The project file {path} was moved or deleted")
    menu_bar.choose(qtbot, window, "File", "Close project")
    assert window.session is None
    assert window.windowTitle() == "FrameworkQDA"
    assert window.start_page.isVisible() and not banner.isVisible()
    assert not path.exists()  # nothing was made at the path


def test_in_japanese_the_box_and_the_kept_window_say_it_in_japanese(
    japanese: None,  # noqa: F811
    qtbot: Any,
    settings: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(INTERVAL_ENV, "0.2")
    path = tmp_path / "研究.fqda"
    build_sample(path)
    window, view, _ = _window(qtbot, settings, path)
    path.unlink()
    said: list[str] = []
    _answer(
        said,
        "ウィンドウを残す",
        ["ウィンドウを残す", "ファイルの場所を指定…", "プロジェクトを閉じる"],
    )
    _press(view.table, Qt.Key.Key_1, "1")
    qtbot.waitUntil(lambda: window.findChild(QWidget, "projectLostBanner") is not None)
    banner = window.findChild(QLabel, "projectLostBanner")
    assert banner is not None and banner.text() == (
        f"プロジェクトファイル {path} がその場所にありません。読み込みも保存もできません。"
        "必要な内容を書き写してからプロジェクトを閉じ（「ファイル → プロジェクトを閉じる」）、"
        "今ある場所からファイルを開いてください。"
    )
    assert window.windowTitle().endswith("（プロジェクトファイルが見つかりません）— FrameworkQDA")
    assert window.status.text() == "プロジェクトファイルが見つかりません：何も保存されません"
    window.close_project()


def test_in_a_kept_window_a_document_that_cannot_be_read_says_why_nothing_opens(
    qtbot: Any, settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the window kept on a deleted project, choosing a document in the list did nothing at
    all (its reading raised the error, which the app's hook kept quiet, the box having said
    it): the status line now says it was not done, and why."""
    import sys

    from frameworkqda.gui import unexpected

    monkeypatch.setenv(INTERVAL_ENV, "0.2")
    path = tmp_path / "sample.fqda"
    build_sample(path)
    window, view, _ = _window(qtbot, settings, path)
    path.unlink()
    said: list[str] = []
    _answer(said, "Keep the window", offered=MOVED_BUTTONS)
    _press(view.table, Qt.Key.Key_1, "1")
    qtbot.waitUntil(lambda: window.findChild(QWidget, "projectLostBanner") is not None)
    tests_hook = sys.excepthook  # pytest-qt's: put back, so later errors fail their tests
    sys.excepthook = sys.__excepthook__  # as in the app (tests/gui/test_unexpected.py)
    unexpected.install()
    try:
        tree = window.document_tree
        documents = tree.model()
        first = documents.index(0, 0, documents.index(0, 0))  # a case's first document
        tree.setFocus()
        tree.setCurrentIndex(first)
        QTest.keyClick(tree, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: (
                window.statusBar().currentMessage()
                == "Not done: the project file is no longer there"
            )
        )
    finally:
        sys.excepthook = tests_hook
