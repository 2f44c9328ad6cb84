"""Keys in the app's tables, as in NVivo's and MAXQDA's lists and as Qt recommends.

A QTableView keeps Tab to itself (cell to cell) by default: a keyboard-only researcher could not
Tab out of the matrix, the Review table or the case sheet to the panes beside them (the summary,
Save, the filters) — 20 Tabs only moved from cell to cell. Here Tab leaves a table, the arrow keys
move between its cells, and Enter opens the current row where a double-click does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def tab_leaves(view: QAbstractItemView) -> None:
    """Tab and Shift+Tab move to the next and previous control, not to the next cell."""
    view.setTabKeyNavigation(False)


class _EnterOpens(QObject):
    def __init__(self, view: QAbstractItemView, opens: Callable[[QModelIndex], None]) -> None:
        super().__init__(view)
        self._view = view
        self._opens = opens

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            # while a cell is edited, its editor has had the key (it commits): it goes no
            # further, to the dialog's default button ("Add case…") least of all
            if self._view.state() != QAbstractItemView.State.EditingState:
                index = self._view.currentIndex()
                if index.isValid():
                    self._opens(index)
            return True
        return super().eventFilter(watched, event)


def enter_opens(view: QAbstractItemView, opens: Callable[[QModelIndex], None]) -> None:
    """Enter or Return on the current row calls ``opens`` with it, as a double-click does;
    Tab leaves the table (:func:`tab_leaves`)."""
    tab_leaves(view)
    view.installEventFilter(_EnterOpens(view, opens))


def enter_edits(view: QAbstractItemView) -> None:
    """Enter on a cell starts editing it, Enter in the editor commits it — as in a
    spreadsheet, and never on to the dialog's default button; Tab leaves the table."""
    enter_opens(view, view.edit)
