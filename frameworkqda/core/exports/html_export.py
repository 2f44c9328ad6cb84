"""HTML export: one standalone UTF-8 page with the same tables, built as a tree with lxml."""

from __future__ import annotations

from pathlib import Path

from lxml import etree
from lxml.html import builder as E

from frameworkqda.core.atomic import atomic_write
from frameworkqda.core.exports.tables import (
    Checkpoint,
    Number,
    NumberTable,
    ThemeTable,
    caption_in_italics,
    go_on,
    legend,
    report_tables,
    source_line,
)
from frameworkqda.core.exports.wording import words
from frameworkqda.core.mapping import Report
from frameworkqda.core.numbers import format_number
from frameworkqda.core.text.xml_safe import xml_safe

STYLE = """
body { font-family: "Noto Serif CJK JP", "IPAexMincho", "Hiragino Mincho ProN", "Yu Mincho",
       "MS Mincho", serif; margin: 2em auto; max-width: 70em; line-height: 1.4; }
table { border-collapse: collapse; margin: 0.5em 0 0.3em; }
caption { caption-side: top; text-align: left; padding-bottom: 0.4em; }
caption b { font-style: normal; } caption i { font-style: italic; } /* English only */
thead tr:first-child th { border-top: 2px solid #000; }
thead tr:last-child th { border-bottom: 1px solid #000; }
tbody tr:last-child td, tbody tr:last-child th { border-bottom: 2px solid #000; }
th, td { padding: 0.2em 0.8em; vertical-align: top; }
td.v { text-align: center; } td.n { white-space: nowrap; }  /* a number on one line */
div.wide { overflow-x: auto; }  /* 40 cases: the table scrolls, not the page */
td.s { font-size: 0.8em; color: #333; max-width: 22em; }
tr.total th, tr.total td { font-weight: bold; border-top: 1px solid #000; }
p.note { font-size: 0.85em; margin: 0.1em 0; }
"""


def _caption(number: int, text: str, language: str) -> etree._Element:
    title = E.I(text) if caption_in_italics(text, language) else E.SPAN(text)
    return E.CAPTION(E.B(words(language, "table", number=number)), title)


def _lines(text: str) -> list[str | etree._Element]:
    """A cell's text with its line breaks kept as ``<br>`` (HTML folds a line end into a
    space: a summary's paragraphs ran together)."""
    parts: list[str | etree._Element] = []
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n")):
        if number:
            parts.append(E.BR())
        parts.append(line)
    return parts


def _theme(table: ThemeTable, report: Report, summaries: bool) -> list[etree._Element]:
    language = table.language
    head = [E.TH(words(language, "Measure"))]
    for case in table.cases:
        head.append(E.TH(case, colspan="2") if summaries else E.TH(case))
    body = []
    for m, measure in enumerate(table.measures):
        cells = [E.TH(*_lines(measure), scope="row", style="text-align:left;font-weight:normal")]
        for i in range(len(table.cases)):
            cells.append(E.TD(*_lines(table.values[m][i]), E.CLASS("v")))
            if summaries:
                cells.append(E.TD(*_lines(table.summaries[m][i]), E.CLASS("s")))
        body.append(E.TR(*cells))
    return [
        E.TABLE(
            _caption(table.number, table.caption, language),
            E.THEAD(E.TR(*head)),
            E.TBODY(*body),
        ),
        E.P(words(language, "note") + legend(report, language), E.CLASS("note")),
        E.P(source_line(report, language), E.CLASS("note")),
    ]


def _numbers(
    table: NumberTable, report: Report, extra: list[Number] | None, language: str
) -> list[etree._Element]:
    head = E.TR(*[E.TH(text) for text in table.header])
    body = []
    for label, numbers in table.rows:
        row = E.TR(
            E.TH(label, scope="row", style="text-align:left"),
            *[E.TD(format_number(n), E.CLASS("v n")) for n in numbers],
        )
        if label in table.emphasised:
            row.set("class", "total")
        body.append(row)
    if extra is not None:
        cells = ["" if n is None else f"{float(n):.3f}" for n in extra]
        body.append(
            E.TR(
                E.TH(words(language, "rho"), scope="row", style="text-align:left"),
                *[E.TD(text, E.CLASS("v n")) for text in cells],
                E.CLASS("total"),
            )
        )
    grid = E.TABLE(_caption(table.number, table.caption, language), E.THEAD(head), E.TBODY(*body))
    return [
        E.DIV(grid, E.CLASS("wide")),
        E.P(words(language, "note") + table.note, E.CLASS("note")),
        E.P(source_line(report, language), E.CLASS("note")),
    ]


def export_html(
    report: Report,
    target: Path,
    view: str = "cells",
    *,
    summaries: bool = True,
    language: str = "en",
    checkpoint: Checkpoint = go_on,
) -> None:
    heading = words(language, "heading", project=xml_safe(report.project_name))
    parts: list[etree._Element] = [E.H1(heading)]
    tables = report_tables(report, view, language)
    for table in tables.themes:
        checkpoint()
        parts.extend(_theme(table, report, summaries))
    if tables.counts is not None:
        parts.extend(_numbers(tables.counts, report, None, language))
    if tables.ranks is not None:
        parts.extend(_numbers(tables.ranks, report, tables.rho, language))
    page = E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.TITLE(xml_safe(report.project_name)), E.STYLE(STYLE)),
        E.BODY(*parts),
        lang=language,
    )
    checkpoint()
    with atomic_write(target, format="html") as handle:
        handle.write(
            etree.tostring(page, method="html", encoding="utf-8", doctype="<!DOCTYPE html>")
        )
