"""Typed text that saves itself, as a segment's note always has.

A code's definition and a theme's memo in Mapping were kept only when a Save button was
clicked: clicking another code or theme, or closing the window, dropped them without a word.
Every such field now saves after a pause in typing and whenever the view lets go of it
(:meth:`AutoSave.flush`: another item shown, an undo, the project closed).

A save the project refuses (another program holds it past the write wait, the disk is full, the
server is away) used to pass as done, or end in a traceback: the text was then lost. Here it
stays unsaved, the reason goes out through ``failed`` (the window shows it), and the next pause
or flush tries again; closing the project asks before leaving it (``MainWindow``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.gui.i18n import shown


class AutoSave(QObject):
    """Calls ``save`` once typing pauses for ``pause_ms``, or at :meth:`flush`."""

    failed = Signal(str)  # the core's one-line reason: nothing was saved

    def __init__(self, save: Callable[[], None], pause_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self, singleShot=True, interval=pause_ms)
        self._timer.timeout.connect(self.flush)
        self.pending = False  # typed since shown or last saved
        self.problem: str | None = None  # why the last try failed, while it is unsaved

    def edited(self) -> None:
        """The person typed: save after the pause."""
        self.pending = True
        self._timer.start()

    def forget(self) -> None:
        """New content is shown: nothing of the old is left to save."""
        self._timer.stop()
        self.pending, self.problem = False, None

    def flush(self) -> bool:
        """Save what was typed now; False (and ``failed``) when the project refused it."""
        self._timer.stop()
        if not self.pending:
            return True
        try:
            self._save()
        except FrameworkQDAError as error:
            self.problem = shown(error)
            self.failed.emit(self.problem)
            return False
        self.pending, self.problem = False, None
        return True
