"""The search panel searches on a thread of its own: typed through the keyboard, the hits are
the core's, an earlier term's hits are dropped, the table holds every hit and "Code all hits"
codes every one.

On a big project (40 documents) typing "a" froze the window 1.8 s: the search and its
142,792 hits ran on the GUI thread after the typing's pause."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from frameworkqda.core import review
from frameworkqda.core.errors import JobCancelled
from frameworkqda.core.search import SearchIndex
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.search.panel import HIT_ROLE
from tests.gui import menu_bar, modal
from tests.gui.searched import coding_done, open_search, searched


def test_typed_search_runs_off_the_gui_thread_with_the_cores_hits(
    window: MainWindow, qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    panel = open_search(window, qtbot)
    threads: list[threading.Thread] = []
    search = panel.index.find

    def spied(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return search(*args, **kwargs)

    panel.index.find = spied  # type: ignore[method-assign]
    qtbot.keyClicks(panel.term, "ation")
    hits = searched(qtbot, panel)
    expected = SearchIndex(session.project)
    expected.refresh()
    assert hits == expected.search("ation") and len(hits) > 1
    assert threads and all(t is not threading.main_thread() for t in threads)
    shown = [panel.model.index(row, 0).data(HIT_ROLE) for row in range(panel.model.rowCount())]
    assert shown == hits
    assert panel.count.text().startswith(f"{len(hits)} hits in ")


def test_an_earlier_terms_search_is_cancelled_and_its_hits_dropped(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = open_search(window, qtbot)
    release = threading.Event()
    outcomes: dict[str, str] = {}
    search = panel.index.find

    def held(term, **kwargs):  # type: ignore[no-untyped-def]
        if term == "for":  # the first term's search is slow: the next one is typed meanwhile
            release.wait(10)
        try:
            found = search(term, **kwargs)
        except JobCancelled:
            outcomes[term] = "cancelled"
            raise
        outcomes[term] = f"{len(found)} hits"
        return found

    panel.index.find = held  # type: ignore[method-assign]
    shown: list[list[str]] = []
    panel.model.modelReset.connect(lambda: shown.append([h.match for h in panel.model.rows]))
    qtbot.keyClicks(panel.term, "for")
    qtbot.waitUntil(lambda: panel.searching() and not panel._timer.isActive())
    assert panel.count.text() == "Searching for “for”…"
    qtbot.keyClicks(panel.term, "eign")  # "foreign", and Enter at once
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    foreign = searched(qtbot, panel)
    release.set()
    qtbot.waitUntil(lambda: "for" in outcomes)
    qtbot.wait(50)  # the cancelled job's end reaches the GUI thread
    assert outcomes["for"] == "cancelled"
    assert foreign and all(h.match.lower() == "foreign" for h in panel.hits)
    assert list(panel.hits) == foreign and all(m.lower() == "foreign" for m in shown[-1])
    assert not any(rows and rows[0].lower() == "for" for rows in shown)  # never shown


def test_every_hit_in_the_table_and_code_all_codes_every_hit(
    window: MainWindow, qtbot: QtBot
) -> None:
    session = window.session
    assert session is not None
    panel = open_search(window, qtbot)
    panel.term.setText("市")  # typed through an input method: keyClicks is ASCII only
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    hits = searched(qtbot, panel)
    assert len(hits) > 10 and all(h.match == "市" for h in hits)
    assert panel.model.rowCount() == len(hits)
    assert panel.count.text().startswith(f"{len(hits)} hits in ")
    # the last row, scrolled to, reads as the core's last hit: document, case, context
    panel.table.scrollToBottom()
    last = panel.model.index(len(hits) - 1, 0)
    assert last.data(HIT_ROLE) == hits[-1]
    assert [panel.model.index(len(hits) - 1, c).data() for c in range(5)] == [
        hits[-1].document_name,
        hits[-1].case_name or "",
        hits[-1].before.replace("\n", " "),
        "市",
        hits[-1].after.replace("\n", " "),
    ]

    # "Code all hits": every hit, each where it is
    panel.code_box.setFocus()
    qtbot.keyClick(panel.code_box, Qt.Key.Key_Down)
    code = panel.code_box.currentData()
    panel.unit_box.setCurrentIndex(panel.unit_box.findData("hit"))
    before = {r.id for r in review.segment_rows(session.project)}
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    coding_done(qtbot, panel)
    coded = [
        r for r in review.segment_rows(session.project) if r.id not in before and r.code_id == code
    ]
    assert sorted((r.document_id, r.start, r.end) for r in coded) == sorted(
        (h.document_id, h.start, h.end) for h in hits
    )
    assert f"from {len(hits)} hits" in panel.count.text()


def test_closing_the_project_while_a_search_runs_cancels_it_without_asking(
    window: MainWindow, qtbot: QtBot
) -> None:
    """An import running asks before the project closes; a search is cancelled: nothing to
    lose, and the window must not wait for it."""
    panel = open_search(window, qtbot)
    search = panel.index.find
    outcomes: list[str] = []

    def slow(term, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["cancel"].wait(10)  # a long search, until cancelled
        try:
            return search(term, **kwargs)
        except JobCancelled:
            outcomes.append("cancelled")
            raise

    panel.index.find = slow  # type: ignore[method-assign]
    qtbot.keyClicks(panel.term, "for")
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    assert panel.searching()
    asked: list[str] = []

    def seen(box: QMessageBox) -> None:  # a question is a failure: answer "cancel it"
        asked.append(box.text())
        roles = [box.buttonRole(b) for b in box.buttons()]
        box.buttons()[roles.index(QMessageBox.ButtonRole.DestructiveRole)].click()

    modal.answer(QMessageBox, seen)
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert window.session is None and asked == []
    assert outcomes == ["cancelled"]
