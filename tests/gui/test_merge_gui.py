"""File → Merge project… on the real main window: the menu action, the job, the summary dialog.

The file dialog is patched (as elsewhere in tests/gui); the merge is the core's, run on the
dialog's worker thread, and OTHER is a copy of the open sample project where carol worked.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from frameworkqda.core import cases, charting, model, workspace
from frameworkqda.core.overview import overview
from frameworkqda.core.store import Project, create_project, open_project
from frameworkqda.gui import merge_dialog
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.merge_dialog import MergeDialog, MergeSummaryDialog
from tests import writes
from tests.gui import menu_bar, modal
from tests.gui.test_refi_gui import _gated


def _carols_copy(window: MainWindow, path: Path) -> tuple[int, int]:
    """A copy of the open project where carol coded one more passage and charted a cell that
    the open project charts differently; returns that cell's case and code."""
    assert window.session is not None
    project = window.session.project
    case = cases.list_cases(project)[0].id
    code = next(c.id for c in workspace.codebook(project) if c.parent_id is not None)
    writes.set_cell(project, case, code, summary="Leaflets in 14 languages", value="Yes")
    assert project.location.path is not None
    with sqlite3.connect(project.location.path) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    with open_project(path) as other:
        other.coder_name = "carol"
        writes.set_cell(other, case, code, summary="Only in Japanese on paper", value="No")
        document = workspace.documents(other)[0].id
        writes.add_segment(other, document, code, 0, 5)
    return case, code


def _merge(qtbot, window: MainWindow, monkeypatch, other: Path) -> MergeSummaryDialog:  # type: ignore[no-untyped-def]
    modal.choose(other)
    menu_bar.choose(qtbot, window, "File", "Merge project")
    dialog = window.last_merge
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    assert dialog.error is None, dialog.message.text()
    summary = dialog.summary_dialog
    assert summary is not None and summary.isVisible()
    return summary


def test_merge_through_the_menu_shows_the_summary(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "carol.fqda"
    case, code = _carols_copy(window, other)
    assert window.session is not None
    project: Project = window.session.project
    segments = overview(project).segments

    summary = _merge(qtbot, window, monkeypatch, other)
    assert summary.windowTitle() == "Merge project: summary"
    text = summary.browser.toPlainText()
    assert "Conflicts: both kept (1)" in text
    assert "Yes here, No in carol.fqda" in text
    assert "1 coder" in text and "1 segment" in text
    copy = summary.findChild(QPushButton, "copySummary")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text  # what the dialog shows
    assert overview(project).segments == segments + 1
    assert f"{segments + 1} segments" in window.status.text()
    state = charting.cell_state(project, case, code)
    assert state.summary == "Leaflets in 14 languages"  # this project's cell is kept
    modal.ok(summary)

    again = _merge(qtbot, window, monkeypatch, other)
    assert "nothing new to add" in again.headline.text()
    assert again.summary.nothing_added
    assert overview(project).segments == segments + 1


def test_cancel_a_merge_leaves_the_project_as_it_was(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "carol.fqda"
    _carols_copy(window, other)
    assert window.session is not None
    project: Project = window.session.project
    segments = overview(project).segments
    reached, go = _gated(monkeypatch, "merge_project", merge_dialog)
    modal.choose(other)
    menu_bar.choose(qtbot, window, "File", "Merge project")
    dialog = window.last_merge
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(reached.is_set, timeout=10000)
    dialog.cancel_button.click()
    assert dialog.label.text() == "Cancelling…"
    go.set()
    qtbot.waitUntil(dialog.done_event.is_set, timeout=30000)
    assert dialog.cancelled and dialog.error is None
    assert dialog.label.text() == "Merge cancelled. The project is as it was."
    assert dialog.summary_dialog is None
    assert overview(project).segments == segments


def widened_copy(window: MainWindow, other: Path) -> tuple[int, int, int]:
    """A copy of the open project in which its coder widened their first passage by two
    characters; that passage's id, start and end here."""
    assert window.session is not None
    project: Project = window.session.project
    with project.session() as s:
        me = s.scalar(select(model.Coder.id).where(model.Coder.name == project.coder_name))
        mine = s.scalars(
            select(model.Segment).where(model.Segment.coder_id == me).order_by(model.Segment.id)
        ).first()
        assert mine is not None
        document, code, start, end = mine.document_id, mine.code_id, mine.start, mine.end
    assert project.location.path is not None
    with sqlite3.connect(project.location.path) as source, sqlite3.connect(other) as copy:
        source.backup(copy)
    with open_project(other) as copied:
        copied.coder_name = project.coder_name
        writes.add_segment(copied, document, code, start, end + 2)  # widens it in the copy
    return mine.id, start, end


def test_the_summary_shows_the_passages_joined(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """In a copy, this coder widened one of their passages by two characters; merged, that
    passage is widened here too rather than a second one added beside it (counted twice),
    and the summary has a Joined section saying so."""
    assert window.session is not None
    project: Project = window.session.project
    other = tmp_path / "laptop.fqda"
    mine, start, end = widened_copy(window, other)
    segments = overview(project).segments

    before = model.utcnow()
    summary = _merge(qtbot, window, monkeypatch, other)
    text = summary.browser.toPlainText()
    assert "Joined (1)" in text
    assert "1 coded segment from laptop.fqda sharing text with a segment of the same" in text
    # all it did was join: it said "nothing new to add" above the Joined section
    assert summary.headline.text() == (
        "<b>laptop.fqda</b> was merged into this project: 1 overlapping passage joined."
    )
    assert overview(project).segments == segments
    with project.session() as s:
        joined = s.get(model.Segment, mine)
        assert joined is not None and (joined.start, joined.end) == (start, end + 2)
        assert joined.updated_at >= before  # widened: changed now
    modal.ok(summary)


def test_merging_a_qdpx_shows_what_its_import_changed_on_the_way(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Another program's file whose "osaka " the case-name rule takes as its "Osaka": the
    summary listed what the import could not carry over, not what it changed on the way."""
    from tests.e2e.test_cli_refi_case_names import _write

    summary = _merge(qtbot, window, monkeypatch, _write(tmp_path / "cities.qdpx"))
    text = summary.browser.toPlainText()
    assert "Changed on the way (3)" in text  # the heading of import-qdpx's report
    assert (
        "case 'osaka' taken as the case 'Osaka' before it: names differing only in letter case "
        "or spacing are one case here, so its documents, values and memos are that case's"
    ) in text
    assert "a second case named 'Hamamatsu' taken as the first" in text
    assert "case 'osaka': value '2600000' of 'population'" in text.split("Changed on the way")[0]
    modal.ok(summary)


def test_a_codebook_in_another_language_is_warned_of_first(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "ja.fqda"
    create_project(other, framework="mipex-local", language="ja").close()
    summary = _merge(qtbot, window, monkeypatch, other)
    lines = summary.browser.toPlainText().splitlines()
    assert lines[2].startswith(
        "Warning: no code matched: this project's codebook is English, ja.fqda's is Japanese, "
        "so its 39 codes were added beside this project's."
    )  # under From … Into …, above the conflicts


def test_a_merge_that_adds_and_joins_says_both(
    qtbot, window: MainWindow, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "laptop.fqda"
    widened_copy(window, other)
    with open_project(other) as copied:
        writes.add_code(copied, "Interpreters")
    summary = _merge(qtbot, window, monkeypatch, other)
    assert summary.headline.text() == (
        "<b>laptop.fqda</b> was merged into this project: 1 item added."
        "<br>1 overlapping passage joined — see below."
    )
    modal.ok(summary)
