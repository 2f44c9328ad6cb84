"""The app on a project another program changes at the same time: what the other commits shows
without reopening, and saving a cell someone changed meanwhile asks which to keep."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from frameworkqda.core import charting
from frameworkqda.core.store import Project, open_project
from frameworkqda.gui.live import INTERVAL_ENV
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.conflict import CellConflictDialog
from frameworkqda.gui.matrix.view import MatrixView
from tests import writes
from tests.gui import menu_bar
from tests.gui.conftest import _sample_window
from tests.gui.matrix_cells import click_cell
from tests.gui.modal import answer, click
from tests.gui.test_matrix import load_matrix

SHOTS = Path(os.environ.get("FRAMEWORKQDA_SHOTS", "/work/notes/shots"))


@pytest.fixture
def window(qtbot, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(INTERVAL_ENV, "0.3")  # look every 0.3 s instead of 2 s
    return _sample_window(qtbot, settings, tmp_path)


def _matrix(window: MainWindow) -> tuple[MatrixView, Project, dict[str, int], int]:
    """Stage 4 on screen: the view, the project, case ids by name, the councils measure."""
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView) and window.session is not None
    project = window.session.project
    data = load_matrix(project)
    councils = next(m.id for m in data.measures if m.name == "Migrant councils")
    return view, project, {name: cid for cid, name in data.cases}, councils


def _button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def test_another_programs_cell_and_segment_show_without_reopening(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    view, project, cases, councils = _matrix(window)
    osaka = cases["Osaka"]
    evidence = view.model.evidence_count(osaka, councils)
    location = str(project.location)
    cell = subprocess.run(
        [sys.executable, "-m", "frameworkqda", "cell", location, "--case", "Osaka",
         "--code", "Political participation/Migrant councils", "--value", "Yes",
         "--summary", "大阪市外国籍住民施策有識者会議", "--coder", "Taro"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert cell.returncode == 0, cell.stderr
    qtbot.waitUntil(lambda: view.model.summary(osaka, councils) != "", timeout=10000)
    assert view.model.summary(osaka, councils) == "大阪市外国籍住民施策有識者会議"
    assert view.model.value(osaka, councils).label == "Yes"  # type: ignore[union-attr]

    # a passage another program codes adds to the cell's evidence count
    with open_project(location) as other:
        other.coder_name = "Taro"
        document = next(d for d in _documents(other) if d[1] == cases["Osaka"])
        writes.add_segment(other, document[0], councils, 0, 4)
    qtbot.waitUntil(lambda: view.model.evidence_count(osaka, councils) == evidence + 1)


def _documents(project: Project) -> list[tuple[int, int | None]]:
    from frameworkqda.core import workspace

    return [(d.id, d.case_id) for d in workspace.documents(project)]


THEIRS = "外国人市民代表者会議（1996年設置）"
MINE = "Council set up in 1996"


def _edit_while_taro_changes_it(qtbot, window, act) -> tuple[MatrixView, Project, int, int]:  # type: ignore[no-untyped-def]
    """Type a summary; Taro, in another program, saves the same cell meanwhile; then save
    (the editor's own save 0.8 s after typing, or the Save button): ``act`` answers the dialog.
    """
    view, project, cases, councils = _matrix(window)
    kawasaki = cases["Kawasaki"]
    click_cell(qtbot, view, kawasaki, councils)
    editor = view.evidence.editor
    asked: list[CellConflictDialog] = []

    def answered(box: QWidget) -> None:
        assert isinstance(box, CellConflictDialog)
        asked.append(box)
        act(box)

    answer(CellConflictDialog, answered)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    qtbot.keyClicks(editor, MINE)
    with open_project(str(project.location)) as other:
        other.coder_name = "Taro"
        writes.set_cell(other, kawasaki, councils, summary=THEIRS)
    # the window sees Taro's change (or saves first): what is being typed stays
    qtbot.waitUntil(lambda: bool(asked) or view.model.summary(kawasaki, councils) == THEIRS)
    qtbot.mouseClick(_button(view.evidence, "Save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))
    assert len(asked) == 1
    return view, project, kawasaki, councils


def test_saving_a_cell_someone_changed_asks_and_keeps_the_merged_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, str, str]] = []

    def merge_and_keep_mine(box: CellConflictDialog) -> None:
        seen.append((box.windowTitle(), box.theirs.toPlainText(), box.mine.toPlainText()))
        box.mine.moveCursor(box.mine.textCursor().MoveOperation.Start)
        qtbot.keyClicks(box.mine, "Taro: 1996. ")
        SHOTS.mkdir(parents=True, exist_ok=True)
        box.grab().save(str(SHOTS / "h16-cell-conflict.png"))
        qtbot.mouseClick(box.mine_button, Qt.MouseButton.LeftButton)

    view, project, kawasaki, councils = _edit_while_taro_changes_it(
        qtbot, window, merge_and_keep_mine
    )
    assert seen == [("Someone else changed this cell", THEIRS, MINE)]
    stored = charting.cell_edit(project, kawasaki, councils)
    assert stored.summary == "Taro: 1996. " + MINE
    assert view.evidence.editor.toPlainText() == stored.summary
    assert view.model.summary(kawasaki, councils) == stored.summary


def test_keeping_theirs_shows_their_cell_and_writes_nothing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    kept: list[charting.CellEdit] = []
    said: list[str] = []

    def keep_theirs(box: CellConflictDialog) -> None:
        assert window.session is not None
        kept.append(charting.cell_edit(window.session.project, *view_key(window)))
        said.extend(label.text() for label in box.findChildren(QLabel))
        qtbot.mouseClick(box.theirs_button, Qt.MouseButton.LeftButton)

    view, project, kawasaki, councils = _edit_while_taro_changes_it(qtbot, window, keep_theirs)
    assert charting.cell_edit(project, kawasaki, councils) == kept[0]
    assert kept[0].summary == THEIRS and kept[0].coder == "Taro"
    # when Taro saved, as every other message gives a time (it said "12/5/26 11:47 AM")
    changed = kept[0].updated_at
    assert changed is not None
    when = f"{changed:%Y-%m-%d %H:%M} UTC"
    assert any(f"at {when}, after you began" in text for text in said), said
    assert view.evidence.editor.toPlainText() == THEIRS
    assert view.model.summary(kawasaki, councils) == THEIRS
    assert "Kept their version" in view.status.text()


def view_key(window: MainWindow) -> tuple[int, int]:
    view = window.views["matrix"]
    assert isinstance(view, MatrixView) and view.evidence.key is not None
    return view.evidence.key


def _answer_and_press(qtbot, window: MainWindow, button: str, asked: list[str], redo: bool) -> None:  # type: ignore[no-untyped-def]
    """Press Ctrl+Z (or Ctrl+Shift+Z) and answer the question it asks with ``button``,
    noting the question's text and keeping a screenshot of it."""

    def read_and_click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.informativeText())
        SHOTS.mkdir(parents=True, exist_ok=True)
        box.grab().save(str(SHOTS / ("redo-overwrites.png" if redo else "undo-overwrites.png")))
        click(button)

    answer(QMessageBox, read_and_click)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    shift = Qt.KeyboardModifier.ShiftModifier if redo else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | shift)


def _taro_rewrites(project: Project, case_id: int, code_id: int) -> None:
    with open_project(str(project.location)) as other:
        other.coder_name = "Taro"
        writes.set_cell(other, case_id, code_id, summary="Taro's reading", value="No")


def test_undoing_a_cell_someone_changed_since_asks_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Key 1 sets Osaka's value; Taro, in another program, then rewrites the cell. Ctrl+Z asks
    before putting back what he replaced: Cancel leaves his cell, "Undo anyway" undoes."""
    view, project, cases, councils = _matrix(window)
    osaka = cases["Osaka"]
    before = charting.cell_edit(project, osaka, councils)
    click_cell(qtbot, view, osaka, councils)
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    assert charting.cell_edit(project, osaka, councils).value == "Yes"
    _taro_rewrites(project, osaka, councils)
    asked: list[str] = []
    _answer_and_press(qtbot, window, "Cancel", asked, redo=False)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "changed by Taro" in asked[0]
    kept = charting.cell_edit(project, osaka, councils)
    assert (kept.summary, kept.value) == ("Taro's reading", "No")  # nothing undone
    _answer_and_press(qtbot, window, "Undo anyway", asked, redo=False)
    qtbot.waitUntil(lambda: charting.cell_edit(project, osaka, councils).value == before.value)
    assert len(asked) == 2
    # the step set the value alone: his summary stays (undo wiped it too)
    assert charting.cell_edit(project, osaka, councils).summary == "Taro's reading"


def test_redoing_a_cell_someone_changed_since_the_undo_asks_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Key 1 sets Osaka's value and Ctrl+Z takes it back (nobody else changed the cell: no
    question). Taro then rewrites the cell; Ctrl+Shift+Z asks before writing over him: Cancel
    leaves his cell, "Redo anyway" sets the value again."""
    view, project, cases, councils = _matrix(window)
    osaka = cases["Osaka"]
    before = charting.cell_edit(project, osaka, councils)
    click_cell(qtbot, view, osaka, councils)
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert charting.cell_edit(project, osaka, councils).value == before.value  # undone, unasked
    _taro_rewrites(project, osaka, councils)
    asked: list[str] = []
    _answer_and_press(qtbot, window, "Cancel", asked, redo=True)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "changed by Taro" in asked[0]
    kept = charting.cell_edit(project, osaka, councils)
    assert (kept.summary, kept.value) == ("Taro's reading", "No")  # nothing redone
    _answer_and_press(qtbot, window, "Redo anyway", asked, redo=True)
    qtbot.waitUntil(lambda: charting.cell_edit(project, osaka, councils).value == "Yes")
    assert len(asked) == 2


def test_undo_while_a_summary_is_being_typed_undoes_the_typing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A summary typed and saved (the 0.8 s pause), more typed, then Edit → Undo at once:
    the undo took back the saved text, then the timer saved the rest on a version the undo
    had passed, and the researcher was asked about "someone else's" change: their own. Now
    the text being typed is saved first and undone, and Redo brings it back."""
    view, project, cases, councils = _matrix(window)
    kawasaki = cases["Kawasaki"]
    click_cell(qtbot, view, kawasaki, councils)
    editor = view.evidence.editor
    asked: list[QWidget] = []
    answer(CellConflictDialog, lambda box: (asked.append(box), box.reject()))
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    qtbot.keyClicks(editor, "Council since 1996.")
    qtbot.waitUntil(lambda: charting.cell_edit(project, kawasaki, councils).summary != "")
    saved = charting.cell_edit(project, kawasaki, councils).summary
    qtbot.keyClicks(editor, " Meets four times a year.")
    assert window.session is not None
    menu_bar.choose(qtbot, window, "Edit", "Undo")  # Edit → Undo, the typing not saved yet
    qtbot.wait(1200)  # past the save timer
    assert asked == []
    assert charting.cell_edit(project, kawasaki, councils).summary == saved
    assert editor.toPlainText() == saved
    menu_bar.choose(qtbot, window, "Edit", "Redo")
    assert charting.cell_edit(project, kawasaki, councils).summary.endswith("a year.")


def test_escape_in_the_conflict_dialog_does_not_drop_the_researchers_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Esc (or the window's close button) counted as "Keep theirs": the text typed was
    dropped and the status line said "Kept their version". Now it asks which to keep; Cancel
    goes back to the two texts, and "Keep mine" then saves the researcher's text."""
    asked: list[str] = []
    seen: list[tuple[bool, str]] = []

    def answer_question(button: str) -> None:
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            [chosen] = [b for b in box.buttons() if b.text().replace("&", "") == button]
            qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

        answer(QMessageBox, press)

    def escape_then_close(box: CellConflictDialog) -> None:
        answer_question("Cancel")
        qtbot.keyClick(box.mine, Qt.Key.Key_Escape)
        seen.append((box.isVisible(), box.mine.toPlainText()))
        answer_question("Keep mine")
        box.close()  # the window's close button

    view, project, kawasaki, councils = _edit_while_taro_changes_it(
        qtbot, window, escape_then_close
    )
    assert asked == ["Keep your version of this cell?"] * 2
    assert seen == [(True, MINE)]  # after Esc → Cancel: still asking, the text still there
    assert charting.cell_edit(project, kawasaki, councils).summary == MINE
    assert view.evidence.editor.toPlainText() == MINE
    assert view.model.summary(kawasaki, councils) == MINE
    assert "Kept their version" not in view.status.text()


def test_escape_then_keep_theirs_in_the_conflict_dialog_keeps_theirs(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def escape_keep_theirs(box: CellConflictDialog) -> None:
        click("Keep theirs")
        qtbot.keyClick(box.mine, Qt.Key.Key_Escape)

    view, project, kawasaki, councils = _edit_while_taro_changes_it(
        qtbot, window, escape_keep_theirs
    )
    assert charting.cell_edit(project, kawasaki, councils).summary == THEIRS
    assert view.evidence.editor.toPlainText() == THEIRS
    assert "Kept their version" in view.status.text()


@pytest.mark.parametrize("deleted", ["measure", "case"])
def test_a_cell_deleted_by_another_program_while_typing_hands_the_summary_back(
    qtbot, window, deleted: str
) -> None:  # type: ignore[no-untyped-def]
    """Taro deletes the measure (or the case) of the cell Hanako is typing in: the reload
    raised StopIteration, the panel kept the deleted cell, and Save said 'no code with id 38'."""
    from PySide6.QtGui import QGuiApplication

    from frameworkqda.core import commands

    view, project, cases, councils = _matrix(window)
    kawasaki = cases["Kawasaki"]
    click_cell(qtbot, view, kawasaki, councils)
    editor = view.evidence.editor
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " typed as it went")
    typed = editor.toPlainText()
    with open_project(str(project.location)) as other:
        other.coder_name = "Taro"
        step = (
            commands.DeleteCode(councils) if deleted == "measure" else commands.DeleteCase(kawasaki)
        )
        step.apply(other)
    qtbot.waitUntil(lambda: view.evidence.key is None, timeout=10000)
    along = "the code “Political participation/" if deleted == "measure" else "the case “Kawasaki”"
    said = view.status.text()  # who deleted it, with what, and when (schema 0006)
    assert f"was deleted with {along}" in said and " by Taro at " in said, said
    assert said.endswith("UTC; the summary you were typing for it is on the clipboard.")
    assert QGuiApplication.clipboard().text() == typed
    qtbot.mouseClick(_button(view.evidence, "Save"), Qt.MouseButton.LeftButton)
    assert "not changed" not in view.status.text()
