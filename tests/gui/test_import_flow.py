"""File → Import documents as a researcher meets it: the menu entry and Ctrl+I, the case the
files go to (chosen in the dialog, or the case they are dropped on), and closing the dialog or
the window while files are read. Only the file chooser is answered by the test; the questions
the app asks are real message boxes, answered by clicking their buttons."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from frameworkqda.core import cases, workspace
from frameworkqda.core.importers import ImportStatus
from frameworkqda.gui import import_dialog, jobs
from frameworkqda.gui.import_dialog import ImportDialog
from frameworkqda.gui.main_window import MainWindow
from tests.gui import menu_bar, modal
from tests.gui.drops import dropped
from tests.small_files import files_cannot_grow


@pytest.fixture
def study(qtbot, new_window: MainWindow):  # type: ignore[no-untyped-def]
    """A new project with two cases; Kawasaki selected in the tree."""
    window = new_window
    assert window.session is not None
    window.session.add_case("Hamamatsu")
    window.session.add_case("Kawasaki")
    tree = window.document_tree
    item = next(
        tree.case_item(c.id)
        for c in cases.list_cases(window.session.project)
        if c.name == "Kawasaki"
    )
    assert item is not None
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(item.index()).center()
    )
    assert tree.current_case() is not None
    yield window
    jobs.finish_all(cancel=True)


def _texts(tmp_path: Path, *names: str) -> list[Path]:
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text(f"{name}: 多文化共生の推進について。", encoding="utf-8")
        paths.append(path)
    return paths


def _choose(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    """In the file dialog Ctrl+I opens: these files, typed and opened as a person does."""
    modal.choose(*paths)


def _names(window: MainWindow) -> dict[str, str | None]:
    assert window.session is not None
    project = window.session.project
    by_id = {c.id: c.name for c in cases.list_cases(project)}
    return {d.name: by_id.get(d.case_id) for d in workspace.documents(project)}  # type: ignore[arg-type]


def _import(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=20000)
    qtbot.waitUntil(lambda: dialog.ok_button.height() > 0)  # laid out, as a person sees it


def test_menu_entry_and_ctrl_i_open_the_import_with_the_selected_case(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    first, second = _texts(tmp_path, "plan.txt", "report.txt")
    _choose(monkeypatch, [first])
    menu_bar.choose(qtbot, study, "File", "Import documents…")
    dialog = study.last_import
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert dialog.case_box.currentText() == "Kawasaki"  # the case selected in the tree
    items = [dialog.case_box.itemText(i) for i in range(dialog.case_box.count())]
    assert items == ["Hamamatsu", "Kawasaki", "Unassigned (no case)", "New case…"]
    _import(qtbot, dialog)
    assert dialog.label.text().startswith("Imported 1 of 1 file")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    _choose(monkeypatch, [second])
    menu_bar.press(qtbot, study, "Ctrl+I")
    again = study.last_import
    assert again is not dialog and again.isVisible()
    _import(qtbot, again)
    assert _names(study) == {"plan.txt": "Kawasaki", "report.txt": "Kawasaki"}


def test_ctrl_i_proposes_no_case_when_none_was_chosen(
    qtbot, new_window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A project with several cases, the keyboard in the document list and nothing chosen
    there: Ctrl+I and File → Import propose "Unassigned (no case)". The list's current row,
    set on its first case when it took the keyboard, was proposed: a case nobody chose."""
    window = new_window
    assert window.session is not None
    for name in ("Hamamatsu", "Kawasaki", "Osaka"):
        window.session.add_case(name)
    window.open_project(str(window.session.location))  # opened again, as a researcher does
    tree = window.document_tree
    assert menu_bar.focused(qtbot, window) is tree  # where the keyboard is once a project opens
    assert tree.currentIndex().data() == "Hamamatsu"  # Qt's current row, nothing chosen
    (plan,) = _texts(tmp_path, "plan.txt")
    _choose(monkeypatch, [plan])
    menu_bar.press(qtbot, window, "Ctrl+I")
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert dialog.case_box.currentText() == "Unassigned (no case)"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert menu_bar.focused(qtbot, window) is tree
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # onto Kawasaki with the arrow keys: chosen
    _choose(monkeypatch, [plan])
    menu_bar.choose(qtbot, window, "File", "Import documents…")
    dialog = window.last_import
    assert dialog.case_box.currentText() == "Kawasaki"
    _import(qtbot, dialog)
    assert _names(window) == {"plan.txt": "Kawasaki"}


def test_choosing_unassigned_or_a_new_case_in_the_dialog(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    loose, council = _texts(tmp_path, "loose.txt", "council.txt")
    _choose(monkeypatch, [loose])
    menu_bar.choose(qtbot, study, "File", "Import documents…")
    dialog = study.last_import
    box = dialog.case_box
    box.showPopup()
    view = box.view()
    row = box.findData(None)  # "Unassigned (no case)"
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(row, 0)).center(),
    )
    assert box.currentText() == "Unassigned (no case)" and dialog.case() is None
    _import(qtbot, dialog)

    _choose(monkeypatch, [council])
    menu_bar.choose(qtbot, study, "File", "Import documents…")
    dialog = study.last_import

    def name_it(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        box.setTextValue("Osaka")
        modal.ok(box)

    modal.answer(QInputDialog, name_it)
    dialog.case_box.setFocus()
    qtbot.keyClick(dialog.case_box, Qt.Key.Key_End)  # the last entry: "New case…"
    qtbot.keyClick(dialog.case_box, Qt.Key.Key_Return)  # asks only now
    assert dialog.case_box.currentText() == "Osaka"
    _import(qtbot, dialog)
    assert _names(study) == {"loose.txt": None, "council.txt": "Osaka"}


def test_files_dropped_on_a_case_go_to_that_case(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    (plan,) = _texts(tmp_path, "hamamatsu-plan.txt")
    assert study.session is not None
    hamamatsu = next(c for c in cases.list_cases(study.session.project) if c.name == "Hamamatsu")
    tree = study.document_tree
    item = tree.case_item(hamamatsu.id)
    assert item is not None
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(plan))])
    drop = dropped(tree.viewport(), data, tree.visualRect(item.index()).center())
    assert drop.isAccepted()
    dialog = study.last_import
    assert dialog.case_box.currentText() == "Hamamatsu"  # not Kawasaki, the selected one
    _import(qtbot, dialog)
    assert _names(study) == {"hamamatsu-plan.txt": "Hamamatsu"}


def test_other_programs_files_dropped_or_chosen_are_refused_saying_what_to_do(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A .qdpx or .csv dropped on a case (or chosen under "All files" in File → Import
    documents…) came in as a text document when it held text; the dialog's list now says what
    each is and what to do, and a text file under an unknown extension says how it was read.
    A .qdpx dropped with documents is named in a box of its own (a REFI-QDA import of its own,
    tests/gui/test_refi_drops.py); the documents go to the dialog."""
    import zipfile

    qdpx, csv, xyz = tmp_path / "notazip.qdpx", tmp_path / "bad3.csv", tmp_path / "bad2.xyz"
    qdpx.write_text("hello\n")
    csv.write_text("a,b\n")
    xyz.write_text("hello\n")
    real = tmp_path / "study.qdpx"
    with zipfile.ZipFile(real, "w") as archive:
        archive.writestr("project.qde", '<?xml version="1.0"?><Project name="p"/>')
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in (qdpx, csv, xyz)])
    assert study.session is not None
    kawasaki = next(c for c in cases.list_cases(study.session.project) if c.name == "Kawasaki")
    tree = study.document_tree
    item = tree.case_item(kawasaki.id)
    assert item is not None
    said = modal.read_next_box()
    drop = dropped(tree.viewport(), data, tree.visualRect(item.index()).center())
    assert drop.isAccepted()
    assert said and said[0].startswith("Not imported: notazip.qdpx. REFI-QDA files"), said
    refi = (
        "a REFI-QDA project, not a document; open it as a new project with "
        "File → Import REFI-QDA project… (command line: import-qdpx)"
    )
    _import(qtbot, study.last_import)
    lines = [study.last_import.list.item(i).text() for i in range(study.last_import.list.count())]
    assert lines[:3] == [
        "× bad3.csv: a spreadsheet, not a document; save it as PDF or text (.txt) to import it "
        "(codebooks and scores have their own Import…)",
        "✓ bad2.xyz: imported",
        "    .xyz is not a document extension; read by its content as text",
    ], lines
    assert _names(study) == {"bad2.xyz": "Kawasaki"}
    study.last_import.close()
    _choose(monkeypatch, [real])
    menu_bar.choose(qtbot, study, "File", "Import documents…")
    _import(qtbot, study.last_import)
    assert study.last_import.list.item(0).text() == f"× study.qdpx: {refi}"
    assert _names(study) == {"bad2.xyz": "Kawasaki"}


def test_a_drop_on_a_project_that_cannot_be_read_says_why_in_a_box(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """As on a full disk: the project cannot be read when files are dropped on a case. A box
    names the project and the reason (the exception no longer escapes the drop unseen);
    nothing opens, nothing is imported."""
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "1")  # no worker starts under the limit
    (plan,) = _texts(tmp_path, "plan.txt")
    assert study.session is not None
    location = study.session.location
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(plan))])
    hamamatsu = next(c for c in cases.list_cases(study.session.project) if c.name == "Hamamatsu")
    tree = study.document_tree
    item = tree.case_item(hamamatsu.id)
    assert item is not None
    said = modal.read_next_box()
    with files_cannot_grow():
        drop = dropped(tree.viewport(), data, tree.visualRect(item.index()).center())
    assert drop.isAccepted()
    assert said == [f"{location}: the disk failed to read or write (disk I/O error)"]
    assert getattr(study, "last_import", None) is None
    assert not any(isinstance(w, ImportDialog) for w in QApplication.topLevelWidgets())
    assert _names(study) == {}


def _held(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The import service pauses after its first file until ``go`` is set."""
    reached, go = threading.Event(), threading.Event()
    real = import_dialog.import_documents

    def held(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def hold(event: Any) -> None:
            progress(event)
            if event.result is not None and not reached.is_set():
                reached.set()
                go.wait(10)

        return real(*args, progress=hold, **kwargs)

    monkeypatch.setattr(import_dialog, "import_documents", held)
    return reached, go


def _start_held(qtbot, study: MainWindow, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    paths = _texts(tmp_path, "one.txt", "two.txt", "three.txt")
    reached, go = _held(monkeypatch)
    _choose(monkeypatch, paths)
    menu_bar.choose(qtbot, study, "File", "Import documents…")
    dialog = study.last_import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=10000)
    return dialog, go


def test_closing_the_dialog_asks_and_cancel_stops_the_import(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog, go = _start_held(qtbot, study, monkeypatch, tmp_path)
    modal.click("Cancel import")
    dialog.close()  # Alt+F4 or the title bar's close button
    go.set()
    qtbot.waitUntil(dialog.done_event.is_set, timeout=10000)
    statuses = [r.status for r in dialog.results]
    assert statuses == [ImportStatus.IMPORTED, ImportStatus.CANCELLED, ImportStatus.CANCELLED]
    assert dialog.isVisible()  # what happened stays in sight
    assert "2 cancelled" in dialog.label.text()
    assert list(_names(study)) == ["one.txt"]


def test_keep_going_in_the_background_shows_progress_in_the_status_bar(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog, go = _start_held(qtbot, study, monkeypatch, tmp_path)
    modal.click("Keep going in the background")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.running()
    status = study.job_status
    assert status.isVisible() and status.label.text().startswith("Importing")
    _choose(monkeypatch, [])
    menu_bar.press(qtbot, study, "Ctrl+I")  # Ctrl+I again brings the running import back
    assert study.last_import is dialog and dialog.isVisible()
    modal.click("Keep going in the background")
    dialog.close()
    go.set()
    qtbot.waitUntil(dialog.done_event.is_set, timeout=10000)
    assert not status.isVisible() and not dialog.isVisible()
    assert study.statusBar().currentMessage().startswith("Imported 3 of 3 file")
    assert sorted(_names(study)) == ["one.txt", "three.txt", "two.txt"]


def test_quitting_during_an_import_asks_then_cancels_cleanly(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog, go = _start_held(qtbot, study, monkeypatch, tmp_path)
    # nothing modal blocks the window (a window-modal dialog made Qt drop its close button)
    assert QApplication.activeModalWidget() is None and not dialog.isModal()
    modal.click("Don't quit")
    study.close()  # the window's close button works while the dialog is open
    assert study.isVisible() and dialog.running()

    modal.click("Cancel it and quit")
    threading.Timer(0.2, go.set).start()  # the window waits; the job sees the cancel next
    study.close()
    assert not study.isVisible()
    assert jobs.running() == [] and dialog.job is not None and dialog.job.isFinished()
    assert [r.status for r in dialog.results][1:] == [ImportStatus.CANCELLED] * 2


def test_quit_when_done_waits_for_the_import(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog, go = _start_held(qtbot, study, monkeypatch, tmp_path)
    modal.click("Quit when done")
    menu_bar.choose(qtbot, study, "File", "Quit")
    assert study.isVisible()
    assert study.statusBar().currentMessage() == "FrameworkQDA will quit when the work is done."
    go.set()
    qtbot.waitUntil(lambda: not study.isVisible(), timeout=10000)
    assert [r.status for r in dialog.results] == [ImportStatus.IMPORTED] * 3


def test_ctrl_w_closes_the_project_and_shows_the_start_page(qtbot, study: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # Close project has a default argument too (show_start=True) that Qt's `checked` overrode
    menu_bar.press(qtbot, study, "Ctrl+W")
    assert study.session is None
    assert study.start_page.isVisible()
    assert not study.import_action.isEnabled()


def test_closing_the_project_during_an_import_asks(
    qtbot, study: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog, go = _start_held(qtbot, study, monkeypatch, tmp_path)
    modal.click("Don't close the project")
    menu_bar.choose(qtbot, study, "File", "Close project")
    assert study.session is not None and dialog.running()

    modal.click("Cancel it and close the project")
    threading.Timer(0.2, go.set).start()
    menu_bar.press(qtbot, study, "Ctrl+W")
    assert study.session is None and study.start_page.isVisible()
    assert jobs.running() == []
    assert [r.status for r in dialog.results] == [
        ImportStatus.IMPORTED,
        ImportStatus.CANCELLED,
        ImportStatus.CANCELLED,
    ]
