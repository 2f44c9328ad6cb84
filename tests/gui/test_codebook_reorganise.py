"""Reorganising a codebook in the editor, through its buttons and the boxes they open: a merge
joins the two codes' memos into one and keeps a duplicate passage's note, and its
confirmation says so (duplicates, cells whose values differ); ticking "Heading only" on a code
with coded segments and charted cells asks first; every change is named in Undo; a codebook
imported again says its codes are unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox, QWidget
from sqlalchemy import select

from frameworkqda.core import cases, codebook, commands, memos, model
from frameworkqda.core.codebook_io import export_codebook
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from tests.gui import modal
from tests.gui.counted import says
from tests.gui.test_japanese_ui import japanese  # noqa: F401 - fixture

SOURCE = "Health/Medical consultation service"


def _editor(window: MainWindow) -> CodebookEditor:
    widget = window.show_view("codebook")
    assert isinstance(widget, CodebookEditor)
    return widget


def _pick(text: str) -> None:
    """In the next QInputDialog: type or choose ``text`` and press OK."""

    def act(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue(text)
        modal.ok(box)

    modal.answer(QInputDialog, act)


def _confirm(button: str) -> list[str]:
    """Read the next message box (its text and details), then click ``button``."""
    said: list[str] = []

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(f"{box.text()}\n{box.informativeText()}")
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        buttons[button].click()

    modal.answer(QMessageBox, act)
    return said


def _code_memos(window: MainWindow, code_id: int) -> list[str]:
    assert window.session is not None
    with window.session.project.session() as session:
        return list(
            session.scalars(
                select(model.Memo.text).where(model.Memo.code_id == code_id).order_by(model.Memo.id)
            )
        )


def test_merge_joins_memos_and_duplicate_passages_and_says_so(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    project = session.project
    editor = _editor(window)
    source = max((c for c in session.codes() if c.parent_id), key=lambda c: c.segments)
    assert source.segments > 1
    target = next(
        c for c in session.codes() if c.parent_id == source.parent_id and c.id != source.id
    )
    source_path, target_path = session.code_path(source.id), session.code_path(target.id)
    session.run(commands.SetMemo("code", source.id, "Memo on A"), "memo")
    session.run(commands.SetMemo("code", target.id, "Memo on B"), "memo")
    # one of the source's passages coded under the target too, each with a note
    with project.session() as s:
        passage = s.scalars(
            select(model.Segment).where(model.Segment.code_id == source.id).limit(1)
        ).one()
        where = (passage.document_id, passage.start, passage.end)
    session.run(commands.UpdateSegment(passage.id, note="A note important"), "note")
    session.run(commands.AddSegment(where[0], target.id, where[1], where[2], "B's note"), "code")
    # a case both charted, with other values
    case = cases.list_cases(project)[0]
    session.run(commands.SetCell(case.id, source.id, summary="A says", value="Yes"), "cell")
    session.run(commands.SetCell(case.id, target.id, summary="B says", value="No"), "cell")
    before = {code.id: code.segments for code in session.codes()}

    editor.select(source.id)
    _pick(target_path)
    said = _confirm("Yes")
    qtbot.mouseClick(editor.buttons["Merge into…"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.merge_running())  # a job, off the GUI thread

    assert said, "no confirmation"
    assert says(said[0], source.segments - 1, "coded segment")  # what moves: not 1 too many
    # the joined passage has a note only: that is what is added, not "note, translation and memo"
    assert "and is joined onto it. Added to that segment's: 1 note." in said[0]
    assert "translation" not in said[0]
    assert f"{case.name}: “No” over “Yes”" in said[0]
    assert says(said[0], 1, "memo")
    assert session.code(source.id) is None
    assert session.code(target.id).segments == before[target.id] + source.segments - 1  # type: ignore[union-attr]
    # one memo on the target: both texts, A's marked; the tooltip and the dialog read it
    mark = f"From the merged code “{source.name}”:"
    joined = f"Memo on B\n\n{mark}\nMemo on A"
    assert _code_memos(window, target.id) == [joined]
    assert memos.memo_text(project, "code", target.id) == joined
    assert memos.memoed(project, "code")[target.id] == joined
    with project.session() as s:
        kept = s.scalars(
            select(model.Segment.note).where(
                model.Segment.code_id == target.id,
                model.Segment.document_id == where[0],
                model.Segment.start == where[1],
                model.Segment.end == where[2],
            )
        ).one()
    assert kept == f"B's note\n\n{mark}\nA note important"
    status = editor.status.text()
    assert says(status, source.segments - 1, "coded segment")  # moved
    assert f"1 joined onto the same passage of “{target_path}”" in status
    assert f"{case.name}: “No” over “Yes”" in status

    assert window.undo_action.text().startswith(f"&Undo Merge “{source_path}”")
    window.undo_action.trigger()
    assert _code_memos(window, source.id) == ["Memo on A"]
    assert _code_memos(window, target.id) == ["Memo on B"]
    assert {code.id: code.segments for code in session.codes()} == before


def _merge_a_code_whose_only_passage_is_joined(
    window: MainWindow, qtbot
) -> tuple[str, str, str, str]:  # type: ignore[no-untyped-def]
    """Add a code “Solo” whose one passage (with a note) the most used code has coded too,
    merge it into that one with a click, answering Yes: (the confirmation, the status line,
    the source's path, the target's)."""
    session = window.session
    assert session is not None
    project = session.project
    editor = _editor(window)
    target = max((c for c in session.codes() if c.parent_id), key=lambda c: c.segments)
    with project.session() as s:
        passage = s.scalars(
            select(model.Segment).where(model.Segment.code_id == target.id).limit(1)
        ).one()
        where = (passage.document_id, passage.start, passage.end)
    add = commands.AddCode("Solo", parent_id=target.parent_id)
    session.run(add, "add")
    assert add.code_id is not None
    session.run(commands.AddSegment(where[0], add.code_id, where[1], where[2], "Solo's note"), "c")
    source_path, target_path = session.code_path(add.code_id), session.code_path(target.id)

    editor.select(add.code_id)
    _pick(target_path)
    said: list[str] = []

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(f"{box.text()}\n{box.informativeText()}")
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.answer(QMessageBox, yes)
    qtbot.mouseClick(editor.buttons["Merge into…"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.merge_running())  # a job, off the GUI thread
    assert said, "no confirmation"
    assert session.code(add.code_id) is None
    return said[0], editor.status.text(), source_path, target_path


def test_merging_a_code_whose_only_passage_is_joined_says_only_what_there_is(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    """A code whose one passage the target coded too: the confirmation said "0 coded
    segments, its chart cells and its memos move to …" and "their notes, translations and
    memos are added" for a passage with a note only. Now it names what there is."""
    said, status, source_path, target_path = _merge_a_code_whose_only_passage_is_joined(
        window, qtbot
    )
    assert said == (
        f"Merge “{source_path}” into “{target_path}”?\n“{source_path}” is removed.\n\n"
        f"1 coded segment of “{source_path}” covers the same text as one of “{target_path}” "
        "and is joined onto it. Added to that segment's: 1 note.\n\nUndo puts everything back."
    )
    assert status == (
        f"Merged “{source_path}” into “{target_path}”: "  # not "0 coded segments moved"
        f"1 joined onto the same passage of “{target_path}”."
    )


@pytest.mark.usefixtures("japanese")
def test_the_merge_confirmation_in_japanese_names_no_zero_and_no_move(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    """「このコードのセグメント 0 件、チャートのセル、メモは…に移り」: now only what there is."""
    said, status, source_path, _ = _merge_a_code_whose_only_passage_is_joined(window, qtbot)
    assert "0 件" not in said and "移り" not in said and "訳" not in said, said
    assert f"「{source_path}」は削除されます。" in said
    assert "そのセグメントに追加されるもの：注記 1 件。" in said
    assert "0 件" not in status, status


def test_heading_only_names_only_what_the_code_has(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A code with passages and no charted cell: "It has 3 coded segments and 0 chart cells
    with a summary or value." Now the cells are left out."""
    session = window.session
    assert session is not None
    editor = _editor(window)
    code = next(
        c
        for c in session.codes()
        if c.segments and not codebook.heading_preview(session.project, c.id).chart_cells
    )
    editor.select(code.id)
    said = _confirm("Cancel")
    qtbot.mouseClick(editor.heading, Qt.MouseButton.LeftButton)
    assert said
    assert f"It has {code.segments} coded segment" in said[0]
    assert "chart cell" not in said[0] and " 0 " not in said[0], said[0]


def test_heading_only_asks_when_the_code_has_passages_and_cells(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    project = session.project
    editor = _editor(window)
    code = session.code(codebook.resolve_code(project, SOURCE))
    assert code is not None and code.segments
    case = cases.list_cases(project)[0]
    session.run(commands.SetCell(case.id, code.id, summary="Charted"), "cell")
    editor.select(code.id)
    steps = session.undo_stack.count()

    said = _confirm("Cancel")
    qtbot.mouseClick(editor.heading, Qt.MouseButton.LeftButton)
    assert said and "Make “Health / Medical consultation service” a heading only?" in said[0]
    assert says(said[0], code.segments, "coded segment") and says(said[0], 1, "chart cell")
    assert "hidden from charting" in said[0]
    assert session.code(code.id).codable and not editor.heading.isChecked()  # type: ignore[union-attr]
    assert session.undo_stack.count() == steps

    _confirm("Yes")
    qtbot.mouseClick(editor.heading, Qt.MouseButton.LeftButton)
    assert not session.code(code.id).codable and editor.heading.isChecked()  # type: ignore[union-attr]
    assert window.undo_action.text() == "&Undo Heading only “Health / Medical consultation service”"
    window.undo_action.trigger()
    assert session.code(code.id).codable  # type: ignore[union-attr]


def test_rename_and_colour_are_named_in_undo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    editor = _editor(window)
    code_id = codebook.resolve_code(session.project, SOURCE)
    editor.select(code_id)
    _pick("Consultation")
    qtbot.mouseClick(editor.buttons["Rename…"], Qt.MouseButton.LeftButton)
    assert window.undo_action.text() == (
        "&Undo Rename “Medical consultation service” to “Consultation”"
    )

    def purple(box: QWidget) -> None:
        assert isinstance(box, QColorDialog)
        box.setCurrentColor(QColor("#7b1fa2"))
        modal.ok(box)

    modal.answer(QColorDialog, purple)
    qtbot.mouseClick(editor.buttons["Colour…"], Qt.MouseButton.LeftButton)
    assert session.code(code_id).colour == "#7b1fa2"  # type: ignore[union-attr]
    assert window.undo_action.text() == "&Undo Change colour of “Consultation”"  # was "Colour of"


def test_a_codebook_imported_again_says_its_codes_are_unchanged(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    session = window.session
    assert session is not None
    editor = _editor(window)
    book = tmp_path / "book.qdc"
    count = export_codebook(session.project, book)
    modal.choose(book)
    qtbot.mouseClick(editor.buttons["Import…"], Qt.MouseButton.LeftButton)
    status = editor.status.text()
    assert f"0 updated, {count} unchanged" in status, status
    assert len(session.codes()) == count
