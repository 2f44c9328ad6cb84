"""The import dialog on the core's import service: folders, passwords, failures, cancel."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from frameworkqda.core import cases, workers, workspace
from frameworkqda.core.importers import ImportStatus
from frameworkqda.gui.import_dialog import ImportDialog
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.panels import ID_ROLE
from tests import documents
from tests.gui import modal
from tests.gui.drops import drag, files
from tests.gui.importing import imported_lines


def _drop(window: MainWindow, paths: list[Path]) -> None:
    """Files or folders dropped on the window, as a drag from a file manager delivers them
    (sent through Qt: the test called the window's ``dropEvent`` itself)."""
    assert drag(window, files(*paths)).enter.isAccepted()


def _run(qtbot, dialog: ImportDialog) -> list[str]:  # type: ignore[no-untyped-def]
    dialog.show()  # as open_import shows it (the tests that make it themselves did not)
    lines = imported_lines(qtbot, dialog)
    qtbot.waitUntil(dialog.ok_button.isVisible)  # shown once the import is over
    modal.ok(dialog)
    return lines


def test_dropping_a_folder_imports_the_supported_files_inside(
    qtbot, new_window, tmp_path, japanese_pdf, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "2")
    workers.shutdown()
    window = new_window
    folder = tmp_path / "plans"
    (folder / "nested").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    (folder / "a.txt").write_text("多文化共生の推進", encoding="utf-8")
    (folder / "notes.md").write_text("English notes on councils", encoding="utf-8")
    shutil.copy(japanese_pdf, folder / "nested" / japanese_pdf.name)
    (folder / "picture.png").write_bytes(b"\x89PNG")
    (folder / ".hidden" / "secret.txt").write_text("not for import", encoding="utf-8")

    _drop(window, [folder])
    assert workers.pool(start=False) is not None  # PDF readers start as the import begins
    dialog = window.last_import
    assert [p.name for p in dialog.paths] == ["a.txt", japanese_pdf.name, "notes.md"]
    lines = _run(qtbot, dialog)
    assert [r.status for r in dialog.results] == [ImportStatus.IMPORTED] * 3, lines
    assert all(line.startswith("✓") for line in lines)
    assert dialog.label.text().startswith("Imported 3 of 3")
    names = {d.name for d in workspace.documents(window.session.project)}  # type: ignore[union-attr]
    assert names == {"a.txt", japanese_pdf.name, "notes.md"}


def test_case_password_retry_and_a_failed_file(qtbot, new_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = new_window
    session = window.session
    assert session is not None
    protected = documents.encrypted_pdf(
        tmp_path / "protected.pdf",
        "Council of foreign residents",
        user_password="secret",
        owner_password="owner",
    )
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    dialog = ImportDialog(session, [protected, empty], "浜松市", window)
    asked: list[tuple[str, bool]] = []
    answers = iter(["wrong", "secret"])

    def ask(path: Path, wrong: bool) -> str | None:
        asked.append((path.name, wrong))
        return next(answers)

    dialog.ask_password = ask  # type: ignore[method-assign]
    lines = _run(qtbot, dialog)
    assert asked == [("protected.pdf", False), ("protected.pdf", True)]
    assert [r.status for r in dialog.results] == [ImportStatus.IMPORTED, ImportStatus.FAILED]
    # one line a file: the wrong first answer is said by the question asked again
    assert [line for line in lines if "protected.pdf" in line] == [
        next(line for line in lines if line.startswith("✓"))
    ], lines
    assert any(line.startswith("×") and "the file is empty" in line for line in lines), lines
    assert "1 failed" in dialog.label.text()
    (hamamatsu,) = [c for c in cases.list_cases(session.project) if c.name == "浜松市"]
    assert hamamatsu.documents == ("protected.pdf",)


def test_cancel_while_asked_for_a_password_stores_nothing_more(qtbot, new_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = new_window
    session = window.session
    assert session is not None
    protected = documents.encrypted_pdf(
        tmp_path / "protected.pdf", "text", user_password="secret", owner_password="owner"
    )
    later = tmp_path / "later.txt"
    later.write_text("never imported", encoding="utf-8")
    dialog = ImportDialog(session, [protected, later], None, window)

    def ask(path: Path, wrong: bool) -> str | None:
        dialog.cancel()
        return "secret"  # ignored: the import was cancelled meanwhile

    dialog.ask_password = ask  # type: ignore[method-assign]
    _run(qtbot, dialog)
    assert [r.status for r in dialog.results] == [ImportStatus.CANCELLED] * 2, [
        r.message for r in dialog.results
    ]
    assert workspace.documents(session.project) == []


def _click_document(qtbot, window: MainWindow, document_id: int) -> None:  # type: ignore[no-untyped-def]
    tree = window.document_tree
    model = tree.model()
    matches = model.match(
        model.index(0, 0), ID_ROLE, document_id, 1,
        Qt.MatchFlag.MatchRecursive,
    )  # fmt: skip
    (index,) = matches
    tree.scrollTo(index)
    centre = tree.visualRect(index).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_import_notes_stand_above_the_text(qtbot, new_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What the import said about a file stands above its text: nobody quotes or counts a
    text without having seen that some of it was unreadable or read by OCR."""
    window = new_window
    holes = documents.unmapped_glyphs_pdf(tmp_path / "holes.pdf")
    plain = documents.japanese_pdf(tmp_path / "plain.pdf")
    _drop(window, [holes, plain])
    _run(qtbot, window.last_import)
    assert window.session is not None
    ids = {d.name: d.id for d in workspace.documents(window.session.project)}

    _click_document(qtbot, window, ids["holes.pdf"])
    notes = window.document_area.import_notes
    assert window.document_area.document_id == ids["holes.pdf"]
    assert notes.isVisible()
    assert "on page 2," in notes.text() and "no usable character map" in notes.text()

    _click_document(qtbot, window, ids["plain.pdf"])
    assert window.document_area.document_id == ids["plain.pdf"]
    assert not notes.isVisible()


def test_a_file_already_in_another_case_says_which(qtbot, new_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two coders importing one file at once into different cases: the second dialog said
    "already in the project as “hamamatsu_plan.txt” (same content)" under "Into case: 浜松",
    nothing saying it is in Osaka (its line was the dialog's own, without the case)."""
    window = new_window
    session = window.session
    assert session is not None
    plan = tmp_path / "hamamatsu_plan.txt"
    plan.write_text("外国人集住都市会議の計画", encoding="utf-8")
    assert _run(qtbot, ImportDialog(session, [plan], "Osaka", window))[0].startswith("✓")
    lines = _run(qtbot, ImportDialog(session, [plan], "浜松", window))
    assert lines == [
        "= hamamatsu_plan.txt: already in the project as “hamamatsu_plan.txt” (same content), "
        "in case “Osaka”; not moved to “浜松”"
    ], lines
    lines = _run(qtbot, ImportDialog(session, [plan], "Osaka", window))
    assert lines == [
        "= hamamatsu_plan.txt: already in the project as “hamamatsu_plan.txt” (same content)"
    ], lines
