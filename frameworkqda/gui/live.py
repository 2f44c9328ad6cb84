"""Seeing what others change in a shared project while it is open.

Every few seconds a background thread asks the core what other programs committed since the
last look (``Project.changes_since``: one small read when nothing changed, never on the GUI
thread, so a slow server cannot freeze the window); what they changed reaches the views
through the session's one ``changed`` signal, exactly as the person's own edits do, so each
view refreshes just what it shows (the matrix just the named cells).
"""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from frameworkqda.core.commands import Change
from frameworkqda.core.errors import FrameworkQDAError, ProjectFileLostError
from frameworkqda.core.store import Project
from frameworkqda.core.store.changes import EVERYTHING, RemoteChanges

DEFAULT_INTERVAL = 2.0  # seconds; FRAMEWORKQDA_WATCH_INTERVAL overrides it
INTERVAL_ENV = "FRAMEWORKQDA_WATCH_INTERVAL"
ALL_CHANGES = frozenset(change for change in Change if change is not Change.CODER)


def watch_interval() -> float:
    try:
        return max(0.2, float(os.environ.get(INTERVAL_ENV, DEFAULT_INTERVAL)))
    except ValueError:
        return DEFAULT_INTERVAL


def as_changes(kinds: frozenset[str]) -> frozenset[Change]:
    """The change kinds a log names; ``*`` (or one this version does not know): all of them."""
    known = {change.value: change for change in ALL_CHANGES}
    if any(kind == EVERYTHING or kind not in known for kind in kinds):
        return ALL_CHANGES
    return frozenset(known[kind] for kind in kinds)


class ChangeWatcher(QObject):
    """Polls ``project`` off the GUI thread; ``arrived(changes, cells)`` on the GUI thread."""

    arrived = Signal(object, object)  # frozenset[Change], cells or None
    # the server cannot be reached (the FrameworkQDAError), said once; None: it is back
    reachable = Signal(object)
    _polled = Signal(object)  # RemoteChanges, from the polling thread
    _failed = Signal(object)  # the FrameworkQDAError, from the polling thread

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._seen = project.change_count()
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self, interval=int(watch_interval() * 1000))
        self._timer.timeout.connect(self._poll)
        self._polled.connect(self._take)
        self._failed.connect(self.away)
        self._lost = False

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """Stop polling and wait for a look in progress (before the project closes)."""
        self._timer.stop()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _poll(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return  # the last look is still waiting for the server
        seen = self._seen
        self._thread = threading.Thread(target=self._look, args=(seen,), daemon=True)
        self._thread.start()

    def _look(self, seen: int) -> None:
        try:
            found = self._project.changes_since(seen)
        except FrameworkQDAError as error:  # the server is away: look again next time
            self._failed.emit(error)
            return
        self._polled.emit(found)

    def away(self, error: FrameworkQDAError) -> None:
        """The server cannot be reached (a look, or a save, failed): said once, and ``None``
        once a look succeeds again."""
        if not self._lost and self._timer.isActive():
            self._lost = True
            self.reachable.emit(error)
        if isinstance(error, ProjectFileLostError):  # it will not come back by looking again
            self._timer.stop()

    def _take(self, found: RemoteChanges) -> None:
        if self._lost:
            self._lost = False
            self.reachable.emit(None)
        if found.count <= self._seen or not self._timer.isActive():
            return
        self._seen = found.count
        if found.any:
            self.arrived.emit(as_changes(found.kinds), found.cells)
