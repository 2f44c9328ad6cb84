"""The project-wide search panel: Japanese-aware hits with context, jump, "code all hits".

Matching is ``core.search.SearchIndex`` (1- and 2-character terms, full/half width,
compatibility forms), in all cases, one case, or the cases whose attributes meet a condition
("Cases where Population ≥ 1000000": ``gui.case_where``). The search runs on a thread of its
own (a :class:`~frameworkqda.gui.jobs.Job`, cancelled without asking on quit): the window
never freezes, even on "a" over a big project (142,792 hits froze it 1.8 s), and a term typed
further cancels the last one and drops its hits when they come. The table holds every hit, a
row's hit (its context cut) made when the table reads it (``core.search.SearchResult``).
Hits show as a concordance: text before, the match, text after. Double click opens the
passage; "Code all hits" codes every hit with the chosen code in one undo step (no code is
chosen until the researcher picks one: the button waits for it), widened to the chosen
unit: the sentence around each hit by default (a bare 日本 is no evidence), or the hit
itself, or its paragraph. The button waits for a search typed or running too: the hits
shown are then the term before's. A document deleted (added, its case changed) searches
the term again; hits of a document deleted elsewhere, not yet seen here, are skipped and
said.
"""

from __future__ import annotations

import re
import time
from typing import ClassVar

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import cases
from frameworkqda.core.commands import Change, CodeRanges
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.jobs import Cancel
from frameworkqda.core.search import SearchHit, SearchIndex, SearchResult
from frameworkqda.core.text.fold import compile_term
from frameworkqda.gui import bulk
from frameworkqda.gui.case_where import CaseWhere
from frameworkqda.gui.elided import TipWhenCut
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.jobs import Job, Report
from frameworkqda.gui.row_table import Index, RowTable
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.table_keys import enter_opens

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class HitModel(RowTable[SearchHit]):
    """The hits of a search, every one: a row's hit is made when the table reads it
    (``SearchResult``), so 142,792 hits cost what the rows on screen cost."""

    def __init__(self) -> None:
        super().__init__()
        self.rows = SearchResult()
        self._read: tuple[int, SearchHit] | None = None  # the row read last (its cells)
        self._bold = QFont()
        self._bold.setBold(True)
        self.headers = (
            self.tr("Document"),
            self.tr("Case"),
            self.tr("Before"),
            self.tr("Match"),
            self.tr("After"),
        )

    def rows_set(self) -> None:
        self._read = None

    def hit(self, row: int) -> SearchHit:
        if self._read is None or self._read[0] != row:
            self._read = (row, self.rows[row])
        return self._read[1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            hit = self.hit(index.row())
            value = (hit.document_name, hit.case_name or "", hit.before, hit.match, hit.after)[
                column
            ]
            return value.replace("\n", " ")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 3:
            return self._bold
        if role == HIT_ROLE:
            return self.hit(index.row())
        return None


class ConcordanceCells(TipWhenCut):
    """The hit's neighbours kept next to it: Before is cut at its start, After at its end
    (the whole table cut on the left hid the words right after the hit: "…趣旨　浜松市は")."""

    CUT_AT: ClassVar = {2: Qt.TextElideMode.ElideLeft}  # the other columns keep their start

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = self.CUT_AT.get(index.column(), Qt.TextElideMode.ElideRight)


class SearchPanel(QWidget):
    source_requested = Signal(int, int, int)  # document, start, end (code points)

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self._session = session
        self.index = SearchIndex(session.project)
        # documents or cases changed (counted) since the index was refreshed (for the count)
        self._changes, self._indexed = 0, -1
        self.last_seconds = 0.0
        self.model = HitModel()
        self.hits = SearchResult()  # every hit of the search shown
        self._term = ""  # the term they are hits of
        self._job: Job | None = None  # the search running
        self._coding: Job | None = None  # "Code all hits" coding
        self.last_coded: list[int] = []  # the segments the last "Code all hits" made
        self._generation = 0  # the last search asked for: an earlier one's hits are dropped

        self.term = QLineEdit()
        self.term.setPlaceholderText(self.tr("Search all documents (共生, 市民, multilingual…)"))
        self.term.setAccessibleName(self.tr("Search term"))
        self.term.setClearButtonEnabled(True)
        self.regex = QCheckBox(self.tr("Regular expression"))
        # "the" found "other", "there", "theme": NVivo's and MAXQDA's option
        self.whole_words = QCheckBox(self.tr("Whole words"))
        self.whole_words.setToolTip(
            self.tr(
                "Leave out hits inside longer words of English and other languages written "
                "with spaces (“the” in “other”). Japanese has no spaces: its hits stay."
            )
        )
        self.case_box = QComboBox()
        self.count = QLabel()
        # "Coded 6 sentences from 64 hits as “…”" wraps: unwrapped, it widened the panel past
        # the window and pushed Code all hits and Regular expression off its edge
        self.count.setWordWrap(True)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.start_search)
        self.term.textChanged.connect(self._typed)
        self.term.returnPressed.connect(self.start_search)
        self.regex.toggled.connect(self.start_search)
        self.whole_words.toggled.connect(self.start_search)
        self.case_box.currentIndexChanged.connect(self.start_search)
        # cases by attribute (Population ≥ 1000000), beside the case box's one case
        self.where = CaseWhere(session)
        self.where.changed.connect(self.start_search)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Search hits"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for column, width in enumerate((170, 110, 300, 90)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(ConcordanceCells(self.table))  # a cut cell: its whole text
        self.table.doubleClicked.connect(self._activated)
        enter_opens(self.table, self._activated)  # Enter opens the hit in its document

        self.code_box = QComboBox()
        # a long code path (MIPEX measures) must not widen the panel: the list shows it whole
        self.code_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.code_box.setMinimumContentsLength(24)
        self.code_box.setObjectName("hitsCode")
        self.code_box.setAccessibleName(self.tr("Code for the hits"))
        # no code until the researcher picks one: the first measure was chosen, and one click
        # coded every hit to a code nobody chose
        self.code_box.setPlaceholderText(self.tr("Choose a code…"))
        self.code_box.currentIndexChanged.connect(self._enable_coding)
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("codeUnit")
        for label, unit in (
            (self.tr("its sentence"), "sentence"),
            (self.tr("the hit only"), "hit"),
            (self.tr("its paragraph"), "paragraph"),
        ):
            self.unit_box.addItem(label, unit)
        self.unit_box.setToolTip(
            self.tr(
                "What each hit codes: its sentence (to 。！？ . ! ? or the line end), the matched "
                "characters only, or its whole paragraph. Hits in one sentence make one segment."
            )
        )
        self.code_button = QPushButton(self.tr("Code all hits"))
        self.code_button.setObjectName("codeAllHits")
        self.code_button.clicked.connect(lambda: self.start_coding())
        self.model.modelReset.connect(self._enable_coding)
        top = QHBoxLayout()
        top.addWidget(self.term, 3)
        top.addWidget(self.case_box, 1)
        top.addWidget(self.whole_words)
        top.addWidget(self.regex)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(QLabel(self.tr("Code:")))
        bottom.addWidget(self.code_box, 2)
        bottom.addWidget(QLabel(self.tr("Unit:")))
        bottom.addWidget(self.unit_box)
        bottom.addWidget(self.code_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        session.changed.connect(self._changed)
        self._fill_boxes()
        self._enable_coding()

    def focus_find(self) -> None:
        """Edit → Find (Ctrl+F) here: the search term field, its text selected to type over."""
        self.term.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.term.selectAll()

    def _typed(self) -> None:
        """A key typed in the term: the search waits for the pause in typing; meanwhile the
        hits shown are of the term before, so they cannot be coded (the button coded
        7,936 "interpreter" hits while "a" was being searched)."""
        self._timer.start()
        term = self.term.text()
        self.count.setText(self.tr("Searching for “{term}”…").format(term=term) if term else "")
        self._enable_coding()

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if changes & {Change.DOCUMENTS, Change.CASES}:
            self._changes += 1
            if self._term or self.searching():
                # a document deleted (or added, or its case changed): the hits shown are
                # searched again, not coded or opened in a document that is gone
                self.start_search()
        if changes & {Change.DOCUMENTS, Change.CASES, Change.CODEBOOK}:
            self._fill_boxes()
        if Change.CASES in changes:
            self.where.refill()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.term.setFocus()

    def _fill_boxes(self) -> None:
        code_choice, case_choice = self.code_box.currentData(), self.case_box.currentData()
        for box in (self.code_box, self.case_box):
            box.blockSignals(True)
            box.clear()
        for code in self._session.codes():
            if code.parent_id is not None:
                self.code_box.addItem(self._session.code_path(code.id), code.id)
        self.case_box.addItem(self.tr("All cases"), None)
        for case in cases.list_cases(self._session.project):
            self.case_box.addItem(case.name, case.id)
        found = self.code_box.findData(code_choice) if code_choice is not None else -1
        self.code_box.setCurrentIndex(found)  # none (-1) until one is chosen
        found = self.case_box.findData(case_choice) if case_choice is not None else -1
        self.case_box.setCurrentIndex(max(found, 0))
        for box in (self.code_box, self.case_box):
            box.blockSignals(False)
        self._enable_coding()

    def _enable_coding(self) -> None:
        """ "Code all hits" once there are hits and the researcher has chosen their code; not
        while a search is typed or running (the hits shown are then the term before's)."""
        chosen = self.code_box.currentData() is not None
        self.code_button.setEnabled(
            chosen and bool(self.hits) and not self.searching() and not self.coding_running()
        )
        self.code_button.setToolTip(
            "" if chosen else self.tr("Choose the code for the hits in the Code box first.")
        )

    def searching(self) -> bool:
        """A search typed (waiting for the pause in typing) or running has not shown its
        hits yet."""
        return self._job is not None or self._timer.isActive()

    def search(self, term: str) -> SearchResult:
        """Search for ``term`` and wait for every hit (scripts, screenshots); typing, Enter
        and the boxes search without waiting (``start_search``)."""
        self.term.blockSignals(True)
        self.term.setText(term)
        self.term.blockSignals(False)
        self.start_search()
        if self._job is not None:
            self._job.finish(cancel=False)
        return self.hits

    def start_search(self) -> None:
        """Search for the typed term on a thread of its own (the line edit waits 150 ms
        after typing; Enter searches at once). The search running is cancelled: its hits,
        if they still come, are dropped."""
        self._timer.stop()  # Enter searches at once: the search the typing scheduled is this one
        self._generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None
        term, regex = self.term.text(), self.regex.isChecked()
        whole_words = self.whole_words.isChecked()
        try:
            pattern = compile_term(term, regex=regex, whole_words=whole_words)
        except re.error as error:  # a bad regular expression while typing
            self._show(SearchResult(), term, 0.0)
            self.count.setText(
                self.tr("Not a valid expression: {error}").format(error=shown(error))
            )
            return
        if pattern is None or not term:
            self._show(SearchResult(), term, 0.0)
            return
        case = self.case_box.currentData()
        case_ids = self.where.case_ids()
        if case is not None:
            case_ids = {case} if case_ids is None else case_ids & {case}
        index, generation = self.index, self._generation
        version = self._changes
        stale = version != self._indexed  # a search still refreshing: this one waits for it

        def work(_report: Report, cancel: Cancel) -> object:  # on the job's thread: no Qt
            began = time.perf_counter()
            if stale:
                index.refresh()
            hits = index.find(
                term, regex=regex, whole_words=whole_words, case_ids=case_ids, cancel=cancel
            )
            return generation, hits, time.perf_counter() - began

        job = Job(self.tr("Searching"), term, work, self, ask=False)
        job.succeeded.connect(lambda found: self._found(term, version, found))
        job.failed.connect(
            lambda message, cancelled: self._not_found(generation, message, cancelled)
        )
        job.finished.connect(job.deleteLater)
        self._job = job
        self.count.setText(self.tr("Searching for “{term}”…").format(term=term))
        self._enable_coding()
        job.start_work()

    def _found(self, term: str, version: int, found: tuple[int, SearchResult, float]) -> None:
        generation, hits, seconds = found
        self._indexed = max(self._indexed, version)  # refreshed after the changes counted
        if generation != self._generation:
            return  # a later search was asked for: these hits are of an earlier term
        self._job = None
        self._show(hits, term, seconds)

    def _not_found(self, generation: int, message: str, cancelled: bool) -> None:
        if generation != self._generation:
            return
        self._job = None
        self._enable_coding()
        if cancelled:  # the project closed meanwhile
            return
        self._show(SearchResult(), self._term, 0.0)
        self.count.setText(self.tr("Could not search: {error}").format(error=message))

    def _show(self, hits: SearchResult, term: str, seconds: float) -> None:
        """The hits of a search, all of them in the table."""
        self.hits, self._term, self.last_seconds = hits, term, seconds
        self.model.set_rows(hits)
        self.count.setText(
            self.tr("{hits} in {documents} ({ms} ms)").format(
                hits=self.tr("%Ln hit(s)", "", len(hits)),
                documents=self.tr("%n document(s)", "", hits.documents),
                ms=QLocale().toString(round(seconds * 1000)),
            )
            if term
            else ""
        )

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.source_requested.emit(hit.document_id, hit.start, hit.end)

    def code_all_hits(self, code_id: int | None = None) -> list[int]:
        """Code every hit of the search shown and wait until it is done (scripts); the
        button codes them as a job (``start_coding``). Returns the new segment ids."""
        job = self.start_coding(code_id)
        if job is None:
            return []
        job.finish(cancel=False)
        return self.last_coded

    def start_coding(self, code_id: int | None = None) -> Job | None:
        """Code every hit of the search shown, in the table or not yet, widened to the chosen
        unit, with the chosen code (one undo step); nothing while a search is typed or running
        (the hits shown are the term before's). It runs as a job off the GUI thread with a
        progress dialog and Cancel (coding 8,604 hits froze the window 4.7 s); a cancel
        codes nothing."""
        code = code_id if code_id is not None else self.code_box.currentData()
        if code is None or not self.hits or self.searching() or self.coding_running():
            return None
        ranges = list(self.hits.ranges())
        unit = str(self.unit_box.currentData())
        try:
            job, command = bulk.code_ranges_job(self._session, int(code), ranges, unit, self)
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Code all hits"), shown(error))
            return None
        job.succeeded.connect(lambda _: self._coded(command, int(code), len(ranges), unit))
        job.failed.connect(self._not_coded)
        self._coding = job
        self.last_coded = []
        self._enable_coding()
        self.count.setText(self.tr("Coding %Ln hit(s)…", "", len(ranges)))
        job.start_work()
        return job

    def coding_running(self) -> bool:
        """ "Code all hits" is coding (its job has not ended)."""
        return self._coding is not None

    def _coded(self, done: CodeRanges, code: int, hits: int, unit: str) -> None:
        self._coding = None
        self._enable_coding()
        created = [record.id for record in done.created or []]
        self.last_coded = created
        coded = {
            "sentence": self.tr("Coded %Ln sentence(s)", "", len(created)),
            "hit": self.tr("Coded %Ln hit(s)", "", len(created)),
            "paragraph": self.tr("Coded %Ln paragraph(s)", "", len(created)),
        }[unit]
        said = self.tr("{coded} from %Ln hit(s) as “{code}”", "", hits - done.skipped)
        said = said.format(coded=coded, code=self._session.code_path(code))
        said += self._already_coded(done, unit)
        if done.skipped:  # their document was deleted since the search (by someone else)
            said += self.tr("; %Ln hit(s) not coded: their document was deleted", "", done.skipped)
        self.count.setText(said)

    def _already_coded(self, done: CodeRanges, unit: str) -> str:
        """``; 3 hits already coded (1 passage extended to cover their sentences)``: hits in
        text this coder had coded with the code make no second passage (NVivo unions a node's
        coverage); a passage they overlap is extended over their unit instead."""
        if not done.already:
            return ""
        said = self.tr("; %Ln hit(s) already coded", "", done.already)
        if done.extended:  # the space is the translation's: a Japanese bracket takes none
            passages = len(done.extended)
            said += {
                "sentence": self.tr(
                    " (%Ln passage(s) extended to cover their sentences)", "", passages
                ),
                "hit": self.tr(" (%Ln passage(s) extended to cover the hits)", "", passages),
                "paragraph": self.tr(
                    " (%Ln passage(s) extended to cover their paragraphs)", "", passages
                ),
            }[unit]
        return said

    def _not_coded(self, message: str, cancelled: bool) -> None:
        self._coding = None
        self._enable_coding()
        if cancelled:
            self.count.setText(self.tr("Coding cancelled: nothing was coded."))
            return
        self.count.setText("")
        QMessageBox.warning(self, self.tr("Code all hits"), message)
