"""CSV exports: the cells in long form, the counts table and the rank table (UTF-8, no BOM).

Column names and the Total/Average/rho rows are in the export's language (``wording.py``);
"true"/"false" in the present column stay as they are, a value for programs to read.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from frameworkqda.core.atomic import atomic_path
from frameworkqda.core.csv_files import csv_writer, open_csv
from frameworkqda.core.exports.tables import (
    Checkpoint,
    go_on,
    group_basis,
    report_tables,
)
from frameworkqda.core.exports.wording import words
from frameworkqda.core.mapping import Report
from frameworkqda.core.numbers import format_number

# "draft": "true" when the summary is an auto-draft not yet edited or accepted (drafts.py)
CELL_HEADER = ("case", "theme", "measure", "value", "present", "evidence", "summary", "draft")


def write_cells(report: Report, out: TextIO, language: str = "en") -> None:
    """One row per case × measure, cases in order, measures in codebook order."""
    matrix = report.matrix.transposed() if report.matrix.is_transposed else report.matrix
    writer = csv_writer(out)
    writer.writerow([words(language, f"csv {name}") for name in CELL_HEADER])
    themes = [str(t) for t in matrix.summary.columns.get_level_values(0)]
    measures = [str(m) for m in matrix.summary.columns.get_level_values(1)]
    values, present = matrix.value.to_numpy(), matrix.present.to_numpy()
    evidence, summary = matrix.evidence.to_numpy(), matrix.summary.to_numpy()
    draft = matrix.draft.to_numpy()
    for r, case in enumerate(matrix.summary.index):
        for c, (theme, measure) in enumerate(zip(themes, measures, strict=True)):
            writer.writerow(
                [
                    case,
                    theme,
                    measure,
                    values[r, c],
                    "true" if present[r, c] else "false",
                    int(evidence[r, c]),
                    summary[r, c],
                    "true" if draft[r, c] else "false",
                ]
            )


def write_counts(report: Report, out: TextIO, language: str = "en") -> None:
    """``theme``, one column per case (and the group), theme rows, then Total and Average."""
    table = report_tables(report, "counts", language).counts
    assert table is not None
    writer = csv_writer(out)
    writer.writerow([words(language, "csv theme"), *table.header[1:]])
    for label, numbers in table.rows:
        writer.writerow([label, *(format_number(n) for n in numbers)])


def write_ranks(report: Report, out: TextIO, language: str = "en") -> None:
    """Theme rows with count, ranks and score; a last row of Spearman's rho per rank column."""
    chosen = report_tables(report, "ranks", language)
    table = chosen.ranks
    writer = csv_writer(out)
    if table is None:
        counted = words(language, "csv count of", basis=words(language, "all cases"))
        writer.writerow([words(language, "csv theme"), counted, words(language, "csv count rank")])
        frame = report.counts.counts.sum(axis=1)
        ranks = frame.rank(ascending=False, method="average")
        for theme in frame.index:
            writer.writerow([theme, int(frame[theme]), format_number(float(ranks[theme]))])
        return
    ranked = report.ranks
    assert ranked is not None
    # a mean over the group or a total over all cases: the header says which
    count = words(language, "csv count of", basis=group_basis(report, language))
    columns = _rank_columns(count, ranked.series, ranked.frame.columns, language)
    writer.writerow([words(language, "csv theme"), *columns])
    for label, numbers in table.rows:
        writer.writerow([label, *(format_number(n) for n in numbers)])
    writer.writerow([words(language, "rho"), *(format_number(n) for n in chosen.rho or [])])


def _rank_columns(
    count: str, series: str | None, columns: Iterable[object], language: str
) -> list[str]:
    """``count``, ``count rank``, ``score: <series>``, ``score rank``, then ``rank: <case>``
    per case."""
    names = [str(c) for c in columns]
    fixed = [count, *(words(language, f"csv {name}", series=series) for name in names[1:4])]
    return fixed + [words(language, "csv case rank", case=c[len("rank: ") :]) for c in names[4:]]


WRITERS = {"cells": write_cells, "counts": write_counts, "ranks": write_ranks}


def export_csv(
    report: Report,
    target: Path | TextIO,
    view: str = "cells",
    language: str = "en",
    checkpoint: Checkpoint = go_on,
) -> None:
    writer = WRITERS[view]
    if isinstance(target, Path):
        with atomic_path(target, format="csv") as temporary:
            with open_csv(temporary) as handle:
                writer(report, handle, language)
            checkpoint()
    else:
        writer(report, target, language)
