"""Importing from the GUI: a file dialog, a worker thread running the core's import service,
a progress dialog with per-file results and cancel, and a password prompt for protected PDFs.

The worker calls :func:`frameworkqda.core.importers.import_documents` — the CLI's service —
with a ``threading.Event`` for cancel and a password prompt that asks on the GUI thread: the
service calls it when a PDF needs a password and again, marked wrong, when the answer does not
open the file. Folders (chosen or dropped) are expanded to the supported files inside them.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from frameworkqda.core.importers import (
    ImportProgress,
    ImportResult,
    ImportStatus,
    expand_folders,
    import_documents,
)
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.settings import Settings

FILE_FILTER = (
    "Documents (*.pdf *.docx *.html *.htm *.xhtml *.txt *.text *.md *.markdown);;All files (*)"
)
MARKS = {
    ImportStatus.IMPORTED: "✓",
    ImportStatus.DUPLICATE: "=",
    ImportStatus.FAILED: "×",
    ImportStatus.CANCELLED: "–",
}


def choose_files(parent: QWidget, settings: Settings) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, "Import documents", settings.last_folder(), FILE_FILTER
    )
    if paths:
        settings.set_last_folder(str(Path(paths[0]).parent))
    return paths


class _Worker(QObject):
    """Runs one batch on its own thread; asks for passwords through the dialog."""

    progressed = Signal(object)  # ImportProgress
    password_needed = Signal(str, bool)  # path, the previous answer was wrong
    finished = Signal(list)

    def __init__(self, session: ProjectSession, paths: list[Path], case: str | None) -> None:
        super().__init__()
        self._session = session
        self._paths = paths
        self._case = case
        self.cancelled = threading.Event()
        self._answered = threading.Event()
        self._answer: str | None = None

    def run(self) -> None:
        try:
            results = import_documents(
                self._session.project,
                self._paths,
                case=self._case,
                password=self._ask,
                progress=self.progressed.emit,
                cancel=self.cancelled,
            )
        except Exception as error:  # shown to the user, never lost
            results = [
                ImportResult(path, ImportStatus.FAILED, f"{path.name}: {error}")
                for path in self._paths
            ]
        self.finished.emit(list(results))

    def _ask(self, path: Path, wrong: bool) -> str | None:
        """Called by the service on the worker thread; blocks until the dialog answers."""
        if self.cancelled.is_set():
            return None
        self._answered.clear()
        self.password_needed.emit(str(path), wrong)
        while not self._answered.wait(0.1):
            if self.cancelled.is_set():
                return None
        return self._answer

    def answer(self, password: str | None) -> None:
        self._answer = password
        self._answered.set()


class ImportDialog(QDialog):
    """Runs one import off the GUI thread and lists what happened to every file."""

    def __init__(
        self,
        session: ProjectSession,
        paths: list[Path],
        case: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle("Import documents")
        self._session = session
        self._paths = expand_folders(paths)
        self._case = case
        self.results: list[ImportResult] = []
        self.label = QLabel(f"Importing {len(self._paths)} file(s)…")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, max(len(self._paths), 1))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(620, 380)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self.done_event = threading.Event()
        self._reported = 0

    @property
    def paths(self) -> list[Path]:
        """The files this dialog imports (folders already expanded)."""
        return list(self._paths)

    def start(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            return  # one batch at a time
        self.done_event.clear()
        if not self._paths:
            self._finished([])
            return
        self._thread = QThread(self)
        self._worker = _Worker(self._session, self._paths, self._case)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.password_needed.connect(self._password_needed)
        self._worker.finished.connect(self._finished)
        self._thread.start()

    def ask_password(self, path: Path, wrong: bool) -> str | None:
        """The password for ``path`` from the person, or None to skip the file."""
        prompt = (
            f"The password for {path.name} is wrong. Try again:"
            if wrong
            else f"{path.name} is protected by a password. Password:"
        )
        password, ok = QInputDialog.getText(self, "Password", prompt, QLineEdit.EchoMode.Password)
        return password if ok and password else None

    def _password_needed(self, path: str, wrong: bool) -> None:
        if self._worker is None:
            return
        if wrong:
            self.list.addItem(f"× {Path(path).name}: the password is wrong")
        cancelled = self._worker.cancelled.is_set()
        self._worker.answer(None if cancelled else self.ask_password(Path(path), wrong))

    def _progressed(self, event: ImportProgress) -> None:
        count = max(event.file_count, 1)
        # whole files done, plus the share of the current one (pages of a PDF)
        share = event.done / event.total if event.total else 0.0
        self.bar.setRange(0, count * 100)
        self.bar.setValue(int((event.file_index + share) * 100))
        if event.result is not None:
            self._reported += 1
            self._show(event.result)
        else:
            self.label.setText(
                f"Importing {event.path.name} ({event.file_index + 1} of {event.file_count})…"
            )

    def _show(self, result: ImportResult) -> None:
        self.list.addItem(f"{MARKS[result.status]} {result.message}")
        for warning in result.warnings:
            self.list.addItem(f"    {warning}")
        self.list.scrollToBottom()

    def _finished(self, results: list[ImportResult]) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self.results = list(results)
        for result in results[self._reported :]:  # not reported through progress (an error)
            self._show(result)
        self._session.notify("documents", "cases")
        counts = {status: 0 for status in ImportStatus}
        for result in results:
            counts[result.status] += 1
        parts = [f"Imported {counts[ImportStatus.IMPORTED]} of {len(results)} file(s)"]
        if counts[ImportStatus.DUPLICATE]:
            parts.append(f"{counts[ImportStatus.DUPLICATE]} already in the project")
        if counts[ImportStatus.FAILED]:
            parts.append(f"{counts[ImportStatus.FAILED]} failed")
        if counts[ImportStatus.CANCELLED]:
            parts.append(f"{counts[ImportStatus.CANCELLED]} cancelled")
        self.label.setText(", ".join(parts) + ".")
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)
        self.done_event.set()

    def cancel(self) -> None:
        """Stop after the current page; files not yet read are reported as cancelled."""
        if self._worker is not None and not self.done_event.is_set():
            self._worker.cancelled.set()
            self._worker.answer(None)
            self.label.setText("Cancelling…")

    def _cancel(self) -> None:
        if not self.done_event.is_set():
            self.cancel()
        else:
            self.reject()
