"""The codebook editor (stage 2): every codebook change the engine offers, each one undoable.

Add a theme or sub-code, rename, recolour, define; move a code up or down among its siblings or
under another parent; merge a code into another (its segments, chart cells and sub-codes
follow); delete a code after a confirmation that shows what goes with it; import and export
CSV/XLSX codebooks; add a framework template's themes; edit external scores per theme
(Scores…, :mod:`gui.scores_editor`). Every change is a core command
(:mod:`frameworkqda.core.commands`) committed before the tree shows it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import codebook, codebook_io, commands, messages
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.framework import templates
from frameworkqda.gui import file_dialogs, i18n
from frameworkqda.gui.autosave import AutoSave, TypedOn
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.jobs import Job, JobProgress, applying
from frameworkqda.gui.keyboard import tab_leaves
from frameworkqda.gui.line_breaks import MessageLabel
from frameworkqda.gui.panels import CodebookTree
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.text_conflict import SaveSettling

# the core's names of the codebook formats (codebook_io.FORMATS), listed for lupdate
FORMAT_NAMES = (
    QT_TRANSLATE_NOOP("CodebookEditor", "CSV"),
    QT_TRANSLATE_NOOP("CodebookEditor", "Excel workbook"),
    QT_TRANSLATE_NOOP("CodebookEditor", "REFI-QDA codebook"),
)


def file_filter() -> str:
    """Every codebook format, then each one: descriptions translated, patterns as they are."""
    every = " ".join(f"*{suffix}" for suffix in codebook_io.FORMATS)
    filters = [QCoreApplication.translate("CodebookEditor", "Codebook") + f" ({every})"]
    for suffix, kind in codebook_io.FORMATS.items():
        filters.append(QCoreApplication.translate("CodebookEditor", kind.label) + f" (*{suffix})")
    return ";;".join(filters)


# What a codebook change may alter besides the tree: segment counts, matrix cells.

# the buttons that change the code chosen, and those that change the codebook as a whole
# (greyed on a project opened read-only: a name asked for, then refused)
CODE_CHANGES = (
    "Add sub-code…",
    "Rename…",
    "Colour…",
    "Delete…",
    "Move up",
    "Move down",
    "Move to…",
    "Merge into…",
)
CODEBOOK_CHANGES = ("Add theme…", "Import…", "Apply template…")
MAX_CONFLICTS = 10  # cases named whose values differ in a merge; the rest are counted


class CodebookEditor(QWidget):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookEditor")
        self._session = session
        self._merging: Job | None = None  # a merge running off the GUI thread
        self.tree = CodebookTree(session)
        self.tree.setAccessibleName(self.tr("Codebook"))
        self.definition = QPlainTextEdit()
        self.definition.setAccessibleName(self.tr("Definition"))
        tab_leaves(self.definition)
        self.definition.setPlaceholderText(
            self.tr("Definition: what counts as evidence for this code")
        )
        self.title = QLabel(self.tr("Choose a code"))
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setWordWrap(True)
        # the short name here, what it means in the tooltip: the whole sentence was 393
        # pixels that would not wrap, and at scale 1.5 the definition ran off the right edge
        self.heading = QCheckBox(self.tr("Heading only"))
        self.heading.setToolTip(
            self.tr("Heading only (groups codes; not applied to text, not charted)")
        )
        self.heading.setObjectName("headingOnly")
        self.heading.toggled.connect(self._set_heading)
        self.status = MessageLabel()  # broken after 。 and 、, never a fragment alone
        self.status.setObjectName("codebookStatus")
        # keyed by the English label (a stable name, also the button's objectName)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        rows = (
            (
                ("Add theme…", self.tr("&Add theme…"), lambda: self.add(None)),
                ("Add sub-code…", self.tr("Add &sub-code…"), self._add_sub_code),
                ("Rename…", self.tr("&Rename…"), self.rename),
                ("Colour…", self.tr("Co&lour…"), self.recolour),
                ("Delete…", self.tr("&Delete…"), self.delete),
            ),
            (
                ("Move up", self.tr("Move &up"), lambda: self.move_by(-1)),
                ("Move down", self.tr("Move do&wn"), lambda: self.move_by(1)),
                ("Move to…", self.tr("Move &to…"), self.move_to),
                ("Merge into…", self.tr("Mer&ge into…"), self.merge_into),
            ),
            (
                ("Import…", self.tr("&Import…"), self.import_file),
                ("Export…", self.tr("E&xport…"), self.export_file),
                ("Apply template…", self.tr("Apply tem&plate…"), self.apply_template),
                ("Scores…", self.tr("Sc&ores…"), self.open_scores),
            ),
        )
        for row, specs in enumerate(rows):
            for column, (key, text, slot) in enumerate(specs):
                button = QPushButton(text)
                button.setObjectName(key)
                # clicked(bool) would hand ``checked`` to a slot's optional argument
                # (import_file(path=False)): each button calls its slot with none
                button.clicked.connect(lambda _checked=False, slot=slot: slot())
                self.buttons[key] = button
                grid.addWidget(button, row, column)
        # the tree's own keys, said where a researcher looks for them (Alt+letter: the
        # underlined letters; the menu bar's F, E, C, V, M and H are left to it)
        for key, tip in (
            ("Add theme…", self.tr("Add a theme at the top level")),
            ("Add sub-code…", self.tr("Add a code under the code chosen")),
            ("Rename…", self.tr("Rename the code chosen (F2)")),
            ("Colour…", self.tr("Change the colour of the code chosen")),
            ("Delete…", self.tr("Delete the code chosen (Del)")),
            ("Move up", self.tr("Move the code chosen up (Ctrl+Shift+Up)")),
            ("Move down", self.tr("Move the code chosen down (Ctrl+Shift+Down)")),
            ("Move to…", self.tr("Move the code chosen under another code, or to the top level")),
            ("Merge into…", self.tr("Merge the code chosen into another code")),
            ("Import…", self.tr("Import a codebook from a file")),
            ("Export…", self.tr("Export the codebook to a file")),
            ("Apply template…", self.tr("Add a framework template's codes")),
            ("Scores…", self.tr("Edit the external scores of each theme")),
        ):
            self.buttons[key].setToolTip(tip)
        for key in CODEBOOK_CHANGES:
            self.buttons[key].setEnabled(not session.project.read_only)
        # the definition saves itself (it was kept only by a Save button: clicking another
        # code or closing the window dropped it); the code it belongs to is the one shown
        self._shown_code: int | None = None
        self._base = ""  # the definition as read when shown: a save over a newer one asks
        # asks when someone else saved the definition since; what arrives meanwhile waits
        self.settling = SaveSettling(self, self._show)
        self.autosave: AutoSave[TypedOn] = AutoSave(
            self._typed_definition, self._save_definition, 800, self, (self.definition,)
        )
        self.autosave.failed.connect(self.status.setText)
        self.autosave.caught_up.connect(self.status.clear)
        self.definition.textChanged.connect(self.autosave.edited)
        # after the window says so: a definition refused while the server was away is saved
        session.reachable.connect(self._server_back, Qt.ConnectionType.QueuedConnection)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.details)
        right.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignLeft)  # as wide as its words
        right.addWidget(self.definition, 1)
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addWidget(self.tree, 1)
        left.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        for keys, slot in (
            ("Ctrl+Shift+Up", lambda: self.move_by(-1)),
            ("Ctrl+Shift+Down", lambda: self.move_by(1)),
            (QKeySequence.StandardKey.Delete, self.delete),
            ("F2", self.rename),  # as in NVivo, MAXQDA and every file manager
        ):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show())
        session.changed.connect(
            lambda changes, _cells: self._show() if Change.CODEBOOK in changes else None
        )
        self._show()

    # -- showing ---------------------------------------------------------------------------
    def _show(self) -> None:
        if self.settling.waits():  # a codebook change arriving while the conflict dialog asks
            return
        self.autosave.let_go()  # typed for the code shown until now: saved, or kept to retry
        code_id = self.tree.current_code()
        code = self._session.code(code_id) if code_id else None
        self.title.setText(
            f"<b>{self._session.code_path(code.id)}</b>" if code else self.tr("Choose a code")
        )
        if code is None:
            self.details.clear()
        else:
            kind = self.tr("Theme") if code.parent_id is None else self.tr("Sub-code")
            if not code.codable:
                kind = self.tr("{kind} (heading only)").format(kind=kind)
            below = len(code.children)
            self.details.setText(
                f"{kind} · {self.tr('%n coded segment(s)', '', code.segments)}"
                + (f" · {self.tr('%n sub-code(s)', '', below)}" if below else "")
            )
        self._shown_code = code.id if code else None
        left = self.autosave.take_left(code.id) if code else None  # typed, not saved yet
        definition = left.text if left else code.definition if code else ""
        self._base = left.base if left else definition
        if self.definition.toPlainText() != definition:
            self.definition.blockSignals(True)  # shown, not typed
            self.definition.setPlainText(definition)
            self.definition.blockSignals(False)
        self.autosave.forget()
        if left is not None:
            self.autosave.edited()
        self.definition.setReadOnly(self._session.project.read_only)
        self.heading.blockSignals(True)
        self.heading.setChecked(code is not None and not code.codable)
        self.heading.blockSignals(False)
        writable = not self._session.project.read_only  # the definition's typing neither
        self.heading.setEnabled(code is not None and writable)
        for text in CODE_CHANGES:
            self.buttons[text].setEnabled(code is not None and writable)
        for text in CODEBOOK_CHANGES:
            self.buttons[text].setEnabled(writable)
        self.definition.setEnabled(code is not None)

    def select(self, code_id: int) -> None:
        item = self.tree.item_for(code_id)
        if item is not None:
            self.tree.setCurrentIndex(item.index())

    def _run(self, command: commands.Command, title: str = "", step: str | None = None) -> bool:
        """Run a core command (``step`` names it in the Edit menu); a refusal is shown to the
        researcher (under ``title``, the action), not raised."""
        try:
            self._session.run(command, step)
        except FrameworkQDAError as error:
            self._warn(title or self.tr("Codebook"), shown(error))
            return False
        return True

    # -- small dialogs (tests replace these) ---------------------------------------------
    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _confirm(self, title: str, text: str, details: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmBox")
        box.setInformativeText(details)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _choose(self, title: str, label: str, items: list[str]) -> str | None:
        if not items:
            return None
        item, ok = QInputDialog.getItem(self, title, label, items, 0, False)
        return item if ok else None

    def _other_codes(self, code_id: int) -> dict[str, int]:
        """Display paths of the codes other than ``code_id`` and its sub-codes."""
        inside: set[int] = {code_id}
        found: dict[str, int] = {}
        for code in self._session.codes():
            if code.parent_id in inside:
                inside.add(code.id)
            elif code.id not in inside:
                found[self._session.code_path(code.id)] = code.id
        return found

    # -- adding and editing ----------------------------------------------------------------
    def _add_sub_code(self) -> None:
        parent = self.tree.current_code()
        if parent is not None:
            self.add(parent)

    def add(self, parent_id: int | None, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Add code"), self.tr("Name:"))
            if not ok:
                return
        if not name.strip():
            return
        command = commands.AddCode(name.strip(), parent_id=parent_id)
        if self._run(command, self.tr("Add code")) and command.code_id is not None:
            self.select(command.code_id)

    def _update(
        self,
        step: str,
        name: str | None = None,
        definition: str | None = None,
        colour: str | None = None,
        codable: bool | None = None,
    ) -> bool:
        """Change the current code; ``step`` names it in the Edit menu's Undo."""
        code_id = self.tree.current_code()
        if code_id is None:
            return False
        command = commands.UpdateCode(code_id, name, definition, colour, codable)
        return self._run(command, step=step)

    def _set_heading(self, heading: bool) -> None:
        """REFI-QDA's isCodable: a heading only is not offered for coding nor a matrix column.
        A code with coded segments or charted cells asks first, naming them (they are kept,
        but its column goes from the matrix)."""
        code = self._session.code(self.tree.current_code() or -1)
        if code is None:
            return
        path = self._session.code_path(code.id)
        if heading:
            preview = codebook.heading_preview(self._session.project, code.id)
            if preview.segments or preview.chart_cells:
                has = [  # only what it has: "… and 0 chart cells with a summary or value"
                    self.tr("%n coded segment(s)", "", preview.segments)
                    if preview.segments
                    else "",
                    self.tr("%n chart cell(s) with a summary or value", "", preview.chart_cells)
                    if preview.chart_cells
                    else "",
                ]
                details = self.tr(
                    "It has {things}. As a heading only it is no longer a column of the matrix, "
                    "so its cells are hidden from charting, and it is no longer offered for "
                    "coding. Nothing is deleted: untick it (or Undo) and they are back."
                ).format(things=self._and([part for part in has if part]))
                question = self.tr("Make “{path}” a heading only?").format(path=path)
                if not self._confirm(self.tr("Heading only"), question, details):
                    self.heading.blockSignals(True)
                    self.heading.setChecked(False)
                    self.heading.blockSignals(False)
                    return
            step = self.tr("Heading only “{code}”").format(code=path)
        else:
            step = self.tr("Code again “{code}”").format(code=path)
        if not self._update(step, codable=not heading):
            self._show()  # refused: the box shows what the code is

    def rename(self, name: str | None = None) -> None:
        code = self._session.code(self.tree.current_code() or -1)
        if code is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Rename code"), self.tr("Name:"), text=code.name
            )
            if not ok:
                return
        if name.strip() and name.strip() != code.name:
            step = self.tr("Rename “{old}” to “{new}”").format(old=code.name, new=name.strip())
            self._update(step, name=name.strip())

    def recolour(self, colour: str | None = None) -> None:
        code = self._session.code(self.tree.current_code() or -1)
        if code is None:
            return
        if colour is None:
            chosen = QColorDialog.getColor(QColor(code.colour), self, self.tr("Code colour"))
            if not chosen.isValid():
                return
            colour = chosen.name()
        if colour.lower() != code.colour.lower():
            self._update(self.tr("Change colour of “{code}”").format(code=code.name), colour=colour)

    def save_definition(self) -> bool:
        """Save the definition typed for the code shown now (also after a pause in typing);
        False when the project refused it (the text stays, unsaved, and the reason shows)."""
        return self.autosave.flush()

    def _server_back(self, error: FrameworkQDAError | None) -> None:
        """The server can be reached again (``error`` None): a definition its outage refused
        is saved once more as Save does (someone's change meanwhile asks which to keep), and
        the line says so in place of the refusal (it waited for the next keystroke)."""
        if error is not None or not self.autosave.refused:
            return
        asked = self.settling.asked
        if self.save_definition():
            self.status.setText(
                self.tr("The server is back: the definition you typed was saved.")
                if self.settling.asked == asked
                else ""
            )

    def save_typing(self) -> str | None:
        """What the window asks every view with typing of its own before an undo or closing:
        None once saved, else why it could not be."""
        return None if self.save_definition() else self.autosave.problem

    def _typed_definition(self) -> TypedOn | None:
        if self._shown_code is None:
            return None
        return TypedOn(self._shown_code, self.definition.toPlainText(), self._base)

    def _save_definition(self, typed: TypedOn) -> None:
        """Save a definition typed on ``typed.base``. One someone else saved since is not
        written over: theirs is shown beside it, and the person keeps theirs, this, or this
        merged (a conflict settled, not a refusal to try again)."""
        code = self._session.code(typed.key)
        if code is None:
            return  # deleted meanwhile

        def write(text: str, base: str) -> None:
            command = commands.UpdateCode(code.id, definition=text, expected_definition=base)
            self._session.run(
                command, self.tr("Edit definition of “{code}”").format(code=code.name)
            )

        self.settling.save(
            typed,
            code.definition,
            write,
            self._shows,
            self.tr("Someone else changed this definition"),
            ask=not self.autosave.retrying,
        )

    def _shows(self, code_id: int, text: str, base: str) -> None:
        """The definition of ``code_id`` is ``text`` now (read on ``base``): the editor shows
        it if that code is the one shown."""
        if code_id != self._shown_code:
            return
        self._base = base
        if self.definition.toPlainText() != text:
            self.definition.blockSignals(True)
            self.definition.setPlainText(text)
            self.definition.blockSignals(False)

    def open_scores(self) -> None:
        """Show the external scores per theme (add a series, type or paste its values)."""
        from frameworkqda.gui.scores_editor import ScoresEditor

        editor = getattr(self, "scores_editor", None)
        if editor is None:
            self.scores_editor = editor = ScoresEditor(self._session, self)
        editor.show()
        editor.raise_()
        editor.activateWindow()

    # -- moving, merging, deleting -------------------------------------------------------
    def move_by(self, delta: int) -> None:
        """Move the current code up (-1) or down (+1) among its siblings."""
        code = self._session.code(self.tree.current_code() or -1)
        if code is None:
            return
        siblings = [c.id for c in self._session.codes() if c.parent_id == code.parent_id]
        position = siblings.index(code.id) + delta
        if 0 <= position < len(siblings):
            self._move(code.id, code.parent_id, position)

    def move_to(self, parent_id: int | str | None = "ask", position: int | None = None) -> None:
        """Move the current code under another code (``None``: make it a theme), last by
        default."""
        code_id = self.tree.current_code()
        if code_id is None:
            return
        if parent_id == "ask":
            choices = {self.tr("(top level: a theme)"): None, **self._other_codes(code_id)}
            picked = self._choose(self.tr("Move code"), self.tr("Move under:"), list(choices))
            if picked is None:
                return
            parent_id = choices[picked]
        assert parent_id is None or isinstance(parent_id, int)
        if position is None:
            position = sum(1 for c in self._session.codes() if c.parent_id == parent_id)
        self._move(code_id, parent_id, position)

    def _move(self, code_id: int, parent_id: int | None, position: int) -> None:
        """One undo step named after the code, as a drag in the tree is."""
        step = self.tr("Move “{code}”").format(code=self._session.code_path(code_id))
        self._run(commands.MoveCode(code_id, parent_id, position), self.tr("Move code"), step)

    def merge_into(self, target_id: int | None = None) -> None:
        """Merge the current code into another: its segments, cells and sub-codes follow."""
        self.save_definition()  # typed just before: Undo brings it back
        code = self._session.code(self.tree.current_code() or -1)
        if code is None:
            return
        others = self._other_codes(code.id)
        if target_id is None:
            picked = self._choose(self.tr("Merge code"), self.tr("Merge into:"), list(others))
            if picked is None:
                return
            target_id = others[picked]
        source, target = self._session.code_path(code.id), self._session.code_path(target_id)
        try:
            preview = codebook.merge_preview(self._session.project, code.id, target_id)
        except FrameworkQDAError as error:
            self._warn(self.tr("Merge code"), shown(error))
            return
        taken = [  # only what there is: "0 coded segments … move" read oddly
            self.tr("%n coded segment(s)", "", preview.moved) if preview.moved else "",
            self.tr("%n chart cell(s)", "", preview.cells_moved) if preview.cells_moved else "",
            self.tr("%n memo(s)", "", preview.memos_moved) if preview.memos_moved else "",
            self.tr("%n sub-code(s)", "", len(code.children)) if code.children else "",
        ]
        moving = (
            self.tr("“{target}” takes over {things}; “{source}” is removed.").format(
                target=target, things=self._and([part for part in taken if part]), source=source
            )
            if any(taken)
            else self.tr("“{source}” is removed.").format(source=source)
        )
        details = "\n\n".join(
            [
                moving,
                *self._merge_lines(preview, source, target),
                self.tr("Undo puts everything back."),
            ]
        )
        title = self.tr("Merge code")
        question = self.tr("Merge “{source}” into “{target}”?")
        if not self._confirm(title, question.format(source=source, target=target), details):
            return
        step = self.tr("Merge “{source}” into “{target}”").format(source=source, target=target)
        # marks, in a joined memo, note or translation, the text that came from this code
        heading = self.tr("From the merged code “{code}”:").format(code=code.name)
        command = commands.MergeCodes(code.id, target_id, heading)
        self._start_merge(command, step, preview, (source, target))

    def merge_running(self) -> bool:
        """A merge's job has not ended."""
        return self._merging is not None

    def _start_merge(
        self,
        command: commands.MergeCodes,
        step: str,
        preview: codebook.MergeOutcome,
        paths: tuple[str, str],
    ) -> None:
        """Run the merge as a job off the GUI thread, with a progress dialog and Cancel (3,389
        passages and 27 cells froze the window 3 s): one transaction, one undo step once it
        has succeeded; a cancel rolls it back, leaving nothing merged."""
        title = self.tr("Merge code")
        try:
            self._session.check_writable()
        except FrameworkQDAError as error:
            self._warn(title, shown(error))
            return

        merging = self.tr("Merging codes")
        job = Job(merging, step, applying(command, self._session.project), self)
        job.succeeded.connect(lambda _: self._merge_done(command, step, preview, paths))
        job.failed.connect(lambda message, cancelled: self._merge_failed(message, cancelled))
        job.finished.connect(job.deleteLater)
        label = self.tr("Merging “{source}” into “{target}”…")
        JobProgress(job, label.format(source=paths[0], target=paths[1]), self)
        job.set_status(merging)
        self._merging = job
        job.start_work()

    def _merge_done(
        self,
        command: commands.MergeCodes,
        step: str,
        preview: codebook.MergeOutcome,
        paths: tuple[str, str],
    ) -> None:
        self._merging = None
        self._session.record(command, step)  # one undo step; the views are told
        self.select(command.target_id)
        self.status.setText(self._merged(command.outcome or preview, *paths))

    def _merge_failed(self, message: str, cancelled: bool) -> None:
        self._merging = None
        if cancelled:
            self.status.setText(self.tr("Merge cancelled: nothing was merged."))
        else:
            self._warn(self.tr("Merge code"), message)

    def _merged(self, done: codebook.MergeOutcome, source: str, target: str) -> str:
        """The status line after a merge: what moved, and what was joined rather than moved
        (``Merged “A” into “B”: 65 coded segments moved; 1 joined onto …; …``)."""
        parts = [self.tr("%n coded segment(s) moved", "", done.moved)] if done.moved else []
        if done.duplicates:
            parts.append(
                self.tr(
                    "%n joined onto the same passage(s) of “{target}”", "", done.duplicates
                ).format(target=target)
            )
        if done.cells_joined:
            parts.append(self.tr("%n chart cell(s) joined", "", done.cells_joined))
        if done.conflicts:
            parts.append(
                self.tr("where the values differed, those of “{target}” kept ({cases})").format(
                    target=target,
                    cases=self._conflicts(done.conflicts),
                )
            )
        if done.memos_joined:
            parts.append(self.tr("%n memo(s) joined", "", done.memos_joined))
        if not parts:
            return self.tr("Merged “{source}” into “{target}”.").format(
                source=source, target=target
            )
        return self.tr("Merged “{source}” into “{target}”: {done}.").format(
            source=source, target=target, done=self.tr("; ", "clause separator").join(parts)
        )

    def _conflicts(self, conflicts: tuple[codebook.ValueConflict, ...]) -> str:
        """``Osaka: “No” over “Yes”, …`` (the first ten, then how many more)."""
        named = [
            self.tr("{case}: “{kept}” over “{dropped}”").format(
                case=conflict.case, kept=conflict.kept, dropped=conflict.dropped
            )
            for conflict in conflicts[:MAX_CONFLICTS]
        ]
        more = len(conflicts) - MAX_CONFLICTS
        if more > 0:
            named.append(self.tr("%n more", "", more))
        return self.tr(", ", "list separator").join(named)

    def _merge_lines(self, outcome: codebook.MergeOutcome, source: str, target: str) -> list[str]:
        """What a merge joins rather than moves, one sentence each: passages both codes had,
        cells both had (and the cases whose values differ), memos."""
        lines: list[str] = []
        if outcome.duplicates:
            joined = self.tr(
                "%n coded segment(s) of “{source}” cover the same text as one of “{target}” "
                "and are joined onto it.",
                "",
                outcome.duplicates,
            ).format(source=source, target=target)
            carried = [  # only what they have: "its note, translation and memo" for a note
                self.tr("%n note(s)", "", outcome.joined_notes) if outcome.joined_notes else "",
                self.tr("%n translation(s)", "", outcome.joined_translations)
                if outcome.joined_translations
                else "",
                self.tr("%n memo(s)", "", outcome.joined_memos) if outcome.joined_memos else "",
            ]
            if any(carried):
                joined = self.tr("{joined} Added to that segment's: {carried}.").format(
                    joined=joined, carried=self._and([part for part in carried if part])
                )
            lines.append(joined)
        if outcome.cells_joined:
            lines.append(
                self.tr(
                    "%n chart cell(s) are charted under both codes: their summaries are joined.",
                    "",
                    outcome.cells_joined,
                )
            )
        if outcome.conflicts:
            cases = self._conflicts(outcome.conflicts)
            lines.append(
                self.tr(
                    "The values differ for %n case(s); the value of “{target}” is kept ({cases}).",
                    "",
                    len(outcome.conflicts),
                ).format(target=target, cases=cases)
            )
        if outcome.memos_joined:
            lines.append(
                self.tr(
                    "%n memo(s) are joined into the memos “{target}” already has (on the code, "
                    "its cells, its segments), marked as coming from “{source}”.",
                    "",
                    outcome.memos_joined,
                ).format(source=source, target=target)
            )
        return lines

    def _and(self, parts: list[str]) -> str:
        """``a``, ``a and b``, ``a, b and c``."""
        if len(parts) < 2:
            return "".join(parts)
        return self.tr("{items} and {last}").format(
            items=self.tr(", ", "list separator").join(parts[:-1]), last=parts[-1]
        )

    def delete(self) -> None:
        """Delete the current code after showing what goes with it."""
        self.save_definition()  # typed just before: Undo brings the code back with it
        code_id = self.tree.current_code()
        if code_id is None:
            return
        try:
            preview = codebook.delete_preview(self._session.project, code_id)
        except FrameworkQDAError as error:
            self._warn(self.tr("Delete code"), shown(error))
            return
        path = self._session.code_path(code_id)
        what = self._describe(preview)
        details = (
            self.tr("This deletes {what}.\n\nUndo (Ctrl+Z) puts everything back.").format(what=what)
            if preview.code_ids
            else ""
        )
        title = self.tr("Delete code")
        if not self._confirm(title, self.tr("Delete “{path}”?").format(path=path), details):
            return
        step = self.tr("Delete “{path}”").format(path=path)  # Undo named no code
        if self._run(commands.DeleteCode(code_id), title, step):
            self.status.setText(self.tr("Deleted “{path}”: {what}.").format(path=path, what=what))

    def _describe(self, preview: codebook.DeletePreview) -> str:
        """What a deletion takes away: ``2 codes (A, A / B), 3 coded segments, …``."""
        return self.tr("{codes} ({paths}), {segments}, {cells} and {memos}").format(
            codes=self.tr("%n code(s)", "", len(preview.code_ids)),
            paths=self.tr(", ", "list separator").join(preview.paths),
            segments=self.tr("%n coded segment(s)", "", preview.segments),
            cells=self.tr("%n chart cell(s)", "", preview.chart_cells),
            memos=self.tr("%n memo(s)", "", preview.memos),
        )

    # -- files and templates -------------------------------------------------------------
    def import_file(self, path: str | Path | None = None) -> None:
        if path is None:
            path = file_dialogs.open_file(self, self.tr("Import codebook"), file_filter())
            if path is None:
                return
        command = commands.ImportCodebook(Path(path))
        if self._run(command, self.tr("Import codebook")) and command.summary is not None:
            summary = command.summary
            text = self.tr(
                "Imported {name}: %n code(s) added, {updated} updated, {unchanged} unchanged.",
                "",
                summary.created,
            )
            text = text.format(
                name=Path(path).name,
                updated=QLocale().toString(summary.updated),
                unchanged=QLocale().toString(summary.unchanged),
            )
            if summary.lost:  # e.g. REFI-QDA sets: say what the codebook could not keep
                text += " " + self.tr("Not carried over: {lost}.").format(
                    lost=shown(messages.listed(summary.lost, messages.CLAUSES))
                )
            if summary.notes:  # rows that named an existing code in other letter case
                text += " " + shown(messages.listed(summary.notes, messages.CLAUSES))
            self.status.setText(text)

    def export_file(self, path: str | Path | None = None) -> None:
        if path is None:
            answer = file_dialogs.save_file(
                self, self.tr("Export codebook"), "codebook.xlsx", file_filter()
            )
            if answer is None:
                return
            path, chosen = answer
            if not path.suffix:  # no extension typed: the one of the chosen filter
                path = path.with_name(path.name + _filter_suffix(chosen))
        try:
            count = codebook_io.export_codebook(self._session.project, path)
            notes = codebook_io.export_notes(self._session.project, path)
        except (FrameworkQDAError, OSError) as error:
            self._warn(self.tr("Export codebook"), shown(error))
            return
        text = self.tr("Exported %n code(s) to {name}.", "", count).format(name=Path(path).name)
        self.status.setText(" ".join([text, *(shown(note) for note in notes)]))

    def apply_template(self, key: str | None = None) -> None:
        language = i18n.current()  # the themes in the interface's language, as on the start page
        names = {templates.load_template(k, language).name: k for k in templates.template_keys()}
        if key is None:
            title = self.tr("Apply template")
            picked = self._choose(title, self.tr("Add the themes of:"), list(names))
            if picked is None:
                return
            key = names[picked]
        command = commands.ApplyTemplate(key, language)
        if self._run(command, self.tr("Apply template")):
            name = next((shown for shown, k in names.items() if k == key), key)
            self.status.setText(
                self.tr(
                    "Added %n code(s) from the template “{key}”.", "", len(command.created_ids)
                ).format(key=name)
            )


def _filter_suffix(name_filter: str) -> str:
    """``.qdc`` for "REFI-QDA codebook (*.qdc)"; ``.xlsx`` when the filter offers several."""
    patterns = name_filter[name_filter.rfind("(") + 1 : name_filter.rfind(")")].split()
    return patterns[0].lstrip("*") if len(patterns) == 1 else ".xlsx"
