"""Memos on the project, a document, a case or a code: a small editor dialog."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import memos
from frameworkqda.gui.session import ProjectSession


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
        self.editor = QPlainTextEdit(memos.memo_text(session.project, target, target_id))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(title))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def accept(self) -> None:
        text = self.editor.toPlainText()
        if text != memos.memo_text(self._session.project, *self._target):
            self._session.set_memo(*self._target, text)
        super().accept()
