"""Coders as the views see them: who has coded, whose a segment is, and two coders side by side.

The coder filters of the review and matrix views list the project's coders; the Compare coders
view opens one code in one document with each coder's passages and the ranges only one of them
coded (their disagreements), so the researcher can walk from one disagreement to the next.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from sqlalchemy import or_, select

from frameworkqda.core import model
from frameworkqda.core.agreement import Interval, merged
from frameworkqda.core.codebook import resolve
from frameworkqda.core.documents import resolve_document
from frameworkqda.core.store import Project

ONLY_A, ONLY_B = "a", "b"


def coder_names(project: Project, *, coded: bool = False) -> list[str]:
    """The project's coders by name (``coded``: only those with work to compare, who coded
    a passage or charted a cell)."""
    query = select(model.Coder.name).order_by(model.Coder.name)
    if coded:
        query = query.where(
            or_(
                select(model.Segment.id).where(model.Segment.coder_id == model.Coder.id).exists(),
                select(model.CellCharting.id)
                .where(model.CellCharting.coder_id == model.Coder.id)
                .exists(),
            )
        )
    with project.session() as session:
        return list(session.scalars(query))


def segment_coders(project: Project, segment_ids: Iterable[int]) -> dict[int, str]:
    """The coder's name of each segment (segments whose coder was deleted are left out)."""
    wanted = list(set(segment_ids))
    if not wanted:
        return {}
    with project.session() as session:
        rows = session.execute(
            select(model.Segment.id, model.Coder.name)
            .join(model.Coder, model.Coder.id == model.Segment.coder_id)
            .where(model.Segment.id.in_(wanted))
        ).all()
    return {segment_id: name for segment_id, name in rows}


@dataclass(frozen=True)
class Disagreement:
    """A range [start, end) coded by one coder only (``who``: ONLY_A or ONLY_B)."""

    start: int
    end: int
    who: str


@dataclass(frozen=True)
class SideBySide:
    """One code in one document as two coders coded it (intervals merged per coder)."""

    document_id: int
    document: str
    code_id: int
    text: str
    a: list[Interval]
    b: list[Interval]
    disagreements: list[Disagreement]


def one_coder_only(a: Sequence[Interval], b: Sequence[Interval]) -> list[Disagreement]:
    """The maximal ranges where exactly one coder coded, in text order (one sweep)."""
    a, b = merged(a), merged(b)
    events = sorted({point for interval in (*a, *b) for point in interval})
    result: list[Disagreement] = []
    i = j = 0
    for low, high in pairwise(events):
        while i < len(a) and a[i][1] <= low:
            i += 1
        while j < len(b) and b[j][1] <= low:
            j += 1
        in_a = i < len(a) and a[i][0] <= low
        in_b = j < len(b) and b[j][0] <= low
        if in_a == in_b:
            continue
        who = ONLY_A if in_a else ONLY_B
        last = result[-1] if result else None
        if last is not None and last.end == low and last.who == who:
            result[-1] = Disagreement(last.start, high, who)
        else:
            result.append(Disagreement(low, high, who))
    return result


def side_by_side(
    project: Project, code_path: str, document: str, coder_a: str, coder_b: str
) -> SideBySide:
    """Coder A's and B's passages of a code in a document, and where they disagree."""
    with project.session() as session:
        code_id = resolve(session, code_path)
        document_id = resolve_document(session, document)
        text = session.scalar(select(model.Document.text).where(model.Document.id == document_id))
        rows = session.execute(
            select(model.Coder.name, model.Segment.start, model.Segment.end)
            .join(model.Coder, model.Coder.id == model.Segment.coder_id)
            .where(
                model.Segment.document_id == document_id,
                model.Segment.code_id == code_id,
                model.Coder.name.in_((coder_a, coder_b)),
            )
        ).all()
    a = merged((start, end) for name, start, end in rows if name == coder_a)
    b = merged((start, end) for name, start, end in rows if name == coder_b)
    return SideBySide(document_id, document, code_id, text or "", a, b, one_coder_only(a, b))
