"""Mapping (stage 5): counts of present measures per theme and case, averages and rank comparison.

Averages are computed exactly (fractions) and rounded half-up to one decimal at the end, so
2.25 prints as 2.3 and 0.05 as 0.1, never truncated and never rounded to even. Spearman's rho
is the Pearson correlation of the average ranks (pandas ``rank``/``corr``), which is its
definition with ties.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import pandas as pd
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.charting import FrameworkMatrix, build_matrix_in
from frameworkqda.core.errors import NotFoundError, ValidationError
from frameworkqda.core.exports.wording import words
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, listed, quoted
from frameworkqda.core.store import Project

TOTAL = "Total"
AVERAGE = "Average"
ALL_CASES = "Total over all cases"  # the ranking basis without a group


class Mean(Decimal):
    """A number as printed (a Decimal, half-up) that keeps its ``exact`` value, for the files
    whose readers compute with it: an XLSX SUM over printed group means missed the printed
    Total by rounding (3.6 against 3.5)."""

    exact: Fraction

    def __new__(cls, printed: Decimal, exact: Fraction) -> Mean:
        mean = super().__new__(cls, printed)
        mean.exact = exact
        return mean


def round_half_up(value: Fraction | int, places: int = 1) -> Decimal:
    """Round an exact number half away from zero to ``places`` decimals (it keeps the exact
    value: :class:`Mean`)."""
    value = Fraction(value)
    scale = 10**places
    magnitude = math.floor(abs(value) * scale + Fraction(1, 2))
    result = Decimal(magnitude).scaleb(-places)
    return Mean(-result if value < 0 else result, value)


@dataclass(frozen=True)
class CountsTable:
    """Present measures per theme (rows, codebook order) and case (columns, case order)."""

    counts: pd.DataFrame  # ints, themes × cases
    totals: pd.Series  # ints per case
    averages: pd.Series  # Decimal per case: total / number of themes, half-up to 0.1
    group: tuple[str, ...] = ()
    group_label: str = ""
    group_values: pd.Series | None = None  # Decimal per theme: mean over the group's cases
    group_total: Decimal | None = None
    group_average: Decimal | None = None
    group_exact: pd.Series | None = None  # float means, for ranking without rounding ties

    def to_frame(self) -> pd.DataFrame:
        """The table as printed: theme rows, then Total and Average; cases (and group) columns."""
        frame = self.counts.astype(object).copy()
        frame.loc[TOTAL] = list(self.totals)
        frame.loc[AVERAGE] = list(self.averages)
        if self.group_values is not None:
            frame[self.group_label] = [*self.group_values, self.group_total, self.group_average]
        frame.index.name = "theme"
        return frame


@dataclass(frozen=True)
class RankTable:
    """Themes ranked by local counts beside their ranking by an external score."""

    frame: pd.DataFrame  # theme rows: count, count rank, score, score rank, then rank per case
    basis: str  # what "count" is: the group mean or the total over all cases
    series: str | None  # the score series, e.g. "MIPEX 2015 Japan"
    rho: float | None  # Spearman's rho between count and score (None if undefined)
    rho_by_case: dict[str, float | None]


def count_present(
    matrix: FrameworkMatrix,
    *,
    group: Sequence[str] = (),
    group_label: str | None = None,
    language: str = "en",
) -> CountsTable:
    """Count present measures per theme and case; optionally average a group of cases (the
    group's column named ``group_label``, else "Average of …" in ``language``)."""
    base = matrix.transposed() if matrix.is_transposed else matrix
    present = base.present.astype(int)
    counts = present.T.groupby(level="theme", sort=False).sum()
    counts = counts.reindex([t for t in base.themes if t in counts.index]).fillna(0).astype(int)
    counts.columns = pd.Index([str(c) for c in counts.columns], name="case")
    n_themes = len(counts.index)
    totals = counts.sum(axis=0).astype(int)
    averages = pd.Series(
        [round_half_up(Fraction(int(t), n_themes)) if n_themes else Decimal(0) for t in totals],
        index=counts.columns,
        dtype=object,
    )
    if not group:
        return CountsTable(counts, totals, averages)
    missing = [name for name in group if name not in counts.columns]
    if missing:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Mapping", "no case named {names} for the group").format(
                names=listed(map(quoted, missing))
            )
        )
    label = group_label or words(language, "group label", cases=words(language, "list").join(group))
    size = len(group)
    group_values = pd.Series(
        [
            round_half_up(Fraction(int(counts.loc[theme, list(group)].sum()), size))
            for theme in counts.index
        ],
        index=counts.index,
        dtype=object,
    )
    group_exact = counts[list(group)].sum(axis=1) / size
    group_sum = int(totals[list(group)].sum())
    return CountsTable(
        counts,
        totals,
        averages,
        tuple(group),
        label,
        group_values,
        round_half_up(Fraction(group_sum, size)),
        round_half_up(Fraction(group_sum, size * n_themes)) if n_themes else Decimal(0),
        group_exact.astype(float),
    )


def _rho(a: pd.Series, b: pd.Series) -> float | None:
    both = pd.concat([a, b], axis=1).dropna()
    if len(both) < 2:
        return None
    value = both.iloc[:, 0].rank().corr(both.iloc[:, 1].rank())
    # rounded past what floating point gets wrong: a perfect agreement was written to the
    # files as 0.9999999999999999
    return None if pd.isna(value) else round(float(value), 12)


def rank_themes(
    counts: CountsTable,
    scores: dict[str, float],
    series: str | None,
) -> RankTable:
    """Rank themes by count (1 = most measures; ties share the average rank) and by score."""
    if counts.group_values is not None and counts.group_exact is not None:
        basis = counts.group_label
        values = counts.group_exact
        shown: pd.Series = counts.group_values  # rounded half-up, as in the counts table
    else:
        basis = ALL_CASES
        values = counts.counts.sum(axis=1).astype(float)
        shown = counts.counts.sum(axis=1).astype(int)
    frame = pd.DataFrame(index=counts.counts.index)
    frame["count"] = shown.astype(object)
    frame["count rank"] = values.rank(ascending=False, method="average")
    score = pd.Series({theme: scores.get(theme) for theme in frame.index}, dtype=float)
    frame["score"] = score
    frame["score rank"] = score.rank(ascending=False, method="average")
    rho_by_case: dict[str, float | None] = {}
    case_ranks: dict[str, pd.Series] = {}
    for case in counts.counts.columns:
        column = counts.counts[case].astype(float)
        case_ranks[f"rank: {case}"] = column.rank(ascending=False, method="average")
        rho_by_case[str(case)] = _rho(column, score)
    # one concat, not a column at a time: thousands of inserts fragment the frame (pandas
    # warns once per column past a hundred) and copy it each time
    frame = pd.concat([frame, pd.DataFrame(case_ranks, index=frame.index)], axis=1)
    frame.index.name = "theme"
    return RankTable(frame, basis, series, _rho(values, score), rho_by_case)


def score_series(project: Project) -> list[str]:
    """The external score series attached to themes (e.g. "MIPEX 2015 Japan")."""
    with project.session() as session:
        return sorted(set(session.scalars(select(model.CodeScore.series))))


def theme_scores(project: Project, series: str) -> dict[str, float]:
    with project.session() as session:
        rows = session.execute(
            select(model.Code.name, model.CodeScore.value)
            .join(model.CodeScore, model.CodeScore.code_id == model.Code.id)
            .where(model.CodeScore.series == series, model.Code.parent_id.is_(None))
        ).all()
    if not rows:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Mapping", "no score series named {series}").format(
                series=quoted(series)
            )
        )
    return {name: value for name, value in rows}


@dataclass(frozen=True)
class Report:
    """Everything the exports print: the matrix, the counts and the ranks."""

    project_name: str
    matrix: FrameworkMatrix
    counts: CountsTable
    ranks: RankTable | None


def build_report(
    project: Project,
    *,
    group: Sequence[str] = (),
    group_label: str | None = None,
    series: str | None = None,
    language: str = "en",
    cases: Collection[int] | None = None,
) -> Report:
    """Matrix, counts and ranks in one go; ``series`` defaults to the first one the project has;
    ``language`` names a group without a label. ``cases``: only these cases (by id) in every
    table, as a case filter shows the matrix (the group's cases must be among them)."""
    with project.session() as session:
        matrix = build_matrix_in(session)
        info = session.scalars(select(model.ProjectInfo)).first()
    if cases is not None:
        matrix = matrix.of_cases(cases)
    counts = count_present(matrix, group=group, group_label=group_label, language=language)
    available = score_series(project)
    if series is not None and series not in available:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Mapping", "no score series named {series}; available: {names}"
            ).format(series=quoted(series), names=listed(available))
            if available
            else QT_TRANSLATE_NOOP(
                "Mapping", "no score series named {series}; available: none"
            ).format(series=quoted(series))
        )
    chosen = series or (available[0] if available else None)
    ranks = rank_themes(counts, theme_scores(project, chosen), chosen) if chosen else None
    return Report(info.name if info else "", matrix, counts, ranks)
