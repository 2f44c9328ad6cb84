"""Export dialog: choose a table and a format, see what will be written, write it.

It writes through ``core/exports`` (``export_report``), the writers ``frameworkqda matrix
--view … --format …`` uses, from the report the mapping view shows (its group average and
score series), so a GUI export and a CLI export with the same options are the same file. The
preview is ``core.exports.preview.preview``: for CSV the writer's own output, for XLSX, DOCX
and HTML each table's caption, header and cells (a file may hold several: pick one to see).
Opened from a matrix whose Case filter leaves cases out ("Cases where Region = Kansai"), it
offers those cases, ticked: every table of the file then has only them (``build_report``'s
``cases``, the CLI's ``matrix --where``); unticked, every case.
Captions, headers, notes and sheet names are in the Language chosen; it starts at the
project's (``gui/export_language.py``: the one ``frameworkqda matrix`` takes without
``--language``), else the interface's, so a Japanese project is not labelled "Counts",
"Measure" among its Japanese data because the interface is English. The data (case, theme
and value names) is written as it is.
Writing runs as a :class:`~frameworkqda.gui.jobs.Job` with a busy progress bar, so a big
matrix never freezes the window and quitting waits for the file to be complete.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from dataclasses import replace
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.exports import export_report
from frameworkqda.core.exports.preview import PreviewTable, preview
from frameworkqda.core.mapping import Report
from frameworkqda.gui import file_dialogs
from frameworkqda.gui.case_where import CaseFilter
from frameworkqda.gui.export_language import language_box
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.jobs import Job
from frameworkqda.gui.keyboard import no_mnemonic
from frameworkqda.gui.mapping.frame_model import CornerLabel, FrameModel
from frameworkqda.gui.screen_room import fit_to_screen
from frameworkqda.gui.table_keys import tab_leaves

WIDEST_CELL = 320  # px: a column of long summaries is cut here; a header never is
# rows a column's width is measured on: the first ones and as many spread over the rest (a
# CSV of the matrix's 1,360 rows measured every one: 48,000 data() calls, 1.7 s to switch)
SAMPLED_ROWS = 40
STEMS = {"counts": "counts", "ranks": "ranks", "cells": "framework-matrix"}  # view: file name
FORMATS = {".xlsx": "xlsx", ".docx": "docx", ".csv": "csv", ".html": "html"}  # suffix: format


class ExportDialog(QDialog):
    def __init__(
        self,
        report: Callable[[Collection[int] | None, str], Report],
        folder: str = "",
        parent: QWidget | None = None,
        cases: CaseFilter | None = None,
        language: str = "en",
    ) -> None:
        """``report``: the report of the cases given (None: every case) labelled in a
        language; ``cases``: those a matrix's filter shows, offered as the cases to write;
        ``language``: the one the Language box starts at."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export tables"))
        fit_to_screen(self, 860, 560)
        self._build_report = report
        self._folder = folder or str(Path.home())
        self.report: Report | None = None
        self.tables: list[PreviewTable] = []
        self.done_event = threading.Event()
        self.written: list[str] = []
        self._replace_agreed = ""
        self.table_box = QComboBox()
        for title, view in (
            (self.tr("Counts"), "counts"),
            (self.tr("Ranks"), "ranks"),
            (self.tr("Framework matrix"), "cells"),
        ):
            self.table_box.addItem(title, view)
        self.format_box = QComboBox()
        for title, suffix in (
            (self.tr("Excel workbook"), ".xlsx"),
            (self.tr("Word document (journal tables)"), ".docx"),
            (self.tr("CSV (UTF-8)"), ".csv"),
            (self.tr("Web page"), ".html"),
        ):
            self.format_box.addItem(f"{title} (*{suffix})", suffix)
        self.language_box = language_box(language)
        self.language_box.setToolTip(
            self.tr(
                "The language of the captions, headers, notes and sheet names; case, theme and "
                "value names are written as they are. It starts at the project's language."
            )
        )
        self.summaries_box = QCheckBox(self.tr("Print each cell's summary under its value (Word)"))
        self.cases = cases
        self.only_shown_box = QCheckBox()
        self.only_shown_box.setObjectName("exportOnlyShown")
        if cases is not None:
            self.only_shown_box.setText(
                self.tr(
                    "Only the cases the matrix shows: {filter} ({shown} of %n case(s))",
                    "",
                    cases.total,
                ).format(
                    filter=no_mnemonic(cases.label),  # a case "Osaka & Kobe": no Alt+K
                    shown=QLocale().toString(len(cases.case_ids)),
                )
            )
            self.only_shown_box.setToolTip(
                self.tr(
                    "Every table in the file (the matrix, the counts and the ranks) has these "
                    "cases only, as the matrix's Case filter shows them; the group average "
                    "those of its cases among them. Untick to write every case."
                )
            )
            self.only_shown_box.setChecked(True)
        self.only_shown_box.setVisible(cases is not None)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview_box = QComboBox()
        self.preview_box.currentIndexChanged.connect(self._show_table)
        self.preview_model = FrameModel()
        self.preview = QTableView()
        self.preview.setAccessibleName(self.tr("Preview of what will be written"))
        tab_leaves(self.preview)
        self.preview.setModel(self.preview_model)
        self.corner = CornerLabel(self.preview)  # テーマ, ケース over the row labels
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        # Cancel while a file is written: it is then not written (the writing ends first)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_export)
        self._job: Job | None = None
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Table:"), self.table_box)
        if cases is not None:
            form.addRow(self.tr("Cases:"), self.only_shown_box)
        form.addRow(self.tr("Format:"), self.format_box)
        form.addRow(self.tr("Language:"), self.language_box)
        form.addRow("", self.summaries_box)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        file_label = QLabel(self.tr("File:"))
        file_label.setBuddy(self.path)  # a screen reader names the field by it
        form.addRow(file_label, where)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close)
        shown = QHBoxLayout()
        shown.addWidget(QLabel(self.tr("Preview of what will be written:")))
        shown.addWidget(self.preview_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(shown)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.table_box.currentIndexChanged.connect(self._table_changed)
        self.format_box.currentIndexChanged.connect(self._options_changed)
        self.summaries_box.toggled.connect(self._options_changed)
        self.only_shown_box.toggled.connect(self.refresh)
        self.language_box.currentIndexChanged.connect(self.refresh)  # the group's label too
        self.path.textChanged.connect(self._name_changed)
        self.refresh()

    def table_name(self) -> str:
        return self.table_box.currentText()

    def view(self) -> str:
        return str(self.table_box.currentData())

    def fmt(self) -> str:
        return FORMATS[self.format_box.currentData()]

    def language(self) -> str:
        """The language of the captions, headers, notes and sheet names."""
        return str(self.language_box.currentData())

    def refresh(self) -> None:
        """Rebuild the report from the core, then the preview and the proposed file name."""
        only = self.only_shown_box.isChecked() and self.cases is not None
        chosen = self.cases.case_ids if only and self.cases else None
        self.report = self._build_report(chosen, self.language())
        self._options_changed()

    def _options_changed(self) -> None:
        assert self.report is not None
        self.summaries_box.setEnabled(self.fmt() == "docx")
        self._suffix_changed()  # first: a CSV's preview is captioned with the file's name
        self.tables = preview(
            self.report,
            self.fmt(),
            self.view(),
            summaries=self.summaries_box.isChecked(),
            language=self.language(),
            name=Path(self.path.text()).name,
        )
        self.preview_box.blockSignals(True)
        self.preview_box.clear()
        self.preview_box.addItems([table.caption for table in self.tables])
        self.preview_box.blockSignals(False)
        self._show_table()

    def _name_changed(self) -> None:
        """A CSV file's one table is captioned with its name (it said cells.csv whatever
        the file was called): it follows the name typed or chosen."""
        if self.fmt() != "csv" or len(self.tables) != 1 or self.report is None:
            return
        name = Path(self.path.text()).name
        if name and self.tables[0].caption != name:
            self.tables = [replace(self.tables[0], caption=name)]
            self.preview_box.setItemText(0, name)
            self._show_table()

    def _show_table(self) -> None:
        number = max(0, self.preview_box.currentIndex())
        if not self.tables:
            self.preview_model.set_frame(pd.DataFrame(), heat_columns=0)
            self.summary.setText(
                self.tr("“{table}”: nothing to write for this project").format(
                    table=self.table_name()
                )
            )
            return
        table = self.tables[number]
        frame = pd.DataFrame(
            [row[1:] for row in table.rows],
            index=pd.Index([row[0] for row in table.rows], name=table.header[0]),
            columns=table.header[1:],
        )
        self.preview_model.set_frame(frame, heat_columns=0, corner=table.header[0])
        self._fit_columns()
        locale = QLocale()
        self.summary.setText(
            self.tr("{caption}: {rows} rows × {columns} columns").format(
                caption=table.caption,
                rows=locale.toString(len(table.rows)),
                columns=locale.toString(len(table.header)),
            )
            + " · "
            + self.tr("the file holds %n table(s)", "", len(self.tables))
        )

    def _fit_columns(self) -> None:
        """Each column as wide as its header (a long one, 施策数（グループ平均）, was cut at
        both ends) and its cells — the first ``SAMPLED_ROWS`` and as many spread over the
        rest — a column of long summaries no wider than WIDEST_CELL."""
        header = self.preview.horizontalHeader()
        model = self.preview_model
        rows = model.rowCount()
        sample = sorted(
            {*range(min(rows, SAMPLED_ROWS)), *range(0, rows, -(-rows // SAMPLED_ROWS))}
        )
        grid = 1 if self.preview.showGrid() else 0
        for column in range(model.columnCount()):
            cells = max(
                (self.preview.sizeHintForIndex(model.index(row, column)).width() for row in sample),
                default=0,
            )
            header.resizeSection(
                column, max(header.sectionSizeHint(column), min(cells + grid, WIDEST_CELL))
            )

    def _stem(self) -> str:
        """The file's name: the table's English name, whatever the interface's language."""
        return STEMS[self.view()]

    def _table_changed(self) -> None:
        """Another table, another file: the name follows the table (in the same folder)."""
        if self.path.text():
            self.path.setText(str(Path(self.path.text()).with_name(self._stem())))
        self._options_changed()

    def _suffix_changed(self) -> None:
        """Another format: the same name with the format's suffix."""
        suffix = self.format_box.currentData()
        current = Path(self.path.text()) if self.path.text() else Path(self._folder) / self._stem()
        self.path.setText(str(current.with_suffix(suffix)))

    def _browse(self) -> None:
        filters = [self.format_box.itemText(i) for i in range(self.format_box.count())]
        chosen = file_dialogs.save_file(  # a name typed without a suffix: the format's
            self,
            self.tr("Export to"),
            self.path.text(),
            ";;".join(filters),
            selected=self.format_box.currentText(),
        )
        if chosen is not None:
            path = str(chosen[0])
            self._replace_agreed = path  # the file dialog has asked about replacing it
            self.path.setText(path)
            suffix = Path(path).suffix.lower()
            if suffix in FORMATS:
                self.format_box.setCurrentIndex(self.format_box.findData(suffix))

    def export(self) -> None:
        """Write on a worker thread; ``done_event`` is set (and the bar full) when done.
        An existing file is replaced only when the person says so."""
        assert self.report is not None
        target = Path(self.path.text())
        if target.exists() and str(target) != self._replace_agreed:
            answer = QMessageBox.question(
                self,
                self.tr("Export tables"),
                self.tr("{name} already exists in {folder}.\n\nReplace it?").format(
                    name=target.name, folder=target.parent
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.summary.setText(
                    self.tr("Not written: {name} was kept as it was.").format(name=target.name)
                )
                return
        self.done_event.clear()
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy
        report, fmt, view = self.report, self.fmt(), self.view()
        path, summaries = self.path.text(), self.summaries_box.isChecked()
        language = self.language()

        job = self._job = Job(
            self.tr("Exporting tables"),
            path,
            lambda _report, cancelled: export_report(
                report,
                fmt,
                Path(path),
                view=view,
                summaries=summaries,
                language=language,
                cancel=cancelled,
            ),
            self,
        )
        job.succeeded.connect(lambda _: self._finished(path, ""))
        job.failed.connect(
            lambda message, cancelled: self._finished(path, message, cancelled=cancelled)
        )
        self.cancel_button.setEnabled(True)
        job.set_status(self.tr("Exporting {name}").format(name=Path(path).name))
        job.start_work()

    def cancel_export(self) -> None:
        """Cancel: the file being written is not kept (``target`` stays as it was)."""
        if self._job is not None and self._job.running():
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Close while a file is written cancels it: nothing goes on unseen behind the
        window (it did: the file appeared seconds later, said nowhere)."""
        self.cancel_export()
        super().reject()

    def _finished(self, path: str, error: str, cancelled: bool = False) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if not error else 0)
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if cancelled:
            self.summary.setText(
                self.tr("Not written: cancelled; {name} is as it was.").format(name=Path(path).name)
            )
        elif error:
            self.summary.setText(
                self.tr("Could not write the file: {error}").format(error=shown(error))
            )
        else:
            self.written.append(path)
            self.summary.setText(self.tr("Wrote {path}").format(path=path))
        self.done_event.set()
