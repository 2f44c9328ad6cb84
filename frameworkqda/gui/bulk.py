"""Undoable changes to many segments at once: each is ONE step on the undo stack.

Bulk recode and bulk delete (review view) and "code all hits" (search panel) run the core's bulk
commands (:mod:`frameworkqda.core.commands`), each one transaction; each command tells the
session what it changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from frameworkqda.core import commands
from frameworkqda.gui.session import ProjectSession


def recode(session: ProjectSession, segment_ids: Sequence[int], code_id: int) -> None:
    """Give the segments one code; undo puts each back on its own code."""
    ids = list(segment_ids)
    label = QCoreApplication.translate(  # %Ln: 7,936 in the Edit menu, not 7936
        "Bulk", "Recode %Ln segment(s) as “{code}”", "", len(ids)
    ).format(code=session.code_path(code_id))
    session.run(commands.RecodeSegments(ids, code_id), text=label)


def delete(session: ProjectSession, segment_ids: Sequence[int]) -> None:
    ids = list(segment_ids)
    label = QCoreApplication.translate("Bulk", "Delete %Ln segment(s)", "", len(ids))
    session.run(commands.DeleteSegments(ids), text=label)


def code_ranges(
    session: ProjectSession,
    code_id: int,
    ranges: Sequence[tuple[int, int, int]],
    unit: str = "hit",
) -> commands.CodeRanges:
    """Code (document, start, end) ranges widened to ``unit`` (hit, sentence, paragraph);
    returns the command, its ``created`` segments (already coded: skipped) and the ranges
    ``skipped`` (their document deleted since).

    When every range was already coded nothing changes and no undo step is left.
    """
    command = commands.CodeRanges(code_id, list(ranges), unit)  # type: ignore[arg-type]
    path = session.code_path(code_id)

    def label(done: commands.CodeRanges) -> str:  # the hits it coded: not a deleted one's
        return QCoreApplication.translate(  # %Ln: "Code 7,936 hits", not 7936
            "Bulk", "Code %Ln hit(s) as “{code}”", "", len(done.ranges) - done.skipped
        ).format(code=path)

    session.run(command, text=label)
    return command
