"""Many small files imported from the dialog, as a researcher drops a folder of notes: however
fast the files arrive, the views (document tree, stage navigator, status bar) refresh at most
once a ``REFRESH_MS`` and the progress bar moves at most twice a ``PROGRESS_MS`` (the first
report at once, then the newest), yet the bar ends full and every document is in the tree.

Each refresh reads the project again on the GUI thread; one per file kept the window from
repainting while a folder came in (issue 15). The bounds are on what the window does in a
given time, never on how fast the import is: a slower machine only spreads the same refreshes
further apart.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from frameworkqda.core.commands import Change
from frameworkqda.gui import jobs
from frameworkqda.gui.import_dialog import PROGRESS_MS, REFRESH_MS, ImportDialog
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.panels import KIND_ROLE
from tests.gui import menu_bar, modal

DOCUMENTS = 120
# Qt's coarse timers may fire up to 5% early
SLACK = 0.9


def _notes(folder: Path) -> list[Path]:
    paths = []
    for number in range(DOCUMENTS):
        path = folder / f"note-{number:03d}.txt"
        path.write_text(f"聞き取り {number}: 多文化共生の推進について。\n", encoding="utf-8")
        paths.append(path)
    return paths


def _tree_documents(window: MainWindow) -> set[str]:
    model = window.document_tree.model()
    names: set[str] = set()

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == "document":
                names.add(str(index.data()).removeprefix("✓ "))
            walk(index)

    walk(QModelIndex())
    return names


@pytest.fixture
def window(new_window: MainWindow) -> Iterator[MainWindow]:
    yield new_window
    jobs.finish_all(cancel=True)


def test_a_folder_of_small_files_refreshes_the_views_at_most_once_a_second(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    paths = _notes(tmp_path)
    modal.choose(*paths)  # in the file dialog, the person picks the whole folder
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    menu_bar.press(qtbot, window, "Ctrl+I")  # File → Import
    dialog = window.last_import
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()

    tree_reloads: list[float] = []  # when the document tree was rebuilt
    announced: list[float] = []  # when the views were told documents changed
    progress: list[float] = []  # when the bar moved
    window.document_tree.model().modelReset.connect(lambda: tree_reloads.append(time.monotonic()))
    assert window.session is not None
    window.session.changed.connect(
        lambda changes, _cells: (
            announced.append(time.monotonic()) if Change.DOCUMENTS in changes else None
        )
    )
    dialog.bar.valueChanged.connect(  # while files are read: the end sets it to 1 of 1
        lambda _value: progress.append(time.monotonic()) if dialog.bar.maximum() > 1 else None
    )

    started = time.monotonic()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=120_000)
    seconds = time.monotonic() - started

    # the end: the bar full, every file imported, every document in the tree
    assert dialog.bar.value() == dialog.bar.maximum()
    assert dialog.label.text().startswith(f"Imported {DOCUMENTS} of {DOCUMENTS} files")
    assert [dialog.list.item(i).text()[0] for i in range(dialog.list.count())] == ["✓"] * DOCUMENTS
    assert _tree_documents(window) == {p.name for p in paths}

    # the views: one refresh a REFRESH_MS at most while files came in, and one at the end
    assert len(announced) == len(tree_reloads)
    assert len(tree_reloads) <= seconds * 1000 / REFRESH_MS + 2, (len(tree_reloads), seconds)
    during = tree_reloads[:-1]  # the last is the end's own refresh, whenever it comes
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(during)]
    assert all(gap >= REFRESH_MS * SLACK for gap in gaps), [round(g) for g in gaps]

    # the bar: at most two moves in any PROGRESS_MS (the first report at once, then the newest)
    assert progress, "the bar never moved while files were read"
    spans = [(c - a) * 1000 for a, c in zip(progress, progress[2:], strict=False)]
    assert all(span >= PROGRESS_MS * SLACK for span in spans), [round(s) for s in spans]
