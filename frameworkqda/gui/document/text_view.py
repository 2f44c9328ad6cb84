"""The text view: extracted text with coded passages highlighted and coding stripes beside it.

Positions cross this widget's boundary in code points only; inside, an :class:`OffsetMap`
converts to the UTF-16 units QTextCursor counts. Highlights are extra selections built only
for the passages on screen, so a document with thousands of segments scrolls smoothly.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from frameworkqda.core.text.fold import find_all
from frameworkqda.gui import colours as tones
from frameworkqda.gui.document.marks import Mark, fill_colour, range_mime
from frameworkqda.gui.fonts import reading_font
from frameworkqda.gui.positions import OffsetMap

FIND_HIT, FIND_CURRENT = "#ffeb3b", "#ff9800"  # a find's matches, the current one darker
STRIPE_WIDTH = 5
STRIPE_GAP = 2
MARGIN_PAD = 6


class _StripeMargin(QWidget):
    """The margin left of the text: one coloured stripe per code beside each coded passage."""

    def __init__(self, view: TextView) -> None:
        super().__init__(view)
        self._view = view
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(self._view.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        # the chosen passage's stripe outlined in the palette's text colour (black on a light
        # margin, white on a dark one)
        outline = self.palette().windowText().color()
        for rect, mark in self._view.stripes():
            colour = QColor(mark.colour)
            if mark.segment_id == self._view.selected_segment:
                painter.fillRect(rect.adjusted(-1, -1, 1, 1), outline)
            painter.fillRect(rect, colour)

    def _marks_at(self, point: QPoint) -> list[Mark]:
        return [
            mark
            for rect, mark in self._view.stripes()
            if rect.adjusted(-1, 0, 1, 0).contains(point)
        ]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        marks = self._marks_at(event.position().toPoint())
        if marks:
            QToolTip.showText(
                event.globalPosition().toPoint(), "\n".join(m.label for m in marks), self
            )
        else:
            QToolTip.hideText()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        marks = self._marks_at(event.position().toPoint())
        if marks:
            self._view.segment_clicked.emit(marks[0].segment_id)


TAB_STOP_IDEOGRAPHS = 7


class TextView(QPlainTextEdit):
    """Read-only text with highlights, stripes, find, zoom and drag-a-selection-to-a-code."""

    segment_clicked = Signal(int)  # a segment id
    selection_changed_cp = Signal(int, int)  # code-point range, empty when start == end
    hits_changed = Signal(object)  # the find's matches: list of (start, end) code points
    context_menu_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self._set_reading_font(reading_font())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self.context_menu_requested)
        self.document_id: int | None = None
        self.selected_segment: int | None = None
        self._offsets = OffsetMap("")
        self._text = ""
        self._marks: list[Mark] = []
        self._starts: list[int] = []
        self._max_length = 0
        self._lanes: dict[int, int] = {}
        self._hits: list[tuple[int, int]] = []
        self._current_hit = -1
        self._drag_origin: QPoint | None = None
        self._refreshing = False
        self._margin = _StripeMargin(self)
        self.verticalScrollBar().valueChanged.connect(self._refresh_visible)
        self.selectionChanged.connect(self._emit_selection)
        self.updateRequest.connect(lambda *_: self._margin.update())

    # -- content -------------------------------------------------------------------------
    def set_document(self, document_id: int | None, text: str) -> None:
        """Show a document's text; ``\\r`` is shown as a line break (same length, same offsets)."""
        self.document_id = document_id
        self._text = text
        self._offsets = OffsetMap(text)
        self._hits = []
        self._current_hit = -1
        self.hits_changed.emit(self._hits)
        self.selected_segment = None
        self.setPlainText(text.replace("\r", "\n"))
        self._refresh_visible()

    def text(self) -> str:
        return self._text

    def set_marks(self, marks: list[Mark], lanes: dict[int, int] | None = None) -> None:
        """Show ``marks``; each code's stripe in its own lane (``lanes``: code id → lane,
        by default in order of first appearance)."""
        self._marks = sorted(marks, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self._marks]
        self._max_length = max((m.end - m.start for m in self._marks), default=0)
        lanes = dict(lanes or {})
        for mark in self._marks:
            lanes.setdefault(mark.code_id, len(lanes))
        self._lanes = lanes
        self._update_margin_width()
        self._refresh_visible()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    def select_segment(self, segment_id: int | None) -> None:
        self.selected_segment = segment_id
        self._refresh_visible()

    # -- positions -----------------------------------------------------------------------
    def selection_range(self) -> tuple[int, int]:
        """The selected range in code points (start == end when nothing is selected)."""
        cursor = self.textCursor()
        return self._offsets.range_to_code_points(cursor.selectionStart(), cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select [start, end) given in code points and scroll it into view."""
        cursor = QTextCursor(self.document())
        u_start, u_end = self._offsets.range_to_utf16(start, end)
        cursor.setPosition(u_start)
        cursor.setPosition(u_end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def selected_text(self) -> str:
        start, end = self.selection_range()
        return self._text[start:end]

    def code_point_at(self, point: QPoint) -> int:
        return self._offsets.to_code_point(self.cursorForPosition(point).position())

    def visible_range(self) -> tuple[int, int]:
        first = self.firstVisibleBlock().position()
        corner = QPoint(self.viewport().width() - 1, self.viewport().height() - 1)
        last_block = self.cursorForPosition(corner).block()
        last = last_block.position() + last_block.length()
        return self._offsets.to_code_point(first), self._offsets.to_code_point(last)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        u_start, u_end = self._offsets.range_to_utf16(start, end)
        cursor.setPosition(min(u_start, self.document().characterCount() - 1))
        cursor.setPosition(
            min(u_end, self.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor
        )
        return cursor

    def _visible_marks(self) -> list[Mark]:
        first, last = self.visible_range()
        low = bisect_right(self._starts, first - self._max_length - 1)
        high = bisect_right(self._starts, last)
        return [m for m in self._marks[low:high] if m.end > first]

    # -- drawing -------------------------------------------------------------------------
    def _refresh_visible(self) -> None:
        if self._refreshing:  # setExtraSelections can scroll, which calls back here
            return
        self._refreshing = True
        try:
            self._apply_selections()
        finally:
            self._refreshing = False

    def _apply_selections(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        base = self.palette().base().color()
        text = self.palette().text().color()
        for mark in self._visible_marks():
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(mark.start, mark.end)
            fmt = QTextCharFormat()
            fill = fill_colour(mark.colour, 150 if mark.segment_id == self.selected_segment else 70)
            fmt.setBackground(fill)
            # the palette's text where it reads on the tint, else black or white (white text
            # on a yellow code's tint over a dark base did not)
            fmt.setForeground(tones.readable_text(tones.over(fill, base), text))
            if mark.segment_id == self.selected_segment:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(mark.colour).darker(150))
            selection.format = fmt
            selections.append(selection)
        for index, (start, end) in enumerate(self._hits):
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(start, end)
            fmt = QTextCharFormat()
            hit = QColor(FIND_CURRENT if index == self._current_hit else FIND_HIT)
            fmt.setBackground(hit)
            fmt.setForeground(tones.readable_text(hit, text))  # black: white on yellow did not read
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        self._margin.update()

    def margin_width(self) -> int:
        lanes = max(1, len(self._lanes))
        return MARGIN_PAD * 2 + lanes * (STRIPE_WIDTH + STRIPE_GAP)

    def _update_margin_width(self) -> None:
        self.setViewportMargins(self.margin_width(), 0, 0, 0)
        self._place_margin()

    def _place_margin(self) -> None:
        contents = self.contentsRect()
        self._margin.setGeometry(
            QRect(contents.left(), contents.top(), self.margin_width(), contents.height())
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the system's dark mode: text colours anew
            self._refresh_visible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_margin()
        self._refresh_visible()

    def stripes(self) -> list[tuple[QRect, Mark]]:
        """Where each visible passage's stripe is drawn, in margin coordinates."""
        result: list[tuple[QRect, Mark]] = []
        offset = self.viewport().y() - self._margin.y()
        height = self.viewport().height()
        for mark in self._visible_marks():
            top_cursor = self._cursor(mark.start, mark.start)
            bottom_cursor = self._cursor(mark.end, mark.end)
            top = self.cursorRect(top_cursor).top()
            bottom = self.cursorRect(bottom_cursor).bottom()
            top, bottom = max(top, -2), min(bottom, height + 2)
            if bottom < top:
                continue
            lane = self._lanes.get(mark.code_id, 0)
            x = MARGIN_PAD + lane * (STRIPE_WIDTH + STRIPE_GAP)
            result.append((QRect(x, top + offset, STRIPE_WIDTH, bottom - top + 1), mark))
        return result

    # -- find ----------------------------------------------------------------------------
    def highlight_matches(self, term: str) -> int:
        """Highlight every (Japanese-aware, width- and case-folded) match; returns the count."""
        self._hits = list(find_all(self._text, term)) if term else []
        self._current_hit = -1
        self.hits_changed.emit(self._hits)
        self._refresh_visible()
        if self._hits:
            self.find_next()
        return len(self._hits)

    def find_next(self, backwards: bool = False) -> None:
        if not self._hits:
            return
        step = -1 if backwards else 1
        self._current_hit = (self._current_hit + step) % len(self._hits)
        start, end = self._hits[self._current_hit]
        self.select_range(start, end)
        self._refresh_visible()

    def hit_count(self) -> int:
        return len(self._hits)

    # -- zoom ----------------------------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        self._set_reading_font(reading_font(11.0 * factor))
        self._refresh_visible()

    def _set_reading_font(self, font: QFont) -> None:
        """The font, and tab stops wide enough for a table cell of that many ideographs
        (PDF tables are imported a row a line, cells separated by tabs)."""
        self.setFont(font)
        option = self.document().defaultTextOption()
        option.setTabStopDistance(TAB_STOP_IDEOGRAPHS * QFontMetricsF(font).horizontalAdvance("国"))
        self.document().setDefaultTextOption(option)

    # -- mouse: click a passage, drag a selection onto a code ----------------------------
    def _emit_selection(self) -> None:
        start, end = self.selection_range()
        self.selection_changed_cp.emit(start, end)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        cursor = self.textCursor()
        position = self.cursorForPosition(event.position().toPoint()).position()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and cursor.hasSelection()
            and cursor.selectionStart() <= position < cursor.selectionEnd()
        ):
            self._drag_origin = event.position().toPoint()
            return
        self._drag_origin = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_origin is not None:
            distance = (event.position().toPoint() - self._drag_origin).manhattanLength()
            if distance >= QApplication.startDragDistance() and self.document_id is not None:
                start, end = self.selection_range()
                drag = QDrag(self)
                drag.setMimeData(range_mime(self.document_id, start, end, self._text[start:end]))
                self._drag_origin = None
                drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_origin is not None:
            # a click inside the selection without dragging: place the cursor there
            self._drag_origin = None
            cursor = self.cursorForPosition(event.position().toPoint())
            self.setTextCursor(cursor)
        super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            point = self._offsets.to_code_point(self.textCursor().position())
            covering = [m for m in self._marks_at(point)]
            if covering:
                shortest = min(covering, key=lambda m: m.end - m.start)
                self.segment_clicked.emit(shortest.segment_id)

    def _marks_at(self, point: int) -> list[Mark]:
        high = bisect_right(self._starts, point)
        low = bisect_right(self._starts, point - self._max_length - 1)
        return [m for m in self._marks[low:high] if m.start <= point < m.end]
