"""Someone else saved a memo or a code's definition being edited: theirs beside mine, and ask.

Nothing was written when this dialog opens (the core refused the edit: ``TextConflictError``,
its message naming who changed it and when). "Keep mine" saves the right-hand text — edit it
first to merge the two; "Keep theirs" drops the typed text. Esc or the window's close button
chooses neither unasked: it asks Keep mine / Keep theirs / Cancel, Cancel going back to the
two texts (as the chart cell's dialog, ``gui/matrix/conflict.py``).

:class:`SaveSettling` is the save that asks it, for a view whose text saves itself
(``gui/autosave.py``): a code's definition (``CodebookEditor``), a theme's memo (Mapping),
and for the memo dialog (``gui/memo_dialog.py``); a passage's note and translation
(``SegmentInspector``) ask through :meth:`SaveSettling.ask`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from frameworkqda.core.errors import TextConflictError
from frameworkqda.gui.autosave import TypedOn
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.keep_which import KeepWhichDialog


class TextConflictDialog(KeepWhichDialog):
    """A memo's or a definition's text: theirs beside mine (``gui/keep_which.py``)."""

    def __init__(
        self, title: str, conflict: TextConflictError, mine: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(conflict.theirs, mine, parent)
        self.setObjectName("textConflictDialog")
        self.setWindowTitle(title)
        intro = QLabel(
            self.tr(
                "{what}.\nKeep theirs, or keep yours — edit yours first to merge the two."
            ).format(what=shown(conflict))
        )
        intro.setWordWrap(True)
        who = conflict.who or self.tr("someone")
        self.theirs.setObjectName("theirsText")
        self.mine.setObjectName("mineText")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Theirs ({who})").format(who=who)), 0, 0)
        grid.addWidget(QLabel(self.tr("Yours (edit to merge)")), 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.mine, 1, 1)
        self._finish(intro, grid, self.tr("Keep your version?"))

    def mine_text(self) -> str:
        return self.mine.toPlainText()


def keep_which(parent: QWidget, title: str, conflict: TextConflictError, mine: str) -> str | None:
    """Ask: the text to save (``mine``, maybe merged in the dialog), or None to keep theirs."""
    dialog = TextConflictDialog(title, conflict, mine, parent)
    dialog.exec()
    return dialog.mine_text() if dialog.keep_mine else None


class SaveSettling:
    """A view's save of text typed on a stored text someone else may have changed since:
    saved until settled, asking (:func:`keep_which`) at each conflict. While the question is
    open, the view's showing of another item waits (:meth:`waits`) and is done after it.
    Used by a code's definition, a theme's memo and the memo dialog (``show`` None: a modal
    dialog shows one memo); a passage's note asks through :meth:`ask` alone (its two fields
    are one step: ``SegmentInspector._save_texts``)."""

    def __init__(self, parent: QWidget, show: Callable[[], None] | None = None) -> None:
        self._parent, self._show = parent, show
        self.asking = False  # the conflict dialog is open
        self.asked = 0  # how many times it opened: a save that asked says nothing more
        self._show_after = False

    def waits(self) -> bool:
        """The view is about to show another item (a change arrived): True while the conflict
        dialog is open, and the view's ``show`` is then called once it closes."""
        if self.asking:
            self._show_after = True
        return self.asking

    def save(
        self,
        typed: TypedOn,
        stored: str,
        write: Callable[[str, str], None],
        shows: Callable[[int, str, str], None],
        title: str,
        ask: bool = True,
    ) -> None:
        """Save ``typed`` over ``stored`` (the project's text now) with ``write(text,
        expected)``, which raises ``TextConflictError`` if the text is no longer ``expected``.
        Then theirs is shown beside it, and the person keeps theirs, this, or this merged;
        ``shows(key, text, base)`` each time the item's text is settled as ``text``, read on
        ``base``. ``ask=False`` (a retry in the background) lets the conflict through."""
        text, base = typed.text, typed.base
        while text != stored:
            try:
                write(text, base)
            except TextConflictError as conflict:
                if not ask:  # left behind: settled when its item is shown
                    raise
                mine = self.ask(title, conflict, text)
                stored = conflict.theirs  # what the project holds now, not what was read
                if mine is None:  # keep theirs: nothing to write
                    shows(typed.key, stored, stored)
                    return
                text, base = mine, stored
                shows(typed.key, text, base)
                continue
            shows(typed.key, text, text)
            return

    def ask(self, title: str, conflict: TextConflictError, mine: str) -> str | None:
        """Theirs beside ``mine`` (:func:`keep_which`): the text to save, or None for theirs;
        a showing that waited meanwhile follows once the dialog closes."""
        self.asking = True
        self.asked += 1
        try:
            kept = keep_which(self._parent, title, conflict, mine)
        finally:
            self.asking = False
        if self._show_after:
            self._show_after = False
            if self._show is not None:
                QTimer.singleShot(0, self._show)
        return kept
