"""The tables every export prints, built once so CSV, XLSX, DOCX and HTML always agree.

:func:`report_tables` chooses and numbers the tables of a view (cells: every theme, the counts
and the ranks; counts or ranks: that one); every writer and the GUI's preview take them from it.

A theme table is a journal table: measures down, cases across, each cell the charted value.
A cell with no value shows ``(coded)`` when evidence makes it present, ``–`` otherwise.
Every word around the data is in the export's ``language`` (``wording.py``). Every string a
table holds is XML-safe (``text.xml_safe``): DOCX, XLSX and HTML are XML.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from frameworkqda.core.exports.wording import words
from frameworkqda.core.mapping import ALL_CASES, AVERAGE, TOTAL, Report
from frameworkqda.core.text.xml_safe import xml_safe

NO_VALUE = "–"
# cases side by side in one table on A4 landscape: a value or a summary stays readable
CASES_PER_TABLE = 12
Number = int | float | Decimal | None
# called by a writer between its tables and before its file takes the target's place: the
# GUI's raises JobCancelled once Cancel is pressed, and the target stays as it was
Checkpoint = Callable[[], None]


def go_on() -> None:
    """The checkpoint of a write nobody cancels (the command line's)."""


@dataclass(frozen=True)
class ThemeTable:
    number: int
    theme: str
    cases: list[str]
    measures: list[str]
    values: list[list[str]]  # [measure][case]
    summaries: list[list[str]]
    present: list[list[bool]]
    language: str = "en"

    def __post_init__(self) -> None:  # every writer prints it: XML-safe once, here
        setattr_ = object.__setattr__
        setattr_(self, "theme", xml_safe(self.theme))
        setattr_(self, "cases", [xml_safe(c) for c in self.cases])
        setattr_(self, "measures", [xml_safe(m) for m in self.measures])
        setattr_(self, "values", [[xml_safe(v) for v in row] for row in self.values])
        setattr_(self, "summaries", [[xml_safe(t) for t in row] for row in self.summaries])

    @property
    def caption(self) -> str:
        return words(self.language, "theme caption", theme=self.theme)


@dataclass(frozen=True)
class NumberTable:
    number: int
    caption: str
    header: list[str]
    rows: list[tuple[str, list[Number]]]  # label, numbers
    note: str
    emphasised: tuple[str, ...] = ()  # row labels printed as summary rows (Total, Average)
    # the header's columns that are cases, first and past-the-last: a table split across
    # several says which cases each part holds (ranks: after count, score and their ranks)
    case_columns: tuple[int, int] = (0, 0)

    def __post_init__(self) -> None:  # every writer prints it: XML-safe once, here
        setattr_ = object.__setattr__
        setattr_(self, "caption", xml_safe(self.caption))
        setattr_(self, "header", [xml_safe(h) for h in self.header])
        setattr_(self, "rows", [(xml_safe(label), numbers) for label, numbers in self.rows])
        setattr_(self, "note", xml_safe(self.note))


def value_text(value: str, present: bool, language: str = "en") -> str:
    if value:
        return value
    return words(language, "coded") if present else NO_VALUE


def marked(summary: str, draft: bool, language: str = "en") -> str:
    """A summary as a table prints it: an auto-draft the researcher has not edited or
    accepted behind "[draft]", so an unfinished table never reads as a finished one."""
    return words(language, "draft mark") + summary if draft and summary.strip() else summary


def caption(number: int, text: str, language: str) -> str:
    """ "Table 1. Counts…" / "表1 テーマ別…": a table's number and caption as printed."""
    return words(language, "table", number=number) + text


def theme_tables(report: Report, language: str = "en") -> list[ThemeTable]:
    matrix = report.matrix.transposed() if report.matrix.is_transposed else report.matrix
    cases = [str(name) for name in matrix.summary.index]
    tables: list[ThemeTable] = []
    for theme in matrix.themes:
        block = matrix.theme_block(theme)
        if block.summary.shape[1] == 0:
            continue
        values = block.value.T.to_numpy()
        present = block.present.T.to_numpy()
        drafts = block.draft.T.to_numpy()
        tables.append(
            ThemeTable(
                number=len(tables) + 1,
                theme=theme,
                cases=cases,
                measures=[str(m) for m in block.summary.columns.get_level_values(1)],
                values=[
                    [value_text(str(v), bool(p), language) for v, p in zip(vrow, prow, strict=True)]
                    for vrow, prow in zip(values, present, strict=True)
                ],
                summaries=[
                    [marked(str(s), bool(d), language) for s, d in zip(srow, drow, strict=True)]
                    for srow, drow in zip(block.summary.T.to_numpy(), drafts, strict=True)
                ],
                present=[[bool(p) for p in row] for row in present],
                language=language,
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
    language: str = "en"


def report_tables(report: Report, view: str, language: str = "en") -> ReportTables:
    themes = theme_tables(report, language) if view == "cells" else []
    number = len(themes) + 1
    counts = _counts_table(report, number, language) if view in ("cells", "counts") else None
    number += counts is not None
    ranks = _rank_table(report, number, language) if view in ("cells", "ranks") else None
    rho = _rho_row(report) if ranks is not None else None
    return ReportTables(themes, counts, ranks, rho, language)


def _counts_table(report: Report, number: int, language: str) -> NumberTable:
    frame = report.counts.to_frame()
    summary_rows = {TOTAL: words(language, "Total"), AVERAGE: words(language, "Average")}
    rows: list[tuple[str, list[Number]]] = [
        (summary_rows.get(str(label), str(label)), [_number(value) for value in frame.loc[label]])
        for label in frame.index
    ]
    group = report.counts
    listed = words(language, "list").join
    note = words(
        language,
        "counts note",
        present=listed(report.matrix.present_labels),
        group=words(language, "group note", label=group.group_label, cases=listed(group.group))
        if group.group and _own_label(report, language)
        else "",
    )
    return NumberTable(
        number,
        words(language, "counts caption"),
        [words(language, "Theme"), *[str(c) for c in frame.columns]],
        rows,
        note,
        tuple(summary_rows.values()),
        case_columns=(1, 1 + report.counts.counts.shape[1]),
    )


def basis_text(basis: str, language: str) -> str:
    """What the ranking counts: the group's label, or the total over all cases in words."""
    return words(language, "all cases") if basis == ALL_CASES else basis


def group_basis(report: Report, language: str) -> str:
    """What the ranking counts, in words that name the group's cases: a label of the
    researcher's own ("Group average") said alone left a reader unable to tell a mean over
    three cities from a total over all cases."""
    basis = basis_text(report.ranks.basis if report.ranks else ALL_CASES, language)
    if report.counts.group_values is None or not _own_label(report, language):
        return basis  # all cases, or the default label, which names them already
    cases = words(language, "list").join(report.counts.group)
    return words(language, "group basis", label=basis, cases=cases)


def _own_label(report: Report, language: str) -> bool:
    """The group is named by a label of the researcher's own ("Group average"), not the
    default one ("Average of A, B"), which says what it is already."""
    counts = report.counts
    cases = words(language, "list").join(counts.group)
    return counts.group_label != words(language, "group label", cases=cases)


def rank_header(report: Report, language: str) -> list[str]:
    """The ranks table's column headers, each saying what it holds: the count is the group's
    mean or the total over all cases, and says which (a bare "count" was the group's mean in
    the GUI and the total over every case, national level included, in the CLI); the score
    names its series, one of the several a project may hold."""
    assert report.ranks is not None
    basis = basis_text(report.ranks.basis, language)
    return [
        words(language, "Count of", basis=basis),
        words(language, "Rank by", basis=basis),
        words(language, "Score", series=report.ranks.series),
        words(language, "Rank by score"),
        # "Rank: 浜松市", as the CSV's "rank: 浜松市": the case's name alone, beside the
        # count, was read as a count
        *[
            words(language, "case rank", case=str(c)[len("rank: ") :])
            for c in report.ranks.frame.columns[4:]
        ],
    ]


def _rank_table(report: Report, number: int, language: str) -> NumberTable | None:
    ranks = report.ranks
    if ranks is None:
        return None
    frame = ranks.frame
    header = [words(language, "Theme"), *rank_header(report, language)]
    rows: list[tuple[str, list[Number]]] = [
        (str(theme), [_number(value) for value in frame.loc[theme]]) for theme in frame.index
    ]
    rho = words(language, "undefined") if ranks.rho is None else f"{ranks.rho:.3f}"
    note = words(
        language, "ranks note", basis=group_basis(report, language), series=ranks.series, rho=rho
    )
    return NumberTable(
        number,
        words(language, "ranks caption", series=ranks.series),
        header,
        rows,
        note,
        case_columns=(5, len(header)),
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


def caption_in_italics(text: str, language: str) -> bool:
    """An English caption is set in italics, as APA sets a table's title; Japanese text never
    is: Japanese has no italic type, and Word, browsers and spreadsheets slant the glyphs
    instead (a Japanese theme's name in an English caption stays upright too)."""
    return language != "ja" and not any(unicodedata.east_asian_width(c) in "WF" for c in text)


def source_line(report: Report, language: str = "en") -> str:
    return words(
        language, "source", project=xml_safe(report.project_name), date=date.today().isoformat()
    )


def legend(report: Report, language: str = "en") -> str:
    return words(
        language,
        "legend",
        none=NO_VALUE,
        coded=words(language, "coded"),
        present=words(language, "list").join(report.matrix.present_labels),
    )
