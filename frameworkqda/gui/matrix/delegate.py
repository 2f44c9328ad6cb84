"""Paints a matrix cell: value chip, "≠" when the coders' own values differ, start of the
summary (an auto-draft in muted italics after "Draft:"), evidence count badge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from frameworkqda.core.charting import ScaleValue
from frameworkqda.gui import colours as tones
from frameworkqda.gui.matrix.model import MatrixModel, needs_summary_background

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


DIFFERING = "#d84315"  # the "≠" of coders whose values differ
BADGE = "#5d4037"  # the "¶N" evidence count


def selected_background(palette: QPalette) -> QColor:
    """The chosen cell: the palette's highlight washed into its base (a light blue in a light
    palette, a dark blue in a dark one), so the summary's text still reads on it."""
    return tones.mix(
        palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base), 0.4
    )


def cell_background(palette: QPalette, selected: bool, needs_summary: bool) -> QColor:
    """What a measure cell is filled with (the base where nothing else is)."""
    if selected:
        return selected_background(palette)
    if needs_summary:
        return needs_summary_background()
    return palette.color(QPalette.ColorRole.Base)


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
        needs_summary = model.needs_summary(case_id, code_id)
        palette: QPalette = option.palette
        fill = cell_background(palette, selected, needs_summary)
        if selected or needs_summary:
            painter.fillRect(rect, fill)
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
            painter.setPen(tones.readable_text(colour))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        if (case_id, code_id) in model.differing:  # the coders' own values differ
            left = inner.left() + (chip.width() + 4 if isinstance(value, ScaleValue) else 0)
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(tones.readable_accent(DIFFERING, fill))
            painter.drawText(
                QRect(left, top, 16, metrics.height()), Qt.AlignmentFlag.AlignLeft, "≠"
            )
            painter.setFont(font)
        count = model.evidence_count(case_id, code_id)
        if count:
            badge = f"¶{count}"
            width = metrics.horizontalAdvance(badge) + 6
            badge_rect = QRect(inner.right() - width, top, width, metrics.height())
            painter.setPen(tones.readable_accent(BADGE, fill))
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignRight, badge)
        summary = model.summary(case_id, code_id)[:160].replace("\n", " ")
        if summary:
            y = top + metrics.height() + 2
            text_rect = QRect(inner.left(), y, inner.width(), inner.bottom() - y + 1)
            text = palette.color(QPalette.ColorRole.Text)
            if model.is_draft(case_id, code_id):  # not the researcher's words yet
                summary = model.draft_line(summary)
                italic = QFont(font)
                italic.setItalic(True)
                painter.setFont(italic)
                metrics = QFontMetrics(italic)
                painter.setPen(tones.readable_accent(tones.mix(text, fill, 0.6), fill))
            else:
                painter.setPen(tones.readable_text(fill, text))
            line = metrics.elidedText(summary, Qt.TextElideMode.ElideRight, inner.width() * 2 - 20)
            painter.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), line
            )
        painter.setFont(font)
        painter.setPen(tones.rule(palette, fill))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.restore()
