"""Working from the keyboard alone, as researchers coming from NVivo and MAXQDA do.

Found by a keyboard-only walk through the app: Tab in a note, a translation, a cell's summary, a
code's definition or a memo typed a tab that was saved (a note saved as thirteen tabs) and the
keyboard could not leave the field; Ctrl+Return did not press the memo's OK; ↓ on the segment
panel's closed Code box recoded the passage with every key (three undo steps for ↓↓↓), and the
matrix's Value box set the value each time; the stage navigator, tabbed into from Compare or
Review, switched the work area to Familiarisation; the View menu showed "Mapping _interpretation"
(the "&" of a stage's title taken for a mnemonic); Del deleted a passage without a word; Ctrl+F
in the matrix showed the empty Documents view and Ctrl+K there did nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QToolTip, QWidget

from frameworkqda.core import charting, coding, workspace
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.memo_dialog import MemoDialog
from tests.gui import menu_bar, modal
from tests.gui.clicks import click_stripe, open_coded_document
from tests.gui.matrix_cells import click_cell, first_cell

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _leaves_by_tab(qtbot, field: QPlainTextEdit) -> None:  # type: ignore[no-untyped-def]
    """Tab, Shift+Tab, Ctrl+Tab and Ctrl+Shift+Tab each move the focus out; no tab is typed."""
    before = field.toPlainText()
    for key, mods in (
        (Qt.Key.Key_Tab, NO),
        (Qt.Key.Key_Backtab, SHIFT),
        (Qt.Key.Key_Tab, CTRL),
        (Qt.Key.Key_Backtab, CTRL | SHIFT),
    ):
        _focus(qtbot, field)
        qtbot.keyClick(field, key, mods)
        assert not field.hasFocus(), (field.objectName() or field.placeholderText(), key, mods)
        assert field.toPlainText() == before


def _open_passage(qtbot, window: MainWindow) -> int:  # type: ignore[no-untyped-def]
    stripes = open_coded_document(qtbot, window)
    click_stripe(qtbot, window, stripes[0][0])
    segment = window.inspector.segment_id
    assert segment is not None
    return segment


def test_tab_moves_on_from_every_text_field_and_types_no_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    segment = _open_passage(qtbot, window)
    for field in (window.inspector.note, window.inspector.translation):
        _leaves_by_tab(qtbot, field)
    window.inspector.save_texts()
    assert "\t" not in coding.get_segment(session.project, segment).note

    window.show_stage(4)
    matrix = window.views["matrix"]
    assert isinstance(matrix, MatrixView)
    click_cell(qtbot, matrix, *first_cell(matrix, lambda case, code: True))
    _leaves_by_tab(qtbot, matrix.evidence.editor)

    window.show_stage(2)
    editor = window.views["codebook"]
    assert isinstance(editor, CodebookEditor)
    editor.tree.setCurrentIndex(editor.tree.model().index(0, 0))
    _leaves_by_tab(qtbot, editor.definition)

    window.show_stage(5)
    mapping = window.views["mapping"]
    assert isinstance(mapping, MappingView)
    if mapping.memo.isEnabled():
        _leaves_by_tab(qtbot, mapping.memo)

    # every editable multi-line field on the window's views and panels leaves by Tab
    for field in window.findChildren(QPlainTextEdit):
        if field.isVisible() and field.isEnabled() and not field.isReadOnly():
            _leaves_by_tab(qtbot, field)


def test_the_memo_dialog_tab_leaves_and_ctrl_return_is_ok(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    dialog = MemoDialog(session, "project", None, "Project")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _focus(qtbot, dialog.editor)
    qtbot.keyClicks(dialog.editor, "First thought")
    try:
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab)
        assert not dialog.editor.hasFocus()
        assert dialog.editor.toPlainText() == "First thought"
        _focus(qtbot, dialog.editor)
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Tab, CTRL)
        assert not dialog.editor.hasFocus()
        _focus(qtbot, dialog.editor)
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, CTRL)
        assert not dialog.isVisible()
    finally:  # closing it with the memo unsaved would ask, and wait for an answer
        if dialog.isVisible():
            QDialog.done(dialog, QDialog.DialogCode.Rejected)
    assert dialog.result() == MemoDialog.DialogCode.Accepted
    from frameworkqda.core import memos

    assert memos.memo_text(session.project, "project", None) == "First thought"


def test_arrows_on_the_closed_code_box_recode_only_on_return(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    segment = _open_passage(qtbot, window)
    box = window.inspector.code
    code = coding.get_segment(session.project, segment).code_id
    steps = session.undo_stack.count()
    _focus(qtbot, box)
    for _ in range(3):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert coding.get_segment(session.project, segment).code_id == code  # only looked
    assert session.undo_stack.count() == steps
    assert box.currentData() != code  # the box shows the code stepped to
    assert QToolTip.text() == (  # and says, under it, how to apply it or put it back
        f"Return applies “{box.currentText()}”; Esc keeps “{session.code_path(code)}”."
    )
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc: back to the code applied
    assert box.currentData() == code
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    chosen = box.currentData()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Return applies it: one undo step
    assert coding.get_segment(session.project, segment).code_id == chosen
    assert session.undo_stack.count() == steps + 1
    qtbot.keyClick(box, Qt.Key.Key_Up)
    chosen = box.currentData()
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # leaving the box applies the code stepped to
    assert coding.get_segment(session.project, segment).code_id == chosen
    assert session.undo_stack.count() == steps + 2


def test_arrows_on_the_closed_value_box_set_it_on_return(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    case, code = first_cell(view, lambda case, code: True)
    click_cell(qtbot, view, case, code)
    box = view.evidence.value_box
    before = charting.cell_state(session.project, case, code).value_id
    steps = session.undo_stack.count()
    _focus(qtbot, box)
    for _ in range(3):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert charting.cell_state(session.project, case, code).value_id == before
    assert session.undo_stack.count() == steps
    chosen = box.currentData()
    assert chosen != before
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert charting.cell_state(session.project, case, code).value_id == chosen
    assert session.undo_stack.count() == steps + 1
    assert QApplication.focusWidget() is box
    modal.forget()


def _tab_to(qtbot, dialog: QWidget, wanted: QWidget, limit: int = 12, back: bool = False) -> None:  # type: ignore[no-untyped-def]
    key, mods = (Qt.Key.Key_Backtab, SHIFT) if back else (Qt.Key.Key_Tab, NO)
    for _ in range(limit):
        if QApplication.focusWidget() is wanted:
            return
        qtbot.keyClick(QApplication.focusWidget() or dialog, key, mods)
    raise AssertionError(f"Tab never reached {wanted!r}")


def test_return_in_the_import_dialog_imports_then_closes(qtbot, new_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "plan.txt"
    source.write_text("多文化共生の推進", encoding="utf-8")
    modal.choose(source)  # in the file dialog Ctrl+I opens
    menu_bar.press(qtbot, new_window, "Ctrl+I")
    dialog = new_window.last_import
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    _focus(qtbot, dialog.case_box)
    _tab_to(qtbot, dialog, dialog.cancel_button)  # over Import and Cancel ...
    _tab_to(qtbot, dialog, dialog.list)  # ... and on to the list of files
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Return cancelled the import"
    qtbot.waitUntil(dialog.done_event.is_set, timeout=20000)
    assert [d.name for d in workspace.documents(new_window.session.project)] == ["plan.txt"]
    assert dialog.ok_button.isDefault()
    _focus(qtbot, dialog.list)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # OK: the dialog closes
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_tabbing_into_the_stage_navigator_switches_no_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    navigator = window.navigator
    for view in ("review", "compare"):
        window.show_view(view)
        _focus(qtbot, window.document_tree)
        _tab_to(qtbot, window, navigator, back=True)  # Shift+Tab from the tree: into it
        assert window.current_view == view  # it was "documents": Familiarisation
        assert not navigator.selectedItems()
    qtbot.keyClick(navigator, Qt.Key.Key_Space)  # Space (or Return) chooses the stage
    assert window.current_view == "documents"
    qtbot.keyClick(navigator, Qt.Key.Key_Down)  # and the arrows go from stage to stage
    assert window.current_view == "codebook"


def _single_ampersands(text: str) -> int:
    return text.replace("&&", "").count("&")


def test_an_ampersand_in_a_name_is_shown_in_menus_not_taken_for_a_key(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    mapping = next(
        action
        for action in window.findChildren(QAction)
        if action.shortcut() == QKeySequence("Ctrl+5")
    )
    assert mapping.iconText() == "5 Mapping & interpretation"  # was "5 Mapping  interpretation"
    for action in window.menuBar().actions():  # one mnemonic per item at most
        menu = action.menu()
        assert menu is not None
        for item in [action, *menu.actions()]:
            assert _single_ampersands(item.text()) <= 1, item.text()

    window.show_stage(2)
    editor = window.views["codebook"]
    assert isinstance(editor, CodebookEditor)
    editor.tree.setCurrentIndex(editor.tree.model().index(0, 0))
    editor.rename("Policy & practice")
    editor.move_by(1)  # Undo Move “Policy & practice”
    assert "Policy & practice" in window.undo_action.iconText()
    assert _single_ampersands(window.undo_action.text()) == 1  # the U of Undo


def test_del_on_a_coded_passage_says_what_went_and_how_to_bring_it_back(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    segment = _open_passage(qtbot, window)
    gone = coding.get_segment(session.project, segment)
    code = session.code_path(gone.code_id)
    text_view = window.document_area.text_view
    _focus(qtbot, text_view)
    qtbot.keyClick(text_view, Qt.Key.Key_Delete)
    assert window.inspector.segment_id is None
    said = window.statusBar().currentMessage()
    assert said.startswith(f"Deleted the passage of {gone.end - gone.start} characters coded")
    assert f"“{code}”" in said and "Ctrl+Z" in said
    qtbot.keyClick(text_view, Qt.Key.Key_Z, CTRL)
    assert coding.get_segment(session.project, segment).code_id == gone.code_id


def test_find_and_code_in_the_matrix_do_what_they_can_and_say_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.show_stage(4)
    matrix = window.views["matrix"]
    assert isinstance(matrix, MatrixView)
    _focus(qtbot, matrix.table)
    qtbot.keyClick(matrix.table, Qt.Key.Key_K, CTRL)  # nothing to code here: said why
    assert window.current_view == "matrix"
    assert "Ctrl+K codes a passage selected in a document" in window.statusBar().currentMessage()
    qtbot.keyClick(matrix.table, Qt.Key.Key_F, CTRL)  # was the Documents view, empty
    assert window.current_view == "search"
    search = window.views["search"]
    assert QApplication.focusWidget() is search.term  # type: ignore[attr-defined]
    assert "search the text of all documents" in window.statusBar().currentMessage()
    window.show_view("review")
    review = window.views["review"]
    _focus(qtbot, review)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)  # Review: its filter
    assert window.current_view == "review"
    assert QApplication.focusWidget() is review.filter  # type: ignore[attr-defined]


def test_tab_leaves_the_lists_and_the_matrix(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    for key in ("review", "memos", "search"):
        view = window.show_view(key)
        table = view.table  # type: ignore[union-attr]
        _focus(qtbot, table)
        qtbot.keyClick(table, Qt.Key.Key_Tab)  # it went from cell to cell of every row
        assert not table.hasFocus(), key
    window.show_stage(4)
    matrix = window.views["matrix"]
    assert isinstance(matrix, MatrixView)
    _focus(qtbot, matrix.table)
    qtbot.keyClick(matrix.table, Qt.Key.Key_Tab)  # arrows go from cell to cell
    assert not matrix.table.hasFocus()


def test_a_case_with_an_ampersand_keeps_it_in_the_export_choice(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from frameworkqda.core import cases
    from frameworkqda.core.commands import RenameCase
    from tests.gui.test_cases_where import _choose, _export_dialog

    session = window.session
    assert session is not None
    osaka = next(c.id for c in cases.list_cases(session.project) if c.name == "Osaka")
    session.run(RenameCase(osaka, "Osaka & Kobe"))
    window.show_stage(4)
    matrix = window.views["matrix"]
    assert isinstance(matrix, MatrixView)
    _choose(qtbot, matrix.case_box, "Osaka & Kobe")
    dialog = _export_dialog(qtbot, window)
    box = dialog.only_shown_box
    # was "Osaka  Kobe", K its Alt-key
    assert box.text().replace("&&", "&") == (
        "Only the cases the matrix shows: Osaka & Kobe (1 of 4 cases)"
    )
    assert _single_ampersands(box.text()) == 0
    dialog.close()


def test_keep_which_tab_leaves_and_ctrl_return_keeps_mine(qtbot) -> None:  # type: ignore[no-untyped-def]
    from frameworkqda.core.errors import TextConflictError
    from frameworkqda.gui.text_conflict import TextConflictDialog

    conflict = TextConflictError("Hanako changed this memo", "theirs", "Hanako")
    dialog = TextConflictDialog("Memo", conflict, "mine")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        _leaves_by_tab(qtbot, dialog.mine)
        _focus(qtbot, dialog.mine)
        qtbot.keyClick(dialog.mine, Qt.Key.Key_End, CTRL)
        qtbot.keyClicks(dialog.mine, " merged")
        qtbot.keyClick(dialog.mine, Qt.Key.Key_Return, CTRL)  # Keep mine, as its button
        assert not dialog.isVisible() and dialog.keep_mine
    finally:  # Esc or closing would ask which to keep, and wait for an answer
        if dialog.isVisible():
            QDialog.done(dialog, QDialog.DialogCode.Rejected)
    assert dialog.mine.toPlainText() == "mine merged"


def test_a_choice_stepped_to_is_applied_however_the_researcher_leaves(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """A value stepped to with ↓ in the matrix's Value box and not confirmed was lost on
    Ctrl+W (close project) but applied on Ctrl+R (switching view); a code stepped to in the
    segment panel's Code box likewise. Each is applied, whichever way the researcher leaves:
    closing the project, switching view, another cell shown."""
    session = window.session
    assert session is not None
    location = str(session.project.location)
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    case, code = first_cell(view, lambda case, code: True)

    def step_value(case: int, code: int) -> int:
        click_cell(qtbot, view, case, code)
        box = view.evidence.value_box
        _focus(qtbot, box)
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.pending
        chosen = box.currentData()
        assert chosen != charting.cell_state(session.project, case, code).value_id
        return int(chosen)

    # another cell shown (as Compare coders opens one): applied to the cell it was for
    chosen = step_value(case, code)
    other = next(c for c, _ in view.model.cases if c != case)
    view.open_cell(other, code)
    assert charting.cell_state(session.project, case, code).value_id == chosen
    # Ctrl+R (Review): applied
    chosen = step_value(other, code)
    menu_bar.press(qtbot, window, "Ctrl+R")
    assert charting.cell_state(session.project, other, code).value_id == chosen
    # Ctrl+W (close project): applied too, not lost
    window.show_stage(4)
    chosen = step_value(case, code)
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert window.session is None
    window.open_project(location)
    session = window.session
    assert session is not None
    assert charting.cell_state(session.project, case, code).value_id == chosen

    # the segment panel's Code box, then Ctrl+W
    segment = _open_passage(qtbot, window)
    box = window.inspector.code
    _focus(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.pending
    recoded = box.currentData()
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert window.session is None
    window.open_project(location)
    assert window.session is not None
    assert coding.get_segment(window.session.project, segment).code_id == recoded
    modal.forget()


def test_arrows_on_the_import_case_box_ask_for_a_new_case_only_on_return(
    qtbot, new_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """↓ on the import dialog's "Into case" box popped the modal "New case" prompt as soon
    as the highlight reached "New case…". Stepping only moves; Tab away puts the case back;
    Return asks for the new case's name."""
    from PySide6.QtWidgets import QInputDialog

    source = tmp_path / "plan.txt"
    source.write_text("多文化共生の推進", encoding="utf-8")
    modal.choose(source)  # in the file dialog Ctrl+I opens
    menu_bar.press(qtbot, new_window, "Ctrl+I")
    dialog = new_window.last_import
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    box = dialog.case_box
    asked: list[str] = []

    def name_it(prompt: QWidget) -> None:
        assert isinstance(prompt, QInputDialog)
        asked.append(prompt.windowTitle())
        prompt.setTextValue("Nagoya")
        modal.ok(prompt)

    modal.answer(QInputDialog, name_it)
    _focus(qtbot, box)
    start = box.currentText()
    for _ in range(box.count() - 1 - box.currentIndex()):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == "New case…"
    QApplication.processEvents()
    assert asked == []  # stepping asked nothing
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # leaving the box: the case it had
    assert not box.hasFocus()
    assert asked == [] and box.currentText() == start
    _focus(qtbot, box)
    for _ in range(box.count() - 1 - box.currentIndex()):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Return: the prompt, answered
    assert asked == ["New case"]
    assert dialog.case() == "Nagoya" and dialog.isVisible()
    dialog.reject()
    modal.forget()


def test_a_choice_stepped_to_stays_stepped_to_through_a_change_to_its_passage_or_cell(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """A change to the passage or cell shown (a note saved, a summary, someone else's edit)
    fills the box again: the choice stepped to stays as it was, still waiting for Return,
    neither applied nor dropped unseen."""
    from frameworkqda.core import commands

    session = window.session
    assert session is not None
    segment = _open_passage(qtbot, window)
    box = window.inspector.code
    code = coding.get_segment(session.project, segment).code_id
    _focus(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    stepped = box.currentData()
    session.run(commands.UpdateSegment(segment, note="seen twice"))
    assert box.pending and box.currentData() == stepped
    assert coding.get_segment(session.project, segment).code_id == code
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert coding.get_segment(session.project, segment).code_id == stepped

    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    case, code = first_cell(view, lambda case, code: True)
    click_cell(qtbot, view, case, code)
    values = view.evidence.value_box
    _focus(qtbot, values)
    qtbot.keyClick(values, Qt.Key.Key_Down)
    chosen = values.currentData()
    session.run(commands.SetCell(case, code, summary="Typed in another window."))
    assert values.pending and values.currentData() == chosen
    qtbot.keyClick(values, Qt.Key.Key_Return)
    assert charting.cell_state(session.project, case, code).value_id == chosen
    modal.forget()
