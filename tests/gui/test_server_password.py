"""File → Open server project… on a server that wants a password ~/.pgpass does not give: the
app asks for it, opens the project as that coder's role, and remembers the URL without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QWidget

from frameworkqda.core.store import create_project
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.store_dialogs import ServerPasswordDialog
from tests.gui import modal
from tests.gui.modal import answer
from tests.password_server import PASSWORD, PasswordServer, password_server, pgpass

__all__ = ["password_server"]  # the fixture, used below


@pytest.mark.postgres
def test_open_server_project_asks_the_password_and_keeps_it_nowhere(  # type: ignore[no-untyped-def]
    qtbot, settings, password_server: PasswordServer, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("PGPASSFILE", str(pgpass(tmp_path, password_server)))
    create_project(password_server.url, framework="mipex-local").close()
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass-here"))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()

    def give_url(box: QWidget) -> None:
        assert isinstance(box, QInputDialog)
        line = box.findChild(QLineEdit)
        line.clear()
        qtbot.keyClicks(line, password_server.url)
        answer(ServerPasswordDialog, give_password)
        modal.ok(box)

    asked: list[str] = []

    def give_password(box: QWidget) -> None:
        assert isinstance(box, ServerPasswordDialog)
        asked.append(box.windowTitle())
        qtbot.keyClicks(box.password, PASSWORD)
        assert box.password.echoMode() == QLineEdit.EchoMode.Password
        assert not box.remember.isVisible() or box.remember.isEnabled()
        ok = box.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    answer(QInputDialog, give_url)
    action = next(a for a in window.findChildren(QAction) if a.text() == "Open &server project…")
    action.trigger()

    assert asked == ["Password for the server"]
    assert window.session is not None
    assert window.session.project.coder_name == "hanako"
    assert window.settings.recent_projects() == [password_server.url]
    window.close()
    settings.sync()
    stored = b"".join(p.read_bytes() for p in tmp_path.rglob("*.ini"))
    assert PASSWORD.encode() not in stored and b"hanako@" in stored
