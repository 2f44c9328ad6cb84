"""Cases chosen by attribute in the GUI: Review's and Search's "Cases where [attribute] [sign]
[value]" filter, the matrix's case header tooltip listing a case's attributes, and the
Mapping view's group average ticked by a condition. The attributes showed in Code → Cases and
attributes… only: Review filtered by all cases or one, Search too, the matrix never showed
them."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMenu, QToolTip
from pytestqt.qtbot import QtBot

from frameworkqda.core import cases, commands
from frameworkqda.gui import i18n
from frameworkqda.gui.case_where import CaseWhere
from frameworkqda.gui.export_dialog import ExportDialog
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.review.view import ReviewView
from frameworkqda.gui.search.panel import SearchPanel
from tests.gui import menu_bar
from tests.gui.searched import open_search, searched

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
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    where = view.where
    assert _shown(where) == [  # no attributes yet: the hint alone, as in English
        "絞り込みに使えるケースの属性はまだありません。属性（地域、人口…）は"
        "「コード → ケースと属性…」で追加できます。"
    ]
    _with_attributes(window)
    assert _shown(where) == ["ケースの条件："]
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


def _choose(qtbot: QtBot, box: QComboBox, text: str) -> None:
    """Open the combo's list and click the entry, as a person does."""
    box.showPopup()
    view = box.view()
    index = view.model().index(box.findText(text), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert box.currentText() == text


def _shown_cases(view: MatrixView) -> list[str]:
    table = view.table
    return [name for row, (_, name) in enumerate(view.model.cases) if not table.isRowHidden(row)]


def _export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    """File → Export tables… (Ctrl+E) from the matrix, its table clicked first (Ctrl+E in the
    value box moves to the end of the line there)."""
    window.activateWindow()  # offscreen, a combo's closed list leaves the window inactive
    qtbot.waitUntil(window.isActiveWindow)
    table = window.views["matrix"].table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    menu_bar.press(qtbot, window, "Ctrl+E")
    dialog = window.views["mapping"].export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert dialog.table_box.currentText() == "Framework matrix"
    return dialog


def _write_csv(qtbot: QtBot, dialog: ExportDialog, target: Path) -> list[str]:
    """Write the matrix as CSV to ``target`` (Export clicked): the cases of its rows."""
    _choose(qtbot, dialog.format_box, "CSV (UTF-8) (*.csv)")
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(target))
    dialog.done_event.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=10000)
    assert dialog.written[-1] == str(target), dialog.summary.text()
    with target.open(encoding="utf-8-sig") as file:
        return list(dict.fromkeys(row["case"] for row in csv.DictReader(file)))


def test_the_matrix_shows_and_exports_the_cases_meeting_a_condition(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The matrix's Case filter chose all cases or one; "By attribute…" opens the "Cases
    where" bar Review and Search have, and File → Export tables… writes the cases shown (a
    ticked box says so; unticked, every case)."""
    _with_attributes(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+4")  # the matrix
    view = window.views["matrix"]
    assert isinstance(view, MatrixView) and window.current_view == "matrix"
    every = ["Hamamatsu", "Kawasaki", "Osaka", "Japan (national)"]
    assert _shown_cases(view) == every and not view.where_bar.isVisible()

    _choose(qtbot, view.case_box, "By attribute…")
    assert view.where_bar.isVisible() and view.where.attribute_box.hasFocus()
    assert _shown_cases(view) == every  # no condition yet: every case
    _pick(qtbot, view.where.attribute_box, "Population")
    _type_value(qtbot, view.where, "1,000,000")
    assert _shown_cases(view) == ["Kawasaki", "Osaka"]
    assert view.where_count.text() == "2 of 4 cases shown"
    assert view.status.text().startswith("2 of 4 cases × ")
    # "Show measures with" looks at the cases shown only: Japan's "No" is not among them
    councils = view.model.slot_position(
        next(s.code_id for s in view.model.slots if s.title == "Migrant councils")
    )
    _choose(qtbot, view.value_filter, "value “No”")
    assert view.table.isColumnHidden(councils)
    _choose(qtbot, view.value_filter, "anything")

    dialog = _export_dialog(qtbot, window)
    box = dialog.only_shown_box
    assert box.isVisible() and box.isChecked()
    assert box.text() == "Only the cases the matrix shows: Population ≧ 1,000,000 (2 of 4 cases)"
    assert _write_csv(qtbot, dialog, tmp_path / "shown.csv") == ["Kawasaki", "Osaka"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked()
    assert _write_csv(qtbot, dialog, tmp_path / "all.csv") == every
    dialog.close()

    # one case chosen is a filter too: the export writes that case
    _choose(qtbot, view.case_box, "Osaka")
    assert not view.where_bar.isVisible() and _shown_cases(view) == ["Osaka"]
    dialog = _export_dialog(qtbot, window)
    assert dialog.only_shown_box.text() == "Only the cases the matrix shows: Osaka (1 of 4 cases)"
    assert _write_csv(qtbot, dialog, tmp_path / "osaka.csv") == ["Osaka"]
    dialog.close()

    # back to the condition, kept; "Show all cases" closes the bar
    _choose(qtbot, view.case_box, "By attribute…")
    assert _shown_cases(view) == ["Kawasaki", "Osaka"]
    qtbot.mouseClick(view.where_clear, Qt.MouseButton.LeftButton)
    assert view.case_box.currentText() == "All cases" and not view.where_bar.isVisible()
    assert _shown_cases(view) == every and view.status.text().startswith("4 cases × ")
    dialog = _export_dialog(qtbot, window)
    assert not dialog.only_shown_box.isVisible()  # every case shown: nothing to choose
    dialog.close()


def test_the_matrix_condition_follows_a_changed_attribute(qtbot: QtBot, window: MainWindow) -> None:
    """A case whose attribute changes (here or in another window) joins or leaves the cases
    shown: the matrix reloads and asks the condition again."""
    ids = _with_attributes(window)
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    _choose(qtbot, view.case_box, "By attribute…")
    _pick(qtbot, view.where.attribute_box, "Region")
    _pick(qtbot, view.where.value_box, "Kansai")
    assert _shown_cases(view) == ["Osaka"]
    session = window.session
    assert session is not None
    session.run(commands.SetAttribute(ids["Kawasaki"], "Region", "Kansai"))
    qtbot.waitUntil(lambda: _shown_cases(view) == ["Kawasaki", "Osaka"])


def test_collapse_and_expand_every_theme_from_one_menu(qtbot: QtBot, window: MainWindow) -> None:
    """Collapse themes and Expand themes are one button's menu now (the toolbar had no room
    left for "By attribute…"); each still folds every theme."""
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    themes = {s.theme_id for s in view.model.slots if s.kind == "theme"}

    def choose(action_text: str) -> None:
        qtbot.mouseClick(view.fold_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        (action,) = [a for a in menu.actions() if a.text() == action_text]
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        qtbot.waitUntil(lambda: not menu.isVisible())

    choose("Collapse themes")
    assert view.collapsed == themes
    choose("Expand themes")
    assert view.collapsed == set()


def test_the_matrix_by_attribute_says_how_to_add_attributes_when_cases_have_none(
    qtbot: QtBot, window: MainWindow
) -> None:
    """On a project whose cases have no attributes, "By attribute…" opened a bar of disabled
    boxes and said nothing: it says the cases have none yet and where to add them; once one
    is added the hint goes and the attribute can be chosen."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+4")  # the matrix
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    _choose(qtbot, view.case_box, "By attribute…")
    hint = view.where.none_hint
    assert view.where_bar.isVisible() and hint.isVisible()
    assert _shown(view.where) == [NO_ATTRIBUTES]
    assert not view.where.attribute_box.isVisible()
    _with_attributes(window)  # added in the case sheet
    assert not hint.isVisible() and view.where.attribute_box.isEnabled()
    assert _shown(view.where) == ["Cases where"]  # then the boxes
    assert view.where.attribute_box.isVisible()
    _pick(qtbot, view.where.attribute_box, "Population")


NO_ATTRIBUTES = (
    "No case attributes to filter by yet: add them (Region, Population…) in "
    "Code → Cases and attributes…"
)


def _shown(where: CaseWhere) -> list[str]:
    """The labels the row shows, left to right (the hint's own line last)."""
    labels = [label for label in where.findChildren(QLabel) if label.isVisibleTo(where)]
    return [label.text() for label in sorted(labels, key=lambda label: (label.y(), label.x()))]


def _says_how_to_add_attributes(window: MainWindow, where: CaseWhere) -> None:
    # the hint alone, one sentence: "Cases where" before it read "Cases where  The cases
    # have no attributes yet: …", a label run into a sentence (a tester's finding)
    hint = where.none_hint
    assert where.isVisible() and hint.isVisible()
    assert _shown(where) == [NO_ATTRIBUTES]
    assert not where.attribute_box.isVisible()


def test_review_search_and_mapping_say_how_to_add_attributes_when_cases_have_none(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Review, Search and Mapping showed "Cases where" with three disabled boxes and no word
    on a project whose cases have no attributes: each says so and where to add them, as the
    matrix's bar does (the same CaseWhere), and offers the boxes once one is added."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Review
    review = window.work_stack.current()
    assert isinstance(review, ReviewView)
    _says_how_to_add_attributes(window, review.where)
    search = open_search(window, qtbot)  # Ctrl+Shift+F
    _says_how_to_add_attributes(window, search.where)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Mapping
    mapping = window.views["mapping"]
    assert isinstance(mapping, MappingView)
    qtbot.waitUntil(mapping.isVisible)
    _says_how_to_add_attributes(window, mapping.where)
    # on Mapping's narrow pane the hint is a line of its own, as wide as the pane (in the
    # row's flow it stood a word or two a line, cut off)
    assert mapping.where.none_hint.width() > mapping.where.width() * 3 // 4
    _with_attributes(window)  # added in the case sheet
    assert not mapping.where.none_hint.isVisible()
    assert mapping.where.attribute_box.isVisible() and mapping.where.attribute_box.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    open_search(window, qtbot)
    for where in (review.where, search.where):
        assert not where.none_hint.isVisibleTo(window)
        assert _shown(where) == ["Cases where"]
        assert where.attribute_box.isVisibleTo(where) and where.attribute_box.isEnabled()


def test_the_collapse_expand_arrow_clears_its_last_letter(qtbot: QtBot, window: MainWindow) -> None:
    """The menu arrow of the tool button drawn over the "d" of "Collapse/expand"; the button
    leaves room for it now: on the button as drawn, the arrow's columns of ink stand apart from
    the text's."""
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    button = view.fold_button
    assert button.menu() is not None
    image = button.grab().toImage()
    ground = image.pixelColor(4, image.height() // 2)

    def inked(x: int) -> bool:
        return any(
            abs(image.pixelColor(x, y).lightness() - ground.lightness()) > 60
            for y in range(3, image.height() - 3)
        )

    columns = [x for x in range(3, image.width() - 3) if inked(x)]
    runs: list[list[int]] = []
    for x in columns:
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    arrow, text = runs[-1], runs[-2]
    assert len(arrow) <= 10, f"the arrow runs into the text: columns {arrow[0]}–{arrow[-1]}"
    assert arrow[0] - text[-1] >= 4
