"""Coders in the app: switch coder (status label, menu), filter by coder, compare two coders."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from frameworkqda.core import review
from frameworkqda.core.agreement import coding_agreement, csv_cells
from frameworkqda.core.coders import ONLY_A, ONLY_B
from frameworkqda.core.store.project import default_coder_name
from frameworkqda.gui.coders import CoderDialog
from frameworkqda.gui.compare.view import CompareView
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.review.view import ReviewView
from tests.gui import menu_bar
from tests.gui.shown_lines import shown_text

LOGIN = default_coder_name()
INFO = "Information in multiple languages"


def _dialog(window: MainWindow) -> CoderDialog:
    dialog = window.coder_switch.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _type_japanese(widget: QWidget, text: str) -> None:
    """What an input method sends when the person commits 花子 (QTest types ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _menu_action(window: MainWindow, menu_title: str, text: str):  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == menu_title)
    return next(a for a in menu.actions() if a.text() == text)


def test_switch_coder_by_status_label_and_menu(
    qtbot: QtBot,
    window: MainWindow,
    settings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    label = window.coder_switch.label
    assert label.isVisible() and label.text() == f"Coder: {LOGIN}"
    session = window.session
    assert session is not None

    # a click on the label: type a new name, OK
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    dialog = _dialog(window)
    dialog.names.lineEdit().selectAll()
    _type_japanese(dialog.names.lineEdit(), "花子")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert label.text() == "Coder: 花子"
    assert session.project.coder_name == "花子"
    assert settings.coder_name() == "花子"

    # what is coded now is 花子's
    window.show_stage(3)
    document = window.document_tree.current_document() or 1
    window.open_document(document)
    window.document_area.text_view.select_range(0, 4)
    qtbot.keyClick(
        window.document_area.text_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )
    assert window.code_picker.isVisible()
    qtbot.keyClicks(window.code_picker.filter, "multiple languages")
    qtbot.keyClick(window.code_picker.filter, Qt.Key.Key_Return)
    rows = review.segment_rows(session.project, [document])
    assert any(r.coder == "花子" and (r.start, r.end) == (0, 4) for r in rows)

    # the menu entry: pick an existing coder from the list
    _menu_action(window, "&Code", "Switch c&oder…").trigger()
    dialog = _dialog(window)
    assert {dialog.names.itemText(i) for i in range(dialog.names.count())} >= {LOGIN, "花子"}
    dialog.names.setCurrentIndex(dialog.names.findText(LOGIN))
    qtbot.keyClick(dialog.names, Qt.Key.Key_Return)
    assert label.text() == f"Coder: {LOGIN}" and settings.coder_name() == LOGIN

    # remembered: another window on the same settings codes as the last choice
    settings.set_coder_name("花子")
    location = str(session.project.location)
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert not label.isVisible()
    window.open_project(location)
    assert window.coder_switch.label.text() == "Coder: 花子"
    assert window.session is not None and window.session.project.coder_name == "花子"


def test_review_and_evidence_filter_by_coder(qtbot: QtBot, two_coders: MainWindow) -> None:
    window = two_coders
    view = window.show_view("review")
    assert isinstance(view, ReviewView)
    texts = [view.coder_box.itemText(i) for i in range(view.coder_box.count())]
    assert texts == ["All coders", *sorted([LOGIN, "Taro"])]
    total = view.proxy.rowCount()
    qtbot.keyClicks(view.coder_box, "Taro")
    shown = view.proxy.visible_rows()
    assert shown and len(shown) < total and {r.coder for r in shown} == {"Taro"}

    from frameworkqda.gui.matrix.view import MatrixView

    matrix = window.show_view("matrix")
    assert isinstance(matrix, MatrixView)
    session = window.session
    assert session is not None
    code = next(c.id for c in session.codes() if c.name == INFO)
    hamamatsu = next(case_id for case_id, name in matrix.model.cases if name == "Hamamatsu")
    matrix.select_cell(hamamatsu, code)
    panel = matrix.evidence
    everyone = panel.quotes.count()
    qtbot.keyClicks(panel.coder_box, "Taro")
    assert 0 < panel.quotes.count() < everyone
    assert all(
        "安心して暮らせる" in panel.quotes.item(i).text() for i in range(panel.quotes.count())
    )


def test_compare_coders_view(qtbot: QtBot, two_coders: MainWindow, tmp_path: Path) -> None:
    window = two_coders
    _menu_action(window, "&View", "Compare &coders").trigger()
    view = window.work_stack.current()
    assert isinstance(view, CompareView) and window.current_view == "compare"

    # pick the coders with the combos (keyboard, as a person does)
    qtbot.keyClicks(view.coder_a, "Taro")
    view.coder_b.setFocus()
    qtbot.keyClicks(view.coder_b, LOGIN)
    assert view.names() == ("Taro", LOGIN)
    session = window.session
    assert session is not None
    expected = [csv_cells(r) for r in coding_agreement(session.project, "Taro", LOGIN)]
    model = view.model
    shown = [
        tuple(model.index(r, c).data() for c in range(2, model.columnCount()))
        for r in range(model.rowCount())
    ]
    assert shown == [cells[2:] for cells in expected]
    assert model.index(model.rowCount() - 1, 0).data() == "All codes"

    # click the row of "Information in multiple languages" in hamamatsu.txt
    row = next(
        r
        for r, item in enumerate(view.model.rows)
        if item.code.endswith(INFO) and item.document == "hamamatsu.txt"
    )
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = view.text_view.text()
    assert "多言語による情報提供" in text
    lanes = {mark.code_id for mark in view.text_view.marks()}
    assert lanes == {0, 1}  # A's and B's stripes side by side

    # Taro (A) coded a wider passage around the login coder's (B): both pieces are A-only
    assert [d.who for d in view.disagreements] == [ONLY_A, ONLY_A]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F8)
    first = view.disagreements[0]
    assert view.text_view.selection_range() == (first.start, first.end)
    assert view.text_view.selected_text() == "外国人市民が安心して暮らせるよう、"
    assert "only Taro" in view.position.text()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    second = view.disagreements[1]
    assert view.text_view.selected_text() == text[second.start : second.end] == "を推進する"
    qtbot.keyClick(view.table, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.text_view.selection_range() == (first.start, first.end)

    # swap the coders (after the combo's type-ahead has timed out); a B-only disagreement
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    view.coder_a.setFocus()
    qtbot.keyClicks(view.coder_a, LOGIN)
    view.coder_b.setFocus()
    qtbot.keyClicks(view.coder_b, "Taro")
    row = next(
        r
        for r, item in enumerate(view.model.rows)
        if item.code.endswith("Migrant councils") and item.document == "kawasaki.txt"
    )
    view.table.selectRow(row)
    rect = view.table.visualRect(view.model.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.names() == (LOGIN, "Taro"), view.names()
    assert [d.who for d in view.disagreements] == [ONLY_B]
    assert view.text_view.selected_text() == "を設置し"

    # export the table: CSV, XLSX and DOCX, read back by independent readers
    csv_path = view.export(str(tmp_path / "agreement.csv"))
    assert csv_path is not None
    with open(csv_path, encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0][0] == "code" and len(table) == len(view.rows) + 1
    xlsx_path = view.export(str(tmp_path / "agreement.xlsx"))
    assert xlsx_path is not None
    # caption, header, the rows, the rule under them, the note
    assert openpyxl.load_workbook(xlsx_path).active.max_row == len(view.rows) + 4
    docx = pytest.importorskip("docx")
    docx_path = view.export(str(tmp_path / "agreement.docx"))
    assert docx_path is not None
    assert len(docx.Document(docx_path).tables[0].rows) == len(view.rows) + 1


def test_compare_chart_cells_opens_a_disagreeing_cell_in_the_matrix(
    qtbot: QtBot, two_coders: MainWindow, tmp_path: Path
) -> None:
    from frameworkqda.core.cell_agreement import Disagreement
    from frameworkqda.gui.matrix.view import MatrixView

    window = two_coders
    _menu_action(window, "&View", "Compare &coders").trigger()
    view = window.work_stack.current()
    assert isinstance(view, CompareView)
    qtbot.keyClicks(view.coder_a, LOGIN)
    view.coder_b.setFocus()
    qtbot.keyClicks(view.coder_b, "Taro")
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert view.tabs.currentWidget() is view.cells
    panel = view.cells
    # SAMPLE_CHARTINGS: 8 cells both charted, 3 with different values
    assert "8 cells both charted" in panel.summary.text()
    disagreeing = [row for row in panel.model.rows if isinstance(row, Disagreement)]
    assert {(d.case, d.value_a, d.value_b) for d in disagreeing} == {
        ("Hamamatsu", "Yes", "Partially"),
        ("Hamamatsu", "Not specified", "Yes"),
        ("Kawasaki", "Partially", "Yes"),
    }
    assert panel.model.index(panel.model.rowCount() - 1, 0).data() == "All themes"

    # click the Kawasaki cell: the matrix opens on it, with both coders' chartings
    number = next(
        r for r, row in enumerate(panel.model.rows) if getattr(row, "case", "") == "Kawasaki"
    )
    target = panel.model.rows[number]
    assert isinstance(target, Disagreement)
    rect = panel.table.visualRect(panel.model.index(number, 1))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    matrix = window.work_stack.current()
    assert isinstance(matrix, MatrixView) and window.current_view == "matrix"
    assert matrix.current_key() == (target.case_id, target.code_id)
    differing = {(d.case_id, d.code_id) for d in disagreeing}
    assert differing <= matrix.model.differing  # marked "≠" in the grid
    shown = shown_text(matrix.evidence.chartings)
    assert "differ" in shown and f"{LOGIN}: Partially — 職員向けのみ" in shown
    # Taro's summary is the cell's, in the editor just below: not said twice
    assert matrix.evidence.editor.toPlainText() == "人権に関する研修を職員向けに実施する"
    assert "Taro: Yes" in shown.splitlines()

    # the login coder presses 1 (Yes) on the cell: now both say Yes, and the "≠" goes
    matrix.table.setFocus()
    qtbot.keyClick(matrix.table, Qt.Key.Key_1)
    assert (target.case_id, target.code_id) not in matrix.model.differing
    assert shown_text(matrix.evidence.chartings).splitlines()[0] == "Charted by:"
    assert f"{LOGIN}: Yes — 職員向けのみ" in shown_text(matrix.evidence.chartings)

    # the matrix's coder filter shows one coder's charting
    qtbot.keyClicks(matrix.evidence.coder_box, "Taro")
    assert shown_text(matrix.evidence.chartings).splitlines()[1:] == ["Taro: Yes"]

    # export the cells tab as CSV: the CLI's table
    _menu_action(window, "&View", "Compare &coders").trigger()
    path = view.export(str(tmp_path / "cells.csv"))
    assert path is not None
    rows = list(csv.reader(io.StringIO(Path(path).read_text(encoding="utf-8-sig"))))
    assert rows[0][:5] == ["code", "case", "cells", "kappa", "agreement"]
    assert rows[-1][:3] == ["*", "*", "8"]
    assert len([row for row in rows[1:] if row[1] != "*"]) == 2  # Kawasaki's agreed now


def test_compare_chart_cells_lists_coders_who_only_charted_and_uses_the_projects_scale(
    qtbot: QtBot,
    settings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """A Japanese project where 山田 and 佐藤 charted cells but coded no passage: the combos
    listed coders who coded passages only, so neither could be chosen (the CLI compared them);
    and the export's note said "Not specified", on no value of the scale, with 記載なし
    taken as an ordered point."""
    from frameworkqda.core.default_scale import default_value_scale
    from frameworkqda.core.store import create_project
    from frameworkqda.gui.compare.cells import KAPPA
    from tests import writes
    from tests.gui import modal

    location = tmp_path / "研究.fqda"
    labels = [label for label, _, _ in default_value_scale("ja")]
    yes, _, _, no, unknown = labels
    with create_project(location, language="ja") as project:
        theme = writes.add_code(project, "差別禁止")
        measure = writes.add_code(project, "相談窓口", parent_id=theme)
        cities = [
            writes.add_case(project, name) for name in ("浜松市", "川崎市", "大阪市", "神戸市")
        ]
        pairs = [(unknown, no), (unknown, unknown), (yes, yes), (no, no)]
        for coder in ("山田", "佐藤"):
            project.coder_name = coder
            for city, (a, b) in zip(cities, pairs, strict=True):
                writes.set_cell(project, city, measure, value=a if coder == "山田" else b)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_project(str(location))
    _menu_action(window, "&View", "Compare &coders").trigger()
    view = window.work_stack.current()
    assert isinstance(view, CompareView)
    listed = [view.coder_a.itemText(i) for i in range(view.coder_a.count())]
    assert {"山田", "佐藤"} <= set(listed)
    assert listed == sorted(listed)  # 佐藤 before 山田: A takes the last, B the first
    view.coder_a.setFocus()
    qtbot.keyClick(view.coder_a, Qt.Key.Key_End)
    view.coder_b.setFocus()
    qtbot.keyClick(view.coder_b, Qt.Key.Key_Home)
    assert view.names() == ("山田", "佐藤")
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    panel = view.cells
    assert "4 cells both charted" in panel.summary.text()
    assert f"{unknown} is no point on the value scale" in panel.summary.text()
    comparison = panel.comparison
    assert comparison is not None and comparison.unordered == (unknown,)
    # 記載なし is no point on the scale: κ = 7/11, as the CLI's default gives
    assert panel.model.index(panel.model.rowCount() - 1, KAPPA).data() == "0.6364"

    # Export… → the language (the project's, Japanese, in the English interface: it was
    # written in the interface's) → the file dialog → the XLSX's note names 記載なし
    def exported(target: Path, language: str | None = None) -> str:
        modal.choose(target)  # the file dialog, whenever it comes
        export = next(b for b in view.findChildren(QPushButton) if b.text() == "Export…")
        qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
        dialog = view.export_dialog
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.language_box.currentText() == "Japanese"
        if language is not None:
            dialog.language_box.setFocus()
            qtbot.keyClicks(dialog.language_box, language)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists)
        sheet = openpyxl.load_workbook(target).active
        return " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)

    text = exported(tmp_path / "一致度.xlsx")
    assert "山田（A）と佐藤（B）のチャート化の一致度" in text
    assert f"{unknown}はほかのどの値とも完全な不一致とみなす" in text
    assert "Charting agreement" not in text and "Not specified" not in text
    # English chosen in the box: the same table, captioned and noted in English
    text = exported(tmp_path / "agreement.xlsx", "English")
    assert "Charting agreement between 山田 (A) and 佐藤 (B)" in text
    assert f"{unknown} counts as a full disagreement" in text
