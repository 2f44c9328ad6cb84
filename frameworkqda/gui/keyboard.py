"""Keys the way someone working from the keyboard expects them in text fields and choice boxes.

* A multi-line text field (a note, a translation, a summary, a definition, a memo) takes Tab and
  Shift+Tab to move to the next and previous field, as every one-line field does, and Ctrl+Tab
  and Ctrl+Shift+Tab too: a tab typed into a note was saved as part of it, and the keyboard had
  no way out of the field (:func:`tab_leaves`). Tables are ``gui/table_keys.py``'s: Tab leaves
  them, the arrows move from cell to cell.
* Ctrl+Return (or Ctrl+Enter) in a dialog with a text field presses its OK, as in NVivo's and
  MAXQDA's memo windows, where Return starts a new line (:func:`ctrl_return_accepts`).
* A box whose choice changes the project (a passage's code, a cell's value) applies a choice made
  in its open list at once, but the arrow keys, Home/End, Page Up/Down, a typed letter or the
  mouse wheel over the closed box only move to another choice: Return or leaving the box applies
  it (one undoable step), Esc puts the applied one back (:class:`ChoiceBox`). Pressing ↓ to see
  what comes next recoded the passage with every key. Its text, when too long for the box,
  is elided in the middle ("Education / Inform…e languages"), the whole as its tooltip.
* Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in a text field undo and redo its typing while it has some to
  undo or redo; with none, they reach Edit → Undo and Redo (:func:`undo_falls_through`). A
  field keeps them whatever it holds, so with the keyboard in the Search term, a filter or a
  note just set, Ctrl+Z did nothing at all and the step the researcher meant stayed done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QPalette,
    QShortcut,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTextEdit,
    QToolTip,
    QWidget,
)

from frameworkqda.gui.elided import box_text

_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier


class _CtrlTabLeaves(QObject):
    """Ctrl+Tab and Ctrl+Shift+Tab move the focus on from a text field (which ignores them)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods & _CTRL and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                back = event.key() == Qt.Key.Key_Backtab or bool(mods & _SHIFT)
                _move_focus(watched, forward=not back)
                return True
        return False


def _move_focus(widget: QWidget, forward: bool) -> None:
    """The focus to the next (previous) widget in the tab chain, as Tab (Shift+Tab) does."""
    step = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    while step is not None and step is not widget:
        policy = step.focusPolicy()
        if (
            step.isVisible()
            and step.isEnabled()
            and policy & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and step.focusProxy() is None
        ):
            step.setFocus(
                Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            )
            return
        step = step.nextInFocusChain() if forward else step.previousInFocusChain()


_REDO_KEYS = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class _UndoFallsThrough(QObject):
    """Lets Undo and Redo go to the window's Edit menu when the field with the keyboard has
    nothing of its own to undo or redo: its ShortcutOverride is not delivered, so the field
    does not claim the key."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        assert isinstance(event, QKeyEvent)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = (
            event.matches(QKeySequence.StandardKey.Redo)
            or QKeySequence(event.keyCombination()) in _REDO_KEYS
        )
        if not (undo or redo):
            return False
        if isinstance(watched, (QAbstractSpinBox, QComboBox)):  # their line's typing
            line = watched.findChild(QLineEdit)
            if line is None:
                return False
            watched = line
        if isinstance(watched, QLineEdit):
            own = watched.isUndoAvailable() if undo else watched.isRedoAvailable()
        elif isinstance(watched, (QPlainTextEdit, QTextEdit)) and not watched.isReadOnly():
            document = watched.document()
            own = document.isUndoAvailable() if undo else document.isRedoAvailable()
        else:
            return False
        if own:
            return False
        event.ignore()
        return True


def undo_falls_through(app: QApplication) -> None:
    """Install :class:`_UndoFallsThrough` on ``app`` (once)."""
    if app.findChild(_UndoFallsThrough) is None:
        app.installEventFilter(_UndoFallsThrough(app))


def tab_leaves(*fields: QPlainTextEdit | QTextEdit) -> None:
    """Tab, Shift+Tab, Ctrl+Tab and Ctrl+Shift+Tab move on from ``fields`` (no tab typed)."""
    for field in fields:
        field.setTabChangesFocus(True)
        leaves = _CtrlTabLeaves(field)
        field.installEventFilter(leaves)


def ctrl_return_accepts(dialog: QWidget, accept: Callable[[], object]) -> None:
    """Ctrl+Return and Ctrl+Enter anywhere in ``dialog`` call ``accept`` (its OK)."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(accept)


class ChoiceBox(QComboBox):
    """A choice that changes the project: ``chosen`` is emitted when a choice is made in the open
    list, or when one stepped to on the closed box is confirmed with Return or by leaving the
    box; Esc puts back the one applied. Setting the index from the program applies nothing.

    ``asks(index)``: whether a choice opens a dialog (the import's "New case…"); one stepped
    to is applied by Return alone, and leaving the box puts it back (no prompt popping up on
    Tab or a click elsewhere)."""

    chosen = Signal(int)

    def __init__(
        self, parent: QWidget | None = None, asks: Callable[[int], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self._asks = asks
        self._stepping = False  # a key or the wheel on the closed box: moving, not choosing
        self._applied = -1  # the index applied (or set by the program)
        self.currentIndexChanged.connect(self._index_changed)
        self.activated.connect(self._activated)

    @property
    def pending(self) -> bool:
        """A choice stepped to on the closed box, not applied yet."""
        return self.currentIndex() != self._applied

    def apply(self) -> None:
        """The choice stepped to is applied (nothing when it is the one applied)."""
        if self.pending:
            QToolTip.hideText()
            self._applied = self.currentIndex()
            self.chosen.emit(self._applied)

    def leave(self) -> None:
        """What leaving the box does to a choice stepped to: applied, unless it asks."""
        if self.pending and self._asks is not None and self._asks(self.currentIndex()):
            self.put_back()
        else:
            self.apply()

    def step_to(self, index: int) -> None:
        """Show ``index`` as a choice stepped to, not applied (one kept while the box is
        filled again for the same passage or cell after someone else's change)."""
        self._stepping = True
        try:
            self.setCurrentIndex(index)
        finally:
            self._stepping = False

    def put_back(self) -> None:
        """The choice stepped to is dropped: the one applied is shown again."""
        if self.pending:
            QToolTip.hideText()
            self.setCurrentIndex(self._applied)

    def _say_pending(self) -> None:
        """Under the box, while a choice stepped to waits: how to apply it or put it back."""
        if not self.pending or not self.isVisible():
            return
        hint = self.tr("Return applies “{choice}”; Esc keeps “{applied}”.").format(
            choice=self.currentText(), applied=self.itemText(self._applied)
        )
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), hint, self)

    def _index_changed(self, index: int) -> None:
        if not self._stepping:  # the program's, or a choice in the open list
            self._applied = index

    def _activated(self, index: int) -> None:
        if not self._stepping:  # chosen in the open list: applied at once
            self._applied = index
            self.chosen.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.pending and mods == Qt.KeyboardModifier.NoModifier:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Escape:
                self.put_back()
                event.accept()
                return
        self._stepping = True
        try:
            super().keyPressEvent(event)
        finally:
            self._stepping = False
        self._say_pending()

    def paintEvent(self, event: QPaintEvent) -> None:
        """QComboBox's own painting, its text elided in the middle where it is too long."""
        if self.isEditable():
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if self.currentIndex() < 0 and self.placeholderText():
            option.palette.setBrush(QPalette.ColorRole.ButtonText, option.palette.placeholderText())
            option.currentText = self.placeholderText()
        option.currentText = box_text(self, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._stepping = True
        try:
            super().wheelEvent(event)
        finally:
            self._stepping = False
        self._say_pending()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # its own list opening, or another window (coming back, the choice is still there)
        if event.reason() not in (
            Qt.FocusReason.PopupFocusReason,
            Qt.FocusReason.ActiveWindowFocusReason,
        ):
            self.leave()
        super().focusOutEvent(event)


def no_mnemonic(name: str) -> str:
    """``name`` (a stage's title, a code's, a value's) to put into a menu item's text as it is:
    an "&" in it is doubled, or Qt takes it for a mnemonic ("Mapping & interpretation" was
    shown "Mapping _interpretation", with I as its key)."""
    return name.replace("&", "&&")
