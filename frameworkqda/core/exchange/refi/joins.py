"""A file's coded passages that share text with one of the same code and coder on the same
source, joined by the rule coding follows (``overlaps.join_overlapping``): another program's
export (or a file written by hand) may hold two identical or overlapping selections of one
code by one coder, which would count twice in the matrix and the mapping and show twice in
Review. Different coders' passages are never joined (agreement compares them), nor passages
merely beside each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from frameworkqda.core.codebook import joined_text
from frameworkqda.core.exchange.refi import report_lines as say
from frameworkqda.core.exchange.refi.plan_parts import Plan, PSegment
from frameworkqda.core.exchange.refi.report import CarryOverReport
from frameworkqda.core.messages import render
from frameworkqda.core.overlaps import join_overlapping
from frameworkqda.core.tables import utcnow


@dataclass
class Joined:
    """What joining left: the passages to write, and for each selection none of whose
    passages is written, the passage its first one joined (its memos go there)."""

    kept: list[PSegment]
    moved: dict[str, PSegment] = field(default_factory=dict)


def join_passages(plan: Plan, report: CarryOverReport) -> Joined:
    """Join the plan's overlapping passages of one source, code and coder; each joined one's
    note and translation are added to the passage it joined (under a line saying so), and
    each source's joins are one line of the report."""
    groups: dict[tuple[str, str, str | None], list[int]] = {}
    for index, segment in enumerate(plan.segments):
        groups.setdefault((segment.document, segment.code, segment.coder), []).append(index)
    into: dict[int, int] = {}
    now = utcnow()  # a passage a join changes is not the file's any more: changed now
    for indexes in groups.values():
        if len(indexes) < 2:
            continue
        segments = plan.segments
        joins = join_overlapping([], ((i, segments[i].start, segments[i].end) for i in indexes))
        for index, (start, end) in joins.grown.items():
            segments[index].start, segments[index].end = start, end
            segments[index].updated = now
        into.update(joins.into)
    if not into:
        return Joined(plan.segments)
    heading = render(say.JOINED_PASSAGE_HEADING, plan.translate)
    per_source: dict[str, int] = {}
    for index, target in sorted(into.items()):  # in the file's order
        gone, kept = plan.segments[index], plan.segments[target]
        texts = kept.note, kept.translation
        kept.note = joined_text(kept.note, gone.note, heading)
        kept.translation = joined_text(kept.translation, gone.translation, heading)
        if (kept.note, kept.translation) != texts:
            kept.updated = now
        per_source[gone.document] = per_source.get(gone.document, 0) + 1
    names = {document.guid: document.name for document in plan.documents}
    for source, count in per_source.items():
        report.note(say.PASSAGES_JOINED.format(name=names.get(source, source), n=count))
    kept_passages = [s for i, s in enumerate(plan.segments) if i not in into]
    written = {s.selection for s in kept_passages}
    joined = Joined(kept_passages)
    for index, target in sorted(into.items()):
        selection = plan.segments[index].selection
        if selection not in written:
            joined.moved.setdefault(selection, plan.segments[target])
    return joined
