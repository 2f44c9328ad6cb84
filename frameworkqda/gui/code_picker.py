"""The quick code picker: type to filter (English or Japanese), Enter applies, 1–9 pick.

Recent codes come first, then the codebook in order; headings only (REFI-QDA
``isCodable="false"``) are not offered. The row highlighted first (what Enter applies) is the
first column of the framework matrix shown: a measure, or a theme without measures, never a
theme with measures (still chosen with the arrows or a click). Matching is Japanese-aware
(full/half width, compatibility forms) through the core's folding.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.codebook import matrix_columns
from frameworkqda.core.text.fold import fold_query
from frameworkqda.core.workspace import CodeRow
from frameworkqda.gui import colours as tones
from frameworkqda.gui.panels import swatch


class CodePicker(QFrame):
    """A popup list of codes; emits ``picked(code_id)``."""

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("codePicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter codes… (Enter applies, 1–9 pick)"))
        self.list = QListWidget(self)
        self.filter.setAccessibleName(self.tr("Filter codes"))
        self.list.setAccessibleName(self.tr("Codes"))
        self.hint = QLabel(self)
        tones.tone(self.hint, tones.MUTED)  # grey, but 4.5:1 on the popup (palette(mid) was 2:1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.resize(380, 360)
        self._codes: list[CodeRow] = []
        self._paths: dict[int, str] = {}
        self._recent: list[int] = []
        self._columns: set[int] = set()  # the framework matrix's columns (Enter's first pick)
        self.filter.textChanged.connect(self._refill)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(
            lambda item: self._pick(item.data(Qt.ItemDataRole.UserRole))
        )

    def set_codes(self, codes: list[CodeRow], paths: dict[int, str], recent: list[int]) -> None:
        # a heading only (REFI isCodable="false") groups codes; it is never applied to text
        self._codes = [code for code in codes if code.codable]
        # a theme with measures is no column of the matrix: a passage coded to it is charted
        # nowhere, so Enter at once must not pick it (the core's one list of the columns)
        self._columns = {node.id for node, _, _ in matrix_columns(codes)}
        self._paths = paths
        known = {c.id for c in self._codes}
        self._recent = [c for c in recent if c in known]
        self.filter.clear()
        self._refill()
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for the longest code path (MIPEX measure names are long), within the
        screen; the list never needs a horizontal scroll bar for a whole codebook."""
        widest = self.list.sizeHintForColumn(0)  # icon, spacing and text of the widest item
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        extra = (
            self.list.verticalScrollBar().sizeHint().width()
            + 2 * self.list.frameWidth()
            + margins.left()
            + margins.right()
            + 12
        )
        screen = self.screen()
        limit = int(screen.availableGeometry().width() * 0.8) if screen is not None else 1200
        self.resize(max(380, min(widest + extra, limit)), self.height())

    def numbered(self) -> list[CodeRow]:
        """The codebook's first nine codes that number keys pick (measures before themes)."""
        leaves = [c for c in self._codes if not any(o.parent_id == c.id for o in self._codes)]
        return leaves[:9]

    def _ordered(self) -> list[CodeRow]:
        by_id = {c.id: c for c in self._codes}
        recent = [by_id[i] for i in self._recent]
        return recent + [c for c in self._codes if c.id not in self._recent]

    def _refill(self) -> None:
        term = fold_query(self.filter.text().strip())
        self.list.clear()
        numbers = {c.id: n for n, c in enumerate(self.numbered(), start=1)}
        recent_mark = "  " + self.tr("(recent)")
        for code in self._ordered():
            path = self._paths.get(code.id, code.name)
            if term and term not in fold_query(path) and term not in fold_query(code.definition):
                continue
            prefix = f"{numbers[code.id]}  " if code.id in numbers and not term else "   "
            recent = recent_mark if code.id in self._recent and not term else ""
            item = QListWidgetItem(swatch(code.colour), f"{prefix}{path}{recent}")
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            self.list.addItem(item)
        if self.list.count():  # the first column of the matrix; a theme stays choosable
            shown = self.visible_codes()
            self.list.setCurrentRow(
                next((row for row, code in enumerate(shown) if code in self._columns), 0)
            )
        self.hint.setText(self.tr("%n code(s)", "", self.list.count()))

    def visible_codes(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _pick(self, code_id: int) -> None:
        self.hide()
        self.picked.emit(int(code_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.list.currentItem()
                if item is not None:
                    self._pick(item.data(Qt.ItemDataRole.UserRole))
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.currentRow() + step, self.list.count() - 1))
                self.list.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
            text = event.text()
            if not self.filter.text() and text and text in "123456789":
                numbered = self.numbered()
                index = int(text) - 1
                if index < len(numbered):
                    self._pick(numbered[index].id)
                return True
        return super().eventFilter(watched, event)

    def popup_at(self, global_pos: QPoint) -> None:
        """Show at ``global_pos``, moved left/up as far as needed to stay on the screen."""
        x, y = global_pos.x(), global_pos.y()
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            x = max(area.left(), min(x, area.right() - self.width()))
            y = max(area.top(), min(y, area.bottom() - self.height()))
        self.move(QPoint(x, y))
        self.show()
        self.filter.setFocus()
