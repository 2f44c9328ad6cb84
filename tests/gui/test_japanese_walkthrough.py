"""The Japanese UI walkthrough of 2026-12-05 (notes s29): each screen it found wanting, at
1280×800 in Japanese, through the real menus and buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.refi_dialogs import RefiExportDialog
from frameworkqda.gui.sample import build_sample
from tests.gui import modal
from tests.gui.test_japanese_dialogs import japanese  # noqa: F401  (a fixture)


@pytest.fixture
def ja_window(japanese, qtbot, settings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]  # noqa: F811
    """The Japanese sample project in a 1280×800 window of the Japanese interface."""
    location = tmp_path / "多文化共生.fqda"
    build_sample(location, language="ja")
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    main.open_project(str(location))
    return main


def _rect_in(widget: QWidget, window: QWidget) -> tuple[int, int, int, int]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return top_left.x(), top_left.y(), widget.width(), widget.height()


def test_the_refi_export_summary_fits_above_close(ja_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "書き出し" / "多文化共生プロジェクト_2026年12月版.qdpx"
    target.parent.mkdir()
    modal.choose(target)
    ja_window.export_refi_action.trigger()
    dialog = ja_window.findChild(RefiExportDialog, "refiExportDialog")
    assert isinstance(dialog, RefiExportDialog)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    qtbot.wait(50)
    message = dialog.message
    text = message.text()
    assert str(target) in text and "外部スコア" in text and "同じ名前のコード" in text
    assert "。 " not in text  # Japanese sentences follow each other without a space
    x, y, width, height = _rect_in(message, dialog)
    # the whole wrapped text fits the label, and the path's line is not cut at the side
    assert message.heightForWidth(width) <= height
    assert message.fontMetrics().horizontalAdvance(str(target)) <= width
    assert x + width <= dialog.width() and y >= 0
    close = dialog.cancel_button
    assert close.text() == "閉じる"
    assert y + height <= close.mapTo(dialog, QPoint(0, 0)).y()
    assert dialog.height() <= 800 and dialog.width() <= 1280
    dialog.close()


HOLD = (
    "import sqlite3, sys, time\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN EXCLUSIVE')\n"
    "print('held', flush=True)\n"
    "time.sleep(float(sys.argv[2]))\n"
)


def test_a_held_project_refusal_keeps_its_instruction_at_1280(  # type: ignore[no-untyped-def]
    ja_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Another program's long command line (its interpreter, script and the project's path)
    is shortened as one, so 「…もう一度お試しください」 still ends the status line."""
    import subprocess
    import sys

    from frameworkqda.core import workspace
    from frameworkqda.core.store.engine import WRITE_WAIT_ENV

    monkeypatch.setenv(WRITE_WAIT_ENV, "0.3")
    session = ja_window.session
    assert session is not None
    document = workspace.documents(session.project)[0]
    ja_window.open_document(document.id)
    code = next(c for c in session.codes() if c.parent_id is not None)
    ja_window.code_range(document.id, 0, 5, code.id)
    script = tmp_path / "長い名前のスクリプト" / "プロジェクトを使い続けるスクリプト.py"
    script.parent.mkdir()
    script.write_text(HOLD, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, str(script), str(session.project.location), "20"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        ja_window.undo_action.trigger()
        qtbot.waitUntil(lambda: "使用中" in ja_window.statusBar().toolTip(), timeout=10000)
        bar = ja_window.statusBar()
        shown, whole = bar.currentMessage(), bar.toolTip()
        assert f"pid {holder.pid}" in whole
        tail = whole[whole.index("秒を超えて") :]
        assert "お試しください" in tail
        assert shown.endswith(tail), (shown, tail)
        assert bar.fontMetrics().horizontalAdvance(shown) <= bar.message_width()
    finally:
        holder.kill()
        holder.wait()
