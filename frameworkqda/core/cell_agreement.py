"""Charting agreement: how far two coders gave the framework matrix's cells the same value.

The cells compared are those both coders charted with a value (their own chartings,
:mod:`frameworkqda.core.charting.chartings`). For them: the percentage with the same value and
Cohen's weighted κ with linear disagreement weights on the project's ordered value scale
(``chart_values.position``), pooled per theme and overall, plus the list of cells whose values
differ, with both coders' values and summaries. Why weighted κ, and the weights:
docs/teamwork.md.

Weights: the scale's ordered values (every value but the *unordered* ones: by default the
scale's own "not specified" value, "Not specified" or 記載なし as the project was made,
:func:`default_unordered`) take ranks 0 … k−1 in scale order; two of them are
|rank − rank| / (k − 1) apart. An unordered value is no point on that line: against any
other value it is a full disagreement (weight 1), against itself none. κ_w = 1 − D_o / D_e,
D_o the mean observed weight and D_e the weight expected from each coder's own distribution
of values; when D_e is 0 (both coders gave every cell one and the same value) κ is
undefined: ``None`` with the reason in ``kappa_note``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.agreement import ALL_DOCUMENTS, coder_id_in, kappa_text, percent
from frameworkqda.core.charting.chartings import chartings_in
from frameworkqda.core.charting.matrix import value_scale
from frameworkqda.core.codebook import tree
from frameworkqda.core.default_scale import NOT_SPECIFIED_LABELS
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.exports.wording import words
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, listed, quoted
from frameworkqda.core.store import Project

ALL = ALL_DOCUMENTS  # "*": a pooled row's case, and the overall row's code


def _fold(label: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", label).split()).casefold()


def default_unordered(labels: Iterable[str]) -> tuple[str, ...]:
    """The values of a scale (its labels, in order) that are no degree of presence by default:
    the scale's own "not specified" value, in any language a new project's scale is made in
    ("Not specified", 記載なし: ``default_scale.NOT_SPECIFIED_LABELS``)."""
    unknown = {_fold(label) for label in NOT_SPECIFIED_LABELS}
    return tuple(label for label in labels if _fold(label) in unknown)


def unordered_on_scale(unordered: Iterable[str], labels: Sequence[str]) -> tuple[str, ...]:
    """The unordered values as the scale spells them; a label not on the scale is refused,
    naming the scale's values (a mistyped one was taken silently as an ordered point)."""
    spelled = {_fold(label): label for label in labels}
    out: list[str] = []
    for label in unordered:
        found = spelled.get(_fold(label))
        if found is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Agreement", "{label} is not a value of the scale; its values are: {values}"
                ).format(label=quoted(label), values=listed(quoted(v) for v in labels))
            )
        if found not in out:
            out.append(found)
    return tuple(out)


@dataclass(frozen=True)
class Scale:
    """The value scale as the weights see it: each value's rank, or None when unordered."""

    ranks: dict[int, int | None]  # value id -> rank among the ordered values
    steps: int  # k − 1: the distance between the first and the last ordered value

    @classmethod
    def of(cls, values: Iterable[tuple[int, str]], unordered: Collection[str]) -> Scale:
        skip = {_fold(label) for label in unordered}
        ranks: dict[int, int | None] = {}
        rank = 0
        for value_id, label in values:
            if _fold(label) in skip:
                ranks[value_id] = None
            else:
                ranks[value_id], rank = rank, rank + 1
        return cls(ranks, max(0, rank - 1))

    def weight(self, a: int, b: int) -> Fraction:
        """How far apart two values are: 0 (the same) … 1 (the ends of the scale, or unordered)."""
        if a == b:
            return Fraction(0)
        rank_a, rank_b = self.ranks.get(a), self.ranks.get(b)
        if rank_a is None or rank_b is None or not self.steps:
            return Fraction(1)
        return Fraction(abs(rank_a - rank_b), self.steps)


@dataclass(frozen=True)
class Pairs:
    """The (value of A, value of B) of the cells compared; adds up over themes."""

    pairs: tuple[tuple[int, int], ...] = ()

    def __add__(self, other: Pairs) -> Pairs:
        return Pairs(self.pairs + other.pairs)

    @property
    def cells(self) -> int:
        return len(self.pairs)

    @property
    def agreement(self) -> Fraction:
        same = sum(a == b for a, b in self.pairs)
        return Fraction(same, self.cells) if self.cells else Fraction(0)

    def kappa(self, scale: Scale) -> Fraction | None:
        """Weighted κ = 1 − D_o / D_e, or None when no disagreement is expected by chance."""
        n = self.cells
        if not n:
            return None
        observed = (
            sum(
                (count * scale.weight(a, b) for (a, b), count in Counter(self.pairs).items()),
                Fraction(0),
            )
            / n
        )
        of_a = Counter(a for a, _ in self.pairs)
        of_b = Counter(b for _, b in self.pairs)
        expected = sum(
            (
                Fraction(na * nb, n * n) * scale.weight(a, b)
                for a, na in of_a.items()
                for b, nb in of_b.items()
            ),
            Fraction(0),
        )
        if expected == 0:
            return None
        return 1 - observed / expected

    def kappa_note(self, scale: Scale) -> str:
        if self.kappa(scale) is not None:
            return ""
        if not self.cells:
            return "no cells both coders charted with a value"
        return "undefined: both coders gave every cell the same one value"


@dataclass(frozen=True)
class Disagreement:
    """A cell both coders charted with different values."""

    case_id: int
    code_id: int
    case: str
    code: str  # the measure's path
    value_a: str
    value_b: str
    summary_a: str
    summary_b: str
    weight: Fraction
    draft_a: bool = False  # A's summary is an auto-draft A has not edited or accepted
    draft_b: bool = False


@dataclass(frozen=True)
class PooledRow:
    """A theme's cells (case ``*``), or every cell (code ``*`` too)."""

    code: str
    pairs: Pairs


@dataclass(frozen=True)
class CellComparison:
    """Rows in the CSV's order: each theme's disagreements, then its pooled row; overall last."""

    rows: list[Disagreement | PooledRow]
    scale: Scale
    only_a: int  # cells A charted with a value and B did not
    only_b: int
    unordered: tuple[str, ...] = ()  # the scale's values taken as unordered, as it spells them

    @property
    def disagreements(self) -> list[Disagreement]:
        return [row for row in self.rows if isinstance(row, Disagreement)]

    @property
    def overall(self) -> PooledRow:
        last = self.rows[-1]
        assert isinstance(last, PooledRow)
        return last


_Own = tuple[int | None, str, bool]  # a coder's value, summary and the summary's draft mark


def charting_agreement(
    project: Project, coder_a: str, coder_b: str, unordered: Collection[str] | None = None
) -> CellComparison:
    """Compare two coders' values on the cells both charted (with a value). ``unordered``:
    the values that are no point on the ordered scale; None, the scale's own "not specified"
    value (:func:`default_unordered`); a label not on the scale is refused."""
    if coder_a == coder_b:
        raise ValidationError("compare two different coders")
    with project.session() as session:
        ids = (coder_id_in(session, coder_a), coder_id_in(session, coder_b))
        scale_rows = [(v.id, v.label) for v in value_scale(session)]
        charted = chartings_in(session, ids)
        cases = {
            case_id: (position, name)
            for case_id, position, name in session.execute(
                select(model.Case.id, model.Case.position, model.Case.name)
            )
        }
        nodes = tree(session)
    on_scale = [label for _, label in scale_rows]
    if unordered is None:
        chosen = default_unordered(on_scale)
    else:
        chosen = unordered_on_scale(unordered, on_scale)
    scale = Scale.of(scale_rows, chosen)
    labels = dict(scale_rows)
    by_cell: dict[tuple[int, int], dict[int, tuple[int | None, str, bool]]] = {}
    for row in charted:
        by_cell.setdefault((row.case_id, row.code_id), {})[row.coder_id] = (
            row.value_id,
            row.summary,
            row.draft,
        )
    only_a = only_b = 0
    both: dict[int, list[tuple[int, _Own, _Own]]] = {}
    for (case_id, code_id), coders in by_cell.items():
        a, b = coders.get(ids[0], (None, "", False)), coders.get(ids[1], (None, "", False))
        if a[0] is None or b[0] is None:
            only_a += a[0] is not None
            only_b += b[0] is not None
            continue
        both.setdefault(code_id, []).append((case_id, a, b))

    rows: list[Disagreement | PooledRow] = []
    overall = Pairs()
    themes = {node.id: node for node in nodes}
    for theme in (node for node in nodes if node.depth == 0):
        pairs: list[tuple[int, int]] = []
        for node in (n for n in nodes if n.theme_id == theme.id):
            cells = sorted(both.get(node.id, []), key=lambda cell: cases[cell[0]])
            for case_id, (value_a, summary_a, draft_a), (value_b, summary_b, draft_b) in cells:
                assert value_a is not None and value_b is not None
                pairs.append((value_a, value_b))
                if value_a != value_b:
                    rows.append(
                        Disagreement(
                            case_id,
                            node.id,
                            cases[case_id][1],
                            node.path,
                            labels[value_a],
                            labels[value_b],
                            summary_a,
                            summary_b,
                            scale.weight(value_a, value_b),
                            draft_a and bool(summary_a.strip()),
                            draft_b and bool(summary_b.strip()),
                        )
                    )
        if pairs:
            pooled = Pairs(tuple(pairs))
            rows.append(PooledRow(themes[theme.id].path, pooled))
            overall += pooled
    rows.append(PooledRow(ALL, overall))
    return CellComparison(rows, scale, only_a, only_b, chosen)


CELLS_CSV_HEADER = (
    "code",
    "case",
    "cells",
    "kappa",
    "agreement",
    "value_a",
    "value_b",
    "summary_a",
    "summary_b",
)


def cells_csv_rows(comparison: CellComparison, language: str = "en") -> list[tuple[str, ...]]:
    """The rows as the CSV prints them: κ with four decimals, agreement with two; a coder's
    auto-drafted summary behind "[draft]" in ``language`` (as the matrix's exports mark a
    draft), never read as that coder's own words."""
    mark = words(language, "draft mark")
    out: list[tuple[str, ...]] = []
    for row in comparison.rows:
        if isinstance(row, Disagreement):
            out.append(
                (
                    row.code,
                    row.case,
                    "",
                    "",
                    "",
                    row.value_a,
                    row.value_b,
                    mark + row.summary_a if row.draft_a else row.summary_a,
                    mark + row.summary_b if row.draft_b else row.summary_b,
                )
            )
        else:
            kappa = row.pairs.kappa(comparison.scale)
            agreement = percent(row.pairs.agreement) if row.pairs.cells else ""
            out.append(
                (row.code, ALL, str(row.pairs.cells), kappa_text(kappa), agreement, "", "", "", "")
            )
    return out
