"""The main window's menu bar: File, Edit, Code, View, Memos, Help, each action calling the
window; the window enables them as a project opens (read-only: none that writes)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from frameworkqda.gui import stages
from frameworkqda.gui.keyboard import no_mnemonic
from frameworkqda.gui.language_menu import LanguageMenu
from frameworkqda.gui.store_dialogs import ask_server

if TYPE_CHECKING:
    from frameworkqda.gui.main_window import MainWindow


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
    ) -> QAction:
        action = QAction(text, self._window)
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
        self._action(
            file,
            self.tr("&New project…"),
            lambda: window.new_project(),
            QKeySequence.StandardKey.New,
        )
        self._action(
            file, self.tr("&Open project…"), window.browse_project, QKeySequence.StandardKey.Open
        )
        self._action(file, self.tr("Open &server project…"), lambda: ask_server(window))
        self.import_action = self._action(
            file, self.tr("&Import documents…"), window.import_documents, "Ctrl+I"
        )
        file.addSeparator()
        self._action(file, self.tr("Import &REFI-QDA project (.qdpx, .qde)…"), window.import_refi)
        self.export_refi_action = self._action(
            file, self.tr("&Export REFI-QDA project (.qdpx)…"), window.export_refi
        )
        self.merge_action = self._action(file, self.tr("&Merge project…"), window.merge_project)
        file.addSeparator()
        self.export_tables_action = self._action(
            file,
            self.tr("Export &tables (matrix, counts, ranks)…"),
            window.export_tables,
            "Ctrl+E",
        )
        file.addSeparator()
        self.close_action = self._action(
            file, self.tr("&Close project"), window.close_project, "Ctrl+W"
        )
        self._action(file, self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            edit, self.tr("&Undo"), window._undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(edit, self.tr("&Redo"), window._redo, "Ctrl+Shift+Z")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addSeparator()
        find = self._action(edit, self.tr("&Find"), window._find, QKeySequence.StandardKey.Find)
        self.delete_action = self._action(
            edit,
            self.tr("&Delete segment"),
            window._delete_segment,
            QKeySequence.StandardKey.Delete,
        )
        # Del only with the focus in the document or the segment panel (the window adds the
        # action to them): in the document list or the codebook it deleted the passage the
        # panel showed, unseen
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        code = bar.addMenu(self.tr("&Code"))
        self._action(code, self.tr("&Code selection…"), window.open_code_picker, "Ctrl+K")
        self._action(code, self.tr("Apply &last code again"), window.apply_last_code, "Ctrl+L")
        code.addSeparator()
        self._action(code, self.tr("Add ca&se…"), window._add_case)
        self._action(code, self.tr("Cases and &attributes…"), window.open_cases)
        # What writes to the project: disabled while a read-only project is open.
        self.write_actions = [self.import_action, self.delete_action, *code.actions()]

        view = bar.addMenu(self.tr("&View"))
        views = view.actions  # the views, before View → Language joins them
        for stage in stages.STAGES:
            stage_action = self._action(
                view,
                self.tr("&{number} {stage}").format(
                    number=stage.number, stage=no_mnemonic(stage.title)
                ),
                functools.partial(window.show_stage, stage.number),
                f"Ctrl+{stage.number}",
            )
            stage_action.setStatusTip(stage.hint)  # said in the status bar while pointed at
        view.addSeparator()
        review = self._action(
            view, self.tr("&Review coded segments"), lambda: window.focus_view("review"), "Ctrl+R"
        )
        review.setStatusTip(self.tr("Every coded passage in a table: filter, recode, export"))
        search = self._action(
            view,
            self.tr("&Search all documents"),
            lambda: window.focus_view("search"),
            "Ctrl+Shift+F",
        )
        search.setStatusTip(self.tr("Find a word in every document and code the hits"))
        compare = self._action(
            view, self.tr("Compare &coders"), lambda: window.focus_view("compare"), "Ctrl+Shift+K"
        )
        compare.setStatusTip(self.tr("Agreement between two coders, code by code"))
        self.memos_action = self._action(
            view, self.tr("All &memos"), lambda: window.focus_view("memos"), "Ctrl+Shift+M"
        )
        self.memos_action.setStatusTip(self.tr("Every memo of the project in one list"))
        shown = [action for action in views() if not action.isSeparator()]
        view.addSeparator()
        view.addMenu(LanguageMenu(window.settings, window))  # View → Language
        code.addSeparator()
        code.addAction(window.coder_switch.action)  # Code → Switch coder…

        memos = bar.addMenu(self.tr("&Memos"))
        # every memo of the project, in the list View → Memos shows (NVivo's Memos folder)
        self._action(memos, self.tr("&All memos"), lambda: window.focus_view("memos"))
        memos.addSeparator()
        self._action(memos, self.tr("&Project memo…"), lambda: window.edit_memo("project"))
        self._action(memos, self.tr("&Document memo…"), lambda: window.edit_memo("document"))
        self._action(memos, self.tr("&Case memo…"), lambda: window.edit_memo("case"))
        self._action(memos, self.tr("C&ode memo…"), lambda: window.edit_memo("code"))
        memos.addSeparator()
        # a memo on nothing, titled: NVivo's and MAXQDA's free memos, kept in the Memos list
        self.new_free_memo_action = self._action(
            memos, self.tr("&New free memo…"), window.new_free_memo
        )
        self.new_free_memo_action.setStatusTip(
            self.tr("A memo on nothing in particular, with a title, listed with all memos")
        )
        self.write_actions.append(self.new_free_memo_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About FrameworkQDA"), window._about)
        # what needs a project: with none open they did nothing at all (Ctrl+E, Ctrl+K, the
        # views, the memos), so they are greyed on the start page
        self.project_actions = [
            self.import_action,
            self.export_refi_action,
            self.merge_action,
            self.export_tables_action,
            self.close_action,
            self.undo_action,
            self.redo_action,
            find,
            self.delete_action,
            *self.write_actions,
            *shown,
            *memos.actions(),
            window.coder_switch.action,
        ]
