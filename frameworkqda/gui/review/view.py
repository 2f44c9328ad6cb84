"""The review view: every coded segment in one sortable, filterable table.

Filter by text (Japanese-aware), code (a theme includes its measures), case, cases by
attribute ("Cases where Population ≥ 1000000": ``gui.case_where``) and coder (a code
double-clicked in the codebook pane opens here filtered to it: ``show_code``); recode or
delete the selected segments in one undo step; the passage's Text column takes the room the
narrow columns leave (``_fit_columns``); double-click (or "Go to source") opens the
passage in the document view; export what the filter shows to CSV or XLSX, as the table
``frameworkqda segments`` writes (``core.segment_table``: the columns ``code --from`` reads
back, the case beside the document).
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStatusBar,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import cases, review, segment_table, workspace
from frameworkqda.core.coders import coder_names
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.jobs import Cancel
from frameworkqda.core.messages import utc_minute
from frameworkqda.gui import bulk, file_dialogs
from frameworkqda.gui.case_where import CaseWhere
from frameworkqda.gui.coders import CoderFilterBox
from frameworkqda.gui.elided import TipWhenCut
from frameworkqda.gui.flow_layout import FlowLayout
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.jobs import Job, JobProgress, Report
from frameworkqda.gui.project_view import ProjectView
from frameworkqda.gui.review.model import PAGE, ROW_ROLE, TEXT, UPDATED, ReviewFilter, ReviewModel
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.table_keys import enter_opens

CODE, CASE, DOCUMENT, NOTE, TRANSLATION, CODER = 0, 1, 2, 5, 6, 7
# what the columns beside the passage want, in average characters (a code path is what a
# reviewer scans: the widest of them); the passage's Text column is given the rest
NARROW = {CODE: 30, CASE: 11, DOCUMENT: 18, PAGE: 3, NOTE: 13, TRANSLATION: 13, CODER: 8}
TEXT_SHARE = 0.35  # the Text column's least share of the table's width while refitted


class _MiddleElided(TipWhenCut):
    """Elides in the middle: "Education / Inform…e languages", "kawasaki-…view.txt"."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class _MeasureKept(_MiddleElided):
    """A code path too long for its column shows its measure, "Information in multiple
    languages", cut at its end if need be ("Information in mu…"); the swatch's colour says the
    theme. Cut in the middle, the path read "Edu…ges" at 1366 × 768, neither the theme nor
    the measure; the whole path is the cell's tooltip (``TipWhenCut``)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        view = option.widget
        text = option.text
        if view is None or PATH_SEPARATOR not in text or option.rect.isEmpty():
            return
        style = view.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width()
        room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1)
        if option.fontMetrics.horizontalAdvance(text) > room:
            option.text = text.rsplit(PATH_SEPARATOR, 1)[1]  # the theme: its colour
            option.textElideMode = Qt.TextElideMode.ElideRight


PATH_SEPARATOR = " / "  # between a theme and its measure in the Code column
_ANY = object()
TYPING_PAUSE_MS = 200  # the filter waits this long after the last key
_NO_CASE = object()


class ReviewView(ProjectView):
    RELOAD_ON = frozenset((Change.SEGMENTS, Change.CODEBOOK, Change.DOCUMENTS, Change.CASES))
    source_requested = Signal(int, int, int)  # document, start, end (code points)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("reviewView")
        self.model = ReviewModel()
        self._changes: set[Change] | None = None  # told since the last reload; None: all
        # the passages told changed since the last reload, when every change named them
        self._told: frozenset[int] | None = None
        # the segments last recoded or deleted here: selected again when they come back
        # (an undo of "Delete 3 segments"), wherever the sort puts them
        self._acted: set[int] = set()
        self._export_job: Job | None = None  # Export shown… writing
        self.last_export: str | None = None  # the file it last wrote
        self.proxy = ReviewFilter()
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter text, note, translation, code, document…"))
        self.filter.setAccessibleName(self.tr("Filter coded passages"))
        self.filter.setClearButtonEnabled(True)
        # the text filter waits for a pause in typing (each pass folds every row's text);
        # Enter filters at once
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._filter_changed)
        self.filter.textChanged.connect(lambda: self._typing.start())
        self.filter.returnPressed.connect(self._filter_changed)
        self.code_box = QComboBox()
        self.code_box.currentIndexChanged.connect(self._filter_changed)
        self.case_box = QComboBox()
        self.case_box.currentIndexChanged.connect(self._filter_changed)
        self.coder_box = CoderFilterBox()
        self.coder_box.currentIndexChanged.connect(self._filter_changed)
        # cases by attribute (Population ≥ 1000000), beside the case box's one case
        self.where = CaseWhere(session)
        self.where.changed.connect(self._filter_changed)
        self.count = QLabel()

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Coded passages"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        # the Updated column as wide as a time in UTC as the app gives times, or its title
        sample = self.table.fontMetrics().horizontalAdvance(utc_minute(datetime(2026, 12, 31)))
        title = header.fontMetrics().horizontalAdvance(str(self.model.headers[UPDATED]))
        header.resizeSection(UPDATED, max(sample, title) + 16)
        # a long code path or file name keeps its end (the measure, the suffix) in sight
        self.table.setItemDelegate(TipWhenCut(self.table))  # a cut cell: its whole text
        self.table.setItemDelegateForColumn(CODE, _MeasureKept(self.table))
        self.table.setItemDelegateForColumn(DOCUMENT, _MiddleElided(self.table))
        self._fitting = False
        self._sized_by_hand = False  # a column the researcher sized stays as they left it
        header.sectionResized.connect(self._section_resized)
        header.installEventFilter(self)  # refitted as the table's width changes
        self._fit_columns(header.width())
        self.table.doubleClicked.connect(self._activated)
        enter_opens(self.table, self._activated)  # Enter opens the passage in its document

        top = QHBoxLayout()
        top.addWidget(self.filter, 3)
        top.addWidget(self.code_box, 2)
        top.addWidget(self.case_box, 1)
        top.addWidget(self.coder_box, 1)
        top.addWidget(self.count)
        # the buttons wrap onto a second line when the view is narrow (in Japanese at 1280 × 720
        # and 150 % the row was wider than the work area: Export shown… scrolled off it)
        buttons = FlowLayout()
        for name, text, slot in (
            ("goToSource", self.tr("Go to source"), self.go_to_source),
            ("recodeSelected", self.tr("Recode selected…"), lambda: self.recode_selected()),
            ("deleteSelected", self.tr("Delete selected"), self.delete_selected),
            ("exportShown", self.tr("Export shown…"), lambda: self.start_export()),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            if name in ("recodeSelected", "deleteSelected"):  # greyed on a read-only project
                button.setEnabled(not session.project.read_only)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- column widths ---------------------------------------------------------------------

    def focus_find(self) -> None:
        """Edit → Find (Ctrl+F) here: the filter field, its text selected to type over."""
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.horizontalHeader():
            assert isinstance(event, QResizeEvent)
            self._fit_columns(event.size().width())
        return super().eventFilter(watched, event)

    def _section_resized(self, column: int, old: int, new: int) -> None:
        # a column hidden or shown again (Note, Translation) is resized from or to 0, later
        # than the fitting that did it: never by the researcher's hand
        if not self._fitting and column != TEXT and old and new:
            self._sized_by_hand = True

    def _fit_columns(self, width: int) -> None:
        """The columns beside the passage as wide as they want (``NARROW``, in characters),
        together never more than ``1 - TEXT_SHARE`` of the table, the passage's Text column
        taking the rest: short of room, Note, Translation and Coder give way first (to their
        header's width), then Code and Document alike; a case's name stays whole. Note and
        Translation are hidden while no passage has one. (Fixed
        widths gave the code 300 px and the passage 150 px at 1500×900, cut after a few
        words.)"""
        header = self.table.horizontalHeader()
        rows = self.model.rows  # all of them: a filter typed does not make the columns jump
        # Note and Translation with nothing in them are left out: empty, at their title's
        # width, they took 120 px at 1280 × 720 while the code read "Inform…"; the first note
        # or translation typed (reloaded here) brings its column back
        empty = {
            column
            for column, field in ((NOTE, "note"), (TRANSLATION, "translation"))
            if not any(getattr(row, field) for row in rows)
        }
        self._fitting = True
        try:
            for column in (NOTE, TRANSLATION):
                header.setSectionHidden(column, column in empty)
        finally:
            self._fitting = False
        if self._sized_by_hand or width <= 0:
            return
        char = self.table.fontMetrics().averageCharWidth()
        titles = header.fontMetrics()
        floor = {
            column: titles.horizontalAdvance(str(self.model.headers[column])) + 14
            for column in NARROW
        }
        for column, least in ((CODE, 14), (CASE, 7), (DOCUMENT, 11)):  # still telling
            floor[column] = max(floor[column], least * char)
        wanted = {c: max(floor[c], chars * char + 16) for c, chars in NARROW.items()}
        for column in empty:  # hidden: no room
            floor[column] = wanted[column] = 0
        # the Document column as wide as the documents' names (up to 32 characters)
        cells = self.table.fontMetrics()
        names = {row.document for row in rows}
        longest = max((cells.horizontalAdvance(name) for name in names), default=0)
        wanted[DOCUMENT] = max(wanted[DOCUMENT], min(longest + 24, 32 * char))
        # and the Code column as wide as its paths (a Japanese character is twice the
        # average), up to a fifth of the table (a quarter took all the room Note and
        # Translation left when hidden, the passage no wider at 1500 px)
        paths = {row.code for row in rows}
        widest = max((cells.horizontalAdvance(path) for path in paths), default=0)
        wanted[CODE] = max(wanted[CODE], min(widest + 40, width // 5))
        floor[DOCUMENT] = max(floor[DOCUMENT], min(longest + 24, 20 * char))
        # a case's name whole too (up to 20 characters): cases are few and short, and
        # shrunk with the others "Hamamatsu" read "Hamam…"
        widest_case = max((cells.horizontalAdvance(c) for c in {r.case for r in rows}), default=0)
        floor[CASE] = wanted[CASE] = max(floor[CASE], min(widest_case + 24, 20 * char))
        room = int(width * (1 - TEXT_SHARE)) - header.sectionSize(UPDATED)
        excess = sum(wanted.values()) - room
        for column in (NOTE, TRANSLATION, CODER):
            given = min(max(excess, 0), wanted[column] - floor[column])
            wanted[column] -= given
            excess -= given
        spare = {c: wanted[c] - floor[c] for c in (CODE, CASE, DOCUMENT)}
        if excess > 0 and sum(spare.values()) > 0:
            share = min(1.0, excess / sum(spare.values()))
            for column, extra in spare.items():
                wanted[column] -= int(extra * share)
        # still short (a narrow work area: 1280 × 720 at 150 %, the passage read five
        # characters beside a whole case and document name): the columns before Text give
        # way, down to their titles, as far as the passage needs for its share; those after
        # it scroll into view
        least_text = int(width * TEXT_SHARE)
        before = sum(wanted[c] for c in (CODE, CASE, DOCUMENT, PAGE))
        short = before - (width - least_text)
        titled = {c: titles.horizontalAdvance(str(self.model.headers[c])) + 14 for c in spare}
        spare = {c: max(wanted[c] - titled[c], 0) for c in spare}
        if short > 0 and sum(spare.values()) > 0:
            share = min(1.0, short / sum(spare.values()))
            for column, extra in spare.items():
                wanted[column] -= min(extra, math.ceil(extra * share))
        # the passage never less than its share: the columns after it scroll into view
        # rather than Text shrinking to a few characters (it stretches again with room)
        left = width - sum(wanted.values()) - header.sectionSize(UPDATED)
        self._fitting = True
        try:
            for column, size in wanted.items():
                if column not in empty:
                    header.resizeSection(column, size)
            if left < least_text:
                header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Interactive)
                before = sum(wanted[c] for c in (CODE, CASE, DOCUMENT, PAGE))
                header.resizeSection(TEXT, max(least_text, width - before))
            else:
                header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        finally:
            self._fitting = False

    # -- loading ---------------------------------------------------------------------------
    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if changes & self.RELOAD_ON and self._changes is not None:
            self._changes |= changes & self.RELOAD_ON
        if changes & self.RELOAD_ON:  # the passages changed, when the change names them
            told = self._session.told_segments
            self._told = None if told is None or self._told is None else self._told | told
        super()._changed(changes, cells)

    def reload(self) -> None:
        """Read every segment from the core; keep filters, sorting and scroll position.

        After coding, undo or a recode (segments alone changed) only the rows that differ
        change in the table (``ReviewModel.update_rows``), the filters stay applied as they
        are and the case boxes are not read again: an undo with Review shown took 275 ms
        here on a 2,000-passage project, the table reset, filtered and sorted whole."""
        self._dirty = False
        segments_only = self._changes == {Change.SEGMENTS}
        told = self._told if segments_only and self.model.rows else None
        self._changes, self._told = set(), frozenset()
        session = self._session
        codes = session.codes()
        scroll = self.table.verticalScrollBar().value()
        colours = {c.id: c.colour for c in codes}
        chosen, current = self._selection_ids()
        had = {row.id for row in self.model.rows}
        if told is not None:  # the passages a recode, a coding or its undo changed: those
            rows = review.segment_rows(session.project, segment_ids=told)
            self.model.update_some(told, rows, colours)
        else:
            rows = review.segment_rows(session.project)
            if segments_only:
                self.model.update_rows(rows, colours)
            else:
                self.model.set_rows(rows, colours)
        choices = (self.code_box.currentData(), self.case_box.currentData())
        self._fill_boxes(codes)  # the codes' counts
        if not segments_only:
            self.where.refill()
        self.coder_box.set_names(coder_names(session.project))
        if segments_only and choices == (self.code_box.currentData(), self.case_box.currentData()):
            self._say_count()  # the filters as they were: the proxy filtered the new rows
        else:
            self._filter_changed()
        self._fit_columns(self.table.horizontalHeader().width())  # to the rows now there
        if not segments_only:
            self.table.verticalScrollBar().setValue(scroll)
        back = ({row.id for row in rows} & self._acted) - had  # an undone deletion's
        if back:  # the rows it brings back, selected instead
            chosen, current = back, min(back, key=[row.id for row in self.model.rows].index)
        self._select_ids(chosen, current)

    def _selection_ids(self) -> tuple[set[int], int | None]:
        """The segments selected and the current one, by id."""
        current = self.table.currentIndex().data(ROW_ROLE)
        return (
            {row.id for row in self.selected_rows()},
            current.id if isinstance(current, review.ReviewRow) else None,
        )

    def _select_ids(self, ids: set[int], current: int | None) -> None:
        """Select the rows of these segments (those the filters show) and make ``current``
        the current row, as they were before a change moved or reinserted them."""
        if not ids and current is None:
            return
        if (ids, current) == self._selection_ids():
            return
        where = {row.id: n for n, row in enumerate(self.model.rows)}
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for segment in ids:
            if segment in where:
                index = self.proxy.mapFromSource(self.model.index(where[segment], 0))
                if index.isValid():
                    selection.select(index, index.siblingAtColumn(last))
        flags = QItemSelectionModel.SelectionFlag
        model = self.table.selectionModel()
        if current in where:
            index = self.proxy.mapFromSource(self.model.index(where[current], 0))
            if index.isValid():
                model.setCurrentIndex(index, flags.NoUpdate)
                self.table.scrollTo(index)
        model.select(selection, flags.ClearAndSelect | flags.Rows)

    def _fill_boxes(self, codes: list[workspace.CodeRow]) -> None:
        code_choice = self.code_box.currentData()
        case_choice = self.case_box.currentData()
        for box in (self.code_box, self.case_box):
            box.blockSignals(True)
            box.clear()
        self.code_box.addItem(self.tr("All codes"), _ANY)
        names = Counter(code.name for code in codes)
        for code in codes:
            indent = "    " if code.parent_id is not None else ""
            # a name two codes share is shown with its theme: which one is chosen
            name = self._session.code_path(code.id) if names[code.name] > 1 else code.name
            label = self.tr("{name} ({count})").format(name=name, count=code.segments)
            self.code_box.addItem(f"{indent}{label}", code.id)
        self.case_box.addItem(self.tr("All cases"), _ANY)
        for case in cases.list_cases(self._session.project):
            self.case_box.addItem(case.name, case.id)
        self.case_box.addItem(self.tr("(no case)"), _NO_CASE)
        for box, choice in ((self.code_box, code_choice), (self.case_box, case_choice)):
            found = box.findData(choice) if choice is not None else -1
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)

    def _filter_changed(self, *_: object) -> None:
        self._typing.stop()
        code = self.code_box.currentData()
        codes = None if code is None or code is _ANY else self._with_descendants(int(code))
        case = self.case_box.currentData()
        chosen: int | bool | None = False
        if case is _NO_CASE:
            chosen = None
        elif case is not None and case is not _ANY:
            chosen = int(case)
        self.proxy.set_filters(
            self.filter.text(), codes, chosen, self.coder_box.chosen(), self.where.case_ids()
        )
        self._say_count()

    def _say_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of %Ln segment(s)", "", self.model.rowCount()).format(
                shown=QLocale().toString(self.proxy.rowCount())
            )
        )

    def show_code(self, code_id: int) -> None:
        """Every passage coded at ``code_id`` (a theme: its measures' too), as NVivo's "Open
        node": the code chosen in the code filter, the text, case and coder filters cleared."""
        if self._dirty:
            self.reload()
        found = self.code_box.findData(code_id)
        if found < 0:
            return
        for box in (self.filter, self.code_box, self.case_box, self.coder_box, self.where):
            box.blockSignals(True)
        self.filter.clear()
        self.code_box.setCurrentIndex(found)
        self.case_box.setCurrentIndex(0)
        self.coder_box.setCurrentIndex(0)
        self.where.set_condition(None)
        for box in (self.filter, self.code_box, self.case_box, self.coder_box, self.where):
            box.blockSignals(False)
        self._filter_changed()

    def _with_descendants(self, code_id: int) -> set[int]:
        wanted = {code_id}
        for code in self._session.codes():  # tree order: parents come first
            if code.parent_id in wanted:
                wanted.add(code.id)
        return wanted

    # -- selection and actions -------------------------------------------------------------
    def selected_rows(self) -> list[review.ReviewRow]:
        indexes = self.table.selectionModel().selectedRows()
        return [index.data(ROW_ROLE) for index in sorted(indexes, key=lambda i: i.row())]

    def select_all_shown(self) -> None:
        self.table.selectAll()

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, review.ReviewRow):
            self.source_requested.emit(row.document_id, row.start, row.end)

    def go_to_source(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.source_requested.emit(rows[0].document_id, rows[0].start, rows[0].end)

    def recode_selected(self, code_id: int | None = None) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        if code_id is None:
            codes = self._session.codes()
            paths = [self._session.code_path(c.id) for c in codes]
            choice, ok = QInputDialog.getItem(
                self,
                self.tr("Recode"),
                self.tr("New code for %n segment(s):", "", len(rows)),
                paths,
                0,
                False,
            )
            if not ok:
                return
            code_id = codes[paths.index(choice)].id
        self._acted = {r.id for r in rows}
        try:
            bulk.recode(self._session, [r.id for r in rows], code_id)
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Recode"), shown(error))

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self._acted = {r.id for r in rows}
            try:
                bulk.delete(self._session, [r.id for r in rows])
            except FrameworkQDAError as error:  # it was raised, uncaught
                QMessageBox.warning(self, self.tr("Delete selected"), shown(error))

    def export_shown(self, path: str | None = None) -> str | None:
        """Write the rows the filter shows (in the table's order) to CSV or XLSX and wait
        until written (scripts); the button writes as a job (``start_export``). Returns the
        file written, None when not."""
        job = self.start_export(path)
        if job is None:
            return None
        job.finish(cancel=False)
        return self.last_export

    def start_export(self, path: str | None = None) -> Job | None:
        """Write the rows the filter shows (in the table's order) to CSV or XLSX, asking for
        the file when ``path`` is None, as a job off the GUI thread with a progress dialog and
        Cancel (18,733 rows to XLSX froze the window 6.5 s); a cancel leaves the file as it
        was. ``export_done`` is set when it has ended."""
        if self.export_running():
            return None
        if path is None:
            chosen = file_dialogs.save_file(
                self,
                self.tr("Export segments"),
                "segments.xlsx",
                self.tr("Excel") + " (*.xlsx);;" + self.tr("CSV") + " (*.csv)",
            )
            if chosen is None:
                return None
            path = str(chosen[0])
        rows = self.proxy.visible_rows()
        target, project = path, self._session.project

        def work(report: Report, cancel: Cancel) -> object:  # on the job's thread: no Qt
            table = segment_table.table_rows(project, rows)  # the texts whole, as `segments`
            return segment_table.write_table(
                table, target, None, lambda done, total, _what: report((done, total)), cancel
            )

        title = self.tr("Export segments")
        job = Job(title, target, work, self)
        job.succeeded.connect(lambda written: self._exported(str(written), ""))
        job.failed.connect(lambda message, cancelled: self._exported("", message, cancelled))
        job.finished.connect(job.deleteLater)
        JobProgress(
            job,
            self.tr("Writing %Ln segment(s) to {name}…", "", len(rows)).format(
                name=Path(target).name
            ),
            self,
        )
        job.set_status(self.tr("Exporting {name}").format(name=Path(target).name))
        self._export_job, self.last_export = job, None
        job.start_work()
        return job

    def export_running(self) -> bool:
        """Export shown… is writing (its job has not ended)."""
        return self._export_job is not None

    def _exported(self, written: str, error: str, cancelled: bool = False) -> None:
        self._export_job = None
        self.last_export = written or None
        bar = _status_bar(self)
        if cancelled:
            if bar is not None:
                bar.showMessage(self.tr("Export cancelled: no file was written."), 8000)
        elif error:
            QMessageBox.warning(self, self.tr("Export segments"), shown(error))
        elif bar is not None:
            bar.showMessage(self.tr("Wrote {path}").format(path=written), 8000)


def _status_bar(widget: QWidget) -> QStatusBar | None:
    window = widget.window()
    return window.statusBar() if isinstance(window, QMainWindow) else None
