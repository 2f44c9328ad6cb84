"""The segment inspector: the selected segment's code, text, note and translation."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import coding, commands, deletions
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import FrameworkQDAError, NotFoundError, TextConflictError
from frameworkqda.core.words import cite
from frameworkqda.gui.autosave import AutoSave
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.keyboard import ChoiceBox, tab_leaves
from frameworkqda.gui.panels import swatch
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.text_conflict import SaveSettling


class _Typed(NamedTuple):
    """A segment's note and translation as typed, and as they were when shown (``bases``)."""

    key: int  # the segment
    note: str
    translation: str
    bases: tuple[str, str]


class SegmentInspector(QWidget):
    """Edits one segment; every edit is an undoable command committed at once."""

    deleted = Signal(int)
    # typing for a passage someone else deleted went to the clipboard: what to tell the person
    handed_back = Signal(str)
    said = Signal(str)  # what was done, for the status bar (a passage deleted)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentInspector")
        self._session = session
        self.segment_id: int | None = None
        self._record: coding.SegmentRecord | None = None  # the passage shown
        self._bases = ("", "")  # the note and translation as shown: what was typed in differs
        self.settling = SaveSettling(self)  # asks when someone else changed a text typed in
        self._loading = False
        self.gone_problem: str | None = None  # the last save's hand-back, for closing to say
        self.title = QLabel(self._nothing_selected())
        self.title.setWordWrap(True)
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a code stepped to with the arrow keys is applied by Return or leaving the box
        self.code = ChoiceBox()
        self.code.setObjectName("segmentCode")
        # a long code path (cut at the box's edge at 1280 × 720): whole in the tooltip
        self.code.currentTextChanged.connect(self.code.setToolTip)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note"))
        self.translation = QPlainTextEdit()
        self.translation.setPlaceholderText(self.tr("English translation"))
        tab_leaves(self.note, self.translation)  # Tab moves on: no tab typed into a note
        # typed since the segment was shown or saved: only then is there anything to save (an
        # undo reloads the panel, and saving what it showed before would write the edit again)
        self.autosave: AutoSave[_Typed] = AutoSave(
            self._typed, self._save_texts, 600, self, (self.note, self.translation)
        )
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
        self.code.chosen.connect(self._code_changed)
        self.delete_button.clicked.connect(self.delete)
        session.changed.connect(self._changed)
        # after the window says so: a note refused while the server was away is saved
        session.reachable.connect(self._server_back, Qt.ConnectionType.QueuedConnection)
        self.show_segment(None)

    def _nothing_selected(self) -> str:
        return self.tr("No segment selected. Click a highlighted passage or its stripe.")

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if changes & {Change.SEGMENTS, Change.CODEBOOK} and not self.autosave.pending:
            self.show_segment(self.segment_id)

    def segment_code(self) -> int | None:
        """The code of the passage shown (as stored, not one only stepped to in the box)."""
        record = self._record
        return record.code_id if record is not None and self.segment_id is not None else None

    def show_segment(self, segment_id: int | None, text: str | None = None) -> None:
        stepped = self.code.currentData() if self.code.pending else None
        if segment_id != self.segment_id:
            self.apply_code()  # a code stepped to with the arrows: to its own passage, first
            stepped = None
        self.autosave.let_go()  # saved, or kept to try again (and shown again if it is this one)
        data = None
        if segment_id is not None:
            try:
                data = coding.get_segment(self._session.project, segment_id)
            except NotFoundError:
                data = None
        self.segment_id = data.id if data else None
        self._record = data  # where it was: who deleted it is found by its document and code
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
            found = self.code.findData(stepped) if stepped is not None else -1
            if found >= 0 and stepped != data.code_id:  # still only stepped to, as it was
                self.code.step_to(found)
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
        typing stops); False when the project refused it (the text stays, unsaved) or its
        passage was deleted meanwhile (the text went to the clipboard: ``gone_problem``)."""
        self.gone_problem = None
        saved = self.autosave.flush()
        return saved and self.gone_problem is None

    def _server_back(self, error: FrameworkQDAError | None) -> None:
        """The server can be reached again (``error`` None): a note or translation its outage
        refused is saved once more (someone's change meanwhile asks which to keep), and the
        status bar says so (it waited for the next keystroke or another passage)."""
        if error is not None or not self.autosave.refused:
            return
        asked = self.settling.asked
        if self.save_texts() and self.settling.asked == asked:
            self.said.emit(self.tr("The server is back: what you typed for the passage was saved."))

    def problem(self) -> str | None:
        """Why the last :meth:`save_texts` did not save everything."""
        return self.gone_problem or self.autosave.problem

    def _hand_back(self, typed: _Typed) -> None:
        """The passage typed for was deleted by someone else (with its document, or alone):
        what was typed goes to the clipboard and the window says so. It was dropped without a
        word, and the panel went on showing the gone passage, its Delete button enabled."""
        texts = [
            text
            for text, base in zip((typed.note, typed.translation), typed.bases, strict=True)
            if text != base
        ]
        if texts:
            QGuiApplication.clipboard().setText("\n\n".join(texts))
            passage = self.quote.text() if typed.key == self.segment_id else ""
            record = self._record if typed.key == self.segment_id else None
            found = (
                deletions.who_deleted_passage(
                    self._session.project, record.id, record.document_id, record.code_id
                )
                if record is not None
                else None
            )
            self.gone_problem = (
                self.tr("{deleted}; what you typed for it is on the clipboard.").format(
                    deleted=shown(
                        deletions.said(
                            self.tr("The passage {passage}").format(passage=passage),
                            found,
                            deletions.DeletedKind.SEGMENT,
                        )
                    )
                )
                if found is not None and passage
                else self.tr(
                    "The passage {passage} was deleted in another window or program; what you "
                    "typed for it is on the clipboard."
                ).format(passage=passage)
                if passage
                else self.tr(
                    "A passage you typed a note for was deleted in another window or program; "
                    "what you typed for it is on the clipboard."
                )
            )
            self.handed_back.emit(self.gone_problem)
        if typed.key == self.segment_id:
            self.segment_id = None  # nothing to save to, nor to delete
            for widget in (self.code, self.note, self.translation, self.delete_button):
                widget.setEnabled(False)
            QTimer.singleShot(0, self._show_none_if_still_gone)

    def _show_none_if_still_gone(self) -> None:
        if self.segment_id is None:
            self.show_segment(None)

    def _typed(self) -> _Typed | None:
        if self.segment_id is None:
            return None
        return _Typed(
            self.segment_id, self.note.toPlainText(), self.translation.toPlainText(), self._bases
        )

    def _save_texts(self, typed: _Typed) -> None:
        """Save the fields typed in (a note typed left the translation alone: saving both
        wiped another coder's translation). One someone else changed since it was shown is
        not written over: theirs is shown beside it, to keep theirs, this, or this merged
        (text left behind waits for its passage to be shown again, to be asked there).

        Saved until settled, as :meth:`SaveSettling.save` does for one text, but not through
        it: the two fields are one undoable step, and the core takes a segment's note with no
        expected text to refuse it on. So the passage is read again after each question and
        asked again about a field changed while the dialog was open (that change was written
        over unasked), until nothing changed since the last answer; then both are written."""
        if self.settling.asking:
            return  # asked already; the question's answer is saved when it comes
        texts = [typed.note, typed.translation]
        bases = list(typed.bases)
        typed_in = [i for i, text in enumerate(texts) if text != bases[i]]
        while True:
            try:
                current = coding.get_segment(self._session.project, typed.key)
            except NotFoundError:
                self._hand_back(typed)
                return
            stored = (current.note, current.translation)
            changed = [i for i in typed_in if stored[i] != bases[i]]
            if not changed:
                break
            for field in changed:
                conflict = TextConflictError(self._changed_text(field), stored[field])
                if self.autosave.retrying:
                    raise conflict
                mine = self.settling.ask(
                    self.tr("Someone else changed this passage"), conflict, texts[field]
                )
                texts[field] = stored[field] if mine is None else mine
                bases[field] = stored[field]  # settled on theirs as it is now
        note, translation = (
            texts[i] if i in typed_in and texts[i] != stored[i] else None for i in (0, 1)
        )
        if note is not None or translation is not None:
            change = commands.UpdateSegment(typed.key, note=note, translation=translation)
            if note is None:  # Edit → Undo said "Undo Edit note" for a translation too
                step = self.tr("Edit translation")
            elif translation is None:
                step = self.tr("Edit note")
            else:
                step = self.tr("Edit note and translation")
            self._session.run(change, text=step)
        if typed.key == self.segment_id:
            self._bases = (
                texts[0] if 0 in typed_in else stored[0],
                texts[1] if 1 in typed_in else stored[1],
            )
            self._loading = True  # what was kept shows, not typed
            for widget, text in zip((self.note, self.translation), self._bases, strict=True):
                if widget.toPlainText() != text:
                    widget.setPlainText(text)
            self._loading = False

    def _changed_text(self, field: int) -> str:
        return (
            self.tr("Someone else changed this passage's note since you began typing in it")
            if field == 0
            else self.tr(
                "Someone else changed this passage's translation since you began typing in it"
            )
        )

    def apply_code(self) -> None:
        """A code stepped to in the Code box and not confirmed yet is applied to its passage,
        as leaving the box does, before another passage is shown, the view changes or the
        project closes (closing lost it, switching view applied it). One whose passage was
        deleted meanwhile is put back, and the status bar says so."""
        if not self.code.pending:
            return
        if self.segment_id is not None:
            try:
                coding.get_segment(self._session.project, self.segment_id)
            except NotFoundError:
                self.said.emit(
                    self.tr("Code “{code}” not applied: the passage was deleted.").format(
                        code=self.code.currentText()
                    )
                )
            else:
                self.code.apply()
                return
        self.code.put_back()

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
        try:
            gone = coding.get_segment(self._session.project, segment_id)
        except NotFoundError:  # deleted elsewhere a moment ago
            self.show_segment(None)
            return
        self.segment_id = None
        self._session.run(commands.DeleteSegment(segment_id))
        self.deleted.emit(segment_id)
        self.show_segment(None)
        # Del deleted it without a word (the status bar kept "Coded 8 characters as …")
        self.said.emit(
            self.tr(
                "Deleted the passage of %n character(s) coded “{code}”. Undo (Ctrl+Z) "
                "brings it back.",
                "",
                gone.end - gone.start,
            ).format(code=self._session.code_path(gone.code_id))
        )
