"""An auto-drafted summary is said to be a draft wherever it is shown: a coder's own charting
in the matrix evidence panel's "Charted by" and in Compare coders (its table and its export),
and the count of what deleting a case takes."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from frameworkqda.core import cases, charting, codebook, commands
from frameworkqda.core.cell_agreement import Disagreement
from frameworkqda.core.store import create_project, open_project
from frameworkqda.core.store.project import default_coder_name
from frameworkqda.gui.colours import muted_text, palette
from frameworkqda.gui.compare.view import CompareView
from frameworkqda.gui.matrix.view import MatrixView
from tests import writes
from tests.gui import menu_bar, modal
from tests.gui.shown_lines import shown_text
from tests.gui.windows import window_on

LOGIN = default_coder_name()
QUOTES = "1 passage in osaka.txt.\n“consultation desk” (osaka.txt)"


def _drafted_by_taro(location: Path) -> None:
    with create_project(location) as project:
        theme = writes.add_code(project, "Health")
        measure = writes.add_code(project, "Consultation", parent_id=theme)
        osaka = writes.add_case(project, "Osaka")
        project.coder_name = "Taro"
        draft = commands.DraftSummaries([charting.Draft(osaka, measure, QUOTES)])
        commands.UndoStack(project).push(draft)
        writes.set_cell(project, osaka, measure, value="Yes")
        project.coder_name = LOGIN
        writes.set_cell(project, osaka, measure, summary="Mine, read closely.", value="No")


def test_a_coders_draft_is_marked_in_compare_coders_and_charted_by(
    qtbot: QtBot,
    settings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Taro auto-drafted a cell; the login coder then wrote their own summary over it, so
    Taro's own charting still holds the machine's quotes, which passed for his summary."""
    location = tmp_path / "p.fqda"
    _drafted_by_taro(location)
    window = window_on(qtbot, settings, location)
    menu_bar.choose(qtbot, window, "View", "Compare coders")
    view = window.work_stack.current()
    assert isinstance(view, CompareView)
    qtbot.keyClicks(view.coder_a, "Taro")
    view.coder_b.setFocus()
    qtbot.keyClicks(view.coder_b, LOGIN)
    bar = view.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    table = view.cells.model
    number = next(n for n, row in enumerate(table.rows) if isinstance(row, Disagreement))
    headings = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    taros = table.index(number, headings.index("A's summary"))
    mine = table.index(number, headings.index("B's summary"))
    assert taros.data() == "Draft: " + " ".join(QUOTES.split())
    assert taros.data(Qt.ItemDataRole.FontRole).italic()
    muted = muted_text(palette(), QPalette.ColorRole.Base)
    assert taros.data(Qt.ItemDataRole.ForegroundRole) == muted
    assert "Draft: " + QUOTES in taros.data(Qt.ItemDataRole.ToolTipRole)
    assert mine.data() == "Mine, read closely."
    assert mine.data(Qt.ItemDataRole.FontRole) is None

    target = tmp_path / "agreement.csv"
    modal.choose(target)
    export = next(b for b in view.findChildren(QPushButton) if b.text() == "Export…")
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    dialog = view.export_dialog  # the language first (the project's), then the file
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    said = (rows[0]["summary_a"], rows[0]["summary_b"])
    assert said == ("[draft] " + QUOTES, "Mine, read closely.")

    # the disagreeing cell clicked: the matrix's "Charted by" says Taro's summary is a draft
    rect = view.cells.table.visualRect(table.index(number, 1))
    qtbot.mouseClick(view.cells.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    matrix = window.work_stack.current()
    assert isinstance(matrix, MatrixView)
    panel = matrix.evidence
    assert panel.editor.toPlainText() == "Mine, read closely." and not panel.is_draft
    lines = shown_text(panel.chartings).splitlines()
    assert f"Taro: Yes — Draft: {' '.join(QUOTES.split())}" in lines
    assert f"{LOGIN}: No" in lines
    assert "<i style='color:" in panel.chartings.text()  # in muted italics, as the matrix's


def test_deleting_a_case_counts_its_drafts_apart_from_its_summaries(
    qtbot: QtBot,
    settings,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Code → Cases and attributes…, Delete case: the question counted an auto-draft among the
    summaries written, so the loss read greater than it was."""
    location = tmp_path / "p.fqda"
    _drafted_by_taro(location)
    with open_project(location) as project:
        osaka = cases.list_cases(project)[0].id
        nodes = codebook.codebook(project)
        theme = next(node.id for node in nodes if node.depth == 0)
        law = writes.add_code(project, "Ordinance", parent_id=theme)
        writes.add_code(project, "Hotline", parent_id=theme)
        with project.transaction() as session:
            charting.set_cell_in(session, osaka, law, summary=QUOTES, draft=True)
    window = window_on(qtbot, settings, location)
    menu_bar.choose(qtbot, window, "Code", "Cases and attributes…")
    dialog = window.cases_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.table.selectRow(0)
    seen: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    modal.answer(QMessageBox, cancel)
    qtbot.mouseClick(dialog.buttons["deleteCase"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].splitlines()[1] == (
        "Its attribute values and its row of the framework matrix go: 2 charted cells, "
        "1 with a written summary and 1 with an auto-draft not yet accepted."
    )
