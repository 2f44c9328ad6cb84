"""The stage navigator: the five framework stages with a progress bar each.

Each item holds the two lines its delegate paints: "1  Familiarisation" as its text and the
progress figure as its accessible description. The delegate paints those roles and nothing
else, so a screen reader (and the test that walks the Japanese interface) reads exactly what
is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from frameworkqda.core.progress import StageProgress
from frameworkqda.gui import colours
from frameworkqda.gui.stages import STAGES, Stage

_PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1
FILL = "#43a047"  # a stage's progress, green (made to contrast with its track)
_FIGURE_ROLE = Qt.ItemDataRole.AccessibleDescriptionRole  # the line under the bar
STAGE_HEIGHT = 58  # a stage's row: its title, bar and figure
FRAME = 6  # below all five rows: room the list had when its height was fixed


class _StageDelegate(QStyledItemDelegate):
    """Draws "1 Familiarisation" over a thin progress bar and its figure."""

    def sizeHint(self, option: QStyleOptionViewItem, index: object) -> QSize:
        return QSize(200, STAGE_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: object) -> None:
        from PySide6.QtCore import QModelIndex

        assert isinstance(index, QModelIndex)
        painter.save()
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        progress: StageProgress | None = index.data(_PROGRESS_ROLE)
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        inner = rect.adjusted(10, 6, -10, -6)
        title = index.data(Qt.ItemDataRole.DisplayRole)
        painter.drawText(inner, Qt.AlignmentFlag.AlignTop, str(title or ""))
        bar = QRect(inner.left(), inner.top() + 22, inner.width(), 5)
        # the empty track light on a light row, dark on a dark one; the green fill 3:1 against
        # it, in lightness too (black at 16 % was invisible on a dark base; the text at 45 %
        # was as dark as the green on white: empty and full looked the same in greyscale)
        ground = palette.highlight().color() if selected else palette.base().color()
        track, fill = colours.progress_colours(text_colour, ground, FILL)
        painter.fillRect(bar, track)
        if progress is not None and progress.total:
            filled = QRect(bar.left(), bar.top(), int(bar.width() * progress.fraction), 5)
            painter.fillRect(filled, fill)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.drawText(
            QRect(inner.left(), bar.bottom() + 3, inner.width(), 16),
            Qt.AlignmentFlag.AlignLeft,
            str(index.data(_FIGURE_ROLE) or ""),
        )
        painter.restore()


def progress_label(figure: StageProgress) -> str:
    """The core's figure in the interface language: "3 of 5 documents read"."""
    done, total = figure.done, figure.total
    if figure.stage == 1:
        text = QCoreApplication.translate(
            "StageNavigator", "{done} of %n document(s) read", "", total
        )
    elif figure.stage == 2:
        themes = QCoreApplication.translate("StageNavigator", "%n theme(s)", "", figure.themes)
        codes = QCoreApplication.translate("StageNavigator", "%n code(s)", "", total)
        both = QCoreApplication.translate("StageNavigator", "{themes}, {codes}")
        return both.format(themes=themes, codes=codes)
    elif figure.stage == 3:
        text = QCoreApplication.translate(
            "StageNavigator", "{done} of %n document(s) coded", "", total
        )
    elif figure.stage == 4:
        text = QCoreApplication.translate(
            "StageNavigator", "{done} of %n cell(s) charted", "", total
        )
        if figure.drafts:  # auto-drafts are still to do: said beside the figure
            drafts = QCoreApplication.translate(
                "StageNavigator", "%n draft(s) to review", "", figure.drafts
            )
            text = QCoreApplication.translate("StageNavigator", "{charted}, {drafts}").format(
                charted=text, drafts=drafts
            )
    else:
        text = QCoreApplication.translate(
            "StageNavigator", "{done} of %n theme(s) fully charted", "", total
        )
    return text.format(done=done)


def progress_detail(figure: StageProgress) -> str:
    if figure.stage == 4:
        return QCoreApplication.translate(
            "StageNavigator",
            "A cell is charted when it has a value or a summary of the researcher's own: an "
            "auto-drafted summary (quotes of the evidence) counts once it is edited or accepted.",
        )
    if figure.stage != 5:
        return figure.detail
    return QCoreApplication.translate(
        "StageNavigator",
        "A theme is fully charted when every one of its measures has a value for every "
        "case: its counts then rest on the researcher's values alone, not on evidence "
        "still waiting to be judged.",
    )


class StageNavigator(QListWidget):
    """Lists the stages; choosing one asks the window to show that stage's view."""

    stage_chosen = Signal(object)  # Stage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_StageDelegate(self))
        self.setObjectName("stageNavigator")
        for stage in STAGES:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, stage)
            item.setText(f"{stage.number}  {stage.title}")
            item.setToolTip(stage.hint)
            self.addItem(item)
        # all five stages when there is room (``_NavigatorRoom`` lowers the maximum when the
        # left column is short); never less than one stage, scrolling: a fixed height held
        # the window taller than a 1280 × 720 screen at 150 %
        self.whole_height = self.height_for(len(STAGES))
        self.setMaximumHeight(self.whole_height)
        self.setMinimumHeight(self.height_for(1))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._shown = 0  # the stage whose view is shown (0: a view outside the five)
        self._focusing = False
        self.currentRowChanged.connect(self._row_changed)
        # the row made current on tabbing in (shown as nothing chosen) is chosen by a click,
        # Return or Space on it
        self.itemClicked.connect(lambda item: self._choose(self.row(item)))
        self.itemActivated.connect(lambda item: self._choose(self.row(item)))

    def height_for(self, stages: int) -> int:
        """The height that shows ``stages`` rows whole, and of fewer than all no sliver of the
        next one (the frame's own width below the last)."""
        slack = FRAME if stages >= len(STAGES) else 2 * self.frameWidth()
        return STAGE_HEIGHT * stages + slack

    def sizeHint(self) -> QSize:
        """As tall as it may be: the stages it has room for, whole."""
        return QSize(super().sizeHint().width(), self.maximumHeight())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.minimumHeight())

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbing in from Compare or Review (no stage shown) makes the first stage current,
        as any list does: that alone switches no view."""
        self._focusing = True
        try:
            super().focusInEvent(event)
        finally:
            self._focusing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self._choose(self.currentRow())
            event.accept()
            return
        super().keyPressEvent(event)

    def _row_changed(self, row: int) -> None:
        if not self._focusing:
            self._choose(row)

    def _choose(self, row: int) -> None:
        if 0 <= row < len(STAGES) and row + 1 != self._shown:
            self.stage_chosen.emit(STAGES[row])

    def show_progress(self, figures: list[StageProgress]) -> None:
        for figure in figures:
            item = self.item(figure.stage - 1)
            if item is not None:
                item.setData(_PROGRESS_ROLE, figure)
                item.setData(_FIGURE_ROLE, progress_label(figure))
                stage: Stage = item.data(Qt.ItemDataRole.UserRole)
                item.setToolTip("\n\n".join(filter(None, (stage.hint, progress_detail(figure)))))
        self.viewport().update()

    def select_stage(self, number: int) -> None:
        self._shown = number
        self.blockSignals(True)
        self.setCurrentRow(number - 1)
        self.blockSignals(False)
