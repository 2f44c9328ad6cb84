"""Drags as a person makes them: enter, move, let go, each event sent through Qt to the widget
(never its handler called: a test that called ``dropEvent`` passed while the real drop was
dead), with files from a file manager (:func:`files`) or the app's own data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


@dataclass(frozen=True)
class Drag:
    """The three events of one drag, to ask what the widget made of each."""

    enter: QDragEnterEvent
    move: QDragMoveEvent
    drop: QDropEvent


def files(*paths: Path) -> QMimeData:
    """What a file manager hands over when ``paths`` are dragged from it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return data


def drag(
    widget: QWidget,
    data: QMimeData,
    point: QPoint | QPointF | None = None,
    action: Qt.DropAction = Qt.DropAction.CopyAction,
) -> Drag:
    """Drag ``data`` onto ``widget`` at ``point`` (its centre by default) and let go. All three
    events are sent even when the widget refuses the entry: a refusal's test checks that a
    drop delivered all the same is refused too."""
    at = QPointF(point if point is not None else widget.rect().center())
    button, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, action, data, button, keys)
    QApplication.sendEvent(widget, enter)
    move = QDragMoveEvent(at, action, data, button, keys)
    QApplication.sendEvent(widget, move)
    drop = QDropEvent(at, action, data, button, keys)
    QApplication.sendEvent(widget, drop)
    return Drag(enter, move, drop)


def dropped(
    widget: QWidget,
    data: QMimeData,
    point: QPoint | QPointF | None = None,
    action: Qt.DropAction = Qt.DropAction.CopyAction,
) -> QDropEvent:
    """:func:`drag` that ``widget`` takes all the way (its entry and move accepted): the drop."""
    made = drag(widget, data, point, action)
    assert made.enter.isAccepted() and made.move.isAccepted()
    return made.drop
