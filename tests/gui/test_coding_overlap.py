"""Coding text the same code already covers, in the app: code selection (Ctrl+K) and Search →
Code all hits widen the passage instead of adding a second one beside it (it showed twice in
Review and in the matrix cell, and went to .qdpx as two codings); Ctrl+Z puts it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from frameworkqda.core import coding
from frameworkqda.core.codebook import resolve
from frameworkqda.core.store import create_project
from frameworkqda.gui import i18n
from frameworkqda.gui.main_window import MainWindow
from tests.core.engine_helpers import add_document
from tests.gui.searched import coding_done, open_search, searched

TEXT = "大阪市では日本語教室を開催しています。毎週です。日本語の本もあります。\n"
CODE = "Education/Japanese-language education"
SHOWN = "Education / Japanese-language education"  # as the app writes a code's path
CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot: QtBot, settings: object, tmp_path: Path) -> tuple[MainWindow, int, int]:
    location = tmp_path / "osaka.fqda"
    with create_project(str(location), framework="mipex-local") as project:
        document = add_document(project, "repro-overlap.txt", TEXT)
        with project.session() as session:
            code = resolve(session, CODE)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_project(str(location))
    return window, document, code


def _passages(window: MainWindow, document: int) -> list[tuple[int, int, int]]:
    assert window.session is not None
    rows = coding.segments_of_document(window.session.project, document)
    return [(r.id, r.start, r.end) for r in rows]


def _code_selection(qtbot: QtBot, window: MainWindow, start: int, end: int) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.document_area.text_view.setFocus()
    window.document_area.text_view.select_range(start, end)
    qtbot.keyClick(window.document_area.text_view, Qt.Key.Key_K, CTRL)
    assert window.code_picker.isVisible(), window.statusBar().currentMessage()
    qtbot.keyClicks(window.code_picker.filter, "Japanese-language")
    qtbot.keyClick(window.code_picker.filter, Qt.Key.Key_Return)


def test_code_selection_and_code_all_hits_widen_the_passage(
    qtbot: QtBot, settings: object, tmp_path: Path
) -> None:
    window, document, code = _window(qtbot, settings, tmp_path)
    window.show_stage(3)
    window.open_document(document)
    _code_selection(qtbot, window, 5, 19)
    [(passage, _, _)] = coded = _passages(window, document)

    _code_selection(qtbot, window, 0, 8)  # overlaps it: the passage grows, no second one
    assert _passages(window, document) == [(passage, 0, 19)]
    assert window.statusBar().currentMessage() == (
        f"Extended the passage coded “{SHOWN}” over the selection"
    )
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _passages(window, document) == coded

    panel = open_search(window, qtbot)
    panel.term.insert("日本語")  # as an input method commits it
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    assert len(searched(qtbot, panel)) == 2
    panel.code_box.setCurrentIndex(panel.code_box.findData(code))
    assert panel.unit_box.currentData() == "sentence"
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    [new] = coding_done(qtbot, panel)
    assert _passages(window, document) == [(passage, 0, 19), (new, 24, 35)]
    assert panel.count.text() == (
        f"Coded 1 sentence from 2 hits as “{SHOWN}”; "
        "1 hit already coded (1 passage extended to cover their sentences)"
    )
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _passages(window, document) == coded


def test_in_japanese_the_count_line_puts_no_space_before_its_bracket(
    qtbot: QtBot, settings: object, tmp_path: Path, qapp: QApplication
) -> None:
    assert i18n.install(qapp, "ja") == "ja"
    try:
        window, document, code = _window(qtbot, settings, tmp_path)
        window.show_stage(3)
        window.open_document(document)
        _code_selection(qtbot, window, 5, 19)
        panel = open_search(window, qtbot)
        panel.term.insert("日本語")
        qtbot.keyClick(panel.term, Qt.Key.Key_Return)
        assert len(searched(qtbot, panel)) == 2
        panel.code_box.setCurrentIndex(panel.code_box.findData(code))
        qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
        coding_done(qtbot, panel)
        said = panel.count.text()
        assert "すでにコーディング済みです（1 件の箇所をその文まで広げました）" in said, said
    finally:
        i18n.install(qapp, "en")
