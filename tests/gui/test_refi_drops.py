"""REFI-QDA files dropped on the window, as a researcher moving from NVivo or MAXQDA drops
them: a ``.qdpx`` alone starts the REFI-QDA import (it was refused as "another program's
file"), a ``.qdc`` alone the codebook's import; one dropped with documents is named in one box
while the documents are imported; a zip holding a REFI-QDA project says it is one. The drags
are real QDragEnter/QDrop events sent to the window; the boxes and file dialogs are answered by
clicking, and what the project holds afterwards is read from it."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from frameworkqda.core import codebook, codebook_io, workspace
from frameworkqda.core.exchange.refi import export_qdpx
from frameworkqda.core.store import open_project
from frameworkqda.gui import jobs as gui_jobs
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.import_dialog import ImportDialog
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.refi_dialogs import RefiImportDialog
from frameworkqda.gui.sample import build_sample
from tests.gui import modal
from tests.gui.drops import drag, files
from tests.gui.importing import imported_lines


@dataclass
class Exchange:
    """The sample study as NVivo or MAXQDA would hand it over."""

    qdpx: Path
    qdc: Path
    zip: Path  # the .qdpx renamed .zip
    documents: list[str]  # what the study holds
    codes: int


@pytest.fixture(scope="module")
def exchange(tmp_path_factory: pytest.TempPathFactory) -> Exchange:
    """The sample study exported: a .qdpx, a .qdc, and the .qdpx renamed .zip."""
    folder = tmp_path_factory.mktemp("exchange")
    sample = folder / "sample.fqda"
    build_sample(sample)
    project = open_project(sample)
    try:
        export_qdpx(project, folder / "study.qdpx")
        codebook_io.export_codebook(project, folder / "codes.qdc")
        names = sorted(d.name for d in workspace.documents(project))
        count = len(codebook.codebook(project))
    finally:
        project.close()
    zipped = folder / "study-backup.zip"
    zipped.write_bytes((folder / "study.qdpx").read_bytes())
    return Exchange(folder / "study.qdpx", folder / "codes.qdc", zipped, names, count)


def _drop(window: QWidget, *paths: Path) -> QDropEvent:
    """Drag ``paths`` from a file manager onto the window and let go."""
    made = drag(window, files(*paths))
    assert made.enter.isAccepted()
    return made.drop


@pytest.fixture
def start_window(qtbot: Any, settings: Any) -> Iterator[MainWindow]:
    """The window on its start page: no project open, as after a first start."""
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    yield window
    gui_jobs.finish_all(cancel=True)


def test_a_qdpx_dropped_on_the_start_page_opens_as_a_new_project(
    qtbot: Any, start_window: MainWindow, exchange: Exchange, tmp_path: Path
) -> None:
    window = start_window
    target = tmp_path / "from-nvivo.fqda"
    asked: list[modal.FileAsked] = []
    modal.file_dialog(lambda seen: target, asked)  # only "save the imported project as"
    drop = _drop(window, exchange.qdpx)
    assert drop.isAccepted()
    assert [a.saving for a in asked] == [True]
    assert asked[0].proposed == str(exchange.qdpx.with_suffix(".fqda"))
    importer = window.last_refi
    assert isinstance(importer, RefiImportDialog)
    qtbot.waitUntil(importer.done_event.is_set, timeout=60000)
    assert importer.error is None, importer.message.text()
    assert window.session is not None
    assert window.session.project.location.path == target
    names = sorted(d.name for d in workspace.documents(window.session.project))
    assert names == exchange.documents
    assert importer.report_dialog is not None and importer.report_dialog.isVisible()
    modal.ok(importer.report_dialog)


def test_a_qdc_dropped_on_the_window_comes_into_the_codebook(
    qtbot: Any, settings: Any, tmp_path: Path, exchange: Exchange
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.create_project(str(tmp_path / "empty.fqda"), "empty")
    assert window.session is not None and window.session.codes() == []
    drop = _drop(window, exchange.qdc)
    assert drop.isAccepted()
    assert len(window.session.codes()) == exchange.codes
    editor = window.views["codebook"]
    assert isinstance(editor, CodebookEditor) and window.current_view == "codebook"
    assert "Imported codes.qdc" in editor.status.text()


def test_a_qdpx_dropped_with_documents_is_named_and_the_documents_come_in(
    qtbot: Any, new_window: MainWindow, exchange: Exchange, tmp_path: Path
) -> None:
    window = new_window
    plan = tmp_path / "plan.txt"
    plan.write_text("多文化共生の推進について。", encoding="utf-8")
    said = modal.read_next_box()
    drop = _drop(window, plan, exchange.qdpx, exchange.qdc)
    assert drop.isAccepted()
    assert said == [
        "Not imported: study.qdpx, codes.qdc. REFI-QDA files (a project exported from NVivo, "
        "MAXQDA or ATLAS.ti, or a codebook) are imported on their own, not with documents: "
        "drop one by itself on the window, or use File → Import REFI-QDA project… (a "
        "codebook: Import… in the codebook)."
    ]
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog)
    lines = imported_lines(qtbot, dialog)
    assert lines == ["✓ plan.txt: imported"], lines
    assert window.session is not None
    assert [d.name for d in workspace.documents(window.session.project)] == ["plan.txt"]
    assert getattr(window, "last_refi", None) is None
    dialog.close()
    gui_jobs.finish_all(cancel=True)


def test_a_zip_holding_a_refi_project_says_what_it_is(
    qtbot: Any, new_window: MainWindow, exchange: Exchange, tmp_path: Path
) -> None:
    window = new_window
    said = modal.read_next_box()
    _drop(window, exchange.zip)
    assert said == [
        "study-backup.zip: a REFI-QDA project in a zip archive (it holds a .qde), not a "
        "document; open it as a new project with File → Import REFI-QDA project… (command "
        "line: import-qdpx)"
    ]
    assert getattr(window, "last_import", None) is None
    assert window.session is not None
    assert workspace.documents(window.session.project) == []
    # zipped again, under a folder: its directory names the .qde all the same
    again = tmp_path / "sent.zip"
    with zipfile.ZipFile(again, "w") as archive:
        archive.writestr("study/project.qde", '<?xml version="1.0"?><Project name="p"/>')
    said = modal.read_next_box()
    _drop(window, again)
    assert said and said[0].startswith("sent.zip: a REFI-QDA project in a zip archive")


def test_a_zip_holding_a_refi_project_dropped_on_the_start_page_says_what_it_is(
    start_window: MainWindow, exchange: Exchange
) -> None:
    """With no project open the window took no zip: the drag was refused without a word."""
    said = modal.read_next_box()
    drop = _drop(start_window, exchange.zip)
    assert drop.isAccepted()
    assert said and said[0].startswith("study-backup.zip: a REFI-QDA project in a zip archive")
    assert start_window.session is None


def test_a_zip_holding_a_qdpx_says_to_unzip_it(
    new_window: MainWindow, exchange: Exchange, tmp_path: Path
) -> None:
    """The .qdpx zipped to be emailed was "an archive, not a document; unpack it and import
    its folder". The box now says it is a REFI-QDA project in a zip and how to bring it in;
    nothing is imported."""
    window = new_window
    sent = tmp_path / "for-tanaka.zip"
    with zipfile.ZipFile(sent, "w") as archive:
        archive.write(exchange.qdpx, "study.qdpx")
    said = modal.read_next_box()
    _drop(window, sent)
    assert said == [
        "for-tanaka.zip: a REFI-QDA project in a zip archive (it holds study.qdpx), not a "
        "document; unzip it, then open the .qdpx as a new project with File → Import REFI-QDA "
        "project… (command line: import-qdpx)"
    ]
    assert getattr(window, "last_import", None) is None
    assert getattr(window, "last_refi", None) is None
    assert window.session is not None
    assert workspace.documents(window.session.project) == []


def test_a_folder_holding_a_qdpx_names_it_in_the_import(
    qtbot: Any, new_window: MainWindow, exchange: Exchange, tmp_path: Path
) -> None:
    """The zip unzipped and its folder dropped: the .qdpx inside was passed over ("0 files to
    import"). The import lists it with what it is and how to bring it in."""
    window = new_window
    folder = tmp_path / "for-tanaka"
    folder.mkdir()
    (folder / "study.qdpx").write_bytes(exchange.qdpx.read_bytes())
    (folder / "plan.txt").write_text("多文化共生の推進について。", encoding="utf-8")
    _drop(window, folder)
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog)
    lines = imported_lines(qtbot, dialog)
    assert lines == [
        "✓ plan.txt: imported",
        "× study.qdpx: a REFI-QDA project, not a document; open it as a new project with "
        "File → Import REFI-QDA project… (command line: import-qdpx)",
    ]
    assert window.session is not None
    assert [d.name for d in workspace.documents(window.session.project)] == ["plan.txt"]
    dialog.close()
    gui_jobs.finish_all(cancel=True)


def test_a_folder_holding_an_unpacked_qdpx_and_a_zip_names_both_and_no_source_comes_in(
    qtbot: Any, new_window: MainWindow, exchange: Exchange, tmp_path: Path
) -> None:
    """The .qdpx unzipped and its folder dropped: the .qde was refused, but every file of its
    sources/ came in as a document named by a GUID, and a zip of documents beside it was
    passed over without a word. The sources are left out and counted on the .qde's line, and
    the zip is named; only the researcher's own document comes in."""
    window = new_window
    folder = tmp_path / "for-tanaka"
    with zipfile.ZipFile(exchange.qdpx) as archive:
        archive.extractall(folder / "study")
    count = len(list((folder / "study" / "sources").iterdir()))
    assert count > len(exchange.documents)  # each PDF's plain text too
    (folder / "plan.txt").write_text("多文化共生の推進について。", encoding="utf-8")
    with zipfile.ZipFile(folder / "minutes.zip", "w") as archive:
        archive.writestr("2024-04.txt", "議事録。")
    _drop(window, folder)
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog)
    lines = imported_lines(qtbot, dialog)
    assert lines == [
        "× minutes.zip: an archive, not a document; unpack it and import its folder",
        "✓ plan.txt: imported",
        f"× project.qde: a REFI-QDA project, not a document; {count} files in the sources "
        "folder beside it: its sources, left out; open it as a new project with File → Import "
        "REFI-QDA project… (command line: import-qdpx) to bring them in with their coding",
    ]
    assert window.session is not None
    assert [d.name for d in workspace.documents(window.session.project)] == ["plan.txt"]
    dialog.close()
    gui_jobs.finish_all(cancel=True)
