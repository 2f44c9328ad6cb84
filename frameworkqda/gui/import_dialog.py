"""Importing from the GUI: a file dialog, then a dialog that names the files and the case they
go to, runs the core's import service off the GUI thread (a :class:`~frameworkqda.gui.jobs.Job`)
and lists what happened to every file, with cancel and a password prompt for protected PDFs.

The case is chosen in the dialog before anything is read — the cases, "Unassigned" said in so
many words, or "New case…" — defaulting to the case selected (or dropped on) in the tree, so
where a file lands is never a guess. The job calls
:func:`frameworkqda.core.importers.import_documents` — the CLI's service — with a
``threading.Event`` for cancel and a password prompt that asks on the GUI thread: the service
calls it when a PDF needs a password and again, marked wrong, when the answer does not open the
file. Closing the dialog while files are read asks: cancel the import, or keep it going in the
background with its progress in the status bar. Folders (chosen with File → Import folder…, or
dropped) are expanded to the supported files inside them.

The GUI thread stays free while files are read: the progress bar and label follow the newest
report at most every ``PROGRESS_MS`` (a PDF reports every chunk of pages), and imported
documents join the tree at most every ``REFRESH_MS``, since each change makes the tree, the
navigator and the status bar read the project again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core import workers
from frameworkqda.core.cases import list_cases
from frameworkqda.core.commands import Change
from frameworkqda.core.importers import (
    ImportProgress,
    ImportResult,
    ImportStatus,
    expand_folders,
    import_documents,
)
from frameworkqda.core.importers.registry import EXTENSIONS
from frameworkqda.core.importers.service import readable_name
from frameworkqda.core.jobs import Cancel, JobCancelled
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.gui import file_dialogs
from frameworkqda.gui.i18n import shown
from frameworkqda.gui.jobs import Job, Report
from frameworkqda.gui.keyboard import ChoiceBox
from frameworkqda.gui.screen_room import fit_to_screen
from frameworkqda.gui.session import ProjectSession

if TYPE_CHECKING:
    from frameworkqda.gui.main_window import MainWindow

# the extensions the registry reads as documents: "All files" brings the rest, which it refuses
# or reads by content with a note (docs/importers.md)
DOCUMENT_PATTERNS = "(" + " ".join(f"*{suffix}" for suffix in EXTENSIONS) + ")"
# a file skipped while its password was asked for: the line ImportDialog._line says too
CANCELLED_FILE = QT_TRANSLATE_NOOP("ImportDialog", "{name}: not imported (cancelled)")
MARKS = {
    ImportStatus.IMPORTED: "✓",
    ImportStatus.DUPLICATE: "=",
    ImportStatus.FAILED: "×",
    ImportStatus.CANCELLED: "–",
}
NEW_CASE = -1  # the case box's item data: a real case carries its name, Unassigned None
PROGRESS_MS = 100
REFRESH_MS = 1000


def file_filter() -> str:
    """The file dialog's filter, its descriptions in the interface's language."""
    documents = QCoreApplication.translate("ImportDialog", "Documents")
    everything = QCoreApplication.translate("ImportDialog", "All files")
    return f"{documents} {DOCUMENT_PATTERNS};;{everything} (*)"


def open_import(
    window: MainWindow, paths: list[str] | None, case_id: int | None, *, folder: bool = False
) -> ImportDialog | None:
    """Choose files (unless given; ``folder``: a folder, imported as one dropped on the
    window is), then show the dialog with its case: ``case_id``, else the case selected in the
    tree. While an import runs, its dialog comes back instead, before anything is chosen."""
    busy: ImportDialog | None = getattr(window, "last_import", None)
    if busy is not None and busy.running():
        busy.in_background = False
        busy.show()
        busy.raise_()
        return busy
    assert window.session is not None
    workers.warm_up()  # PDF readers start while the files are chosen
    if paths is not None:
        files = paths
    else:
        files = choose_folder(window) if folder else choose_files(window)
    if not files:
        return busy
    chosen = case_id if case_id is not None else window.document_tree.current_case()
    name = next((c.name for c in list_cases(window.session.project) if c.id == chosen), None)
    dialog = ImportDialog(window.session, [Path(p) for p in files], name, window)
    dialog.sent_to_background.connect(window.job_status.follow)
    dialog.ended.connect(
        lambda summary: (
            window.statusBar().showMessage(summary, 10000) if dialog.in_background else None
        )
    )
    dialog.show()  # not modal: the window stays usable (and closable) while files are read
    return dialog


def choose_files(parent: QWidget) -> list[str]:
    chosen = file_dialogs.open_files(
        parent, QCoreApplication.translate("ImportDialog", "Import documents"), file_filter()
    )
    return [str(path) for path in chosen]


def choose_folder(parent: QWidget) -> list[str]:
    """The folder chosen, as a drop of it gives it: the dialog expands it
    (:func:`~frameworkqda.core.importers.expand_folders`)."""
    chosen = file_dialogs.open_folder(
        parent, QCoreApplication.translate("ImportDialog", "Import folder")
    )
    return [str(chosen)] if chosen is not None else []


class _Passwords(QObject):
    """The service asks on the job's thread; the question is put to the person on the GUI
    thread and the job waits (checking for cancel) until it is answered."""

    needed = Signal(str, bool)  # path, the previous answer was wrong

    def __init__(self) -> None:
        super().__init__()
        self._answered = threading.Event()
        self._answer: str | None = None

    def ask(self, path: Path, wrong: bool, cancelled: Cancel) -> str | None:
        """The answer, or None to skip the file; a cancel meanwhile cancels the file."""
        self._answered.clear()
        if not cancelled.is_set():
            self.needed.emit(str(path), wrong)
        while not cancelled.is_set() and not self._answered.wait(0.1):
            pass
        if cancelled.is_set():
            raise JobCancelled(CANCELLED_FILE.format(name=path.name))
        return self._answer

    def answer(self, password: str | None) -> None:
        self._answer = password
        self._answered.set()


class ImportDialog(QDialog):
    """Names the files and their case; once Import is pressed, runs the import off the GUI
    thread and lists what happened to every file."""

    sent_to_background = Signal(object)  # the Job, now shown in the status bar
    ended = Signal(str)  # the summary line, when the import is over

    def __init__(
        self,
        session: ProjectSession,
        paths: list[Path],
        case: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import documents"))
        self._session = session
        self._paths = expand_folders(paths)
        self.results: list[ImportResult] = []
        self.label = QLabel(self.tr("%n file(s) to import:", "", len(self._paths)))
        self.label.setWordWrap(True)
        # ↓ stepping onto "New case…" opened its prompt at once: it asks on Return alone
        self.case_box = ChoiceBox(asks=lambda index: self.case_box.itemData(index) == NEW_CASE)
        self.case_box.setObjectName("importCase")
        self.case_box.setToolTip(
            self.tr("The case these documents belong to (a city, or the nation)")
        )
        names = [c.name for c in list_cases(session.project)]
        if case and case not in names:  # a case the import creates
            names.append(case)
        for name in names:  # case names are data: shown as they are
            self.case_box.addItem(name, name)
        self.case_box.addItem(self.tr("Unassigned (no case)"), None)
        self.case_box.addItem(self.tr("New case…"), NEW_CASE)
        self.case_box.setCurrentIndex(names.index(case) if case in names else len(names))
        self._chosen = self.case_box.currentIndex()
        self.case_box.chosen.connect(self._case_chosen)
        self.bar = QProgressBar()
        self.bar.setRange(0, max(len(self._paths), 1))
        self.bar.hide()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Files to import"))
        self.list.setWordWrap(True)
        self.list.addItems([p.name for p in self._paths])
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.clicked.connect(self.start)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self._cancel)
        self.ok_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.clicked.connect(self.accept)
        self.ok_button.hide()  # once the import is over
        form = QFormLayout()
        form.addRow(self.tr("Into case:"), self.case_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        # Return presses Import, then OK once the import is over (set once the buttons are the
        # dialog's: set before, Return pressed Cancel after Tab had passed over it)
        self.import_button.setDefault(True)
        fit_to_screen(self, 620, 400)
        self.job: Job | None = None
        self._passwords: _Passwords | None = None
        self.done_event = threading.Event()
        self.in_background = False
        self._reported = 0
        self._latest: ImportProgress | None = None  # the newest report not yet shown
        self._progress_timer = _quiet_timer(self, PROGRESS_MS, self._show_latest)
        self._refresh_timer = _quiet_timer(self, REFRESH_MS, self._refresh_views)

    @property
    def paths(self) -> list[Path]:
        """The files this dialog imports (folders already expanded)."""
        return list(self._paths)

    def case(self) -> str | None:
        """The chosen case's name, or None for Unassigned."""
        data = self.case_box.currentData()
        return data if isinstance(data, str) else None

    def _case_chosen(self, index: int) -> None:
        if self.case_box.itemData(index) != NEW_CASE:
            self._chosen = index
            return
        name, ok = QInputDialog.getText(
            self, self.tr("New case"), self.tr("Case name (a city, or the nation):")
        )
        name = name.strip()
        if not ok or not name:
            self.case_box.setCurrentIndex(self._chosen)
            return
        found = self.case_box.findData(name)
        if found < 0:
            found = self.case_box.count() - 2  # before Unassigned and New case…
            self.case_box.insertItem(found, name, name)
        self.case_box.setCurrentIndex(found)
        self._chosen = found

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def start(self) -> None:
        """Import into the chosen case (the Import button)."""
        if self.running() or self.done_event.is_set():
            return  # one batch per dialog
        self.case_box.leave()  # a case stepped to (not "New case…", which asks) is the one
        self.case_box.setEnabled(False)
        self.import_button.hide()
        self.list.clear()
        self.bar.show()
        case = self.case()
        self.label.setText(self._importing(case))
        if not self._paths:
            self._finished([])
            return
        project, paths, passwords = self._session.project, self._paths, _Passwords()

        def work(report: Report, cancelled: Cancel) -> object:
            return import_documents(
                project,
                paths,
                case=case,
                password=lambda path, wrong: passwords.ask(path, wrong, cancelled),
                progress=report,
                cancel=cancelled,
            )

        job = Job(self.tr("Importing documents"), paths[0].parent, work, self)
        passwords.needed.connect(self._password_needed)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(lambda results: self._finished(list(results)))
        job.failed.connect(self._failed)
        self.job, self._passwords = job, passwords
        job.set_status(self._importing(case))
        job.start_work()

    def _importing(self, case: str | None) -> str:
        count = len(self._paths)
        if case:
            return self.tr("Importing %n file(s) into {case}…", "", count).format(case=case)
        return self.tr("Importing %n file(s), unassigned (no case)…", "", count)

    def ask_password(self, path: Path, wrong: bool) -> str | None:
        """The password for ``path`` from the person, or None to skip the file."""
        prompt = (
            self.tr("The password for {name} is wrong. Try again:")
            if wrong
            else self.tr("{name} is protected by a password. Password:")
        ).format(name=path.name)
        password, ok = QInputDialog.getText(
            self, self.tr("Password"), prompt, QLineEdit.EchoMode.Password
        )
        return password if ok and password else None

    def _password_needed(self, path: str, wrong: bool) -> None:
        if self._passwords is None or self.job is None:
            return
        if self.in_background:  # the question needs the dialog in sight
            self.in_background = False
            self.show()
        # a wrong password is said by the question asked again, not by a line of its own: the
        # list had a × for a file then imported, or two for one file skipped
        cancelled = self.job.cancelled.is_set()
        self._passwords.answer(None if cancelled else self.ask_password(Path(path), wrong))

    def _progressed(self, event: object) -> None:
        assert isinstance(event, ImportProgress)
        if event.result is not None:
            self._reported += 1
            self._show(event.result)
            if event.result.status is ImportStatus.IMPORTED and not self._refresh_timer.isActive():
                self._refresh_timer.start()  # in the tree within REFRESH_MS
        self._latest = event
        if not self._progress_timer.isActive():  # the first at once, then the newest
            self._show_latest()
            self._progress_timer.start()

    def _show_latest(self) -> None:
        event, self._latest = self._latest, None
        if event is None or self.done_event.is_set():
            return
        count = max(event.file_count, 1)
        # whole files done, plus the share of the current one (pages of a PDF)
        share = event.done / event.total if event.total else 0.0
        self.bar.setRange(0, count * 100)
        self.bar.setValue(int((event.file_index + share) * 100))
        if event.result is None and self.job is not None and not self.job.cancelled.is_set():
            text = self.tr("Importing {name} ({number} of {count})…").format(
                name=event.path.name,
                number=QLocale().toString(event.file_index + 1),
                count=QLocale().toString(event.file_count),
            )
            self.label.setText(text)
            self.job.set_status(text, self.bar.value(), self.bar.maximum())

    def _refresh_views(self) -> None:
        self._session.notify({Change.DOCUMENTS, Change.CASES})

    def _line(self, result: ImportResult) -> str:
        """What happened to one file, in the interface's language; a failure's reason is the
        core's own message (it names the file)."""
        # the name as stored (composed: a Mac's decomposed が read "imported as" itself)
        name, document = readable_name(result.path), result.document_name or ""
        if result.status is ImportStatus.IMPORTED and document == name:  # said it twice
            return self.tr("{name}: imported").format(name=name)
        if result.status is ImportStatus.IMPORTED:
            return self.tr("{name}: imported as “{document}”").format(name=name, document=document)
        if result.status is ImportStatus.DUPLICATE and result.message:
            # the core's line: it names the case the document is in when another was asked for
            # (two coders importing one file at once into different cases)
            return shown(result.message)
        if result.status is ImportStatus.DUPLICATE:
            return self.tr("{name}: already in the project as “{document}” (same content)").format(
                name=name, document=document
            )
        if result.status is ImportStatus.CANCELLED:
            return self.tr("{name}: not imported (cancelled)").format(name=name)
        return shown(result.message)

    def _show(self, result: ImportResult) -> None:
        self.list.addItem(f"{MARKS[result.status]} {self._line(result)}")
        for warning in result.warnings:
            self.list.addItem(f"    {shown(warning)}")
        self.list.scrollToBottom()

    def _failed(self, message: str, cancelled: bool) -> None:
        status = ImportStatus.CANCELLED if cancelled else ImportStatus.FAILED
        self._finished([ImportResult(path, status, message) for path in self._paths])

    def _finished(self, results: list[ImportResult]) -> None:
        self.results = list(results)
        for result in results[self._reported :]:  # not reported through progress (an error)
            self._show(result)
        self._progress_timer.stop()
        self._refresh_timer.stop()
        self._refresh_views()
        counts = {status: 0 for status in ImportStatus}
        for result in results:
            counts[result.status] += 1
        summary = self._summary(counts, len(results))
        self.label.setText(summary)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.cancel_button.hide()
        self.ok_button.show()
        self.ok_button.setDefault(True)  # Return closes the dialog (Import is hidden)
        self.done_event.set()
        if self.in_background and counts[ImportStatus.FAILED]:
            self.in_background = False
            self.show()  # a file that failed unseen is named, never lost
        self.ended.emit(summary)

    def cancel(self) -> None:
        """Stop after the current page; files not yet read are reported as cancelled."""
        if self.job is not None and self.running():
            self.job.cancel()
            if self._passwords is not None:
                self._passwords.answer(None)
            self.label.setText(self.tr("Cancelling…"))
            self.job.set_status(self.tr("Cancelling the import…"))

    def _cancel(self) -> None:
        if self.running():
            self.cancel()
        else:
            self.reject()

    # -- closing while files are read -------------------------------------------------------
    def reject(self) -> None:  # Esc
        if self.running():
            self._close_while_running()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # Alt+F4, the title bar's close button
        if self.running():
            event.ignore()
            self._close_while_running()
            return
        super().closeEvent(event)

    def _close_while_running(self) -> None:
        """Ask: cancel the import, or keep it going in the background (status bar)."""
        box = QMessageBox(self)
        box.setObjectName("closeImportQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import documents"))
        box.setText(
            self.tr("The import is still running. Cancel it, or keep it going in the background?")
        )
        cancel = box.addButton(self.tr("Cancel import"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(
            self.tr("Keep going in the background"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Back to the import"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        if not self.running():  # it ended while the question was open: nothing to decide
            return
        if box.clickedButton() is cancel:
            self.cancel()
        elif box.clickedButton() is keep and self.job is not None:
            self.in_background = True
            self.hide()
            self.sent_to_background.emit(self.job)

    def _summary(self, counts: dict[ImportStatus, int], total: int) -> str:
        """``Imported 2 of 3 files, 1 failed.``: the line the dialog and the status bar end with.
        The parts are joined by their own separator, not the list one: a language may end each
        with a full stop (Japanese: ``…取り込みました。1 件は失敗しました。``)."""
        parts = [
            self.tr("Imported {imported} of %n file(s)", "", total).format(
                imported=QLocale().toString(counts[ImportStatus.IMPORTED])
            )
        ]
        for status, text in (
            (ImportStatus.DUPLICATE, self.tr("{count} already in the project")),
            (ImportStatus.FAILED, self.tr("{count} failed")),
            (ImportStatus.CANCELLED, self.tr("{count} cancelled")),
        ):
            if counts[status]:
                parts.append(text.format(count=QLocale().toString(counts[status])))
        between = self.tr(", ", "between the parts of the import summary")
        return self.tr("{parts}.").format(parts=between.join(parts))


def _quiet_timer(parent: QObject, interval: int, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
