"""XLSX export (XlsxWriter): one sheet per theme, then Counts and Ranks.

Theme sheets: a title row, a grouped header (each case spans its Value and Summary columns),
one row per measure; wrapped text, frozen header and measure column, widths a reader can use.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from decimal import Decimal
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from frameworkqda.core.atomic import atomic_path, write_whole
from frameworkqda.core.exports.tables import (
    CASES_PER_TABLE,
    Checkpoint,
    NumberTable,
    ThemeTable,
    caption,
    go_on,
    legend,
    report_tables,
    source_line,
)
from frameworkqda.core.exports.wording import words
from frameworkqda.core.mapping import Report
from frameworkqda.core.text.xml_safe import xml_safe

FONT = "Yu Gothic"  # Excel on Windows; LibreOffice substitutes a CJK-capable font
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(name: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("-", name).strip("'")[:31] or "Sheet"
    candidate, n = base, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(candidate.lower())
    return candidate


class _Formats:
    def __init__(self, book: xlsxwriter.Workbook) -> None:
        base: dict[str, Any] = {"font_name": FONT, "font_size": 10, "valign": "top"}
        self.title = book.add_format({**base, "bold": True, "font_size": 12})
        self.header = book.add_format(
            {
                **base,
                "bold": True,
                "text_wrap": True,
                "top": 2,
                "bottom": 1,
                "align": "center",
                "valign": "vcenter",
            }
        )
        self.subheader = book.add_format({**base, "bold": True, "bottom": 1, "align": "center"})
        self.label = book.add_format({**base, "text_wrap": True})
        self.text = book.add_format({**base, "text_wrap": True})
        self.value = book.add_format({**base, "text_wrap": True, "align": "center"})
        self.integer = book.add_format({**base, "num_format": "0", "align": "center"})
        self.decimal = book.add_format({**base, "num_format": "0.0", "align": "center"})
        self.rank = book.add_format({**base, "num_format": "0.0##", "align": "center"})
        self.total_label = book.add_format({**base, "bold": True, "top": 1})
        self.total_integer = book.add_format(
            {**base, "bold": True, "top": 1, "num_format": "0", "align": "center"}
        )
        self.total_decimal = book.add_format(
            {**base, "bold": True, "top": 1, "num_format": "0.0", "align": "center"}
        )
        self.rho = book.add_format(
            {**base, "bold": True, "top": 1, "num_format": "0.000", "align": "center"}
        )
        # upright, as in the DOCX: italic Japanese is a slanted fake, not a typeface
        self.note = book.add_format({**base, "font_size": 9, "text_wrap": True, "align": "left"})
        self.last = book.add_format({"top": 2})


def _across(sheet: Any, row: int, last_col: int, text: str, style: Any) -> None:
    """``text`` in one cell merged across columns 0 to ``last_col`` of ``row``; in the first
    alone when that is all (XlsxWriter warns "Can't merge single cell": a project without
    cases printed it under `matrix -o chart.xlsx`)."""
    if last_col > 0:
        sheet.merge_range(row, 0, row, last_col, text, style)
    else:
        sheet.write(row, 0, text, style)


def _notes(sheet: Any, f: _Formats, row: int, last_col: int, notes: list[str]) -> None:
    """Notes wrapped inside the table's width, so they never widen the printed page."""
    for offset, text in enumerate(notes):
        _across(sheet, row + offset, last_col, text, f.note)
        sheet.set_row(row + offset, 13 * (1 + len(text) // 110))


MEASURE_WIDTH, SUMMARY_WIDTH = 38, 46  # columns, in characters of the default font
LINE_POINTS = 13.5  # a line of 10-point text
MAX_ROW_POINTS = 409  # Excel's tallest row


def _row_height(cells: list[tuple[str, int]]) -> float:
    """A row tall enough for its wrapped text: LibreOffice does not fit rows when it opens a
    file, so a multi-line summary showed its first line only. Estimated from the text, a
    wide (CJK) character counting two columns, as no file format can ask for a fit."""
    lines = max(
        (
            sum(max(1, math.ceil(_columns(part) / width)) for part in text.split("\n"))
            for text, width in cells
        ),
        default=1,
    )
    return min(MAX_ROW_POINTS, LINE_POINTS * max(1, lines))


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


HEADER_LINE_POINTS = 15  # a line of bold 10-point text, with room for the cell's margins
HEADER_LINES = 3  # a number column's heading wraps to this many lines before it widens
NUMBER_WIDTH = 8, 16  # a number column's narrowest and widest, in characters
_CHUNKS = re.compile(r"(\s*)(\S+)")
_UNBROKEN = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+|\S")


def _header_width(text: str) -> int:
    """A number column as narrow as its heading allows: the narrowest, within 8 to 16
    characters, that holds the heading's longest word ("Hamamatsu" unbroken) and the heading
    in three lines. Made as wide as the longest word alone ("Count" of "Count (Total over all
    cases)"), it wrapped to four lines in a row tall enough for two, clipped into the caption
    above."""
    longest = max((_columns(p) for word in text.split() for p in _pieces(word)), default=0)
    narrowest, widest = max(NUMBER_WIDTH[0], longest + 2), NUMBER_WIDTH[1]
    return next(
        (w for w in range(narrowest, widest) if _wrapped_lines(text, w) <= HEADER_LINES), widest
    )


def _wrapped_lines(text: str, width: int) -> int:
    """The lines ``text`` wraps to in a column ``width`` characters wide, as a spreadsheet
    wraps it: between words, and between any two Japanese characters; two characters go to
    the cell's margins and the bold type."""
    usable = max(1, width - 2)
    lines, used = 1, 0
    for space, chunk in _CHUNKS.findall(text):
        for i, piece in enumerate(_pieces(chunk)):
            size = _columns(piece) + (1 if space and used and i == 0 else 0)
            if used and used + size > usable:
                lines, used = lines + 1, _columns(piece)
            else:
                used += size
            lines += (used - 1) // usable  # a word wider than the column breaks inside it
            used = (used - 1) % usable + 1
    return lines


def _pieces(chunk: str) -> list[str]:
    """A word as it may break: between any two Japanese characters, never inside a run of
    Latin letters ("順位：Hamamatsu" is 順, 位, ：, Hamamatsu)."""
    return _UNBROKEN.findall(chunk)


def _theme_sheet(
    book: xlsxwriter.Workbook, f: _Formats, table: ThemeTable, report: Report, used: set[str]
) -> None:
    sheet = book.add_worksheet(_sheet_name(table.theme, used))
    language = table.language
    last_col = 2 * len(table.cases)
    _across(sheet, 0, last_col, caption(table.number, table.caption, language), f.title)
    sheet.merge_range(1, 0, 2, 0, words(language, "Measure"), f.header)
    for i, case in enumerate(table.cases):
        col = 1 + 2 * i
        sheet.merge_range(1, col, 1, col + 1, case, f.header)
        sheet.write(2, col, words(language, "Value"), f.subheader)
        sheet.write(2, col + 1, words(language, "Summary"), f.subheader)
    for m, measure in enumerate(table.measures):
        row = 3 + m
        sheet.write(row, 0, measure, f.label)
        for i in range(len(table.cases)):
            sheet.write(row, 1 + 2 * i, table.values[m][i], f.value)
            sheet.write(row, 2 + 2 * i, table.summaries[m][i], f.text)
        cells = [(measure, MEASURE_WIDTH), *((s, SUMMARY_WIDTH) for s in table.summaries[m])]
        sheet.set_row(row, _row_height(cells))
    end = 3 + len(table.measures)
    for col in range(last_col + 1):
        sheet.write_blank(end, col, None, f.last)
    notes = [words(language, "note") + legend(report, language), source_line(report, language)]
    _notes(sheet, f, end + 1, last_col, notes)
    sheet.set_column(0, 0, MEASURE_WIDTH)
    for i in range(len(table.cases)):
        sheet.set_column(1 + 2 * i, 1 + 2 * i, 14)
        sheet.set_column(2 + 2 * i, 2 + 2 * i, SUMMARY_WIDTH)
    sheet.freeze_panes(3, 1)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(1, 2)


def _number_sheet(
    book: xlsxwriter.Workbook,
    f: _Formats,
    table: NumberTable,
    name: str,
    report: Report,
    language: str,
    extra: list[Any] | None = None,
) -> None:
    sheet = book.add_worksheet(name)
    width = len(table.header)
    title = caption(table.number, table.caption, language)
    sheet.merge_range(0, 0, 0, max(width - 1, 1), title, f.title)
    for col, text in enumerate(table.header):
        sheet.write(1, col, text, f.header)
    row = 2
    for label, numbers in table.rows:
        total = label in table.emphasised
        sheet.write(row, 0, label, f.total_label if total else f.label)
        for col, number in enumerate(numbers, start=1):
            if number is None:
                sheet.write_blank(row, col, None, f.total_integer if total else f.integer)
            elif isinstance(number, Decimal):  # printed to 0.1, kept exact (Mean) for SUMs
                exact = float(getattr(number, "exact", number))
                sheet.write_number(row, col, exact, f.total_decimal if total else f.decimal)
            elif isinstance(number, int):
                sheet.write_number(row, col, number, f.total_integer if total else f.integer)
            else:
                sheet.write_number(row, col, number, f.rank)
        row += 1
    if extra is not None:
        sheet.write(row, 0, words(language, "rho"), f.total_label)
        for col, number in enumerate(extra, start=1):
            if number is None:
                sheet.write_blank(row, col, None, f.total_label)
            else:
                sheet.write_number(row, col, float(number), f.rho)
        row += 1
    for col in range(width):
        sheet.write_blank(row, col, None, f.last)
    notes = [words(language, "note") + table.note, source_line(report, language)]
    _notes(sheet, f, row + 1, width - 1, notes)
    sheet.set_column(0, 0, 30)
    widths = [_header_width(text) for text in table.header[1:]]
    for col, column_width in enumerate(widths, start=1):
        sheet.set_column(col, col, column_width)
    lines = max(
        (_wrapped_lines(text, w) for text, w in zip(table.header[1:], widths, strict=True)),
        default=1,
    )
    sheet.set_row(1, max(2, lines) * HEADER_LINE_POINTS)
    sheet.freeze_panes(2, 1)
    sheet.set_landscape()
    if width - 1 <= CASES_PER_TABLE:
        sheet.fit_to_pages(1, 0)
    else:  # 40 cases fitted to a page's width printed at a third of the size: pages across,
        sheet.repeat_columns(0, 0)  # each with the themes and the heading again
        sheet.repeat_rows(1, 1)


def export_xlsx(
    report: Report,
    target: Path,
    view: str = "cells",
    language: str = "en",
    checkpoint: Checkpoint = go_on,
) -> None:
    """Write the report; ``view`` cells = every sheet, counts or ranks = that sheet only."""
    with atomic_path(target, format="xlsx") as temporary:
        _write_book(report, workbook(temporary), view, language, checkpoint)


EXCEL_CELL_LIMIT = 32_767  # characters a cell holds in Excel


class _TextBook(xlsxwriter.Workbook):  # type: ignore[misc]
    """Every sheet writes text as text (:func:`_write_text`). The archive is built in memory
    and written to ``destination`` by :func:`close` (``atomic.write_whole``)."""

    destination: Path | None = None

    def add_worksheet(self, name: str | None = None, worksheet_class: Any = None) -> Any:
        sheet = super().add_worksheet(name, worksheet_class)
        sheet.add_write_handler(str, _write_text)
        return sheet


def _write_text(sheet: Any, row: int, col: int, text: str, *rest: Any) -> int:
    """A string is written as a string: XlsxWriter's ``write`` made ``=Osaka`` or a summary
    beginning ``=== …`` a formula (shown as 0 or Err:510, read back as 0) and one beginning
    with a web address a link (the whole summary its target; past 2,079 characters the cell
    was left empty). Word's line breaks become line ends (``xml_safe``); text past Excel's
    limit ends in "…", so a cut shows."""
    text = xml_safe(text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return int(sheet.write_string(row, col, text, *rest))


def workbook(temporary: Path) -> xlsxwriter.Workbook:
    """A workbook that :func:`close` writes at ``temporary``; every XLSX the program writes is
    made here, so text is always written as text. Its part files and the archive are built in
    memory: none is left in a temporary folder by a killed export, and no write can fail
    halfway through XlsxWriter's ``ZipFile`` (which it leaves open on an error, to fail again
    when closed at exit) — the one write that can fail is ``atomic.write_whole``'s."""
    book = _TextBook(io.BytesIO(), {"in_memory": True})
    book.destination = temporary
    return book


def _write_book(
    report: Report, book: xlsxwriter.Workbook, view: str, language: str, checkpoint: Checkpoint
) -> None:
    f = _Formats(book)
    counts, ranks = words(language, "Counts sheet"), words(language, "Ranks sheet")
    used: set[str] = {counts.lower(), ranks.lower()}
    tables = report_tables(report, view, language)
    for table in tables.themes:
        checkpoint()
        _theme_sheet(book, f, table, report, used)
    if tables.counts is not None:
        _number_sheet(book, f, tables.counts, counts, report, language)
    if tables.ranks is not None:
        _number_sheet(book, f, tables.ranks, ranks, report, language, extra=tables.rho)
    checkpoint()
    close(book)


def close(book: xlsxwriter.Workbook) -> None:
    """Write the workbook out; a failed write raises its OSError (XlsxWriter wraps it)."""
    try:
        book.close()
    except FileCreateError as error:
        cause = error.args[0] if error.args else None
        raise cause if isinstance(cause, OSError) else OSError(str(error)) from None
    destination = getattr(book, "destination", None)
    if destination is not None:
        write_whole(destination, book.filename.getvalue())
