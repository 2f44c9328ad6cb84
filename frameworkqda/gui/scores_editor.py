"""External scores per theme (codebook → Scores…): add a series, type or paste its values.

The mapping view ranks themes by a score series beside the local counts. A template may bring
one; any other project gets one here: name a series, type a score beside each theme (or paste
a column, or two columns theme + score, copied from a spreadsheet), save. Saving is one undo
step (:class:`core.scores.SetScores`); a value that is not a number is named and nothing is
written. A CSV file (``series,theme,score``) can be imported too. Scores typed and not saved
are not dropped unasked: Close (Esc, the window's close button) or choosing another series
asks Save / Discard / Cancel first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import scores
from frameworkqda.core.commands import Change
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.messages import listed, quoted
from frameworkqda.core.numbers import NumberError, format_number
from frameworkqda.gui import file_dialogs
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.line_breaks import MessageLabel
from frameworkqda.gui.screen_room import fit_to_screen
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.table_keys import tab_leaves
from frameworkqda.gui.unsaved import Answer, ask_to_save


class _ScoreTable(QTableWidget):
    """Theme | Score; Ctrl+V pastes spreadsheet lines from the current row down."""

    def __init__(self, paste: Callable[[], None]) -> None:
        super().__init__(0, 2)
        self._paste = paste
        tab_leaves(self)  # Tab on to the buttons; arrows move cell to cell

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self._paste()
            event.accept()
            return
        super().keyPressEvent(event)


class ScoresEditor(QDialog):
    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoresEditor")
        self.setWindowTitle(self.tr("External scores per theme"))
        self._session = session
        self._new_series: list[str] = []  # named here, not saved yet
        self._saving = False
        self._shown: tuple[str, list[str]] = ("", [])  # the series in the table, its scores
        self.series_box = QComboBox()
        self.series_box.setMinimumWidth(220)
        self.series_box.currentIndexChanged.connect(lambda *_: self._series_chosen())
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New series, e.g. MIPEX 2020 Japan"))
        self.new_name.setAccessibleName(self.tr("New series"))
        self.new_name.returnPressed.connect(self.add_series)
        self.add_button = QPushButton(self.tr("Add series"))
        self.add_button.clicked.connect(self.add_series)
        self.delete_button = QPushButton(self.tr("Delete series…"))
        # not connected directly: clicked(checked=False) would be taken for confirm=False
        self.delete_button.clicked.connect(lambda: self.delete_series())
        self.table = _ScoreTable(self.paste)
        self.table.setAccessibleName(self.tr("Scores by theme"))
        self.table.setHorizontalHeaderLabels([self.tr("Theme"), self.tr("Score")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 110)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.status = MessageLabel()  # broken after 。 and 、, never a fragment alone
        import_button = QPushButton(self.tr("Import CSV…"))
        import_button.clicked.connect(lambda: self.import_file(None))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Series:")))
        top.addWidget(self.series_box, 1)
        top.addWidget(self.delete_button)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(adding)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Return in the table or the name field saves nothing
        fit_to_screen(self, 560, 480)
        session.changed.connect(self._changed)
        self.reload()

    # -- showing ---------------------------------------------------------------------------
    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if not changes & {Change.SCORES, Change.CODEBOOK}:
            return
        if not self._saving and self.unsaved():  # redrawn, the table dropped the typing
            self.status.setText(
                self.tr(
                    "The codebook or the scores changed meanwhile: save or discard yours to see it."
                )
            )
            return
        self.reload()

    def reload(self) -> None:
        self._scores = scores.list_scores(self._session.project)
        with self._session.project.session() as session:
            self._themes = scores.themes_in(session)
        names = sorted({s.series for s in self._scores} | set(self._new_series))
        choice = self.series_box.currentText()
        self.series_box.blockSignals(True)
        self.series_box.clear()
        self.series_box.addItems(names)
        self.series_box.setCurrentIndex(max(0, self.series_box.findText(choice)))
        self.series_box.blockSignals(False)
        self._show_series()

    def current_series(self) -> str:
        return self.series_box.currentText()

    def _show_series(self) -> None:
        series = self.current_series()
        values = {s.theme_id: s.value for s in self._scores if s.series == series}
        self.table.setRowCount(len(self._themes))
        shown: list[str] = []
        for row, (name, theme_id) in enumerate(self._themes.items()):
            theme = QTableWidgetItem(name)
            theme.setFlags(theme.flags() & ~Qt.ItemFlag.ItemIsEditable)
            theme.setData(Qt.ItemDataRole.UserRole, theme_id)
            self.table.setItem(row, 0, theme)
            value = values.get(theme_id)
            score = QTableWidgetItem("" if value is None else format_number(value))
            shown.append(score.text())
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, score)
        self._shown = (series, shown)
        enabled = bool(series)
        self.status.setText(
            self.tr(
                "Type a score beside each theme, or paste a column copied from a spreadsheet "
                "(Ctrl+V: scores, or theme and score), then Save. Empty: no score for that theme."
            )
            if series
            else self.tr("Add a series (name it above), then type or paste its scores.")
        )
        self.table.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self.delete_button.setEnabled(enabled)

    # -- leaving with scores not saved ------------------------------------------------------
    def unsaved(self) -> bool:
        """Scores typed or pasted in the table since it showed the series, not saved yet."""
        self._commit_editor()
        series, shown = self._shown
        typed = [self._item(row, 1).text().strip() for row in range(self.table.rowCount())]
        return bool(series) and typed != shown

    def _commit_editor(self) -> None:
        """A score being typed in its cell counts, as if Return were pressed."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            self.table.setCurrentCell(self.table.currentRow(), 0)

    def _may_leave(self) -> bool:
        """With scores not saved, ask: Save (True once saved), Discard (True), Cancel (False)."""
        if not self.unsaved():
            return True
        answer = ask_to_save(
            self,
            self.tr("Save scores"),
            self.tr("Save the scores of “{series}” you changed?").format(series=self._shown[0]),
        )
        if answer is Answer.SAVE:
            return self.save()
        if answer is Answer.DISCARD:
            self.reload()  # the stored scores again (and what changed meanwhile)
            return True
        return False

    def _series_chosen(self) -> None:
        chosen = self.series_box.currentText()
        if self.unsaved():
            self._choose(self._shown[0])  # the table is still that series' while asking
            if not self._may_leave():
                return
            self._choose(chosen)
        self._show_series()

    def _choose(self, series: str) -> None:
        self.series_box.blockSignals(True)
        self.series_box.setCurrentIndex(self.series_box.findText(series))
        self.series_box.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        if self._may_leave():
            super().reject()

    # -- editing ---------------------------------------------------------------------------
    def add_series(self) -> None:
        try:
            name = scores.check_series(self.new_name.text())
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Add series"), shown(error))
            return
        if self.series_box.findText(name) < 0:
            self._new_series.append(name)
            self.series_box.addItem(name)
        self.series_box.setCurrentIndex(self.series_box.findText(name))
        self.new_name.clear()
        self.table.setFocus()
        self.table.setCurrentCell(0, 1)
        self.status.setText(
            self.tr("Type or paste the scores of “{series}”, then Save.").format(series=name)
        )

    def paste(self) -> None:
        """Paste spreadsheet lines from the current row down: a score, or theme and score. A
        theme name that is none of the table's is refused with nothing pasted: its score went
        to the current row, on another theme, without a word (a typo, English names pasted
        into a Japanese project)."""
        lines = [line for line in QGuiApplication.clipboard().text().splitlines() if line.strip()]
        by_name = {self._item(r, 0).text().casefold(): r for r in range(self.table.rowCount())}
        row = max(0, self.table.currentRow())
        writes: list[tuple[int, str]] = []
        unknown: list[str] = []
        for line in lines:
            cells = [cell.strip() for cell in line.split("\t")]
            if len(cells) >= 2 and cells[0]:
                found = by_name.get(cells[0].casefold())
                if found is None:
                    unknown.append(quoted(cells[0]))
                else:
                    writes.append((found, cells[1]))
            elif row < self.table.rowCount():
                writes.append((row, cells[-1]))
                row += 1
        if unknown:
            QMessageBox.warning(
                self,
                self.tr("Paste scores"),
                self.tr("No theme of this codebook is named {names}; nothing was pasted.").format(
                    names=shown(listed(unknown))
                ),
            )
            return
        for at, text in writes:
            self._item(at, 1).setText(text)

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is filled when the series is shown
        return item

    def values(self) -> dict[scores.Key, float | None]:
        """The table as scores to save; raises ValueError naming every value that is no number."""
        series = self.current_series()
        values: dict[scores.Key, float | None] = {}
        wrong: list[str] = []
        for row in range(self.table.rowCount()):
            theme = self._item(row, 0)
            text = self._item(row, 1).text().strip()
            key = (series, int(theme.data(Qt.ItemDataRole.UserRole)))
            try:
                values[key] = scores.parse_score(text) if text else None
            except NumberError as error:
                if error.reason is None:
                    wrong.append(self.tr("{theme}: “{text}”").format(theme=theme.text(), text=text))
                else:
                    wrong.append(
                        self.tr("{theme}: “{text}” ({reason})").format(
                            theme=theme.text(), text=text, reason=shown(error.reason)
                        )
                    )
        if wrong:
            raise ValueError(self.tr("not a number — {values}").format(values="; ".join(wrong)))
        return values

    def save(self) -> bool:
        series = self.current_series()
        if not series:
            return False
        self._commit_editor()
        try:
            values = self.values()
        except ValueError as error:
            QMessageBox.warning(
                self,
                self.tr("Save scores"),
                self.tr("Nothing saved: {error}").format(error=shown(error)),
            )
            return False
        count = sum(value is not None for value in values.values())
        self._saving = True  # the change it makes reloads the table, typed or not
        try:
            self._session.run(
                scores.SetScores(values, self.tr("Set scores “{series}”").format(series=series))
            )
        except FrameworkQDAError as error:  # read-only, another program writing: typing kept
            QMessageBox.warning(self, self.tr("Save scores"), shown(error))
            return False
        finally:
            self._saving = False
        if series in self._new_series and count:
            self._new_series.remove(series)
        self.status.setText(
            self.tr("Saved %n score(s) of “{series}”.", "", count).format(series=series)
        )
        return True

    def delete_series(self, confirm: bool = True) -> None:
        series = self.current_series()
        if not series:
            return
        if series in self._new_series:
            self._new_series.remove(series)
            self.reload()
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete series"),
                self.tr("Delete every score of “{series}”? Undo (Ctrl+Z) brings them back.").format(
                    series=series
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        values = scores.series_values(self._session.project, series)
        self._session.run(
            scores.SetScores(values, self.tr("Delete scores “{series}”").format(series=series))
        )
        self.status.setText(self.tr("Deleted the scores of “{series}”.").format(series=series))

    def import_file(self, path: str | Path | None) -> None:
        if path is None:
            chosen = file_dialogs.open_file(
                self, self.tr("Import scores"), self.tr("CSV") + " (*.csv)"
            )
            if chosen is None:
                return
            path = str(chosen)
        try:
            values = scores.read_scores_csv(self._session.project, path)
        except FrameworkQDAError as error:
            QMessageBox.warning(self, self.tr("Import scores"), shown(error))
            return
        label = self.tr("Import scores from {name}").format(name=Path(path).name)
        self._session.run(scores.SetScores(values, label))
        series = sorted({key[0] for key in values})
        self.series_box.setCurrentIndex(self.series_box.findText(series[0]))
        self.status.setText(
            self.tr("Imported %n score(s) ({series}) from {name}.", "", len(values)).format(
                series=shown(listed(series)), name=Path(path).name
            )
        )
