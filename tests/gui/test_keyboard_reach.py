"""A keyboard-only researcher reaches every pane: Tab leaves tables, Enter opens, focus follows.

Found by a researcher working without a mouse: Tab stayed inside the matrix (20 presses only
moved cell to cell; the summary and Save were reached only by Shift+Tab round the window), the
Review table, the case sheet and the other tables; Enter on a Review row or a search hit did
nothing; Enter in the case sheet opened "Add case"; after a project opened, a view was shown by
its shortcut or a passage opened from the matrix, the keyboard was nowhere, or on a frameless
scroll area that showed no focus; Esc in the find bar left the keyboard there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QInputDialog,
    QPushButton,
    QScrollArea,
    QStyleOptionViewItem,
    QToolButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

from frameworkqda.core import cases, commands, workspace
from frameworkqda.gui.cases_dialog import CasesDialog
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.review.view import ReviewView
from frameworkqda.gui.sample import build_sample
from frameworkqda.gui.search.panel import SearchPanel
from tests.gui import menu_bar, modal
from tests.gui.clicks import click_stripe, open_document
from tests.gui.matrix_cells import click_cell, first_cell

CTRL = Qt.KeyboardModifier.ControlModifier


def _active(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _tab(qtbot: QtBot, times: int = 1) -> QWidget | None:
    for _ in range(times):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _tabs_to(qtbot: QtBot, wanted: QWidget, most: int = 30) -> int:
    """Presses of Tab until ``wanted`` has the keyboard (fails after ``most``)."""
    for count in range(1, most + 1):
        if _tab(qtbot) is wanted:
            return count
    raise AssertionError(f"{wanted} not reached in {most} Tabs: {QApplication.focusWidget()}")


def test_tab_leaves_the_matrix_for_the_summary_and_save(qtbot: QtBot, window: MainWindow) -> None:
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)  # the matrix, the keyboard in its table
    matrix = window.work_stack.current()
    assert isinstance(matrix, MatrixView)
    assert QApplication.focusWidget() is matrix.table
    case_id, code_id = first_cell(matrix, lambda case, code: True)
    click_cell(qtbot, matrix, case_id, code_id)
    before = matrix.table.currentIndex()
    qtbot.keyClick(matrix.table, Qt.Key.Key_Right)  # arrows move from cell to cell
    assert matrix.table.currentIndex().column() == before.column() + 1
    assert _tabs_to(qtbot, matrix.evidence.editor, most=12) <= 12  # the summary, by Tab
    assert matrix.table.currentIndex().row() == before.row()  # Tab moved no cell


def test_tab_leaves_every_table(qtbot: QtBot, window: MainWindow) -> None:
    for key in ("matrix", "mapping", "review", "search", "compare", "memos"):
        view = window.show_view(key)  # as the View menu shows it (in the work area)
        assert view is not None
        tables = view.findChildren(QAbstractItemView)
        assert tables, key
        for table in tables:  # none keeps Tab for moving between its cells
            assert not table.tabKeyNavigation(), (key, table)


def test_enter_on_a_review_row_opens_its_passage_in_the_document(
    qtbot: QtBot, window: MainWindow
) -> None:
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL)
    view = window.work_stack.current()
    assert isinstance(view, ReviewView)
    assert QApplication.focusWidget() is view.table  # Ctrl+R: the keyboard in the rows
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    row = view.selected_rows()[0]
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    area = window.document_area
    assert window.work_stack.current() is area and area.document_id == row.document_id
    assert area.text_view.selection_range() == (row.start, row.end)
    assert QApplication.focusWidget() is area.text_view  # the keyboard at the passage


def test_enter_on_a_search_hit_opens_it_in_the_document(qtbot: QtBot, window: MainWindow) -> None:
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)
    panel = window.work_stack.current()
    assert isinstance(panel, SearchPanel)
    assert QApplication.focusWidget() is panel.term  # type the term at once
    panel.term.setText("共生")  # (keyClicks types ASCII only)
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    hit = panel.model.rows[panel.table.currentIndex().row()]
    qtbot.keyClick(panel.table, Qt.Key.Key_Enter)
    area = window.document_area
    assert area.document_id == hit.document_id
    assert area.text_view.selection_range() == (hit.start, hit.end)


def test_enter_in_the_case_sheet_edits_the_cell_and_adds_no_case(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.session is not None
    project = window.session.project
    before = [case.name for case in cases.list_cases(project)]
    menu_bar.choose(qtbot, window, "Code", "Cases and attributes…")
    dialog = window.cases_dialog
    assert isinstance(dialog, CasesDialog)
    _active(qtbot, dialog)
    sheet = dialog.table
    sheet.setFocus()
    sheet.setCurrentCell(0, 0)
    asked: list[str] = []

    def refuse(box: QWidget) -> None:  # "Add case…" came up (it did): said, and closed
        if box is not dialog:
            asked.append(box.windowTitle())
            box.reject()  # type: ignore[attr-defined]

    modal.answer(QDialog, refuse)
    qtbot.keyClick(sheet, Qt.Key.Key_Return)  # Enter: edit the name, not "Add case…"
    assert asked == []
    assert sheet.state() == QAbstractItemView.State.EditingState
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not sheet
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Hamamatsu City")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter again: the name is kept
    qtbot.waitUntil(lambda: sheet.state() != QAbstractItemView.State.EditingState)
    after = [case.name for case in cases.list_cases(project)]
    assert after == ["Hamamatsu City", *before[1:]]  # renamed, and no case added
    assert dialog.isVisible()
    assert _tabs_to(qtbot, dialog.buttons["addCase"], most=3)  # Tab leaves the sheet


def test_focus_lands_in_the_project_after_opening_and_on_the_start_page_after_closing(
    qtbot: QtBot, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    location = tmp_path / "sample.fqda"
    build_sample(location)
    settings.add_recent_project(str(location))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    _active(qtbot, window)
    recent = window.start_page.recent_list
    assert QApplication.focusWidget() is recent and recent.currentRow() == 0
    qtbot.keyClick(recent, Qt.Key.Key_Return)  # Enter on the recent project opens it
    qtbot.waitUntil(lambda: window.session is not None)
    focus = QApplication.focusWidget()
    assert focus is window.document_tree and focus.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)  # back to the start page
    assert window.session is None
    focus = QApplication.focusWidget()
    assert focus is window.start_page.recent_list and focus.isVisible()


def test_views_by_shortcut_take_the_keyboard_and_the_scroll_area_takes_none(
    qtbot: QtBot, window: MainWindow
) -> None:
    _active(qtbot, window)
    for key, modifiers, wanted in (
        (Qt.Key.Key_2, CTRL, "tree"),
        (Qt.Key.Key_4, CTRL, "table"),
        (Qt.Key.Key_5, CTRL, "counts_table"),
        (Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier, "table"),
        (Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier, "table"),
    ):
        qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)
        view = window.work_stack.current()
        assert view is not None
        assert QApplication.focusWidget() is getattr(view, wanted), (key, view)
    for holder in window.work_stack.findChildren(QScrollArea):
        if holder.parentWidget() is window.work_stack:  # the views' holders: no Tab stop
            assert holder.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_a_quote_opened_from_the_matrix_and_esc_in_the_find_bar_put_the_keyboard_in_the_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    matrix = window.work_stack.current()
    assert isinstance(matrix, MatrixView)
    case_id, code_id = first_cell(
        matrix, lambda case, code: matrix.model.evidence_count(case, code) > 0
    )
    click_cell(qtbot, matrix, case_id, code_id)
    quotes = matrix.evidence.quotes
    quotes.setFocus()
    quotes.setCurrentRow(0)
    qtbot.keyClick(quotes, Qt.Key.Key_Return)  # the quote opens in its document
    area = window.document_area
    assert window.work_stack.current() is area
    assert QApplication.focusWidget() is area.text_view
    qtbot.keyClick(area.text_view, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is area.find_field
    qtbot.keyClicks(area.find_field, "the")
    qtbot.keyClick(area.find_field, Qt.Key.Key_Escape)  # back to the text
    assert QApplication.focusWidget() is area.text_view


def test_a_code_cut_in_the_review_table_shows_its_whole_path_on_hover(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 768)  # the researcher's laptop: "Ed…es", nothing to say what it was
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL)
    view = window.work_stack.current()
    assert isinstance(view, ReviewView)
    view.table.horizontalHeader().resizeSection(0, 90)  # narrow, as at 1366 × 768
    QApplication.processEvents()
    table, metrics = view.table, view.table.fontMetrics()
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if metrics.horizontalAdvance(str(view.proxy.index(r, 0).data())) > table.columnWidth(0)
    )
    index = view.proxy.index(row, 0)
    full = str(index.data())
    point = table.visualRect(index).center()
    QToolTip.hideText()
    QApplication.sendEvent(
        table.viewport(),
        QHelpEvent(QEvent.Type.ToolTip, point, table.viewport().mapToGlobal(point)),
    )
    assert QToolTip.text() == full
    QToolTip.hideText()


def test_the_codebook_editor_says_its_keys_and_f2_renames(qtbot: QtBot, window: MainWindow) -> None:
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    editor = window.work_stack.current()
    assert isinstance(editor, CodebookEditor)
    tree = editor.tree
    assert QApplication.focusWidget() is tree
    buttons = editor.buttons
    assert all("&" in button.text() and button.toolTip() for button in buttons.values())
    assert "F2" in buttons["Rename…"].toolTip() and "Del" in buttons["Delete…"].toolTip()
    assert "Ctrl+Shift+Up" in buttons["Move up"].toolTip()
    assert "Ctrl+Shift+Down" in buttons["Move down"].toolTip()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    code_id = tree.current_code()
    assert code_id is not None

    def rename(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Renamed by F2")
        modal.ok(box)

    modal.answer(QInputDialog, rename)
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert window.session is not None
    code = window.session.code(code_id)
    assert code is not None and code.name == "Renamed by F2"
    # the whole name shown on hover in the codebook pane, its definition under it
    item = window.codebook_tree.item_for(code_id)
    assert item is not None and item.toolTip().startswith("Renamed by F2")


def test_icon_only_buttons_have_names(window: MainWindow) -> None:
    area = window.document_area
    named = {
        button.text(): button.accessibleName()
        for button in area.findChildren(QToolButton)
        if button.text() in ("▲", "▼", "−", "+", "↔")
    }
    assert set(named) == {"▲", "▼", "−", "+", "↔"}
    assert named == {
        "▲": "Previous match",
        "▼": "Next match",
        "−": "Zoom out",
        "+": "Zoom in",
        "↔": "Pages as wide as the view",
    }


def test_the_documents_keep_eight_rows_under_the_stage_navigator_at_1280_by_720(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At 1280 × 720 the navigator's fixed 296 pixels left the documents four rows."""
    rows = window.document_tree.fontMetrics().height() + 2  # a row, at the least
    window.resize(1280, 720)
    QApplication.processEvents()
    assert window.document_tree.viewport().height() >= 8 * rows
    navigator = window.navigator
    assert navigator.height() < 296  # it gave way, and scrolls to the stage chosen
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    item = navigator.item(4)
    assert navigator.viewport().rect().intersects(navigator.visualItemRect(item))
    window.resize(1400, 1000)  # room again: all five stages, whole
    QApplication.processEvents()
    assert navigator.height() == 296
    last = navigator.visualItemRect(navigator.item(4))
    assert navigator.viewport().rect().contains(last)


@pytest.mark.parametrize("size", [(1280, 720), (1300, 800), (1366, 768), (1440, 900)])
def test_the_stage_navigator_shows_whole_stages_only(
    window: MainWindow, size: tuple[int, int]
) -> None:
    """At 1300 × 800 the fifth stage showed its top half, "5 Mapping & interpr" cut through."""
    window.resize(*size)
    QApplication.processEvents()
    navigator = window.navigator
    navigator.scrollToTop()
    viewport = navigator.viewport().rect()
    for row in range(navigator.count()):
        shown = navigator.visualItemRect(navigator.item(row)).intersected(viewport)
        assert (
            shown.isEmpty()
            or shown.height() == navigator.visualItemRect(navigator.item(row)).height()
        ), (size, row, shown)


def _wholly_inside(widget: QWidget, room: QWidget) -> bool:
    rect = QRect(widget.mapTo(room, QPoint(0, 0)), widget.size())
    return widget.isVisible() and not rect.isEmpty() and room.rect().contains(rect)


def test_the_matrix_the_codebook_and_mapping_fit_at_scale_one_and_a_half(
    qtbot: QtBot, window: MainWindow
) -> None:
    """QT_SCALE_FACTOR=1.5 on a 1600 × 1000 screen: 1067 × 667 of the app's own pixels. The
    matrix's one-row toolbar (890 px) and the codebook's "Heading only (…)" box (393 px) ran
    the evidence panel and the definition off the right edge."""
    window.resize(1067, 667)
    _active(qtbot, window)
    room = window.work_stack
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    matrix = window.work_stack.current()
    assert isinstance(matrix, MatrixView)
    QApplication.processEvents()
    assert matrix.minimumSizeHint().width() <= room.width()
    save = next(b for b in matrix.evidence.findChildren(QPushButton) if b.text() == "Save")
    for widget in (matrix.evidence.editor, save, matrix.draft_all_button, matrix.table):
        assert _wholly_inside(widget, room), widget
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    editor = window.work_stack.current()
    assert isinstance(editor, CodebookEditor)
    QApplication.processEvents()
    assert editor.minimumSizeHint().width() <= room.width()
    for widget in (editor.definition, editor.heading, editor.buttons["Delete…"]):
        assert _wholly_inside(widget, room), widget
    assert "not charted" in editor.heading.toolTip()  # what it means, on hover
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)  # Mapping: its "Tick cases where" row wraps
    mapping = window.work_stack.current()
    assert isinstance(mapping, MappingView)
    QApplication.processEvents()
    assert mapping.minimumSizeHint().width() <= room.width()
    tables = next(b for b in mapping.findChildren(QPushButton) if b.text() == "Export tables…")
    # the sample's cases have no attributes: the row says so on a line of its own
    for widget in (mapping.chart, mapping.memo, tables, mapping.where.none_hint):
        assert _wholly_inside(widget, room), widget
    assert window.session is not None
    case = cases.list_cases(window.session.project)[0]
    window.session.run(commands.SetAttribute(case.id, "Population", 790718))
    QApplication.processEvents()
    for widget in (mapping.chart, mapping.memo, tables, mapping.where.value_box):
        assert _wholly_inside(widget, room), widget


def test_the_view_menu_says_what_each_view_is_in_the_status_bar(window: MainWindow) -> None:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    views = [a for a in menu.actions() if not a.isSeparator() and a.menu() is None]
    assert len(views) == 9
    menu.popup(window.mapToGlobal(QPoint(40, 20)))
    try:
        for action in views:
            assert action.statusTip(), action.text()
            menu.setActiveAction(action)  # reached by the arrow keys: the status bar says it
            assert window.statusBar().currentMessage() == action.statusTip()
    finally:
        menu.hide()


def test_a_cut_code_in_review_shows_its_measure_not_the_middle_of_its_path(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At 1366 × 768 "Education / Information in multiple languages" read "Edu…ges"."""
    window.resize(1366, 768)
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_R, CTRL)
    view = window.work_stack.current()
    assert isinstance(view, ReviewView)
    view.table.horizontalHeader().resizeSection(0, 110)
    QApplication.processEvents()
    index = next(
        view.proxy.index(r, 0)
        for r in range(view.proxy.rowCount())
        if str(view.proxy.index(r, 0).data()).startswith("Education / Information")
    )
    option = QStyleOptionViewItem()
    view.table.initViewItemOption(option)
    option.rect = view.table.visualRect(index)
    delegate = view.table.itemDelegateForIndex(index)
    delegate.initStyleOption(option, index)
    shown = option.fontMetrics.elidedText(option.text, option.textElideMode, 80)
    assert shown.startswith("Informat"), shown  # the measure, cut at its end


def test_the_segment_panels_code_box_names_its_whole_code_on_hover(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At 1280 × 720 the box cut "Education / Information in multiple languages" at its edge."""
    assert window.session is not None
    document = next(d for d in workspace.documents(window.session.project) if d.segments)
    _active(qtbot, window)
    open_document(qtbot, window, document.id)
    rect, _mark = window.document_area.text_view.stripes()[0]
    click_stripe(qtbot, window, rect)  # the passage's stripe clicked: the panel shows it
    box = window.inspector.code
    assert box.currentText() and " / " in box.currentText()
    assert box.toolTip() == box.currentText()


def test_with_no_recent_project_the_keyboard_starts_on_new_project(qtbot: QtBot, settings) -> None:  # type: ignore[no-untyped-def]
    """Not on the list that only says "No recent projects yet."."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    _active(qtbot, window)
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == "newProjectButton"
