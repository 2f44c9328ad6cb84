"""What a researcher types is kept: it saves itself, and a save the project refuses is neither
passed off as done nor lost.

Found by trying the app as researchers would: a code's definition and a theme's memo in Mapping
were kept only by a Save button (clicking another code or theme, or closing, dropped them); a
note or a cell's summary that could not be saved (another program held the project past the
write wait) passed as saved, or ended in a traceback, and was gone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from frameworkqda.core import charting, coding, memos, workspace
from frameworkqda.core.store.engine import WRITE_WAIT_ENV
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.matrix.view import MatrixView
from tests.gui import menu_bar, modal
from tests.gui.clicks import click_stripe, open_coded_document
from tests.gui.matrix_cells import click_cell, first_cell


@pytest.fixture
def short_write_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer gives up on a held project after 0.2 s instead of 60."""
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.2")


@pytest.fixture
def held(window: MainWindow) -> Iterator[sqlite3.Connection]:
    """Another program holds the project's write lock until the test lets go (``commit``)."""
    assert window.session is not None
    path = window.session.project.location.path
    assert path is not None
    other = sqlite3.connect(str(path), isolation_level=None)
    yield other
    if other.in_transaction:
        other.execute("COMMIT")
    other.close()


def _hold(other: sqlite3.Connection) -> None:
    other.execute("BEGIN IMMEDIATE")


def _type(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    widget.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(widget, text)


def _location(window: MainWindow) -> Path:
    assert window.session is not None and window.session.project.location.path is not None
    return window.session.project.location.path


def test_a_definition_saves_itself_when_another_code_is_clicked_or_the_project_closes(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    menu_bar.press(qtbot, window, "Ctrl+2")
    editor = window.work_stack.current()
    assert isinstance(editor, CodebookEditor)
    session = window.session
    assert session is not None
    first, second = [code.id for code in session.codes() if code.parent_id is not None][:2]
    editor.select(first)
    _type(qtbot, editor.definition, " Typed by the researcher.")
    typed_first = editor.definition.toPlainText()
    editor.select(second)  # as a click on another code does
    assert session.code(first).definition == typed_first  # type: ignore[union-attr]
    _type(qtbot, editor.definition, " And here too.")
    typed_second = editor.definition.toPlainText()
    location = _location(window)
    menu_bar.press(qtbot, window, "Ctrl+W")  # Ctrl+W
    window.open_project(str(location))
    assert window.session is not None
    assert window.session.code(second).definition == typed_second  # type: ignore[union-attr]


def test_a_theme_memo_saves_itself_when_another_theme_is_chosen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    menu_bar.press(qtbot, window, "Ctrl+5")
    view = window.work_stack.current()
    assert isinstance(view, MappingView)
    session = window.session
    assert session is not None
    view.counts_table.setCurrentIndex(view.counts_model.index(0, 0))
    theme = view.current_theme()
    assert theme is not None
    _type(qtbot, view.memo, "Hamamatsu leads here.")
    view.counts_table.setCurrentIndex(view.counts_model.index(1, 0))  # another theme
    assert memos.memo_text(session.project, "code", theme) == "Hamamatsu leads here."
    view.counts_table.setCurrentIndex(view.counts_model.index(0, 0))
    assert view.memo.toPlainText() == "Hamamatsu leads here."


def test_a_note_the_project_refused_stays_and_is_saved_once_it_can_be(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    rect, mark = open_coded_document(qtbot, window)[0]
    click_stripe(qtbot, window, rect)
    _hold(held)
    _type(qtbot, window.inspector.note, " typed while another program held the project")
    typed = window.inspector.note.toPlainText()
    assert not window.inspector.save_texts()  # refused, and said
    assert "held" in window.statusBar().currentMessage() or "busy" in (
        window.statusBar().currentMessage()
    )
    assert window.inspector.note.toPlainText() == typed  # still there, unsaved
    held.execute("COMMIT")  # the other program is done
    location = _location(window)
    menu_bar.press(qtbot, window, "Ctrl+W")  # saving it now works: no question
    assert window.session is None
    window.open_project(str(location))
    assert window.session is not None
    assert coding.get_segment(window.session.project, mark.segment_id).note == typed


def test_closing_with_a_summary_the_project_refused_asks_first(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    menu_bar.press(qtbot, window, "Ctrl+4")
    view = window.work_stack.current()
    assert isinstance(view, MatrixView)
    case_id, code_id = first_cell(view, lambda case, code: True)
    click_cell(qtbot, view, case_id, code_id)
    _hold(held)
    _type(qtbot, view.evidence.editor, "Consultation desk on weekdays only")
    view.evidence.commit()  # the pause in typing ends: refused
    assert "not changed" in view.status.text()
    assert view.evidence.editing  # not passed off as saved
    modal.click("Cancel")
    menu_bar.press(qtbot, window, "Ctrl+W")  # still held: it asks, Cancel keeps it open
    assert window.session is not None
    assert view.evidence.editor.toPlainText() == "Consultation desk on weekdays only"
    held.execute("COMMIT")
    menu_bar.press(qtbot, window, "Ctrl+W")  # now it saves, and closes without asking
    assert window.session is None
    assert not [w for w in window.findChildren(QMessageBox) if w.isVisible()]


def test_closing_anyway_is_the_researchers_choice(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    menu_bar.press(qtbot, window, "Ctrl+4")
    view = window.work_stack.current()
    assert isinstance(view, MatrixView)
    case_id, code_id = first_cell(view, lambda case, code: True)
    click_cell(qtbot, view, case_id, code_id)
    before = charting.cell_edit(view._session.project, case_id, code_id).summary
    _hold(held)
    _type(qtbot, view.evidence.editor, "lost on purpose")
    modal.click("Close without it")
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert window.session is None
    held.execute("COMMIT")
    window.open_project(str(Path(held.execute("PRAGMA database_list").fetchone()[2])))
    assert window.session is not None
    assert charting.cell_edit(window.session.project, case_id, code_id).summary == before


def test_the_theme_memo_follows_an_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """After Edit → Undo the field kept the undone text, and the next keystroke wrote it back."""
    menu_bar.press(qtbot, window, "Ctrl+5")
    view = window.work_stack.current()
    assert isinstance(view, MappingView) and window.session is not None
    view.counts_table.setCurrentIndex(view.counts_model.index(0, 0))
    theme = view.current_theme()
    _type(qtbot, view.memo, "one.")
    assert view.save_memo()
    menu_bar.choose(qtbot, window, "Edit", "Undo")
    assert memos.memo_text(window.session.project, "code", theme) == ""
    assert view.memo.toPlainText() == ""


def test_closing_the_project_asks_for_scores_being_typed(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Scores typed in Codebook → Scores… were dropped without a word by Ctrl+W."""
    menu_bar.press(qtbot, window, "Ctrl+2")
    editor = window.work_stack.current()
    assert isinstance(editor, CodebookEditor)
    editor.open_scores()
    scores_editor = editor.scores_editor
    scores_editor.series_box.setCurrentIndex(scores_editor.series_box.findText("MIPEX 2015 Japan"))
    scores_editor.table.item(0, 1).setText("77")
    modal.click("Cancel")
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert window.session is not None and scores_editor.isVisible()  # stayed, with the 77
    modal.click("Save")
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert window.session is None


def _cell_values(window: MainWindow, keys: list[tuple[int, int]]) -> list[str | None]:
    assert window.session is not None
    project = window.session.project
    return [charting.cell_edit(project, *key).value for key in keys]


def test_an_undo_the_project_refuses_leaves_the_step_to_undo_later(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    """Undo while another program held the project: Qt's stack moved over a step that was never
    undone (a traceback, Edit → Redo offered, the value still set); a value on two cells, one
    step, must come back whole or not at all."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    menu_bar.press(qtbot, window, "Ctrl+4")
    view = window.work_stack.current()
    assert isinstance(view, MatrixView)
    session = window.session
    assert session is not None

    def empty(case_id: int, code_id: int) -> bool:
        return charting.cell_edit(session.project, case_id, code_id).value is None

    first = first_cell(view, empty)
    second = first_cell(view, lambda case, code: code == first[1] and case != first[0]
                        and empty(case, code))  # fmt: skip
    keys = [first, second]
    selection = QItemSelection()
    for key in keys:
        index = view.index_for(*key)
        selection.select(index, index)
    view.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_1)  # Yes on both: one step
    set_values = _cell_values(window, keys)
    assert None not in set_values
    stack = session.undo_stack
    steps = stack.index()

    _hold(held)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == steps and not stack.canRedo()  # nothing moved
    assert _cell_values(window, keys) == set_values
    assert "Not undone" in window.statusBar().currentMessage()

    held.execute("COMMIT")  # the other program is done: the same step undoes now
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == steps - 1
    assert _cell_values(window, keys) == [None, None]

    _hold(held)  # and a refused redo likewise
    qtbot.keyClick(
        view.table, Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # fmt: skip
    assert stack.index() == steps - 1 and stack.canRedo()
    assert _cell_values(window, keys) == [None, None]
    assert "Not redone" in window.statusBar().currentMessage()
    held.execute("COMMIT")
    menu_bar.choose(qtbot, window, "Edit", "Redo")
    assert _cell_values(window, keys) == set_values


def test_a_note_refused_on_moving_to_another_passage_is_kept_and_saved_later(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    """Typing, then clicking another passage while another program held the project: the note
    was refused and dropped with the switch (only the item on screen was ever asked about)."""
    assert window.session is not None
    project = window.session.project
    (first_rect, first), (second_rect, second) = open_coded_document(qtbot, window, 2)[:2]
    click_stripe(qtbot, window, first_rect)
    _hold(held)
    _type(qtbot, window.inspector.note, " typed while held")
    typed = window.inspector.note.toPlainText()
    click_stripe(qtbot, window, second_rect)
    assert window.inspector.segment_id == second.segment_id
    assert coding.get_segment(project, first.segment_id).note != typed  # refused, not lost:
    click_stripe(qtbot, window, first_rect)
    assert window.inspector.note.toPlainText() == typed  # shown again on going back
    click_stripe(qtbot, window, second_rect)
    held.execute("COMMIT")  # the other program is done: it saves itself within seconds
    qtbot.waitUntil(
        lambda: coding.get_segment(project, first.segment_id).note == typed, timeout=8000
    )


def test_a_summary_refused_on_moving_to_another_cell_is_kept_and_closing_asks(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    menu_bar.press(qtbot, window, "Ctrl+4")
    view = window.work_stack.current()
    assert isinstance(view, MatrixView)
    project = view._session.project
    first = first_cell(view, lambda case, code: True)
    second = first_cell(view, lambda case, code: (case, code) != first)
    click_cell(qtbot, view, *first)
    _hold(held)
    _type(qtbot, view.evidence.editor, " typed while held")
    typed = view.evidence.editor.toPlainText()
    click_cell(qtbot, view, *second)
    assert charting.cell_edit(project, *first).summary != typed
    click_cell(qtbot, view, *first)
    assert view.evidence.editor.toPlainText() == typed  # shown again on going back
    click_cell(qtbot, view, *second)
    modal.click("Cancel")  # closing asks about it though another cell is on screen
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert window.session is not None
    held.execute("COMMIT")
    menu_bar.press(qtbot, window, "Ctrl+W")  # saved now: closes without asking
    assert window.session is None
    window.open_project(str(Path(held.execute("PRAGMA database_list").fetchone()[2])))
    assert window.session is not None
    assert charting.cell_edit(window.session.project, *first).summary == typed


def test_a_summary_left_behind_whose_cell_was_deleted_goes_to_the_clipboard(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    """A summary refused on moving to another cell, whose case another program then deletes:
    tried again, it has nowhere to go; it is handed back on the clipboard, said in the status
    line, and closing does not ask about it."""
    from PySide6.QtGui import QGuiApplication

    from frameworkqda.core.commands import DeleteCase
    from frameworkqda.core.store import open_project

    menu_bar.press(qtbot, window, "Ctrl+4")
    view = window.work_stack.current()
    assert isinstance(view, MatrixView)
    first = first_cell(view, lambda case, code: True)
    second = first_cell(view, lambda case, code: case != first[0] and code != first[1])
    QGuiApplication.clipboard().clear()
    click_cell(qtbot, view, *first)
    _hold(held)
    _type(qtbot, view.evidence.editor, " typed for a case about to go")
    typed = view.evidence.editor.toPlainText()
    click_cell(qtbot, view, *second)
    held.execute("COMMIT")
    with open_project(str(_location(window))) as other:
        other.coder_name = "Taro"
        DeleteCase(first[0]).apply(other)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == typed, timeout=8000)
    assert "the summary is on the clipboard" in view.status.text()
    menu_bar.press(qtbot, window, "Ctrl+W")  # nothing left unsaved: closes without asking
    assert window.session is None


def test_a_definition_and_a_theme_memo_refused_on_switching_are_saved_later(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    menu_bar.press(qtbot, window, "Ctrl+2")
    editor = window.work_stack.current()
    assert isinstance(editor, CodebookEditor)
    first, second = [code.id for code in session.codes() if code.parent_id is not None][:2]
    editor.select(first)
    _hold(held)
    _type(qtbot, editor.definition, " Typed while held.")
    definition = editor.definition.toPlainText()
    editor.select(second)
    editor.select(first)
    assert editor.definition.toPlainText() == definition  # kept, shown again
    editor.select(second)

    menu_bar.press(qtbot, window, "Ctrl+5")
    mapping = window.work_stack.current()
    assert isinstance(mapping, MappingView)
    mapping.counts_table.setCurrentIndex(mapping.counts_model.index(0, 0))
    theme = mapping.current_theme()
    assert theme is not None
    _type(qtbot, mapping.memo, "Typed while held.")
    mapping.counts_table.setCurrentIndex(mapping.counts_model.index(1, 0))
    assert memos.memo_text(session.project, "code", theme) == ""
    held.execute("COMMIT")
    qtbot.waitUntil(
        lambda: (
            memos.memo_text(session.project, "code", theme) == "Typed while held."
            and workspace_definition(window, first) == definition
        ),
        timeout=8000,
    )


def workspace_definition(window: MainWindow, code_id: int) -> str:
    assert window.session is not None
    row = next(c for c in workspace.codebook(window.session.project) if c.id == code_id)
    return row.definition


def test_mapping_follows_a_renamed_theme_and_says_a_refusal_under_the_memo(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    """The memo's title kept a renamed theme's old name, and a refused save replaced the title
    (which theme the memo was for) with the reason."""
    from frameworkqda.core import commands

    session = window.session
    assert session is not None
    menu_bar.press(qtbot, window, "Ctrl+5")
    view = window.work_stack.current()
    assert isinstance(view, MappingView)
    view.counts_table.setCurrentIndex(view.counts_model.index(1, 0))
    theme = view.current_theme()
    assert theme is not None
    _type(qtbot, view.memo, "Typed first.")
    assert view.save_memo()
    session.run(commands.UpdateCode(theme, name="Renamed theme"))  # as the codebook does
    assert view.current_theme() == theme  # the same row, wherever it went
    assert view.memo_title.text().endswith("Renamed theme")
    assert view.memo.toPlainText() == "Typed first."
    _hold(held)
    _type(qtbot, view.memo, " And more.")
    assert not view.save_memo()
    assert view.memo_title.text().endswith("Renamed theme")
    assert view.memo_status.text()  # the reason, under the memo
    held.execute("COMMIT")
    assert view.save_memo()


def test_an_undo_of_several_cells_that_fails_half_way_changes_none(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Each cell of 'Set value on 3 cells' was undone in a transaction of its own: another
    program taking the project after the first left one cell undone, and the step could then
    never be undone ('not applied, nothing to undo'). Now the step fails whole."""
    from PySide6.QtCore import QItemSelection, QItemSelectionModel

    from frameworkqda.core.commands import SetCell
    from frameworkqda.core.errors import ProjectLockedError

    menu_bar.press(qtbot, window, "Ctrl+4")
    view = window.work_stack.current()
    assert isinstance(view, MatrixView)
    session = window.session
    assert session is not None

    def empty(case_id: int, code_id: int) -> bool:
        return charting.cell_edit(session.project, case_id, code_id).value is None

    first = first_cell(view, empty)
    keys = [(case_id, first[1]) for case_id, _ in view.model.cases if empty(case_id, first[1])]
    assert len(keys) >= 3
    selection = QItemSelection()
    for key in keys[:3]:
        index = view.index_for(*key)
        selection.select(index, index)
    view.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    values = _cell_values(window, keys[:3])
    steps = session.undo_stack.index()
    revert, apply, calls = SetCell._revert, SetCell._apply, [0]

    def busy_from_the_second(self, db_session):  # type: ignore[no-untyped-def]
        calls[0] += 1
        if calls[0] >= 2:  # another program takes the project here, and keeps it a while
            raise ProjectLockedError("busy: held by another program")
        revert(self, db_session)

    def busy(self, db_session, coder_id):  # type: ignore[no-untyped-def]
        raise ProjectLockedError("busy: held by another program")

    monkeypatch.setattr(SetCell, "_revert", busy_from_the_second)
    monkeypatch.setattr(SetCell, "_apply", busy)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.setattr(SetCell, "_revert", revert)
    monkeypatch.setattr(SetCell, "_apply", apply)
    assert _cell_values(window, keys[:3]) == values  # none undone
    assert session.undo_stack.index() == steps
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _cell_values(window, keys[:3]) == [None, None, None]


def test_a_note_left_behind_does_not_overwrite_another_coders_note(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    """A note refused on switching, retried after another coder had changed the segment: the
    retry wrote over their note and wiped their translation (never typed in)."""
    from frameworkqda.core.commands import UpdateSegment
    from frameworkqda.core.store import open_project

    assert window.session is not None
    project = window.session.project
    (first_rect, first), (second_rect, _second) = open_coded_document(qtbot, window, 2)[:2]
    click_stripe(qtbot, window, first_rect)
    _hold(held)
    _type(qtbot, window.inspector.note, " mine")
    typed = window.inspector.note.toPlainText()
    click_stripe(qtbot, window, second_rect)
    held.execute("COMMIT")
    with open_project(str(_location(window))) as other:
        other.coder_name = "Taro"
        UpdateSegment(first.segment_id, note="TARO note", translation="TARO translation").apply(
            other
        )
    qtbot.wait(4500)  # a retry or more
    segment = coding.get_segment(project, first.segment_id)
    assert (segment.note, segment.translation) == ("TARO note", "TARO translation")
    click_stripe(qtbot, window, first_rect)
    assert window.inspector.note.toPlainText() == typed  # still there to settle on screen
    assert window.inspector.translation.toPlainText() == ""  # as it was when typed on
    from frameworkqda.gui.text_conflict import TextConflictDialog

    asked: list[str] = []

    def keep_theirs(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, TextConflictDialog)
        asked.append(box.theirs.toPlainText())
        box.theirs_button.click()

    modal.answer(TextConflictDialog, keep_theirs)
    assert window.inspector.save_texts()  # settled on screen: she keeps his
    assert asked == ["TARO note"]
    segment = coding.get_segment(project, first.segment_id)
    assert (segment.note, segment.translation) == ("TARO note", "TARO translation")
    assert window.inspector.note.toPlainText() == "TARO note"


def test_a_note_saved_leaves_the_translation_it_did_not_touch(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from frameworkqda.core.commands import UpdateSegment
    from frameworkqda.core.store import open_project

    assert window.session is not None
    project = window.session.project
    rect, mark = open_coded_document(qtbot, window)[0]
    click_stripe(qtbot, window, rect)
    _type(qtbot, window.inspector.note, " typed")
    with open_project(str(_location(window))) as other:  # Taro translates meanwhile
        UpdateSegment(mark.segment_id, translation="Taro's translation").apply(other)
    assert window.inspector.save_texts()
    segment = coding.get_segment(project, mark.segment_id)
    assert segment.note.endswith(" typed") and segment.translation == "Taro's translation"


def test_the_busy_reason_goes_once_the_definition_left_behind_is_saved(
    qtbot, short_write_wait: None, window: MainWindow, held: sqlite3.Connection
) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    menu_bar.press(qtbot, window, "Ctrl+2")
    editor = window.work_stack.current()
    assert isinstance(editor, CodebookEditor)
    first, second = [code.id for code in session.codes() if code.parent_id is not None][:2]
    editor.select(first)
    _hold(held)
    _type(qtbot, editor.definition, " Typed while held.")
    editor.select(second)
    assert editor.status.text()  # the reason
    held.execute("COMMIT")
    qtbot.waitUntil(lambda: workspace_definition(window, first).endswith("held."), timeout=8000)
    assert editor.status.text() == ""  # it said "busy … try again" after it was saved


def test_a_note_someone_changed_while_it_was_typed_asks_which_to_keep(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Hanako types a note; Taro saves the same passage's note meanwhile: her save wrote over
    his without a word. Theirs is shown beside hers; she merges the two and keeps hers."""
    from frameworkqda.core.commands import UpdateSegment
    from frameworkqda.core.store import open_project
    from frameworkqda.gui.text_conflict import TextConflictDialog

    assert window.session is not None
    project = window.session.project
    rect, mark = open_coded_document(qtbot, window)[0]
    click_stripe(qtbot, window, rect)
    _type(qtbot, window.inspector.note, "Hanako: advisory only.")
    with open_project(str(_location(window))) as other:
        other.coder_name = "Taro"
        UpdateSegment(mark.segment_id, note="Taro: meets twice a year.").apply(other)
    seen: list[str] = []

    def merge(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, TextConflictDialog)
        seen.append(box.theirs.toPlainText())
        box.mine.setPlainText("Taro: meets twice a year. Hanako: advisory only.")
        box.mine_button.click()

    modal.answer(TextConflictDialog, merge)
    assert window.inspector.save_texts()
    assert seen == ["Taro: meets twice a year."]
    merged = "Taro: meets twice a year. Hanako: advisory only."
    assert coding.get_segment(project, mark.segment_id).note == merged
    assert window.inspector.note.toPlainText() == merged


def test_a_note_changed_again_while_its_question_is_open_asks_again(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Hanako's note meets Taro's; while she reads the two, Taro saves the note once more.
    "Keep mine" then wrote hers over his second text, which she had never seen; now she is
    asked again with that text (as a code's definition and a memo are: saved until settled)."""
    from frameworkqda.core.commands import UpdateSegment
    from frameworkqda.core.store import open_project
    from frameworkqda.gui.text_conflict import TextConflictDialog

    assert window.session is not None
    project = window.session.project
    rect, mark = open_coded_document(qtbot, window)[0]
    click_stripe(qtbot, window, rect)
    _type(qtbot, window.inspector.note, " Hanako: advisory only.")

    def taro_writes(note: str) -> None:
        with open_project(str(_location(window))) as other:
            other.coder_name = "Taro"
            UpdateSegment(mark.segment_id, note=note).apply(other)

    taro_writes("Taro: meets twice a year.")
    seen: list[str] = []

    def keep_mine(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, TextConflictDialog)
        seen.append(box.theirs.toPlainText())
        if len(seen) == 1:
            taro_writes("Taro: meets four times a year.")  # while she reads
            modal.answer(TextConflictDialog, keep_mine)  # should she be asked again
        box.mine_button.click()

    modal.answer(TextConflictDialog, keep_mine)
    assert window.inspector.save_texts()
    assert seen == ["Taro: meets twice a year.", "Taro: meets four times a year."]
    assert coding.get_segment(project, mark.segment_id).note.endswith("Hanako: advisory only.")
