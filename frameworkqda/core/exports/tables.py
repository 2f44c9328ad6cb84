"""The tables every export prints, built once so CSV, XLSX, DOCX and HTML always agree.

:func:`report_tables` chooses and numbers the tables of a view (cells: every theme, the counts
and the ranks; counts or ranks: that one); every writer and the GUI's preview take them from it.

A theme table is a journal table: measures down, cases across, each cell the charted value.
A cell with no value shows ``(coded)`` when evidence makes it present, ``–`` otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from frameworkqda.core.mapping import AVERAGE, TOTAL, Report

NO_VALUE = "–"
CODED_ONLY = "(coded)"
Number = int | float | Decimal | None


@dataclass(frozen=True)
class ThemeTable:
    number: int
    theme: str
    cases: list[str]
    measures: list[str]
    values: list[list[str]]  # [measure][case]
    summaries: list[list[str]]
    present: list[list[bool]]

    @property
    def caption(self) -> str:
        return f"{self.theme}: measures by case"


@dataclass(frozen=True)
class NumberTable:
    number: int
    caption: str
    header: list[str]
    rows: list[tuple[str, list[Number]]]  # label, numbers
    note: str
    emphasised: tuple[str, ...] = ()  # row labels printed as summary rows (Total, Average)


def value_text(value: str, present: bool) -> str:
    if value:
        return value
    return CODED_ONLY if present else NO_VALUE


def theme_tables(report: Report) -> list[ThemeTable]:
    matrix = report.matrix.transposed() if report.matrix.is_transposed else report.matrix
    cases = [str(name) for name in matrix.summary.index]
    tables: list[ThemeTable] = []
    for theme in matrix.themes:
        block = matrix.theme_block(theme)
        if block.summary.shape[1] == 0:
            continue
        values = block.value.T.to_numpy()
        present = block.present.T.to_numpy()
        tables.append(
            ThemeTable(
                number=len(tables) + 1,
                theme=theme,
                cases=cases,
                measures=[str(m) for m in block.summary.columns.get_level_values(1)],
                values=[
                    [value_text(str(v), bool(p)) for v, p in zip(vrow, prow, strict=True)]
                    for vrow, prow in zip(values, present, strict=True)
                ],
                summaries=[[str(s) for s in row] for row in block.summary.T.to_numpy()],
                present=[[bool(p) for p in row] for row in present],
            )
        )
    return tables


@dataclass(frozen=True)
class ReportTables:
    """The tables one view of the report prints, numbered in the order they are printed."""

    themes: list[ThemeTable]
    counts: NumberTable | None
    ranks: NumberTable | None  # None too when no score series is chosen
    rho: list[Number] | None  # the Spearman's rho row under the ranks, one per column


def report_tables(report: Report, view: str) -> ReportTables:
    themes = theme_tables(report) if view == "cells" else []
    number = len(themes) + 1
    counts = _counts_table(report, number) if view in ("cells", "counts") else None
    number += counts is not None
    ranks = _rank_table(report, number) if view in ("cells", "ranks") else None
    return ReportTables(themes, counts, ranks, _rho_row(report) if ranks is not None else None)


def _counts_table(report: Report, number: int) -> NumberTable:
    frame = report.counts.to_frame()
    rows: list[tuple[str, list[Number]]] = [
        (str(label), [_number(value) for value in frame.loc[label]]) for label in frame.index
    ]
    group = report.counts
    note = (
        "Number of measures present (values counting as present: "
        f"{', '.join(report.matrix.present_labels)}; a measure with no value counts when it has "
        "coded evidence). Average: total divided by the number of themes"
        + (f"; {group.group_label}: mean over {', '.join(group.group)}" if group.group else "")
        + ". Averages rounded half-up to one decimal."
    )
    return NumberTable(
        number,
        "Number of measures present by theme and case",
        ["Theme", *[str(c) for c in frame.columns]],
        rows,
        note,
        (TOTAL, AVERAGE),
    )


def _rank_table(report: Report, number: int) -> NumberTable | None:
    ranks = report.ranks
    if ranks is None:
        return None
    frame = ranks.frame
    grouped = report.counts.group_values is not None
    header = [
        "Theme",
        f"Count ({ranks.basis})" if grouped else "Count",
        f"Rank by {ranks.basis}" if grouped else "Rank by count",
        "Score",
        "Rank by score",
        *[str(c)[len("rank: ") :] for c in frame.columns[4:]],
    ]
    rows: list[tuple[str, list[Number]]] = [
        (str(theme), [_number(value) for value in frame.loc[theme]]) for theme in frame.index
    ]
    rho = "undefined" if ranks.rho is None else f"{ranks.rho:.3f}"
    note = (
        f"Count: {ranks.basis}. Score: {ranks.series}. The last columns rank the themes by each "
        "case's own count. Rank 1 = most measures / highest score; ties share the average rank. "
        f"Spearman's rho with the ranking by score: {rho} for the count; per case in its column."
    )
    return NumberTable(
        number,
        f"Ranking of themes by number of measures and by {ranks.series}",
        header,
        rows,
        note,
    )


def _rho_row(report: Report) -> list[Number]:
    """Spearman's rho under each rank column: its correlation with the score ranking."""
    ranks = report.ranks
    assert ranks is not None
    by_case = [ranks.rho_by_case.get(c[len("rank: ") :]) for c in ranks.frame.columns[4:]]
    return [None, ranks.rho, None, None, *by_case]


def _number(value: object) -> Number:
    if value is None:
        return None
    if isinstance(value, Decimal | int):
        return value
    if isinstance(value, float):
        if value != value:  # NaN: no score for this theme
            return None
        return int(value) if value.is_integer() else value
    try:
        return int(value)  # type: ignore[call-overload, no-any-return]
    except (TypeError, ValueError):
        return None


def format_number(value: Number) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.1f}"
    if isinstance(value, float):
        return f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 1 else f"{value:g}"
    return str(value)


def source_line(report: Report) -> str:
    return (
        f"Source: FrameworkQDA project “{report.project_name}”, "
        f"charted values as of {date.today().isoformat()}."
    )


def legend(report: Report) -> str:
    return (
        f"{NO_VALUE} no value and no coded evidence; {CODED_ONLY} coded evidence but no value set. "
        f"Present: {', '.join(report.matrix.present_labels)}."
    )
