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
far right still reads as theme, then measure.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextLayout,
)
from PySide6.QtWidgets import QAbstractScrollArea, QHeaderView, QWidget

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
        if orientation == Qt.Orientation.Horizontal and isinstance(parent, QAbstractScrollArea):
            # Qt scrolls a header by moving its pixels: the band's label, kept at the left
            # edge, would move with them
            parent.horizontalScrollBar().valueChanged.connect(lambda _: self.viewport().update())

    def line_height(self) -> int:
        return QFontMetrics(self.font()).lineSpacing()

    def _group(self, logical_index: int) -> int | None:
        model = self.model()
        if model is None or self.orientation() != Qt.Orientation.Horizontal:
            return None
        group = model.headerData(logical_index, self.orientation(), GROUP_ROLE)
        return group if isinstance(group, int) else None

    def band_height(self) -> int:
        """Height of the group band (0 when no section is in a group)."""
        if not any(self._group(section) is not None for section in range(self.count())):
            return 0
        return self.line_height() + 2 * PADDING

    def wrapped_height(self) -> int:
        """Height for :data:`MAX_LINES` lines, padding and the group band (the horizontal
        header's height)."""
        return MAX_LINES * self.line_height() + 2 * PADDING + 2 + self.band_height()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.orientation() == Qt.Orientation.Horizontal:
            hint.setHeight(self.wrapped_height())
        return hint

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        size = super().sectionSizeFromContents(logicalIndex)
        if self.orientation() == Qt.Orientation.Horizontal:
            size.setHeight(self.wrapped_height())
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
        if self._group(logicalIndex) is not None:  # below its group's band
            rect = rect.adjusted(0, self.line_height() + 2 * PADDING, 0, 0)
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
        width = self.viewport().width()
        first = self.visualIndexAt(0)
        if model is None or first < 0:
            return []
        last = self.visualIndexAt(width - 1)
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
        height = self.line_height() + 2 * PADDING
        result = []
        for group, (left, right) in spans.items():
            named = not self.isSectionHidden(group) and self.sectionViewportPosition(group) >= 0
            text = "" if named else model.headerData(group, self.orientation())
            fill = model.headerData(group, self.orientation(), Qt.ItemDataRole.BackgroundRole)
            result.append(
                (
                    str(text or ""),
                    QRect(max(left, 0), 0, min(right, width) - max(left, 0), height),
                    fill
                    if isinstance(fill, QColor)
                    else self.palette().color(QPalette.ColorRole.Button),
                )
            )
        return result

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        metrics = QFontMetrics(self.font())
        for text, rect, fill in self.bands():
            painter.fillRect(rect, fill)
            painter.setPen(
                tones.readable_text(fill, self.palette().color(QPalette.ColorRole.ButtonText))
            )
            inner = rect.adjusted(PADDING, 0, -PADDING, 0)
            painter.drawText(
                inner,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, inner.width())),
            )
            painter.setPen(tones.rule(self.palette(), fill, 0.22))
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.end()
