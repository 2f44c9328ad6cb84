"""Bulk work in the window runs off the GUI thread with a progress dialog and Cancel, or
reads back only what it changed.

A walker's big project (150 documents, 15,000+ passages) froze the window with no progress:
"Code all hits" on 8,604 hits 4.7 s, Review → Export shown… of 18,733 rows 6.5 s, and the
undo of a recode of 2,921 passages 6.6 s (Review read all 18,733 rows again after it). Here
the job is held on its thread while the test looks: the event loop turns (a QTimer ticks), the
progress dialog shows, Cancel leaves the project and the file as they were; let go, the result
is what the same work gives when a script waits for it, one undo step.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from frameworkqda.core import coding, review, segment_table
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.review.view import ReviewView
from tests.gui import modal
from tests.gui.searched import coding_done, open_search, searched

HELD_AT_MOST = 5  # seconds a held job waits for the test (the old code ran it on the GUI thread)


class Held:
    """Holds the wrapped core call on the job's thread until ``release``; ``threads`` says
    where it ran."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()
        self.returned = threading.Event()
        self.threads: list[threading.Thread] = []

    def wrap(self, call: Callable[..., object]) -> Callable[..., object]:
        def held(*args: object, **kwargs: object) -> object:
            self.threads.append(threading.current_thread())
            self.entered.set()
            self.release.wait(HELD_AT_MOST)
            try:
                return call(*args, **kwargs)
            finally:
                self.returned.set()

        return held


@pytest.fixture
def ticks(qtbot: QtBot) -> Iterator[list[int]]:
    """A QTimer ticking every 10 ms on the GUI thread: the event loop turns while it ticks."""
    counted: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: counted.append(1))
    timer.start()
    yield counted
    timer.stop()


def _progress(window: MainWindow) -> QDialog | None:
    found = [
        d for d in window.findChildren(QDialog, "jobProgress") if d.isVisible() and d.isModal()
    ]
    return found[0] if found else None


def _segments(window: MainWindow) -> list[tuple[int, int, int, int, int]]:
    assert window.session is not None
    return [
        (r.id, r.code_id, r.document_id, r.start, r.end)
        for r in review.segment_rows(window.session.project)
    ]


def _cancel(qtbot: QtBot, window: MainWindow) -> None:
    """Click Cancel in the progress dialog once it shows."""
    qtbot.waitUntil(lambda: _progress(window) is not None, timeout=3000)
    dialog = _progress(window)
    assert dialog is not None
    cancel = dialog.findChild(QPushButton, "jobCancel")
    assert isinstance(cancel, QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)


def test_code_all_hits_codes_off_the_gui_thread_with_progress_and_cancel(
    window: MainWindow, qtbot: QtBot, ticks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    assert session is not None
    panel = open_search(window, qtbot)
    panel.term.setText("市")  # typed through an input method: keyClicks is ASCII only
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    hits = searched(qtbot, panel)
    assert len(hits) > 5
    panel.code_box.setFocus()
    qtbot.keyClick(panel.code_box, Qt.Key.Key_Down)
    code = panel.code_box.currentData()
    before, steps = _segments(window), session.undo_stack.count()

    held = Held()
    monkeypatch.setattr(coding, "code_hits_in", held.wrap(coding.code_hits_in))
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    try:
        assert held.entered.wait(HELD_AT_MOST)
        counted = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) > counted + 5, timeout=2000)  # the loop turns
        assert not held.returned.is_set()  # while the work is held on its thread
        qtbot.waitUntil(lambda: _progress(window) is not None, timeout=3000)
        assert panel.coding_running() and not panel.code_button.isEnabled()
        _cancel(qtbot, window)
    finally:
        held.release.set()
    coding_done(qtbot, panel)
    assert held.threads and threading.main_thread() not in held.threads
    assert _segments(window) == before and session.undo_stack.count() == steps
    assert panel.count.text() == "Coding cancelled: nothing was coded."
    qtbot.waitUntil(lambda: _progress(window) is None)

    # let go: coded as a script waiting for it codes them, in one undo step
    monkeypatch.undo()
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    created = coding_done(qtbot, panel)
    assert created and session.undo_stack.count() == steps + 1
    known = {row[0] for row in before}  # a passage a hit touches grows: not a new one
    coded = sorted(row for row in _segments(window) if row[0] not in known)
    assert [row[0] for row in coded] == sorted(created) and {row[1] for row in coded} == {code}
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _segments(window) == before  # one step takes them all back
    assert len(panel.code_all_hits(code)) == len(created)  # a script, waiting: the same


def test_review_export_shown_writes_off_the_gui_thread_with_progress_and_cancel(
    window: MainWindow,
    qtbot: QtBot,
    ticks: list[int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    view = window.work_stack.current()
    assert isinstance(view, ReviewView)
    shown = view.proxy.visible_rows()
    assert len(shown) > 5
    target = tmp_path / "out" / "segments.xlsx"
    target.parent.mkdir()
    button = view.findChild(QPushButton, "exportShown")
    assert isinstance(button, QPushButton)

    held = Held()
    monkeypatch.setattr(segment_table, "write_table", held.wrap(segment_table.write_table))
    modal.choose(target)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    try:
        assert held.entered.wait(HELD_AT_MOST)
        counted = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) > counted + 5, timeout=2000)  # the loop turns
        assert not held.returned.is_set()  # while the work is held on its thread
        qtbot.waitUntil(lambda: _progress(window) is not None, timeout=3000)
        assert view.export_running()
        _cancel(qtbot, window)
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: not view.export_running())
    assert held.threads and threading.main_thread() not in held.threads
    assert not target.exists() and list(target.parent.iterdir()) == []  # not even half of it
    assert window.statusBar().currentMessage() == "Export cancelled: no file was written."
    qtbot.waitUntil(lambda: _progress(window) is None)

    # let go: every row shown written, in the table's order
    monkeypatch.undo()
    modal.choose(target)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.export_running())
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == len(shown) + 1
    text = segment_table.COLUMNS.index("text")
    assert [row[text] for row in rows[1:]] == [r.text for r in shown]
    assert window.statusBar().currentMessage() == f"Wrote {target}"


def test_undo_of_a_bulk_recode_reads_back_only_the_passages_it_changed(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Review filtered to a code, Ctrl+A, recode, Ctrl+Z, Ctrl+Y: the table reads back the
    recoded passages only (it read every passage of the project after each), and shows what
    a full read shows."""
    session = window.session
    assert session is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    view = window.work_stack.current()
    assert isinstance(view, ReviewView)
    codes = [c for c in session.codes() if c.parent_id is not None and c.segments]
    source = max(codes, key=lambda c: c.segments)
    target = next(c for c in codes if c.id != source.id)
    view.code_box.setCurrentIndex(view.code_box.findData(source.id))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    chosen = {row.id for row in view.selected_rows()}
    assert len(chosen) == source.segments > 1

    def chose(box: QWidget) -> None:  # the Recode dialog: the target code
        assert isinstance(box, QInputDialog)
        box.setTextValue(session.code_path(target.id))
        box.accept()

    modal.answer(QInputDialog, chose)
    qtbot.mouseClick(view.findChild(QPushButton, "recodeSelected"), Qt.MouseButton.LeftButton)
    assert view.proxy.rowCount() == 0  # none of the code's passages left
    read: list[object] = []
    whole = review.segment_rows

    def spied(project, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(kwargs.get("segment_ids"))
        return whole(project, *args, **kwargs)

    monkeypatch.setattr(review, "segment_rows", spied)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key, shown in ((Qt.Key.Key_Z, len(chosen)), (Qt.Key.Key_Y, 0)):
        read.clear()
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert read == [frozenset(chosen)]  # those passages only
        assert view.model.rows == whole(session.project)  # as a full read shows them
        assert view.proxy.rowCount() == shown
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {r.id for r in whole(session.project) if r.code_id == source.id} == chosen


def test_merging_codes_runs_off_the_gui_thread_with_progress_and_cancel(
    window: MainWindow, qtbot: QtBot, ticks: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Codebook → Merge into… → Yes: 3,389 passages and 27 cells froze the window 3 s. The
    merge runs as a job: the window turns, its progress shows, Cancel leaves every passage
    where it was and no undo step; let go, the code is merged in one step Ctrl+Z undoes."""
    from PySide6.QtWidgets import QMessageBox

    from frameworkqda.core import codebook
    from frameworkqda.gui.codebook_editor import CodebookEditor

    session = window.session
    assert session is not None
    editor = window.show_view("codebook")
    assert isinstance(editor, CodebookEditor)
    source = max((c for c in session.codes() if c.parent_id), key=lambda c: c.segments)
    target = next(
        c for c in session.codes() if c.parent_id == source.parent_id and c.id != source.id
    )
    assert source.segments > 1
    before, steps = _segments(window), session.undo_stack.count()

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    held = Held()
    monkeypatch.setattr(codebook, "_join_passages", held.wrap(codebook._join_passages))
    editor.select(source.id)
    modal.answer(QMessageBox, yes)
    editor.merge_into(target.id)
    try:
        assert held.entered.wait(HELD_AT_MOST)
        counted = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) > counted + 5, timeout=2000)  # the loop turns
        assert not held.returned.is_set()  # while the merge is held on its thread
        assert editor.merge_running()
        _cancel(qtbot, window)
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: not editor.merge_running())
    assert held.threads and threading.main_thread() not in held.threads
    assert _segments(window) == before and session.undo_stack.count() == steps
    assert session.code(source.id) is not None
    assert editor.status.text() == "Merge cancelled: nothing was merged."
    qtbot.waitUntil(lambda: _progress(window) is None)

    # let go: merged, one undo step
    monkeypatch.undo()
    modal.answer(QMessageBox, yes)
    editor.merge_into(target.id)
    qtbot.waitUntil(lambda: not editor.merge_running())
    assert session.code(source.id) is None and session.undo_stack.count() == steps + 1
    assert {row[1] for row in _segments(window)} == {row[1] for row in before} - {source.id}
    assert editor.status.text().startswith("Merged “")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _segments(window) == before  # one step puts it all back


def _keys_reach(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    """The window is active and the keyboard on ``widget``, as before the job."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
    assert QApplication.activeWindow() is window


def test_the_keyboard_stays_where_it_was_after_a_job(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Found by a walkthrough: after Code all hits the focus had jumped to the stage navigator
    (the button, disabled while coding, let go of it), and after the progress dialog closed no
    window was active: keys went nowhere."""
    session = window.session
    assert session is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = open_search(window, qtbot)
    panel.term.setText("市")
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    assert searched(qtbot, panel)
    panel.code_box.setFocus()
    qtbot.keyClick(panel.code_box, Qt.Key.Key_Down)

    # quick: no progress dialog
    panel.code_button.setFocus()
    qtbot.keyClick(panel.code_button, Qt.Key.Key_Space)
    assert coding_done(qtbot, panel)
    _keys_reach(qtbot, window, panel.code_button)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone

    # slow: the progress dialog shows and closes
    held = Held()
    monkeypatch.setattr(coding, "code_hits_in", held.wrap(coding.code_hits_in))
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: _progress(window) is not None, timeout=3000)
    finally:
        held.release.set()
    assert coding_done(qtbot, panel)
    qtbot.waitUntil(lambda: _progress(window) is None)
    _keys_reach(qtbot, window, panel.code_button)
    monkeypatch.undo()

    # Review → Export shown…, its dialog shown: back on its button
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    view = window.work_stack.current()
    assert isinstance(view, ReviewView)
    button = view.findChild(QPushButton, "exportShown")
    assert isinstance(button, QPushButton)
    held = Held()
    monkeypatch.setattr(segment_table, "write_table", held.wrap(segment_table.write_table))
    modal.choose(tmp_path / "segments.xlsx")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    try:
        qtbot.waitUntil(lambda: _progress(window) is not None, timeout=3000)
    finally:
        held.release.set()
    qtbot.waitUntil(lambda: not view.export_running())
    qtbot.waitUntil(lambda: _progress(window) is None)
    _keys_reach(qtbot, window, button)
