"""Two coders editing one code's definition at the same time: nobody's text is silently lost.

Found by a two-coder team on a shared project: the later save of a definition replaced the
other's without a word, a codebook change arriving from the other coder first saved the text
being typed over the newer one, and Edit → Undo of "Edit definition" put the old text back
over the other's later addition unasked. Now a save over a definition someone else saved
since shows theirs beside yours (keep theirs / keep mine / merge), and undo asks first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from frameworkqda.core import commands, memos
from frameworkqda.core.store import open_project
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.live import INTERVAL_ENV
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.text_conflict import TextConflictDialog
from tests import writes
from tests.gui import menu_bar
from tests.gui.conftest import _sample_window
from tests.gui.modal import answer, click


@pytest.fixture
def window(qtbot, settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(INTERVAL_ENV, "0.3")  # look for others' changes every 0.3 s
    return _sample_window(qtbot, settings, tmp_path)


def _editor(qtbot, window: MainWindow) -> tuple[CodebookEditor, int]:  # type: ignore[no-untyped-def]
    """Stage 2 (Ctrl+2) with a sub-code chosen: the editor and the code's id."""
    menu_bar.press(qtbot, window, "Ctrl+2")
    editor = window.work_stack.current()
    assert isinstance(editor, CodebookEditor) and window.session is not None
    code = next(c for c in window.session.codes() if c.parent_id is not None)
    editor.select(code.id)
    return editor, code.id


def _type(qtbot, editor: CodebookEditor, text: str) -> None:  # type: ignore[no-untyped-def]
    editor.definition.setFocus()
    editor.definition.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.definition, text)


def _taro_sets(window: MainWindow, code_id: int, definition: str) -> None:
    """Taro, in another program on the same project, saves the code's definition."""
    assert window.session is not None
    with open_project(str(window.session.project.location)) as other:
        other.coder_name = "Taro"
        commands.UpdateCode(code_id, definition=definition).apply(other)


def _stored(window: MainWindow, code_id: int) -> str:
    assert window.session is not None
    with open_project(str(window.session.project.location)) as fresh:
        return next(c.definition for c in _codes(fresh) if c.id == code_id)


def _codes(project):  # type: ignore[no-untyped-def]
    from frameworkqda.core import workspace

    return workspace.codebook(project)


def _mapping(qtbot, window: MainWindow) -> tuple[MappingView, int]:  # type: ignore[no-untyped-def]
    """Stage 5 (Ctrl+5) with the first theme's row current: the view and the theme's id."""
    menu_bar.press(qtbot, window, "Ctrl+5")
    view = window.work_stack.current()
    assert isinstance(view, MappingView) and window.session is not None
    view.counts_table.setCurrentIndex(view.counts_model.index(0, 0))
    theme = view.current_theme()
    assert theme is not None
    return view, theme


def _taro_sets_memo(window: MainWindow, theme: int, text: str) -> None:
    """Taro, in another program on the same project, saves the theme's memo."""
    assert window.session is not None
    with open_project(str(window.session.project.location)) as other:
        other.coder_name = "Taro"
        writes.set_memo(other, "code", theme, text)


THEIRS = "Taro: a council with elected members."


def test_a_definition_someone_saved_meanwhile_is_not_written_over(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor, code_id = _editor(qtbot, window)
    seen: list[tuple[str, str, str]] = []

    def merge_and_keep_mine(box: QWidget) -> None:
        assert isinstance(box, TextConflictDialog)
        intro = box.findChild(QLabel)
        assert intro is not None
        seen.append((intro.text(), box.theirs.toPlainText(), box.mine_text()))
        box.mine.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(box.mine, " " + THEIRS)
        qtbot.mouseClick(box.mine_button, Qt.MouseButton.LeftButton)

    answer(TextConflictDialog, merge_and_keep_mine)
    before = editor.definition.toPlainText()
    _type(qtbot, editor, " Hanako: advisory only.")
    mine = editor.definition.toPlainText()
    _taro_sets(window, code_id, THEIRS)
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "was changed by someone else" in seen[0][0]
    assert seen[0][1:] == (THEIRS, mine)
    assert _stored(window, code_id) == mine + " " + THEIRS
    qtbot.waitUntil(lambda: editor.definition.toPlainText() == mine + " " + THEIRS)
    assert before != mine

    # once more, keeping theirs: Taro's text stays and the editor shows it
    answer(TextConflictDialog, lambda box: box.theirs_button.click())  # type: ignore[attr-defined]
    _type(qtbot, editor, " Hanako again.")
    _taro_sets(window, code_id, "Taro's final definition.")
    qtbot.waitUntil(lambda: editor.definition.toPlainText() == "Taro's final definition.")
    qtbot.wait(1200)  # past the editor's own save: nothing of hers is written after all
    assert _stored(window, code_id) == "Taro's final definition."
    assert editor.definition.toPlainText() == "Taro's final definition."


def test_undoing_a_definition_someone_added_to_since_asks_first(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    editor, code_id = _editor(qtbot, window)
    _type(qtbot, editor, " Hanako: advisory only.")
    assert editor.save_definition()
    hers = _stored(window, code_id)
    _taro_sets(window, code_id, hers + " Taro: and elected.")
    qtbot.waitUntil(lambda: editor.definition.toPlainText() == hers + " Taro: and elected.")
    asked: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.informativeText())
        click("Cancel")

    answer(QMessageBox, read_and_cancel)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "definition of" in asked[0] and "changed by someone else" in asked[0]
    assert _stored(window, code_id) == hers + " Taro: and elected."


def test_a_theme_memo_someone_saved_meanwhile_is_not_written_over(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Mapping's theme memo saves itself as the definition does: Taro's memo, saved while
    Hanako typed hers, was written over without a word."""
    view, theme = _mapping(qtbot, window)
    seen: list[tuple[str, str]] = []

    def keep_mine_merged(box: QWidget) -> None:
        assert isinstance(box, TextConflictDialog)
        seen.append((box.theirs.toPlainText(), box.mine_text()))
        box.mine.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(box.mine, " Taro: Osaka too.")
        qtbot.mouseClick(box.mine_button, Qt.MouseButton.LeftButton)

    answer(TextConflictDialog, keep_mine_merged)
    view.memo.setFocus()
    qtbot.keyClicks(view.memo, "Hamamatsu leads here.")
    _taro_sets_memo(window, theme, "Taro: Osaka leads.")
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert seen == [("Taro: Osaka leads.", "Hamamatsu leads here.")]
    project = window.session.project
    assert memos.memo_text(project, "code", theme) == "Hamamatsu leads here. Taro: Osaka too."
    assert view.memo.toPlainText() == "Hamamatsu leads here. Taro: Osaka too."


def test_keeping_mine_as_it_was_before_their_save_writes_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Hanako, asked, takes her addition back out and keeps hers: the definition as it was
    before Taro saved. The editor compared that with the definition it had read before
    asking, found them equal and wrote nothing: Taro's text stayed, hers showed."""
    editor, code_id = _editor(qtbot, window)
    before = editor.definition.toPlainText()
    typed = " Hanako."

    def take_mine_back_out(box: QWidget) -> None:
        assert isinstance(box, TextConflictDialog)
        box.mine.moveCursor(QTextCursor.MoveOperation.End)
        for _ in typed:
            qtbot.keyClick(box.mine, Qt.Key.Key_Backspace)
        assert box.mine_text() == before
        qtbot.mouseClick(box.mine_button, Qt.MouseButton.LeftButton)

    answer(TextConflictDialog, take_mine_back_out)
    _type(qtbot, editor, typed)
    _taro_sets(window, code_id, THEIRS)
    # another code clicked: what was typed for this one is saved first, and asks
    other = next(c for c in window.session.codes() if c.id != code_id)
    item = editor.tree.item_for(other.id)
    assert item is not None
    rect = editor.tree.visualRect(item.index())
    qtbot.mouseClick(editor.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: editor.tree.current_code() == other.id)
    assert _stored(window, code_id) == before
    editor.select(code_id)
    assert editor.definition.toPlainText() == before


def test_a_theme_gone_while_its_memo_conflict_asks_is_not_kept_on_screen(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Taro deletes the theme while Hanako is asked about its memo: once she answers, the
    memo shown is the table's current theme's. Mapping dropped the change that arrived while
    it asked, so the deleted theme's memo stayed, editable, under another title, and what
    was typed there went nowhere."""
    view, theme = _mapping(qtbot, window)
    location = str(window.session.project.location)
    answered: list[bool] = []

    def theme_deleted_then_keep_theirs(box: QWidget) -> None:
        assert isinstance(box, TextConflictDialog)
        with open_project(location) as other:
            other.coder_name = "Taro"
            commands.DeleteCode(theme).apply(other)
        qtbot.waitUntil(lambda: view.current_theme() != theme, timeout=10000)
        qtbot.mouseClick(box.theirs_button, Qt.MouseButton.LeftButton)
        answered.append(True)

    answer(TextConflictDialog, theme_deleted_then_keep_theirs)
    view.memo.setFocus()
    qtbot.keyClicks(view.memo, "Hamamatsu leads here.")
    _taro_sets_memo(window, theme, "Taro: Osaka leads.")
    qtbot.waitUntil(lambda: bool(answered), timeout=10000)
    current = view.current_theme()
    assert current != theme
    stored = memos.memo_text(window.session.project, "code", current) if current else ""
    qtbot.waitUntil(lambda: view.memo.toPlainText() == stored)
    assert view.memo.isReadOnly() == (current is None)
