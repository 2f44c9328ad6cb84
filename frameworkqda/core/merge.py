"""Merging another copy of the same study into a project: File → Merge project…, ``merge``.

Two coders often work on copies of one project. :func:`merge_project` brings OTHER (a ``.fqda``
file, a PostgreSQL URL, or a REFI-QDA ``.qdpx``/``.qde``, imported first into a temporary
project) into TARGET in ONE transaction, so a failure or a cancel leaves TARGET as it was.

Rows are matched, never overwritten: documents by content hash, codes by GUID and else by
path, cases, attributes (name and kind), coders and scale values by name, a theme's scores by
series. What TARGET lacks is added, with the other's GUIDs where TARGET has no row holding
them; what cannot be matched safely, or is one value that differs (an attribute value, a
score: TARGET's kept), is reported and skipped. Two codebooks that share no code are warned
of first (a copy made in the other language doubles the codebook). Each coder's charting of a
cell arrives as that coder's (``cell_chartings``), so when both hold a cell for the same
case × code and the two differ, TARGET's cell stays and the other's value and summary are
kept as its coder's charting. Only when that cannot hold it (the same coder charted the cell
differently in both, or the other's cell has no author) does it go into the cell's memo (one
memo per target, so appended under a heading naming the source, coder and date). The other
exception to "nothing in TARGET changes": a passage of theirs sharing text with one of the
same code and coder here joins it as coding that text again would
(``overlaps.join_overlapping``: that passage widened to the union, their note and translation
added under such a heading), so no evidence counts twice.
The row-by-row work is :mod:`frameworkqda.core.merge_rows`.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from frameworkqda.core import workers
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.jobs import Cancel, JobCancelled
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.store import Project, ProjectLocation, open_project
from frameworkqda.core.store.changes import note_nothing_changed
from frameworkqda.core.store.integrity import no_project_file
from frameworkqda.core.words import plural

Progress = Callable[[int, int, str], object]  # done, total, what is being merged

REFI_SUFFIXES = (".qdpx", ".qde")
STEPS = ("coders", "cases", "documents", "codes", "segments", "chart cells", "memos")


class MergeCancelled(JobCancelled):
    """The person cancelled a merge; the target project is as it was."""


class _Trial(Exception):
    """Raised at the end of a trial merge, to roll its transaction back."""


@dataclass
class MergeSummary:
    """What a merge matched, added and could not settle, for the CLI and the GUI's dialog."""

    target: str
    source: str
    matched: Counter[str] = field(default_factory=Counter)
    added: Counter[str] = field(default_factory=Counter)
    # both kept: TARGET's row, and the other's as its coder's charting (or in a memo)
    conflicts: list[str] = field(default_factory=list)
    # ambiguous or unplaceable, or one value that differs (this project's kept): not added
    skipped: list[str] = field(default_factory=list)
    # a REFI-QDA file's items carried over but changed on the way, as its import says them
    changed: list[str] = field(default_factory=list)
    # OTHER's passages joined into one of the same code and coder here, as coding joins them
    joined: list[str] = field(default_factory=list)
    passages_joined: int = 0  # how many: the headline says so when nothing else is new
    # what is most likely a mistake, said first: no code matched (a copy in another language)
    warnings: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary as the CLI prints it and the dialog's Copy gives it."""
        out = [f"WARNING: {line}" for line in self.warnings]
        out.append(f"merged {self.source} into {self.target}")
        out.append(f"matched: {_counts(self.matched)}")
        out.append(f"added: {_counts(self.added)}")
        out.append(f"conflicts ({len(self.conflicts)}):" if self.conflicts else "conflicts: none")
        out.extend(f"  - {line}" for line in self.conflicts)
        out.append(f"skipped ({len(self.skipped)}):" if self.skipped else "skipped: nothing")
        out.extend(f"  - {line}" for line in self.skipped)
        if self.changed:  # the words of import-qdpx's report (CarryOverReport.lines)
            out.append(f"changed on the way ({len(self.changed)}):")
            out.extend(f"  - {line}" for line in self.changed)
        if self.joined:
            out.append(f"joined ({len(self.joined)}):")
            out.extend(f"  - {line}" for line in self.joined)
        return out

    @property
    def nothing_added(self) -> bool:
        """Merging changed nothing here: nothing added, no passage joined."""
        return not any(self.added.values()) and not self.joined


def _counts(counter: Counter[str]) -> str:
    parts = [plural(n, noun) for noun, n in counter.items() if n]
    return ", ".join(parts) or "nothing"


def merge_project(
    target: Project,
    other: str | Path,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    trial: bool = False,
) -> MergeSummary:
    """Merge the project (or REFI-QDA file) at ``other`` into ``target``; all or nothing.
    ``trial``: say what the merge would do, and roll it back (``import-qdpx`` run again)."""
    source = str(other)
    location = ProjectLocation.parse(source)
    if location.path is not None and location.path.suffix.lower() in REFI_SUFFIXES:
        return _merge_refi(target, location.path, progress, cancel, trial)
    if location.path is not None and not location.path.is_file():
        raise ValidationError(no_project_file(location.path))
    if str(location) == str(target.location):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Merge", "{source}: a project cannot be merged into itself").format(
                source=source
            )
        )
    with open_project(source, read_only=True) as opened:
        label = location.path.name if location.path else (opened.name or source)
        return merge_open_projects(target, opened, label, source, progress, cancel, trial)


def _merge_refi(
    target: Project,
    path: Path,
    progress: Progress | None,
    cancel: Cancel | None,
    trial: bool = False,
) -> MergeSummary:
    """Import the REFI-QDA file into a throw-away project, then merge that."""
    from frameworkqda.core.exchange.refi import ExchangeCancelled, import_qdpx

    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Merge", "{path}: no such file").format(path=path))
    workers.sweep_temporary()  # a killed merge's folder, say: ours are named after their pid
    with tempfile.TemporaryDirectory(prefix=f"{workers.temporary_prefix()}merge-") as folder:
        temporary = Path(folder) / "other.fqda"
        _step(progress, 0, f"reading {path.name}")
        try:
            carried = import_qdpx(
                path,
                temporary,
                progress=lambda _done, _total, what: _step(progress, 0, f"reading: {what}"),
                cancel=cancel,
            )
        except ExchangeCancelled:
            raise MergeCancelled(f"{path}: merge cancelled; nothing was changed") from None
        with open_project(temporary) as opened:
            summary = merge_open_projects(
                target, opened, path.name, str(path), progress, cancel, trial
            )
    # what the file held but could not be read (a source missing from the archive, a
    # selection out of range) never reached the temporary project: said, not dropped; nor
    # what reached it changed (a case taken as another by the case-name rule, say)
    summary.skipped[:0] = carried.lost
    summary.changed[:0] = carried.notes
    return summary


def merge_open_projects(
    target: Project,
    other: Project,
    label: str,
    source: str,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    trial: bool = False,
) -> MergeSummary:
    """The merge itself, between two open projects; ``label`` (OTHER's file name) names it in
    memo headings and the summary, since both copies of a study usually share a project name.
    ``trial``: everything but the commit (the transaction is rolled back)."""
    from frameworkqda.core.merge_rows import Merger, OtherRows

    summary = MergeSummary(target=str(target.location), source=source)
    with other.session() as other_session, contextlib.suppress(_Trial):
        rows = OtherRows.read(other_session)
        with target.transaction() as session:
            merger = Merger(session, other_session, rows, label, summary)
            for number, step in enumerate(STEPS):
                if cancel is not None and cancel.is_set():
                    raise MergeCancelled(f"{source}: merge cancelled; nothing was changed")
                _step(progress, number + 1, f"merging {step}")
                merger.run(step)
            if summary.nothing_added:  # merged before: nothing to count or log
                note_nothing_changed(session)
            if trial:
                raise _Trial  # rolls the transaction back
    _step(progress, len(STEPS) + 1, "done")
    return summary


def _step(progress: Progress | None, done: int, label: str) -> None:
    if progress is not None:
        progress(done, len(STEPS) + 1, label)
