"""A row of controls that wraps onto a second line when the view is narrower than the row.

The matrix's toolbar (Theme, Case, Show measures with, Transpose, Collapse/expand, Auto-draft)
was one row 890 pixels wide: at QT_SCALE_FACTOR=1.5 on a 1600 × 1000 screen the work area has
about 760, and the matrix with its evidence panel ran off the right edge. Here the controls
flow onto as many lines as the width needs, as a browser's toolbar or a word processor's ribbon
does. (Qt's own "Flow Layout" example, kept small.) A widget added with ``add_stretching``
takes the room left at the end of its line (the document's find field: as wide as the line
allows, on a line of its own when the view is narrow).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretching: set[int] = set()  # ids of the widgets that take a line's spare room
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_stretching(self, widget: QWidget) -> None:
        """Add ``widget``, widened by whatever room its line has left."""
        self.addWidget(widget)
        self._stretching.add(id(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        placed: list[tuple[QLayoutItem, QRect]] = []  # the line being laid out

        def finish_line() -> None:
            """Widen the line's stretching widget by the room left, and move those after it."""
            spare = area.right() + 1 - (placed[-1][1].right() + 1) if placed else 0
            shift = 0
            for item, place in placed:
                widget = item.widget()
                place.translate(shift, 0)
                if spare > 0 and widget is not None and id(widget) in self._stretching:
                    place.setWidth(place.width() + spare)
                    shift, spare = spare, 0
                if place.right() > area.right():  # alone on a line narrower than its hint
                    least = item.minimumSize().width()
                    place.setWidth(max(least, area.right() + 1 - place.x()))
                item.setGeometry(place)
            placed.clear()

        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            space = self._spacing
            if space < 0 and widget is not None:
                space = widget.style().layoutSpacing(
                    QSizePolicy.ControlType.PushButton,
                    QSizePolicy.ControlType.PushButton,
                    Qt.Orientation.Horizontal,
                )
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                if move:
                    finish_line()
                x, y, line = area.x(), y + line + space, 0
            if move:
                placed.append((item, QRect(QPoint(x, y), hint)))
            x += hint.width() + space
            line = max(line, hint.height())
        if move:
            finish_line()
        return y + line - rect.y() + margins.bottom()
