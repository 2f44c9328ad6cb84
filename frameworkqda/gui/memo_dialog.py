"""Memos on the project, a document, a case or a code: a small editor dialog.

OK saves (one undoable step); a save the project refuses (read-only, another program holding
the write lock) is said in a message box and the dialog stays open with the text. Closing with
changes not saved (Esc, Cancel, the window's close button) asks first: Save / Discard / Cancel.
OK over a memo someone else saved since the dialog read it writes nothing unasked: theirs is
shown beside this text (``TextConflictDialog``), to keep theirs, this, or this merged.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import memos
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.gui.autosave import TypedOn
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.keyboard import ctrl_return_accepts, tab_leaves
from frameworkqda.gui.screen_room import fit_to_screen
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.text_conflict import SaveSettling
from frameworkqda.gui.unsaved import Answer, ask_to_save


class MemoDialog(QDialog):
    """Shows the memo; OK commits it as one undoable step."""

    def __init__(
        self,
        session: ProjectSession,
        target: str,
        target_id: int | None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memoDialog")
        self.setWindowTitle(self.tr("Memo — {subject}").format(subject=title))
        self._session = session
        self._target = (target, target_id)
        self._loaded = memos.memo_text(session.project, target, target_id)
        # a modal dialog shows one memo: nothing waits for the conflict question to close
        self.settling = SaveSettling(self)
        self.editor = QPlainTextEdit(self._loaded)
        tab_leaves(self.editor)
        ctrl_return_accepts(self, self.accept)  # Return starts a new line; Ctrl+Return is OK
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setBuddy(self.editor)
        self.editor.setAccessibleName(self.windowTitle())  # "Memo — Kawasaki"
        layout.addWidget(heading)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        fit_to_screen(self, 520, 380)

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Write the memo if it changed; False (and said) when the project refuses it. A memo
        someone else saved since this dialog read it is not written over: theirs is shown
        beside this text, and the person keeps theirs, this one, or this one merged
        (:class:`SaveSettling`, as a code's definition and a theme's memo). A choice made
        there stands when the write after it is refused: the next OK saves it unasked."""
        typed = TypedOn(0, self.editor.toPlainText(), self._loaded)
        stored = memos.memo_text(self._session.project, *self._target)

        def write(text: str, expected: str) -> None:
            self._session.set_memo(*self._target, text, expected=expected)

        try:
            self.settling.save(
                typed, stored, write, self._shows, self.tr("Someone else changed this memo")
            )
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Memo not saved"), shown(error))
            return False
        return True

    def _shows(self, _key: int, text: str, base: str) -> None:
        """The memo is settled as ``text``, read on ``base`` (theirs, after a conflict): what
        the next save is typed on, and what closing compares with."""
        self._loaded = base
        if self.editor.toPlainText() != text:
            self.editor.setPlainText(text)

    def reject(self) -> None:
        """Esc, Cancel or the close button: with changes not saved, ask first."""
        if self.editor.toPlainText() != self._loaded:
            answer = ask_to_save(self, self.tr("Memo"), self.tr("Save changes to this memo?"))
            if answer is Answer.CANCEL:
                return
            if answer is Answer.SAVE:
                self.accept()
                return
        super().reject()
