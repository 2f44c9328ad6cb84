"""The segment inspector: the selected segment's code, text, note and translation."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import coding, commands
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import NotFoundError, TextConflictError
from frameworkqda.core.words import cite
from frameworkqda.gui.autosave import AutoSave
from frameworkqda.gui.panels import swatch
from frameworkqda.gui.session import ProjectSession


class _Typed(NamedTuple):
    """A segment's note and translation as typed, and as they were when shown (``bases``)."""

    key: int  # the segment
    note: str
    translation: str
    bases: tuple[str, str]


class SegmentInspector(QWidget):
    """Edits one segment; every edit is an undoable command committed at once."""

    deleted = Signal(int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentInspector")
        self._session = session
        self.segment_id: int | None = None
        self._bases = ("", "")  # the note and translation as shown: what was typed in differs
        self._loading = False
        # typed since the segment was shown or saved: only then is there anything to save (an
        # undo reloads the panel, and saving what it showed before would write the edit again)
        self.autosave: AutoSave[_Typed] = AutoSave(self._typed, self._save_texts, 600, self)
        self.title = QLabel(self._nothing_selected())
        self.title.setWordWrap(True)
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QComboBox()
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note"))
        self.translation = QPlainTextEdit()
        self.translation.setPlaceholderText(self.tr("English translation"))
        self.delete_button = QPushButton(self.tr("Delete segment"))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Translation"), self.translation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        layout.addWidget(self.delete_button)
        layout.addStretch(1)
        self.note.textChanged.connect(self._edited)
        self.translation.textChanged.connect(self._edited)
        self.code.activated.connect(self._code_changed)
        self.delete_button.clicked.connect(self.delete)
        session.changed.connect(self._changed)
        self.show_segment(None)

    def _nothing_selected(self) -> str:
        return self.tr("No segment selected. Click a highlighted passage or its stripe.")

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if changes & {Change.SEGMENTS, Change.CODEBOOK} and not self.autosave.pending:
            self.show_segment(self.segment_id)

    def show_segment(self, segment_id: int | None, text: str | None = None) -> None:
        self.autosave.let_go()  # saved, or kept to try again (and shown again if it is this one)
        data = None
        if segment_id is not None:
            try:
                data = coding.get_segment(self._session.project, segment_id)
            except NotFoundError:
                data = None
        self.segment_id = data.id if data else None
        self.autosave.forget()
        self._loading = True
        for widget in (self.code, self.note, self.translation, self.delete_button):
            widget.setEnabled(data is not None)
        for typed in (self.note, self.translation):  # a read-only project takes no typing
            typed.setReadOnly(self._session.project.read_only)
        self.code.clear()
        if data is None:
            self.title.setText(self._nothing_selected())
            self.quote.clear()
            self.note.clear()
            self.translation.clear()
        else:
            for code in self._session.codes():
                self.code.addItem(swatch(code.colour), self._session.code_path(code.id), code.id)
            self.code.setCurrentIndex(self.code.findData(data.code_id))
            length = data.end - data.start
            self.title.setText(
                self.tr(
                    "Coded passage: %n character(s) (characters {first}–{last} of the document)",
                    "",
                    length,
                ).format(first=data.start + 1, last=data.end)
            )
            if text is not None:
                excerpt = text[data.start : data.end]
                self.quote.setText(cite(excerpt[:300] + "…" if len(excerpt) > 300 else excerpt))
            left = self.autosave.take_left(data.id)  # typed here, not saved yet
            note, translation = (left or data).note, (left or data).translation
            self._bases = left.bases if left else (data.note, data.translation)
            if self.note.toPlainText() != note:
                self.note.setPlainText(note)
            if self.translation.toPlainText() != translation:
                self.translation.setPlainText(translation)
            if left is not None:
                self.autosave.edited()
        self._loading = False

    def _edited(self) -> None:
        if not self._loading and self.segment_id is not None:
            self.autosave.edited()

    def save_texts(self) -> bool:
        """Commit what was typed in the note and translation now (also runs shortly after
        typing stops); False when the project refused it (the text stays, unsaved)."""
        return self.autosave.flush()

    def _typed(self) -> _Typed | None:
        if self.segment_id is None:
            return None
        return _Typed(
            self.segment_id, self.note.toPlainText(), self.translation.toPlainText(), self._bases
        )

    def _save_texts(self, typed: _Typed) -> None:
        """Save the fields typed in (a note typed left the translation alone: saving both
        wiped another coder's translation). Text left behind is not written in the background
        over a field someone else changed since: it waits to be shown again."""
        try:
            current = coding.get_segment(self._session.project, typed.key)
        except NotFoundError:
            return
        stored = (current.note, current.translation)
        typed_in = [i for i, text in enumerate((typed.note, typed.translation))
                    if text != typed.bases[i]]  # fmt: skip
        changed = [i for i in typed_in if stored[i] != typed.bases[i]]
        if changed and self.autosave.retrying:
            raise TextConflictError(
                self.tr("The note was changed in another program since you typed in it"),
                stored[changed[0]],
            )
        note = typed.note if 0 in typed_in and typed.note != current.note else None
        translation = (
            typed.translation if 1 in typed_in and typed.translation != current.translation
            else None
        )  # fmt: skip
        if note is not None or translation is not None:
            change = commands.UpdateSegment(typed.key, note=note, translation=translation)
            self._session.run(change, text=self.tr("Edit note"))
        if typed.key == self.segment_id:
            self._bases = (
                typed.note if note is not None else stored[0],
                typed.translation if translation is not None else stored[1],
            )

    def _code_changed(self, index: int) -> None:
        if self._loading or self.segment_id is None:
            return
        code_id = int(self.code.itemData(index))
        change = commands.UpdateSegment(self.segment_id, code_id=code_id)
        self._session.run(change, text=self.tr("Change code"))

    def delete(self) -> None:
        if self.segment_id is None:
            return
        segment_id = self.segment_id
        self.save_texts()  # a note typed just before comes back with the passage on undo
        self.segment_id = None
        self._session.run(commands.DeleteSegment(segment_id))
        self.deleted.emit(segment_id)
        self.show_segment(None)
