"""Hanako clicks OK on the project's first memo at the very moment Taro's program is writing
it (his write still open, on a .fqda file or on PostgreSQL): her save waits for his, then
shows his text beside hers (the text-conflict dialog) and the project keeps one memo. On
PostgreSQL her save went through beside his: two project memos, hers shown, his unseen in the
dialog (core/memos.py ``set_memo_in``)."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select, text

from frameworkqda.core import memos, model
from frameworkqda.core.store import create_project, open_project
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.memo_dialog import MemoDialog
from frameworkqda.gui.text_conflict import TextConflictDialog
from tests.gui import modal
from tests.gui.test_memo_dialog import _ok, _project_memo


def _someone_waits(where: str, seconds: float) -> None:
    """Until another session waits on a lock (PostgreSQL), at most ``seconds``; on SQLite a
    moment (the save waits on the file's write lock, which cannot be seen from here)."""
    if not where.startswith("postgresql"):
        time.sleep(seconds)
        return
    engine = create_engine(where.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                if connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        "current_database() AND wait_event_type = 'Lock'"
                    )
                ).scalar_one():
                    return
            time.sleep(0.05)
    finally:
        engine.dispose()


def test_a_first_memo_saved_while_another_coder_writes_it_shows_theirs_and_stays_one(
    qtbot: QtBot, settings: Any, project_location: str
) -> None:
    with create_project(project_location, framework="mipex-local"):
        pass
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.open_project(project_location)
    assert window.session is not None
    taro = open_project(project_location)
    taro.coder_name = "Taro"
    writing = threading.Event()

    def taro_writes() -> None:
        with taro.transaction() as session:
            memos.set_memo_in(session, "project", None, "Taro: schools", taro.coder(session).id)
            session.flush()
            writing.set()
            _someone_waits(project_location, 3)  # Hanako's OK, then his write ends

    seen: list[tuple[str, str]] = []

    def keep_mine(box: QWidget) -> None:
        assert isinstance(box, TextConflictDialog)
        seen.append((box.theirs.toPlainText(), box.mine_text()))
        qtbot.mouseClick(box.mine_button, Qt.MouseButton.LeftButton)

    thread = threading.Thread(target=taro_writes)

    def type_then_ok(box: MemoDialog) -> None:
        qtbot.keyClicks(box.editor, "Hanako: councils")
        thread.start()
        assert writing.wait(10)
        modal.answer(TextConflictDialog, keep_mine)
        qtbot.mouseClick(_ok(box), Qt.MouseButton.LeftButton)

    try:
        _project_memo(window, type_then_ok)
        thread.join(30)
        assert seen == [("Taro: schools", "Hanako: councils")]
        with taro.session() as session:
            rows = session.scalars(select(model.Memo.text)).all()
        assert rows == ["Hanako: councils"]  # one memo: his seen and replaced by her choice
    finally:
        thread.join(30)
        taro.close()
        window.close_project()
