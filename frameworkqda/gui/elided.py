"""A cell whose text is cut shows the whole of it as its tooltip; a closed choice box's text
too long for it ends in "…" where it is cut (:func:`box_text`).

At 1366 × 768 the Review table's codes read "Edu…ges" with nothing to say what they were: a
researcher had to widen the column to learn it. Here hovering a cut cell (or asking for its
tooltip from the keyboard, Shift+F1 in a screen reader) shows the full text; a cell that fits,
or has a tooltip of its own, is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QToolTip,
)

Index = QModelIndex | QPersistentModelIndex


def is_cut(view: QAbstractItemView, option: QStyleOptionViewItem, index: Index) -> bool:
    """Whether ``index``'s text is shown shortened in ``view``."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width()
    room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1)
    return "\n" in text or option.fontMetrics.horizontalAdvance(text) > room


class TipWhenCut(QStyledItemDelegate):
    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if (
            event is not None
            and view is not None
            and event.type() == QEvent.Type.ToolTip
            and not index.data(Qt.ItemDataRole.ToolTipRole)
        ):
            shown = QStyleOptionViewItem(option)
            self.initStyleOption(shown, index)
            if is_cut(view, shown, index):
                QToolTip.showText(
                    event.globalPos(), str(index.data(Qt.ItemDataRole.DisplayRole)), view
                )
                return True
        return super().helpEvent(event, view, option, index)


def box_text(
    box: QComboBox,
    option: QStyleOptionComboBox,
    mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
) -> str:
    """The closed ``box``'s text as it fits beside its icon, elided by ``mode``: Qt draws it
    clipped at the arrow with no mark ("Education / Information in mul"), so a researcher
    could not tell a long code path was cut ("Education / Inform…e languages" now)."""
    style = box.style()
    room = style.subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    ).width()
    if not option.currentIcon.isNull():  # as QCommonStyle's CE_ComboBoxLabel places the icon
        room -= option.iconSize.width() + 4
    return option.fontMetrics.elidedText(option.currentText, mode, max(room - 2, 0))
