"""The segment panel as a researcher reads it at 1280 × 720."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyleFactory, QWidget

from frameworkqda.gui.main_window import MainWindow
from tests.gui.clicks import click_stripe, open_coded_document


class _DrawnText(QProxyStyle):
    """The window's style, noting each text it draws as an item's (a combo box's label)."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create(QApplication.style().name()))
        self.drawn: list[str] = []

    def drawItemText(  # type: ignore[override]
        self,
        painter: QPainter,
        rect: QRect,
        flags: int,
        palette: QPalette,
        enabled: bool,
        text: str,
        textRole: QPalette.ColorRole = QPalette.ColorRole.NoRole,
    ) -> None:
        self.drawn.append(text)
        super().drawItemText(painter, rect, flags, palette, enabled, text, textRole)


def _drawn(box: QWidget) -> str:
    style = _DrawnText()
    box.setStyle(style)
    box.repaint()
    assert style.drawn, "the box drew no text"
    return style.drawn[-1]


def test_a_long_code_path_in_the_code_box_is_elided_not_cut(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The Code box cut "Education / Information in multiple languages" at its arrow with no
    mark: a researcher could not tell there was more. It ends in "…" where it is cut (the
    middle: the theme and the measure's end in sight), the whole path its tooltip."""
    assert window.session is not None
    window.resize(1280, 720)
    stripes = open_coded_document(qtbot, window)
    box = window.inspector.code
    for rect, _mark in stripes:  # the first passage whose code path is too long for the box
        click_stripe(qtbot, window, rect)
        path = box.currentText()
        if box.fontMetrics().horizontalAdvance(path) > box.width():
            break
    else:
        raise AssertionError("no passage with a code path wider than the Code box")
    assert box.toolTip() == path
    drawn = _drawn(box)
    assert "…" in drawn and drawn != path
    head, tail = drawn.split("…")
    assert path.startswith(head) and path.endswith(tail) and head and tail
    assert box.fontMetrics().horizontalAdvance(drawn) < box.width()
    # a path that fits is drawn whole
    short = min(range(box.count()), key=lambda i: len(box.itemText(i)))
    box.setCurrentIndex(short)
    assert _drawn(box) == box.itemText(short)
