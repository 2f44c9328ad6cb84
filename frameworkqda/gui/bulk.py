"""Undoable changes to many segments at once: each is ONE step on the undo stack.

Bulk recode and bulk delete (review view) and "code all hits" (search panel) call the core's
bulk services, which commit in one transaction, and tell the session "segments" changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from frameworkqda.core import review
from frameworkqda.core.editing import SegmentData
from frameworkqda.gui.session import ProjectSession
from frameworkqda.gui.undo import ServiceCommand


def recode(session: ProjectSession, segment_ids: Sequence[int], code_id: int) -> None:
    """Give the segments one code; undo puts each back on its own code."""
    ids = list(segment_ids)
    before: dict[int, int] = {}

    def do() -> None:
        before.clear()
        before.update(review.recode_segments(session.project, ids, code_id))

    def undo() -> None:
        review.restore_codes(session.project, before)

    label = f"Recode {len(ids)} segments as “{session.code_path(code_id)}”"
    session.push(ServiceCommand(session, label, do, undo, ("segments",)))


def delete(session: ProjectSession, segment_ids: Sequence[int]) -> None:
    ids = list(segment_ids)
    deleted: list[SegmentData] = []

    def do() -> None:
        deleted[:] = review.delete_segments(session.project, ids)

    def undo() -> None:
        review.restore_segments(session.project, deleted)

    session.push(ServiceCommand(session, f"Delete {len(ids)} segments", do, undo, ("segments",)))


def code_ranges(
    session: ProjectSession, code_id: int, ranges: Sequence[tuple[int, int, int]]
) -> list[int]:
    """Code (document, start, end) ranges; returns the new segment ids (already coded: skipped)."""
    created: list[int] = []
    wanted = list(ranges)
    command: list[ServiceCommand] = []

    def do() -> None:
        if created:  # redo: the same segments, with the same ids
            review.restore_segments(session.project, kept)
        else:
            created[:] = review.add_segments(session.project, code_id, wanted)
            command[0].setObsolete(not created)  # nothing new: no undo step

    kept: list[SegmentData] = []

    def undo() -> None:
        kept[:] = review.delete_segments(session.project, created)

    label = f"Code {len(wanted)} hits as “{session.code_path(code_id)}”"
    command.append(ServiceCommand(session, label, do, undo, ("segments",)))
    session.push(command[0])
    return list(created)
