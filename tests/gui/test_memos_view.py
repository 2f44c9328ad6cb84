"""View → Memos (Ctrl+Shift+M): every memo of the project in one list, as NVivo's Memos folder
and MAXQDA's Memo Manager (the Memos menu opened only the current item's memo: a memo once
written could not be found again). Driven by the shortcut, the menu, typing, header clicks,
double-clicks and buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from frameworkqda.core import memos, model, workspace
from frameworkqda.core.codebook import resolve
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.memo_dialog import MemoDialog
from frameworkqda.gui.memos_view import MemosView
from frameworkqda.gui.review.view import ReviewView
from tests import writes
from tests.gui import menu_bar, modal


def _shown(view: MemosView) -> list[tuple[str, str, str]]:
    """(On, Name, Memo) of each row as the table shows it, top to bottom."""
    proxy = view.table.model()
    return [
        (
            str(proxy.index(row, 0).data()),
            str(proxy.index(row, 1).data()),
            str(proxy.index(row, 5).data()),
        )
        for row in range(proxy.rowCount())
    ]


def _open_by_shortcut(qtbot: QtBot, window: MainWindow) -> MemosView:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        window,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    view = window.work_stack.current()
    assert isinstance(view, MemosView)
    return view


def _row_of(view: MemosView, name: str) -> int:
    names = [entry[1] for entry in _shown(view)]
    assert name in names, names
    return names.index(name)


def _double_click(qtbot: QtBot, view: MemosView, row: int) -> None:
    rect = view.table.visualRect(view.table.model().index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_memo_listed_filtered_sorted_opened_and_followed(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = window.session
    assert session is not None
    project = session.project
    documents = {row.name: row.id for row in workspace.documents(project)}
    with project.session() as db:
        code_id = resolve(db, "Anti-discrimination/Consultation service")
        case_id = db.scalars(select(model.Case.id).order_by(model.Case.position)).first()
        case_name = db.get(model.Case, case_id).name  # type: ignore[union-attr]
    writes.set_memo(project, "project", None, "Compare councils first.\nThen schools.")
    writes.set_memo(project, "document", documents["kawasaki.txt"], "ガイドブックの記述が詳しい")
    writes.set_memo(project, "code", code_id, "Consultation desks: count each city once")
    writes.set_memo(project, "case", case_id, "Case notes")
    writes.set_memo(project, "document", documents["hamamatsu.txt"], "   ")  # emptied: no memo

    view = _open_by_shortcut(qtbot, window)
    assert _shown(view) == [
        ("Project", project.name, "Compare councils first. Then schools."),
        ("Document", "kawasaki.txt", "ガイドブックの記述が詳しい"),
        ("Case", case_name, "Case notes"),
        (
            "Code",
            "Anti-discrimination/Consultation service",
            "Consultation desks: count each city once",
        ),
    ]
    assert view.count.text() == "4 memos"
    # the author and the date show too
    assert view.table.model().index(0, 3).data() == project.coder_name
    assert str(view.table.model().index(0, 4).data()).startswith("20")

    # the filter is Japanese-aware: half-width ｶﾞｲﾄﾞ finds ガイド, as the search does
    view.filter.setText("ｶﾞｲﾄﾞ")  # typed through an input method: keyClicks is ASCII only
    assert [entry[1] for entry in _shown(view)] == ["kawasaki.txt"]
    view.filter.clear()
    qtbot.keyClicks(view.filter, "COUNT")  # case folded, in the text
    assert [entry[0] for entry in _shown(view)] == ["Code"]
    view.filter.clear()

    # a click on the Memo column's header sorts by it
    header = view.table.horizontalHeader()
    middle = header.sectionViewportPosition(5) + header.sectionSize(5) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))
    assert [entry[2][:4] for entry in _shown(view)] == ["Case", "Comp", "Cons", "ガイドブ"]

    # double-click opens the memo in the memo dialog; its edit shows in the list at once
    seen: list[str] = []

    def edit(box: QWidget) -> None:
        assert isinstance(box, MemoDialog)
        seen.append(box.editor.toPlainText())
        box.editor.setPlainText("Case notes, revised")
        modal.ok(box)

    modal.answer(MemoDialog, edit)
    _double_click(qtbot, view, _row_of(view, case_name))
    assert seen == ["Case notes"]
    assert memos.memo_text(project, "case", case_id) == "Case notes, revised"
    assert ("Case", case_name, "Case notes, revised") in _shown(view)

    # a memo written elsewhere (a memo dialog, the mapping view) joins the list; undo takes it back
    writes_before = len(_shown(view))
    session.set_memo("document", documents["hamamatsu.txt"], "浜松の計画")
    assert len(_shown(view)) == writes_before + 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(_shown(view)) == writes_before

    # Go to: a document memo opens its document; a code memo its passages in Review
    view.table.selectRow(_row_of(view, "kawasaki.txt"))
    qtbot.mouseClick(view.go_button, Qt.MouseButton.LeftButton)
    assert window.work_stack.current() is window.document_area
    assert window.document_area.document_id == documents["kawasaki.txt"]
    view = _open_by_shortcut(qtbot, window)
    view.table.selectRow(_row_of(view, "Anti-discrimination/Consultation service"))
    qtbot.mouseClick(view.go_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.work_stack.current(), ReviewView)
    # the project memo is on nothing to go to
    view = _open_by_shortcut(qtbot, window)
    view.table.selectRow(_row_of(view, project.name))
    assert view.open_button.isEnabled() and not view.go_button.isEnabled()


def test_memos_menu_lists_all_memos(qtbot: QtBot, window: MainWindow) -> None:
    """Memos → All memos opens the same list; the project memo is in it, marked Project. A
    project memo marks the project's name in the status bar (※, as a document's, a case's or
    a code's memo marks it), its first lines in the tooltip; emptied, the mark goes."""
    session = window.session
    assert session is not None
    name = session.project.name
    assert window.status.text().startswith(f"{name} · ")
    session.set_memo("project", None, "A plan")
    assert window.status.text().startswith(f"{name} ※ · ")
    assert window.status.toolTip() == "Project memo: A plan"
    menu_bar.choose(qtbot, window, "Memos", "All memos")
    view = window.work_stack.current()
    assert isinstance(view, MemosView)
    assert _shown(view) == [("Project", name, "A plan")]
    session.set_memo("project", None, "")
    assert window.status.text().startswith(f"{name} · ") and window.status.toolTip() == ""
    assert _shown(view) == []


def test_go_to_a_passage_a_case_and_a_cell(qtbot: QtBot, window: MainWindow) -> None:
    """Go to on a coded passage's memo opens its document with the passage selected; on a
    case's memo, the case in the document tree; on a cell's, the cell in the matrix. Enter
    opens the memo, as a double-click."""
    session = window.session
    assert session is not None
    project = session.project
    with project.session() as db:
        segment = db.scalars(select(model.Segment).order_by(model.Segment.id)).first()
        assert segment is not None
        passage = (segment.id, segment.document_id, segment.start, segment.end)
        case_id = db.scalars(select(model.Case.id).order_by(model.Case.position)).first()
    writes.set_memo(project, "segment", passage[0], "strong evidence")
    writes.set_memo(project, "case", case_id, "read the council minutes")
    assert case_id is not None
    with project.session() as db:
        code_id = resolve(db, "Anti-discrimination/Consultation service")
    writes.set_cell(project, case_id, code_id, summary="a desk")
    with project.session() as db:
        cell_id = db.scalars(select(model.ChartCell.id)).one()
    writes.set_memo(project, "cell", cell_id, "desk only on weekdays")
    view = _open_by_shortcut(qtbot, window)
    kinds = [entry[0] for entry in _shown(view)]
    assert kinds == ["Case", "Chart cell", "Coded passage"]

    # a cell's memo: Go to opens the cell in the framework matrix
    view.table.selectRow(kinds.index("Chart cell"))
    qtbot.mouseClick(view.go_button, Qt.MouseButton.LeftButton)
    matrix = window.work_stack.current()
    assert isinstance(matrix, MatrixView) and matrix.current_key() == (case_id, code_id)
    view = _open_by_shortcut(qtbot, window)

    view.table.selectRow(kinds.index("Coded passage"))
    qtbot.mouseClick(view.go_button, Qt.MouseButton.LeftButton)
    assert window.work_stack.current() is window.document_area
    assert window.document_area.document_id == passage[1]
    assert window.document_area.text_view.selection_range() == passage[2:]

    view = _open_by_shortcut(qtbot, window)
    view.table.selectRow(kinds.index("Case"))
    qtbot.mouseClick(view.go_button, Qt.MouseButton.LeftButton)
    assert window.work_stack.current() is window.document_area
    assert window.document_tree.current_case() == case_id

    view = _open_by_shortcut(qtbot, window)
    view.table.selectRow(kinds.index("Coded passage"))
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, MemoDialog)
        seen.append(box.editor.toPlainText())
        box.reject()

    modal.answer(MemoDialog, read)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert seen == ["strong evidence"]


def _free(view: MemosView) -> list[tuple[str, str, str]]:
    """(On, Title, Memo) of each free memo the table shows, top to bottom."""
    proxy = view.table.model()
    rows = [
        tuple(str(proxy.index(row, column).data()) for column in (0, 2, 5))
        for row in range(proxy.rowCount())
    ]
    return [row for row in rows if row[0] == "Free memo"]  # type: ignore[misc]


def _title_and_write(title: str, text: str | None, seen: list[str]) -> None:
    """Answer the title question, then write ``text`` in the memo dialog that opens and press
    OK (None: Cancel), as a person does; the dialog's window title goes into ``seen``."""

    def name(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        seen.append(box.windowTitle())
        box.setTextValue(title)
        box.accept()

    def write(box: QWidget) -> None:
        assert isinstance(box, MemoDialog)
        seen.append(box.windowTitle())
        if text is None:
            box.reject()
            return
        box.editor.setPlainText(text)
        box.accept()

    modal.answer(QInputDialog, name)
    modal.answer(MemoDialog, write)


def test_free_memos_are_listed_made_opened_and_deleted_apart_from_the_project_memo(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Free memos (an import's free-standing notes: NVivo's, MAXQDA's, QualCoder's journals)
    are listed each with its title, "Free memo" where the list says what a memo is on; Memos
    → New free memo… and the list's button ask a title and open the new memo to write in;
    one opens and saves like any memo; Delete free memo asks first, and Edit → Undo brings it
    back. The project memo stays the project memo throughout. (The app had no free memo:
    every memo on nothing was the one project memo.)"""
    session = window.session
    assert session is not None
    project = session.project
    writes.set_memo(project, "project", None, "About the study")
    with project.transaction() as db:
        db.add(model.Memo(title="Fieldwork diary", text="Day one in Kawasaki"))

    view = _open_by_shortcut(qtbot, window)
    assert _free(view) == [("Free memo", "Fieldwork diary", "Day one in Kawasaki")]
    assert not view.table.isColumnHidden(2)  # the Title column
    assert ("Project", project.name, "About the study") in _shown(view)

    # Memos → New free memo…: a title, then the memo dialog to write in
    seen: list[str] = []
    _title_and_write("  Ideas  ", "Compare the councils", seen)
    menu_bar.choose(qtbot, window, "Memos", "New free memo…")
    assert seen == ["New free memo", "Memo — Free memo “Ideas”"]
    assert _free(view) == [
        ("Free memo", "Fieldwork diary", "Day one in Kawasaki"),
        ("Free memo", "Ideas", "Compare the councils"),
    ]
    assert view.current_row() is not None and view.current_row().title == "Ideas"  # type: ignore[union-attr]

    # the list's button: a title, and the dialog closed unwritten leaves it, titled and empty
    seen.clear()
    _title_and_write("Questions for the interviews", None, seen)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    assert seen == ["New free memo", "Memo — Free memo “Questions for the interviews”"]
    assert ("Free memo", "Questions for the interviews", "") in _free(view)
    assert memos.memo_text(project, "project") == "About the study"

    # a free memo opens like any memo; its edit is saved into it, not the project memo
    seen.clear()

    def edit(box: QWidget) -> None:
        assert isinstance(box, MemoDialog)
        seen.extend([box.windowTitle(), box.editor.toPlainText()])
        box.editor.setPlainText("Day one in Kawasaki; day two in Osaka")
        box.accept()

    modal.answer(MemoDialog, edit)
    _double_click(qtbot, view, [row[2] for row in _shown(view)].index("Day one in Kawasaki"))
    assert seen == ["Memo — Free memo “Fieldwork diary”", "Day one in Kawasaki"]
    assert ("Free memo", "Fieldwork diary", "Day one in Kawasaki; day two in Osaka") in _free(view)
    assert view.go_button.isEnabled() is False  # a free memo is on nothing to go to

    # Delete free memo asks first; Cancel keeps it, Yes deletes it; Undo brings it back
    titles = [str(view.table.model().index(r, 2).data()) for r in range(len(_shown(view)))]
    view.table.selectRow(titles.index("Ideas"))
    assert view.delete_button.isEnabled()
    modal.click("Cancel")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "Ideas" in [row[1] for row in _free(view)]
    said: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.answer(QMessageBox, yes)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # Del in the list, as the button
    assert said and "Delete the free memo “Ideas”?" in said[0]
    assert "Ideas" not in [row[1] for row in _free(view)]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ("Free memo", "Ideas", "Compare the councils") in _free(view)
    assert memos.memo_text(project, "project") == "About the study"
    # the project memo cannot be deleted here: it is no free memo
    view.table.selectRow([row[0] for row in _shown(view)].index("Project"))
    assert not view.delete_button.isEnabled()


def test_a_free_memo_is_renamed_by_f2_and_the_button_and_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    """F2 or Rename… on a free memo asks its new title (the old one offered to edit); the
    list shows it at once; Edit → Undo gives back the old one. The project memo has no title
    to rename: the button is off on it."""
    session = window.session
    assert session is not None
    project = session.project
    writes.set_memo(project, "project", None, "About the study")
    with project.transaction() as db:
        db.add(model.Memo(title="Ideas", text="Compare the councils"))
    view = _open_by_shortcut(qtbot, window)
    titles = [str(view.table.model().index(r, 2).data()) for r in range(len(_shown(view)))]
    view.table.selectRow(titles.index("Ideas"))
    offered: list[str] = []

    def retitle(title: str) -> None:
        def answer(box: QWidget) -> None:
            assert isinstance(box, QInputDialog)
            offered.append(box.textValue())
            box.setTextValue(title)
            box.accept()

        modal.answer(QInputDialog, answer)

    retitle("Ideas for chapter 3")
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert offered == ["Ideas"]
    assert _free(view) == [("Free memo", "Ideas for chapter 3", "Compare the councils")]
    retitle("アイデア")
    qtbot.mouseClick(view.rename_button, Qt.MouseButton.LeftButton)
    assert offered == ["Ideas", "Ideas for chapter 3"]
    assert _free(view) == [("Free memo", "アイデア", "Compare the councils")]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _free(view) == [("Free memo", "Ideas for chapter 3", "Compare the councils")]
    assert memos.memo_text(project, "project") == "About the study"
    view.table.selectRow([row[0] for row in _shown(view)].index("Project"))
    assert not view.rename_button.isEnabled()


def test_a_free_memo_deleted_while_open_names_who_deleted_it_and_is_listed_as_deleted(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Hanako writes in a free memo Taro deletes from his program meanwhile: her OK says who
    deleted it and when (it said only "the free memo is no longer in the project"), and Edit →
    Deleted items… lists it, "Free memo" with its title, as it lists other memos; Taro's undo
    takes it off the list (the deletions log had no free memos: schema 0009)."""
    import re

    from frameworkqda.core import commands
    from frameworkqda.core.store import open_project
    from frameworkqda.gui.deletions_dialog import DeletionsDialog

    session = window.session
    assert session is not None
    project = session.project
    with project.transaction() as db:
        db.add(model.Memo(title="Ideas", text="Compare the councils"))
    view = _open_by_shortcut(qtbot, window)
    memo_id = next(row for row in memos.list_memos(project) if row.title == "Ideas").id
    taro = open_project(str(project.location))
    taro.coder_name = "Taro"
    deleting = commands.DeleteFreeMemo(memo_id)
    warned: list[str] = []

    def warning(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        warned.extend([box.windowTitle(), box.text()])
        box.button(QMessageBox.StandardButton.Ok).click()

    def stray() -> None:  # another box than the warning (a conflict to settle): noted, closed
        other = QApplication.activeModalWidget()
        if isinstance(other, QDialog) and not isinstance(other, (MemoDialog, QMessageBox)):
            warned.append(type(other).__name__)
            QDialog.done(other, 0)  # closed without its own questions

    kept: list[bool] = []

    def write(box: QWidget) -> None:
        assert isinstance(box, MemoDialog)
        box.editor.setPlainText("Compare the councils and the prefectures")
        deleting.apply(taro)  # meanwhile, in Taro's program
        modal.answer(QMessageBox, warning)
        QTimer.singleShot(2000, stray)
        box.accept()  # OK: refused, said; the dialog stays with her text
        kept.append(box.isVisible() and "prefectures" in box.editor.toPlainText())
        box.editor.setPlainText("Compare the councils")
        box.reject()

    modal.answer(MemoDialog, write)
    _double_click(qtbot, view, [row[2] for row in _shown(view)].index("Compare the councils"))
    assert kept == [True] and warned[0] == "Memo not saved"
    assert re.fullmatch(
        r"the free memo “Ideas” was deleted by Taro at \d{4}-\d\d-\d\d \d\d:\d\d UTC; "
        "nothing was saved",
        warned[1],
    )

    menu_bar.choose(qtbot, window, "Edit", "Deleted items…")
    dialog = window.deletions_dialog
    assert isinstance(dialog, DeletionsDialog)
    table = dialog.table.model()
    assert [str(table.index(0, column).data()) for column in range(4)] == [
        "Free memo",
        "Ideas",
        "",
        "Taro",
    ]
    deleting.revert(taro)  # Taro's undo: it is back, and off the list
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() == 0)
    taro.close()
