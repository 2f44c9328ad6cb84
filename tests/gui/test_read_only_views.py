"""The work-area views of a project opened read-only: every control that writes is greyed and
the editors take no typing or choice, driven as a person drives them (a click on the button,
keys in the editor); nothing raises."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from frameworkqda.core import charting
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.session import read_only_text
from tests.gui.matrix_cells import click_cell, first_cell
from tests.gui.read_only import read_only_sample


@pytest.fixture
def read_only(qtbot: QtBot, settings: object, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on the sample project, its file read-only."""
    with read_only_sample(qtbot, settings, tmp_path) as (window, _):
        yield window
        window.close()


def test_the_matrix_of_a_read_only_project_writes_nothing(
    qtbot: QtBot, read_only: MainWindow
) -> None:
    """Auto-draft raised an uncaught ProjectReadOnlyError after drafting everything; the
    Value box showed "1 Yes" over a cell still "No"; Insert auto-draft typed into the summary."""
    window = read_only
    assert window.session is not None
    project, stack = window.session.project, window.session.undo_stack
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    assert not view.draft_all_button.isEnabled()
    assert "keys 1–9" not in view.status.text()  # offered keys that set nothing
    qtbot.mouseClick(view.draft_all_button, Qt.MouseButton.LeftButton)
    assert not view.draft_progress.isVisibleTo(view) and stack.count() == 0
    case_id, code_id = first_cell(
        view, lambda case, code: bool(charting.evidence(project, case, code))
    )
    click_cell(qtbot, view, case_id, code_id)
    panel = view.evidence
    before = charting.cell_state(project, case_id, code_id)
    summary = panel.editor.toPlainText()
    for button in (panel.draft_button, panel.quote_button, panel.save_button):
        assert not button.isEnabled(), button.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not panel.value_box.isEnabled()
    qtbot.keyClicks(panel.editor, "typed here")
    assert panel.editor.toPlainText() == summary
    menu = view.value_menu()
    assert menu is not None and not any(a.isEnabled() for a in menu.actions() if a.text())
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_1)  # the key that sets the scale's first value
    assert panel.value_box.currentData() == before.value_id
    assert window.statusBar().currentMessage() == read_only_text()  # said where they acted
    after = charting.cell_state(project, case_id, code_id)
    assert (after.summary, after.value_id) == (before.summary, before.value_id)
    assert stack.count() == 0 and view.save_typing() is None


def test_the_other_views_of_a_read_only_project_grey_what_writes(
    qtbot: QtBot, read_only: MainWindow
) -> None:
    """Review's Delete selected raised an uncaught ProjectReadOnlyError; the codebook's Add
    theme… asked for a name then refused it; New free memo… opened a dialog to refuse."""
    window = read_only
    assert window.session is not None
    stack = window.session.undo_stack
    review = window.show_view("review")
    assert review is not None
    table = review.table  # type: ignore[attr-defined]
    table.selectRow(0)
    for name in ("recodeSelected", "deleteSelected"):
        button = review.findChild(QPushButton, name)
        assert button is not None and not button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert review.findChild(QPushButton, "exportShown").isEnabled()  # reading goes on
    codebook = window.show_view("codebook")
    assert codebook is not None
    buttons = codebook.buttons  # type: ignore[attr-defined]
    codebook.select(window.session.codes()[0].id)  # type: ignore[attr-defined]
    for key in ("Add theme…", "Add sub-code…", "Rename…", "Delete…", "Import…"):
        assert not buttons[key].isEnabled(), key
        qtbot.mouseClick(buttons[key], Qt.MouseButton.LeftButton)
    assert buttons["Export…"].isEnabled() and not codebook.heading.isEnabled()  # type: ignore[attr-defined]
    memos = window.show_view("memos")
    assert memos is not None
    for button in (memos.new_button, memos.rename_button, memos.delete_button):  # type: ignore[attr-defined]
        assert not button.isEnabled(), button.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    mapping = window.show_view("mapping")
    assert mapping is not None
    qtbot.keyClicks(mapping.memo, "typed")  # type: ignore[attr-defined]
    assert mapping.memo.toPlainText() == ""  # type: ignore[attr-defined]
    assert stack.count() == 0
