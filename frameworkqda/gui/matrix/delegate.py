"""Paints a matrix cell: value chip, "≠" when the coders' own values differ, start of the
summary, evidence count badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from frameworkqda.core.charting import ScaleValue
from frameworkqda.gui.matrix.model import NEEDS_SUMMARY, MatrixModel

Index = QModelIndex | QPersistentModelIndex
CELL_SIZE = QSize(150, 54)


def cell_size(font: QFont, values: list[ScaleValue]) -> QSize:
    """A cell wide enough for the widest value chip beside a three-digit evidence badge, and
    tall enough for the chip line and two lines of summary."""
    metrics = QFontMetrics(font)
    chip = max((metrics.horizontalAdvance(v.label) for v in values), default=0) + 12
    badge = metrics.horizontalAdvance("¶999") + 6
    width = max(CELL_SIZE.width(), chip + badge + 8 + 12)
    height = max(CELL_SIZE.height(), 3 * metrics.height() + 2 + 8)
    return QSize(width, height)


def chip_text_colour(colour: QColor) -> QColor:
    return QColor("#000000") if colour.lightnessF() > 0.6 else QColor("#ffffff")


class CellDelegate(QStyledItemDelegate):
    size = CELL_SIZE  # set by the view from the font and the scale (``cell_size``)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self.size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # read the model directly: no QVariant round trips (faster, and PySide6 6.12 on
        # Python 3.11 over-releases None when index.data() yields nothing, thousands of times)
        model = index.model()
        found = model.cell_at(index) if isinstance(model, MatrixModel) else None
        if found is None or found[1].kind != "measure":
            super().paint(painter, option, index)
            return
        assert isinstance(model, MatrixModel)
        case_id, slot = found
        code_id = slot.code_id
        painter.save()
        rect = option.rect
        painter.setClipRect(rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = NEEDS_SUMMARY if model.needs_summary(case_id, code_id) else None
        palette: QPalette = option.palette
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(160))
        elif isinstance(background, QColor):
            painter.fillRect(rect, background)
        font = option.font
        metrics = QFontMetrics(font)
        inner = rect.adjusted(4, 3, -4, -3)
        value = model.value(case_id, code_id)
        top = inner.top()
        if isinstance(value, ScaleValue):
            colour = QColor(value.colour)
            label = metrics.elidedText(value.label, Qt.TextElideMode.ElideRight, inner.width() - 40)
            chip = QRect(inner.left(), top, metrics.horizontalAdvance(label) + 12, metrics.height())
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(chip, 7, 7)
            painter.setPen(chip_text_colour(colour))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        if (case_id, code_id) in model.differing:  # the coders' own values differ
            left = inner.left() + (chip.width() + 4 if isinstance(value, ScaleValue) else 0)
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("#d84315"))
            painter.drawText(
                QRect(left, top, 16, metrics.height()), Qt.AlignmentFlag.AlignLeft, "≠"
            )
            painter.setFont(font)
        count = model.evidence_count(case_id, code_id)
        if count:
            badge = f"¶{count}"
            width = metrics.horizontalAdvance(badge) + 6
            badge_rect = QRect(inner.right() - width, top, width, metrics.height())
            painter.setPen(QColor("#5d4037"))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignRight, badge)
        summary = model.summary(case_id, code_id)[:160].replace("\n", " ")
        if summary:
            y = top + metrics.height() + 2
            text_rect = QRect(inner.left(), y, inner.width(), inner.bottom() - y + 1)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            line = metrics.elidedText(summary, Qt.TextElideMode.ElideRight, inner.width() * 2 - 20)
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), line
            )
        painter.setPen(QColor("#e0e0e0"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.restore()
