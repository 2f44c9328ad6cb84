"""The work area's stack of views, each in a scroll area of its own.

A QStackedWidget is as wide as the widest view it ever held (its minimum is the largest of its
pages' minimums): once the matrix or the mapping view had been shown, the next relayout — a
search jump, a document opened — grew the window past the screen or squeezed the left column
until the codebook was unreadable. Here a view narrower than its own minimum scrolls inside the
work area instead, so the window keeps its size and the splitter keeps the panels' widths.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget


class WorkStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workArea")
        self._holders: dict[int, QScrollArea] = {}

    def show_view(self, view: QWidget) -> None:
        """Bring ``view`` to the front (placed in its scroll area the first time)."""
        holder = self._holders.get(id(view))
        if holder is None:
            holder = QScrollArea()
            holder.setFrameShape(QFrame.Shape.NoFrame)
            # no stop of its own in the Tab cycle (framed by nothing, it showed no focus)
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            holder.setWidgetResizable(True)  # as large as the room, scrolls only when too small
            holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            holder.setWidget(view)
            self._holders[id(view)] = holder
            self.addWidget(holder)
        self.setCurrentWidget(holder)

    def current(self) -> QWidget | None:
        """The view on screen."""
        holder = self.currentWidget()
        return holder.widget() if isinstance(holder, QScrollArea) else None
