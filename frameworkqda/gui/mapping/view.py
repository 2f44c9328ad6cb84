"""The mapping view (stage 5): counts per theme and case as a heat map, ranks against an
external score series with Spearman's rho, a bar chart, theme memos and exports.

Everything shown is the engine's ``mapping.build_report`` (the report ``frameworkqda matrix``
prints): the counts table with its Total and Average rows and, when cases are checked, their
group average (ticked by hand, or by "Tick cases where" Population ≥ 1000000); the
rank table with Spearman's rho; exports write that same report.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import mapping, memos
from frameworkqda.core.cases import list_cases
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.exports.tables import rank_header
from frameworkqda.core.mapping import ALL_CASES
from frameworkqda.gui import file_dialogs, i18n, table_keys
from frameworkqda.gui.autosave import AutoSave, TypedOn
from frameworkqda.gui.case_where import CaseFilter, CaseWhere
from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP, shown
from frameworkqda.gui.keyboard import tab_leaves
from frameworkqda.gui.mapping.chart import CountsChart
from frameworkqda.gui.mapping.frame_model import CornerLabel, FrameModel
from frameworkqda.gui.project_view import ProjectView
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.settings import Settings
from frameworkqda.gui.text_conflict import SaveSettling

GROUP_LABEL = QT_TRANSLATE_NOOP("MappingView", "Group average")
RHO_LINES = 4  # lines of Spearman's ρ shown before they scroll


class WrappedLines(QScrollArea):
    """A word-wrapped label as tall as its text at the width it has, up to ``lines`` lines;
    more scroll. Its width never depends on the text's (one line per case widened the view)."""

    def __init__(self, label: QLabel, lines: int) -> None:
        super().__init__()
        self._label, self._lines = label, lines
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setWidget(label)

    def _height(self) -> int:
        cap = self._label.fontMetrics().lineSpacing() * self._lines
        return min(self._label.heightForWidth(max(1, self.viewport().width())), cap)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height() + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.sizeHint().height():  # rewrapped at the new width
            self.updateGeometry()


REPORTS_KEPT = 4  # reports kept for the export dialog (the view's, a filtered matrix's …)


class MappingView(ProjectView):
    RELOAD_ON = frozenset((Change.CELLS, Change.CODEBOOK, Change.CASES, Change.SCORES))
    scores_requested = Signal()  # Edit scores… beside the series: the window opens the editor

    def __init__(
        self,
        session: ProjectSession,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, parent)
        self.setObjectName("mappingView")
        self._settings = settings  # remembers the group's cases per project
        # the reports built since the project last changed, by group, series and cases: each
        # Ctrl+E built the report and its ranks again (0.75-1.2 s on 40 cases, 18,733 passages)
        self._reports: dict[tuple[object, ...], mapping.Report] = {}
        self._theme_ids: dict[str, int] = {}
        self.counts_model = FrameModel()
        self.counts_table = _table(self.counts_model)
        self.counts_corner = CornerLabel(self.counts_table)  # "Theme" over the themes
        self.counts_table.selectionModel().currentChanged.connect(lambda *_: self._show_memo())
        self.ranks_model = FrameModel()
        self.ranks_table = _table(self.ranks_model)
        self.ranks_corner = CornerLabel(self.ranks_table)
        # ρ overall and per case: wrapped, and scrolled past a few lines (on one line, 13 cases
        # made the view wider than the window, the chart and the memo off the screen)
        self.rho = QLabel()
        self.rho.setWordWrap(True)
        self.rho.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rho_area = WrappedLines(self.rho, RHO_LINES)
        # what the counts are made of, while cells only coded count as present: the counts,
        # ranks and ρ showed before anything was charted, without a word
        self.coded_note = QLabel()
        self.coded_note.setObjectName("codedNote")
        self.coded_note.setWordWrap(True)
        self.coded_note.hide()
        self.group = QListWidget()
        self.group.setMaximumHeight(90)
        self.group.itemChanged.connect(lambda *_: self._group_changed())
        # the group chosen by attribute: [Tick cases where] [Population] [≥] [1000000]
        self.tick_where = QPushButton(self.tr("Tick cases where"))
        self.tick_where.setObjectName("tickWhere")
        self.tick_where.setToolTip(
            self.tr("Average over exactly the cases meeting the condition (the ticks replaced)")
        )
        self.tick_where.clicked.connect(self.tick_cases_where)
        self.tick_where.setEnabled(False)
        self.where = CaseWhere(session, self.tick_where, wrap=True)
        self.where.changed.connect(self._where_changed)
        self.series_box = QComboBox()
        self.series_box.setSizeAdjustPolicy(  # a long series name does not widen the view
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.series_box.setMinimumContentsLength(12)
        self.series_box.currentIndexChanged.connect(lambda *_: self.reload())
        # where the ranks compare with a series, the way to enter one (it was only in
        # Thematic framework → codebook → Scores…)
        self.scores_button = QPushButton(self.tr("Edit scores…"))
        self.scores_button.setToolTip(
            self.tr("Enter or import external scores per theme (e.g. MIPEX 2015 Japan)")
        )
        self.scores_button.clicked.connect(self.scores_requested)
        self.chart = CountsChart()
        self.chart.setAccessibleName(self.tr("Chart of measures present per theme"))
        self.memo_title = QLabel(self._choose_theme())
        self.memo_title.setWordWrap(True)  # a long theme path does not widen the view
        self.memo_status = QLabel()  # why the memo typed could not be saved (it stays)
        self.memo_status.setWordWrap(True)
        self.memo = QPlainTextEdit()
        self.memo.setAccessibleName(self.tr("Interpretation memo"))
        self.memo.setReadOnly(True)  # until a theme is shown (and for good, read-only)
        tab_leaves(self.memo)
        self.memo.setPlaceholderText(self.tr("What the counts and ranks mean for this theme"))
        self.memo.setMaximumHeight(110)
        # the memo saves itself (a Save memo button alone kept it: choosing another theme or
        # closing the window dropped it); the theme it belongs to is the one shown
        self._memo_theme: int | None = None
        self._guids: dict[int, str] = {}  # case id -> guid, what the group is remembered by
        self._memo_base = ""  # the memo as read when shown: a save over a newer one asks
        # asks when someone else saved the memo since; a theme change meanwhile waits
        self.settling = SaveSettling(self, self._show_memo)
        self.autosave: AutoSave[TypedOn] = AutoSave(
            self._typed_memo, self._save_memo, 800, self, (self.memo,)
        )
        self.autosave.failed.connect(self.memo_status.setText)
        self.autosave.caught_up.connect(self.memo_status.clear)
        self.memo.textChanged.connect(self.autosave.edited)
        # after the window says so: a memo refused while the server was away is saved
        session.reachable.connect(self._server_back, Qt.ConnectionType.QueuedConnection)
        session.changed.connect(
            lambda changes, _cells: self._refresh_memo() if Change.MEMOS in changes else None
        )
        png = QPushButton(self.tr("Chart → PNG…"))
        png.clicked.connect(lambda: self.export_chart(None, ".png"))
        svg = QPushButton(self.tr("Chart → SVG…"))
        svg.clicked.connect(lambda: self.export_chart(None, ".svg"))
        self.png_button, self.svg_button = png, svg
        self.export_width = _spin(200, 12000, 1800, " px")
        self.export_height = _spin(200, 12000, 1200, " px")
        self.export_dpi = _spin(72, 1200, 300, " dpi")
        self.export_width.setAccessibleName(self.tr("Chart width in pixels"))
        self.export_height.setAccessibleName(self.tr("Chart height in pixels"))
        self.export_dpi.setAccessibleName(self.tr("Chart resolution in dpi"))
        self.export_dpi.setToolTip(
            self.tr("PNG resolution: text and lines scale with it, as in print")
        )
        export_size = QHBoxLayout()
        export_size.addWidget(QLabel(self.tr("Chart export:")))
        export_size.addWidget(self.export_width)
        export_size.addWidget(QLabel("×"))
        export_size.addWidget(self.export_height)
        export_size.addWidget(QLabel(self.tr("at")))
        export_size.addWidget(self.export_dpi)
        export_size.addStretch(1)
        tables = QPushButton(self.tr("Export tables…"))
        tables.clicked.connect(lambda: self.open_export_dialog())

        counts_box = QGroupBox(self.tr("Measures present per theme and case"))
        counts_layout = QVBoxLayout(counts_box)
        counts_layout.addWidget(self.counts_table)
        counts_layout.addWidget(self.coded_note)
        counts_layout.addWidget(QLabel(self.tr("Group average over:")))
        counts_layout.addWidget(self.group)
        counts_layout.addWidget(self.where)
        ranks_box = QGroupBox(self.tr("Ranking beside external scores"))
        ranks_layout = QVBoxLayout(ranks_box)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Scores:")))
        pick.addWidget(self.series_box, 1)
        pick.addWidget(self.scores_button)
        ranks_layout.addLayout(pick)
        ranks_layout.addWidget(self.ranks_table)
        ranks_layout.addWidget(self.rho_area)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(counts_box)
        left.addWidget(ranks_box)
        right_box = QWidget()
        right = QVBoxLayout(right_box)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.chart, 1)
        right.addWidget(self.memo_title)
        right.addWidget(self.memo)
        right.addWidget(self.memo_status)
        right.addLayout(export_size)
        buttons = QHBoxLayout()
        for button in (png, svg, tables):
            buttons.addWidget(button)
        right.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right_box)
        splitter.setSizes([600, 520])  # the counts table, Group average included
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _choose_theme(self) -> str:
        return self.tr("Interpretation memo: choose a theme")

    def group_ids(self) -> list[int]:
        return [
            int(self.group.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.group.count())
            if self.group.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _group_changed(self, remember: bool = True) -> None:
        if self._settings is not None and remember:
            chosen = set(self.group_ids())
            guids = [self._guids[case_id] for case_id in self._guids if case_id in chosen]
            self._settings.set_mapping_group(self._session.location, guids)
        self.reload()

    def set_group(self, case_ids: list[int], remember: bool = True) -> None:
        """Average over these cases; ``remember`` False leaves the researcher's own choice
        for this project as it was (a screenshot's group overwrote it)."""
        self.group.blockSignals(True)
        for i in range(self.group.count()):
            item = self.group.item(i)
            checked = int(item.data(Qt.ItemDataRole.UserRole)) in case_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.group.blockSignals(False)
        self._group_changed(remember)

    def _where_changed(self) -> None:
        self.tick_where.setEnabled(self.where.condition() is not None)

    def tick_cases_where(self) -> list[int]:
        """Tick exactly the cases meeting the "Cases where" condition (their average is the
        group's); a condition that cannot be read ticks nothing and says why."""
        chosen = self.where.case_ids()
        if chosen is None:
            return self.group_ids()
        self.set_group(sorted(chosen))
        return self.group_ids()

    def build_report(
        self, cases: Collection[int] | None = None, language: str | None = None
    ) -> mapping.Report:
        """The report as the view shows it (checked cases averaged, the chosen score series);
        ``cases``: only these (the matrix's Case filter), the group those of its cases among
        them; ``language``: an export's, other than the interface's, names the group in it
        ("Average of …") rather than "Group average" as the view does. Built once until the
        project changes (any change: ``_changed``)."""
        items = [self.group.item(i) for i in range(self.group.count())]
        names = {int(item.data(Qt.ItemDataRole.UserRole)): item.text() for item in items}
        group = [
            names[case_id] for case_id in self.group_ids() if cases is None or case_id in cases
        ]
        language = language or i18n.current()
        label = self.tr(GROUP_LABEL) if language == i18n.current() else None
        series = self.series_box.currentText() or None
        chosen = None if cases is None else frozenset(cases)
        key = (tuple(group), label, series, chosen, language)
        report = self._reports.get(key)
        if report is None:
            report = mapping.build_report(
                self._session.project,
                group=group,
                group_label=label,
                series=series,
                language=language,
                cases=cases,
            )
            if len(self._reports) >= REPORTS_KEPT:
                self._reports.clear()
            self._reports[key] = report
        return report

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        self._reports.clear()  # whatever changed, a report built before may be out of date
        super()._changed(changes, cells)

    def reload(self) -> None:
        self._dirty = False
        project = self._session.project
        series = mapping.score_series(project)
        if [self.series_box.itemText(i) for i in range(self.series_box.count())] != series:
            choice = self.series_box.currentText()
            self.series_box.blockSignals(True)
            self.series_box.clear()
            self.series_box.addItems(series)
            self.series_box.setCurrentIndex(max(0, self.series_box.findText(choice)))
            self.series_box.blockSignals(False)
        # the cases first, from their own table: the report is built once, for the group
        # (it was built twice on opening, ~0.25 s each on a big project, to learn the cases)
        self.where.refill()
        listed = list_cases(project)
        cases = [(case.id, case.name) for case in listed]
        self._guids = {case.id: case.guid for case in listed}
        if [self.group.item(i).text() for i in range(self.group.count())] != [n for _, n in cases]:
            # the ticks follow the cases through a rename; the first time, as remembered
            remembered = set(
                self.group_ids()
                if self.group.count()
                else self._settings.mapping_group(self._session.location)
                if self._settings
                else []
            )
            self.group.blockSignals(True)
            self.group.clear()
            for case_id, name in cases:
                item = QListWidgetItem(name)
                item.setData(Qt.ItemDataRole.UserRole, case_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = (
                    case_id in remembered
                    or self._guids[case_id] in remembered
                    or (
                        name in remembered  # as earlier versions kept it
                    )
                )
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                self.group.addItem(item)
            self.group.blockSignals(False)
        shown_theme = self._memo_theme  # its row stays current through the reload
        self.report = report = self.build_report()
        matrix = report.matrix
        self._theme_ids = dict(zip(matrix.themes, matrix.theme_ids, strict=True))
        self.counts = report.counts.to_frame()
        self.counts_model.set_frame(self.counts, heat_columns=len(cases), corner=self.tr("Theme"))
        self.chart.show_counts(report.counts.counts)
        self._show_coded_note(matrix.coded_without_value())
        self._show_ranks()
        self.rho_area.updateGeometry()  # as many lines as the new text wraps to
        rows = [self._theme_ids.get(str(label)) for label in self.counts.index]
        if shown_theme in rows:
            self.counts_table.setCurrentIndex(self.counts_model.index(rows.index(shown_theme), 0))
        self._show_memo()  # that theme, renamed or moved; none if it is gone

    def _show_coded_note(self, coded: int) -> None:
        self.coded_note.setText(
            self.tr(
                "Counts include %n cell(s) with coded evidence but no value yet: each counts "
                "as present, in the ranks and ρ too, until a value is set in the matrix.",
                "",
                coded,
            )
        )
        self.coded_note.setVisible(coded > 0)

    def _show_ranks(self) -> None:
        ranks = self.report.ranks
        if ranks is None:
            self.ranks_model.set_frame(pd.DataFrame())
            self.rho.setText(
                self.tr("No external scores in this project: enter them with Edit scores… above.")
            )
            return
        self.ranks = ranks.frame
        self.rho_value = ranks.rho
        # headed as the exported ranks table is, in the interface's language: a bare "count"
        # did not say it was the group's mean (the CLI's, without a group, a total)
        headed = ranks.frame.set_axis(rank_header(self.report, i18n.current()), axis=1)
        self.ranks_model.set_frame(headed, heat_columns=0, corner=self.tr("Theme"))
        per_case = " · ".join(f"{case} {_rho(rho)}" for case, rho in ranks.rho_by_case.items())
        basis = self.tr("Total over all cases") if ranks.basis == ALL_CASES else ranks.basis
        self.rho.setText(
            self.tr(
                "Spearman's ρ, ranking by count ({basis}) vs {series}: {rho} (%n theme(s))"
                "\nPer case: {per_case}",
                "",
                len(ranks.frame),
            ).format(basis=basis, series=ranks.series, rho=_rho(ranks.rho), per_case=per_case)
        )

    # -- memos on themes -------------------------------------------------------------------
    def current_theme(self) -> int | None:
        index = self.counts_table.currentIndex()
        if not index.isValid():
            return None
        return self._theme_ids.get(str(self.counts.index[index.row()]))

    def _show_memo(self) -> None:
        theme = self.current_theme()
        self._title_memo(theme)  # a renamed theme's new name too
        if self.settling.waits() or theme == self._memo_theme:
            return
        self.autosave.let_go()  # typed for the theme shown until now: saved, or kept to retry
        self._memo_theme = theme
        left = self.autosave.take_left(theme) if theme is not None else None  # not saved yet
        stored = memos.memo_text(self._session.project, "code", theme) if theme is not None else ""
        self._memo_base = left.base if left is not None else stored
        self.memo.blockSignals(True)  # shown, not typed
        self.memo.setPlainText(left.text if left is not None else stored)
        self.memo.blockSignals(False)
        self.memo.setReadOnly(self._session.project.read_only or theme is None)
        self.autosave.forget()
        if left is not None:
            self.autosave.edited()

    def _title_memo(self, theme: int | None) -> None:
        self.memo_title.setText(
            self._choose_theme()
            if theme is None
            else self.tr("Interpretation memo: {theme}").format(
                theme=self._session.code_path(theme)
            )
        )

    def _refresh_memo(self) -> None:
        """The memo shown as the project now has it (an undo, Memos → Code memo…): it kept
        the old text, and the next keystroke wrote that back over the change."""
        if self._memo_theme is None or self.autosave.pending:
            return
        stored = memos.memo_text(self._session.project, "code", self._memo_theme)
        self._memo_base = stored
        if stored != self.memo.toPlainText():
            self.memo.blockSignals(True)
            self.memo.setPlainText(stored)
            self.memo.blockSignals(False)

    def save_memo(self) -> bool:
        """Save the memo typed for the theme shown (also after a pause in typing); False when
        the project refused it (the text stays, unsaved, and the reason shows)."""
        return self.autosave.flush()

    def _server_back(self, error: FrameworkQDAError | None) -> None:
        """The server can be reached again (``error`` None): a memo its outage refused is
        saved once more (someone's change meanwhile asks which to keep), and the line says so
        in place of the refusal (it waited for the next keystroke or another theme)."""
        if error is not None or not self.autosave.refused:
            return
        asked = self.settling.asked
        if self.save_memo():
            self.memo_status.setText(
                self.tr("The server is back: the memo you typed was saved.")
                if self.settling.asked == asked
                else ""
            )

    def save_typing(self) -> str | None:
        """What the window asks every view with typing of its own before an undo or closing:
        None once saved, else why it could not be."""
        return None if self.save_memo() else self.autosave.problem

    def _typed_memo(self) -> TypedOn | None:
        if self._memo_theme is None:
            return None
        return TypedOn(self._memo_theme, self.memo.toPlainText(), self._memo_base)

    def _save_memo(self, typed: TypedOn) -> None:
        """Save a theme's memo typed on ``typed.base``. One someone else saved since is not
        written over: theirs is shown beside it, to keep theirs, this, or this merged."""
        self.settling.save(
            typed,
            memos.memo_text(self._session.project, "code", typed.key),
            lambda text, base: self._session.set_memo("code", typed.key, text, expected=base),
            self._memo_shows,
            self.tr("Someone else changed this memo"),
            ask=not self.autosave.retrying,
        )

    def _memo_shows(self, theme: int, text: str, base: str) -> None:
        if theme != self._memo_theme:
            return
        self._memo_base = base
        if self.memo.toPlainText() != text:
            self.memo.blockSignals(True)
            self.memo.setPlainText(text)
            self.memo.blockSignals(False)

    # -- exports ---------------------------------------------------------------------------
    def export_chart(self, path: str | None, suffix: str = ".png") -> str | None:
        if path is None:
            chosen = file_dialogs.save_file(
                self,
                self.tr("Export chart"),
                f"counts{suffix}",
                self.tr("Image (*{suffix})").format(suffix=suffix),
            )
            if chosen is None:
                return None
            path = str(chosen[0])  # a name typed without a suffix has the filter's
        if Path(path).suffix.lower() not in (".png", ".svg"):
            QMessageBox.warning(
                self,
                self.tr("Export chart"),
                self.tr("{name}: a chart is written as .png or .svg; nothing was written").format(
                    name=Path(path).name
                ),
            )
            return None
        size = QSize(self.export_width.value(), self.export_height.value())
        try:  # refused (the open project's file, core/atomic.py) or not written: said, not lost
            return str(self.chart.export(path, size, self.export_dpi.value()))
        except (FrameworkQDAError, OSError, ValueError) as error:  # ValueError: not .png/.svg
            QMessageBox.warning(self, self.tr("Export chart"), shown(error))
            return None

    def open_export_dialog(  # type: ignore[no-untyped-def]
        self, show: bool = True, over: QWidget | None = None, cases: CaseFilter | None = None
    ):
        """The export dialog, over this view or ``over`` (File → Export tables… from another
        view: a dialog over a hidden view opens in the screen's corner); ``cases``: those
        the matrix's filter shows, offered (and ticked) as the cases to write."""
        from frameworkqda.gui.export_dialog import ExportDialog
        from frameworkqda.gui.export_language import first_language

        folder = ""
        location = self._session.project.location
        if location.path is not None:
            folder = str(location.path.parent)
        # the project's language, else the interface's: the rule `matrix` follows in the CLI
        language = first_language(self._session.project)
        dialog = ExportDialog(self.build_report, folder, over or self, cases, language)
        self.export_dialog = dialog
        if show:
            dialog.open()
        return dialog


def _rho(value: float | None) -> str:
    if value is None:
        return QCoreApplication.translate("MappingView", "cannot be computed")
    return f"{value:+.3f}"  # as the exported files give it (numbers.format_number)


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


def _table(model: FrameModel) -> QTableView:
    table = QTableView()
    table_keys.tab_leaves(table)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table
