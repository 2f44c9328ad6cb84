"""File → Import/Export REFI-QDA project on the real main window, and .qdc in the codebook editor.

The file dialogs are patched (as elsewhere in tests/gui); everything else is the real thing:
the menu actions, the worker threads, the core's export_qdpx/import_qdpx, the report dialog.
"""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from frameworkqda.core import codebook, workspace
from frameworkqda.core.overview import overview
from frameworkqda.core.scores import list_scores
from frameworkqda.core.store import Project
from frameworkqda.gui import refi_dialogs
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.refi_dialogs import RefiExportDialog, RefiImportDialog
from tests.gui import menu_bar, modal
from tests.gui.counted import says


def _dialogs(
    open_path: Path | None = None, save: Callable[[str], str] | None = None
) -> list[tuple[str, str]]:
    """Answer the next file dialogs as a person does: the file to open (its filters noted),
    then the name to save under (what it proposed noted; ``save`` gives the name, "" cancels).
    Returns (title, filters or proposed path) of each."""
    asked: list[tuple[str, str]] = []

    def answer_save(seen: modal.FileAsked) -> str | None:
        asked.append((seen.title, seen.proposed))
        return (save(seen.proposed) or None) if save else None

    def answer_open(seen: modal.FileAsked) -> Path | None:
        asked.append((seen.title, ";;".join(seen.filters)))
        modal.file_dialog(answer_save)  # the dialog after it: where to save
        return open_path

    modal.file_dialog(answer_open if open_path is not None else answer_save)
    return asked


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a, **k: seen.append(text)
    )
    return seen


def _contents(project: Project) -> tuple[list[str], list[str], int]:
    names = sorted(d.name for d in workspace.documents(project))
    paths = sorted(node.path for node in codebook.codebook(project))
    return names, paths, overview(project).segments


def _export(
    qtbot, window: MainWindow, monkeypatch, target: Path, crlf: bool = False
) -> RefiExportDialog:  # type: ignore[no-untyped-def]
    _dialogs(save=lambda proposed: str(target))
    menu_bar.choose(qtbot, window, "File", "Export REFI-QDA project")
    dialog = window.last_refi_export
    assert isinstance(dialog, RefiExportDialog) and dialog.isVisible()
    dialog.crlf.setChecked(crlf)
    dialog.export_button.click()
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    return dialog


def test_export_then_import_back_through_the_menu(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    before = _contents(window.session.project)
    assert before[0] and before[1] and before[2] > 0  # the sample has documents, codes, segments

    archive = tmp_path / "exchange" / "sample.qdpx"
    archive.parent.mkdir()
    dialog = _export(qtbot, window, monkeypatch, archive)
    assert dialog.error is None and archive.is_file()
    assert dialog.summary is not None and dialog.summary.segments == before[2]
    assert says(dialog.message.text(), before[2], "coded segment")
    assert "LF line endings" in dialog.message.text()
    scores_kept = len(list_scores(window.session.project))  # the sample's MIPEX series
    assert scores_kept and dialog.summary.scores_left_out == scores_kept
    assert (
        f"{scores_kept} external scores were not written: REFI-QDA has no place for them; they "
        "stay in this project." in dialog.message.text()
    )
    # the sample's MIPEX codebook repeats three names: kept, and said, for QualCoder merges them
    assert (
        "codes that share a name: “Consultation service”, “Information in multiple languages”, "
        "“Lobbying the national government”. REFI-QDA allows it, but QualCoder merges codes of "
        "the same name into one, and the codings of the others come in without a code."
        in dialog.message.text().splitlines()
    )
    assert dialog.cancel_button.text() == "Close"
    dialog.cancel_button.click()
    assert not dialog.isVisible()

    # import it back: the proposed project is beside the file with the same stem
    asked = _dialogs(open_path=archive, save=lambda proposed: proposed)
    menu_bar.choose(qtbot, window, "File", "Import REFI-QDA project")
    assert "*.qdpx *.qde" in asked[0][1]
    assert asked[1][1] == str(archive.with_suffix(".fqda"))
    importer = window.last_refi
    assert isinstance(importer, RefiImportDialog)
    qtbot.waitUntil(importer.done_event.is_set, timeout=30000)
    assert importer.error is None, importer.message.text()

    # the window now shows the imported project, with the same contents
    assert window.session is not None
    assert window.session.project.location.path == archive.with_suffix(".fqda")
    assert _contents(window.session.project) == before
    assert window.document_tree.model() is not None
    assert f"{before[2]} segments" in window.status.text()

    report = importer.report_dialog
    assert report is not None and report.isVisible()
    assert report.windowTitle() == "REFI-QDA import: carry-over report"
    text = report.browser.toPlainText()
    assert "Carried over" in text and "Not carried over" in text
    assert f"{before[2]} segments" in text and "1 user" in text and "1 users" not in text
    qtbot.mouseClick(report.findChild(QPushButton, "copyReport"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text  # what the dialog shows
    modal.ok(report)

    # a second import proposes a free name instead of the project just made
    asked = _dialogs(open_path=archive, save=lambda proposed: "")
    menu_bar.choose(qtbot, window, "File", "Import REFI-QDA project")
    assert asked[1][1] == str(archive.with_name("sample (2).fqda"))


def test_crlf_export_for_maxqda(qtbot, window: MainWindow, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "maxqda.qdpx"
    dialog = _export(qtbot, window, monkeypatch, target, crlf=True)
    assert dialog.error is None
    assert "CRLF line endings" in dialog.message.text()
    with zipfile.ZipFile(target) as archive:
        texts = [archive.read(n) for n in archive.namelist() if n.endswith(".txt")]
    assert texts and any(b"\r\n" in t for t in texts)
    assert not any(b"\n" in t.replace(b"\r\n", b"") for t in texts)


def test_an_unsafe_qdpx_shows_the_error_and_creates_nothing(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    opened = window.session.project.location.path
    good = tmp_path / "good.qdpx"
    exported = _export(qtbot, window, monkeypatch, good)
    qtbot.mouseClick(exported.cancel_button, Qt.MouseButton.LeftButton)  # Close, its only way out
    folder = tmp_path / "incoming"
    folder.mkdir()
    evil = folder / "evil.qdpx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(evil, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
        target.writestr("../../escaped.txt", "zip-slip")

    _dialogs(open_path=evil, save=lambda proposed: proposed)
    menu_bar.choose(qtbot, window, "File", "Import REFI-QDA project")
    dialog = window.last_refi
    assert isinstance(dialog, RefiImportDialog)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    assert dialog.error is not None and "evil.qdpx" in dialog.error
    assert "escaped.txt" in dialog.error or ".." in dialog.error
    assert dialog.isVisible() and dialog.message.isVisible()
    assert dialog.message.text() == dialog.error
    assert "No project was created" in dialog.label.text()
    assert dialog.report_dialog is None
    assert sorted(p.name for p in folder.iterdir()) == ["evil.qdpx"]  # no project, no leftovers
    assert not (tmp_path / "escaped.txt").exists()
    assert window.session is not None and window.session.project.location.path == opened
    dialog.cancel_button.click()
    assert not dialog.isVisible()


def test_refuses_to_overwrite_an_existing_file(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "other.qdpx"
    source.write_bytes(b"PK")
    existing = tmp_path / "taken.fqda"
    existing.write_bytes(b"precious")
    _dialogs(open_path=source, save=lambda proposed: str(existing))
    seen = _warnings(monkeypatch)
    menu_bar.choose(qtbot, window, "File", "Import REFI-QDA project")
    assert window.last_refi is None
    assert len(seen) == 1 and str(existing) in seen[0] and "already exists" in seen[0]
    assert existing.read_bytes() == b"precious"


def _gated(
    monkeypatch: pytest.MonkeyPatch, name: str, module: Any = refi_dialogs
) -> tuple[threading.Event, threading.Event]:
    """Hold the real core function at its first progress report until the test says go."""
    reached, go = threading.Event(), threading.Event()
    real = getattr(module, name)

    def gated(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def hold(done: int, total: int, label: str) -> None:
            progress(done, total, label)
            if not reached.is_set():
                reached.set()
                go.wait(10)

        return real(*args, progress=hold, **kwargs)

    monkeypatch.setattr(module, name, gated)
    return reached, go


def test_cancel_an_import_leaves_nothing(qtbot, window: MainWindow, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    opened = window.session.project.location.path
    archive = tmp_path / "out" / "sample.qdpx"
    archive.parent.mkdir()
    exported = _export(qtbot, window, monkeypatch, archive)
    qtbot.mouseClick(exported.cancel_button, Qt.MouseButton.LeftButton)  # Close, its only way out

    reached, go = _gated(monkeypatch, "import_qdpx")
    _dialogs(open_path=archive, save=lambda proposed: proposed)
    menu_bar.choose(qtbot, window, "File", "Import REFI-QDA project")
    dialog = window.last_refi
    assert isinstance(dialog, RefiImportDialog)
    qtbot.waitUntil(reached.is_set, timeout=10000)
    dialog.cancel_button.click()  # the Cancel button while the worker runs
    assert dialog.label.text() == "Cancelling…"
    go.set()
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    assert dialog.cancelled and dialog.error is None
    assert dialog.label.text() == "Import cancelled. No project was created."
    assert sorted(p.name for p in archive.parent.iterdir()) == ["sample.qdpx"]
    assert window.session is not None and window.session.project.location.path == opened
    assert dialog.report_dialog is None


def test_cancel_an_export_writes_no_file(qtbot, window: MainWindow, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reached, go = _gated(monkeypatch, "export_qdpx")
    target = tmp_path / "never.qdpx"
    _dialogs(save=lambda proposed: str(target))
    menu_bar.choose(qtbot, window, "File", "Export REFI-QDA project")
    dialog = window.last_refi_export
    assert isinstance(dialog, RefiExportDialog)
    dialog.export_button.click()
    qtbot.waitUntil(reached.is_set, timeout=10000)
    dialog.reject()  # Esc while running cancels rather than hiding the dialog
    assert dialog.isVisible()
    go.set()
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    assert dialog.cancelled
    assert dialog.label.text() == "Export cancelled. No file was written."
    assert list(tmp_path.glob("*never*")) == []


def test_quitting_during_an_export_asks_and_cancels_cleanly(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from frameworkqda.gui import jobs

    reached, go = _gated(monkeypatch, "export_qdpx")
    target = tmp_path / "never.qdpx"
    _dialogs(save=lambda proposed: str(target))
    menu_bar.choose(qtbot, window, "File", "Export REFI-QDA project")
    dialog = window.last_refi_export
    dialog.export_button.click()
    qtbot.waitUntil(reached.is_set, timeout=10000)
    assert [job.title for job in jobs.running()] == ["Export REFI-QDA project"]

    def cancel_and_quit() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, cancel_and_quit)
            return
        assert "never.qdpx" in box.text()
        (button,) = [b for b in box.buttons() if b.text() == "Cancel it and quit"]
        button.click()

    QTimer.singleShot(0, cancel_and_quit)
    threading.Timer(0.2, go.set).start()  # the window waits for the job to see the cancel
    menu_bar.choose(qtbot, window, "File", "Quit")
    assert not window.isVisible()
    assert jobs.running() == [] and dialog.cancelled
    assert list(tmp_path.glob("*never*")) == []


def imported_through_menu(
    qtbot, window: MainWindow, source: Path, target: Path
) -> RefiImportDialog:  # type: ignore[no-untyped-def]
    """File → Import REFI-QDA project…, ``source`` chosen and saved as ``target``: the dialog
    once the import is done, without an error."""
    _dialogs(open_path=source, save=lambda proposed: str(target))
    menu_bar.choose(qtbot, window, "File", "Import REFI-QDA project")
    dialog = window.last_refi
    assert isinstance(dialog, RefiImportDialog)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    assert dialog.error is None, dialog.message.text()
    return dialog


def test_hand_authored_qde_reports_what_was_lost(
    qtbot, window: MainWindow, monkeypatch, tmp_path, corpus
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "ornio.fqda"
    source = corpus / "refi" / "ornio_hand_authored_project.qde"
    dialog = imported_through_menu(qtbot, window, source, target)
    assert dialog.report is not None and len(dialog.report.lost) >= 5
    report = dialog.report_dialog
    assert report is not None
    text = report.browser.toPlainText()
    assert f"Not carried over ({len(dialog.report.lost)})" in text
    assert "sets are not supported" in text and "graphs are not supported" in text
    assert window.session is not None and window.session.project.location.path == target


def test_codebook_editor_offers_and_handles_qdc(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert window.session is not None
    editor = window.show_view("codebook")
    assert isinstance(editor, CodebookEditor)
    count = len(window.session.codes())

    asked: list[modal.FileAsked] = []

    def codebook_without_suffix(seen: modal.FileAsked) -> Path:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QFileDialog)
        box.selectNameFilter(next(f for f in seen.filters if f.endswith("(*.qdc)")))
        return tmp_path / "codebook"  # no suffix typed: the chosen filter's

    modal.file_dialog(codebook_without_suffix, asked)
    qtbot.mouseClick(editor.buttons["Export…"], Qt.MouseButton.LeftButton)
    assert any("*.qdc" in f for f in asked[0].filters)
    written = tmp_path / "codebook.qdc"
    assert written.is_file() and b"urn:QDA-XML:codebook:1.0" in written.read_bytes()
    assert says(editor.status.text(), count, "code") and "to codebook.qdc" in editor.status.text()
    assert "codes that share a name: “Consultation service”" in editor.status.text()
    assert "QualCoder merges codes of the same name" in editor.status.text()

    # into an empty project through the editor's import dialog, with a set it cannot keep
    text = written.read_text(encoding="utf-8")
    guid = text.split('guid="', 1)[1].split('"', 1)[0]
    with_set = tmp_path / "with-set.qdc"
    with_set.write_text(
        text.replace(
            "</CodeBook>",
            f'<Sets><Set guid="99999999-9999-4999-8999-999999999999" name="Core">'
            f'<MemberCode targetGUID="{guid}"/></Set></Sets></CodeBook>',
        ),
        encoding="utf-8",
    )
    window.create_project(str(tmp_path / "empty.fqda"), "empty")
    assert window.session is not None and window.session.codes() == []
    editor = window.show_view("codebook")
    assert isinstance(editor, CodebookEditor)
    opened: list[modal.FileAsked] = []
    modal.choose(with_set, asked=opened)
    qtbot.mouseClick(editor.buttons["Import…"], Qt.MouseButton.LeftButton)
    assert any("*.qdc" in f for f in opened[0].filters)
    assert len(window.session.codes()) == count
    assert says(editor.status.text(), count, "code") and "added" in editor.status.text()
    assert "set 'Core': sets are not supported" in editor.status.text()
    window.session.undo_stack.undo()  # one undo step
    assert window.session.codes() == []


def test_free_standing_notes_come_in_as_free_memos_titled_in_the_interfaces_language(
    qtbot, window: MainWindow, qapp: QApplication, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A journal export's free-standing notes come in through File → Import REFI-QDA project as
    free memos, each under its name, one with no name titled in the interface's language
    (メモ 1 in Japanese); the report counts them, and the Memos list shows them."""
    from frameworkqda.core import memos
    from frameworkqda.gui import i18n
    from frameworkqda.gui.memos_view import MemosView

    source = tmp_path / "journals.qde"
    notes = "".join(
        f'<Note guid="4300000{n}-0000-0000-0000-000000000001"{name}>'
        f"<PlainTextContent>Entry {n}</PlainTextContent></Note>"
        for n, name in ((1, ' name="Fieldwork"'), (2, ""), (3, ' name="Ideas"'))
    )
    source.write_text(
        f'<Project xmlns="urn:QDA-XML:project:1.0" name="j"><Notes>{notes}</Notes></Project>',
        encoding="utf-8",
    )
    target = tmp_path / "journals.fqda"
    importing, _menu = menu_bar.item(window, "File", "Import REFI-QDA project")
    assert i18n.install(qapp, "ja") == "ja"
    try:
        _dialogs(open_path=source, save=lambda proposed: str(target))
        assert importing.isEnabled()
        importing.trigger()  # the menu item, found in English before the language changed
        dialog = window.last_refi
        assert isinstance(dialog, RefiImportDialog)
        qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
        assert dialog.error is None, dialog.message.text()
        assert dialog.report_dialog is not None
        assert "3 件のフリーメモ" in dialog.report_dialog.browser.toPlainText()
        assert window.session is not None and window.session.project.location.path == target
        listed = window.show_view("memos")
        assert isinstance(listed, MemosView)
        model = listed.table.model()
        rows = [
            tuple(str(model.index(row, column).data()) for column in (0, 2, 5))
            for row in range(model.rowCount())
        ]
    finally:
        i18n.install(qapp, "en")
    assert rows == [
        ("フリーメモ", "Fieldwork", "Entry 1"),
        ("フリーメモ", "Ideas", "Entry 3"),
        ("フリーメモ", "メモ 1", "Entry 2"),
    ]
    assert memos.memo_text(window.session.project, "project") == ""


def test_the_import_dialog_counts_sources_and_passages_as_they_are_checked(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A 16 MB file sat at "Checking the project…", step 1 of 3, for nearly five minutes:
    the dialog now names the source being checked and counts its selections."""
    archive = tmp_path / "out" / "sample.qdpx"
    archive.parent.mkdir()
    exported = _export(qtbot, window, monkeypatch, archive)
    qtbot.mouseClick(exported.cancel_button, Qt.MouseButton.LeftButton)  # Close, its only way out
    reached, go = threading.Event(), threading.Event()
    real = refi_dialogs.import_qdpx

    def gated(*args: Any, progress: Any, **kwargs: Any) -> Any:
        def hold(done: int, total: int, label: str) -> None:
            progress(done, total, label)
            if label.startswith("checking source 2 ") and not reached.is_set():
                reached.set()
                go.wait(10)

        return real(*args, progress=hold, **kwargs)

    monkeypatch.setattr(refi_dialogs, "import_qdpx", gated)
    _dialogs(open_path=archive, save=lambda proposed: str(tmp_path / "back.fqda"))
    menu_bar.choose(qtbot, window, "File", "Import REFI-QDA project")
    dialog = window.last_refi
    assert isinstance(dialog, RefiImportDialog)
    qtbot.waitUntil(reached.is_set, timeout=10000)
    qtbot.waitUntil(lambda: dialog.label.text().startswith("Checking source 2 of "), timeout=5000)
    text = dialog.label.text()
    assert "selections)…" in text and " of " in text.split("(")[-1], text
    assert dialog.bar.maximum() > 3 and 0 < dialog.bar.value() < dialog.bar.maximum()
    dialog.grab().save(str(tmp_path / "progress.png"))
    go.set()
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    assert dialog.error is None
