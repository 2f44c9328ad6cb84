"""Importing from the GUI: a file dialog, a worker thread, a progress dialog with per-file
results and cancel, and a password prompt for protected PDFs."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

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

from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.settings import Settings

FILE_FILTER = "Documents (*.pdf *.docx *.txt *.md *.html *.htm);;All files (*)"


def import_service() -> Any:
    """The core's import service: the full importers when present, else the stopgap."""
    try:
        from frameworkqda.core.importers import import_documents
    except ImportError:
        from frameworkqda.core.simple_import import import_documents
    return import_documents


def choose_files(parent: QWidget, settings: Settings) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(
        parent, "Import documents", settings.last_folder(), FILE_FILTER
    )
    if paths:
        settings.set_last_folder(str(Path(paths[0]).parent))
    return paths


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(list)

    def __init__(
        self, session: ProjectSession, paths: list[Path], case: int | None, password: str | None
    ) -> None:
        super().__init__()
        self._session = session
        self._paths = paths
        self._case = case
        self._password = password
        self.cancelled = threading.Event()

    def run(self) -> None:
        service = import_service()
        try:
            results = service(
                self._session.project,
                self._paths,
                case=self._case,
                password=self._password,
                progress=lambda done, total, name: self.progressed.emit(done, total, name),
                cancel=self.cancelled.is_set,
            )
        except Exception as error:  # shown to the user, never lost
            results = [_Failure(path, str(error)) for path in self._paths]
        self.finished.emit(list(results))


class _Failure:
    def __init__(self, path: Path, message: str) -> None:
        self.path, self.message, self.document_id, self.needs_password = path, message, None, False


class ImportDialog(QDialog):
    """Runs one import off the GUI thread and lists what happened to every file."""

    def __init__(
        self,
        session: ProjectSession,
        paths: list[Path],
        case: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle("Import documents")
        self._session = session
        self._paths = paths
        self._case = case
        self.results: list[Any] = []
        self.label = QLabel(f"Importing {len(paths)} item(s)…")
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.list = QListWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self._cancel)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(560, 360)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self.done_event = threading.Event()

    def start(self, paths: list[Path] | None = None, password: str | None = None) -> None:
        self.done_event.clear()
        self._thread = QThread(self)
        self._worker = _Worker(self._session, paths or self._paths, self._case, password)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._finished)
        self._thread.start()

    def _progressed(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if name:
            self.label.setText(f"Importing {name} ({done + 1} of {total})…")

    def _finished(self, results: list[Any]) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self.results.extend(results)
        for result in results:
            mark = "✓" if result.document_id is not None else "✗"
            self.list.addItem(f"{mark} {Path(result.path).name}: {result.message}")
        self._session.notify("documents", "cases")
        protected = [r.path for r in results if getattr(r, "needs_password", False)]
        if protected and self.isVisible():
            password, ok = QInputDialog.getText(
                self,
                "Password",
                f"{Path(protected[0]).name} is protected. Password:",
                QLineEdit.EchoMode.Password,
            )
            if ok and password:
                self.list.addItem(f"Retrying {len(protected)} protected file(s) with the password…")
                self.start([Path(p) for p in protected], password)
                return
        imported = sum(1 for r in self.results if r.document_id is not None)
        self.label.setText(f"Imported {imported} of {len(self.results)} file(s).")
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)
        self.done_event.set()

    def _cancel(self) -> None:
        if self._worker is not None and not self.done_event.is_set():
            self._worker.cancelled.set()
            self.label.setText("Cancelling after the current file…")
        else:
            self.reject()
