"""The matrix's measure header: names word-wrapped over up to three lines, never cut mid-word.

Qt's own header draws one line and elides it (a long MIPEX measure name became "…speech
ordinanc…" with both ends gone). This header paints each section itself: the model's tint,
the name (in the palette's button text, or black or white where that would not read on the
tint) wrapped to the section's width and centred, an ellipsis only on the last line when a
name needs more than :data:`MAX_LINES`; the full name is the tooltip (the model's ToolTipRole).
The case header (the other axis) stays Qt's default.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QHeaderView, QWidget

from frameworkqda.gui import colours as tones

MAX_LINES = 3
PADDING = 4


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

    def line_height(self) -> int:
        return QFontMetrics(self.font()).lineSpacing()

    def wrapped_height(self) -> int:
        """Height for :data:`MAX_LINES` lines and padding (the horizontal header's height)."""
        return MAX_LINES * self.line_height() + 2 * PADDING + 2

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
