"""Coding agreement between two coders, character by character, as NVivo's coding comparison.

For one code and one document every character is coded or not by coder A, and coded or not by
coder B. The four counts (both, neither, A only, B only) give the percentage agreement and
Cohen's κ, which discounts the agreement two coders would reach by chance given how much each
of them codes. Counts add up over documents, so a code's pooled figure weighs each document by
its length, and the overall figure pools every code.

Which documents a comparison covers: those in which either coder coded anything. A document
neither coder worked on says nothing about their agreement, and counting its characters as
"neither" would inflate every figure.

κ is undefined when chance agreement is already certain (both coders coded every character, or
both coded none): the row then carries ``kappa=None`` and the reason in ``kappa_note``.
Intervals are merged per coder first, so overlapping segments of one coder count once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frameworkqda.core import model
from frameworkqda.core.codebook import tree
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, listed, quoted
from frameworkqda.core.store import Project

ALL_DOCUMENTS = "*"
Interval = tuple[int, int]


@dataclass(frozen=True)
class Counts:
    """Characters by how two coders coded them; adds up over documents and codes."""

    both: int = 0
    neither: int = 0
    a_only: int = 0
    b_only: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.both + other.both,
            self.neither + other.neither,
            self.a_only + other.a_only,
            self.b_only + other.b_only,
        )

    @property
    def total(self) -> int:
        return self.both + self.neither + self.a_only + self.b_only

    def share(self, part: int) -> Fraction:
        return Fraction(part, self.total) if self.total else Fraction(0)

    @property
    def agreement(self) -> Fraction:
        return self.share(self.both + self.neither)

    @property
    def kappa(self) -> Fraction | None:
        """Cohen's κ, or None when chance agreement is 1 (neither coder varies)."""
        if not self.total:
            return None
        coded_a = self.share(self.both + self.a_only)
        coded_b = self.share(self.both + self.b_only)
        chance = coded_a * coded_b + (1 - coded_a) * (1 - coded_b)
        if chance == 1:
            return None
        return (self.agreement - chance) / (1 - chance)

    @property
    def kappa_note(self) -> str:
        if self.kappa is not None:
            return ""
        if not self.total:
            return "no characters compared"
        return "undefined: neither coder varies (both coded every character, or none)"


@dataclass(frozen=True)
class AgreementRow:
    code: str
    document: str  # ALL_DOCUMENTS for a code's pooled row (and the overall row's code too)
    counts: Counts


def merged(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, non-overlapping intervals covering the same characters."""
    result: list[Interval] = []
    for start, end in sorted(intervals):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


def _covered(intervals: Sequence[Interval]) -> int:
    return sum(end - start for start, end in intervals)


def _overlap(left: Sequence[Interval], right: Sequence[Interval]) -> int:
    """Characters in both merged interval lists (one sweep)."""
    total, i, j = 0, 0, 0
    while i < len(left) and j < len(right):
        low = max(left[i][0], right[j][0])
        high = min(left[i][1], right[j][1])
        total += max(0, high - low)
        if left[i][1] < right[j][1]:
            i += 1
        else:
            j += 1
    return total


def compare(length: int, coder_a: Iterable[Interval], coder_b: Iterable[Interval]) -> Counts:
    """The four counts for one code in one document of ``length`` characters."""
    a, b = merged(coder_a), merged(coder_b)
    both = _overlap(a, b)
    a_only = _covered(a) - both
    b_only = _covered(b) - both
    return Counts(both, length - both - a_only - b_only, a_only, b_only)


def coder_id_in(session: Session, name: str) -> int:
    coder_id = session.scalar(select(model.Coder.id).where(model.Coder.name == name))
    if coder_id is None:
        known = list(session.scalars(select(model.Coder.name).order_by(model.Coder.name)))
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Agreement", "no coder named {name} (coders: {coders})").format(
                name=quoted(name), coders=listed(known)
            )
            if known
            else QT_TRANSLATE_NOOP("Agreement", "no coder named {name} (coders: none)").format(
                name=quoted(name)
            )
        )
    return coder_id


def coding_agreement(project: Project, coder_a: str, coder_b: str) -> list[AgreementRow]:
    """Rows per code and document either coder used, a pooled row per code, an overall row.

    Rows come in codebook order, documents by name; each code's pooled row (document ``*``)
    follows its documents; the last row (code ``*``, document ``*``) pools everything.
    """
    if coder_a == coder_b:
        raise ValidationError("compare two different coders")
    with project.session() as session:
        ids = {coder_id_in(session, coder_a): "a", coder_id_in(session, coder_b): "b"}
        rows = session.execute(
            select(
                model.Segment.code_id,
                model.Segment.document_id,
                model.Segment.coder_id,
                model.Segment.start,
                model.Segment.end,
            ).where(model.Segment.coder_id.in_(ids))
        ).all()
        spans: dict[tuple[int, int], dict[str, list[Interval]]] = defaultdict(
            lambda: {"a": [], "b": []}
        )
        for code_id, document_id, coder_id, start, end in rows:
            if coder_id is not None:
                spans[(code_id, document_id)][ids[coder_id]].append((start, end))
        document_ids = {document_id for _, document_id in spans}
        documents: dict[int, tuple[str, int]] = {
            document_id: (name, length)
            for document_id, name, length in session.execute(
                select(
                    model.Document.id, model.Document.name, func.length(model.Document.text)
                ).where(model.Document.id.in_(document_ids))
            ).all()
        }
        nodes = tree(session)

    in_scope = sorted(documents, key=lambda document_id: documents[document_id][0])
    result: list[AgreementRow] = []
    overall = Counts()
    for node in nodes:
        pooled = Counts()
        used = False
        for document_id in in_scope:
            name, length = documents[document_id]
            coded = spans.get((node.id, document_id))
            counts = compare(length, coded["a"], coded["b"]) if coded else Counts(neither=length)
            pooled += counts
            if coded:
                used = True
                result.append(AgreementRow(node.path, name, counts))
        if used:
            result.append(AgreementRow(node.path, ALL_DOCUMENTS, pooled))
            overall += pooled
    result.append(AgreementRow(ALL_DOCUMENTS, ALL_DOCUMENTS, overall))
    return result


def percent(value: Fraction) -> str:
    """A share as a percentage with two decimals, rounded half up."""
    return _half_up(value * 100, 2)


def kappa_text(kappa: Fraction | None) -> str:
    return "" if kappa is None else _half_up(kappa, 4)


def _half_up(value: Fraction, places: int) -> str:
    scaled = value * 10**places
    rounded = (abs(scaled) + Fraction(1, 2)).__floor__()
    sign = "-" if scaled < 0 and rounded else ""
    whole, fraction = divmod(rounded, 10**places)
    return f"{sign}{whole}.{fraction:0{places}d}"


CSV_HEADER = ("code", "document", "kappa", "agreement", "a_and_b", "neither", "a_not_b", "b_not_a")


def csv_cells(row: AgreementRow) -> tuple[str, ...]:
    """One row as the CSV prints it: κ with four decimals, percentages with two."""
    counts = row.counts
    return (
        row.code,
        row.document,
        kappa_text(counts.kappa),
        percent(counts.agreement),
        percent(counts.share(counts.both)),
        percent(counts.share(counts.neither)),
        percent(counts.share(counts.a_only)),
        percent(counts.share(counts.b_only)),
    )
