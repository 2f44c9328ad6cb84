"""Scores for a project without any (empty template): codebook → Scores…, type, paste, save.

Then the mapping view ranks the themes by the new series. Driven by clicks and keys.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from frameworkqda.cli import main
from frameworkqda.core import commands, scores
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.mapping.view import MappingView
from frameworkqda.gui.scores_editor import ScoresEditor
from tests.gui import menu_bar, modal
from tests.gui.counted import says
from tests.gui.read_only import read_only_sample

THEMES = ["Anti-discrimination", "Education", "Health", "Labour market mobility"]


@pytest.fixture
def empty_window(qtbot: QtBot, settings: object, tmp_path: Path) -> MainWindow:
    project = str(tmp_path / "empty.fqda")
    assert main(["new", project, "--framework", "empty"]) == 0
    codebook = tmp_path / "codebook.csv"
    codebook.write_text(
        "path,definition,colour\n" + "".join(f"{t}/Consultation service,,\n" for t in THEMES),
        encoding="utf-8",
    )
    assert main(["codebook", "import", project, str(codebook)]) == 0
    assert main(["case", "add", project, "Hamamatsu"]) == 0
    for theme in THEMES[:2]:
        code = f"{theme}/Consultation service"
        assert main(["cell", project, "--case", "Hamamatsu", "--code", code, "--value", "Yes"]) == 0
    window = MainWindow(settings)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_project(project)
    return window


def _open_scores(window: MainWindow, qtbot: QtBot) -> ScoresEditor:
    editor = window.show_view("codebook")
    assert isinstance(editor, CodebookEditor)
    qtbot.mouseClick(editor.buttons["Scores…"], Qt.MouseButton.LeftButton)
    dialog = editor.scores_editor
    assert isinstance(dialog, ScoresEditor) and dialog.isVisible()
    return dialog


def _type_into_cell(qtbot: QtBot, dialog: ScoresEditor, text: str) -> None:
    """The first key opens the cell's editor (as for a person); the rest go into it."""
    qtbot.keyClick(dialog.table, text[0])
    editor = dialog.table.focusWidget()
    assert editor is not dialog.table
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_add_series_type_paste_save_and_rank(empty_window: MainWindow, qtbot: QtBot) -> None:
    session = empty_window.session
    assert session is not None
    dialog = _open_scores(empty_window, qtbot)
    assert dialog.series_box.count() == 0 and not dialog.save_button.isEnabled()

    qtbot.keyClicks(dialog.new_name, "MIPEX 2015 Japan")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.current_series() == "MIPEX 2015 Japan"
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == THEMES

    # type the first score into the table, then paste the rest as a spreadsheet column
    dialog.table.setCurrentCell(0, 1)
    _type_into_cell(qtbot, dialog, "22")
    dialog.table.setCurrentCell(1, 1)
    QGuiApplication.clipboard().setText("21\n51\n")
    qtbot.keyClick(dialog.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    # two columns (theme, score) land on their theme wherever they are
    QGuiApplication.clipboard().setText("Labour market mobility\t65\n")
    qtbot.keyClick(dialog.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    # a theme name that is none of these: refused, nothing pasted (it went to the current row)
    said = modal.read_next_box()
    QGuiApplication.clipboard().setText("Educaton\t99\nHealth\t98\n")
    qtbot.keyClick(dialog.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert said == ["No theme of this codebook is named “Educaton”; nothing was pasted."]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = {s.theme: s.value for s in scores.list_scores(session.project)}
    assert saved == {"Anti-discrimination": 22, "Education": 21, "Health": 51,
                     "Labour market mobility": 65}  # fmt: skip
    assert "Saved" in dialog.status.text() and says(dialog.status.text(), 4, "score")

    mapping = empty_window.show_view("mapping")
    assert isinstance(mapping, MappingView)
    assert mapping.series_box.currentText() == "MIPEX 2015 Japan"
    assert mapping.ranks.loc["Labour market mobility", "score rank"] == 1
    assert mapping.ranks.loc["Education", "score"] == 21

    # undo takes the series away again; the mapping view says so
    session.undo_stack.undo()
    assert scores.list_scores(session.project) == []
    assert "No external scores" in mapping.rho.text()


def test_a_value_that_is_no_number_saves_nothing(
    empty_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = empty_window.session
    assert session is not None
    dialog = _open_scores(empty_window, qtbot)
    steps = session.undo_stack.count()
    qtbot.keyClicks(dialog.new_name, "ICC 2020")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog.table.setCurrentCell(2, 1)
    _type_into_cell(qtbot, dialog, "high")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert warnings and "Health" in warnings[0] and "high" in warnings[0]
    assert scores.list_scores(session.project) == []
    assert session.undo_stack.count() == steps
    _answered("Discard", [])  # closing the project now asks about the typed "high"
    empty_window.close_action.trigger()
    assert empty_window.session is None


def test_delete_series_asks_first_and_no_keeps_it(empty_window: MainWindow, qtbot: QtBot) -> None:
    """Delete series… asks; No keeps every score (the click once deleted without asking:
    ``clicked(False)`` was taken for ``confirm=False``)."""
    session = empty_window.session
    assert session is not None
    theme = next(code.id for code in session.codes() if code.name == "Education")
    session.run(scores.SetScores({("MIPEX 2015 Japan", theme): 21.0}))
    dialog = _open_scores(empty_window, qtbot)
    asked: list[str] = []

    def no(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    modal.answer(QMessageBox, no)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "MIPEX 2015 Japan" in asked[0]
    assert [s.series for s in scores.list_scores(session.project)] == ["MIPEX 2015 Japan"]


def _sample_scores(window: MainWindow, qtbot: QtBot) -> ScoresEditor:
    """The sample's Scores… with MIPEX 2015 Japan shown; Anti-discrimination's 22 changed to 99."""
    dialog = _open_scores(window, qtbot)
    dialog.series_box.setCurrentIndex(dialog.series_box.findText("MIPEX 2015 Japan"))
    assert dialog.table.item(0, 0).text() == "Anti-discrimination"
    assert dialog.table.item(0, 1).text() == "22"
    dialog.table.setCurrentCell(0, 1)
    _type_into_cell(qtbot, dialog, "99")
    return dialog


def _answered(button: str, asked: list[str]) -> None:
    """In the next message box: note its text, click ``button``."""

    def read_and_click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        assert button in buttons, list(buttons)
        buttons[button].click()

    modal.answer(QMessageBox, read_and_click)


def _stored(window: MainWindow) -> float:
    assert window.session is not None
    found = scores.list_scores(window.session.project)
    return next(s.value for s in found if (s.series, s.theme) == ("MIPEX 2015 Japan", THEMES[0]))


def _close(qtbot: QtBot, dialog: ScoresEditor) -> None:
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Close")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)


def test_close_with_a_changed_score_asks_first(window: MainWindow, qtbot: QtBot) -> None:
    """22 → 99, Close: it was dropped without a word. Cancel keeps the dialog with the 99,
    Save writes it; Discard (also asked on Esc) drops it; no change: Close just closes."""
    dialog = _sample_scores(window, qtbot)
    asked: list[str] = []
    _answered("Cancel", asked)
    _close(qtbot, dialog)
    assert asked == ["Save the scores of “MIPEX 2015 Japan” you changed?"]
    assert dialog.isVisible() and dialog.table.item(0, 1).text() == "99"
    assert _stored(window) == 22
    _answered("Save", asked)
    _close(qtbot, dialog)
    assert len(asked) == 2 and not dialog.isVisible()
    assert _stored(window) == 99

    dialog = _open_scores(window, qtbot)
    assert dialog.table.item(0, 1).text() == "99"
    dialog.table.setCurrentCell(0, 1)
    _type_into_cell(qtbot, dialog, "22")
    _answered("Discard", asked)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert len(asked) == 3 and not dialog.isVisible()
    assert _stored(window) == 99
    dialog = _open_scores(window, qtbot)
    assert dialog.table.item(0, 1).text() == "99"  # the stored score, not the dropped one
    _close(qtbot, dialog)
    assert len(asked) == 3 and not dialog.isVisible()  # nothing changed: nothing asked


def test_choosing_another_series_with_a_changed_score_asks_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = _sample_scores(window, qtbot)
    asked: list[str] = []
    _answered("Cancel", asked)
    dialog.series_box.setCurrentIndex(dialog.series_box.findText("MIPEX 2020 Japan"))
    assert asked == ["Save the scores of “MIPEX 2015 Japan” you changed?"]
    assert dialog.current_series() == "MIPEX 2015 Japan"
    assert dialog.table.item(0, 1).text() == "99"
    _answered("Save", asked)
    dialog.series_box.setCurrentIndex(dialog.series_box.findText("MIPEX 2020 Japan"))
    assert dialog.current_series() == "MIPEX 2020 Japan"
    assert dialog.table.item(0, 1).text() == "16"
    assert _stored(window) == 99


def test_saving_scores_a_read_only_project_refuses_says_so_and_keeps_them(
    qtbot: QtBot, settings: object, tmp_path: Path
) -> None:
    with read_only_sample(qtbot, settings, tmp_path) as (window, location):
        dialog = _sample_scores(window, qtbot)
        said: list[str] = []
        _answered("OK", said)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert len(said) == 1 and str(location) in said[0] and "read-only" in said[0]
        assert dialog.table.item(0, 1).text() == "99" and _stored(window) == 22
        _answered("Discard", said)
        _close(qtbot, dialog)
        assert not dialog.isVisible()
        window.close()


def test_a_change_arriving_while_scores_are_typed_keeps_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    """A codebook change made meanwhile (another window, another coder) redrew the table and
    dropped the 99 being typed."""
    dialog = _sample_scores(window, qtbot)
    assert window.session is not None
    window.session.run(commands.AddCode("Housing"))  # a theme added meanwhile
    assert dialog.table.item(0, 1).text() == "99" and dialog.unsaved()
    assert "changed meanwhile" in dialog.status.text()
    asked: list[str] = []
    _answered("Save", asked)
    _close(qtbot, dialog)
    assert _stored(window) == 99


def _shown_editor(window: MainWindow) -> ScoresEditor:
    editor = window.show_view("codebook")
    assert isinstance(editor, CodebookEditor)
    dialog = editor.scores_editor
    assert isinstance(dialog, ScoresEditor) and dialog.isVisible()
    return dialog


def test_scores_open_from_the_code_menu_and_beside_mappings_series(
    empty_window: MainWindow, qtbot: QtBot
) -> None:
    """Scores were reached only by Thematic framework → codebook → Scores…: no menu item, and
    nothing in Mapping, where the ranks compare with them."""
    empty_window.activateWindow()
    qtbot.waitUntil(empty_window.isActiveWindow)
    menu_bar.choose(qtbot, empty_window, "Code", "External scores per theme…")
    dialog = _shown_editor(empty_window)
    _close(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    empty_window.activateWindow()
    menu_bar.press(qtbot, empty_window, "Ctrl+5")
    mapping = empty_window.views["mapping"]
    assert isinstance(mapping, MappingView)
    # beside the series chooser, on its line; with no series yet, the line under says where
    button = mapping.scores_button
    assert button.isVisible() and button.parentWidget() is mapping.series_box.parentWidget()
    assert abs(button.geometry().center().y() - mapping.series_box.geometry().center().y()) < 8
    assert "Edit scores…" in mapping.rho.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _shown_editor(empty_window) is dialog


def test_scores_open_from_the_menu_of_a_read_only_project(
    qtbot: QtBot, settings: object, tmp_path: Path
) -> None:
    """Reading goes on in a read-only project: its scores are shown (Save says it refuses)."""
    with read_only_sample(qtbot, settings, tmp_path) as (window, _location):
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        menu_bar.choose(qtbot, window, "Code", "External scores per theme…")
        dialog = _shown_editor(window)
        assert dialog.series_box.findText("MIPEX 2015 Japan") >= 0
        _close(qtbot, dialog)
        window.close()
