"""Search's Whole words box: a researcher searching "the" met "other", "there" and "theme"
among the hits, and Code all hits coded their sentences; ticking Whole words (NVivo's and
MAXQDA's option) leaves them out, and leaves Japanese hits as they are."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frameworkqda.core import review
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.search.panel import SearchPanel
from tests.gui.searched import open_search, searched


def _type(qtbot: QtBot, panel: SearchPanel, term: str) -> None:
    """Select the field's text and type over it; Japanese as an input method commits it."""
    panel.term.setFocus()
    qtbot.keyClick(panel.term, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if term.isascii():
        qtbot.keyClicks(panel.term, term)
    else:
        panel.term.insert(term)


def _letter(text: str, at: int) -> bool:
    """Whether a letter or digit of a spaced script stands at ``at`` of ``text``."""
    return 0 <= at < len(text) and re.match(r"[A-Za-z0-9À-ɏ]", text[at]) is not None


def _texts(window: MainWindow) -> dict[int, str]:
    assert window.session is not None
    with window.session.project.session() as session:
        from frameworkqda.core import model

        return dict(session.query(model.Document.id, model.Document.text).all())


def test_whole_words_leaves_out_hits_inside_longer_words(window: MainWindow, qtbot: QtBot) -> None:
    texts = _texts(window)
    panel = open_search(window, qtbot)
    _type(qtbot, panel, "in")
    every = searched(qtbot, panel)
    expected = [
        hit
        for hit in every
        if not _letter(texts[hit.document_id], hit.start - 1)
        and not _letter(texts[hit.document_id], hit.end)
    ]
    assert 0 < len(expected) < len(every), "the sample has 'in' alone and in information"

    qtbot.mouseClick(panel.whole_words, Qt.MouseButton.LeftButton)
    assert panel.whole_words.isChecked()
    assert searched(qtbot, panel) == expected

    _type(qtbot, panel, "市")  # Japanese: no spaces, nothing left out
    japanese = searched(qtbot, panel)
    qtbot.mouseClick(panel.whole_words, Qt.MouseButton.LeftButton)
    assert not panel.whole_words.isChecked()
    assert len(searched(qtbot, panel)) == len(japanese) > 0


def _coded(window: MainWindow, code: object) -> set[tuple[int, int, int]]:
    assert window.session is not None
    rows = review.segment_rows(window.session.project)
    return {(r.document_id, r.start, r.end) for r in rows if r.code_id == code}


def test_code_all_hits_codes_only_the_whole_words(window: MainWindow, qtbot: QtBot) -> None:
    panel = open_search(window, qtbot)
    qtbot.mouseClick(panel.whole_words, Qt.MouseButton.LeftButton)
    _type(qtbot, panel, "in")
    whole = {(hit.document_id, hit.start, hit.end) for hit in searched(qtbot, panel)}
    panel.code_box.setFocus()
    qtbot.keyClick(panel.code_box, Qt.Key.Key_Down)
    code = panel.code_box.currentData()
    panel.unit_box.setCurrentIndex(panel.unit_box.findData("hit"))
    before = _coded(window, code)
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _coded(window, code) != before, timeout=10_000)
    assert _coded(window, code) - before == whole - before
