"""Text typed while a shared project's server was away is saved when it comes back: a cell's
summary, and a code's definition (the same ``AutoSave`` as a theme's memo and a passage's note).
It waited, unsaved, for the next keystroke or another item shown, the line still saying "not
changed". A colleague's change to the cell in between still asks which to keep."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from frameworkqda.core import charting, coding, workspace
from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.store import Project, create_project, open_project
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.live import INTERVAL_ENV
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.conflict import CellConflictDialog
from frameworkqda.gui.matrix.view import MatrixView
from tests import writes
from tests.core.engine_helpers import add_document
from tests.gui.clicks import click_stripe, open_coded_document
from tests.gui.matrix_cells import click_cell
from tests.gui.modal import answer
from tests.outage_server import OutageServer, outage_server

__all__ = ["outage_server"]  # the fixture, used below

MEASURE = "Education/Consultation service"
TYPED = "Bilingual desk at the ward office"
THEIRS = "Taro: consultation in 8 languages"
BACK = "The server can be reached again."
AWAY = "the server cannot be reached"


def _halt(qtbot: Any, outage_server: OutageServer, said: list[str]) -> None:
    """Stop the server, and wait for the window's next look to say so."""
    outage_server.halt()
    qtbot.waitUntil(lambda: any(AWAY in text for text in said), timeout=15000)


@pytest.fixture
def interval() -> str:
    """Seconds between the window's looks for others' changes (and for the server)."""
    return "0.3"


class Shared(NamedTuple):
    window: MainWindow
    where: str  # the project's URL
    case_id: int
    code_id: int
    said: list[str]  # what the status bar said
    segment_id: int  # the case's document's one coded passage


@pytest.fixture
def shared(
    qtbot: Any,
    settings: Any,
    outage_server: OutageServer,
    monkeypatch: pytest.MonkeyPatch,
    interval: str,
) -> Iterator[Shared]:
    """A window on a project of the outage server."""
    monkeypatch.setenv(INTERVAL_ENV, interval)
    where = outage_server.database("study")
    with create_project(where, framework="mipex-local") as project:
        case_id = writes.add_case(project, "Osaka")
        code_id = resolve_code(project, MEASURE)
        document_id = add_document(project, "osaka plan.txt", "大阪市の多言語相談窓口。", case_id)
        segment_id = writes.add_segment(project, document_id, code_id, 0, 3)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_project(where)
    assert window.session is not None
    said: list[str] = []  # the status bar's messages, each (one may pass between two looks)
    window.statusBar().messageChanged.connect(said.append)
    yield Shared(window, where, case_id, code_id, said, segment_id)
    window.close_project()


def _type_summary_and_save_while_away(
    qtbot: Any, shared: Shared, outage_server: OutageServer, *, seen: bool = True
) -> MatrixView:
    """The matrix's cell clicked, the server stopped (``seen`` by the window's look before
    typing), a summary typed and Save pressed: the line says the cell was not changed, and the
    text stays typed."""
    window, _where, case_id, code_id, said, _segment = shared
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)
    click_cell(qtbot, view, case_id, code_id)
    if seen:
        _halt(qtbot, outage_server, said)
    else:
        outage_server.halt()
    editor = view.evidence.editor
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    qtbot.keyClicks(editor, TYPED)
    qtbot.mouseClick(view.evidence.save_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert view.status.text().startswith(
        f"The cell was not changed: {window.session.location}: "
    ), view.status.text()
    assert editor.toPlainText() == TYPED and view.evidence.editing
    return view


@pytest.mark.postgres
def test_a_summary_refused_while_the_server_was_away_is_saved_when_it_is_back(
    qtbot: Any, shared: Shared, outage_server: OutageServer
) -> None:
    window, _where, case_id, code_id, said, _segment = shared
    try:
        view = _type_summary_and_save_while_away(qtbot, shared, outage_server)
    finally:
        outage_server.resume()
    assert window.session is not None
    project = window.session.project
    qtbot.waitUntil(lambda: BACK in said, timeout=15000)
    # saved without another keystroke or cell, and the line says so instead of "not changed"
    qtbot.waitUntil(lambda: charting.cell_edit(project, case_id, code_id).summary == TYPED)
    qtbot.waitUntil(lambda: not view.evidence.editing)
    assert view.status.text().startswith(
        "The server is back: the summary you typed was saved. · "
    ), view.status.text()
    assert view.evidence.editor.toPlainText() == TYPED
    assert view.model.summary(case_id, code_id) == TYPED


@pytest.mark.postgres
@pytest.mark.parametrize("interval", ["10"])
def test_a_restart_between_two_looks_is_seen_by_the_refused_save(
    qtbot: Any, shared: Shared, outage_server: OutageServer
) -> None:
    """The server restarts between two of the window's looks (every 10 s here, every 2 s by
    default): the refused save itself tells the window the server is away, so its next look
    says it is back, and the summary is saved then. Unseen, nothing said it was back, and the
    summary waited for the next keystroke or cell."""
    window, _where, case_id, code_id, said, _segment = shared
    try:
        view = _type_summary_and_save_while_away(qtbot, shared, outage_server, seen=False)
    finally:
        outage_server.resume()
    assert window.session is not None
    project = window.session.project
    qtbot.waitUntil(lambda: BACK in said, timeout=25000)
    qtbot.waitUntil(lambda: charting.cell_edit(project, case_id, code_id).summary == TYPED)
    assert view.status.text().startswith("The server is back: the summary you typed was saved.")


@pytest.mark.postgres
def test_a_colleagues_change_in_between_asks_which_to_keep(
    qtbot: Any, shared: Shared, outage_server: OutageServer
) -> None:
    """Taro saves the cell as soon as the server is back, before the retry: the retry goes
    the way Save goes, to the conflict dialog; keeping mine saves it over his."""
    window, where, case_id, code_id, _said, _segment = shared
    asked: list[tuple[str, str]] = []

    def keep_mine(box: QWidget) -> None:
        assert isinstance(box, CellConflictDialog)
        asked.append((box.theirs.toPlainText(), box.mine.toPlainText()))
        qtbot.mouseClick(box.mine_button, Qt.MouseButton.LeftButton)

    try:
        view = _type_summary_and_save_while_away(qtbot, shared, outage_server)
    finally:
        outage_server.resume()
    with open_project(where) as other:  # before the window sees the server back
        other.coder_name = "Taro"
        writes.set_cell(other, case_id, code_id, summary=THEIRS)
    answer(CellConflictDialog, keep_mine)
    assert window.session is not None
    project = window.session.project
    qtbot.waitUntil(lambda: bool(asked), timeout=15000)
    assert asked == [(THEIRS, TYPED)]
    qtbot.waitUntil(lambda: charting.cell_edit(project, case_id, code_id).summary == TYPED)
    qtbot.waitUntil(lambda: not view.evidence.editing)
    assert "not changed" not in view.status.text()
    assert "The server is back" not in view.status.text()  # the dialog said what happened


@pytest.mark.postgres
def test_a_definition_refused_while_the_server_was_away_is_saved_when_it_is_back(
    qtbot: Any, shared: Shared, outage_server: OutageServer
) -> None:
    window, where, _case_id, code_id, said, _segment = shared
    window.show_stage(2)
    editor = window.views["codebook"]
    assert isinstance(editor, CodebookEditor)
    item = editor.tree.item_for(code_id)
    assert item is not None
    editor.tree.scrollTo(item.index())  # its theme opened
    rect = editor.tree.visualRect(item.index())
    qtbot.mouseClick(editor.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.tree.current_code() == code_id
    _halt(qtbot, outage_server, said)
    try:
        qtbot.mouseClick(editor.definition.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClick(editor.definition, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor.definition, TYPED)
        qtbot.waitUntil(lambda: "the connection to the server was lost" in editor.status.text())
        assert editor.definition.toPlainText() == TYPED
    finally:
        outage_server.resume()
    qtbot.waitUntil(lambda: BACK in said, timeout=15000)
    # saved without another keystroke or code, and the line says so instead of the refusal
    qtbot.waitUntil(
        lambda: editor.status.text() == "The server is back: the definition you typed was saved."
    )
    with open_project(where) as other:
        assert other_definition(other, code_id) == TYPED
    assert editor.definition.toPlainText() == TYPED


def other_definition(project: Project, code_id: int) -> str:
    """A code's definition as the server has it, read by another program."""
    found = next(code for code in workspace.codebook(project) if code.id == code_id)
    return found.definition


@pytest.mark.postgres
def test_a_note_refused_while_the_server_was_away_is_saved_when_it_is_back(
    qtbot: Any, shared: Shared, outage_server: OutageServer
) -> None:
    """The passage's note, refused in the status bar, is saved when the server is back, and
    the status bar says so after it says the server can be reached again."""
    window, where, _case_id, _code_id, said, segment_id = shared
    rect, _mark = open_coded_document(qtbot, window)[0]
    click_stripe(qtbot, window, rect)
    note = window.inspector.note
    _halt(qtbot, outage_server, said)
    try:
        qtbot.mouseClick(note.viewport(), Qt.MouseButton.LeftButton)
        qtbot.keyClicks(note, TYPED)
        # refused 0.6 s after typing: the passage cannot be read to save it over
        qtbot.waitUntil(lambda: AWAY in (window.inspector.problem() or ""))
        assert note.toPlainText() == TYPED
    finally:
        outage_server.resume()
    saved = "The server is back: what you typed for the passage was saved."
    qtbot.waitUntil(lambda: saved in said, timeout=15000)
    assert said.index(BACK) < said.index(saved)  # after "reached again", not hidden by it
    with open_project(where) as other:
        assert coding.get_segment(other, segment_id).note == TYPED
