"""Cases chosen by attribute in the GUI: Review's and Search's "Cases where [attribute] [sign]
[value]" filter, the matrix's case header tooltip listing a case's attributes, and the
Mapping view's group average ticked by a condition. The attributes showed in Code → Cases and
attributes… only: Review filtered by all cases or one, Search too, the matrix never showed
them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QToolTip
from pytestqt.qtbot import QtBot

from frameworkqda.core import cases, commands
from frameworkqda.gui import i18n
from frameworkqda.gui.case_where import CaseWhere
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.review.view import ReviewView
from frameworkqda.gui.search.panel import SearchPanel
from tests.gui.searched import searched

ATTRIBUTES = {  # the sample's cities; Japan (national) has none
    "Hamamatsu": {"Population": 790718, "Region": "Chūbu", "Has plan": True},
    "Kawasaki": {"Population": 1538262, "Region": "Kanto", "Has plan": True},
    "Osaka": {"Population": 2752412, "Region": "Kansai", "Has plan": False},
}


def _with_attributes(window: MainWindow) -> dict[str, int]:
    session = window.session
    assert session is not None
    ids = {case.name: case.id for case in cases.list_cases(session.project)}
    for name, values in ATTRIBUTES.items():
        for attribute, value in values.items():
            session.run(commands.SetAttribute(ids[name], attribute, value))
    return ids


def _pick(qtbot: QtBot, box: QComboBox, text: str) -> None:
    """Choose an entry as typed on the focused box (its first letters, or Up/Down keys to a
    sign)."""
    box.setFocus()
    if text.isascii():
        qtbot.keyClicks(box, text)
    else:
        while box.currentText() != text and box.currentIndex() < box.count() - 1:
            qtbot.keyClick(box, Qt.Key.Key_Down)
        while box.currentText() != text and box.currentIndex() > 0:
            qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.currentText() == text
    qtbot.wait(600)  # a second choice is not read as the first one's next letters


def _type_value(qtbot: QtBot, where: CaseWhere, text: str) -> None:
    edit = where.value_box.lineEdit()
    assert edit is not None
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_review_shows_the_passages_of_the_cases_meeting_a_condition(
    qtbot: QtBot, window: MainWindow
) -> None:
    _with_attributes(window)
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    everything = {row.case for row in view.proxy.visible_rows()}
    assert {"Hamamatsu", "Kawasaki", "Osaka"} <= everything
    where = view.where
    assert where.isVisible() and not where.operator_box.isEnabled()

    _pick(qtbot, where.attribute_box, "Population")
    assert where.operator_box.currentText() == "≧"  # a number: compared by size (≥: no glyph)
    _type_value(qtbot, where, "1,000,000")
    shown = {row.case for row in view.proxy.visible_rows()}
    assert shown == {"Kawasaki", "Osaka"}  # as numbers, not as text
    assert view.count.text().startswith(f"{view.proxy.rowCount()} of ")

    _pick(qtbot, where.operator_box, "<")
    assert {row.case for row in view.proxy.visible_rows()} == {"Hamamatsu"}

    # text: the attribute's values listed; a yes/no attribute: yes or no
    _pick(qtbot, where.attribute_box, "Region")
    assert [where.operator_box.itemText(i) for i in range(3)] == ["=", "≠", "contains"]
    _type_value(qtbot, where, "Kanto")
    assert {row.case for row in view.proxy.visible_rows()} == {"Kawasaki"}
    _pick(qtbot, where.attribute_box, "Has plan")
    assert {row.case for row in view.proxy.visible_rows()} == {"Hamamatsu", "Kawasaki"}
    _pick(qtbot, where.value_box, "no")
    assert {row.case for row in view.proxy.visible_rows()} == {"Osaka"}
    # with the case box: both apply
    _pick(qtbot, view.case_box, "Hamamatsu")
    assert view.proxy.rowCount() == 0
    _pick(qtbot, view.case_box, "All cases")

    # a value not of the attribute's kind: nothing shown, and why
    _pick(qtbot, where.attribute_box, "Population")
    _type_value(qtbot, where, "many")
    assert view.proxy.rowCount() == 0
    assert where.problem.isVisible() and "not a valid number" in where.problem.text()
    _pick(qtbot, where.attribute_box, "any attribute")
    assert not where.problem.isVisible()
    assert {row.case for row in view.proxy.visible_rows()} == everything


def test_search_hits_only_in_the_cases_meeting_a_condition(
    qtbot: QtBot, window: MainWindow
) -> None:
    _with_attributes(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.work_stack.current()
    assert isinstance(panel, SearchPanel)
    qtbot.mouseClick(panel.regex, Qt.MouseButton.LeftButton)
    panel.term.setText("外国|foreign")  # typed through an input method: keyClicks is ASCII only
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    every = {hit.case_name for hit in searched(qtbot, panel)}
    assert {"Hamamatsu", "Kawasaki", "Osaka"} <= every
    _pick(qtbot, panel.where.attribute_box, "Population")
    _type_value(qtbot, panel.where, "1000000")
    assert {hit.case_name for hit in searched(qtbot, panel)} == {"Kawasaki", "Osaka"}
    _pick(qtbot, panel.case_box, "Osaka")
    assert {hit.case_name for hit in searched(qtbot, panel)} == {"Osaka"}
    _pick(qtbot, panel.case_box, "Hamamatsu")  # not ≥ 1,000,000: no hit
    assert searched(qtbot, panel) == [] and panel.model.rowCount() == 0
    _pick(qtbot, panel.case_box, "All cases")
    _pick(qtbot, panel.where.attribute_box, "any attribute")
    assert {hit.case_name for hit in searched(qtbot, panel)} == every


def test_the_matrix_case_header_lists_the_case_attributes(qtbot: QtBot, window: MainWindow) -> None:
    _with_attributes(window)
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    header = view.table.verticalHeader()
    row = next(i for i, (_, name) in enumerate(view.model.cases) if name == "Kawasaki")
    at = QPoint(10, header.sectionViewportPosition(row) + header.sectionSize(row) // 2)
    help_event = QHelpEvent(QEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at))
    QApplication.sendEvent(header.viewport(), help_event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Kawasaki\nPopulation: 1,538,262\nRegion: Kanto\nHas plan: yes"
    QToolTip.hideText()


def test_the_group_average_is_ticked_by_a_condition(qtbot: QtBot, window: MainWindow) -> None:
    ids = _with_attributes(window)
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    assert not view.tick_where.isEnabled()
    _pick(qtbot, view.where.attribute_box, "Population")
    _type_value(qtbot, view.where, "1000000")
    assert view.tick_where.isEnabled()
    qtbot.mouseClick(view.tick_where, Qt.MouseButton.LeftButton)
    assert view.group_ids() == [ids["Kawasaki"], ids["Osaka"]]
    assert "Group average" in view.counts.columns
    counts = view.counts.loc["Total"]
    assert counts["Group average"] == (counts["Kawasaki"] + counts["Osaka"]) / 2
    # the ticks replaced, not added to
    _pick(qtbot, view.where.attribute_box, "Has plan")
    qtbot.mouseClick(view.tick_where, Qt.MouseButton.LeftButton)
    assert view.group_ids() == [ids["Hamamatsu"], ids["Kawasaki"]]


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "ja") == "ja"
    yield
    i18n.install(qapp, "en")


def test_in_japanese_the_signs_and_yes_no_are_in_words_of_the_language(
    qtbot: QtBot, japanese: None, window: MainWindow
) -> None:
    _with_attributes(window)
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    where = view.where
    assert "ケースの条件：" in [label.text() for label in where.findChildren(QLabel)]
    assert where.attribute_box.itemText(0) == "属性を問わない"
    _pick(qtbot, where.attribute_box, "Region")
    operators = [where.operator_box.itemText(i) for i in range(where.operator_box.count())]
    assert operators == ["=", "≠", "を含む"]
    _pick(qtbot, where.attribute_box, "Has plan")
    values = [where.value_box.itemText(i) for i in range(where.value_box.count())]
    assert values == ["はい", "いいえ"]
    _pick(qtbot, where.value_box, "いいえ")  # shown in Japanese, compared as no
    assert {row.case for row in view.proxy.visible_rows()} == {"Osaka"}
    # a change to the cases refills the boxes: the choice stays (it became はい)
    session = window.session
    assert session is not None
    osaka = next(c.id for c in cases.list_cases(session.project) if c.name == "Osaka")
    session.run(commands.SetAttribute(osaka, "Population", 2752413))
    qtbot.waitUntil(lambda: not view._dirty)
    assert where.value_box.currentText() == "いいえ"
    assert {row.case for row in view.proxy.visible_rows()} == {"Osaka"}
    _pick(qtbot, where.attribute_box, "Population")
    _type_value(qtbot, where, "many")
    assert where.problem.text() == "「many」は正しい「数値」ではありません。"
