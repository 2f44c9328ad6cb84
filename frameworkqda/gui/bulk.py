"""Undoable changes to many segments at once: each is ONE step on the undo stack.

Bulk recode and bulk delete (review view) and "code all hits" (search panel) run the core's bulk
commands (:mod:`frameworkqda.core.commands`), each one transaction; each command tells the
session what it changed. "Code all hits" runs as a job off the GUI thread with a progress
dialog and Cancel (:func:`code_ranges_job`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from frameworkqda.core import commands
from frameworkqda.gui.jobs import Job, JobProgress, applying
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
    session.run(command, text=_coding_label(session, code_id))
    return command


def _coding_label(session: ProjectSession, code_id: int) -> Callable[[commands.CodeRanges], str]:
    path = session.code_path(code_id)

    def label(done: commands.CodeRanges) -> str:  # the hits it coded: not a deleted one's
        return QCoreApplication.translate(  # %Ln: "Code 7,936 hits", not 7936
            "Bulk", "Code %Ln hit(s) as “{code}”", "", len(done.ranges) - done.skipped
        ).format(code=path)

    return label


def code_ranges_job(
    session: ProjectSession,
    code_id: int,
    ranges: Sequence[tuple[int, int, int]],
    unit: str,
    parent: QWidget,
) -> tuple[Job, commands.CodeRanges]:
    """:func:`code_ranges` as a job off the GUI thread, with a progress dialog and Cancel
    (8,604 hits froze the window 4.7 s): one transaction, one undo step once it has
    succeeded (``succeeded`` follows that); a cancel rolls it back, leaving nothing."""
    session.check_writable()
    command = commands.CodeRanges(code_id, list(ranges), unit)  # type: ignore[arg-type]
    title = QCoreApplication.translate("Bulk", "Coding hits")
    job = Job(title, session.code_path(code_id), applying(command, session.project), parent)
    # before the caller's: the step is on the stack (and the views told) when they hear
    job.succeeded.connect(lambda _: session.record(command, _coding_label(session, code_id)))
    job.finished.connect(job.deleteLater)
    JobProgress(
        job,
        QCoreApplication.translate("Bulk", "Coding %Ln hit(s)…", "", len(command.ranges)),
        parent,
    )
    job.set_status(title)
    return job, command
