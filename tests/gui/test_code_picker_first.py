"""The quick code picker (Ctrl+K): Enter at once codes to a column of the framework matrix
(a measure), never to a theme with measures, which the matrix does not chart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from frameworkqda.core import coding, workspace
from frameworkqda.gui.main_window import MainWindow
from tests.gui import menu_bar, modal


def _picked_with_enter(
    qtbot: QtBot, window: MainWindow, typed: str, start: int
) -> tuple[int, list[int]]:
    """Select a passage at ``start``, open the picker, type ``typed``, press Enter: the code
    applied, and the codes the picker listed."""
    assert window.session is not None
    project = window.session.project
    document = workspace.documents(project)[0]
    window.open_document(document.id)
    before = {s.id for s in coding.segments_of_document(project, document.id)}
    window.document_area.text_view.select_range(start, start + 4)
    menu_bar.press(qtbot, window, "Ctrl+K")
    picker = window.code_picker
    assert picker.isVisible()
    qtbot.keyClicks(picker.filter, typed)
    listed = picker.visible_codes()
    said = modal.read_next_box()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert not said, said
    (made,) = [s for s in coding.segments_of_document(project, document.id) if s.id not in before]
    return made.code_id, listed


def test_enter_at_once_codes_to_a_measure_not_a_theme(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    codes = session.codes()
    themes = {
        c.id for c in codes if c.parent_id is None and any(o.parent_id == c.id for o in codes)
    }
    code_id, first = _picked_with_enter(qtbot, window, "", 10)
    assert first and first[0] in themes  # the list begins with a theme (Anti-discrimination)
    assert code_id not in themes and session.code(code_id).parent_id is not None  # type: ignore[union-attr]
    theme = session.code(first[0])
    assert theme is not None
    other = next(c for c in codes if c.id in themes and c.id != theme.id)
    code_id, listed = _picked_with_enter(qtbot, window, other.name, 20)  # a filter typed
    assert listed[0] == other.id  # the theme heads what the filter shows, its measures next
    assert session.code(code_id).parent_id == other.id  # type: ignore[union-attr]
    # the theme itself: still chosen, with the arrows
    assert window.session is not None
    window.document_area.text_view.select_range(30, 34)
    menu_bar.press(qtbot, window, "Ctrl+K")
    picker = window.code_picker
    qtbot.keyClicks(picker.filter, theme.name)
    theme_row = picker.visible_codes().index(theme.id)  # after the recent measures
    assert picker.list.currentRow() != theme_row
    while picker.list.currentRow() != theme_row:
        step = Qt.Key.Key_Up if picker.list.currentRow() > theme_row else Qt.Key.Key_Down
        qtbot.keyClick(picker.filter, step)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert theme.id in {
        s.code_id
        for s in coding.segments_of_document(session.project, window.document_area.document_id)
    }  # type: ignore[arg-type]
