"""REFI-QDA exchange from the GUI: File → Import/Export REFI-QDA project.

Both directions run the core's exchange functions — the CLI's ``import-qdpx`` and
``export-qdpx`` — as a :class:`~frameworkqda.gui.jobs.Job` (off the GUI thread, listed for the
window's close question) with a progress bar and a Cancel button. An import always
creates a NEW project (the core builds it under a temporary name and removes it on failure or
cancel); when it succeeds the window opens the new project and shows the carry-over report:
what came in, what changed on the way and what was not carried over (the standard asks
importers to warn about data loss).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.exchange.refi import (
    CarryOverReport,
    export_qdpx,
    import_qdpx,
)
from frameworkqda.core.exchange.refi.exporter import ExportSummary
from frameworkqda.core.jobs import Cancel, Progress
from frameworkqda.core.messages import Message
from frameworkqda.core.store import PROJECT_SUFFIX, Project
from frameworkqda.gui import colours as tones
from frameworkqda.gui import file_dialogs
from frameworkqda.gui.i18n import shown, translate
from frameworkqda.gui.jobs import Job, Report
from frameworkqda.gui.screen_room import available, fit_to_screen

if TYPE_CHECKING:
    from frameworkqda.gui.main_window import MainWindow

Exchange = Callable[[Progress, Cancel], object]  # the core job protocol (core/jobs.py)


def import_title() -> str:
    return QCoreApplication.translate("RefiImportDialog", "Import REFI-QDA project")


def export_title() -> str:
    return QCoreApplication.translate("RefiExportDialog", "Export REFI-QDA project")


def all_files() -> str:
    """The file dialogs' last filter, "All files (*)"."""
    return QCoreApplication.translate("RefiImportDialog", "All files") + " (*)"


# The steps the core's exchanges report (core/exchange/refi, core/merge), listed for lupdate;
# a step named with a file or a count ("reading plan.fqda") is shown as the core says it.
PROGRESS_STEPS = (
    QT_TRANSLATE_NOOP("ExchangeProgress", "reading the file"),
    QT_TRANSLATE_NOOP("ExchangeProgress", "codebook, cases and variables"),
    QT_TRANSLATE_NOOP("ExchangeProgress", "merging coders"),
    QT_TRANSLATE_NOOP("ExchangeProgress", "merging cases"),
    QT_TRANSLATE_NOOP("ExchangeProgress", "merging documents"),
    QT_TRANSLATE_NOOP("ExchangeProgress", "merging codes"),
    QT_TRANSLATE_NOOP("ExchangeProgress", "merging segments"),
    QT_TRANSLATE_NOOP("ExchangeProgress", "merging chart cells"),
    QT_TRANSLATE_NOOP("ExchangeProgress", "merging memos"),
    QT_TRANSLATE_NOOP("ExchangeProgress", "done"),
)


def step_label(label: str) -> str:
    """A core progress step in the interface's language (unknown steps as they are)."""
    if isinstance(label, Message):  # a step that names something: "sources (3 of 9)"
        return shown(label)
    return QCoreApplication.translate("ExchangeProgress", label)


def default_project_path(source: Path) -> Path:
    """Beside the source, same stem, ``.fqda``; ``stem (2).fqda`` … when that is taken."""
    candidate = source.with_suffix(PROJECT_SUFFIX)
    number = 2
    while candidate.exists():
        candidate = source.with_name(f"{source.stem} ({number}){PROJECT_SUFFIX}")
        number += 1
    return candidate


def choose_import(parent: MainWindow, source: Path | None = None) -> tuple[Path, Path] | None:
    """Ask for the REFI-QDA file (unless ``source``, a file dropped on the window), then where
    to save the new project (never over a file)."""
    if source is None:
        projects = QCoreApplication.translate("RefiImportDialog", "REFI-QDA projects")
        source = file_dialogs.open_file(
            parent, import_title(), f"{projects} (*.qdpx *.qde);;{all_files()}"
        )
    if source is None:
        return None
    chosen = file_dialogs.save_file(
        parent,
        QCoreApplication.translate("RefiImportDialog", "Save the imported project as"),
        str(default_project_path(source)),
        QCoreApplication.translate("RefiImportDialog", "FrameworkQDA projects")
        + f" (*{PROJECT_SUFFIX})",
        confirm_replace=False,  # we refuse below instead
    )
    if chosen is None:
        return None
    target = str(chosen[0])
    if not target.endswith(PROJECT_SUFFIX):
        target += PROJECT_SUFFIX
    if Path(target).exists():
        QMessageBox.warning(
            parent,
            import_title(),
            QCoreApplication.translate(
                "RefiImportDialog",
                "{path} already exists.\n\nAn import always creates a new project and never "
                "replaces a file: choose another name.",
            ).format(path=target),
        )
        return None
    return source, Path(target)


def import_refi(window: MainWindow, source: Path | None = None) -> RefiImportDialog | None:
    """File → Import REFI-QDA project (or ``source`` dropped on the window): choose, run with
    progress, open, show the report."""
    chosen = choose_import(window, source)
    if chosen is None:
        return None
    source, target = chosen
    dialog = RefiImportDialog(source, target, window)
    dialog.imported.connect(lambda report: _open_imported(window, dialog, report))
    dialog.start()
    dialog.open()  # window-modal, returns at once: the import runs on its own thread
    return dialog


def _open_imported(window: MainWindow, dialog: RefiImportDialog, report: CarryOverReport) -> None:
    window.open_project(str(dialog.target))
    dialog.report_dialog = CarryOverDialog(report, window)
    dialog.report_dialog.open()


def export_refi(window: MainWindow) -> RefiExportDialog | None:
    """File → Export REFI-QDA project: choose the file, then line endings, then export."""
    if window.session is None:
        return None
    project = window.session.project
    chosen = file_dialogs.save_file(
        window,
        export_title(),
        f"{project.name or 'project'}.qdpx",
        QCoreApplication.translate("RefiExportDialog", "REFI-QDA project") + " (*.qdpx)",
    )
    if chosen is None:
        return None
    target = str(chosen[0])
    if not target.lower().endswith(".qdpx"):
        target += ".qdpx"
    dialog = RefiExportDialog(project, Path(target), window)
    dialog.open()
    return dialog


class _ExchangeDialog(QDialog):
    """A label, a progress bar, a result line and Cancel/Close; runs one job on a QThread."""

    def __init__(self, title: str, subject: Path, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.subject = subject
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.label)
        self._layout.addWidget(self.bar)
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)
        self._layout.addWidget(self.buttons)
        self.setMinimumWidth(560)  # sized to its text: _fit after the result is shown
        self.job: Job | None = None
        self.done_event = threading.Event()
        self.error: str | None = None
        self.cancelled = False

    # -- running ---------------------------------------------------------------------------
    def _job(self) -> Exchange:
        raise NotImplementedError

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def start(self) -> None:
        if self.running():
            return
        self.done_event.clear()
        self.error = None
        self.cancelled = False
        self.message.hide()
        self.bar.setRange(0, 0)
        self.bar.show()
        self.cancel_button.setText(self.tr("Cancel"))
        exchange = self._job()

        def work(report: Report, cancelled: Cancel) -> object:
            return exchange(lambda done, total, label: report((done, total, label)), cancelled)

        self.job = Job(self.windowTitle(), self.subject, work, self)
        self.job.progressed.connect(lambda step: self._progressed(*step))
        self.job.succeeded.connect(self._succeeded_on_gui)
        self.job.failed.connect(self._failed_on_gui)
        self.job.set_status(  # 「REFI-QDA を取り込む：study.qdpx」: a full-width colon in Japanese
            self.tr("{task}: {name}").format(task=self.windowTitle(), name=self.subject.name)
        )
        self.job.start_work()

    def cancel(self) -> None:
        """Ask the core to stop at its next check; it removes whatever it had written."""
        if self.job is not None and self.running():
            self.job.cancel()
            self.label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _cancel_or_close(self) -> None:
        if self.running():
            self.cancel()
        else:
            self.reject()

    def reject(self) -> None:  # Esc while running cancels instead of hiding a live job
        if self.running():
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _progressed(self, done: int, total: int, label: str) -> None:
        if self.job is not None and self.job.cancelled.is_set():
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self._progress_text(label))

    def _progress_text(self, label: str) -> str:
        label = step_label(label)
        return f"{label[:1].upper()}{label[1:]}…"

    def _succeeded_on_gui(self, result: object) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self._finish_buttons()
        self.done_event.set()
        self._succeeded(result)

    def _succeeded(self, result: object) -> None:
        raise NotImplementedError

    def _failed_on_gui(self, message: str, cancelled: bool) -> None:
        self.cancelled = cancelled
        self.error = None if cancelled else message
        self.bar.hide()
        self.label.setText(self._failed_text(cancelled))
        self.message.setText(message)
        tones.tone(self.message, None if cancelled else tones.ERROR)
        self.message.show()
        self._finish_buttons()
        self._fit()
        self.done_event.set()

    def _failed_text(self, cancelled: bool) -> str:
        raise NotImplementedError

    def _fit(self) -> None:
        """As wide as the subject's path (a path does not wrap) and, up to 720 px, as the
        message's longest line, at most the screen's width; as tall as the wrapped text needs:
        the fixed 560×200 hid the end of a Japanese summary under Close and the path below."""
        most_width, most_height = available(self)  # the screen's room, less a frame
        metrics = self.message.fontMetrics()
        margins = self._layout.contentsMargins()
        lines = [*self.label.text().splitlines(), *self.message.text().splitlines()]
        prose = max((metrics.horizontalAdvance(line) for line in lines), default=0)
        path = metrics.horizontalAdvance(str(self.subject))
        wanted = max(min(prose, 720), path) + margins.left() + margins.right() + 8
        width = min(max(self.width(), wanted), most_width)
        height = max(self.heightForWidth(width), self.minimumSizeHint().height())
        self.resize(width, min(max(height, self.height()), most_height))

    def _finish_buttons(self) -> None:
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))


class RefiImportDialog(_ExchangeDialog):
    """Creates a new project from a .qdpx/.qde file; ``imported(report)`` when it succeeded."""

    imported = Signal(object)  # CarryOverReport

    def __init__(self, source: Path, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(import_title(), source, parent)
        self.setObjectName("refiImportDialog")
        self.source = source
        self.target = target
        self.report: CarryOverReport | None = None
        self.report_dialog: CarryOverDialog | None = None
        self.label.setText(
            self.tr("Importing {source} into a new project {target}…").format(
                source=source.name, target=target.name
            )
        )

    def _job(self) -> Exchange:
        source, target = self.source, self.target
        return lambda progress, cancel: import_qdpx(
            source, target, progress=progress, cancel=cancel, translate=translate
        )

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, CarryOverReport)
        self.report = result
        self.label.setText(
            self.tr("Imported {source} into {target}.").format(
                source=self.source.name, target=self.target.name
            )
        )
        self.accept()
        self.imported.emit(result)

    def _failed_text(self, cancelled: bool) -> str:
        if cancelled:
            return self.tr("Import cancelled. No project was created.")
        return self.tr("{name} could not be imported. No project was created.").format(
            name=self.source.name
        )


class RefiExportDialog(_ExchangeDialog):
    """Writes the open project as a .qdpx; LF line endings unless CRLF (MAXQDA) is checked."""

    def __init__(self, project: Project, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(export_title(), target, parent)
        self.setObjectName("refiExportDialog")
        self.project = project
        self.target = target
        self.summary: ExportSummary | None = None
        self.label.setText(
            self.tr("Export “{project}” to {path}").format(project=project.name, path=target)
        )
        self.crlf = QCheckBox(self.tr("Windows line endings (CRLF) in the text files — for MAXQDA"))
        self.crlf.setToolTip(
            self.tr(
                "NVivo, ATLAS.ti and QualCoder read either; positions are written so they "
                "count the characters of the file as written."
            )
        )
        self._layout.insertWidget(1, self.crlf)
        self.export_button: QPushButton = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button.setText(self.tr("Close"))
        self._fit()

    def start(self) -> None:
        if self.running():
            return
        self.crlf.setEnabled(False)
        self.export_button.hide()
        self.label.setText(
            self.tr("Exporting “{project}” to {name}…").format(
                project=self.project.name, name=self.target.name
            )
        )
        super().start()

    def _job(self) -> Exchange:
        project, target = self.project, self.target
        endings = "crlf" if self.crlf.isChecked() else "lf"
        return lambda progress, cancel: export_qdpx(
            project, target, line_endings=endings, progress=progress, cancel=cancel
        )

    def _progress_text(self, label: str) -> str:
        if label == "done":
            return self.tr("Finishing…")
        return self.tr("Exporting: {step}…").format(step=step_label(label))

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, ExportSummary)
        self.summary = result
        endings = "CRLF" if self.crlf.isChecked() else "LF"
        self.label.setText(
            self.tr("Exported “{project}” to {name}.").format(
                project=self.project.name, name=self.target.name
            )
        )
        tones.tone(self.message, None)
        self.message.setText(
            self.tr(
                "{documents}, {codes}, {segments} and {notes} ({endings} line endings)."
            ).format(
                documents=self.tr("%n document(s)", "", result.documents),
                codes=self.tr("%n code(s)", "", result.codes),
                segments=self.tr("%n coded segment(s)", "", result.segments),
                notes=self.tr("%n note(s)", "", result.notes),
                endings=endings,
            )
            + self._scores_left_out(result)
            + self._shared_names(result)
            + f"\n{self.target}"
        )
        self.message.show()
        self._fit()

    def _scores_left_out(self, result: ExportSummary) -> str:
        if not result.scores_left_out:
            return ""
        return "\n" + self.tr(  # a sentence a line: no space after 。 in Japanese
            "{scores} were not written: REFI-QDA has no place for them; they stay in this project."
        ).format(scores=self.tr("%n external score(s)", "", result.scores_left_out))

    @staticmethod
    def _shared_names(result: ExportSummary) -> str:
        note = result.shared_names_note()
        return "" if note is None else "\n" + shown(note)

    def _failed_text(self, cancelled: bool) -> str:
        if cancelled:
            return self.tr("Export cancelled. No file was written.")
        return self.tr("The project could not be exported. No file was written.")


class CarryOverDialog(QDialog):
    """The carry-over report of an import: what came in, what changed, what was not kept."""

    def __init__(self, report: CarryOverReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("carryOverDialog")
        self.setWindowTitle(self.tr("REFI-QDA import: carry-over report"))
        self.report = report
        lost = len(report.lost)
        summary = QLabel(
            self.tr("<b>{source}</b> was imported into the new project <b>{project}</b>.").format(
                source=html.escape(Path(report.source).name),
                project=html.escape(Path(report.project).name),
            )
            + "<br>"
            + (
                f"<span style='color:{tones.accent_name(tones.WARNING)}'>"
                + self.tr("%n part(s) of the file could not be carried over — see below.", "", lost)
                + "</span>"
                if lost
                else self.tr("Everything in the file was carried over.")
            )
        )
        summary.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(report_html(report))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setIcon(QIcon())  # icon hid the "O"
        copy = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copyReport")
        copy.clicked.connect(self.copy)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 560)

    def text(self) -> str:
        """The report as the dialog shows it, in the interface's language: what a researcher
        pastes into their notes should read as what they saw."""
        return self.browser.toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def report_html(report: CarryOverReport) -> str:
    """The report as HTML for the dialog: losses first (the warning the standard asks for),
    then what changed on the way, then the counts of what came in."""
    e = html.escape
    source = QCoreApplication.translate("CarryOverDialog", "From <code>{path}</code>")
    origin = QCoreApplication.translate("CarryOverDialog", "(made by {origin})")
    project = QCoreApplication.translate("CarryOverDialog", "New project: <code>{path}</code>")
    lost = QCoreApplication.translate("CarryOverDialog", "Not carried over ({count})")
    not_in = QCoreApplication.translate(
        "CarryOverDialog", "These parts of the file are <b>not</b> in the new project:"
    )
    no_loss = QCoreApplication.translate("CarryOverDialog", "Nothing: no data was lost.")
    changed = QCoreApplication.translate("CarryOverDialog", "Changed on the way ({count})")
    carried = QCoreApplication.translate("CarryOverDialog", "Carried over")
    nothing = QCoreApplication.translate("CarryOverDialog", "Nothing.")
    parts: list[str] = ["<p>" + source.format(path=e(report.source))]
    if report.origin:
        parts.append(" " + origin.format(origin=e(report.origin)))
    parts.append("<br>" + project.format(path=e(report.project)) + "</p>")
    if report.lost:
        title = lost.format(count=_number(len(report.lost)))
        warning = tones.accent_name(tones.WARNING, QPalette.ColorRole.Base)  # a text browser
        parts.append(f"<h3 style='color:{warning}'>{title}</h3><p>{not_in}</p><ul>")
        parts.extend(f"<li>{e(shown(line))}</li>" for line in report.lost)
        parts.append("</ul>")
    else:
        parts.append(f"<h3>{lost.format(count=_number(0))}</h3><p>{no_loss}</p>")
    if report.notes:
        parts.append(f"<h3>{changed.format(count=_number(len(report.notes)))}</h3><ul>")
        parts.extend(f"<li>{e(shown(line))}</li>" for line in report.notes)
        parts.append("</ul>")
    counts = [_kind(n, kind) for kind, n in sorted(report.imported.items()) if n]
    parts.append(f"<h3>{carried}</h3>")
    parts.append(f"<p>{' · '.join(counts) if counts else nothing}</p>")
    return "".join(parts)


def _number(n: int) -> str:
    return QLocale().toString(n)


def _kind(n: int, kind: str) -> str:
    """``1 case``, ``4 codes``, ``2 variable values``: a count and its noun, bold number."""
    return f"<b>{_number(n)}</b> {html.escape(counted_noun(n, kind))}"


def counted_noun(n: int, kind: str) -> str:
    """The noun of a core count (``case`` or ``cases``) for ``n``: translated when the
    interface's language has it, else English, singular for one."""
    many = kind if kind.endswith("s") else kind + "s"
    shown = QCoreApplication.translate("CountedNoun", many)
    if shown == many and n == 1:
        return many[:-1]
    return shown


# The nouns the carry-over report and the merge summary count (the core's keys, in the
# plural), listed so that lupdate collects them.
COUNTED_NOUNS = (
    QT_TRANSLATE_NOOP("CountedNoun", "attributes"),
    QT_TRANSLATE_NOOP("CountedNoun", "attribute values"),
    QT_TRANSLATE_NOOP("CountedNoun", "cases"),
    QT_TRANSLATE_NOOP("CountedNoun", "chart cells"),
    QT_TRANSLATE_NOOP("CountedNoun", "codes"),
    QT_TRANSLATE_NOOP("CountedNoun", "coders"),
    QT_TRANSLATE_NOOP("CountedNoun", "documents"),
    QT_TRANSLATE_NOOP("CountedNoun", "memos"),
    QT_TRANSLATE_NOOP("CountedNoun", "free memos"),
    QT_TRANSLATE_NOOP("CountedNoun", "scale values"),
    QT_TRANSLATE_NOOP("CountedNoun", "scores"),
    QT_TRANSLATE_NOOP("CountedNoun", "segments"),
    QT_TRANSLATE_NOOP("CountedNoun", "users"),
    QT_TRANSLATE_NOOP("CountedNoun", "variables"),
    QT_TRANSLATE_NOOP("CountedNoun", "variable values"),
)
