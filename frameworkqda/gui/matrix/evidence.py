"""Beside the matrix: the selected cell's evidence (quotes) and its summary editor.

Quotes list document, page, text and translation (all coders' or one coder's); double-click
(or "Open in document") jumps to the passage. Under the value, each coder's own charting of the
cell (value and summary, core/charting/chartings.py; a summary that is that coder's
auto-draft after "Draft:" in muted italics), or the chosen coder's only. The summary
is committed 0.8 s after typing stops, on leaving the editor, on switching cells and by "Save"
(``gui/autosave.py``: one the project refuses stays, and is kept by cell and tried again when
another cell is shown); "Insert auto-draft" and "Insert quote" add text at the cursor (what
the researcher then saves is theirs). A summary auto-drafted for the whole matrix is shown as
a draft, with "Accept draft" (Ctrl+Return in the panel): editing it or accepting it makes it
the researcher's summary.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import NamedTuple

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import charting
from frameworkqda.core.charting import Evidence
from frameworkqda.core.charting.chartings import CoderCharting
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.words import cite
from frameworkqda.gui.autosave import AutoSave
from frameworkqda.gui.coders import CoderFilterBox
from frameworkqda.gui.colours import muted_text
from frameworkqda.gui.keyboard import ChoiceBox, tab_leaves

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class TypedSummary(NamedTuple):
    """A cell's summary as typed, and the cell's version it was typed on (``base``)."""

    key: tuple[int, int]  # case, code
    text: str
    base: int


class SummaryEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.focus_lost.emit()
        super().focusOutEvent(event)


class EvidencePanel(QWidget):
    source_requested = Signal(int, int, int)  # document, start, end
    value_chosen = Signal(int, int, object)  # case, code, value id or None
    accept_requested = Signal(int, int)  # case, code: the auto-drafted summary made theirs

    def __init__(
        self, write: Callable[[TypedSummary], None], parent: QWidget | None = None
    ) -> None:
        """``write`` saves a summary typed (the view's: it raises a FrameworkQDAError when
        the project refuses it)."""
        super().__init__(parent)
        self.setObjectName("evidencePanel")
        self.key: tuple[int, int] | None = None
        self._saved = ""
        self.base_version = 0  # the cell's version the summary in the editor was loaded from
        self._write = write
        self._rows: list[Evidence] = []
        self._coders: dict[int, str] = {}  # segment id -> coder name
        self.title = QLabel(self.tr("Choose a cell"))
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.quotes = QListWidget()
        self.quotes.setAccessibleName(self.tr("Evidence"))
        self.quotes.setWordWrap(True)
        self.quotes.setAlternatingRowColors(True)
        self.quotes.itemActivated.connect(self._open)
        self.quotes.itemDoubleClicked.connect(self._open)
        self.coder_box = CoderFilterBox()
        self.coder_box.currentIndexChanged.connect(lambda _index: self._fill_quotes())
        self.coder_box.currentIndexChanged.connect(lambda _index: self._fill_chartings())
        self._chartings: list[CoderCharting] = []
        self.chartings = QLabel()
        self.chartings.setObjectName("coderChartings")
        self.chartings.setWordWrap(True)
        self.chartings.setTextFormat(Qt.TextFormat.RichText)  # a draft in muted italics
        self.chartings.hide()
        # a value stepped to with the arrow keys is applied by Return or leaving the box
        self.value_box = ChoiceBox()
        self.value_box.chosen.connect(self._value_activated)
        self.editor = SummaryEdit()
        self.editor.setAccessibleName(self.tr("Summary"))
        tab_leaves(self.editor)
        self.editor.setPlaceholderText(self.tr("Summary of the evidence for this case and measure"))
        # saved after a pause in typing; one refused for a cell no longer shown is kept by
        # cell, tried again, and shown again if its cell is
        self.autosave: AutoSave[TypedSummary] = AutoSave(
            self._typed, self._save_typed, 800, self, (self.editor,)
        )
        self.editor.textChanged.connect(self.autosave.edited)
        self.editor.focus_lost.connect(self.commit)

        open_button = QPushButton(self.tr("Open in document"))
        open_button.clicked.connect(lambda: self._open(self.quotes.currentItem()))
        self.draft_button = QPushButton(self.tr("Insert auto-draft"))
        self.quote_button = QPushButton(self.tr("Insert quote"))
        self.quote_button.clicked.connect(self.insert_quote)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.commit)
        self.is_draft = False  # the summary shown is an auto-draft, not yet accepted
        self.draft_note = QLabel(
            self.tr("Auto-drafted from the evidence: edit it, or accept it as your summary.")
        )
        self.draft_note.setObjectName("draftNote")
        self.draft_note.setWordWrap(True)
        self.draft_note.hide()
        self.accept_action = QAction(self.tr("Accept draft"), self)
        self.accept_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.accept_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.accept_action.setToolTip(
            self.tr("Make the auto-drafted summary your own as it stands (Ctrl+Return)")
        )
        self.accept_action.triggered.connect(self.accept_draft)
        self.addAction(self.accept_action)
        self.accept_button = QPushButton(self.accept_action.text())
        self.accept_button.setObjectName("acceptDraft")
        self.accept_button.setToolTip(self.accept_action.toolTip())
        self.accept_button.clicked.connect(self.accept_action.trigger)
        self.accept_button.hide()

        quote_tools = QHBoxLayout()
        quote_tools.addWidget(QLabel(self.tr("Evidence")))
        quote_tools.addWidget(self.coder_box)
        quote_tools.addStretch(1)
        quote_tools.addWidget(open_button)
        value_row = QHBoxLayout()
        value_row.addWidget(QLabel(self.tr("Value:")))
        value_row.addWidget(self.value_box, 1)
        editor_tools = QHBoxLayout()
        editor_tools.addWidget(self.draft_button)
        editor_tools.addWidget(self.quote_button)
        editor_tools.addStretch(1)
        editor_tools.addWidget(self.accept_button)
        editor_tools.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(quote_tools)
        layout.addWidget(self.quotes, 3)
        layout.addLayout(value_row)
        layout.addWidget(self.chartings)
        layout.addWidget(QLabel(self.tr("Summary")))
        layout.addWidget(self.draft_note)
        layout.addWidget(self.editor, 2)
        layout.addLayout(editor_tools)
        self.setEnabled(False)

    def set_writable(self, writable: bool) -> None:
        """A project opened read-only: the value, the summary and the buttons that write take
        nothing (the Value box showed a value the cell did not have; an insert typed into the
        summary); the evidence can still be read and opened."""
        self.editor.setReadOnly(not writable)
        for control in (self.value_box, self.draft_button, self.quote_button, self.save_button):
            control.setEnabled(writable)
        self.accept_action.setEnabled(writable)
        self.accept_button.setEnabled(writable)

    def set_values(self, values: list[charting.ScaleValue]) -> None:
        current = self.value_box.currentData()
        self.value_box.clear()
        self.value_box.addItem(self.tr("— no value —"), None)
        for number, value in enumerate(values, 1):
            self.value_box.addItem(f"{number}  {value.label}", value.id)
        self.value_box.setCurrentIndex(max(0, self.value_box.findData(current)))

    def show_cell(
        self,
        key: tuple[int, int] | None,
        title: str,
        rows: list[Evidence],
        summary: str,
        value_id: int | None,
        coders: dict[int, str] | None = None,
        version: int = 0,
        draft: bool = False,
    ) -> None:
        """Show a cell (commit the previous cell's summary first); ``coders``: whose each
        segment is, for the coder filter; ``draft``: its summary is an auto-draft."""
        if key != self.key:
            self.apply_value()  # a value stepped to, not applied yet: to its own cell, first
            self.autosave.let_go()  # saved, or kept by cell and tried again
            self._saved = self.editor.toPlainText()  # nothing typed here yet: take the cell
        self.key = key
        self.setEnabled(key is not None)
        self.title.setText(title)
        self._rows, self._coders = rows, coders or {}
        self._fill_quotes()
        self.show_state(summary, value_id, version, draft=draft)
        left = self.autosave.take_left(key) if key is not None else None
        if left is not None:  # typed here before, not saved yet
            self.base_version = left.base
            self.editor.setPlainText(left.text)  # editing again: saved after the pause

    def _fill_quotes(self) -> None:
        coder = self.coder_box.chosen()
        self.quotes.clear()
        page = self.tr("p. {page}")
        for row in self._rows:
            if coder is not None and self._coders.get(row.segment_id) != coder:
                continue
            where = row.document
            if row.page is not None:
                where += " · " + page.format(page=QLocale().toString(row.page))
            text = f"{where}\n{cite(row.quote.strip())}"
            if row.translation:
                text += f"\n→ {row.translation}"
            if row.note:
                text += f"\n※ {row.note}"
            item = QListWidgetItem(text)
            item.setData(ROW_ROLE, row)
            item.setToolTip(row.quote)
            self.quotes.addItem(item)
        if self.quotes.count():
            self.quotes.setCurrentRow(0)

    def show_chartings(self, rows: list[CoderCharting]) -> None:
        """Each coder's own charting of the shown cell."""
        self._chartings = rows
        self._fill_chartings()

    def _fill_chartings(self) -> None:
        coder = self.coder_box.chosen()
        rows = [row for row in self._chartings if coder is None or row.coder == coder]
        lines = [self._charting_line(row) for row in rows]
        if coder is not None and not rows and self._chartings:
            lines = [escape(self.tr("{coder} has not charted this cell.").format(coder=coder))]
        if coder is None and len({row.value for row in rows}) > 1:
            lines.insert(0, escape(self.tr("The coders' values differ:")))
        elif lines:
            lines.insert(0, escape(self.tr("Charted by:")))
        self.chartings.setText("<br>".join(lines))
        self.chartings.setVisible(bool(lines))

    def _charting_line(self, row: CoderCharting) -> str:
        """A coder's value, and their summary only where it is not the cell's own (shown in
        the editor just below): repeating it took the room the evidence list needs. A summary
        that is an auto-draft is said to be one, in muted italics, as the matrix shows it:
        the machine's quotes passed for the coder's own summary. Rich text, escaped."""
        value = row.value or self.tr("no value")
        summary = " ".join(row.summary.split())
        if not summary or summary == " ".join(self._saved.split()):
            return escape(self.tr("{coder}: {value}").format(coder=row.coder, value=value))
        shown = escape(summary[:200])
        if row.draft:
            colour = muted_text(self.chartings.palette()).name()
            draft = escape(self.tr("Draft: {summary}")).format(summary=shown)
            shown = f"<i style='color:{colour}'>{draft}</i>"
        return escape(self.tr("{coder}: {value} — {summary}")).format(
            coder=escape(row.coder), value=escape(value), summary=shown
        )

    @property
    def editing(self) -> bool:
        """Typed text not saved yet (it waits for the timer, a click elsewhere or Save)."""
        return self.editor.toPlainText() != self._saved

    def show_state(
        self,
        summary: str,
        value_id: int | None,
        version: int = 0,
        *,
        force: bool = False,
        draft: bool = False,
    ) -> None:
        """Reflect the committed state (after an edit, an undo, or someone else's change).

        Text being typed is kept, with the version it was begun on: someone else's change
        arriving meanwhile is not allowed to wipe it, and saving it then asks which to keep.
        """
        stepped = self.value_box.currentIndex() if self.value_box.pending else None
        self.value_box.setCurrentIndex(max(0, self.value_box.findData(value_id)))
        if stepped is not None and stepped != self.value_box.currentIndex():
            self.value_box.step_to(stepped)  # still only stepped to, as it was
        self._show_draft(draft and bool(summary))
        if self.editing and not force:
            return
        self.base_version = version
        if summary != self.editor.toPlainText():
            self.editor.blockSignals(True)
            self.editor.setPlainText(summary)
            self.editor.moveCursor(QTextCursor.MoveOperation.End)  # what is inserted follows
            self.editor.blockSignals(False)
        self.autosave.forget()
        self._saved = summary

    def _show_draft(self, draft: bool) -> None:
        """Say the summary shown is an auto-draft, and offer to accept it."""
        self.is_draft = draft
        self.draft_note.setVisible(draft)
        self.accept_button.setVisible(draft)
        self.editor.setAccessibleName(
            self.tr("Summary (auto-draft)") if draft else self.tr("Summary")
        )

    def accept_draft(self) -> None:
        """Ask for the shown cell's auto-draft to become the researcher's summary (text typed
        meanwhile is saved first: an edited draft is theirs already)."""
        if self.key is None or not self.is_draft or self.editor.isReadOnly():
            return
        if self.commit() and self.is_draft and not self.editing:
            self.accept_requested.emit(*self.key)

    def drop_gone(self) -> str | None:
        """The cell shown was deleted elsewhere (its case or measure): nothing is left to save
        it to. Returns the text typed and not saved, if any, for the view to hand back."""
        typed = self.editor.toPlainText() if self.editing else None
        if self.key is not None:
            self.autosave.take_left(self.key)
        self.autosave.forget()
        self.key, self._saved = None, self.editor.toPlainText()
        return typed

    def commit(self) -> bool:
        """Save the summary typed now (and any left behind); False when the project refused
        it: it stays typed and unsaved (it passed as saved and was lost at the next cell)."""
        return self.autosave.flush()

    def _typed(self) -> TypedSummary | None:
        if self.key is None or not self.editing:
            return None
        return TypedSummary(self.key, self.editor.toPlainText(), self.base_version)

    def _save_typed(self, typed: TypedSummary) -> None:
        if typed.key != self.key:  # left behind
            self._write(typed)
            return
        before, self._saved = self._saved, typed.text  # what the cell's change shows is this
        try:
            self._write(typed)
        except FrameworkQDAError:
            if typed.key == self.key:
                self._saved = before  # refused: still typed, not saved
            raise

    def insert_text(self, text: str) -> None:
        """``text`` (a draft, a quote) as lines of their own where the cursor is: at the end
        of the summary unless the researcher put it elsewhere (a cell's text is shown with
        the cursor at its end; a draft went in before the summary, glued to its first word).
        A cursor inside a line puts them after that line: one mid-word split the word ("2 p",
        the quote, "assages"), and Japanese has no spaces to tell a word's end by."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection() and not cursor.atBlockStart() and not cursor.atBlockEnd():
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        if cursor.positionInBlock() > 0:
            text = "\n" + text
        if not cursor.atBlockEnd():
            text += "\n"
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        self.commit()

    def insert_quote(self) -> None:
        item = self.quotes.currentItem()
        if item is not None and not self.editor.isReadOnly():
            self.insert_text(charting.quote_line(item.data(ROW_ROLE)))

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            row: Evidence = item.data(ROW_ROLE)
            self.source_requested.emit(row.document_id, row.start, row.end)

    def apply_value(self) -> None:
        """A value stepped to in the Value box and not confirmed yet is applied to the cell
        shown, as leaving the box does: before another cell is shown, the view changes or
        the project closes (closing lost it, switching view applied it)."""
        if self.key is None:
            self.value_box.put_back()
        else:
            self.value_box.apply()

    def _value_activated(self, _index: int) -> None:
        if self.key is not None and self.value_box.isEnabled():
            self.value_chosen.emit(self.key[0], self.key[1], self.value_box.currentData())
