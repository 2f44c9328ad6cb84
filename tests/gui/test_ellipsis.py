"""A button that opens a dialog asking for more (a name, a file, a colour, a code, the memo's
text) ends its label with "…", as the menus and "Rename…" do: "Add sub-code" opened a name
dialog with no sign of it. Each button is clicked and whatever opens is noted and closed; a
message box alone (a confirmation: nothing more to give) is not counted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from frameworkqda.core import model
from frameworkqda.core.codebook import resolve
from frameworkqda.gui.codebook_editor import CodebookEditor
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.memos_view import MemosView
from tests.gui import modal


def _asks_for_more(qtbot: QtBot, button: QPushButton) -> bool:
    """Whether clicking ``button`` opened a dialog other than a message box (modal or not);
    each one is closed unanswered."""
    before = {id(widget) for widget in QApplication.topLevelWidgets() if widget.isVisible()}
    seen: list[QWidget] = []

    def close(box: QWidget) -> None:
        seen.append(box)
        assert isinstance(box, QDialog)
        box.reject()

    modal.answer(QDialog, close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(20)
    modal.forget()  # a click that opened nothing leaves no answer for the next one
    opened = [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible() and id(widget) not in before
    ]
    for widget in opened:
        widget.close()
    return any(not isinstance(box, QMessageBox) for box in [*seen, *opened])


def _without_ellipsis(qtbot: QtBot, buttons: list[QPushButton]) -> list[str]:
    return [
        button.text()
        for button in buttons
        if button.isEnabled() and _asks_for_more(qtbot, button) and not button.text().endswith("…")
    ]


def test_codebook_buttons_that_ask_say_so(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    editor = window.show_view("codebook")
    assert isinstance(editor, CodebookEditor)
    with session.project.session() as db:
        editor.select(resolve(db, "Health/Medical consultation service"))
    assert _without_ellipsis(qtbot, list(editor.buttons.values())) == []
    assert editor.buttons["Add sub-code…"].text() == "Add &sub-code…"


def test_memos_buttons_that_ask_say_so(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    with session.project.transaction() as db:
        db.add(model.Memo(title="Fieldwork diary", text="Day one in Kawasaki"))
    view = window.show_view("memos")
    assert isinstance(view, MemosView)
    view.table.setCurrentIndex(view.table.model().index(0, 0))
    buttons = [view.open_button, view.new_button, view.rename_button]
    assert _without_ellipsis(qtbot, buttons) == []
