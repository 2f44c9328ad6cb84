"""The rule by which coded passages of one code and coder that share text become one, as
NVivo unions a node's coverage: coding text (``coding``), a REFI-QDA import, a merge and
``check`` all ask it. Plain ranges in, plain ranges out: no database, so ``check`` runs it
without the ORM.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def take_in(
    text: str, passages: Sequence[tuple[int, int, int]], start: int, end: int
) -> dict[int, tuple[int, int]] | None:
    """How passages (id, start, end) of one code and coder in ``text`` grow to cover
    ``[start, end)``: None when none overlaps it (it is a passage of its own: one merely beside
    it stays apart, each keeping its own note and translation), {} when they cover it already,
    else the new bounds of those that grow. A gap they leave goes to the passage before it (one
    before them all, to the first): none is merged into another, so none loses its note,
    translation or memos."""
    near = sorted(
        (first, last, segment_id)
        for segment_id, first, last in passages
        if first < end and start < last  # sharing text: a passage beside it stays apart
    )
    if not near:
        return None
    bounds = {segment_id: (first, last) for first, last, segment_id in near}
    first_start, reach, reacher = near[0]
    if start < first_start:
        bounds[reacher] = (start, reach)
    for first, last, segment_id in near[1:]:
        if first > reach:  # between two passages: the one before grows over it
            bounds[reacher] = (bounds[reacher][0], first)
        if last > reach:
            reach, reacher = last, segment_id
    if end > reach:
        bounds[reacher] = (bounds[reacher][0], end)
    return {
        segment_id: grown
        for first, last, segment_id in near
        if (grown := bounds[segment_id]) != (first, last)
    }


@dataclass
class Joins:
    """Where passages brought in (an import, a merge) went under :func:`take_in`: ``into``,
    each joined one's key and the passage it joined (its note, translation and memos belong
    there now); ``grown``, the new bounds of the passages widened to take them in."""

    into: dict[int, int]
    grown: dict[int, tuple[int, int]]


def join_overlapping(
    held: Iterable[tuple[int, int, int]], incoming: Iterable[tuple[int, int, int]]
) -> Joins:
    """Bring passages (key, start, end) of one document, code and coder in among those
    ``held`` as coding text does (:func:`take_in`): one that shares text with a passage held,
    or brought in before it, joins that passage (widened to the union) rather than stand
    beside it; one merely beside it stays a passage of its own. A joined one goes to the
    passage with its very range, else the first widened (as a selection's note goes,
    ``commands.AddSegment``), else the first it lies in. Keys are unique ints; the incoming
    are taken by start, then end, then key (the first of two equal ranges stays)."""
    waiting = deque(sorted(held, key=lambda p: p[1]))
    near: list[tuple[int, int, int]] = []  # those that may overlap this passage or a later one
    joins = Joins({}, {})
    for key, start, end in sorted(incoming, key=lambda p: (p[1], p[2], p[0])):
        while waiting and waiting[0][1] < end:
            near.append(waiting.popleft())
        near = [p for p in near if p[2] > start]  # none overlaps a later one
        same = next((i for i, first, last in near if first == start and last == end), None)
        if same is not None:  # its very range (a copy's every passage): it covers it
            joins.into[key] = same
            continue
        bounds = take_in("", near, start, end)
        if bounds is None:
            near.append((key, start, end))
            continue
        under = sorted((first, i) for i, first, last in near if first < end and start < last)
        widened = [i for _, i in under if i in bounds]
        joins.into[key] = (widened or [under[0][1]])[0]
        joins.grown.update(bounds)
        near = [(i, *bounds.get(i, (first, last))) for i, first, last in near]
    return joins
