"""Work off the GUI thread: one core call with progress, cancel and error reporting.

A dialog or view (document import, REFI-QDA import and export, the report export, the
matrix's auto-draft) hands a :class:`Job` a function ``work(report, cancel)``; the job runs it on
its own thread and says on the GUI thread how it ended. ``cancel`` is the core's one cancel type
(:mod:`frameworkqda.core.jobs`: a ``threading.Event`` the job owns), so the core call checks it
and raises ``JobCancelled``. Every job that runs is listed by :func:`running`, so the main
window can ask before it closes and then cancel or wait: a QThread destroyed while it runs
aborts the whole program; a job made with ``ask=False`` (the search panel's: seconds at most,
nothing half-written) is cancelled without asking. :class:`JobStatus` shows a job's progress
in the status bar once its dialog is out of sight. :class:`JobProgress` is the window-modal
progress dialog with Cancel of a job started from a view (code all hits, Review → Export
shown…): the window repaints and answers meanwhile, and takes no other change.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.jobs import Cancel, JobCancelled, Progress
from frameworkqda.gui.i18n import QT_TRANSLATE_NOOP, shown

if TYPE_CHECKING:
    from frameworkqda.core.store import Project

Report = Callable[[object], None]
Work = Callable[[Report, Cancel], object]


class Steppable(Protocol):
    """An undoable step that says how far it is and can be cancelled while it applies."""

    progress: Progress | None
    cancel: Cancel | None

    def apply(self, project: Project) -> None: ...


def applying(command: Steppable, project: Project) -> Work:
    """The work of applying ``command`` to ``project`` on a job's thread (Code all hits, a
    codebook merge): its progress reported as (done, total), its cancel the job's; the
    command itself is the result, for the caller to put on the undo stack."""

    def work(report: Report, cancel: Cancel) -> object:  # on the job's thread: no Qt
        command.progress = lambda done, total, _what: report((done, total))
        command.cancel = cancel
        try:
            command.apply(project)
        finally:
            command.progress = command.cancel = None
        return command

    return work


_RUNNING: list[Job] = []


class Job(QThread):
    """Runs ``work`` once; ``succeeded(result)`` or ``failed(message, cancelled)`` follow on the
    GUI thread after the thread has ended (an error raised once cancel was asked is a cancel)."""

    progressed = Signal(object)  # whatever the work reports
    status_changed = Signal(str, int, int)  # text, done, total (for the status bar)
    succeeded = Signal(object)
    failed = Signal(str, bool)  # message naming the file and the reason, cancelled

    def __init__(
        self, title: str, subject: object, work: Work, parent: QObject | None, ask: bool = True
    ) -> None:
        super().__init__(parent)
        self.ask = ask  # quitting or closing the project asks before cancelling it
        self.title = title  # "Importing documents": the window's close question names it
        self.subject = subject
        self.status = title
        self.done_of = (0, 0)  # progress with the status: done of total (0 of 0: busy)
        self.cancelled = threading.Event()
        self._work = work
        self._outcome: tuple[bool, object, bool] = (False, "", False)  # ok, value, cancelled
        self.finished.connect(self._ended)

    def start_work(self) -> None:
        if self in _RUNNING:
            return
        self.cancelled.clear()
        _RUNNING.append(self)
        self.start()

    def running(self) -> bool:
        return self in _RUNNING

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self.cancelled.set()

    def set_status(self, text: str, done: int = 0, total: int = 0) -> None:
        self.status, self.done_of = text, (done, total)
        self.status_changed.emit(text, done, total)

    def run(self) -> None:  # on the job's own thread
        try:
            self._outcome = (True, self._work(self.progressed.emit, self.cancelled), False)
        except JobCancelled as error:
            self._outcome = (False, shown(error), True)
        except FrameworkQDAError as error:  # names the file and the reason
            self._outcome = (False, shown(error), self.cancelled.is_set())
        except Exception as error:  # shown to the person, never lost
            message = QCoreApplication.translate("Jobs", "{subject}: {error}").format(
                subject=self.subject,
                error=f"{type(error).__name__}: {error}",  # Python's words
            )
            self._outcome = (False, message, self.cancelled.is_set())

    def _ended(self) -> None:
        if self not in _RUNNING:
            return
        _RUNNING.remove(self)
        ok, value, cancelled = self._outcome
        if ok:
            self.succeeded.emit(value)
        else:
            self.failed.emit(str(value), cancelled)

    def finish(self, cancel: bool) -> None:
        """Cancel (if asked) and wait for the thread, then say how it ended, right now."""
        if cancel:
            self.cancel()
        self.wait()
        QCoreApplication.sendPostedEvents(self)  # the queued `finished`: _ended runs here
        self._ended()


def running() -> list[Job]:
    """The jobs started and not yet ended, oldest first."""
    return list(_RUNNING)


def finish_all(cancel: bool = True) -> None:
    """Cancel and wait for every job (quitting must never destroy a running thread)."""
    for job in running():
        job.finish(cancel)


# the question and its three answers (cancel, wait, stay), when quitting and when closing
_ASKS = {
    True: (
        QT_TRANSLATE_NOOP("Jobs", "This is still running:\n{jobs}\n\nStop it and quit?"),
        QT_TRANSLATE_NOOP("Jobs", "Cancel it and quit"),
        QT_TRANSLATE_NOOP("Jobs", "Quit when done"),
        QT_TRANSLATE_NOOP("Jobs", "Don't quit"),
    ),
    False: (
        QT_TRANSLATE_NOOP(
            "Jobs", "This is still running:\n{jobs}\n\nStop it and close the project?"
        ),
        QT_TRANSLATE_NOOP("Jobs", "Cancel it and close the project"),
        QT_TRANSLATE_NOOP("Jobs", "Close the project when done"),
        QT_TRANSLATE_NOOP("Jobs", "Don't close the project"),
    ),
}


def ask_to_stop(parent: QWidget, quitting: bool, wait: bool) -> str:
    """Ask before quitting (or closing the project) while jobs run: "cancel", "wait" (only
    offered when ``wait``) or "stay"."""
    busy = [job for job in running() if job.ask]
    if not busy:
        return "cancel"
    names = "\n".join(f"• {job.status}" for job in busy)
    box = QMessageBox(parent)
    box.setObjectName("stopJobsQuestion")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Jobs", "Work in progress"))
    question, *texts = (QCoreApplication.translate("Jobs", t) for t in _ASKS[quitting])
    box.setText(question.format(jobs=names))
    cancel = box.addButton(texts[0], QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(texts[1], QMessageBox.ButtonRole.AcceptRole) if wait else None
    stay = box.addButton(texts[2], QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is cancel:
        return "cancel"
    return "wait" if later is not None and clicked is later else "stay"


class JobStatus(QWidget):
    """A label and a small progress bar in the status bar, for a job left to run unseen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobStatus")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._job: Job | None = None
        self.hide()

    def follow(self, job: Job) -> None:
        self._job = job
        job.status_changed.connect(self._show)
        job.succeeded.connect(self._ended)
        job.failed.connect(self._ended)
        self._show(job.status, *job.done_of)
        self.show()

    def _show(self, text: str, done: int, total: int) -> None:
        self.label.setText(text)
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(done)

    def _ended(self, *_: object) -> None:
        self._job = None
        self.hide()


SHOWN_AFTER_MS = 300  # a job done sooner shows no dialog (no flash on a small project)


class JobProgress(QDialog):
    """A job's progress and its Cancel, modal to its window while the job runs (the window
    repaints meanwhile: the event loop turns). The job reports ``(done, total)`` (total 0:
    busy); Cancel or Esc asks the job to stop, and the dialog closes when the job has ended.
    (A QProgressDialog turns the event loop inside each ``setValue`` when modal.)"""

    def __init__(self, job: Job, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("jobProgress")
        self.setWindowTitle(job.title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the job says how far it is
        self.cancel_button = QPushButton(QCoreApplication.translate("Jobs", "Cancel"))
        self.cancel_button.setObjectName("jobCancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.job = job
        self._ended_already = False
        # where the keyboard was when the job began: it goes back there once the job has ended
        # (the button that started it is disabled meanwhile, which sent the focus to the next
        # widget; the dialog closed left no window active, and keys went nowhere)
        self._focus = QApplication.focusWidget()
        self._window = parent.window()
        self._timer = QTimer(self, singleShot=True, interval=SHOWN_AFTER_MS)
        self._timer.timeout.connect(self._show)
        job.started.connect(self._timer.start)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._ended)
        job.failed.connect(self._ended)

    def _show(self) -> None:
        if not self._ended_already:
            self.open()

    def _progressed(self, step: object) -> None:
        if self.job.cancelled.is_set() or not isinstance(step, tuple):
            return
        done, total = int(step[0]), int(step[1])
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total else 0)

    def reject(self) -> None:
        """Cancel (the button, Esc, the window's close): the job stops at its next check and
        rolls back what it did; the dialog stays until it has."""
        if self._ended_already:
            super().reject()
            return
        self.job.cancel()
        self.label.setText(QCoreApplication.translate("Jobs", "Cancelling…"))
        self.cancel_button.setEnabled(False)

    def _ended(self, *_: object) -> None:
        self._ended_already = True
        self._timer.stop()
        self.done(0)
        self.deleteLater()
        focus, window = self._focus, self._window
        # once the job's other listeners have run (they enable its button again)
        QTimer.singleShot(0, window, lambda: _give_back(window, focus))


def _give_back(window: QWidget, focus: QWidget | None) -> None:
    """The window active again and the keyboard where it was before a job, unless a dialog
    opened since (a message about the job) has them."""
    if QApplication.activeModalWidget() is not None or not window.isVisible():
        return
    if QApplication.activeWindow() is None:
        window.activateWindow()
    if focus is None or not isValid(focus) or focus.window() is not window:
        return
    if focus.isVisible() and focus.isEnabled():
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
