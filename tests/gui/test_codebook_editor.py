"""The codebook editor on the sample project: move, merge, delete with preview, files, templates."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from frameworkqda.core import cases, charting, codebook, coding, commands, workspace
from frameworkqda.core.store import Project
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from tests.gui.counted import says
from tests.gui.drops import drag


@pytest.fixture
def editor(window: MainWindow) -> CodebookEditor:
    widget = window.show_view("codebook")
    assert isinstance(widget, CodebookEditor)
    return widget


def _code(window: MainWindow, path: str) -> workspace.CodeRow:
    assert window.session is not None
    code_id = codebook.resolve_code(window.session.project, path)
    found = window.session.code(code_id)
    assert found is not None
    return found


def _children(window: MainWindow, parent_id: int | None) -> list[str]:
    assert window.session is not None
    return [c.name for c in window.session.codes() if c.parent_id == parent_id]


def _summary(project: Project, case_id: int, code_id: int) -> str:
    with project.session() as session:
        return charting.cell_state_in(session, case_id, code_id).summary or ""


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer confirmation boxes with ``button``; returns what each box said."""
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        return int(button.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_add_rename_colour_definition_and_undo(window: MainWindow, editor: CodebookEditor) -> None:
    session = window.session
    assert session is not None
    editor.add(None, "Housing")
    housing = _code(window, "Housing")
    assert editor.tree.current_code() == housing.id  # the new code is selected
    editor.add(housing.id, "Public housing for foreign residents")
    sub = _code(window, "Housing/Public housing for foreign residents")
    editor.rename("Public housing")
    editor.recolour("#336699")
    editor.definition.setPlainText("Municipal housing open to foreign residents.")
    editor.save_definition()
    code = session.code(sub.id)
    assert code is not None and code.name == "Public housing" and code.colour == "#336699"
    assert code.definition.startswith("Municipal housing")
    assert "Housing / Public housing" in editor.title.text()
    for _ in range(3):
        session.undo_stack.undo()
    assert session.code(sub.id).name == "Public housing for foreign residents"  # type: ignore[union-attr]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert "Housing" not in _children(window, None)
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert _code(window, "Housing/Public housing for foreign residents").id == sub.id


def test_move_up_down_and_reparent_with_undo(window: MainWindow, editor: CodebookEditor) -> None:
    session = window.session
    assert session is not None
    themes = _children(window, None)
    education = _code(window, "Education")
    editor.select(education.id)
    editor.move_by(-1)
    assert session.undo_stack.undoText() == "Move “Education”"  # the step names the code
    moved = _children(window, None)
    index = themes.index("Education")
    assert moved[index - 1] == "Education" and moved[index] == themes[index - 1]
    assert editor.tree.current_code() == education.id  # selection follows the code
    editor.move_by(1)
    assert _children(window, None) == themes

    measure = session.codes()[[c.parent_id for c in session.codes()].index(education.id)]
    segments = measure.segments
    editor.select(measure.id)
    health = _code(window, "Health")
    editor.move_to(health.id)  # last under Health
    assert _children(window, health.id)[-1] == measure.name
    assert measure.name not in _children(window, education.id)
    assert session.code(measure.id).segments == segments  # type: ignore[union-attr]
    editor.move_to(None, 0)  # a theme, first
    assert _children(window, None)[0] == measure.name
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _children(window, health.id)[-1] != measure.name
    assert measure.name in _children(window, education.id)

    # "Move to…" asks where; a code cannot go under itself, so it is not offered
    offered: list[list[str]] = []

    def choose(title: str, label: str, items: list[str]) -> str | None:
        offered.append(items)
        return "Health"

    editor._choose = choose  # type: ignore[method-assign]
    editor.select(education.id)
    editor.move_to()
    assert session.undo_stack.undoText() == "Move “Education”"
    assert offered[0][0].startswith("(top level")
    assert not any(item.startswith("Education") for item in offered[0])
    assert "Education" in _children(window, health.id)


def test_merge_moves_segments_and_cells_and_undo(  # type: ignore[no-untyped-def]
    window: MainWindow, editor: CodebookEditor, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    session = window.session
    assert session is not None
    project = session.project
    coded = [c for c in session.codes() if c.parent_id is not None and c.segments]
    source = coded[0]
    target = next(
        c
        for c in session.codes()
        if c.parent_id is not None and c.id != source.id and c.segments == 0
    )
    case_id = cases.list_cases(project)[0].id
    commands.SetCell(case_id, source.id, summary="Evidence summary").apply(project)
    seen = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    editor.select(source.id)
    editor.merge_into(target.id)
    qtbot.waitUntil(lambda: not editor.merge_running())  # a job, off the GUI thread
    assert "into" in seen[0] and says(seen[0], source.segments, "coded segment")
    assert session.code(source.id) is None
    assert session.code(target.id).segments == source.segments  # type: ignore[union-attr]
    assert editor.tree.current_code() == target.id
    assert _summary(project, case_id, target.id) == "Evidence summary"  # the cell followed
    session.undo_stack.undo()
    assert session.code(source.id).segments == source.segments  # type: ignore[union-attr]
    assert session.code(target.id).segments == 0  # type: ignore[union-attr]
    assert _summary(project, case_id, source.id) == "Evidence summary"
    assert _summary(project, case_id, target.id) == ""


def test_delete_shows_preview_and_cancel_keeps_everything(
    window: MainWindow, editor: CodebookEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    assert session is not None
    theme = next(c for c in session.codes() if c.parent_id is None and c.children)
    under = [c for c in session.codes() if c.theme_id == theme.id]
    segments = sum(c.segments for c in under)
    assert segments > 0
    editor.select(theme.id)

    seen = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    editor.delete()
    assert session.code(theme.id) is not None
    assert says(seen[0], len(under), "code") and says(seen[0], segments, "coded segment")

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    editor.delete()
    assert session.code(theme.id) is None
    assert all(session.code(c.id) is None for c in under)
    assert "Deleted" in editor.status.text()
    document_ids = [d.id for d in workspace.documents(session.project)]
    remaining = sum(len(coding.segments_of_document(session.project, d)) for d in document_ids)
    assert window.undo_action.text() == f"&Undo Delete “{theme.name}”"  # it named no code
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == f"Undone: Delete “{theme.name}”"
    assert session.code(theme.id) is not None
    assert sum(c.segments for c in session.codes() if c.theme_id == theme.id) == segments
    restored = sum(len(coding.segments_of_document(session.project, d)) for d in document_ids)
    assert restored == remaining + segments
    session.undo_stack.redo()
    assert session.code(theme.id) is None


def test_export_import_csv_xlsx_and_templates(
    window: MainWindow, editor: CodebookEditor, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    count = len(session.codes())
    editor.export_file(tmp_path / "codebook.csv")
    with (tmp_path / "codebook.csv").open(encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["path", "description", "colour", "heading only"] and len(table) == count + 1
    editor.export_file(tmp_path / "codebook.xlsx")
    assert "Exported" in editor.status.text() and says(editor.status.text(), count, "code")

    source = tmp_path / "extra.csv"
    source.write_text(
        "path,definition,colour\n住宅/公営住宅,外国人市民の入居,#123456\nEducation,Schools,\n",
        encoding="utf-8",
    )
    editor.import_file(source)
    assert says(editor.status.text(), 2, "code") and "added, 1 updated" in editor.status.text()
    housing = _code(window, "住宅/公営住宅")
    assert housing.colour == "#123456"
    assert _code(window, "Education").definition == "Schools"
    session.undo_stack.undo()
    assert "住宅" not in _children(window, None)
    assert _code(window, "Education").definition != "Schools"
    session.undo_stack.redo()
    assert _code(window, "住宅/公営住宅").id == housing.id  # redo keeps the ids

    warnings: list[str] = []
    editor._warn = lambda title, text: warnings.append(text)  # type: ignore[method-assign]
    bad = tmp_path / "bad.csv"
    bad.write_text("path,colour\nA,red\n", encoding="utf-8")
    depth = session.undo_stack.count()
    editor.import_file(bad)
    assert warnings and "row 2" in warnings[0]
    assert session.undo_stack.count() == depth  # a refused import leaves no undo step

    editor.apply_template("icc")
    added = len(session.codes())
    assert "Welcoming" in _children(window, None)
    assert _children(window, None).count("Education") == 1  # an existing theme is reused
    session.undo_stack.undo()
    assert "Welcoming" not in _children(window, None)
    session.undo_stack.redo()
    assert len(session.codes()) == added
    editor.apply_template("icc")  # everything is there already: nothing added
    assert len(session.codes()) == added


def _drag_code(tree, source, target, where: str):  # type: ignore[no-untyped-def]
    """Press on ``source`` and drag it above, below or onto ``target``, as a mouse does."""
    from PySide6.QtCore import QPoint, QPointF, Qt

    from frameworkqda.gui.panels import ID_ROLE

    tree.setCurrentIndex(source.index())
    rect = tree.visualRect(target.index())
    y = {"above": rect.top() + 1, "below": rect.bottom() - 1, "onto": rect.center().y()}[where]
    point = QPointF(QPoint(rect.left() + 30, y))
    data = tree.model().mimeData([source.index()])
    data.setData("application/x-frameworkqda-code", str(source.data(ID_ROLE)).encode())
    return drag(tree.viewport(), data, point, Qt.DropAction.MoveAction).move.isAccepted()


def test_an_import_naming_a_code_in_other_letter_case_says_which_code_it_took(
    window: MainWindow, editor: CodebookEditor, tmp_path: Path
) -> None:
    """A code's name is one whatever its case: "education" updates Education, and the status
    says so (it was updated without a word, and a second code was never made either)."""
    themes = _children(window, None)
    source = tmp_path / "lower.csv"
    source.write_text("path,definition\neducation,Schools\n", encoding="utf-8")
    editor.import_file(source)
    assert "row 2: “education” taken as the code “Education” (letter case aside)" in (
        editor.status.text()
    )
    assert _children(window, None) == themes
    assert _code(window, "Education").definition == "Schools"


def test_codes_are_reorganised_by_dragging_them(window: MainWindow) -> None:
    """NVivo and MAXQDA move codes by drag and drop; here only Move to… and the arrows did."""
    session = window.session
    assert session is not None
    tree = window.codebook_tree
    theme = next(c for c in session.codes() if c.parent_id is None and len(c.children) >= 3)
    first, second, third = theme.children[:3]
    item = tree.item_for

    assert _drag_code(tree, item(third), item(first), "above")
    assert session.code(theme.id).children[:3] == [third, first, second]  # type: ignore[union-attr]
    assert window.undo_action.text().startswith("&Undo Move “")

    other = next(c for c in session.codes() if c.parent_id is None and c.id != theme.id)
    assert _drag_code(tree, item(second), item(other.id), "onto")
    assert session.code(second).parent_id == other.id  # type: ignore[union-attr]
    assert session.code(other.id).children[-1] == second  # type: ignore[union-attr]

    assert not _drag_code(tree, item(theme.id), item(first), "onto")  # not under itself
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert session.code(theme.id).children[:3] == [first, second, third]  # type: ignore[union-attr]


def test_a_code_dragged_from_the_other_tree_is_the_one_moved(window: MainWindow) -> None:
    """Stage 2 shows two codebook trees: a code dragged from the side tree onto the editor's
    moved the editor's current code instead."""
    session = window.session
    assert session is not None
    window.show_stage(2)
    editor = window.views["codebook"]
    assert isinstance(editor, CodebookEditor)
    side, tree = window.codebook_tree, editor.tree
    theme = next(c for c in session.codes() if c.parent_id is None and len(c.children) >= 3)
    other = next(c for c in session.codes() if c.parent_id is None and c.id != theme.id)
    dragged, current = theme.children[1], theme.children[0]  # a name only its theme has
    tree.setCurrentIndex(tree.item_for(current).index())  # type: ignore[union-attr]
    side.setCurrentIndex(side.item_for(dragged).index())  # type: ignore[union-attr]
    data = side.model().mimeData([side.item_for(dragged).index()])  # type: ignore[union-attr]
    data.setData("application/x-frameworkqda-code", str(dragged).encode())
    _drop_on(tree, tree.item_for(other.id), data)
    assert session.code(dragged).parent_id == other.id  # type: ignore[union-attr]
    assert session.code(current).parent_id == theme.id  # type: ignore[union-attr]


def _drop_on(tree, target, data) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF, Qt

    rect = tree.visualRect(target.index())
    point = QPointF(rect.left() + 30, rect.center().y())
    drag(tree.viewport(), data, point, Qt.DropAction.MoveAction)


def test_a_definition_typed_just_before_delete_comes_back_with_the_code(
    window: MainWindow, editor: CodebookEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    assert session is not None
    code = next(c for c in session.codes() if c.parent_id is not None)
    editor.select(code.id)
    editor.definition.setPlainText("Typed just before deleting.")
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    editor.delete()
    assert session.code(code.id) is None
    session.undo_stack.undo()
    assert session.code(code.id).definition == "Typed just before deleting."  # type: ignore[union-attr]
