"""After a change every view reads the project again, on the GUI thread; they share one
connection (``Project.reading_together``). Each SQLite connection costs ~1.5 ms to open and
configure, and the window's views opened eight to fourteen of them after each change: after
each document of an import, each code, each undo (issue 15's frame times)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from frameworkqda.core import workspace
from frameworkqda.gui.main_window import MainWindow
from tests.gui import menu_bar


def test_an_undo_rereads_every_view_over_one_connection(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    document = workspace.documents(session.project)[0]
    for view in ("documents", "matrix", "review"):
        window.show_view(view)
        session.set_read(document.id, not document.read)
        qtbot.wait(10)
        opened: list[object] = []

        def count(connection: object, _record: object, opened: list[object] = opened) -> None:
            opened.append(connection)

        event.listen(session.project.engine, "connect", count)
        menu_bar.press(qtbot, window, "Ctrl+Z")
        event.remove(session.project.engine, "connect", count)
        assert workspace.documents(session.project)[0].read == document.read  # undone
        # the undo's write, the views' reads, and the status line's schema revision
        assert len(opened) <= 3, (view, len(opened))
