"""The GUI's exports cannot replace the open project (cli-report item 1): the file chosen in a
save dialog goes to core/atomic.py, which refuses a project; the window says so and the project
file is as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from frameworkqda.gui.main_window import MainWindow
from tests.gui import modal


def test_exporting_tables_or_a_chart_onto_the_open_project_is_refused(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from frameworkqda.gui.mapping.view import MappingView

    assert window.session is not None
    project = window.session.project.location.path
    assert project is not None
    window.show_stage(5)
    view = window.views["mapping"]
    assert isinstance(view, MappingView)
    window.session.project.engine.dispose()  # nothing held in memory to be written back
    before = project.read_bytes()

    dialog = view.open_export_dialog(show=True)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(".csv"))
    dialog.path.setText(str(project))
    modal.click("Yes")  # "… already exists. Replace it?"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=10000)
    assert "is a FrameworkQDA project" in dialog.summary.text()
    assert dialog.written == []

    assert project.read_bytes() == before

    other = tmp_path / "other project.png"  # a project whatever its name: still refused
    other.write_bytes(before)
    for target, reason in (
        (other, "is a FrameworkQDA project"),
        (project, "written as .png or .svg"),
    ):
        said = modal.read_next_box()
        assert view.export_chart(str(target), ".png") is None  # as typed in its save dialog
        assert said and reason in said[0], said
    assert project.read_bytes() == before and other.read_bytes() == before
