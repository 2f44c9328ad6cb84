"""File → Import REFI-QDA project… with another program's cases whose names the project's rule
calls one ("Osaka" and "osaka "): the report shown says which were taken as one, and the
project opened holds one case of each name."""

from __future__ import annotations

from pathlib import Path

from frameworkqda.core.cases import list_cases
from frameworkqda.gui.main_window import MainWindow
from tests.e2e.test_cli_refi_case_names import _write
from tests.gui.test_refi_gui import imported_through_menu


def test_cases_of_one_name_come_in_as_one_through_the_menu(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    source, target = _write(tmp_path / "cities.qdpx"), tmp_path / "cities.fqda"
    dialog = imported_through_menu(qtbot, window, source, target)
    assert dialog.report_dialog is not None
    text = dialog.report_dialog.browser.toPlainText()
    assert "case 'osaka' taken as the case 'Osaka' before it" in text
    assert "case 'osaka': value '2600000' of 'population'" in text
    assert window.session is not None and window.session.project.location.path == target
    names = [case.name for case in list_cases(window.session.project)]
    assert names == ["Osaka", "Kōbe city", "Hamamatsu"]
