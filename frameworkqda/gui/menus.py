"""The main window's menu bar: File, Edit, Code, View, Memos, Help, each action calling the
window; the window enables them as a project opens (read-only: none that writes)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from frameworkqda.gui import stages
from frameworkqda.gui.keyboard import no_mnemonic
from frameworkqda.gui.language_menu import LanguageMenu
from frameworkqda.gui.store_dialogs import ask_server

if TYPE_CHECKING:
    from frameworkqda.gui.main_window import MainWindow


class StepText(QObject):
    """Names in Edit → Undo (or Redo) the step it would take: "&Undo Set Region". A child of
    the action, so Qt drops the undo stack's connection with the action: a lambda outlived it
    (a window deleted with its project open, the stack after it) and raised "Internal C++
    object (PySide6.QtGui.QAction) already deleted" at the stack's last signal."""

    def __init__(self, action: QAction, undo: bool) -> None:
        super().__init__(action)
        self._action, self._undo = action, undo

    @Slot(str)
    def show(self, step: str) -> None:
        """The stack's undoTextChanged (or redoTextChanged): ``step`` is "" when none."""
        if self._undo:
            text = self.tr("&Undo {step}") if step else self.tr("&Undo")
        else:
            text = self.tr("&Redo {step}") if step else self.tr("&Redo")
        self._action.setText(text.format(step=no_mnemonic(step)))


class WindowMenus(QObject):
    """Builds the menus on ``window``; the actions the window enables are attributes here."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.write_actions: list[QAction] = []  # disabled while a read-only project is open
        self.project_actions: list[QAction] = []  # enabled while a project is open
        self._build(window)

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
        *,
        tip: str,
    ) -> QAction:
        """An item of ``menu``; ``tip`` says in the status bar what it does while it is
        pointed at (only the View menu's items said anything)."""
        action = QAction(text, self._window)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # called without arguments: PySide would pass `checked` to a slot with a default
        # argument (import_documents(paths=False) returned at once, Ctrl+W kept no start page)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build(self, window: MainWindow) -> None:
        bar = window.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.menuAction().setStatusTip(
            self.tr("Start, open, import, export, merge and close projects")
        )
        self._action(
            file,
            self.tr("&New project…"),
            lambda: window.new_project(),
            QKeySequence.StandardKey.New,
            tip=self.tr("Start a new project from a codebook template"),
        )
        self._action(
            file,
            self.tr("&Open project…"),
            window.browse_project,
            QKeySequence.StandardKey.Open,
            tip=self.tr("Open a project file (.fqda) on this computer"),
        )
        self._action(
            file,
            self.tr("Open &server project…"),
            lambda: ask_server(window),
            tip=self.tr("Open a project kept on a PostgreSQL server, shared by a team"),
        )
        self.import_action = self._action(
            file,
            self.tr("&Import documents…"),
            window.import_documents,
            "Ctrl+I",
            tip=self.tr("Add PDF, Word, HTML and text files to the project as documents"),
        )
        self.import_folder_action = self._action(
            file,
            self.tr("Import &folder…"),
            window.import_folder,
            "Ctrl+Shift+I",
            tip=self.tr("Add every document in a folder and its subfolders to the project"),
        )
        file.addSeparator()
        self._action(
            file,
            self.tr("Import &REFI-QDA project (.qdpx, .qde)…"),
            window.import_refi,
            tip=self.tr(
                "Open a project from NVivo, MAXQDA, ATLAS.ti or another REFI-QDA program "
                "as a new project"
            ),
        )
        self.export_refi_action = self._action(
            file,
            self.tr("&Export REFI-QDA project (.qdpx)…"),
            window.export_refi,
            tip=self.tr("Save the project as a .qdpx file that NVivo, MAXQDA or ATLAS.ti open"),
        )
        self.merge_action = self._action(
            file,
            self.tr("&Merge project…"),
            window.merge_project,
            tip=self.tr("Bring another coder's copy of the study (.fqda, .qdpx) into this project"),
        )
        file.addSeparator()
        self.export_tables_action = self._action(
            file,
            self.tr("Export &tables (matrix, counts, ranks)…"),
            window.export_tables,
            "Ctrl+E",
            tip=self.tr("Write the matrix, counts or ranks to Excel, Word, CSV or HTML"),
        )
        file.addSeparator()
        self.close_action = self._action(
            file,
            self.tr("&Close project"),
            window.close_project,
            "Ctrl+W",
            tip=self.tr("Close the project and go back to the start page"),
        )
        self._action(
            file,
            self.tr("&Quit"),
            window.close,
            QKeySequence.StandardKey.Quit,
            tip=self.tr("Close FrameworkQDA"),
        )

        edit = bar.addMenu(self.tr("&Edit"))
        edit.menuAction().setStatusTip(
            self.tr("Undo and redo changes, find text, delete a coded passage")
        )
        self.undo_action = self._action(
            edit,
            self.tr("&Undo"),
            window._undo,
            QKeySequence.StandardKey.Undo,
            tip=self.tr("Take back the last change to the project"),
        )
        self.redo_action = self._action(
            edit,
            self.tr("&Redo"),
            window._redo,
            "Ctrl+Shift+Z",
            tip=self.tr("Make the change last undone again"),
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_text = StepText(self.undo_action, undo=True)
        self.redo_text = StepText(self.redo_action, undo=False)
        edit.addSeparator()
        find = self._action(
            edit,
            self.tr("&Find"),
            window._find,
            QKeySequence.StandardKey.Find,
            tip=self.tr("Find text in the open document, or filter the list shown"),
        )
        self.delete_action = self._action(
            edit,
            self.tr("&Delete segment"),
            window._delete_segment,
            QKeySequence.StandardKey.Delete,
            tip=self.tr("Delete the coded passage the segment panel shows"),
        )
        # Del only with the focus in the document or the segment panel (the window adds the
        # action to them): in the document list or the codebook it deleted the passage the
        # panel showed, unseen
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit.addSeparator()
        # what was deleted, by whom and when (the deletions log): NVivo's event log
        deleted = self._action(
            edit,
            self.tr("Deleted &items…"),
            window.open_deletions,
            tip=self.tr("What was deleted from the project, by whom and when"),
        )

        code = bar.addMenu(self.tr("&Code"))
        code.menuAction().setStatusTip(
            self.tr("Code the selected text, add cases and attributes, switch coder")
        )
        self._action(
            code,
            self.tr("&Code selection…"),
            window.open_code_picker,
            "Ctrl+K",
            tip=self.tr("Give the selected text a code, found by typing its name"),
        )
        self._action(
            code,
            self.tr("Apply &last code again"),
            window.apply_last_code,
            "Ctrl+L",
            tip=self.tr("Give the selected text the code applied last"),
        )
        code.addSeparator()
        self._action(
            code,
            self.tr("Add ca&se…"),
            window._add_case,
            tip=self.tr("Add a case (a city, a country) to group documents by"),
        )
        self._action(
            code,
            self.tr("Cases and &attributes…"),
            window.open_cases,
            tip=self.tr("Edit the cases and their attributes (Region, Population…) in one sheet"),
        )
        # What writes to the project: disabled while a read-only project is open.
        self.write_actions = [
            self.import_action,
            self.import_folder_action,
            self.delete_action,
            *code.actions(),
        ]
        # shown read-only too (its Save says the project refuses): the ranks' series, found
        # here and beside Mapping's series, not only under the codebook's buttons
        scores = self._action(
            code,
            self.tr("External scores per &theme…"),
            window.open_scores,
            tip=self.tr(
                "Enter or import scores per theme (e.g. MIPEX 2015 Japan), which Mapping ranks "
                "the themes by"
            ),
        )

        view = bar.addMenu(self.tr("&View"))
        view.menuAction().setStatusTip(
            self.tr("The five stages, Review, Search, Compare coders, memos and the language")
        )
        views = view.actions  # the views, before View → Language joins them
        for stage in stages.STAGES:
            self._action(
                view,
                self.tr("&{number} {stage}").format(
                    number=stage.number, stage=no_mnemonic(stage.title)
                ),
                functools.partial(window.show_stage, stage.number),
                f"Ctrl+{stage.number}",
                tip=stage.hint,
            )
        view.addSeparator()
        self._action(
            view,
            self.tr("&Review coded segments"),
            lambda: window.focus_view("review"),
            "Ctrl+R",
            tip=self.tr("Every coded passage in a table: filter, recode, export"),
        )
        self._action(
            view,
            self.tr("&Search all documents"),
            lambda: window.focus_view("search"),
            "Ctrl+Shift+F",
            tip=self.tr("Find a word in every document and code the hits"),
        )
        self._action(
            view,
            self.tr("Compare &coders"),
            lambda: window.focus_view("compare"),
            "Ctrl+Shift+K",
            tip=self.tr("Agreement between two coders, code by code"),
        )
        every_memo = self.tr("Every memo of the project in one list")
        self.memos_action = self._action(
            view,
            self.tr("All &memos"),
            lambda: window.focus_view("memos"),
            "Ctrl+Shift+M",
            tip=every_memo,
        )
        shown = [action for action in views() if not action.isSeparator()]
        view.addSeparator()
        view.addMenu(LanguageMenu(window.settings, window))  # View → Language
        # Qt says nothing in the status bar for an item that opens a submenu: said here
        view.hovered.connect(
            lambda action: (
                window.statusBar().showMessage(action.statusTip())
                if action.menu() is not None
                else None
            )
        )
        code.addSeparator()
        code.addAction(window.coder_switch.action)  # Code → Switch coder…

        memos = bar.addMenu(self.tr("&Memos"))
        memos.menuAction().setStatusTip(
            self.tr("Memos on the project, a document, a case or a code")
        )
        # every memo of the project, in the list View → Memos shows (NVivo's Memos folder)
        self._action(
            memos, self.tr("&All memos"), lambda: window.focus_view("memos"), tip=every_memo
        )
        memos.addSeparator()
        self._action(
            memos,
            self.tr("&Project memo…"),
            lambda: window.edit_memo("project"),
            tip=self.tr("Write or read the memo on the whole project"),
        )
        self._action(
            memos,
            self.tr("&Document memo…"),
            lambda: window.edit_memo("document"),
            tip=self.tr("Write or read the memo on the document open or selected"),
        )
        self._action(
            memos,
            self.tr("&Case memo…"),
            lambda: window.edit_memo("case"),
            tip=self.tr("Write or read the memo on the selected case, or the matrix cell's case"),
        )
        self._action(
            memos,
            self.tr("C&ode memo…"),
            lambda: window.edit_memo("code"),
            tip=self.tr("Write or read the memo on the selected code, or the matrix cell's code"),
        )
        memos.addSeparator()
        # a memo on nothing, titled: NVivo's and MAXQDA's free memos, kept in the Memos list
        self.new_free_memo_action = self._action(
            memos,
            self.tr("&New free memo…"),
            window.new_free_memo,
            tip=self.tr("A memo on nothing in particular, with a title, listed with all memos"),
        )
        self.write_actions.append(self.new_free_memo_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.menuAction().setStatusTip(self.tr("About FrameworkQDA"))
        self._action(
            help_menu,
            self.tr("&About FrameworkQDA"),
            window._about,
            tip=self.tr("Which version of FrameworkQDA this is"),
        )
        # what needs a project: with none open they did nothing at all (Ctrl+E, Ctrl+K, the
        # views, the memos), so they are greyed on the start page
        self.project_actions = [
            self.import_action,
            self.import_folder_action,
            self.export_refi_action,
            self.merge_action,
            self.export_tables_action,
            self.close_action,
            self.undo_action,
            self.redo_action,
            find,
            self.delete_action,
            deleted,
            *self.write_actions,
            scores,
            *shown,
            *memos.actions(),
            window.coder_switch.action,
        ]
