"""What an export will write, as plain text tables: the GUI's export dialog previews these.

Built from the same pieces the writers use (``tables.py``; for CSV the CSV writer itself), so
the preview and the file cannot drift apart: CSV is previewed exactly, XLSX, DOCX and HTML
as their tables' captions, headers and cell texts.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from frameworkqda.core.errors import ValidationError
from frameworkqda.core.exports import FORMATS, VIEWS, carries_summaries
from frameworkqda.core.exports.tables import (
    Number,
    NumberTable,
    ThemeTable,
    caption,
    report_tables,
)
from frameworkqda.core.exports.wording import check_language, words
from frameworkqda.core.mapping import Report
from frameworkqda.core.numbers import format_number


@dataclass(frozen=True)
class PreviewTable:
    caption: str
    header: list[str]
    rows: list[list[str]]


def preview(
    report: Report,
    fmt: str,
    view: str = "cells",
    *,
    summaries: bool = False,
    language: str = "en",
    name: str = "",
) -> list[PreviewTable]:
    """The tables ``export_report(report, fmt, …, view=view, summaries=summaries,
    language=language)`` writes; ``name``: the file's, a CSV's one table's caption."""
    check_language(language)
    if fmt not in FORMATS:
        raise ValidationError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if view not in VIEWS:
        raise ValidationError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    if fmt == "csv":
        from frameworkqda.core.exports.csv_export import WRITERS

        out = io.StringIO()
        WRITERS[view](report, out, language)
        header, *rows = list(csv.reader(io.StringIO(out.getvalue())))
        return [PreviewTable(name or f"{view}.csv", header, rows)]
    chosen = report_tables(report, view, language)
    with_summaries = carries_summaries(fmt, summaries)
    tables = [_theme(table, fmt, with_summaries) for table in chosen.themes]
    if chosen.counts is not None:
        tables.append(_numbers(chosen.counts, None, language))
    if chosen.ranks is not None:
        tables.append(_numbers(chosen.ranks, chosen.rho, language))
    return tables


def _theme(table: ThemeTable, fmt: str, summaries: bool) -> PreviewTable:
    language = table.language
    title = caption(table.number, table.caption, language)
    measure_header = words(language, "Measure")
    if fmt == "docx":  # the summary is a second paragraph in the value's cell
        rows = [
            [measure]
            + [
                "\n".join(p for p in (value, summary.strip() if summaries else "") if p)
                for value, summary in zip(values, texts, strict=True)
            ]
            for measure, values, texts in zip(
                table.measures, table.values, table.summaries, strict=True
            )
        ]
        return PreviewTable(title, [measure_header, *table.cases], rows)
    header = [measure_header]
    for case in table.cases:
        header += (
            [words(language, "case value", case=case), words(language, "case summary", case=case)]
            if summaries
            else [case]
        )
    body: list[list[str]] = []
    for measure, values, texts in zip(table.measures, table.values, table.summaries, strict=True):
        row = [measure]
        for value, summary in zip(values, texts, strict=True):
            row += [value, summary] if summaries else [value]
        body.append(row)
    return PreviewTable(title, header, body)


def _numbers(table: NumberTable, rho: list[Number] | None, language: str) -> PreviewTable:
    rows = [[label, *(format_number(n) for n in numbers)] for label, numbers in table.rows]
    if rho is not None:
        rows.append(
            [words(language, "rho"), *("" if n is None else f"{float(n):.3f}" for n in rho)]
        )
    return PreviewTable(caption(table.number, table.caption, language), list(table.header), rows)
