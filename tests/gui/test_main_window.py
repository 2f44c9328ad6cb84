"""Drive the real main window as a researcher would: create, import, code, undo, reopen."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QUndoCommand

from frameworkqda.core import cases, coding, workspace
from frameworkqda.core.overview import overview
from frameworkqda.gui.app import build_window
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.memo_dialog import MemoDialog
from tests.gui import menu_bar, modal
from tests.gui.clicks import click_stripe, open_coded_document, open_document
from tests.gui.matrix_cells import click_cell, first_cell


def _window(qtbot, settings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    return window


def _import(qtbot, window: MainWindow, paths: list[Path], unassigned: bool = False) -> None:  # type: ignore[no-untyped-def]
    modal.choose(*paths)  # typed into the file dialog Ctrl+I opens
    menu_bar.press(qtbot, window, "Ctrl+I")
    dialog = window.last_import
    if unassigned:  # "Unassigned (no case)" chosen in the dialog's case box
        box = dialog.case_box
        box.showPopup()
        view = box.view()
        row = view.visualRect(view.model().index(box.findData(None), 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
        assert dialog.case() is None
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=20000)
    assert all(r.document_id is not None for r in dialog.results), [
        r.message for r in dialog.results
    ]
    qtbot.waitUntil(lambda: dialog.ok_button.height() > 0)  # laid out, as a person sees it
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def _code_with_picker(qtbot, window: MainWindow, filter_text: str) -> None:  # type: ignore[no-untyped-def]
    menu_bar.press(qtbot, window, "Ctrl+K")
    picker = window.code_picker
    assert picker.isVisible()
    qtbot.keyClicks(picker.filter, filter_text)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)


def test_code_text_and_pages_undo_redo_and_reopen(
    qtbot, settings, tmp_path, japanese_pdf, docx_file
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, settings)
    location = tmp_path / "study.fqda"
    window.create_project(str(location), "mipex-local")
    assert window.session is not None
    _import(qtbot, window, [japanese_pdf, docx_file])
    project = window.session.project
    documents = {d.name: d for d in workspace.documents(project)}
    assert set(documents) == {"浜松市計画.pdf", "kawasaki.docx"}

    # --- the DOCX: select the passage after 𠮷 in the text view, code it with the picker
    docx_id = documents["kawasaki.docx"].id
    window.open_document(docx_id)
    text = window.document_area.text_view.text()
    start = text.index("日本語教室")
    assert text.index("𠮷") < start
    window.document_area.text_view.select_range(start, start + 5)
    assert window.document_area.text_view.selected_text() == "日本語教室"
    _code_with_picker(qtbot, window, "japanese-language")
    (segment,) = coding.segments_of_document(project, docx_id)
    assert text[segment.start : segment.end] == "日本語教室"
    code_name = window.session.code(segment.code_id).name  # type: ignore[union-attr]
    assert code_name == "Japanese-language education"
    # the highlight sits on the same characters in UTF-16 units
    cursor = window.document_area.text_view.textCursor()
    assert cursor.selectedText() == "日本語教室"

    # number key 1 codes with the first measure; "apply last code" codes again
    window.document_area.text_view.select_range(0, 5)
    menu_bar.press(qtbot, window, "Ctrl+K")
    qtbot.keyClick(window.code_picker.filter, Qt.Key.Key_1)
    assert len(coding.segments_of_document(project, docx_id)) == 2

    # --- the PDF: drag across a line on the page view, then code through the picker
    pdf_id = documents["浜松市計画.pdf"].id
    window.open_document(pdf_id)
    area = window.document_area
    area.show_pages(True)
    pdf_text = area.text_view.text()
    target = pdf_text.index("多言語による情報提供")
    begin = area.page_view.point_for_char(target)
    finish = area.page_view.point_for_char(target + len("多言語による情報提供") - 1)
    assert begin is not None and finish is not None
    canvas = area.page_view.canvas()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(canvas, pos=begin + QPoint(3, 0))
    qtbot.mouseMove(canvas, pos=finish)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=finish)
    assert area.current_range() == (target, target + len("多言語による情報提供"))
    _code_with_picker(qtbot, window, "information in multiple")
    (pdf_segment,) = coding.segments_of_document(project, pdf_id)
    assert pdf_text[pdf_segment.start : pdf_segment.end] == "多言語による情報提供"
    assert area.page_view._marks_by_page().get(1)  # drawn over page 1

    # --- undo and redo
    stack = window.session.undo_stack
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert coding.segments_of_document(project, pdf_id) == []
    menu_bar.press(qtbot, window, "Ctrl+Shift+Z")
    (again,) = coding.segments_of_document(project, pdf_id)
    assert (again.id, again.start, again.end) == (
        pdf_segment.id,
        pdf_segment.start,
        pdf_segment.end,
    )
    assert stack.count() == 3

    # --- the inspector: note and translation, committed
    area.select_segment(again.id)
    window.inspector.note.setPlainText("city-wide")
    window.inspector.translation.setPlainText("providing information in many languages")
    window.inspector.save_texts()

    # --- typing in the note, then Edit → Undo: the note goes back and Redo brings the typing
    # again (the reloaded panel saved what it still showed as a new edit: undo did nothing)
    def note() -> str:
        return coding.get_segment(project, again.id).note

    window.inspector.note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.inspector.note, "; all wards")
    qtbot.waitUntil(lambda: note() == "city-wide; all wards", timeout=5000)
    menu_bar.choose(qtbot, window, "Edit", "Undo")  # (Ctrl+Z in the note undoes its typing)
    assert note() == "city-wide" and window.inspector.note.toPlainText() == "city-wide"
    assert stack.canRedo() and stack.redoText() == "Edit note"
    menu_bar.choose(qtbot, window, "Edit", "Redo")
    assert note() == "city-wide; all wards"
    assert window.inspector.note.toPlainText() == "city-wide; all wards"
    menu_bar.choose(qtbot, window, "Edit", "Undo")  # and back, for what the reopened project shows

    # --- reopen the project and find everything where it was
    menu_bar.press(qtbot, window, "Ctrl+W")
    window.open_project(str(location))
    assert window.session is not None
    project = window.session.project
    window.open_document(docx_id)
    after = window.document_area.text_view.text()
    segs = coding.segments_of_document(project, docx_id)
    assert sorted(after[s.start : s.end] for s in segs) == sorted(["日本語教室", after[0:5]])
    (reopened,) = coding.segments_of_document(project, pdf_id)
    assert pdf_text[reopened.start : reopened.end] == "多言語による情報提供"
    assert reopened.note == "city-wide"
    marks = window.document_area.text_view.marks()
    assert {after[m.start : m.end] for m in marks} >= {"日本語教室"}
    window.close()


def test_drag_document_to_case_and_selection_to_code(
    qtbot, settings, tmp_path, docx_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, settings)
    window.create_project(str(tmp_path / "p.fqda"), "mipex-local")
    assert window.session is not None
    window.session.add_case("Kawasaki")
    _import(qtbot, window, [docx_file], unassigned=True)
    project = window.session.project
    (doc,) = workspace.documents(project)
    case_id = cases.list_cases(project)[0].id
    window.document_tree.drop_documents([doc.id], case_id)
    assert workspace.documents(project)[0].case_id == case_id
    window.open_document(doc.id)
    text = window.document_area.text_view.text()
    start = text.index("council")
    code = next(c for c in window.session.codes() if c.name == "Migrant councils")
    window.codebook_tree.drop_range((doc.id, start, start + 7), code.id)
    (segment,) = coding.segments_of_document(project, doc.id)
    assert text[segment.start : segment.end] == "council"
    menu_bar.press(qtbot, window, "Ctrl+L")  # nothing selected: nothing coded, a message instead
    assert len(coding.segments_of_document(project, doc.id)) == 1
    menu_bar.press(qtbot, window, "Ctrl+Z")
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert workspace.documents(project)[0].case_id is None

    # Memos → Document memo… / Case memo… name the document and the case, not their row ids
    titles: list[str] = []
    monkeypatch.setattr(MemoDialog, "exec", lambda dialog: titles.append(dialog.windowTitle()))
    menu_bar.choose(qtbot, window, "Memos", "Document memo…")
    case_item = window.document_tree.case_item(case_id)
    assert case_item is not None
    window.document_tree.setCurrentIndex(case_item.index())  # the case chosen in the tree
    menu_bar.choose(qtbot, window, "Memos", "Case memo…")
    assert titles == [f"Memo — Document “{doc.name}”", "Memo — Case “Kawasaki”"]


def test_start_page_lists_recent_and_find_is_japanese_aware(
    qtbot, settings, tmp_path, docx_file
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, settings)
    window.create_project(str(tmp_path / "r.fqda"), "empty")
    _import(qtbot, window, [docx_file])
    assert window.session is not None
    (doc,) = workspace.documents(window.session.project)
    window.open_document(doc.id)
    menu_bar.press(qtbot, window, "Ctrl+F")
    find = window.document_area.find_field
    assert find.hasFocus()
    find.setText("ＣＯＵＮＣＩＬ")  # full-width, upper case (keyClicks types ASCII only)
    qtbot.keyClick(find, Qt.Key.Key_Return)
    assert window.document_area.text_view.hit_count() == 1
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert window.start_page.recent_list.item(0).data(Qt.ItemDataRole.UserRole).endswith("r.fqda")


def test_build_window_opens_sample(qtbot, settings, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("frameworkqda.gui.sample.user_data_dir", lambda _name: str(tmp_path))
    window = build_window(sample=True, settings=settings)
    qtbot.addWidget(window)
    assert window.session is not None
    assert len(workspace.documents(window.session.project)) == 5
    assert any(d.kind == "pdf" for d in workspace.documents(window.session.project))
    assert sum(d.segments for d in workspace.documents(window.session.project)) >= 10


def test_del_deletes_only_a_passage_selected_in_the_document_on_screen(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """A passage clicked in a document, then the matrix (Ctrl+4), a cell clicked and Del:
    the passage, unseen, was deleted. Del deletes it only where the segment panel shows it,
    and Edit → Delete segment is greyed elsewhere. Redo is Ctrl+Y too, as in Windows
    programs, and with nothing to undo the Edit menu says plainly "Undo"."""
    assert window.session is not None
    project = window.session.project
    document = next(d for d in workspace.documents(project) if d.segments)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    open_document(qtbot, window, document.id)
    view = window.document_area.text_view
    rect, mark = view.stripes()[0]
    click_stripe(qtbot, window, rect)
    assert window.inspector.segment_id == mark.segment_id
    before = overview(project).segments

    menu_bar.press(qtbot, window, "Ctrl+4")  # the matrix
    matrix = window.work_stack.current()
    assert isinstance(matrix, MatrixView)
    case_id, code_id = first_cell(matrix, lambda case, code: True)
    click_cell(qtbot, matrix, case_id, code_id)
    qtbot.keyClick(matrix.table, Qt.Key.Key_Delete)
    assert overview(project).segments == before
    assert not window.delete_action.isEnabled()

    menu_bar.press(qtbot, window, "Ctrl+1")  # the documents
    assert window.delete_action.isEnabled() and window.inspector.segment_id == mark.segment_id
    for elsewhere in (window.document_tree, window.codebook_tree):  # the sidebars: not there
        elsewhere.setFocus()
        if elsewhere is window.document_tree:  # there it asks about the document: Cancel
            modal.click("Cancel")
        qtbot.keyClick(elsewhere, Qt.Key.Key_Delete)
        assert overview(project).segments == before, elsewhere
    window.activateWindow()  # the box closed
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # here Del deletes the passage shown
    assert overview(project).segments == before - 1
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert overview(project).segments == before
    assert window.undo_action.text() == "&Undo"  # nothing left to undo: no dangling step
    menu_bar.press(qtbot, window, "Ctrl+Y")
    assert overview(project).segments == before - 1


def test_a_note_typed_just_before_delete_comes_back_with_the_passage(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Typing a note and pressing Delete segment within the 0.6 s the note waits for: Undo
    brought the passage back without the note."""
    assert window.session is not None
    project = window.session.project
    rect, mark = open_coded_document(qtbot, window)[0]
    click_stripe(qtbot, window, rect)
    assert window.inspector.segment_id == mark.segment_id
    window.inspector.note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.inspector.note, " council is advisory only")
    typed = window.inspector.note.toPlainText()
    qtbot.mouseClick(window.inspector.delete_button, Qt.MouseButton.LeftButton)
    assert mark.segment_id not in {
        s.id for s in coding.segments_of_document(project, window.document_area.document_id)
    }
    menu_bar.press(qtbot, window, "Ctrl+Z")
    assert coding.get_segment(project, mark.segment_id).note == typed


def test_the_start_page_greys_what_needs_a_project(qtbot, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """With no project open, File → Export tables (Ctrl+E), Code → Code selection (Ctrl+K),
    the views (Ctrl+1…5, Ctrl+R) and the memos were enabled and did nothing at all."""
    window = _window(qtbot, settings)
    by_text = {
        action.text(): action
        for menu_action in window.menuBar().actions()
        for action in menu_action.menu().actions()  # type: ignore[union-attr]
        if not action.isSeparator() and action.menu() is None
    }
    needs_one = [
        "Export &tables (matrix, counts, ranks)…",
        "&Code selection…",
        "Add ca&se…",
        "&4 Charting",
        "&Review coded segments",
        "&Project memo…",
        "&Find",
    ]
    assert all(not by_text[text].isEnabled() for text in needs_one)
    assert by_text["&Open project…"].isEnabled() and by_text["&New project…"].isEnabled()
    window.create_project(str(tmp_path / "p.fqda"), "empty")
    assert all(by_text[text].isEnabled() for text in needs_one)
    menu_bar.press(qtbot, window, "Ctrl+W")
    assert all(not by_text[text].isEnabled() for text in needs_one)


def test_one_selection_in_the_text_and_the_pages(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Selected in Text, then the Pages tab and Ctrl+K said "Select a passage first"; a drag
    on the page did not select in Text; a find's hit in Pages was not marked on the page."""
    assert window.session is not None
    project = window.session.project
    pdf = next(d for d in workspace.documents(project) if d.name.endswith(".pdf"))
    open_document(qtbot, window, pdf.id)
    area = window.document_area
    text = area.text_view.text()
    word = next(w for w in ("多言語", "相談", "外国人") if w in text)
    start = text.index(word)
    area.text_view.select_range(start, start + len(word))
    qtbot.mouseClick(
        area.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=area.tabs.tabBar().tabRect(1).center()
    )
    assert area.showing_pages()
    assert area.page_view.selection_range() == (start, start + len(word))
    menu_bar.press(qtbot, window, "Ctrl+K")
    assert window.code_picker.isVisible()  # not "Select a passage first"
    window.code_picker.hide()

    # a drag on the page selects the same characters in the text
    begin, finish = area.page_view.point_for_char(start), area.page_view.point_for_char(start + 1)
    assert begin is not None and finish is not None
    canvas = area.page_view.canvas()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(canvas, pos=begin + QPoint(3, 0))
    qtbot.mouseMove(canvas, pos=finish)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=finish)
    assert (
        area.text_view.selection_range() == area.page_view.selection_range() == (start, start + 2)
    )

    # find, typed while the pages are shown: the hit is selected on the page
    area.find_field.setText(word)
    qtbot.keyClick(area.find_field, Qt.Key.Key_Return)
    found = area.page_view.selection_range()
    assert text[found[0] : found[1]] == word


def test_a_passage_selected_on_the_page_is_copied_and_coded_from_its_menu(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+C in Pages copied nothing, a right click there did nothing, and one pressed on
    the selection dropped it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent, QGuiApplication
    from PySide6.QtWidgets import QApplication, QMenu

    assert window.session is not None
    pdf = next(d for d in workspace.documents(window.session.project) if d.name.endswith(".pdf"))
    open_document(qtbot, window, pdf.id)
    area = window.document_area
    area.show_pages(True)
    text = area.text_view.text()
    start = text.index(next(w for w in ("多言語", "相談", "外国人") if w in text))
    begin, finish = area.page_view.point_for_char(start), area.page_view.point_for_char(start + 2)
    assert begin is not None and finish is not None
    canvas = area.page_view.canvas()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=begin)
    qtbot.mouseMove(canvas, pos=begin + QPoint(3, 0))
    qtbot.mouseMove(canvas, pos=finish)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=finish)
    QGuiApplication.clipboard().clear()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == text[start : start + 3]

    shown: list[list[str]] = []

    def read_menu() -> None:
        menu = next(m for m in window.findChildren(QMenu) if m.isVisible())
        shown.append([a.text() for a in menu.actions() if a.isEnabled() and a.text()])
        menu.close()

    QTimer.singleShot(200, read_menu)
    qtbot.mousePress(canvas, Qt.MouseButton.RightButton, pos=finish)
    QApplication.sendEvent(
        canvas,
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, finish, canvas.mapToGlobal(finish)),
    )
    assert shown and shown[0][:2] == ["Copy", "Code selection…"]
    assert area.page_view.selection_range() == (start, start + 3)  # the right click kept it


def test_a_translation_typed_is_undone_as_edit_translation(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Edit → Undo said "Undo Edit note" after typing a translation: every note or
    translation change was named "Edit note"."""
    assert window.session is not None
    project = window.session.project
    rect, mark = open_coded_document(qtbot, window)[0]
    click_stripe(qtbot, window, rect)
    assert window.inspector.segment_id == mark.segment_id
    translation = window.inspector.translation
    translation.setFocus()
    translation.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(translation, "Multilingual information")
    qtbot.waitUntil(
        lambda: coding.get_segment(project, mark.segment_id).translation.endswith(
            "Multilingual information"
        ),
        timeout=5000,
    )
    assert window.undo_action.text() == "&Undo Edit translation"

    window.inspector.note.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.inspector.note, "advisory")
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Edit note", timeout=5000)
    window.undo_action.trigger()  # Edit → Undo Edit note
    assert window.undo_action.text() == "&Undo Edit translation"
    assert window.redo_action.text() == "&Redo Edit note"


def _window_with_a_step(qtbot, settings, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A main window on the sample project with one undo step, not handed to qtbot: the test
    deletes it, as the app's end does (qtbot would close it after)."""
    from frameworkqda.core.commands import SetAttribute
    from frameworkqda.gui.sample import build_sample

    build_sample(tmp_path / "sample.fqda")
    window = MainWindow(settings)
    window.show()
    window.open_project(str(tmp_path / "sample.fqda"))
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session is not None
    case = cases.list_cases(window.session.project)[0]
    window.session.run(SetAttribute(case.id, "Region", "Kansai"), "Set Region")
    assert window.undo_action.text() == "&Undo Set Region"
    return window


def test_quit_with_a_project_open_leaves_undo_and_redo_to_no_stack(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path: Path, capfd
) -> None:
    """File → Quit with a project open: Edit → Undo and Redo follow its undo stack no more
    (a script holding it changed their text, and once the window was gone the stack's last
    signal raised "Internal C++ object (PySide6.QtGui.QAction) already deleted" at exit)."""
    window = _window_with_a_step(qtbot, settings, tmp_path)
    assert window.session is not None
    stack = window.session.undo_stack
    menu_bar.choose(qtbot, window, "File", "Quit")
    assert not window.isVisible() and window.session is None
    assert (window.undo_action.text(), window.undo_action.isEnabled()) == ("&Undo", False)
    stack.push(QUndoCommand("Set Region"))  # the closed project's stack changes …
    stack.undo()
    assert (window.undo_action.text(), window.undo_action.isEnabled()) == ("&Undo", False)
    assert (window.redo_action.text(), window.redo_action.isEnabled()) == ("&Redo", False)
    shiboken6.delete(window)  # … and ends with the window, a step on it
    assert "Traceback" not in capfd.readouterr().err


def test_a_window_deleted_with_a_project_open_says_nothing(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path: Path, capfd
) -> None:
    """A script's window deleted with its project open (never closed): the undo stack, deleted
    after Edit → Undo and Redo, clears itself and says so to actions no longer there."""
    window = _window_with_a_step(qtbot, settings, tmp_path)
    assert window.session is not None
    project = window.session.project
    shiboken6.delete(window)
    project.close()
    assert "Traceback" not in capfd.readouterr().err
