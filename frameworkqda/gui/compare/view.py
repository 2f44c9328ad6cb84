"""The Compare coders view: how far two coders agree, and where they do not.

Choose coder A and coder B: the table lists core/agreement.py's figures per code and document
(κ and agreement on a red-to-green scale, pooled rows in bold). Click a document row: the
document opens below with A's passages of that code in blue and B's in orange — highlighted in
the text and as two stripes side by side in the margin — and F8 / Shift+F8 (or the buttons) walk
from one disagreement (a range only one of them coded) to the next. The "Chart cells" tab
compares the two coders' values of the matrix's cells (:mod:`.cells`); clicking a disagreeing
cell opens it in the framework matrix (``cell_requested``). "Export…" writes the shown tab's
table as CSV, XLSX or DOCX, as ``frameworkqda agreement [--cells]`` does, in the language
chosen in its dialog (:mod:`.export`; the project's at first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.agreement import ALL_DOCUMENTS, AgreementRow, coding_agreement
from frameworkqda.core.codebook import split_path
from frameworkqda.core.coders import ONLY_A, Disagreement, coder_names, side_by_side
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.gui import file_dialogs
from frameworkqda.gui.compare.cells import CellsPanel
from frameworkqda.gui.compare.export import AgreementExportDialog
from frameworkqda.gui.compare.model import ROW_ROLE, AgreementModel
from frameworkqda.gui.document.marks import Mark
from frameworkqda.gui.document.text_view import TextView
from frameworkqda.gui.export_language import first_language
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.project_view import ProjectView
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.table_keys import tab_leaves

A_COLOUR, B_COLOUR = "#1e88e5", "#fb8c00"
A_LANE, B_LANE = 0, 1  # Mark.code_id of each coder's passages: their stripe's lane


class CompareView(ProjectView):
    RELOAD_ON = frozenset(
        (Change.SEGMENTS, Change.CODEBOOK, Change.DOCUMENTS, Change.CODER, Change.CELLS)
    )
    cell_requested = Signal(int, int)  # case, code: open this cell in the matrix

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("compareView")
        self.rows: list[AgreementRow] = []
        self.disagreements: list[Disagreement] = []
        self.current: int | None = None  # index into disagreements
        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        for box in (self.coder_a, self.coder_b):
            box.setMinimumContentsLength(12)
            box.currentIndexChanged.connect(self._coders_changed)
        export = QPushButton(self.tr("Export…"))
        export.setObjectName("compareExport")
        export.clicked.connect(self.open_export_dialog)
        self.export_button = export  # enabled while the tab shown has something to write
        self.export_dialog: AgreementExportDialog | None = None  # the last Export… opened
        self.status = QLabel()
        # the one-coder advice, unwrapped, widened the view off screen
        self.status.setWordWrap(True)

        self.model = AgreementModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Agreement by code and document"))
        tab_leaves(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((300, 200, 80, 100, 90, 90, 90, 90)):
            header.resizeSection(column, width)
        self.table.clicked.connect(self._row_clicked)

        self.heading = QLabel(self._click_a_row())
        self.heading.setWordWrap(True)
        self.previous_button = QPushButton(self.tr("◀ Previous disagreement"))
        self.previous_button.setToolTip("Shift+F8")
        self.previous_button.clicked.connect(self.previous_disagreement)
        self.next_button = QPushButton(self.tr("Next disagreement ▶"))
        self.next_button.setToolTip("F8")
        self.next_button.clicked.connect(self.next_disagreement)
        self.position = QLabel()
        self.text_view = TextView()
        self.text_view.setAccessibleName(self.tr("Disagreement in its document"))
        for keys, slot in (
            ("F8", self.next_disagreement),
            ("Shift+F8", self.previous_disagreement),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        top = QHBoxLayout()
        top.addWidget(_swatch(A_COLOUR))
        top.addWidget(QLabel(self.tr("Coder A:")))
        top.addWidget(self.coder_a)
        top.addWidget(_swatch(B_COLOUR))
        top.addWidget(QLabel(self.tr("Coder B:")))
        top.addWidget(self.coder_b)
        top.addWidget(export)
        top.addWidget(self.status, 1)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        steps.addWidget(self.position, 1)
        document = QWidget()
        document_layout = QVBoxLayout(document)
        document_layout.setContentsMargins(0, 0, 0, 0)
        document_layout.addWidget(self.heading)
        document_layout.addLayout(steps)
        document_layout.addWidget(self.text_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(document)
        splitter.setSizes([380, 420])
        self.cells = CellsPanel()
        self.cells.cell_requested.connect(self.cell_requested)
        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Coding"))
        self.tabs.addTab(self.cells, self.tr("Chart cells"))
        self.tabs.currentChanged.connect(lambda _index: self._enable_export())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._show_steps()

    def _click_a_row(self) -> str:
        return self.tr("Click a document row to see both coders' passages.")

    # -- coders and rows ---------------------------------------------------------------------
    def reload(self) -> None:
        self._dirty = False
        names = coder_names(self._session.project, coded=True)
        current = self._session.project.coder_name
        # first time: A is the current coder (or the first), B the first other coder
        chosen_a = self.coder_a.currentText() or (
            current if current in names else next(iter(names), "")
        )
        chosen_b = self.coder_b.currentText() or next((n for n in names if n != chosen_a), "")
        for box, chosen in ((self.coder_a, chosen_a), (self.coder_b, chosen_b)):
            box.blockSignals(True)
            box.clear()
            box.addItems(names)
            box.setCurrentIndex(max(0, box.findText(chosen)))
            box.blockSignals(False)
        self._load_rows()

    def choose_coders(self, a: str, b: str) -> None:
        self.coder_a.setCurrentText(a)
        self.coder_b.setCurrentText(b)

    def _coders_changed(self, _index: int) -> None:
        self._load_rows()

    def names(self) -> tuple[str, str]:
        return self.coder_a.currentText(), self.coder_b.currentText()

    def _load_rows(self) -> None:
        a, b = self.names()
        self.rows = []
        self.cells.clear()
        if self.coder_a.count() < 2:
            self.status.setText(self._one_coder(a))
        elif a == b:
            self.status.setText(self.tr("Choose two different coders."))
        else:
            try:
                self.rows = coding_agreement(self._session.project, a, b)
                self.cells.load(self._session.project, a, b)
            except FrameworkQDAError as error:
                self.status.setText(shown(error))
            else:
                documents = sum(row.document != ALL_DOCUMENTS for row in self.rows)
                self.status.setText(
                    self.tr(
                        "%n code and document pair(s) compared; κ and agreement: red low, "
                        "green high",
                        "",
                        documents,
                    )
                )
        self.model.set_rows(self.rows)
        self._open(None)
        self._enable_export()

    def _one_coder(self, name: str) -> str:
        """Why there is nothing to compare, and how a second coder's work comes in: both boxes
        showed the one coder, and "Choose two different coders." offered no other."""
        if not name:
            return self.tr("No one has coded in this project yet: nothing to compare.")
        return self.tr(
            "Only {name} has coded in this project: nothing to compare. To compare with a "
            "colleague, bring their copy of the project in with File → Merge project…"
        ).format(name=name)

    def _enable_export(self) -> None:
        """Export… only when the tab shown has a table to write (it wrote nothing, silently)."""
        if self.tabs.currentWidget() is self.cells:
            self.export_button.setEnabled(self.cells.comparison is not None)
        else:
            self.export_button.setEnabled(bool(self.rows))

    # -- one code in one document ------------------------------------------------------------
    def _row_clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        self._open(row if isinstance(row, AgreementRow) else None)

    def _open(self, row: AgreementRow | None) -> None:
        self.disagreements, self.current = [], None
        if row is None or row.document == ALL_DOCUMENTS:
            self.text_view.set_document(None, "")
            self.text_view.set_marks([])
            self.heading.setText(
                self.tr(
                    "A pooled row adds up the documents above it: click a document row to see "
                    "both coders' passages."
                )
                if row is not None
                else self._click_a_row()
            )
            self._show_steps()
            return
        a, b = self.names()
        pair = side_by_side(self._session.project, row.code, row.document, a, b)
        coded_by = self.tr("{coder}: {code}")  # 「花子：教育」 in Japanese
        marks = [
            Mark(-number, start, end, lane, colour, coded_by.format(coder=name, code=row.code))
            for lane, colour, name, spans in (
                (A_LANE, A_COLOUR, a, pair.a),
                (B_LANE, B_COLOUR, b, pair.b),
            )
            for number, (start, end) in enumerate(spans, 1 + lane * 100000)
        ]
        self.text_view.set_document(pair.document_id, pair.text)
        self.text_view.set_marks(marks, {A_LANE: 0, B_LANE: 1})
        self.disagreements = pair.disagreements
        code = " / ".join(split_path(row.code))
        self.heading.setText(
            self.tr(
                "{code} in {document}: left stripe and blue {a} (A), right stripe and "
                "orange {b} (B); where both coded the colours mix."
            ).format(code=code, document=row.document, a=a, b=b)
        )
        self._show_steps()

    def open_first_disagreement(self) -> None:
        """Open the first document row where the coders disagree, at its first disagreement;
        rows where both coded something come first (their stripes show the overlap too)."""
        candidates = [
            (not row.counts.both, number)
            for number, row in enumerate(self.rows)
            if row.document != ALL_DOCUMENTS and (row.counts.a_only or row.counts.b_only)
        ]
        if candidates:
            number = min(candidates)[1]
            self.table.selectRow(number)
            self._open(self.rows[number])
            self.next_disagreement()

    def next_disagreement(self) -> None:
        self._step(1)

    def previous_disagreement(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.disagreements:
            return
        if self.current is None:
            self.current = 0 if direction > 0 else len(self.disagreements) - 1
        else:
            self.current = (self.current + direction) % len(self.disagreements)
        found = self.disagreements[self.current]
        self.text_view.select_range(found.start, found.end)
        self._show_steps()

    def _show_steps(self) -> None:
        count = len(self.disagreements)
        for button in (self.previous_button, self.next_button):
            button.setEnabled(count > 0)
        if not count:
            self.position.setText(
                self.tr("No disagreements here.") if self.text_view.text() else ""
            )
            return
        if self.current is None:
            self.position.setText(self.tr("%n disagreement(s): press F8 for the first", "", count))
            return
        found = self.disagreements[self.current]
        a, b = self.names()
        who = a if found.who == ONLY_A else b
        self.position.setText(
            self.tr("Disagreement {number} of {count}: only {coder} coded this").format(
                number=self.current + 1, count=count, coder=who
            )
        )

    # -- export ------------------------------------------------------------------------------
    def open_export_dialog(self) -> AgreementExportDialog:
        """Export…: the language asked (the project's at first), then the file."""
        dialog = AgreementExportDialog(first_language(self._session.project), self)
        dialog.accepted.connect(lambda: self.export(language=dialog.language()))
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def export(self, path: str | None = None, language: str | None = None) -> str | None:
        """Write the shown tab's table as CSV, XLSX or DOCX (by the file's suffix), labelled
        in ``language`` (None: the project's, else the interface's)."""
        from frameworkqda.core.exports.agreement_export import (
            cells_table,
            coding_table,
            write_table,
        )

        language = language or first_language(self._session.project)
        comparison = self.cells.comparison
        if self.tabs.currentWidget() is self.cells:
            if comparison is None:
                return None
            table = cells_table(comparison, self.names(), language)
        elif self.rows:
            table = coding_table(self.rows, self.names(), language)
        else:
            return None
        if path is None:
            chosen = file_dialogs.save_file(
                self,
                self.tr("Export coding agreement"),
                "agreement.xlsx",
                self.tr("Excel (*.xlsx);;CSV (*.csv);;Word (*.docx)"),
            )
            if chosen is None:
                return None
            path = str(chosen[0])
        target = Path(path)
        fmt = target.suffix.lower().lstrip(".")
        try:
            write_table(table, fmt, target)
        except (FrameworkQDAError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Export"),
                self.tr("{path}: {reason}").format(path=target, reason=shown(error)),
            )
            return None
        return str(target)


def _swatch(colour: str) -> QLabel:
    label = QLabel()
    label.setFixedSize(12, 12)
    label.setStyleSheet(f"background: {colour}; border: 1px solid #555;")
    return label
