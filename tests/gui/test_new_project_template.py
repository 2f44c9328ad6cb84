"""Ctrl+N (File → New project) makes the project from the template the researcher chose: the
start page's chooser when the start page is on screen, else asked after the file's name.
Ctrl+N once ignored the chooser (an "Empty codebook" project came with MIPEX local's 39
codes), and with a project open every new project got MIPEX local, unasked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from frameworkqda.core.framework.templates import TemplateNode, load_template
from frameworkqda.gui.main_window import MainWindow
from frameworkqda.gui.start_page import StartPage, TemplateDialog
from tests.gui import modal


def _front(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _ctrl_n(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _front(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def _codes(window: MainWindow) -> int:
    assert window.session is not None
    return len(window.session.codes())


def _template_codes(key: str) -> int:
    def count(nodes: tuple[TemplateNode, ...]) -> int:
        return sum(1 + count(node.children) for node in nodes)

    return count(load_template(key, "en").themes)


def test_ctrl_n_on_the_start_page_uses_the_template_chosen_there(
    qtbot, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    page = window.findChild(StartPage)
    assert isinstance(page, StartPage)
    box = page.template_box
    assert box.currentData() == "mipex-local"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)  # the first template: Empty codebook
    assert box.currentData() == "empty"

    asked: list[str] = []  # the start page's choice stands: no second question

    def refuse(dialog: QWidget) -> None:
        asked.append(dialog.windowTitle())
        dialog.close()

    modal.answer(TemplateDialog, refuse)
    modal.choose(tmp_path / "empty_via_ctrlN")
    _ctrl_n(qtbot, window)
    assert window.session is not None, asked
    assert window.session.project.location.path == tmp_path / "empty_via_ctrlN.fqda"
    assert _codes(window) == 0 and asked == []


def test_ctrl_n_with_a_project_open_asks_for_the_template(
    qtbot, new_window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = new_window
    first = window.session
    assert first is not None and _codes(window) == _template_codes("mipex-local")

    # the file's name, then its template: Cancel there makes nothing, the project stays open
    offered: list[list[str]] = []

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, TemplateDialog)
        box = dialog.choice.box
        offered.append([str(box.itemData(i)) for i in range(box.count())])
        buttons = dialog.findChild(QDialogButtonBox)
        assert isinstance(buttons, QDialogButtonBox)
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
        )

    modal.choose(tmp_path / "not-made.fqda")
    modal.answer(TemplateDialog, cancel)
    _ctrl_n(qtbot, window)
    assert offered == [["empty", "icc", "mipex", "mipex-local"]]
    assert window.session is first and not (tmp_path / "not-made.fqda").exists()

    # ICC, chosen with the keyboard, then Create
    def choose_icc(dialog: QWidget) -> None:
        assert isinstance(dialog, TemplateDialog)
        box = dialog.choice.box
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Home)
        qtbot.keyClick(box, Qt.Key.Key_Down)
        assert box.currentData() == "icc"
        assert dialog.choice.description.text() == load_template("icc", "en").description
        buttons = dialog.findChild(QDialogButtonBox)
        assert isinstance(buttons, QDialogButtonBox)
        create = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert create.text() == "Create"
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)

    modal.choose(tmp_path / "icc-study.fqda")
    modal.answer(TemplateDialog, choose_icc)
    _ctrl_n(qtbot, window)
    assert window.session is not None and window.session is not first
    assert window.session.project.location.path == tmp_path / "icc-study.fqda"
    assert _codes(window) == _template_codes("icc") != _template_codes("mipex-local")
