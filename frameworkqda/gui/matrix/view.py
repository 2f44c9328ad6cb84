"""The framework matrix view (stage 4): cases × measures by theme, evidence beside each cell.

Select a cell: its evidence and summary editor open on the right. Set a value with keys 1–9
(0 or Backspace clears) or the context menu; click a theme's header to collapse or expand
its measures; filter by theme, case and value; transpose. The Case filter's "By attribute…"
opens a bar under the toolbar, "Cases where [attribute] [sign] [value]" (``gui.case_where``,
as Review, Search and Mapping choose cases), and File → Export tables… writes the cases the
filter shows (``case_filter``). The evidence panel's coder box shows
that coder's quotes and their own charting of the cell; "≠" marks a cell whose coders' own
values differ. Every edit is an undoable core
command (``core/commands``) committed before the cell repaints. "Auto-draft empty cells"
plans drafts for every cell with evidence and no summary off the GUI thread (a
:class:`~frameworkqda.gui.jobs.Job`: progress bar, cancel, asked about on quit), then writes them
as ONE undo step.
"""

from __future__ import annotations

import functools
import threading

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import cases, charting, coders, commands, deletions
from frameworkqda.core.charting import chartings
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import CellConflictError, FrameworkQDAError, NotFoundError
from frameworkqda.core.jobs import Cancel
from frameworkqda.gui import i18n
from frameworkqda.gui.case_where import CaseFilter, CaseWhere
from frameworkqda.gui.cases_dialog import show_value
from frameworkqda.gui.flow_layout import FlowLayout
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.jobs import Job, Report
from frameworkqda.gui.keyboard import no_mnemonic
from frameworkqda.gui.matrix.conflict import CellConflictDialog
from frameworkqda.gui.matrix.delegate import CellDelegate, cell_size
from frameworkqda.gui.matrix.evidence import EvidencePanel, TypedSummary
from frameworkqda.gui.matrix.header import WrappingHeader
from frameworkqda.gui.matrix.model import MatrixModel
from frameworkqda.gui.project_view import ProjectView
from frameworkqda.gui.session import ProjectSession, read_only_text
from frameworkqda.gui.table_keys import tab_leaves

NO_VALUE = "__none__"
NEEDS_SUMMARY = "__needs__"  # evidence and no summary of the researcher's (auto-drafts too)
DRAFTS = "__drafts__"  # an auto-drafted summary, not yet edited or accepted
BY_ATTRIBUTE = "__where__"  # the Case filter's entry that opens the "Cases where" bar


class MatrixTable(QTableView):
    value_key = Signal(int)  # 1..9 picks a value, 0 clears

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.value_key.emit(key - Qt.Key.Key_0)
            return
        if key == Qt.Key.Key_Backspace:
            self.value_key.emit(0)
            return
        super().keyPressEvent(event)


class MatrixView(ProjectView):
    RELOAD_ON = frozenset(
        (Change.SEGMENTS, Change.CODEBOOK, Change.CASES, Change.DOCUMENTS, Change.CELLS)
    )
    source_requested = Signal(int, int, int)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("matrixView")
        self.collapsed: set[int] = set()
        self.model = MatrixModel()
        self.table = MatrixTable()
        self.table.setAccessibleName(self.tr("Framework matrix"))
        tab_leaves(self.table)  # Tab on to the summary and Save; arrows move cell to cell
        # measure names wrap over up to three lines (full name in the tooltip)
        self.table.setHorizontalHeader(WrappingHeader(Qt.Orientation.Horizontal, self.table))
        self.table.setVerticalHeader(WrappingHeader(Qt.Orientation.Vertical, self.table))
        self.table.setModel(self.model)
        self.delegate = CellDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.value_key.connect(self._value_key)
        self._size_sections()
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.table.verticalHeader().sectionClicked.connect(self._header_clicked)
        self.table.selectionModel().currentChanged.connect(lambda *_: self.show_current())

        self.evidence = EvidencePanel(self._save_summary)
        self.evidence.set_writable(self.writable)
        self.evidence.source_requested.connect(self.source_requested)
        self.evidence.value_chosen.connect(self.set_value)
        self.evidence.draft_button.clicked.connect(self.insert_auto_draft)
        self.evidence.accept_requested.connect(self.accept_draft)

        self.theme_box = QComboBox()
        self.case_box = QComboBox()
        self.case_box.setObjectName("matrixCaseFilter")
        self.case_box.setToolTip(
            self.tr("Show all cases, one case, or the cases whose attributes meet a condition")
        )
        self.value_filter = QComboBox()
        for box in (self.theme_box, self.case_box, self.value_filter):
            box.currentIndexChanged.connect(lambda *_: self.apply_filters())
        # "By attribute…": a bar of its own under the toolbar (the toolbar has no room for
        # three more boxes at 1280 pixels), as a find bar opens under a browser's toolbar
        self.where = CaseWhere(session)
        self.where.changed.connect(self.apply_filters)
        self.where_count = QLabel()
        self.where_count.setObjectName("matrixWhereCount")
        self.where_clear = QPushButton(self.tr("Show all cases"))
        self.where_clear.setObjectName("matrixWhereClear")
        self.where_clear.setToolTip(self.tr("Close this bar and show every case again"))
        self.where_clear.clicked.connect(self.show_all_cases)
        self.where_bar = QWidget()
        self.where_bar.setObjectName("matrixWhereBar")
        bar = QHBoxLayout(self.where_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.where, 1)
        bar.addWidget(self.where_count)
        bar.addWidget(self.where_clear)
        self.where_bar.hide()
        self.transpose_box = QCheckBox(self.tr("Transpose"))
        self.transpose_box.toggled.connect(self.set_transposed)
        # collapse and expand every theme: one button's menu, not two buttons (the toolbar
        # had no room left for the Case filter's "By attribute…" at 1280 pixels)
        # a push button: its style leaves room for the menu's arrow (a tool button's arrow
        # overlapped the last letter), and it looks like the toolbar's other buttons
        self.fold_button = QPushButton()
        self.fold_button.setObjectName("matrixFold")
        self.fold_button.setText(self.tr("Collapse/expand"))
        self.fold_button.setToolTip(
            self.tr("Collapse or expand every theme's measures (or click a theme's header)")
        )
        fold = QMenu(self.fold_button)
        self.collapse_action = fold.addAction(self.tr("Collapse themes"))
        self.collapse_action.triggered.connect(lambda: self.set_collapsed(set(self._theme_ids())))
        self.expand_action = fold.addAction(self.tr("Expand themes"))
        self.expand_action.triggered.connect(lambda: self.set_collapsed(set()))
        self.fold_button.setMenu(fold)
        self.status = QLabel()
        self.status.setWordWrap(True)  # a long line wraps, never widening the view past the window
        self._refused: FrameworkQDAError | None = None  # the last cell edit's (not a conflict)
        self._asked = 0  # conflict dialogs shown: a save that asked says nothing more
        # after the window says so: a summary refused while the server was away is saved
        session.reachable.connect(self._server_back, Qt.ConnectionType.QueuedConnection)
        self.draft_all_button = QPushButton(self.tr("Auto-draft empty cells"))
        self.draft_all_button.setToolTip(
            self.tr(
                "Draft a summary from the evidence for every cell that has evidence and no "
                "summary (one undo step)"
            )
        )
        self.draft_all_button.clicked.connect(self.start_drafts)
        self.draft_all_button.setEnabled(self.writable)  # drafted all, then refused to save
        self.draft_progress = QProgressBar()
        self.draft_progress.setMaximumWidth(180)
        self.draft_progress.hide()
        self.draft_cancel = QPushButton(self.tr("Cancel"))
        self.draft_cancel.clicked.connect(self.cancel_drafts)
        self.draft_cancel.hide()
        self.drafts_done = threading.Event()
        self.last_drafted = 0
        self._draft_job: Job | None = None

        # the controls wrap onto a second line in a narrow window (one row was 890 pixels:
        # at scale 1.5 the evidence panel ran off the right edge); a label stays with its box
        tools = FlowLayout()
        for label, widget in (
            (self.tr("Theme:"), self.theme_box),
            (self.tr("Case:"), self.case_box),
            (self.tr("Show measures with:"), self.value_filter),
        ):
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(QLabel(label))
            pair_layout.addWidget(widget)
            tools.addWidget(pair)
        tools.addWidget(self.transpose_box)
        tools.addWidget(self.fold_button)
        tools.addWidget(self.draft_all_button)
        tools.addWidget(self.draft_progress)
        tools.addWidget(self.draft_cancel)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.evidence)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 320])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.where_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._dirty = False
        current = self.current_key()
        project = self._session.project
        values = charting.scale(project)
        colours = {code.id: code.colour for code in self._session.codes()}
        versions = charting.cell_versions(project)  # first: never newer than what is shown
        self.model.load(charting.build_matrix(project), values, colours, versions)
        self.model.differing = chartings.differing(project)
        self.model.case_attributes = _shown_attributes(cases.case_sheet(project))
        self.evidence.set_values(values)
        self.evidence.coder_box.set_names(coders.coder_names(project))
        self.where.refill()  # the attributes and their values as the cases now have them
        self._fill_filters()
        self._size_sections()
        self.apply_filters()
        gone = current is not None and not self.model.has_cell(*current)
        if current is not None and not gone:
            self.select_cell(*current)
        self._update_status()
        if gone:
            self._cell_gone()  # said after the counts, which would cover it

    def _cell_gone(self) -> None:
        """The cell on screen went with its case or measure, deleted in another window or
        program: reloading it raised, and the panel kept showing it (a save then said 'no
        code with id 38'). A summary being typed for it goes to the clipboard, and the view
        says so."""
        title, key = self.evidence.title.text(), self.evidence.key
        typed = self.evidence.drop_gone()
        self.show_current()
        found = deletions.who_deleted_cell(self._session.project, *key) if key else None
        if found is not None:  # with its case or measure: by whom, and when
            gone = shown(deletions.said(title, found, None))
            if typed:
                QGuiApplication.clipboard().setText(typed)
                self.status.setText(
                    self.tr(
                        "{deleted}; the summary you were typing for it is on the clipboard."
                    ).format(deleted=gone)
                )
            else:
                self.status.setText(self.tr("{deleted}.").format(deleted=gone))
        elif typed:
            QGuiApplication.clipboard().setText(typed)
            self.status.setText(
                self.tr(
                    "{cell} was deleted in another window or program; the summary you were "
                    "typing for it is on the clipboard."
                ).format(cell=title)
            )
        else:
            self.status.setText(
                self.tr("{cell} was deleted in another window or program.").format(cell=title)
            )

    def _size_sections(self) -> None:
        size = cell_size(self.table.font(), self.model.values)
        self.delegate.size = size
        horizontal = self.table.horizontalHeader()
        vertical = self.table.verticalHeader()
        assert isinstance(horizontal, WrappingHeader)
        horizontal.setDefaultSectionSize(size.width())
        vertical.setDefaultSectionSize(size.height())
        vertical.setMinimumWidth(120)
        horizontal.setFixedHeight(horizontal.wrapped_height())

    def _fill_filters(self) -> None:
        choices = [b.currentData() for b in (self.theme_box, self.case_box, self.value_filter)]
        for box in (self.theme_box, self.case_box, self.value_filter):
            box.blockSignals(True)
            box.clear()
        self.theme_box.addItem(self.tr("All themes"), None)
        _fit_minimum(self.theme_box, [self.theme_box.itemText(0)])
        for slot in self.model.slots:
            if slot.kind == "theme":
                self.theme_box.addItem(slot.title, slot.theme_id)
        self.case_box.addItem(self.tr("All cases"), None)
        self.case_box.addItem(self.tr("By attribute…"), BY_ATTRIBUTE)
        self.case_box.setItemData(
            1,
            self.tr("Cases where an attribute meets a condition, e.g. Region = Kansai"),
            Qt.ItemDataRole.ToolTipRole,
        )
        self.case_box.insertSeparator(2)
        _fit_minimum(self.case_box, [self.case_box.itemText(i) for i in (0, 1)])
        for case_id, name in self.model.cases:
            self.case_box.addItem(name, case_id)
        self.value_filter.addItem(self.tr("anything"), None)
        for value in self.model.values:
            self.value_filter.addItem(
                self.tr("value “{value}”").format(value=value.label), value.id
            )
        self.value_filter.addItem(self.tr("no value yet"), NO_VALUE)
        self.value_filter.addItem(self.tr("evidence but no summary"), NEEDS_SUMMARY)
        self.value_filter.addItem(self.tr("auto-drafts to review"), DRAFTS)
        for box, choice in zip(
            (self.theme_box, self.case_box, self.value_filter), choices, strict=True
        ):
            box.setCurrentIndex(max(0, box.findData(choice)) if choice is not None else 0)
            box.blockSignals(False)

    def _update_status(self) -> None:
        cells = len(self.model.cases) * sum(1 for s in self.model.slots if s.kind == "measure")
        measures = [s.code_id for s in self.model.slots if s.kind == "measure"]
        needs = sum(self.model.needs_summary(c, m) for c, _ in self.model.cases for m in measures)
        drafts = sum(self.model.is_draft(c, m) for c, _ in self.model.cases for m in measures)
        cases = len(self.model.cases)
        shown = self.case_filter()
        parts = [
            (
                self.tr("%n case(s)", "", cases)
                if shown is None
                else self.tr("{shown} of %n case(s)", "", cases).format(
                    shown=QLocale().toString(len(shown.case_ids))
                )
            )
            + " × "
            + self.tr("%n measure(s)", "", cells // max(1, cases)),
            self.tr("%n cell(s) with evidence but no summary (amber)", "", needs),
        ]
        if drafts:  # among them: auto-drafts, still the researcher's to edit or accept
            parts[-1] += self.tr(", %n of them auto-draft(s)", "", drafts)
        if self.writable:  # a read-only project takes no value: the keys are not offered
            parts.append(self.tr("keys 1–9 set a value, 0 clears"))
        parts.append(self.tr("click a theme header to collapse it"))
        self.status.setText(" · ".join(parts))

    # -- axes, filters, collapse -----------------------------------------------------------
    def _theme_ids(self) -> list[int]:
        return [s.theme_id for s in self.model.slots if s.kind == "theme"]

    def set_transposed(self, transposed: bool) -> None:
        current = self.current_key()
        self.model.set_transposed(transposed)
        if self.transpose_box.isChecked() != transposed:
            self.transpose_box.setChecked(transposed)
        self._size_sections()
        self.apply_filters()
        if current is not None:
            self.select_cell(*current)

    def set_collapsed(self, themes: set[int]) -> None:
        self.collapsed = set(themes)
        self.apply_filters()

    def toggle_theme(self, theme_id: int) -> None:
        self.set_collapsed(self.collapsed ^ {theme_id})

    def _header_clicked(self, section: int) -> None:
        slot_header = (
            self.table.verticalHeader() if self.model.transposed else self.table.horizontalHeader()
        )
        if self.sender() is not slot_header or section >= len(self.model.slots):
            return
        slot = self.model.slots[section]
        if slot.kind == "theme":
            self.toggle_theme(slot.theme_id)

    def shown_case_ids(self) -> set[int] | None:
        """The cases the Case filter shows: None for every case (all, or no condition yet)."""
        case = self.case_box.currentData()
        if case == BY_ATTRIBUTE:
            return self.where.case_ids()
        return None if case is None else {case}

    def case_filter(self) -> CaseFilter | None:
        """The cases shown and how they were chosen, when the Case filter leaves some out."""
        chosen = self.shown_case_ids()
        if chosen is None:
            return None
        case = self.case_box.currentData()
        label = self.where.describe() if case == BY_ATTRIBUTE else self.case_box.currentText()
        every = {case_id for case_id, _ in self.model.cases}
        return CaseFilter(frozenset(chosen & every), label, len(every))

    def show_all_cases(self) -> None:
        """ "Show all cases" on the "Cases where" bar: the bar closes, every case shows."""
        self.case_box.setCurrentIndex(0)
        self.table.setFocus()

    def apply_filters(self) -> None:
        """Hide slots and cases the filters and collapsed themes leave out."""
        theme = self.theme_box.currentData()
        by_attribute = self.case_box.currentData() == BY_ATTRIBUTE
        if by_attribute and not self.where_bar.isVisibleTo(self):
            self.where_bar.show()
            self.where.attribute_box.setFocus()
        elif not by_attribute and self.where_bar.isVisibleTo(self):
            self.where_bar.hide()
        chosen = self.shown_case_ids()
        wanted = self.value_filter.currentData()
        visible_cases = [c for c, _ in self.model.cases if chosen is None or c in chosen]
        hide_slot = self.table.setRowHidden if self.model.transposed else self.table.setColumnHidden
        hide_case = self.table.setColumnHidden if self.model.transposed else self.table.setRowHidden
        for position, slot in enumerate(self.model.slots):
            hidden = theme is not None and slot.theme_id != theme
            if slot.kind == "measure":
                hidden = hidden or slot.theme_id in self.collapsed
                if not hidden and wanted is not None:
                    hidden = not any(self._matches(c, slot.code_id, wanted) for c in visible_cases)
            hide_slot(position, hidden)
        for position, (case_id, _) in enumerate(self.model.cases):
            hide_case(position, chosen is not None and case_id not in chosen)
        self._keep_current_shown()
        if by_attribute:
            self.where_count.setText(
                self.tr("{shown} of %n case(s) shown", "", len(self.model.cases)).format(
                    shown=QLocale().toString(len(visible_cases))
                )
            )
        self._update_status()

    def _hidden(self, index: QModelIndex) -> bool:
        return self.table.isRowHidden(index.row()) or self.table.isColumnHidden(index.column())

    def _keep_current_shown(self) -> None:
        """A current cell a filter or a collapsed theme hides moves to its theme's summary
        column when that shows, else there is none: a value key set "Partially" on a cell
        no longer on screen, and → then lost the cell."""
        index = self.table.currentIndex()
        if not index.isValid() or not self._hidden(index):
            return
        flags = QItemSelectionModel.SelectionFlag
        found = self.model.cell_at(index)
        if found is not None and found[1].kind == "measure":
            theme = self.model.slot_position(found[1].theme_id, "theme")
            case = self.model.case_position(found[0])
            summary = (
                self.model.index(theme, case)
                if self.model.transposed
                else self.model.index(case, theme)
            )
            if not self._hidden(summary):
                self.table.selectionModel().setCurrentIndex(summary, flags.ClearAndSelect)
                self.table.scrollTo(summary)
                return
        self.table.selectionModel().setCurrentIndex(QModelIndex(), flags.Clear)

    def _matches(self, case_id: int, code_id: int, wanted: object) -> bool:
        if wanted == NEEDS_SUMMARY:
            return self.model.needs_summary(case_id, code_id)
        if wanted == DRAFTS:
            return self.model.is_draft(case_id, code_id)
        value = self.model.value(case_id, code_id)
        if wanted == NO_VALUE:
            return value is None
        return value is not None and value.id == wanted

    # -- selection -------------------------------------------------------------------------
    def current_key(self) -> tuple[int, int] | None:
        found = self.model.cell_at(self.table.currentIndex())
        if found is None or found[1].kind != "measure":
            return None
        return found[0], found[1].code_id

    def index_for(self, case_id: int, code_id: int) -> QModelIndex:
        case_pos = self.model.case_position(case_id)
        slot_pos = self.model.slot_position(code_id)
        if self.model.transposed:
            return self.model.index(slot_pos, case_pos)
        return self.model.index(case_pos, slot_pos)

    def select_cell(self, case_id: int, code_id: int) -> None:
        index = self.index_for(case_id, code_id)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.table.scrollTo(index)
        self.show_current()

    def show_current(self) -> None:
        key = self.current_key()
        if key is None:
            self.evidence.show_cell(
                None, self.tr("Choose a cell (a case and a measure)"), [], "", None
            )
            return
        case_id, code_id = key
        rows = charting.evidence(self._session.project, case_id, code_id)
        case_name = self.model.cases[self.model.case_position(case_id)][1]
        title = f"{case_name} × {self._session.code_path(code_id)}"
        value = self.model.value(case_id, code_id)
        self.evidence.show_cell(
            key,
            title,
            rows,
            self.model.summary(case_id, code_id),
            value.id if value else None,
            coders.segment_coders(self._session.project, (row.segment_id for row in rows)),
            self.model.version(case_id, code_id),
            self.model.is_draft(case_id, code_id),
        )
        self.evidence.show_chartings(chartings.of_cell(self._session.project, case_id, code_id))

    def open_cell(self, case_id: int, code_id: int) -> None:
        """Select a cell whatever the filters and collapsed themes hid (Compare coders)."""
        if self._dirty:
            self.reload()
        for box in (self.theme_box, self.case_box, self.value_filter):
            box.setCurrentIndex(0)
        slots = [s for s in self.model.slots if s.kind == "measure" and s.code_id == code_id]
        if not slots or all(case_id != case for case, _ in self.model.cases):
            return  # not a cell of the matrix (a heading's cell)
        self.collapsed.discard(slots[0].theme_id)
        self.apply_filters()
        self.select_cell(case_id, code_id)
        self.table.setFocus()

    def _selected_keys(self) -> list[tuple[int, int]]:
        keys: list[tuple[int, int]] = []
        table = self.table
        for index in table.selectionModel().selectedIndexes():
            if table.isRowHidden(index.row()) or table.isColumnHidden(index.column()):
                continue  # a row header's click selects the cells a filter or collapse hides
            found = self.model.cell_at(index)
            if found is not None and found[1].kind == "measure":
                keys.append((found[0], found[1].code_id))
        current = self.current_key()
        if not keys and current is not None and not self._hidden(table.currentIndex()):
            keys.append(current)  # never a cell not on screen
        return keys

    # -- edits -----------------------------------------------------------------------------
    @property
    def writable(self) -> bool:
        """False on a project opened read-only: no control here writes then."""
        return not self._session.project.read_only

    def set_summary(
        self, case_id: int, code_id: int, text: str, version: int | None = None
    ) -> bool:
        """Set a cell's summary, typed on the cell's ``version`` (by default the one its text
        in the panel was loaded from, or the matrix's); on a cell someone else changed since,
        ask which to keep. False when it was not written: refused (``_refused`` says why), or
        their version kept."""
        command = commands.SetCell(case_id, code_id, summary=text)
        # made from the version the editor's text was loaded from, not a newer one since
        if version is None:
            version = (
                self.evidence.base_version
                if self.evidence.key == (case_id, code_id)
                else self.model.version(case_id, code_id)
            )
        command.expected_version = version
        self._refused = None
        return self._change(command, self.tr("Edit cell summary"))

    def accept_draft(self, case_id: int, code_id: int) -> bool:
        """Make a cell's auto-drafted summary the researcher's as it stands (one undo step)."""
        command = commands.SetCell(
            case_id, code_id, accept=True, expected_version=self.model.version(case_id, code_id)
        )
        return self._change(command, self.tr("Accept draft summary"))

    def _save_summary(self, typed: TypedSummary) -> None:
        """Save a summary typed on the cell's version ``typed.base``; raise the project's
        refusal. On a cell someone else changed meanwhile, the cell shown asks which to keep;
        one left behind is not asked about (``CellConflictError``): it waits for its cell to be
        shown, where the conflict dialog settles it. One whose cell was deleted goes to the
        clipboard, and the view says so (it vanished without a word)."""
        try:
            if not self.evidence.autosave.retrying:
                if not self.set_summary(*typed.key, typed.text, typed.base) and self._refused:
                    raise self._refused
                return
            command = commands.SetCell(*typed.key, summary=typed.text, expected_version=typed.base)
            self._session.run(command, self.tr("Edit cell summary"))
        except NotFoundError:
            QGuiApplication.clipboard().setText(typed.text)
            self.status.setText(
                self.tr(
                    "A cell you typed a summary for was deleted in another window or "
                    "program; the summary is on the clipboard."
                )
            )
            raise  # nothing to save it to (the text stays typed in a cell still shown)

    def _server_back(self, error: FrameworkQDAError | None) -> None:
        """The server can be reached again (``error`` None): a summary its outage refused is
        saved once more as Save does (a colleague's change meanwhile opens the conflict
        dialog), and the line says so in place of "not changed" (it waited for another cell
        to be shown, the line saying it was not changed)."""
        if error is not None or not self.evidence.autosave.refused:
            return
        asked = self._asked
        if self.evidence.commit() and self._asked == asked:
            self._update_status()
            self.status.setText(
                self.tr("The server is back: the summary you typed was saved.")
                + " · "
                + self.status.text()
            )

    def save_typing(self) -> str | None:
        """What the window asks every view with typing of its own before an undo or closing:
        None once saved, else why it could not be."""
        self.apply_choices()
        return None if self.evidence.commit() else self.evidence.autosave.problem

    def apply_choices(self) -> None:
        """A value stepped to in the Value box, not confirmed yet, applied (the window asks
        every view before another is shown)."""
        self.evidence.apply_value()

    def set_value(self, case_id: int, code_id: int, value_id: int | None) -> bool:
        value = next((v for v in self.model.values if v.id == value_id), None)
        loaded = self.model.version(case_id, code_id)
        command = commands.SetCell(
            case_id,
            code_id,
            value=value.label if value is not None else None,
            clear_value=value is None,
            expected_version=loaded,
        )
        step = (
            self.tr("Set value “{value}”").format(value=value.label)
            if value is not None
            else self.tr("Clear value")  # it read 「値「値なし」を設定」
        )
        done = self._change(command, step)
        panel = self.evidence
        if done and panel.key == (case_id, code_id) and panel.base_version == loaded:
            panel.base_version = command.version  # text being typed: on top of this
        return done

    def _change(self, command: commands.SetCell, text: str) -> bool:
        """Run a cell edit; one the core refuses (the case or code gone meanwhile, a value no
        longer on the scale) is said in the status line and leaves no undo step; one made on a
        cell someone else changed meanwhile asks which to keep."""
        try:
            self._session.run(command, text)
        except CellConflictError:
            return self._resolve(command, text)
        except FrameworkQDAError as error:
            self._refused = error
            self.status.setText(
                self.tr("The cell was not changed: {error}").format(error=shown(error))
            )
            return False
        return True

    def _resolve(self, command: commands.SetCell, text: str) -> bool:
        """Theirs and mine side by side: keep theirs (shown now) or mine (edited: merged)."""
        case_id, code_id = command.case_id, command.code_id
        theirs = charting.cell_edit(self._session.project, case_id, code_id)
        mine_value = command.value if command.value is not None or command.clear_value else None
        if command.value is None and not command.clear_value:
            mine_value = theirs.value  # this edit left the value as it was
        case_name = self.model.cases[self.model.case_position(case_id)][1]
        self._asked += 1
        dialog = CellConflictDialog(
            f"{case_name} × {self._session.code_path(code_id)}",
            theirs,
            mine_value,
            command.summary if command.summary is not None else theirs.summary,
            self,
        )
        dialog.exec()
        if not dialog.keep_mine:
            self._cell_changed(case_id, code_id, force=True)
            self.status.setText(self.tr("Kept their version of the cell."))
            return False
        again = commands.SetCell(
            case_id,
            code_id,
            summary=dialog.mine_summary(),
            value=command.value,
            clear_value=command.clear_value,
            expected_version=theirs.version,
        )
        done = self._change(again, text)
        if done and self.evidence.key == (case_id, code_id):
            self._cell_changed(case_id, code_id, force=True)
        return done

    def set_value_for_selection(self, value_id: int | None) -> None:
        """Set one value on every selected cell: one undo step."""
        if not self.writable:  # a digit key: refused where the person acted, nothing asked
            self._session.write_refused.emit(read_only_text())
            return
        keys = self._selected_keys()
        if len(keys) == 1:
            self.set_value(*keys[0], value_id)
            return
        if not keys:
            return
        stack = self._session.undo_stack
        stack.beginMacro(self.tr("Set value on %n cell(s)", "", len(keys)))
        try:
            for case_id, code_id in keys:
                if not self.set_value(case_id, code_id, value_id):
                    break
        finally:
            stack.endMacro()

    def _value_key(self, number: int) -> None:
        if number == 0:
            self.set_value_for_selection(None)
        elif number <= len(self.model.values):
            self.set_value_for_selection(self.model.values[number - 1].id)

    def insert_auto_draft(self) -> None:
        key = self.current_key()
        if key is not None and self.writable:
            evidence = charting.evidence(self._session.project, *key)
            draft = charting.draft_summary(evidence, i18n.current())
            if draft:
                self.evidence.insert_text(draft)

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        """A change to a few named cells repaints just those; any other change reloads."""
        if changes == {Change.CELLS} and isinstance(cells, tuple):
            for case_id, code_id in cells:
                self._cell_changed(case_id, code_id)
        else:
            super()._changed(changes, cells)

    def _cell_changed(self, case_id: int, code_id: int, *, force: bool = False) -> None:
        state = charting.cell_state(self._session.project, case_id, code_id)
        own = chartings.of_cell(self._session.project, case_id, code_id)
        if len({row.value for row in own}) > 1:
            self.model.differing.add((case_id, code_id))
        else:
            self.model.differing.discard((case_id, code_id))
        self.model.update_cell(
            case_id, code_id, state.summary, state.value_id, state.version, state.draft
        )
        if self.evidence.key == (case_id, code_id):
            self.evidence.show_state(
                state.summary, state.value_id, state.version, force=force, draft=state.draft
            )
            self.evidence.show_chartings(own)
        self._update_status()  # the count of cells still needing a summary follows each edit

    # -- auto-draft every empty cell (background) -------------------------------------------
    def start_drafts(self) -> None:
        """Plan drafts off the GUI thread; ``drafts_done`` is set when written or cancelled."""
        if self._draft_job is not None or not self.writable:
            return
        self.evidence.commit()
        self.drafts_done.clear()
        self.draft_all_button.setEnabled(False)
        self.table.setEnabled(False)  # no edits while the drafts are planned
        self.evidence.setEnabled(False)
        self.draft_progress.setRange(0, 0)
        self.draft_progress.show()
        self.draft_cancel.show()
        self.draft_cancel.setEnabled(True)
        self.status.setText(self.tr("Drafting summaries from the evidence…"))
        project, language = self._session.project, i18n.current()

        def work(report: Report, cancel: Cancel) -> object:
            return charting.plan_drafts(
                project,
                progress=lambda done, total, _what: report((done, total)),
                cancel=cancel,
                language=language,
            )

        job = Job(self.tr("Drafting summaries"), project.location, work, self)
        job.progressed.connect(lambda step: self._drafts_progressed(*step))
        job.succeeded.connect(lambda drafts: self._drafts_finished(drafts, ""))
        job.failed.connect(
            lambda message, cancelled: self._drafts_finished(None, "" if cancelled else message)
        )
        job.set_status(self.tr("Drafting summaries"))
        self._draft_job = job
        job.start_work()

    def cancel_drafts(self) -> None:
        if self._draft_job is not None:
            self._draft_job.cancel()
            self.draft_cancel.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _drafts_progressed(self, done: int, total: int) -> None:
        self.draft_progress.setRange(0, max(total, 1))
        self.draft_progress.setValue(done)
        self.status.setText(
            self.tr("Drafting summaries: case {done} of {total}…").format(
                done=QLocale().toString(done), total=QLocale().toString(total)
            )
        )
        if self._draft_job is not None:
            self._draft_job.set_status(self.tr("Drafting summaries"), done, total)

    def _drafts_finished(self, drafts: list[charting.Draft] | None, error: str) -> None:
        self._draft_job = None
        self.draft_progress.hide()
        self.draft_cancel.hide()
        self.draft_all_button.setEnabled(self.writable)
        self.table.setEnabled(True)
        self.evidence.setEnabled(self.evidence.key is not None)
        written = 0
        if drafts:
            command = commands.DraftSummaries(drafts)
            try:
                self._session.run(command)
            except FrameworkQDAError as refused:  # e.g. the file made read-only meanwhile
                error = shown(refused)
            else:
                written = command.count
        self._update_status()
        if error:
            self.status.setText(
                self.tr("Could not draft the summaries: {error}").format(error=shown(error))
            )
        elif drafts is None:
            self.status.setText(self.tr("Auto-draft cancelled: nothing was written."))
        else:
            self.status.setText(
                self.tr(
                    "Auto-drafted %n empty summary(s), marked as drafts to review (one undo step)",
                    "",
                    written,
                )
                + " · "
                + self.status.text()
            )
        self.last_drafted = written
        self.drafts_done.set()

    def _context_menu(self, point: QPoint) -> None:
        menu = self.value_menu()
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(point))

    def value_menu(self) -> QMenu | None:
        """The cell's context menu: each value of the scale, clear, insert the auto-draft."""
        if self.current_key() is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("matrixCellMenu")
        for number, value in enumerate(self.model.values, 1):
            menu.addAction(
                f"{number}  {no_mnemonic(value.label)}",
                functools.partial(self.set_value_for_selection, value.id),
            )
        menu.addAction("0  " + self.tr("Clear value"), lambda: self.set_value_for_selection(None))
        menu.addSeparator()
        menu.addAction(self.tr("Insert auto-draft into summary"), self.insert_auto_draft)
        for action in menu.actions():  # shown greyed: what the cell could be, not offered
            action.setEnabled(self.writable)
        return menu


def _fit_minimum(box: QComboBox, texts: list[str]) -> None:
    """At least as wide as ``texts`` need (measured by a box like it holding just them): a
    toolbar short of room squeezed the Case filter to "By attribu"."""
    measure = QComboBox()
    measure.setFont(box.font())
    measure.addItems(texts)
    box.setMinimumWidth(measure.sizeHint().width())


def _shown_attributes(sheet: cases.CaseSheet) -> dict[int, list[tuple[str, str]]]:
    """Each case's attributes with a value, in the sheet's order, as the sheet shows them."""
    shown: dict[int, list[tuple[str, str]]] = {}
    for case in sheet.cases:
        for attribute in sheet.attributes:
            value = sheet.values.get((case.id, attribute.id))
            if value is not None:
                shown.setdefault(case.id, []).append((attribute.name, show_value(value)))
    return shown
