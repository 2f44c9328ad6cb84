"""Coding and charting from a CSV file (``core/bulk.py``) as commands: one transaction, all
rows or none, and one undo step that takes every row back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from frameworkqda.core import bulk, charting, coding
from frameworkqda.core.commands.base import Change, Command
from frameworkqda.core.messages import QT_TRANSLATE_NOOP


@dataclass
class CodeFromCsv(Command):
    """Add a segment for each row of a CSV file; ``count`` says how many, ``present`` how many
    rows were coded so already."""

    changes = frozenset({Change.SEGMENTS})
    path: Path
    created: list[coding.SegmentRecord] | None = None

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Code from {name}").format(name=self.path.name)

    present: int = 0  # rows coded so already (the same note and translation): not added

    @property
    def count(self) -> int:
        return len(self.created or [])

    @property
    def is_empty(self) -> bool:
        return self._applied and not self.created

    def _changed_nothing(self) -> bool:
        return not self.created

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.created is None:
            self.created, self.present = bulk.code_rows_in(session, self.path, coder_id)
        else:  # a redo writes what the file said then, with the same ids
            coding.reinsert_in(session, self.created)

    def _revert(self, session: Session) -> None:
        coding.delete_many_in(session, [record.id for record in self.created or []])


@dataclass
class ChartFromCsv(Command):
    """Set a chart cell for each row of a CSV file; ``count`` says how many."""

    changes = frozenset({Change.CELLS})
    path: Path
    charted: bulk.Charted | None = None

    def __post_init__(self) -> None:
        self.text = QT_TRANSLATE_NOOP("CoreCommand", "Chart from {name}").format(
            name=self.path.name
        )

    @property
    def count(self) -> int:
        return len(self.charted.before) if self.charted else 0

    def _apply(self, session: Session, coder_id: int) -> None:
        if self.charted is None:
            self.charted = bulk.chart_rows_in(session, self.path, coder_id)
        else:  # a redo writes what the file said then, into cells with the same ids
            charting.restore_cells_in(session, self.charted.after, self.charted.ids)

    def _changed_nothing(self) -> bool:
        return self.charted is not None and self.charted.before == self.charted.after

    def _revert(self, session: Session) -> None:
        assert self.charted is not None
        charting.restore_cells_in(session, self.charted.before)
