"""The main window: start page, or a project with navigator, panels and the work area.

The window owns no business logic: menus and shortcuts call the session (core services and
the undo stack) and the views refresh from the session's change signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import memos, workers
from frameworkqda.core.commands import AddSegment
from frameworkqda.core.errors import (
    ChangedSinceError,
    FrameworkQDAError,
    NotAProjectError,
    NotFoundError,
    ProjectError,
    ProjectFileLostError,
    ProjectGoneError,
)
from frameworkqda.core.store import PROJECT_SUFFIX, Project, create_project
from frameworkqda.gui import file_dialogs, i18n, jobs, stages
from frameworkqda.gui.code_picker import CodePicker
from frameworkqda.gui.coders import CoderSwitch
from frameworkqda.gui.collector import collect_on_gui_thread
from frameworkqda.gui.document.work_area import DocumentWorkArea
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.inspector import SegmentInspector
from frameworkqda.gui.keyboard import no_mnemonic, undo_falls_through
from frameworkqda.gui.memo_dialog import MemoDialog
from frameworkqda.gui.menus import WindowMenus
from frameworkqda.gui.navigator import FRAME, STAGE_HEIGHT, StageNavigator
from frameworkqda.gui.panels import MEMO_MARK, CodebookTree, DocumentTree
from frameworkqda.gui.screen_room import fit_to_screen
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.settings import Settings
from frameworkqda.gui.start_page import OpeningPage, StartPage, ask_template
from frameworkqda.gui.status_bar import StatusBar
from frameworkqda.gui.store_dialogs import open_for_window, read_only_banner
from frameworkqda.gui.views import view_spec
from frameworkqda.gui.work_stack import WorkStack

if TYPE_CHECKING:  # loaded when first opened
    from frameworkqda.core.memos import MemoRow
    from frameworkqda.gui.cases_dialog import CasesDialog
    from frameworkqda.gui.deletions_dialog import DeletionsDialog
    from frameworkqda.gui.matrix.view import MatrixView


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        collect_on_gui_thread()  # never in an import thread, where it would free Qt objects
        self.setObjectName("mainWindow")
        self.settings = settings or Settings()
        self.session: ProjectSession | None = None
        self.views: dict[str, QWidget] = {}
        self.cases_dialog: CasesDialog | None = None  # Code → Cases and attributes…
        self.deletions_dialog: DeletionsDialog | None = None  # Edit → Deleted items…
        self.last_code: int | None = None
        self.project_name = ""  # the open project's, read when it was opened
        self._lost_said: tuple[str, ...] = ()  # the last of _say_lost, to add to, not cover
        self.setWindowTitle("FrameworkQDA")  # the name is never translated
        self.setAcceptDrops(True)
        # the first start's size, or the screen's room (1280 × 720 at 150 %: 853 × 480; it
        # opened at 1400 × 900 there, the status bar below the screen's edge); a size saved
        # when the window last closed is restored below
        fit_to_screen(self, 1400, 900)
        self._pages = QStackedWidget()
        self.setCentralWidget(self._pages)
        self.status_bar = StatusBar(self)  # a message is never cut off by what stays beside it
        self.setStatusBar(self.status_bar)
        self.status = QLabel()
        self.job_status = jobs.JobStatus()  # an import left to run in the background
        self.statusBar().addPermanentWidget(self.job_status)
        self.statusBar().addPermanentWidget(self.status)
        self.coder_switch = CoderSwitch(self, self.settings)  # "Coder: …", Code → Switch coder…
        self.menus = WindowMenus(self)  # the menu bar and its actions
        app = QApplication.instance()
        if isinstance(app, QApplication):  # Ctrl+Z in a field with nothing to undo: Edit → Undo
            undo_falls_through(app)
        menus = self.menus
        self.import_action, self.delete_action = menus.import_action, menus.delete_action
        self.undo_action, self.redo_action = menus.undo_action, menus.redo_action
        self.close_action, self.merge_action = menus.close_action, menus.merge_action
        self.export_refi_action = menus.export_refi_action
        self.show_start_page()
        geometry, _state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- start page and projects ---------------------------------------------------------
    def show_start_page(self) -> None:
        page = StartPage(self.settings.recent_projects())
        page.open_requested.connect(self.open_project)
        page.new_requested.connect(self.new_project)
        page.browse_requested.connect(self.browse_project)
        page.sample_requested.connect(self.open_sample)
        self._replace_page(page)
        self.start_page = page
        # the keyboard starts on the start page (after Ctrl+W focus was nowhere): on the
        # recent projects when there are some, else on "New project from template…"
        first = page.recent_list.item(0)
        if first is not None and first.flags() != Qt.ItemFlag.NoItemFlags:
            page.recent_list.setCurrentRow(0)
            page.recent_list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            new_button = page.findChild(QPushButton, "newProjectButton")
            if new_button is not None:
                new_button.setFocus(Qt.FocusReason.OtherFocusReason)
        for action in self.menus.project_actions:
            action.setEnabled(False)
        self.status.setText(self.tr("No project open"))
        self.coder_switch.detach()

    def show_opening(self, location: str | None) -> None:
        """Shown from the first paint until the project (None: the sample) is open."""
        self._replace_page(OpeningPage(location))

    def _show_under(self, banner: QLabel, work: QWidget) -> None:
        """``work`` as the window's page, with ``banner`` above it (read-only, file lost)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(banner)
        layout.addWidget(work, 1)
        self._replace_page(page)

    def _replace_page(self, widget: QWidget) -> None:
        while self._pages.count():
            old = self._pages.widget(0)
            assert old is not None
            self._pages.removeWidget(old)
            old.deleteLater()
        self._pages.addWidget(widget)

    def browse_project(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Open project"),
            self.tr("FrameworkQDA projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
        )
        if path is not None:
            self.open_project(str(path))

    def new_project(self, template: str | None = None) -> None:
        """File → New project (Ctrl+N) and the start page's button: a file name, then the
        framework template — ``template`` (the button's), the start page's choice when the
        start page is on screen, else asked (Ctrl+N there once ignored the choice, and with a
        project open every new project got MIPEX-local)."""
        page = self._pages.currentWidget()
        if template is None and isinstance(page, StartPage):
            template = page.chosen_template()
        chosen = file_dialogs.save_file(
            self,
            self.tr("New project"),
            "",
            self.tr("FrameworkQDA projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
        )
        if chosen is None:
            return
        path = str(chosen[0])
        if not path.endswith(PROJECT_SUFFIX):
            path += PROJECT_SUFFIX
        if template is None:
            template = ask_template(self, Path(path).name)
            if template is None:
                return
        self.create_project(path, template)

    def create_project(self, path: str, template: str | None) -> None:
        try:
            project = create_project(
                path,
                framework=template if template != "empty" else None,
                language=i18n.current(),
            )
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("New project"), shown(error))
            return
        self.attach_project(project)

    def open_project(self, location: str) -> None:
        try:
            project, note = open_for_window(self, location)
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Open project"), shown(error))
            # only a project that is not there leaves the list: a server that cannot be
            # reached, a password or a busy project may do tomorrow
            if isinstance(error, ProjectGoneError | NotAProjectError):
                self.settings.remove_recent_project(location)
            return
        if project is None:
            return
        if project.backup_path is not None:
            note = self.tr("Upgraded the project; the old version is at {path}").format(
                path=project.backup_path
            )
        if project.read_only:  # why goes in its banner, the status line had no room for it
            self.attach_project(project, why_read_only=note)
            return
        self.attach_project(project)
        if note:
            self.statusBar().showMessage(note, 15000)

    def open_sample(self) -> None:
        from frameworkqda.gui.sample import sample_project_path

        try:
            path = sample_project_path(language=i18n.current())
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Sample project"), shown(error))
            return
        self.open_project(str(path))

    def attach_project(self, project: Project, why_read_only: str = "") -> None:
        """Show ``project``; one opened read-only says so above the work area, with
        ``why_read_only`` when known."""
        if not self.close_project(show_start=False):  # kept open for the work still running
            project.close()
            return
        session = ProjectSession(project, self)
        self.session = session
        location = str(project.location)
        self.settings.add_recent_project(location)
        self.status_bar.paths = [location]  # shortened as a whole in a message, spaces and all
        if project.location.path is not None:
            self.settings.set_last_folder(str(project.location.path.parent))
        self.project_name = project.name  # for the title when the file is lost, unreadable then
        self.setWindowTitle(f"{self.project_name} — FrameworkQDA")
        self.coder_switch.attach(session)
        self._build_workspace(session, why_read_only)
        for action in self.menus.project_actions:
            action.setEnabled(True)
        for action in self.menus.write_actions:
            action.setEnabled(not project.read_only)
        self._follow(session.undo_stack, True)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        session.changed.connect(self._refresh_status)
        session.watch()
        session.write_refused.connect(lambda text: self.statusBar().showMessage(text, 8000))
        session.reachable.connect(self._server_reachable)
        session.file_lost.connect(
            lambda error: self._file_lost(session, error), Qt.ConnectionType.QueuedConnection
        )
        self._refresh_status()
        self.show_stage(1)

    def _follow(self, stack: QUndoStack, follow: bool) -> None:
        """Edit → Undo and Redo follow ``stack`` (enabled, naming its step), or no longer: a
        closed project's stack, still held by a script, changed them on a window with no
        project, and at its end raised at actions already deleted."""
        menus = self.menus
        for signal, slot in (
            (stack.canUndoChanged, self.undo_action.setEnabled),
            (stack.canRedoChanged, self.redo_action.setEnabled),
            (stack.undoTextChanged, menus.undo_text.show),
            (stack.redoTextChanged, menus.redo_text.show),
        ):
            if follow:
                signal.connect(slot)
            else:
                signal.disconnect(slot)

    def _server_reachable(self, error: FrameworkQDAError | None) -> None:
        """Said once while the server is away (kept until it is back), and once when it is."""
        if error is not None:
            self.statusBar().showMessage(shown(error))
        else:
            self.statusBar().showMessage(self.tr("The server can be reached again."), 8000)

    def _file_lost(self, session: ProjectSession, error: ProjectFileLostError) -> None:
        """The project's file was moved, deleted or replaced: nothing can be read or saved any
        more, so say it once (not at every view that fails to read) and offer to open it
        again — to locate it, when nothing is at its path any more, as NVivo and MAXQDA do —
        or to close it; keeping the window lets typing be copied out first."""
        if session is not self.session or session.lost_told:
            return
        session.lost_told = True
        old = Path(session.location)
        box = QMessageBox(QMessageBox.Icon.Warning, "FrameworkQDA", shown(error), parent=self)
        box.setObjectName("projectFileLost")
        again = box.addButton(
            self.tr("Open again") if error.replaced else self.tr("Locate the file…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        close = box.addButton(self.tr("Close project"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep the window"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if session is not self.session:  # closed meanwhile
            return
        if box.clickedButton() is close:
            self.close_project()
            return
        if box.clickedButton() is again:
            found = old if old.is_file() else self._locate(old)
            if found is not None:
                self.open_project(str(found))
                if self.session is not session:
                    return
        self._keep_lost(session, old)

    def _locate(self, old: Path) -> Path | None:
        """The project file where it is now, chosen in a file dialog that starts in the folder
        it was in (or the nearest folder above that is still there)."""
        folder = next((p for p in old.parents if p.is_dir()), None)
        found = file_dialogs.open_file(
            self,
            self.tr("Locate the project file {name}").format(name=old.name),
            self.tr("FrameworkQDA projects (*{suffix})").format(suffix=PROJECT_SUFFIX),
            folder,
        )
        if found is not None:
            self.settings.remove_recent_project(str(old))  # it is not there any more
        return found

    def _keep_lost(self, session: ProjectSession, old: Path) -> None:
        """The window kept on a project whose file is gone: it says so above the work area,
        in the title and in the status bar; nothing that reads or writes the project can be
        started (the views stay, their text can be copied), and no more looks are taken for
        others' changes. File → Close project stays."""
        session.stop_watching()
        for action in self.menus.project_actions:
            action.setEnabled(action is self.close_action)
        self.navigator.setEnabled(False)
        self.setWindowTitle(
            self.tr("{name} (project file lost) — FrameworkQDA").format(name=self.project_name)
        )
        self.status.setToolTip("")
        self.status.setText(self.tr("Project file lost: nothing is saved"))
        self.statusBar().clearMessage()  # the error's long line hid it; the banner says it
        banner = QLabel(
            self.tr(
                "The project file {path} is no longer there: nothing is read from or saved to "
                "it. Copy out what you need, then close the project (File → Close project) and "
                "open the file from where it is now."
            ).format(path=old)
        )
        banner.setObjectName("projectLostBanner")
        banner.setWordWrap(True)
        banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner.setContentsMargins(10, 6, 10, 6)
        banner.setStyleSheet("background: #f8d7da; color: #58151c; font-weight: bold;")
        work = self._pages.currentWidget()
        assert work is not None
        self._pages.removeWidget(work)  # kept, under the banner
        work.show()  # the stack hid it when it let it go
        self._show_under(banner, work)

    def _build_workspace(self, session: ProjectSession, why_read_only: str = "") -> None:
        self.navigator = StageNavigator()
        # what a screen reader names each pane (it said "list", "tree", "tree")
        self.navigator.setAccessibleName(self.tr("Stages"))
        self.navigator.stage_chosen.connect(lambda stage: self.show_view(stage.view))
        self.document_tree = DocumentTree(session)
        self.codebook_tree = CodebookTree(session)
        self.document_area = DocumentWorkArea(session)
        self.inspector = SegmentInspector(session)
        for shown_in in (self.document_area, self.inspector):  # Del: where the passage is shown
            shown_in.addAction(self.delete_action)
        self.inspector.autosave.failed.connect(self.statusBar().showMessage)
        self.inspector.handed_back.connect(self._say_lost)
        self.inspector.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.document_area.document_gone.connect(self._say_lost)
        self.inspector.autosave.caught_up.connect(self.statusBar().clearMessage)
        self.code_picker = CodePicker(self)
        self.code_picker.picked.connect(self.code_selection)
        self.document_tree.document_activated.connect(self.open_document)
        self.document_tree.files_dropped.connect(self._files_dropped_on_case)
        self.document_tree.about_to_change.connect(self._save_typing)
        self.codebook_tree.range_dropped.connect(self._range_dropped)
        self.codebook_tree.code_activated.connect(self.open_code_passages)
        self.document_area.segment_selected.connect(
            lambda sid: self.inspector.show_segment(sid, self.document_area.text_view.text())
        )
        text_view = self.document_area.text_view
        text_view.context_menu_requested.connect(
            lambda point: self._document_menu(text_view.mapToGlobal(point))
        )
        self.document_area.page_view.context_menu_requested.connect(self._document_menu)

        left = QSplitter(Qt.Orientation.Vertical)
        nav_box = QWidget()
        nav_layout = QVBoxLayout(nav_box)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.addWidget(self.navigator)
        documents_heading = _heading(self.tr("Documents by case"))
        documents_heading.setBuddy(self.document_tree)
        self.document_tree.setAccessibleName(documents_heading.text())
        nav_layout.addWidget(documents_heading)
        nav_layout.addWidget(self.document_tree, 1)
        nav_box.installEventFilter(_NavigatorRoom(nav_box, self.navigator, documents_heading))
        left.addWidget(nav_box)
        code_box = QWidget()
        code_layout = QVBoxLayout(code_box)
        code_layout.setContentsMargins(0, 0, 0, 0)
        codebook_heading = _heading(self.tr("Codebook"))
        codebook_heading.setBuddy(self.codebook_tree)
        self.codebook_tree.setAccessibleName(codebook_heading.text())
        code_layout.addWidget(codebook_heading)
        code_layout.addWidget(self.codebook_tree)
        left.addWidget(code_box)
        left.setSizes([520, 380])

        self.work_stack = WorkStack()
        self.views = {}
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.work_stack)
        splitter.addWidget(self.inspector)
        splitter.setSizes([300, 820, 280])
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        if session.project.read_only:
            self._show_under(read_only_banner(why_read_only), splitter)
        else:
            self._replace_page(splitter)

    # -- views -----------------------------------------------------------------------------
    def show_stage(self, number: int) -> None:
        """Stage ``number``'s view in front, the keyboard in it (View → 1–5, Ctrl+1–5)."""
        stage = stages.STAGES[number - 1]
        self.navigator.select_stage(number)
        self.focus_view(stage.view)

    def focus_view(self, key: str) -> QWidget | None:
        """A view shown from the menu or its shortcut, with the keyboard in its main widget:
        the view's scroll area took focus and showed no mark of it, so arrows and Enter did
        nothing seen."""
        widget = self.show_view(key)
        target = self._focus_target(widget)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return widget

    def _focus_target(self, widget: QWidget | None) -> QWidget | None:
        if widget is None:
            return None
        if widget is self.document_area:
            if self.document_area.document_id is None:
                return self.document_tree  # no document yet: choose one
            area = self.document_area
            return area.page_view if area.showing_pages() else area.text_view
        for name in ("term", "table", "counts_table", "tree"):  # search: the term; a table
            target = getattr(widget, name, None)
            if isinstance(target, QWidget) and target.focusPolicy() != Qt.FocusPolicy.NoFocus:
                return target
        widget.focusNextChild()
        return None

    def view(self, key: str) -> QWidget | None:
        """A registered work-area view, created on first use, wherever the window is."""
        if self.session is None:
            return None
        widget = self.views.get(key)
        if widget is None:
            spec = view_spec(key)
            if spec is None:
                return None
            widget = spec.factory(self)
            self.views[key] = widget
        return widget

    def show_view(self, key: str) -> QWidget | None:
        """Bring a registered work-area view to the front (created on first use)."""
        widget = self.view(key)
        if widget is None:
            return None
        self._apply_choices()  # a code or value stepped to in the view left: applied
        self.work_stack.show_view(widget)
        self.inspector.setVisible(widget is self.document_area)
        writable = self.session is not None and not self.session.project.read_only
        self.delete_action.setEnabled(writable and widget is self.document_area)
        stage = stages.stage_for_view(key)
        # a view outside the five stages (review, search) highlights none of them
        self.navigator.select_stage(stage.number if stage is not None else 0)
        self.current_view = key
        return widget

    def export_tables(self) -> None:
        """File → Export tables…: the matrix, counts or ranks to XLSX, DOCX, CSV or HTML, from
        wherever the researcher is (the dialog is stage 5's, with its grouping and scores);
        from a matrix whose Case filter leaves cases out, of the cases it shows."""
        from frameworkqda.gui.mapping.view import MappingView

        mapping = self.view("mapping")
        if isinstance(mapping, MappingView):
            matrix = self._matrix_view() if self.current_view == "matrix" else None
            # from the matrix: the cases its Case filter shows (offered, ticked)
            dialog = mapping.open_export_dialog(
                over=self, cases=matrix.case_filter() if matrix is not None else None
            )
            if matrix is not None:  # what the researcher is looking at
                dialog.table_box.setCurrentIndex(dialog.table_box.findData("cells"))

    def open_document(self, document_id: int) -> bool:
        """Show a document; a document deleted since it was listed (a search hit, a review
        row, a piece of evidence, a memo) is said in the status bar (it raised into the
        last-resort error box). Whether it opened."""
        if self.session is None:
            return False
        try:
            self.document_area.open_document(document_id)
        except NotFoundError as error:  # who deleted it and when, when the log knows
            self.statusBar().showMessage(
                self.tr("Not opened: {error}").format(error=shown(error)), 10000
            )
            return False
        self.document_tree.select_document(document_id)
        if self.work_stack.current() is not self.document_area:
            self.show_view("documents")
        self.inspector.show_segment(None)
        return True

    def open_code_passages(self, code_id: int) -> None:
        """A code double-clicked (or Enter) in the codebook pane: its coded passages, in the
        review view filtered to it (a theme: its measures' passages too)."""
        from frameworkqda.gui.review.view import ReviewView

        review = self.show_view("review")
        if isinstance(review, ReviewView):
            review.show_code(code_id)

    def show_source(self, document_id: int, start: int, end: int) -> None:
        """Open a document at a passage (code points): evidence, review rows, search hits."""
        if self.open_document(document_id):
            self.document_area.reveal(start, end)
            # the keyboard follows to the passage (it stayed on the work area's scroll area)
            self.document_area.focus_document()

    # -- coding ----------------------------------------------------------------------------
    def open_code_picker(self) -> None:
        """Code → Code selection (Ctrl+K): the code picker for the passage selected in the
        document on screen; elsewhere, or with none selected, the status bar says why not
        (in the matrix it did nothing at all)."""
        if self.session is None:
            return
        if self.work_stack.current() is not self.document_area:
            self.statusBar().showMessage(
                self.tr(
                    "Ctrl+K codes a passage selected in a document: open the document "
                    "(View → 3 Coding, or Enter on a piece of evidence) and select it."
                ),
                8000,
            )
            return
        if self.document_area.document_id is None:
            self.statusBar().showMessage(
                self.tr("Open a document and select a passage, then press Ctrl+K to code it."),
                8000,
            )
            return
        start, end = self.document_area.current_range()
        if end <= start:
            self.statusBar().showMessage(
                self.tr("Select a passage first, then press Ctrl+K to code it."), 5000
            )
            return
        codes = self.session.codes()
        paths = {c.id: self.session.code_path(c.id) for c in codes}
        self.code_picker.set_codes(codes, paths, self.settings.recent_codes(self.session.location))
        view = (
            self.document_area.page_view
            if self.document_area.showing_pages()
            else self.document_area.text_view
        )
        anchor = view.mapToGlobal(QPoint(view.width() // 3, 40))
        if view is self.document_area.text_view:
            rect = self.document_area.text_view.cursorRect()
            anchor = view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 6))
        self.code_picker.popup_at(anchor)

    def code_selection(self, code_id: int) -> None:
        if self.session is None or self.document_area.document_id is None:
            return
        start, end = self.document_area.current_range()
        self.code_range(self.document_area.document_id, start, end, code_id)

    def code_range(self, document_id: int, start: int, end: int, code_id: int) -> None:
        if self.session is None:
            return
        if end <= start:
            self.statusBar().showMessage(self.tr("Nothing selected to code."), 5000)
            return
        label = self.session.code_path(code_id)
        add = AddSegment(document_id, code_id, start, end)
        try:
            self.session.run(add, text=self.tr("Code “{code}”").format(code=label))
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Code"), shown(error))
            return
        self.last_code = code_id
        self.settings.push_recent_code(self.session.location, code_id)
        self.document_area.page_view.clear_selection()
        if add.segment_id is not None and document_id == self.document_area.document_id:
            self.document_area.select_segment(add.segment_id)
        coded = (
            self.tr("Extended the passage coded “{code}” over the selection")
            if add.extended  # it overlapped one: no second passage
            else self.tr("Coded %n character(s) as “{code}”", "", end - start)
        )
        self.statusBar().showMessage(coded.format(code=label), 5000)

    def _range_dropped(self, document_id: int, start: int, end: int, code_id: int) -> None:
        self.code_range(document_id, start, end, code_id)

    def apply_last_code(self) -> None:
        if self.last_code is None and self.session is not None:
            recent = self.settings.recent_codes(self.session.location)
            self.last_code = recent[0] if recent else None
        if self.last_code is None:
            self.statusBar().showMessage(self.tr("No code applied yet in this project."), 5000)
            return
        self.code_selection(self.last_code)

    def _document_menu(self, where: QPoint) -> None:
        """A right click in the text or on the page: copy or code what is selected."""
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"), self.document_area.copy_selection)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        start, end = self.document_area.current_range()
        copy.setEnabled(end > start)
        menu.addSeparator()
        menu.addAction(self.tr("Code selection…"), self.open_code_picker).setEnabled(end > start)
        if self.last_code is not None and self.session is not None:
            menu.addAction(
                self.tr("Code as “{code}”").format(
                    code=no_mnemonic(self.session.code_path(self.last_code))
                ),
                self.apply_last_code,
            )
        menu.exec(where)

    def _choose_first(self, target: str) -> str:
        return {
            "document": self.tr("Choose a document first."),
            "case": self.tr("Choose a case first."),
            "code": self.tr("Choose a code first."),
        }.get(target, "")

    def _delete_segment(self) -> None:
        """Edit → Delete segment (Del): the passage selected in the document on screen. In
        another view the segment panel is hidden, and Del there deleted the passage last
        selected in a document, unseen."""
        if (
            self.session is not None
            and self.inspector.isVisible()
            and self.inspector.segment_id is not None
        ):
            self.inspector.delete()
            self.document_area.select_segment(None)

    def _undo(self) -> None:
        self._step(
            False,
            self.tr("Not undone: {step}: {error}"),
            self.tr("Undone: {step}"),
            self.tr("Undone: {step}: {said}"),
        )

    def _redo(self) -> None:
        self._step(
            True,
            self.tr("Not redone: {step}: {error}"),
            self.tr("Redone: {step}"),
            self.tr("Redone: {step}: {said}"),
        )

    def _step(self, redo: bool, refused: str, done: str, done_otherwise: str) -> None:
        """Undo (or redo) the project's step, asking first over someone else's change since,
        and say how it went: ``refused`` (nothing done, the step stays), ``done``, or
        ``done_otherwise`` with what was done otherwise than asked, kept on screen."""
        if self.session is None:
            return
        self._save_typing()
        theirs = self.session.redo_overwrites() if redo else self.session.undo_overwrites()
        if theirs and not self._write_over_anyway(theirs, redo=redo):
            return
        stack = self.session.undo_stack
        step = stack.redoText() if redo else stack.undoText()
        try:
            said = self.session.redo() if redo else self.session.undo()
        except ProjectError as error:  # held, read-only, out of reach: it passes; the step stays
            self._not_done(refused, step, error)
            return
        except FrameworkQDAError as error:  # the project changed under it: nothing was done
            self._not_done(refused, step, error)
            self._offer_to_drop(step, error, redo)
            return
        if said:  # done otherwise than asked (another coder's change since): kept shown
            text = done_otherwise.format(step=step, said=self.tr("; ").join(said))
            self.statusBar().showMessage(text)
            self._tell_cases_dialog(text)
        elif step:  # the status bar still said what was done ("Coded 34 characters as …")
            self._say_done(done.format(step=step))

    def _offer_to_drop(self, step: str, error: FrameworkQDAError, redo: bool) -> None:
        """An undo (redo) refused because someone else changed the project since stays on the
        stack and would block every step below (above) it until the change is undone. Say
        why, and offer to take just this step off the history; what it did stays as it is.
        Keep (Esc) leaves it, to undo once the cause is gone (Anki, on any failed undo,
        empties its whole history instead)."""
        assert self.session is not None
        box = QMessageBox(self)
        box.setObjectName("stepRefused")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Redo") if redo else self.tr("Undo"))
        # a step's name that quotes already ("Code “Education”") is not quoted again
        if "“" in step:
            said = (
                self.tr("{step} cannot be redone: {reason}.")
                if redo
                else self.tr("{step} cannot be undone: {reason}.")
            )
        else:
            said = (
                self.tr("“{step}” cannot be redone: {reason}.")
                if redo
                else self.tr("“{step}” cannot be undone: {reason}.")
            )
        box.setText(said.format(step=step, reason=shown(error)))
        # what it did may have been deleted since (its passage, with the document): not "stays"
        gone = isinstance(error, ChangedSinceError) and error.gone
        if redo:
            advice = self.tr(
                "The project has changed since you undid this step. Remove it from the redo "
                "history to redo the steps after it; the project stays as it is. Or keep it, "
                "to redo it once that change is put right."
            )
        elif gone:
            advice = self.tr(
                "The project has changed since this step: what it did has been deleted since. "
                "Remove it from the undo history to undo the steps before it. Or keep it, to "
                "undo it once that change is put right."
            )
        else:
            advice = self.tr(
                "The project has changed since this step. Remove it from the undo history to "
                "undo the steps before it; what it did stays in the project. Or keep it, to "
                "undo it once that change is put right."
            )
        box.setInformativeText(advice)
        remove = box.addButton(
            self.tr("Remove from history"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        if box.clickedButton() is not remove:
            return
        if redo:
            self.session.drop_redo()
            text = self.tr("Removed from the redo history: {step}").format(step=step)
        else:
            self.session.drop_undo()
            text = (
                self.tr("Removed from the undo history: {step} (what it did was deleted since)")
                if gone
                else self.tr(
                    "Removed from the undo history: {step} (what it did stays in the project)"
                )
            ).format(step=step)
        self.statusBar().showMessage(text)
        self._tell_cases_dialog(text)

    def _say_lost(self, text: str) -> None:
        """What another program's deletion took from the screen (the open document, the
        passage a note was typed for): both said, whichever is told first."""
        current = self.statusBar().currentMessage()
        if current and current in self._lost_said:
            text = f"{current} {text}"
        self._lost_said = (text,)
        self.statusBar().showMessage(text)

    def _not_done(self, template: str, step: str, error: FrameworkQDAError) -> None:
        """An undo or redo the project refused: said where the person acted, and kept."""
        self.statusBar().showMessage(template.format(step=step, error=shown(error)))
        self._tell_cases_dialog(template.format(step=step, error=shown(error)))

    def _say_done(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)
        self._tell_cases_dialog(text)

    def _tell_cases_dialog(self, text: str) -> None:
        """An undo or redo (Ctrl+Z there too) said in the open case sheet's own status line:
        a step made in the main window, undone from the sheet, was undone unseen."""
        dialog = self.cases_dialog
        if dialog is not None and dialog.isVisible():
            dialog.status.setText(text)

    def _apply_choices(self) -> None:
        """A choice stepped to with the arrow keys in a box that changes the project (the
        segment panel's Code, the matrix's Value) and not confirmed yet is applied, as leaving
        the box applies it, whichever way the researcher leaves: switching view or closing the
        project too (a Value stepped to was lost on Ctrl+W and applied on Ctrl+R)."""
        self.inspector.apply_code()
        for view in self.views.values():
            apply_choices = getattr(view, "apply_choices", None)
            if apply_choices is not None:
                apply_choices()

    def _save_typing(self) -> list[str]:
        """Text typed and not saved yet (a segment's note, a cell's summary, a code's
        definition, a theme's memo) is saved as a step of its own before an undo or redo,
        which then undoes it, as in any editor (a summary saved after the undo was taken for
        someone else's change to the cell), and before the project closes. Returns why any of
        it could not be saved: it is still there, unsaved."""
        self._apply_choices()
        problems = [] if self.inspector.save_texts() else [self.inspector.problem()]
        for view in self.views.values():
            save_typing = getattr(view, "save_typing", None)  # a view with typing of its own
            if save_typing is not None:
                problems.append(save_typing())
        return [problem for problem in problems if problem]

    def _lose_unsaved_typing(self, problems: list[str]) -> bool:
        """Typing the project refused to save: close anyway (losing it), or stay. Cancel first."""
        box = QMessageBox(self)
        box.setObjectName("unsavedTyping")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Close project"))
        box.setText(self.tr("Some of what you typed could not be saved."))
        box.setInformativeText("\n".join(dict.fromkeys(problems)))
        close = box.addButton(self.tr("Close without it"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is close

    def _write_over_anyway(self, theirs: list[str], redo: bool) -> bool:
        """Undoing or redoing would write over what someone else has changed since: ask,
        Cancel first."""
        box = QMessageBox(self)
        box.setObjectName("undoOverwrites")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Redo") if redo else self.tr("Undo"))
        box.setText(
            self.tr("Someone else has changed this since you undid your edit.")
            if redo
            else self.tr("Someone else has changed this since your edit.")
        )
        info = (
            self.tr("{changes}.\n\nRedoing now would write over their change.")
            if redo
            else self.tr("{changes}.\n\nUndoing now would write over their change.")
        )
        box.setInformativeText(info.format(changes="\n".join(shown(line) for line in theirs)))
        anyway = box.addButton(
            self.tr("Redo anyway") if redo else self.tr("Undo anyway"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is anyway

    def _find(self) -> None:
        """Edit → Find (Ctrl+F): in a document, its find field; in Review, Search or Memos,
        their filter; elsewhere (the matrix, the codebook, mapping, compare), where nothing
        lists text to find in, Search all documents, said in the status bar. It showed the
        Documents view, empty, from the matrix."""
        if self.session is None:
            return
        current = self.work_stack.current()
        if current is self.document_area:
            self.document_area.focus_find()
            if self.document_area.document_id is None:
                self.statusBar().showMessage(
                    self.tr(
                        "Open a document to find in its text; Ctrl+Shift+F searches all documents."
                    ),
                    8000,
                )
            return
        own = getattr(current, "focus_find", None)
        if callable(own):
            own()
            return
        search = self.show_view("search")
        if search is not None and hasattr(search, "focus_find"):
            search.focus_find()
        self.statusBar().showMessage(
            self.tr("Nothing here to find in: search the text of all documents."), 8000
        )

    def _add_case(self) -> None:
        if self.session is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Add case"), self.tr("Case name (a city, or the national level):")
        )
        if ok and name.strip():
            try:
                self.session.add_case(name.strip())
            except FrameworkQDAError as error:
                QMessageBox.warning(self, self.tr("Add case"), shown(error))

    def open_deletions(self) -> None:
        """Edit → Deleted items…: the deletions log in a table, beside the window."""
        if self.session is None:
            return
        from frameworkqda.gui.deletions_dialog import DeletionsDialog

        dialog = self.deletions_dialog
        if dialog is None:
            dialog = self.deletions_dialog = DeletionsDialog(self.session, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def open_scores(self) -> None:
        """Code → External scores per theme… and Mapping's Edit scores…: the codebook's scores
        editor (one, which closing the project asks about), wherever the researcher is."""
        from frameworkqda.gui.codebook_editor import CodebookEditor

        codebook = self.view("codebook")
        if isinstance(codebook, CodebookEditor):
            codebook.open_scores()

    def open_cases(self) -> None:
        """Code → Cases and attributes…: the case sheet, beside the window (not modal: the
        matrix and the documents stay usable while it is open)."""
        if self.session is None:
            return
        from frameworkqda.gui.cases_dialog import CasesDialog

        dialog = self.cases_dialog
        if dialog is None:
            dialog = self.cases_dialog = CasesDialog(self.session, self)
            # Ctrl+Z and Ctrl+Shift+Z (Ctrl+Y) in its own window undo and redo the project's
            # step, as its header says (a value being typed keeps them for its typing)
            dialog.addActions([self.undo_action, self.redo_action])
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def edit_memo(self, target: str) -> None:
        if self.session is None:
            return
        target_id: int | None = None
        title = self.tr("Project “{name}”").format(name=self.session.project.name)
        cell = self._matrix_cell()  # in the matrix, its case and code are the ones meant
        if target == "document":
            from frameworkqda.core.workspace import documents

            target_id = self.document_area.document_id or self.document_tree.current_document()
            named = {row.id: row.name for row in documents(self.session.project)}
            title = self.tr("Document “{name}”").format(name=named.get(target_id or -1, ""))
        elif target == "case":
            from frameworkqda.core.cases import list_cases
            from frameworkqda.core.workspace import documents

            target_id = cell[0] if cell else self.document_tree.current_case()
            if target_id is None and cell is None:  # the case of the document read or chosen
                document_id = self._document_in_front() or self.document_tree.current_document()
                rows = documents(self.session.project)
                target_id = next((row.case_id for row in rows if row.id == document_id), None)
            named = {case.id: case.name for case in list_cases(self.session.project)}
            title = self.tr("Case “{name}”").format(name=named.get(target_id or -1, ""))
        elif target == "code":
            target_id = cell[1] if cell else self.codebook_tree.current_code()
            if target_id is None and cell is None and self._document_in_front() is not None:
                target_id = self.inspector.segment_code()  # the passage selected's code
            title = (
                self.tr("Code “{code}”").format(code=self.session.code_path(target_id))
                if target_id
                else ""
            )
        if target != "project" and target_id is None:
            self.statusBar().showMessage(self._choose_first(target), 5000)
            return
        MemoDialog(self.session, target, target_id, title, self).exec()

    def _document_in_front(self) -> int | None:
        """The document shown in the work area, if it is the document area that is shown."""
        if self.work_stack.current() is not self.document_area:
            return None
        return self.document_area.document_id

    def open_memo_row(self, row: MemoRow) -> None:
        """A memo of the Memos list (double-click, Enter, Open memo) in the memo dialog."""
        if self.session is None:
            return
        titles = {
            memos.FREE: self.tr("Free memo “{name}”"),
            "project": self.tr("Project “{name}”"),
            "document": self.tr("Document “{name}”"),
            "case": self.tr("Case “{name}”"),
            "code": self.tr("Code “{code}”"),
            "cell": self.tr("Chart cell “{name}”"),
            "segment": self.tr("Coded passage “{name}”"),
        }
        name = self.session.project.name if row.target == "project" else row.name
        name = row.title if row.target == memos.FREE else name
        title = titles[row.target].format(name=name, code=name)
        MemoDialog(self.session, row.target, row.target_id, title, self).exec()

    def new_free_memo(self) -> None:
        """Memos → New free memo… (and the Memos list's button): a memo on nothing, under a
        title asked first (NVivo's and MAXQDA's free memos), made as one undoable step, shown
        in the Memos list and opened to write in."""
        if self.session is None:
            return
        from frameworkqda.core.commands import AddFreeMemo
        from frameworkqda.gui.memos_view import MemosView
        from frameworkqda.gui.text_input import ask_text

        title, ok = ask_text(self, self.tr("New free memo"), self.tr("Title:"))
        if not ok or not title.strip():
            return
        command = AddFreeMemo(title)
        try:
            self.session.run(command)
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("New free memo"), shown(error))
            return
        assert command.memo_id is not None
        listed = self.show_view("memos")
        if isinstance(listed, MemosView):
            listed.filter.clear()
            listed.refresh()
            listed.select_memo(command.memo_id)
        subject = self.tr("Free memo “{name}”").format(name=" ".join(title.split()))
        MemoDialog(self.session, memos.FREE, command.memo_id, subject, self).exec()

    def go_to_memo_target(self, row: MemoRow) -> None:
        """The Memos list's Go to: what the memo is on, where the app shows it."""
        if row.target == "document" and row.document_id is not None:
            self.open_document(row.document_id)
        elif row.target == "segment" and row.document_id is not None:
            assert row.start is not None and row.end is not None
            self.show_source(row.document_id, row.start, row.end)
        elif row.target == "code" and row.code_id is not None:
            self.open_code_passages(row.code_id)
        elif row.target == "cell" and row.case_id is not None and row.code_id is not None:
            from frameworkqda.gui.matrix.view import MatrixView

            matrix = self.show_view("matrix")
            if isinstance(matrix, MatrixView):
                matrix.open_cell(row.case_id, row.code_id)
        elif row.target == "case" and row.case_id is not None:
            self.show_view("documents")
            item = self.document_tree.case_item(row.case_id)
            if item is not None:
                self.document_tree.setCurrentIndex(item.index())
                self.document_tree.setFocus()

    def _matrix_cell(self) -> tuple[int, int] | None:
        """The (case, code) of the matrix cell selected, when the matrix is on screen."""
        matrix = self._matrix_view()
        if self.current_view != "matrix" or matrix is None:
            return None
        return matrix.current_key()

    def _matrix_view(self) -> MatrixView | None:
        """The framework matrix's view, if it has been opened (its module is loaded then)."""
        matrix = self.views.get("matrix")
        if matrix is None:
            return None
        from frameworkqda.gui.matrix.view import MatrixView

        assert isinstance(matrix, MatrixView)
        return matrix

    # -- import ----------------------------------------------------------------------------
    def import_documents(self, paths: list[str] | None = None, case: int | None = None) -> None:
        """Files (chosen, or dropped on the window or on a case ``case``) into the import
        dialog, which names the case they go to; one import at a time."""
        self._open_import(paths, case)

    def import_folder(self) -> None:
        """File → Import folder…: a folder chosen goes where one dropped on the window goes
        (NVivo and MAXQDA import a folder from their menus; here only a drop or the CLI did)."""
        self._open_import(None, None, folder=True)

    def _open_import(self, paths: list[str] | None, case: int | None, folder: bool = False) -> None:
        from frameworkqda.gui.import_dialog import open_import

        if self.session is None:
            return
        try:
            self.last_import = open_import(self, paths, case, folder=folder)
        except FrameworkQDAError as error:  # the project cannot be read (a full disk…)
            QMessageBox.warning(self, self.tr("Import documents"), shown(error))

    def import_refi(self, source: Path | None = None) -> None:
        """A REFI-QDA file (chosen, or ``source`` dropped on the window) into a new project,
        then that project opens with the report."""
        from frameworkqda.gui import refi_dialogs

        self.last_refi = refi_dialogs.import_refi(self, source)

    def import_codebook(self, path: Path) -> None:
        """A codebook file dropped on the window: the codebook's own Import… with it."""
        from frameworkqda.gui.codebook_editor import CodebookEditor

        self.show_stage(2)
        editor = self.view("codebook")
        assert isinstance(editor, CodebookEditor)
        editor.import_file(path)

    def export_refi(self) -> None:
        from frameworkqda.gui import refi_dialogs

        self.last_refi_export = refi_dialogs.export_refi(self)

    def merge_project(self) -> None:
        """Another coder's copy of the study (.fqda or .qdpx) into this one, with a summary."""
        from frameworkqda.gui.merge_dialog import merge_into_open_project

        self.last_merge = merge_into_open_project(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Files to import into the project; a REFI-QDA project with none open as well."""
        from frameworkqda.gui import file_drops  # loaded with the first drag, not at start

        data = event.mimeData()
        if not data.hasUrls():
            return
        if self.import_action.isEnabled():
            event.acceptProposedAction()
            workers.warm_up()  # PDF readers start while the files are dragged
        elif file_drops.brings_a_project([url.toLocalFile() for url in data.urls()]):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            from frameworkqda.gui import file_drops

            event.acceptProposedAction()
            file_drops.drop_files(self, paths)

    def _files_dropped_on_case(self, paths: list[str], case_id: int | None) -> None:
        from frameworkqda.gui import file_drops

        file_drops.drop_files(self, paths, case_id)

    # -- status and closing ----------------------------------------------------------------
    def _refresh_status(self, *_: object) -> None:
        if self.session is None:
            return
        figures = self.session.progress()
        self.navigator.show_progress(figures)
        from frameworkqda.core.overview import overview

        o = overview(self.session.project)
        # a project memo marks the project's name, as a memo marks a document, case or code
        memo = memos.memo_text(self.session.project, "project").strip()
        excerpt = memo[:200] + "…" if len(memo) > 200 else memo
        self.status.setToolTip(self.tr("Project memo: {text}").format(text=excerpt) if memo else "")
        self.status.setText(
            " · ".join(
                (
                    o.name + (MEMO_MARK if memo else ""),
                    self.tr("%n document(s)", "", o.documents),
                    self.tr("%n case(s)", "", o.cases),
                    self.tr("%n code(s)", "", o.codes),
                    self.tr("%n segment(s)", "", o.segments),
                )
            )
        )

    def close_project(self, show_start: bool = True) -> bool:
        """Close the open project (asking first while an import or export runs)."""
        if jobs.running() and jobs.ask_to_stop(self, quitting=False, wait=False) != "cancel":
            return False
        jobs.finish_all(cancel=True)
        if self.session is not None:
            scores_editor = getattr(self.views.get("codebook"), "scores_editor", None)
            if (
                scores_editor is not None
                and scores_editor.isVisible()
                and not scores_editor.close()
            ):
                return False  # its scores were not saved and the researcher chose Cancel
            problems = self._save_typing()  # a note or a cell's summary typed just before
            if problems and not self._lose_unsaved_typing(problems):
                return False
            self.document_area.close_document()
            cases_dialog = self.cases_dialog
            if cases_dialog is not None:  # it shows this project's cases
                cases_dialog.close()
                cases_dialog.deleteLater()
                self.cases_dialog = None
            deletions_dialog = self.deletions_dialog
            if deletions_dialog is not None:  # it lists this project's deletions
                deletions_dialog.close()
                deletions_dialog.deleteLater()
                self.deletions_dialog = None
            self.session.close()  # its stack cleared: Undo and Redo greyed, named no step
            self._follow(self.session.undo_stack, False)
            self.session = None
            self.views = {}
            self.setWindowTitle("FrameworkQDA")
        if show_start:
            self.show_start_page()
        return True

    def _about(self) -> None:
        from frameworkqda import __version__

        QMessageBox.about(
            self,
            "FrameworkQDA",
            self.tr("FrameworkQDA {version}\nFramework analysis for policy documents.").format(
                version=__version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting while work runs asks: cancel it, quit when it is done, or stay."""
        answer = jobs.ask_to_stop(self, quitting=True, wait=True) if jobs.running() else "cancel"
        if answer != "cancel":
            event.ignore()
            if answer == "wait":
                self.statusBar().showMessage(
                    self.tr("FrameworkQDA will quit when the work is done.")
                )
                for job in jobs.running():
                    job.finished.connect(self._quit_when_idle)
            return
        jobs.finish_all(cancel=True)
        if not self.close_project(show_start=False):  # typing it could not save: stay
            event.ignore()
            return
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        super().closeEvent(event)

    def _quit_when_idle(self) -> None:
        if not jobs.running():
            self.close()


class _NavigatorRoom(QObject):
    """The stage navigator gives way to the documents when the left column is short.

    At 1280 × 720 its fixed 296 pixels left "Documents by case" four rows; now the documents
    keep at least ``DOCUMENT_ROWS`` rows and the navigator shrinks (to two stages, scrolling)
    to make room, whole again when there is room for it. It sets the navigator's maximum, not
    a fixed height: a fixed height was the column's minimum too, and at 1280 × 720 and 150 %
    held the window taller than the screen (the status bar below its edge); shorter still,
    both give way, down to one stage over a few rows of documents.
    """

    DOCUMENT_ROWS = 8
    LEAST_STAGES = 2

    def __init__(self, box: QWidget, navigator: StageNavigator, heading: QWidget) -> None:
        super().__init__(box)
        self._box, self._navigator, self._heading = box, navigator, heading

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._box and event.type() == QEvent.Type.Resize:
            rows = self._heading.fontMetrics().height() + 6
            room = self._box.height() - self._heading.sizeHint().height()
            room -= self.DOCUMENT_ROWS * rows + 4
            # whole stages, never one cut in half ("5 Mapping & interpretation" showed its
            # top half at 1300 × 800): the nearest number, the documents' rows a soft floor;
            # the scroll bar says there are more
            nearest = round((room - FRAME) / STAGE_HEIGHT)
            fits = max(self.LEAST_STAGES, min(len(stages.STAGES), nearest))
            self._navigator.setMaximumHeight(self._navigator.height_for(fits))
            self._navigator.updateGeometry()
        return False


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(6, 8, 6, 2)
    return label
