"""Mapping → Export tables…: the file name follows the table chosen, the suffix the format,
and an existing file is replaced only when the researcher says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from frameworkqda.gui.export_dialog import ExportDialog
from frameworkqda.gui.main_window import MainWindow
from tests.gui import modal


def _pick(qtbot, box: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the combo's list and click the entry."""
    box.showPopup()
    view = box.view()
    index = view.model().index(box.findText(text), 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert box.currentText() == text


def _button(widget, text: str) -> QPushButton:  # type: ignore[no-untyped-def]
    (button,) = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    return button  # type: ignore[no-any-return]


def _export(qtbot, dialog: ExportDialog) -> None:  # type: ignore[no-untyped-def]
    dialog.done_event.clear()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.done_event.is_set, timeout=10000)


def test_file_name_follows_the_table_and_overwriting_asks(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Mapping
    mapping = window.views["mapping"]
    qtbot.mouseClick(_button(mapping, "Export tables…"), Qt.MouseButton.LeftButton)
    dialog = mapping.export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert Path(dialog.path.text()).name == "counts.xlsx"

    _pick(qtbot, dialog.format_box, "Word document (journal tables) (*.docx)")
    assert Path(dialog.path.text()).name == "counts.docx"
    _pick(qtbot, dialog.table_box, "Framework matrix")  # not counts.docx any more
    assert Path(dialog.path.text()).name == "framework-matrix.docx"
    _pick(qtbot, dialog.table_box, "Ranks")
    assert Path(dialog.path.text()).name == "ranks.docx"

    # a folder of our own, then write; the same name again asks before replacing
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(tmp_path / "ranks.docx"))
    _export(qtbot, dialog)
    target = tmp_path / "ranks.docx"
    assert dialog.written == [str(target)]
    first = target.read_bytes()
    target.write_bytes(b"the researcher's own edits")

    _pick(qtbot, dialog.table_box, "Counts")
    assert dialog.path.text() == str(tmp_path / "counts.docx")
    _pick(qtbot, dialog.table_box, "Ranks")
    modal.click("No")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"the researcher's own edits"
    assert dialog.summary.text() == "Not written: ranks.docx was kept as it was."

    modal.click("Yes")
    _export(qtbot, dialog)
    assert target.read_bytes()[:2] == first[:2] == b"PK"  # a Word file again
    assert dialog.written == [str(target), str(target)]


def test_file_export_tables_opens_from_the_matrix_with_its_shortcut(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A researcher in the matrix looks for the export in the File menu, as NVivo and MAXQDA
    have it (it was only a button in stage 5): File → Export tables… and Ctrl+E open it where
    they are, and it writes the matrix."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # the matrix
    assert window.current_view == "matrix"
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    (action,) = [a for a in file_menu.actions() if a.text().startswith("Export &tables")]
    assert action.shortcut().toString() == "Ctrl+E"
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.views["mapping"].export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    assert window.current_view == "matrix"  # the dialog opens over the matrix, on it
    assert dialog.table_box.currentText() == "Framework matrix"
    assert Path(dialog.path.text()).name == "framework-matrix.xlsx"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(tmp_path / "framework-matrix.xlsx"))
    _export(qtbot, dialog)
    assert (tmp_path / "framework-matrix.xlsx").is_file(), dialog.summary.text()


def test_cancel_or_close_while_a_table_is_written_leaves_no_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Export tables had no Cancel, and Close left the writing going on unseen: the file
    appeared seconds later, said nowhere. Cancel (or Close) now leaves no file and says so.
    The writer is held at its start until the test has clicked (the real writer then runs)."""
    import threading

    from frameworkqda.gui import export_dialog

    started, go = threading.Event(), threading.Event()
    real = export_dialog.export_report

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.set()
        go.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog, "export_report", held)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Export tables
    dialog = window.views["mapping"].export_dialog
    assert isinstance(dialog, ExportDialog) and dialog.isVisible()
    folder = tmp_path / "tables"
    folder.mkdir()
    for attempt, stop in (("cancelled.xlsx", "Cancel"), ("closed.xlsx", "Close")):
        target = folder / attempt
        dialog.path.setText(str(target))
        started.clear(), go.clear(), dialog.done_event.clear()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(started.is_set)
        assert dialog.cancel_button.isEnabled()
        qtbot.mouseClick(_button(dialog, stop), Qt.MouseButton.LeftButton)
        go.set()
        qtbot.waitUntil(dialog.done_event.is_set, timeout=10000)
        assert not target.exists()
        assert dialog.summary.text() == f"Not written: cancelled; {attempt} is as it was."
        if stop == "Close":
            assert not dialog.isVisible()
            dialog.show()
    assert list(folder.iterdir()) == []  # no file, and no temporary one left behind
