"""Counters that follow each change, words a researcher reads, choices that are remembered.

Each test drives the real window: clicks, keys, actions.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document as DocxDocument
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from frameworkqda.core import cases, charting, workspace
from frameworkqda.core.commands import Change
from frameworkqda.core.exports import export_report
from frameworkqda.core.mapping import build_report
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.matrix.view import MatrixView
from frameworkqda.gui.search.panel import SearchPanel
from tests import writes
from tests.core.engine_helpers import add_document
from tests.gui.matrix_cells import click_cell
from tests.gui.searched import searched

QUOTED = "「外国人市民代表者会議」を設置し、市政に意見を反映する。"


def _needs(view: MatrixView) -> int:
    found = re.search(r"(\d+) cells?(?:\(s\))? with evidence but no summary", view.status.text())
    assert found, view.status.text()
    return int(found.group(1))


def _measure(window: MainWindow, name: str) -> int:
    assert window.session is not None
    return next(c.id for c in window.session.codes() if c.name == name and c.parent_id)


def test_needs_summary_count_follows_each_summary(window: MainWindow, qtbot: QtBot) -> None:
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    before = _needs(view)
    assert before > 0
    case_id, code_id = next(
        (c, s.code_id)
        for c, _ in view.model.cases
        for s in view.model.slots
        if s.kind == "measure" and view.model.needs_summary(c, s.code_id)
    )
    click_cell(qtbot, view, case_id, code_id)
    assert view.current_key() == (case_id, code_id)
    qtbot.keyClicks(view.evidence.editor, "A council exists.")
    save = next(b for b in view.evidence.findChildren(type(view.evidence.draft_button))
                if b.text() == "Save")  # fmt: skip
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert _needs(view) == before - 1  # no reopening needed
    window.undo_action.trigger()
    assert _needs(view) == before


def test_stage_five_says_what_it_counts_and_moves(window: MainWindow, qtbot: QtBot) -> None:
    navigator = window.navigator
    item = navigator.item(4)
    figure = item.data(Qt.ItemDataRole.UserRole + 1)
    assert figure.label == "0 of 5 themes fully charted"
    assert "every one of its measures has a value for every case" in item.toolTip()

    # value every cell of one theme: select its columns, press 1 (Yes)
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    theme = next(s for s in view.model.slots if s.kind == "theme" and s.title == "Health")
    measures = [s.code_id for s in view.model.slots if s.kind == "measure"
                and s.theme_id == theme.theme_id]  # fmt: skip
    selection = QItemSelection()
    for case_id, _ in view.model.cases:
        for code_id in measures:
            index = view.index_for(case_id, code_id)
            selection.select(index, index)
    view.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    figure = navigator.item(4).data(Qt.ItemDataRole.UserRole + 1)
    assert figure.label == "1 of 5 themes fully charted"


def test_drafts_quote_japanese_once_in_the_panel_and_in_docx(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    project = session.project
    kawasaki = next(c.id for c in cases.list_cases(project) if c.name == "Kawasaki")
    document = add_document(project, "会議.txt", QUOTED + "\n", case_id=kawasaki)
    councils = _measure(window, "Hiring migrants as public officers")
    writes.add_segment(project, document, councils, 0, len(QUOTED))
    session.notify({Change.SEGMENTS, Change.DOCUMENTS})

    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    click_cell(qtbot, view, kawasaki, councils)
    assert "「『外国人市民代表者会議』を設置し" in view.evidence.quotes.item(0).text()
    qtbot.mouseClick(view.evidence.draft_button, Qt.MouseButton.LeftButton)
    draft = view.evidence.editor.toPlainText()
    assert "「『外国人市民代表者会議』を設置し、市政に意見を反映する。」（会議.txt）" in draft
    assert "「「" not in draft and draft.startswith("1 passage in 会議.txt.")
    view.evidence.commit()
    assert charting.cell_state(project, kawasaki, councils).summary == draft

    target = tmp_path / "matrix.docx"
    export_report(build_report(project), "docx", target, view="cells", summaries=True)
    text = "\n".join(
        cell.text for table in DocxDocument(str(target)).tables for row in table.rows
        for cell in row.cells
    )  # fmt: skip
    assert "「『外国人市民代表者会議』" in text and "「「" not in text


def test_inspector_and_counts_speak_plainly(window: MainWindow, qtbot: QtBot) -> None:
    session = window.session
    assert session is not None
    project = session.project
    document = add_document(project, "one.txt", "𠮷田 Zqxv council.\n")
    code = _measure(window, "Migrant councils")
    segment = writes.add_segment(project, document, code, 3, 7)
    session.notify({Change.SEGMENTS, Change.DOCUMENTS})
    window.open_document(document)
    view = window.document_area.text_view
    stripe = next(rect for rect, mark in view.stripes() if mark.segment_id == segment)
    qtbot.mouseClick(view._margin, Qt.MouseButton.LeftButton, pos=stripe.center())
    title = window.inspector.title.text()
    assert "code points" not in title
    assert title == "Coded passage: 4 characters (characters 4–7 of the document)"
    assert window.inspector.quote.text() == "“Zqxv”"

    window.show_view("search")
    panel = window.views["search"]
    assert isinstance(panel, SearchPanel)
    qtbot.keyClicks(panel.term, "zqxv")
    qtbot.keyClick(panel.term, Qt.Key.Key_Return)
    searched(qtbot, panel)
    assert re.match(r"1 hit(\(s\))? in 1 document(\(s\))? \(", panel.count.text())
    assert "1 documents" not in window.status.text()


def test_group_average_choice_is_remembered_per_project(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    location = session.location
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    names = [view.group.item(i).text() for i in range(view.group.count())]
    assert view.group_ids() == []
    for row in (0, 2):  # Hamamatsu and Osaka, ticked with the space bar
        view.group.setFocus()
        view.group.setCurrentRow(row)
        qtbot.keyClick(view.group, Qt.Key.Key_Space)
    assert "Group average" in view.counts.columns

    window.close_action.trigger()
    window.open_project(location)
    window.show_stage(5)
    reopened = window.views["mapping"]
    assert isinstance(reopened, MappingView)
    checked = [
        reopened.group.item(i).text()
        for i in range(reopened.group.count())
        if reopened.group.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == [names[0], names[2]]
    assert "Group average" in reopened.counts.columns

    # another project does not inherit the choice
    from frameworkqda.gui.sample import build_sample

    other = tmp_path / "other.fqda"
    build_sample(other)
    window.open_project(str(other))
    window.show_stage(5)
    fresh = window.views["mapping"]
    assert isinstance(fresh, MappingView) and fresh.group_ids() == []
    assert workspace.documents(window.session.project)  # type: ignore[union-attr]
