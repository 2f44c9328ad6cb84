"""A work-area view that follows the project, reloading only when someone can see it.

The matrix, mapping and review views each read a whole table from the core; reloading a hidden
one on every change would waste that work, so a change only marks it stale and it reloads when
shown again.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from frameworkqda.core.commands import Change
from frameworkqda.gui.session import ProjectSession


class ProjectView(QWidget):
    """Subclasses name the kinds of change they show and implement ``reload``."""

    RELOAD_ON: frozenset[Change] = frozenset()

    def __init__(self, session: ProjectSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._dirty = True
        session.changed.connect(self._changed)

    def _changed(self, changes: frozenset[Change], cells: object = None) -> None:
        if changes & self.RELOAD_ON:
            self._dirty = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read what the view shows from the core; subclasses start with ``_dirty = False``."""
        raise NotImplementedError
