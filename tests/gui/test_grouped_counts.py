"""Counts are digit-grouped wherever the window shows them, in English and in Japanese: the
names the core gives its undo steps ("Delete 1,000 documents" in Edit → Undo, Edit → Redo and
the status bar; 文書 1,000 件を削除) as the GUI's own strings (the status bar's "1,005
documents", the box asking before a deletion), never 1000."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from frameworkqda.core import model, workspace
from frameworkqda.core.store.project import open_project
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.sample import build_sample
from tests.gui import modal
from tests.gui.test_japanese_dialogs import japanese  # noqa: F401 - fixture

MANY = 1000


def _many_documents(tmp_path: Path) -> Path:
    """The sample project with a thousand more (short) documents."""
    location = tmp_path / "sample.fqda"
    build_sample(location)
    with open_project(location) as project, project.transaction() as session:
        for number in range(MANY):
            text = f"Interview {number}: the council met the residents."
            session.add(
                model.Document(
                    name=f"interview {number:04}.txt",
                    kind=model.DocumentKind.TEXT,
                    sha256=hashlib.sha256(text.encode()).hexdigest(),
                    text=text,
                )
            )
    return location


def _open(qtbot, settings, location: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.open_project(str(location))
    return window


def _interviews(window: MainWindow) -> list[int]:
    assert window.session is not None
    documents = workspace.documents(window.session.project)
    return [d.id for d in documents if d.name.startswith("interview")]


def _delete_the_interviews(qtbot, window: MainWindow, delete: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Select the thousand interviews in the document tree (click the first, Shift+click
    the last) and press Delete, answering ``delete`` in the box that asks."""
    assert window.session is not None
    tree = window.document_tree
    tree.expandAll()
    ids = _interviews(window)
    tree.select_document(ids[0])
    first = tree.currentIndex()
    tree.select_document(ids[-1])
    last = tree.currentIndex()
    tree.setCurrentIndex(first)
    tree.scrollTo(last)
    qtbot.mouseClick(
        tree.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        tree.visualRect(last).center(),
    )
    assert tree.selected_documents() == ids
    said: list[str] = []

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == delete).click()

    modal.answer(QMessageBox, act)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert said, "no box asked"
    assert _interviews(window) == []
    return said


@pytest.mark.slow
def test_a_core_undo_name_groups_its_count_in_english(qtbot, settings, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, settings, _many_documents(tmp_path))
    assert "· 1,005 documents ·" in window.status.text()
    said = _delete_the_interviews(qtbot, window, "Delete")
    assert said[0].startswith("1,000 documents will be removed.")
    assert window.undo_action.text() == "&Undo Delete 1,000 documents"
    edit = window.menuBar().actions()[1].menu()  # what the Edit menu shows
    assert "&Undo Delete 1,000 documents" in [a.text() for a in edit.actions()]
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undone: Delete 1,000 documents"
    assert window.redo_action.text() == "&Redo Delete 1,000 documents"


@pytest.mark.slow
def test_a_core_undo_name_groups_its_count_in_japanese(  # type: ignore[no-untyped-def]
    japanese,  # noqa: F811
    qtbot,
    settings,
    tmp_path: Path,
) -> None:
    window = _open(qtbot, settings, _many_documents(tmp_path))
    assert "· 文書 1,005 件 ·" in window.status.text()
    said = _delete_the_interviews(qtbot, window, "削除")
    assert said[0].startswith("文書 1,000 件"), said
    assert window.undo_action.text() == "元に戻す(&U)：文書 1,000 件を削除"
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "元に戻しました：文書 1,000 件を削除"
    assert window.redo_action.text() == "やり直す(&R)：文書 1,000 件を削除"
