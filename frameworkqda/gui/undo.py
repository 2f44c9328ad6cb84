"""Undoable actions: each QUndoCommand calls core services, which commit before it returns.

A command's ``redo`` runs the change, ``undo`` reverses it; both finish with the project
committed and then tell the session what changed so the views refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from frameworkqda.core import editing

if TYPE_CHECKING:
    from frameworkqda.gui.session import ProjectSession


class ServiceCommand(QUndoCommand):
    """A pair of callables over core services; ``changed`` names what views must refresh."""

    def __init__(
        self,
        session: ProjectSession,
        text: str,
        do: Callable[[], None],
        undo: Callable[[], None],
        changed: tuple[str, ...],
    ) -> None:
        super().__init__(text)
        self._session = session
        self._do = do
        self._undo = undo
        self._changed = changed

    def redo(self) -> None:
        self._do()
        self._session.notify(*self._changed)

    def undo(self) -> None:
        self._undo()
        self._session.notify(*self._changed)


class AddSegmentCommand(QUndoCommand):
    """Code a range; undo deletes the segment, redo puts it back with the same id."""

    def __init__(
        self,
        session: ProjectSession,
        document_id: int,
        code_id: int,
        start: int,
        end: int,
        label: str,
    ) -> None:
        super().__init__(f"Code “{label}”")
        self._session = session
        self._args = (document_id, code_id, start, end)
        self.segment_id: int | None = None
        self._data: editing.SegmentData | None = None

    def redo(self) -> None:
        project = self._session.project
        if self._data is None:
            self.segment_id = editing.add_segment(project, *self._args)
        else:
            self.segment_id = editing.restore_segment(project, self._data)
        self._session.notify("segments")

    def undo(self) -> None:
        assert self.segment_id is not None
        self._data = editing.delete_segment(self._session.project, self.segment_id)
        self._session.notify("segments")


class DeleteSegmentCommand(QUndoCommand):
    def __init__(self, session: ProjectSession, segment_id: int) -> None:
        super().__init__("Delete segment")
        self._session = session
        self._segment_id = segment_id
        self._data: editing.SegmentData | None = None

    def redo(self) -> None:
        self._data = editing.delete_segment(self._session.project, self._segment_id)
        self._session.notify("segments")

    def undo(self) -> None:
        assert self._data is not None
        editing.restore_segment(self._session.project, self._data)
        self._session.notify("segments")


class UpdateSegmentCommand(QUndoCommand):
    def __init__(
        self, session: ProjectSession, segment_id: int, text: str, **changes: object
    ) -> None:
        super().__init__(text)
        self._session = session
        self._segment_id = segment_id
        self._changes = changes
        self._before: editing.SegmentData | None = None

    def redo(self) -> None:
        self._before = editing.update_segment(
            self._session.project, self._segment_id, **self._changes
        )  # type: ignore[arg-type]
        self._session.notify("segments")

    def undo(self) -> None:
        assert self._before is not None
        before = self._before
        editing.update_segment(
            self._session.project,
            self._segment_id,
            code_id=before.code_id,
            note=before.note,
            translation=before.translation,
        )
        self._session.notify("segments")
