"""The app on a shared project whose server stops and comes back: the window says once that
the server cannot be reached (no traceback on every look), a cell edit meanwhile is refused in
the matrix's status line, and both recover when the server is back. A project that failed to
open for a while stays in the recent list."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from frameworkqda.core.codebook import resolve_code
from frameworkqda.core.store import ProjectLocation, create_project
from frameworkqda.gui.live import INTERVAL_ENV
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.matrix.view import MatrixView
from tests.gui import modal
from tests.gui.modal import answer
from tests.outage_server import OutageServer, outage_server
from tests.writes import add_case

__all__ = ["outage_server"]  # the fixture, used below

MEASURE = "Education/Consultation service"


@pytest.mark.postgres
def test_a_server_outage_is_said_once_and_the_app_recovers(
    qtbot: Any, settings: Any, outage_server: OutageServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(INTERVAL_ENV, "0.2")
    where = outage_server.database("study")
    with create_project(where, framework="mipex-local") as project:
        case_id = add_case(project, "Osaka")
        code_id = resolve_code(project, MEASURE)
    escaped: list[str] = []  # what a polling thread let escape (it printed a traceback)

    def hook(args: threading.ExceptHookArgs) -> None:
        escaped.append(f"{args.exc_type.__name__}: {args.exc_value}")

    monkeypatch.setattr(threading, "excepthook", hook)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)  # room for the message whole (a first start fits the screen)
    window.show()
    window.open_project(where)
    assert window.session is not None
    location = window.session.location
    window.show_stage(4)
    view = window.views["matrix"]
    assert isinstance(view, MatrixView)

    outage_server.halt()
    try:
        qtbot.waitUntil(
            lambda: "the server cannot be reached" in window.statusBar().currentMessage(),
            timeout=15000,
        )
        said = window.statusBar().currentMessage()
        assert said.startswith(f"{location}: the server cannot be reached (")
        qtbot.wait(1000)  # several more looks: no traceback, nothing new said
        assert escaped == []
        assert window.statusBar().currentMessage() == said

        yes = next(value for value in view.model.values if value.label == "Yes")
        assert view.set_value(case_id, code_id, yes.id) is False
        assert view.status.text().startswith(
            f"The cell was not changed: {location}: the connection to the server was lost; "
            "this change was not saved ("
        )
    finally:
        outage_server.resume()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "The server can be reached again.",
        timeout=15000,
    )
    assert view.set_value(case_id, code_id, yes.id) is True
    assert escaped == []
    window.close_project()


@pytest.mark.postgres
def test_a_failed_open_keeps_the_recent_entry_unless_the_project_is_gone(
    qtbot: Any,
    settings: Any,
    outage_server: OutageServer,
    tmp_path: Path,
) -> None:
    where = outage_server.database("study")
    create_project(where, framework="mipex-local").close()
    shown = str(ProjectLocation.parse(where))
    no_database = shown.rsplit("/", 1)[0] + "/stduy"  # a typo: no such database
    no_file = str(tmp_path / "moved-away.fqda")
    not_ours = tmp_path / "notes.fqda"
    not_ours.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    for location in (str(not_ours), no_file, no_database, shown):
        settings.add_recent_project(location)
    said: list[str] = []

    def open_refused(location: str) -> None:
        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            said.append(box.text())
            modal.ok(box)

        answer(QMessageBox, read)
        window.open_project(location)
        assert window.session is None

    outage_server.halt()
    try:
        open_refused(shown)  # the server is down for a moment: it stays
        assert said[-1].startswith(f"{shown}: cannot connect to the server (")
        assert shown in settings.recent_projects()
    finally:
        outage_server.resume()
    open_refused(no_database)
    assert said[-1].startswith(f"{no_database}: the server has no database stduy (")
    open_refused(no_file)
    open_refused(str(not_ours))
    assert settings.recent_projects() == [shown]
