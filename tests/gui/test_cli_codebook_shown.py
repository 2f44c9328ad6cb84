"""A codebook edited from the command line while the app has the project open: the codebook
editor's tree shows each change (it arrives as a change of the codebook, as another coder's
edit does), so a script and the window can work on one framework together."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from frameworkqda.cli import main
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.live import INTERVAL_ENV
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.settings import Settings
from tests.gui import menu_bar
from tests.gui.conftest import _sample_window


@pytest.fixture
def window(
    qtbot: QtBot, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MainWindow:
    monkeypatch.setenv(INTERVAL_ENV, "0.3")  # look for others' changes every 0.3 s
    return _sample_window(qtbot, settings, tmp_path)


def _shown(editor: CodebookEditor) -> dict[str, tuple[str, str]]:
    """The tree as the editor shows it: each code's path (names joined with '/') → its
    parent's path and its tooltip (the name, then the definition)."""
    found: dict[str, tuple[str, str]] = {}

    def visit(item, above: str) -> None:  # type: ignore[no-untyped-def]
        for row in range(item.rowCount()):
            child = item.child(row, 0)
            path = f"{above}/{child.text()}" if above else child.text()
            found[path] = (above, child.toolTip())
            visit(child, path)

    visit(editor.tree._model.invisibleRootItem(), "")
    return found


def test_the_editor_shows_what_the_cli_changes_in_the_codebook(
    qtbot: QtBot, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> None:
    menu_bar.press(qtbot, window, "Ctrl+2")
    editor = window.work_stack.current()
    assert isinstance(editor, CodebookEditor) and window.session is not None
    project = str(window.session.project.location)

    def cli(*argv: str) -> None:
        assert main(["codebook", argv[0], project, *argv[1:]]) == 0, capsys.readouterr().err

    cli("add", "Housing", "--definition", "Access to housing")
    cli("add", "Housing/Rent support")
    qtbot.waitUntil(lambda: "Housing/Rent support" in _shown(editor), timeout=5000)
    assert _shown(editor)["Housing"] == ("", "Housing\n\nAccess to housing")
    cli("rename", "Housing/Rent support", "Rent subsidy")
    qtbot.waitUntil(lambda: "Housing/Rent subsidy" in _shown(editor), timeout=5000)
    cli("define", "Housing/Rent subsidy", "Municipal rent subsidies")
    cli("move", "Housing/Rent subsidy", "--top")
    qtbot.waitUntil(lambda: "Rent subsidy" in _shown(editor), timeout=5000)
    assert _shown(editor)["Rent subsidy"] == ("", "Rent subsidy\n\nMunicipal rent subsidies")
    cli("delete", "Housing")
    qtbot.waitUntil(lambda: "Housing" not in _shown(editor), timeout=5000)
