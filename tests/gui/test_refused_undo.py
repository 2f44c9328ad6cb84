"""An undo or redo refused because another coder changed the project since (Taro, in another
program on the same file) no longer blocks the history: Hanako is told why and may take just
that step off it, then undo the steps before it (redo the steps after it); the redo side stays
coherent (gui/main_window.py ``_offer_to_drop``, ProjectSession.drop_undo / drop_redo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from frameworkqda.core import cases, commands
from frameworkqda.core.store import Project, open_project
from frameworkqda.gui.main_window import MainWindow
from tests import writes
from tests.gui import modal

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _project(window: MainWindow) -> Project:
    assert window.session is not None
    return window.session.project


def _names(project: Project) -> list[str]:
    return sorted(case.name for case in cases.list_cases(project))


def _as_taro(window: MainWindow) -> Project:
    taro = open_project(str(_project(window).location))
    taro.coder_name = "Taro"
    return taro


def _answer(button: str, asked: list[str]) -> None:
    """In the refused step's box: note what it says, then click ``button``."""

    def act(box: QWidget) -> None:
        if box.objectName() != "stepRefused":  # any other box: said, and closed
            asked.extend(["unexpected", box.objectName(), box.text()])  # type: ignore[attr-defined]
            box.reject()  # type: ignore[attr-defined]
            return
        assert isinstance(box, QMessageBox)
        asked.extend([box.windowTitle(), box.text(), box.informativeText()])
        next(b for b in box.buttons() if b.text() == button).click()

    modal.answer(QMessageBox, act)


def _key(qtbot, window: MainWindow, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z (or Ctrl+Shift+Z) in the window, active again after a box closed."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.document_tree, Qt.Key.Key_Z, modifiers)


def _undo_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _key(qtbot, window, CTRL)


def _redo_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _key(qtbot, window, CTRL | SHIFT)


def _hanako_adds_sapporo_then_deletes_a_case_taro_adds_again(window: MainWindow) -> str:
    session = window.session
    assert session is not None
    project = _project(window)
    session.add_case("Sapporo")
    gone = cases.list_cases(project)[0]
    session.run(commands.DeleteCase(gone.id))
    with _as_taro(window) as taro:
        writes.add_case(taro, gone.name)  # Taro types the city in again, as a new case
    return gone.name


def test_a_refused_undo_can_be_taken_off_the_history_to_undo_the_steps_before_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """It stayed on top of the stack for good: every older step was blocked behind it."""
    window.document_tree.setFocus()
    name = _hanako_adds_sapporo_then_deletes_a_case_taro_adds_again(window)
    project = _project(window)
    before = _names(project)
    asked: list[str] = []
    _answer("Remove from history", asked)
    _undo_key(qtbot, window)  # Ctrl+Z: Edit → Undo Delete case
    reason = (
        f"another coder has since added a case named “{name}”; rename or delete it, then undo again"
    )
    assert asked == [
        "Undo",
        f"“Delete case” cannot be undone: {reason}.",
        "The project has changed since this step. Remove it from the undo history to undo the "
        "steps before it; what it did stays in the project. Or keep it, to undo it once that "
        "change is put right.",
    ]
    assert _names(project) == before  # nothing undone: Taro's case stays, Hanako's is gone
    assert window.statusBar().currentMessage() == (
        "Removed from the undo history: Delete case (what it did stays in the project)"
    )
    assert window.undo_action.text() == "&Undo Add case “Sapporo”"
    assert not window.redo_action.isEnabled()  # the step taken off is not offered to redo

    _undo_key(qtbot, window)  # the step before it undoes now
    assert "Sapporo" not in _names(project)
    assert window.statusBar().currentMessage() == "Undone: Add case “Sapporo”"
    assert window.redo_action.text() == "&Redo Add case “Sapporo”"
    _redo_key(qtbot, window)  # and redoes: the removed step is nowhere in between
    assert _names(project) == before
    assert not window.redo_action.isEnabled()
    assert window.undo_action.text() == "&Undo Add case “Sapporo”"


def test_keeping_a_refused_undo_leaves_it_to_undo_once_the_cause_is_gone(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    window.document_tree.setFocus()
    name = _hanako_adds_sapporo_then_deletes_a_case_taro_adds_again(window)
    project = _project(window)
    asked: list[str] = []
    _answer("Keep", asked)
    window.undo_action.trigger()
    assert asked and asked[1].startswith("“Delete case” cannot be undone: ")
    assert window.statusBar().currentMessage().startswith("Not undone: Delete case: ")
    assert window.undo_action.text() == "&Undo Delete case"
    with _as_taro(window) as taro:  # Taro renames his case: Hanako's can come back
        taro_case = next(c for c in cases.list_cases(taro) if c.name == name)
        writes.rename_case(taro, taro_case.id, f"{name} (Taro)")
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undone: Delete case"
    assert name in _names(project) and f"{name} (Taro)" in _names(project)


def test_a_refused_redo_can_be_taken_off_the_history_to_redo_the_steps_after_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    window.document_tree.setFocus()
    session = window.session
    assert session is not None
    project = _project(window)
    session.add_case("Sapporo")
    session.add_case("Sendai")
    _undo_key(qtbot, window)
    _undo_key(qtbot, window)
    before = _names(project)
    with _as_taro(window) as taro:
        writes.add_case(taro, "Sapporo")
    asked: list[str] = []
    _answer("Remove from history", asked)
    _redo_key(qtbot, window)  # Ctrl+Shift+Z: Redo Add case “Sapporo”
    assert asked[0] == "Redo"
    assert asked[1].startswith("Add case “Sapporo” cannot be redone: ")  # not quoted twice
    assert asked[2].startswith("The project has changed since you undid this step.")
    assert _names(project) == sorted([*before, "Sapporo"])  # Taro's only
    assert window.statusBar().currentMessage() == (
        "Removed from the redo history: Add case “Sapporo”"
    )
    assert window.redo_action.text() == "&Redo Add case “Sendai”"
    assert not window.undo_action.isEnabled()
    _redo_key(qtbot, window)
    assert "Sendai" in _names(project)
    assert window.undo_action.text() == "&Undo Add case “Sendai”"
    _undo_key(qtbot, window)
    assert _names(project) == sorted([*before, "Sapporo"])
    assert not window.undo_action.isEnabled()  # Hanako's Sapporo was taken off: not undone


def test_a_refused_undo_of_an_attribute_deletion_can_be_taken_off_too(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """The project's own check (a ValidationError, not the database's refusal) is offered the
    same: Taro made an attribute of the name Hanako's deletion would bring back."""
    window.document_tree.setFocus()
    session = window.session
    assert session is not None
    project = _project(window)
    osaka = next(c for c in cases.list_cases(project) if c.name == "Osaka")
    writes.set_attribute(project, osaka.id, "Population", 2752412)
    with project.session() as s:
        population = cases.attribute_named(s, "Population").id
    session.add_case("Sapporo")
    session.run(commands.DeleteAttribute(population, "Population"))
    with _as_taro(window) as taro:
        writes.set_attribute(taro, osaka.id, "Population", "about 2.7 million")
    asked: list[str] = []
    _answer("Remove from history", asked)
    _undo_key(qtbot, window)
    assert "an attribute named “Population” was made since" in asked[1]
    assert window.undo_action.text() == "&Undo Add case “Sapporo”"
    _undo_key(qtbot, window)
    assert "Sapporo" not in _names(project)
    sheet = cases.case_sheet(project)
    assert [a.name for a in sheet.attributes if a.name == "Population"] == ["Population"]
    assert list(sheet.values.values()) == ["about 2.7 million"]  # Taro's, and only his


def test_steps_undone_after_a_removed_step_stay_to_redo(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """Hanako adds Sapporo, deletes a case, renames Sapporo, and undoes the rename; Taro adds
    the deleted case again. Removing the refused deletion keeps the rename to redo (it was
    made on a project without the case, which it still is), and Sapporo's step to undo."""
    window.document_tree.setFocus()
    session = window.session
    assert session is not None
    project = _project(window)
    session.add_case("Sapporo")
    gone = cases.list_cases(project)[0]
    session.run(commands.DeleteCase(gone.id))
    sapporo = next(c for c in cases.list_cases(project) if c.name == "Sapporo")
    session.run(commands.RenameCase(sapporo.id, "Sapporo-shi"))
    _undo_key(qtbot, window)
    with _as_taro(window) as taro:
        writes.add_case(taro, gone.name)
    asked: list[str] = []
    _answer("Remove from history", asked)
    _undo_key(qtbot, window)
    assert asked[1].startswith("“Delete case” cannot be undone: ")
    assert window.undo_action.text() == "&Undo Add case “Sapporo”"
    assert window.redo_action.text() == "&Redo Rename case to “Sapporo-shi”"
    _redo_key(qtbot, window)
    assert "Sapporo-shi" in _names(project)
    _undo_key(qtbot, window)
    _undo_key(qtbot, window)
    assert not {"Sapporo", "Sapporo-shi"} & set(_names(project))
    assert gone.name in _names(project)  # Taro's, untouched throughout
    assert not window.undo_action.isEnabled()
    _redo_key(qtbot, window)
    _redo_key(qtbot, window)
    assert "Sapporo-shi" in _names(project)
    assert not window.redo_action.isEnabled()


def test_an_undo_refused_because_its_passage_went_with_the_document_says_it_is_gone(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    """Hanako codes a passage; Taro deletes its document. The box read "“Code “Education /
    …”” cannot be undone…" (quoted twice) and "what it did stays in the project", which the
    deleted passage does not; the status bar after Remove from history said so again."""
    from frameworkqda.core import workspace

    window.document_tree.setFocus()
    session = window.session
    assert session is not None
    project = _project(window)
    document = workspace.documents(project)[0]
    code = next(c for c in workspace.codebook(project) if c.parent_id is not None)
    step = f"Code “{session.code_path(code.id)}”"
    session.run(commands.AddSegment(document.id, code.id, 0, 4), text=step)
    with _as_taro(window) as taro:
        writes._apply(taro, commands.DeleteDocuments([document.id]))
    asked: list[str] = []
    _answer("Remove from history", asked)
    _undo_key(qtbot, window)
    assert asked[0] == "Undo", asked
    assert asked[1].startswith(f"{step} cannot be undone: the coded passage "), asked
    assert "““" not in asked[1] and "””" not in asked[1]
    assert "stays in the project" not in asked[2]
    assert "what it did has been deleted since" in asked[2], asked
    assert window.statusBar().currentMessage() == (
        f"Removed from the undo history: {step} (what it did was deleted since)"
    )
