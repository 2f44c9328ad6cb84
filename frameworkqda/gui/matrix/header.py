"""The matrix's measure header: names word-wrapped over up to three lines, never cut mid-word.

Qt's own header draws one line and elides it (a long MIPEX measure name became "…speech
ordinanc…" with both ends gone). This header paints each section itself: the model's tint,
the name (in the palette's button text, or black or white where that would not read on the
tint) wrapped to the section's width and centred, an ellipsis only on the last line when a
name needs more than :data:`MAX_LINES`; the full name is the tooltip (the model's ToolTipRole).
The case header (the other axis) is the table's vertical header, so case names never scroll
sideways.

Sections the model puts in a group (:data:`GROUP_ROLE`: a measure's theme column) get a band
above their name in the group's colour, one band per group. When the section that names the
group (the theme column) has scrolled partly or wholly out of view, the band shows the group's
name at the header's left edge, as a spreadsheet's frozen panes keep a heading in sight: a cell
far right still reads as theme, then measure. Transposed (measures as rows), the band stands
beside the names in the vertical header, its name written downwards from the header's top
edge (a Japanese one upright, a character a line): the transposed view had none, and a
measure far down no longer said its theme.
Hovering a band shows the group's name (the naming section's tooltip).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QToolTip, QWidget

from frameworkqda.gui import colours as tones

MAX_LINES = 3
PADDING = 4
# headerData role: the logical index of the section naming this section's group (or None)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 20


def wrap_lines(text: str, font: QFont, width: int, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` broken at word boundaries (or anywhere, for Japanese) into lines ≤ ``width``.

    At most ``max_lines``; when the text needs more, the last line ends with an ellipsis.
    """
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    texts = [text[start : start + length].strip() for start, length in lines]
    if len(texts) > max_lines:
        rest = " ".join(texts[max_lines - 1 :])
        last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        texts = [*texts[: max_lines - 1], last]
    # a single word wider than the section: elide it rather than cut it at the edge
    return [
        metrics.elidedText(t, Qt.TextElideMode.ElideRight, width)
        if metrics.horizontalAdvance(t) > width
        else t
        for t in texts
    ]


class WrappingHeader(QHeaderView):
    """A header whose sections show their full text on up to three wrapped lines."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        if isinstance(parent, QAbstractScrollArea):
            # Qt scrolls a header by moving its pixels: the band's label, kept at the left
            # (top) edge, would move with them
            bar = (
                parent.horizontalScrollBar()
                if orientation == Qt.Orientation.Horizontal
                else parent.verticalScrollBar()
            )
            bar.valueChanged.connect(lambda _: self.viewport().update())

    def line_height(self) -> int:
        return QFontMetrics(self.font()).lineSpacing()

    def _horizontal(self) -> bool:
        return self.orientation() == Qt.Orientation.Horizontal

    def _group(self, logical_index: int) -> int | None:
        model = self.model()
        if model is None:
            return None
        group = model.headerData(logical_index, self.orientation(), GROUP_ROLE)
        return group if isinstance(group, int) else None

    def band_height(self) -> int:
        """Thickness of the group band: its height above the names, or its width beside
        them in a vertical header (0 when no section is in a group)."""
        if not any(self._group(section) is not None for section in range(self.count())):
            return 0
        return self.line_height() + 2 * PADDING

    def wrapped_height(self) -> int:
        """Height for :data:`MAX_LINES` lines, padding and the group band (the horizontal
        header's height)."""
        return MAX_LINES * self.line_height() + 2 * PADDING + 2 + self.band_height()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._horizontal():
            hint.setHeight(self.wrapped_height())
        return hint

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self._horizontal():
            size.setHeight(self.wrapped_height())
        elif self._group(logicalIndex) is not None:  # the band beside the name
            size.setWidth(size.width() + self.band_height())
        return size

    def lines(self, logical_index: int, width: int) -> list[str]:
        model = self.model()
        if model is None:
            return []
        text = model.headerData(logical_index, self.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            return []
        return wrap_lines(str(text), self.font(), max(10, width - 2 * PADDING))

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        if not rect.isValid():
            return
        model = self.model()
        if model is None:
            return
        if self._group(logicalIndex) is not None:  # below (beside) its group's band
            band = self.band_height()
            rect = (
                rect.adjusted(0, band, 0, 0) if self._horizontal() else rect.adjusted(band, 0, 0, 0)
            )
        painter.save()
        background = model.headerData(
            logicalIndex, self.orientation(), Qt.ItemDataRole.BackgroundRole
        )
        fill = (
            background
            if isinstance(background, QColor)
            else self.palette().color(QPalette.ColorRole.Button)
        )
        painter.fillRect(rect, fill)
        current = self.selectionModel().currentIndex() if self.selectionModel() else None
        on_current = (
            current is not None
            and current.isValid()
            and (
                current.column()
                if self.orientation() == Qt.Orientation.Horizontal
                else current.row()
            )
            == logicalIndex
        )
        font = self.font()
        font.setBold(on_current)
        painter.setFont(font)
        # text that reads on the fill drawn (a theme's wash, or the palette's button colour)
        painter.setPen(
            tones.readable_text(fill, self.palette().color(QPalette.ColorRole.ButtonText))
        )
        metrics = QFontMetrics(font)
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        text = model.headerData(logicalIndex, self.orientation(), Qt.ItemDataRole.DisplayRole)
        lines = wrap_lines(
            str(text or ""),
            font,
            max(10, inner.width()),
            max(1, min(MAX_LINES, inner.height() // max(1, metrics.lineSpacing()))),
        )
        block = len(lines) * metrics.lineSpacing()
        y = inner.top() + max(0, (inner.height() - block) // 2)
        for line in lines:
            painter.drawText(
                QRect(inner.left(), y, inner.width(), metrics.lineSpacing()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
            y += metrics.lineSpacing()
        painter.setPen(tones.rule(self.palette(), fill, 0.22))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def bands(self) -> list[tuple[str, QRect, QColor]]:
        """Each group shown: the name its band shows (empty while the section naming the
        group is wholly in view), the band's part in view, and its fill."""
        model = self.model()
        viewport = self.viewport()
        length = viewport.width() if self._horizontal() else viewport.height()
        first = self.visualIndexAt(0)
        if model is None or first < 0:
            return []
        last = self.visualIndexAt(length - 1)
        spans: dict[int, tuple[int, int]] = {}
        for visual in range(first, (last if last >= 0 else self.count() - 1) + 1):
            logical = self.logicalIndex(visual)
            group = self._group(logical)
            if group is None or self.isSectionHidden(logical):
                continue
            left = self.sectionViewportPosition(logical)
            right = left + self.sectionSize(logical)
            start, end = spans.get(group, (left, right))
            spans[group] = (min(start, left), max(end, right))
        band = self.band_height()
        result = []
        for group, (start, end) in spans.items():
            named = not self.isSectionHidden(group) and self.sectionViewportPosition(group) >= 0
            text = "" if named else model.headerData(group, self.orientation())
            fill = model.headerData(group, self.orientation(), Qt.ItemDataRole.BackgroundRole)
            start, end = max(start, 0), min(end, length)
            result.append(
                (
                    str(text or ""),
                    QRect(start, 0, end - start, band)
                    if self._horizontal()
                    else QRect(0, start, band, end - start),
                    fill
                    if isinstance(fill, QColor)
                    else self.palette().color(QPalette.ColorRole.Button),
                )
            )
        return result

    def _band_group(self, x: int, y: int) -> int | None:
        """The group whose band is at (x, y) in the viewport, if any."""
        if (y if self._horizontal() else x) >= self.band_height():
            return None
        section = self.logicalIndexAt(x if self._horizontal() else y)
        return self._group(section) if section >= 0 else None

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering a band: the group's name (its naming section's tooltip)."""
        model = self.model()
        if event.type() == QEvent.Type.ToolTip and model is not None:
            assert isinstance(event, QHelpEvent)
            group = self._band_group(event.pos().x(), event.pos().y())
            if group is not None:
                tip = model.headerData(group, self.orientation(), Qt.ItemDataRole.ToolTipRole)
                QToolTip.showText(event.globalPos(), str(tip or ""), self)
                return True
        return super().viewportEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        metrics = QFontMetrics(self.font())
        for text, rect, fill in self.bands():
            painter.fillRect(rect, fill)
            painter.setPen(
                tones.readable_text(fill, self.palette().color(QPalette.ColorRole.ButtonText))
            )
            if not self._horizontal() and upright(text):
                _draw_stacked(painter, rect, text, metrics)
            else:
                painter.save()
                if self._horizontal():
                    inner = rect.adjusted(PADDING, 0, -PADDING, 0)
                else:  # written downwards from the top: turned a quarter clockwise
                    painter.translate(rect.topRight())
                    painter.rotate(90)
                    inner = QRect(PADDING, 0, rect.height() - 2 * PADDING, rect.width())
                painter.drawText(
                    inner,
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, inner.width())),
                )
                painter.restore()
            painter.setPen(tones.rule(self.palette(), fill, 0.22))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.end()


def upright(text: str) -> bool:
    """Whether a name reads best upright, one character under the other, as Japanese is
    written down a page (縦書き): every character a wide one. Turned on its side, 教育 was
    hard to read; a Latin name is turned (its letters stacked would be harder still)."""
    return bool(text) and all(unicodedata.east_asian_width(char) in "WF" for char in text)


def _draw_stacked(painter: QPainter, rect: QRect, text: str, metrics: QFontMetrics) -> None:
    """``text`` down ``rect`` from its top, a character a line, ︙ for what does not fit."""
    line = metrics.lineSpacing()
    room = max(0, (rect.height() - 2 * PADDING) // line)
    chars = list(text) if len(text) <= room else [*text[: max(0, room - 1)], "︙"]
    for number, char in enumerate(chars):
        painter.drawText(
            QRect(rect.left(), rect.top() + PADDING + number * line, rect.width(), line),
            int(Qt.AlignmentFlag.AlignCenter),
            char,
        )
