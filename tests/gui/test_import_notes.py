"""What the import said about a file stands above its text: nobody quotes or counts a text
without having seen that some of it was unreadable or read by OCR."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from frameworkqda.core import workspace
from frameworkqda.gui.main_window import MainWindow, register_default_views
from frameworkqda.gui.panels import ID_ROLE
from tests import documents


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


def test_import_notes_stand_above_the_text(qtbot, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    register_default_views()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    window.create_project(str(tmp_path / "p.fqda"), "empty")
    holes = documents.unmapped_glyphs_pdf(tmp_path / "holes.pdf")
    plain = documents.japanese_pdf(tmp_path / "plain.pdf")
    window.import_documents([str(holes), str(plain)])
    dialog = window.last_import
    qtbot.waitUntil(dialog.done_event.is_set, timeout=20000)
    dialog.accept()
    assert window.session is not None
    ids = {d.name: d.id for d in workspace.documents(window.session.project)}

    _click_document(qtbot, window, ids["holes.pdf"])
    notes = window.document_area.import_notes
    assert window.document_area.document_id == ids["holes.pdf"]
    assert notes.isVisible()
    assert "page(s) 2" in notes.text() and "no usable character map" in notes.text()

    _click_document(qtbot, window, ids["plain.pdf"])
    assert window.document_area.document_id == ids["plain.pdf"]
    assert not notes.isVisible()
