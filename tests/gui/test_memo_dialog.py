"""Memos → Project memo…: what is typed is not lost. Esc, Cancel or the close button with
changes not saved ask "Save changes to this memo?" (Save / Discard / Cancel); a save the
project refuses (read-only file, another program holding the write lock) is said in a
message box and the dialog stays open with the text. Driven by the menu, keys and clicks."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from frameworkqda.core import memos
from frameworkqda.core.store.engine import WRITE_WAIT_ENV
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.memo_dialog import MemoDialog
from tests.gui import menu_bar, modal
from tests.gui.read_only import read_only_sample


def _project_memo(window: MainWindow, act: Callable[[MemoDialog], None]) -> list[MemoDialog]:
    """Memos → Project memo…, ``act`` in the dialog; returns the dialog seen (once closed)."""
    seen: list[MemoDialog] = []

    def in_dialog(box: QWidget) -> None:
        assert isinstance(box, MemoDialog)
        seen.append(box)
        act(box)

    modal.answer(MemoDialog, in_dialog)
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Memos")
    entry = next(a for a in menu.actions() if a.text() == "&Project memo…")  # type: ignore[union-attr]
    entry.trigger()  # returns when the dialog has closed
    assert len(seen) == 1
    return seen


def _asked(button: str, questions: list[str]) -> None:
    """In the next message box: note its text, click ``button``."""

    def read_and_click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        assert button in buttons, list(buttons)
        buttons[button].click()

    modal.answer(QMessageBox, read_and_click)


def _ok(box: MemoDialog) -> QWidget:
    buttons = box.findChild(QDialogButtonBox)
    assert isinstance(buttons, QDialogButtonBox)
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_closing_a_memo_with_changes_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    assert window.session is not None
    project = window.session.project
    questions: list[str] = []
    state: list[tuple[bool, str]] = []

    def type_then_escape(box: MemoDialog) -> None:
        qtbot.keyClicks(box.editor, "Councils first.")
        _asked("Cancel", questions)  # Esc asks; Cancel goes back to the dialog
        qtbot.keyClick(box.editor, Qt.Key.Key_Escape)
        state.append((box.isVisible(), box.editor.toPlainText()))
        _asked("Save", questions)  # Esc again; Save writes it and closes
        qtbot.keyClick(box.editor, Qt.Key.Key_Escape)

    [box] = _project_memo(window, type_then_escape)
    assert questions == ["Save changes to this memo?"] * 2
    assert state == [(True, "Councils first.")]
    assert not box.isVisible()
    assert memos.memo_text(project, "project", None) == "Councils first."

    # Discard: the typing is dropped, the saved memo stays
    def discard(box: MemoDialog) -> None:
        qtbot.keyClick(box.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(box.editor, " Then schools.")
        _asked("Discard", questions)
        box.close()  # the window's close button
        state.append((box.isVisible(), box.editor.toPlainText()))

    _project_memo(window, discard)
    assert questions[2:] == ["Save changes to this memo?"]
    assert state[1:] == [(False, "Councils first. Then schools.")]
    assert memos.memo_text(project, "project", None) == "Councils first."

    # nothing changed: Esc just closes, nothing asked
    _project_memo(window, lambda box: qtbot.keyClick(box.editor, Qt.Key.Key_Escape))
    assert len(questions) == 3


def _refused_then_discarded(qtbot: QtBot, window: MainWindow) -> tuple[list[str], list[str]]:
    """Type a memo, click OK: the project refuses. Returns what the message said and what
    the dialog held after it (then Esc → Discard closes it)."""
    said: list[str] = []
    after: list[str] = []

    def type_and_ok(box: MemoDialog) -> None:
        qtbot.keyClicks(box.editor, "Councils first.")
        _asked("OK", said)
        qtbot.mouseClick(_ok(box), Qt.MouseButton.LeftButton)
        after.append(f"{box.isVisible()} {box.editor.toPlainText()}")
        _asked("Discard", [])
        qtbot.keyClick(box.editor, Qt.Key.Key_Escape)

    _project_memo(window, type_and_ok)
    return said, after


def test_a_memo_a_read_only_project_refuses_is_said_and_kept(
    qtbot: QtBot, settings: object, tmp_path: Path
) -> None:
    with read_only_sample(qtbot, settings, tmp_path) as (window, location):
        assert window.session is not None
        said, after = _refused_then_discarded(qtbot, window)
        assert len(said) == 1 and str(location) in said[0] and "read-only" in said[0]
        assert "\n" not in said[0] and "Traceback" not in said[0]
        assert after == ["True Councils first."]
        assert memos.memo_text(window.session.project, "project", None) == ""
        window.close()


def test_a_memo_another_program_holds_the_lock_on_is_said_and_kept(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.session is not None
    project = window.session.project
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.3")
    holder = sqlite3.connect(str(project.location), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, for longer than the wait
    try:
        said, after = _refused_then_discarded(qtbot, window)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(said) == 1 and said[0].startswith(f"{project.location}: busy")
    assert after == ["True Councils first."]
    assert memos.memo_text(project, "project", None) == ""


def test_items_with_a_memo_are_marked_in_the_side_panels(qtbot: QtBot, window: MainWindow) -> None:
    """Once a memo was saved nothing showed it, in the documents, the cases or the codebook."""
    from frameworkqda.core import workspace
    from frameworkqda.gui.panels import MEMO_MARK

    assert window.session is not None
    project = window.session.project
    document = workspace.documents(project)[0]
    window.open_document(document.id)  # Memos → Document memo… is on the open document

    def write(text: str) -> Callable[[MemoDialog], None]:
        def act(dialog: MemoDialog) -> None:
            dialog.editor.setPlainText(text)
            modal.ok(dialog)

        return act

    modal.answer(MemoDialog, write("Read against the 2019 plan."))
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Memos")
    next(a for a in menu.actions() if a.text() == "&Document memo…").trigger()  # type: ignore[union-attr]
    window.document_tree.select_document(document.id)
    item = window.document_tree.model().itemFromIndex(window.document_tree.currentIndex())
    assert item is not None and document.name + MEMO_MARK in item.text()
    assert "Read against the 2019 plan." in item.toolTip()

    code = window.session.codes()[0]
    window.session.set_memo("code", code.id, "Broader than MIPEX's wording.")
    marked = window.codebook_tree.item_for(code.id)
    assert marked is not None and marked.text() == code.name + MEMO_MARK
    window.session.undo_stack.undo()
    assert window.codebook_tree.item_for(code.id).text() == code.name  # type: ignore[union-attr]


def test_the_memo_mark_leaves_type_ahead_and_blank_memos_alone(
    qtbot: QtBot, window: MainWindow
) -> None:
    """With the mark before the name, typing a code's first letters no longer found it; a
    memo of spaces alone was marked, its tooltip "Memo: "."""
    from PySide6.QtCore import Qt

    from frameworkqda.gui.panels import MEMO_MARK

    assert window.session is not None
    tree = window.codebook_tree
    first, second = [c for c in window.session.codes() if c.parent_id is not None][:2]
    window.session.set_memo("code", second.id, "Read against the 2019 plan.")
    window.session.set_memo("code", first.id, "  \n ")
    assert tree.item_for(first.id).text() == first.name  # type: ignore[union-attr]
    tree.setFocus()
    tree.keyboardSearch(second.name[:5])
    assert tree.current_code() == second.id
    assert tree.item_for(second.id).text() == second.name + MEMO_MARK  # type: ignore[union-attr]
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle  # the mark stays in sight


def test_the_codebook_tree_keeps_its_scroll_when_it_reloads(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Every pause in typing a definition or memo reloads it: it jumped back to the top."""
    assert window.session is not None
    window.resize(1200, 560)  # a laptop's screen: the codebook scrolls
    qtbot.waitUntil(lambda: window.codebook_tree.verticalScrollBar().maximum() > 0)
    tree = window.codebook_tree
    bar = tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    window.session.set_memo("code", window.session.codes()[-1].id, "A memo.")
    assert bar.value() == bar.maximum() > 0


def _taro_writes_memo(location: object, text: str) -> None:
    """Taro, in another program on the same project file, saves the project memo."""
    from frameworkqda.core.store import open_project
    from tests import writes

    with open_project(str(location)) as other:
        other.coder_name = "Taro"
        writes.set_memo(other, "project", None, text)


def test_ok_over_a_memo_someone_saved_meanwhile_asks_and_keeps_the_merged_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Hanako opens the project memo and types; Taro saves his text into it meanwhile. Her OK
    wrote over his (lost without a word); now it shows his beside hers, naming him, and
    "Keep mine" saves hers as merged; "Keep theirs" keeps his."""
    from frameworkqda.gui.text_conflict import TextConflictDialog

    assert window.session is not None
    project = window.session.project
    seen: list[tuple[str, str, str]] = []

    def merge_and_keep_mine(box: QWidget) -> None:
        assert isinstance(box, TextConflictDialog)
        seen.append((box.findChild(QLabel).text(), box.theirs.toPlainText(), box.mine_text()))
        box.mine.moveCursor(box.mine.textCursor().MoveOperation.Start)
        qtbot.keyClicks(box.mine, "Taro: schools. ")
        qtbot.mouseClick(box.mine_button, Qt.MouseButton.LeftButton)

    def type_then_ok(box: MemoDialog) -> None:
        qtbot.keyClicks(box.editor, "Councils first.")
        _taro_writes_memo(project.location, "Schools matter most.")
        modal.answer(TextConflictDialog, merge_and_keep_mine)
        qtbot.mouseClick(_ok(box), Qt.MouseButton.LeftButton)

    _project_memo(window, type_then_ok)
    assert len(seen) == 1
    intro, theirs, mine = seen[0]
    assert "the project memo was changed by Taro" in intro
    assert (theirs, mine) == ("Schools matter most.", "Councils first.")
    assert memos.memo_text(project, "project", None) == "Taro: schools. Councils first."

    # again, and this time keep theirs: his text stays, hers is not written
    def keep_theirs(box: QWidget) -> None:
        assert isinstance(box, TextConflictDialog)
        qtbot.mouseClick(box.theirs_button, Qt.MouseButton.LeftButton)

    def type_then_ok_again(box: MemoDialog) -> None:
        qtbot.keyClicks(box.editor, " More.")
        _taro_writes_memo(project.location, "Taro's final word.")
        modal.answer(TextConflictDialog, keep_theirs)
        qtbot.mouseClick(_ok(box), Qt.MouseButton.LeftButton)

    _project_memo(window, type_then_ok_again)
    assert memos.memo_text(project, "project", None) == "Taro's final word."


def test_undoing_a_memo_edit_someone_wrote_over_since_asks_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Hanako saves the project memo; Taro then saves his text into it. Ctrl+Z put her
    earlier text back over his without a word; now it asks, naming him: Cancel keeps his."""
    assert window.session is not None
    project = window.session.project

    def type_and_ok(box: MemoDialog) -> None:
        qtbot.keyClicks(box.editor, "Councils first.")
        qtbot.mouseClick(_ok(box), Qt.MouseButton.LeftButton)

    _project_memo(window, type_and_ok)
    _taro_writes_memo(project.location, "Schools matter most.")
    asked: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.informativeText())
        modal.click("Cancel")

    modal.answer(QMessageBox, read_and_cancel)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+Z")
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "the project memo was changed by Taro" in asked[0]
    assert memos.memo_text(project, "project", None) == "Schools matter most."


def test_a_merge_the_project_refused_is_saved_on_the_next_ok_without_asking_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hanako keeps her text over Taro's, but another program holds the project just then:
    the save is refused and said. Her next OK asked about Taro's text all over again (the
    dialog forgot she had settled on his); now it saves hers, asking nothing."""
    from frameworkqda.gui.text_conflict import TextConflictDialog

    assert window.session is not None
    project = window.session.project
    monkeypatch.setenv(WRITE_WAIT_ENV, "0.3")
    asked: list[str] = []
    said: list[str] = []
    holder = sqlite3.connect(str(project.location), isolation_level=None)

    def keep_mine_while_held(box: QWidget) -> None:
        assert isinstance(box, TextConflictDialog)
        asked.append(box.theirs.toPlainText())
        holder.execute("BEGIN IMMEDIATE")  # another program writing, for longer than the wait
        qtbot.mouseClick(box.mine_button, Qt.MouseButton.LeftButton)

    def keep_mine(box: QWidget) -> None:
        assert isinstance(box, TextConflictDialog)
        asked.append(box.theirs.toPlainText())
        qtbot.mouseClick(box.mine_button, Qt.MouseButton.LeftButton)

    def note_and_release(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        holder.execute("ROLLBACK")
        box.button(QMessageBox.StandardButton.Ok).click()

    def type_ok_then_ok_again(box: MemoDialog) -> None:
        qtbot.keyClicks(box.editor, "Councils first.")
        _taro_writes_memo(project.location, "Schools matter most.")
        modal.answer(TextConflictDialog, keep_mine_while_held)
        modal.answer(QMessageBox, note_and_release)
        qtbot.mouseClick(_ok(box), Qt.MouseButton.LeftButton)  # refused: the dialog stays
        assert box.isVisible() and box.editor.toPlainText() == "Councils first."
        modal.answer(TextConflictDialog, keep_mine)
        qtbot.mouseClick(_ok(box), Qt.MouseButton.LeftButton)

    try:
        _project_memo(window, type_ok_then_ok_again)
    finally:
        holder.close()
    assert len(said) == 1 and "busy" in said[0]
    assert asked == ["Schools matter most."]  # asked once, not again after the refusal
    assert memos.memo_text(project, "project", None) == "Councils first."
