"""The window with a project the store will not write: read-only (banner, no writing
actions) and damaged (a dialog offering Recover…, which opens the rescued copy)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from frameworkqda.core.store import create_project
from frameworkqda.gui.app import build_window
from frameworkqda.gui.import_dialog import ImportDialog
from frameworkqda.gui.store_dialogs import READ_ONLY_TEXT
from tests.core.test_damaged_project import damaged  # noqa: F401  (fixture)
from tests.gui import modal
from tests.gui.drops import drag, files


def test_a_read_only_project_opens_with_a_banner_and_no_writing(qtbot, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "study.fqda"
    create_project(path, framework="mipex").close()
    path.chmod(0o444)
    try:
        window = build_window(str(path), settings=settings)
        qtbot.addWidget(window)
        window.show()
        assert window.session is not None and window.session.project.read_only
        banner = window.findChild(QLabel, "readOnlyBanner")
        assert banner is not None and banner.isVisible()
        # why, in the banner: the status line cut it off under the project's counts
        assert banner.text() == (
            f"{READ_ONLY_TEXT} — {path}: the file is read-only; copy it or change permissions"
        )
        assert banner.wordWrap() and window.statusBar().currentMessage() == ""
        assert not window.import_action.isEnabled()
        assert all(not action.isEnabled() for action in window.menus.write_actions)
        assert window.export_refi_action.isEnabled()  # reading goes on: export, views
        # An editor that writes: a definition takes no typing (it would be lost unsaved).
        editor = window.show_view("codebook")
        first = window.session.codes()[0]
        editor.select(first.id)  # type: ignore[union-attr]
        qtbot.keyClicks(editor.definition, "foreign residents")  # type: ignore[union-attr]
        assert editor.definition.toPlainText() == first.definition  # type: ignore[union-attr]
        assert editor.save_typing() is None  # type: ignore[union-attr]
        window.close()
    finally:
        path.chmod(0o644)


def test_a_read_only_project_refuses_files_dropped_on_its_documents(  # type: ignore[no-untyped-def]
    qtbot, settings, tmp_path
) -> None:
    """A drop on "Documents by case" is refused like one on the window (Import is disabled):
    no import dialog opens; the heading does not invite an import either."""
    path = tmp_path / "study.fqda"
    create_project(path, framework="mipex").close()
    fresh = tmp_path / "fresh.txt"
    fresh.write_text("多文化共生の推進について。", encoding="utf-8")
    path.chmod(0o444)
    try:
        window = build_window(str(path), settings=settings)
        qtbot.addWidget(window)
        window.show()
        assert window.session is not None and window.session.project.read_only
        assert window.document_area.title.text() == "Choose a document on the left."
        made = drag(window.document_tree.viewport(), files(fresh))
        assert not made.enter.isAccepted() and not made.move.isAccepted()
        assert not made.drop.isAccepted()  # delivered all the same
        qtbot.wait(100)
        assert getattr(window, "last_import", None) is None
        assert not any(isinstance(w, ImportDialog) for w in QApplication.topLevelWidgets())
        window.close()
    finally:
        path.chmod(0o644)


def _press_when_shown(qtbot, label: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Press a button of the next modal dialog, as a person would; returns its text."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, press)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        button = next(b for b in box.findChildren(QPushButton) if b.text() == label)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)
    return seen


def test_a_damaged_project_offers_recovery_and_opens_the_rescued_copy(  # type: ignore[no-untyped-def]
    qtbot,
    settings,
    damaged: Path,  # noqa: F811
) -> None:
    seen = _press_when_shown(qtbot, "Recover…")
    window = build_window(str(damaged), settings=settings)
    qtbot.addWidget(window)
    assert seen and "This project file is damaged" in seen[0]
    assert "frameworkqda recover" in seen[0]
    rescued = damaged.with_name("study-recovered.fqda")
    assert window.session is not None
    assert window.session.project.location.path == rescued
    assert not window.session.project.read_only
    assert "recovered" in window.statusBar().currentMessage()
    window.close()


def test_a_damaged_project_can_be_read_as_it_is(qtbot, settings, damaged: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    before = damaged.read_bytes()
    _press_when_shown(qtbot, "Open read-only")
    window = build_window(str(damaged), settings=settings)
    qtbot.addWidget(window)
    assert window.session is not None and window.session.project.read_only
    banner = window.findChild(QLabel, "readOnlyBanner")
    assert banner is not None
    assert banner.text() == f"{READ_ONLY_TEXT} — the project file is damaged"
    window.close()
    assert damaged.read_bytes() == before


def test_a_project_on_a_full_disk_opens_read_only_saying_why(qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    """The window refused a project on a full disk ("the disk is full; free some space first",
    then no project), leaving SQLite's files beside it, where a read-only project opens with
    its banner: it can be read, and exported to another disk."""
    from tests.e2e.test_cli_store import _fill, _small_disk

    with _small_disk("2m") as disk:
        path = disk / "city.fqda"
        create_project(path, framework="mipex").close()
        _fill(disk)
        boxes = modal.read_next_box()  # a refusal said in a box (before)
        window = build_window(str(path), settings=settings)
        qtbot.addWidget(window)
        window.show()
        assert boxes == []
        assert window.session is not None and window.session.project.read_only
        banner = window.findChild(QLabel, "readOnlyBanner")
        assert banner is not None and banner.isVisible()
        assert f"{path}: the disk is full; free some space first" in banner.text()
        assert window.export_refi_action.isEnabled()
        window.close()
