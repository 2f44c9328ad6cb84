"""The agreement tables as CSV, XLSX or DOCX: the same rows and figures in each.

Two tables: coding agreement (:mod:`frameworkqda.core.agreement`) and charting agreement
(:mod:`frameworkqda.core.cell_agreement`). Each is a header, rows of text (as the CSV prints
them) and the columns that hold numbers (XLSX stores those as numbers). Files are written
whole or not at all (:mod:`frameworkqda.core.atomic`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

from frameworkqda.core.agreement import ALL_DOCUMENTS, CSV_HEADER, AgreementRow, csv_cells
from frameworkqda.core.atomic import atomic_path
from frameworkqda.core.cell_agreement import CELLS_CSV_HEADER, CellComparison, cells_csv_rows
from frameworkqda.core.csv_files import csv_writer, open_csv
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.exports.wording import words
from frameworkqda.core.text.xml_safe import xml_safe

AGREEMENT_FORMATS = ("csv", "xlsx", "docx")


# What a column holds, which sets its width and, for numbers, how XLSX shows them: the same
# digits as the CSV (κ four decimals, percentages two, counts whole).
NAME, LABEL, COUNT, KAPPA, PERCENT, VALUE, TEXT = (
    "name",
    "label",
    "count",
    "kappa",
    "percent",
    "value",
    "text",
)
NUMBER_FORMATS = {COUNT: "0", KAPPA: "0.0000", PERCENT: "0.00"}


@dataclass(frozen=True)
class Table:
    """What every writer prints: a caption, the header, text rows, a note. The CSV prints
    ``header`` (programs read its names); XLSX and DOCX print ``labels``, the same columns
    in the table's language, and lay each column out by its kind."""

    caption: str
    header: Sequence[str]
    rows: list[tuple[str, ...]]
    note: str
    kinds: Sequence[str]  # per column: NAME, LABEL, COUNT, KAPPA, PERCENT, VALUE or TEXT
    sheet: str
    labels: Sequence[str] = ()
    language: str = "en"  # of the caption, note and labels

    def __post_init__(self) -> None:  # every writer prints it: XML-safe once, here
        setattr_ = object.__setattr__
        setattr_(self, "caption", xml_safe(self.caption))
        setattr_(self, "rows", [tuple(xml_safe(text) for text in row) for row in self.rows])
        setattr_(self, "note", xml_safe(self.note))
        setattr_(self, "labels", tuple(self.labels) or tuple(self.header))

    @property
    def numeric(self) -> frozenset[int]:
        """The columns XLSX stores as numbers."""
        return frozenset(i for i, kind in enumerate(self.kinds) if kind in NUMBER_FORMATS)

    def pooled(self, row: tuple[str, ...]) -> bool:
        """A pooled row (document or case ``*``), printed bold as a summary row."""
        return row[1] == ALL_DOCUMENTS


def coding_table(
    rows: Sequence[AgreementRow], coders: tuple[str, str], language: str = "en"
) -> Table:
    """The coding agreement table; caption, note, sheet name and the XLSX/DOCX column
    headers in ``language`` (wording.py), the CSV's column names as they are (programs read
    them)."""
    return Table(
        words(language, "agreement caption", a=coders[0], b=coders[1]),
        CSV_HEADER,
        [csv_cells(row) for row in rows],
        words(language, "agreement note"),
        (NAME, LABEL, KAPPA, *(PERCENT,) * (len(CSV_HEADER) - 3)),
        words(language, "agreement sheet"),
        [words(language, f"col {name}") for name in CSV_HEADER],
        language,
    )


def cells_table(comparison: CellComparison, coders: tuple[str, str], language: str = "en") -> Table:
    """The charting agreement table; its note names the values taken as unordered, as the
    project's scale spells them."""
    unordered = words(language, "list").join(comparison.unordered)
    note = words(
        language,
        "cells note",
        unordered=unordered or words(language, "no value"),
        only_a=comparison.only_a,
        only_b=comparison.only_b,
    )
    names = {"kappa": "weighted kappa"}
    return Table(
        words(language, "cells caption", a=coders[0], b=coders[1]),
        CELLS_CSV_HEADER,
        cells_csv_rows(comparison, language),
        note,
        (NAME, LABEL, COUNT, KAPPA, PERCENT, VALUE, VALUE, TEXT, TEXT),
        words(language, "cells sheet"),
        [words(language, f"col {names.get(name, name)}") for name in CELLS_CSV_HEADER],
        language,
    )


def write_agreement(
    rows: Sequence[AgreementRow],
    fmt: str,
    target: Path | None,
    coders: tuple[str, str],
    stdout: TextIO | None = None,
    language: str = "en",
) -> None:
    write_table(coding_table(rows, coders, language), fmt, target, stdout)


def write_table(table: Table, fmt: str, target: Path | None, stdout: TextIO | None = None) -> None:
    if fmt not in AGREEMENT_FORMATS:
        raise ValidationError(
            f"unknown format {fmt!r}; choose one of {', '.join(AGREEMENT_FORMATS)}"
        )
    if fmt == "csv":
        if target is None:
            _write_csv(table, stdout or sys.stdout)
        else:
            with atomic_path(target, format="csv") as temporary, open_csv(temporary) as handle:
                _write_csv(table, handle)
        return
    if target is None:
        raise ValidationError(f"{fmt.upper()} is a file format: give an output file with -o")
    with atomic_path(target, format=fmt) as temporary:
        if fmt == "xlsx":
            _write_xlsx(table, temporary)
        else:
            _write_docx(table, temporary)


def _write_csv(table: Table, handle: IO[str]) -> None:
    writer = csv_writer(handle)
    writer.writerow(table.header)
    writer.writerows(table.rows)


XLSX_WIDTHS = {NAME: 38, LABEL: 18, COUNT: 8, KAPPA: 11, PERCENT: 11, VALUE: 14, TEXT: 46}
# DOCX: number and label columns as wide as their header needs (never broken mid-word), the
# rest of the landscape page shared by the name and text columns in XLSX's proportions
DOCX_WIDTHS_CM = {LABEL: 2.8, COUNT: 1.4, KAPPA: 2.0, PERCENT: 2.7, VALUE: 2.2}


def _write_xlsx(table: Table, target: Path) -> None:
    """Laid out as the matrix export's number sheets (``xlsx_export``): its fonts (an
    East-Asian one), a bold wrapped header under the caption, widths by column, numbers as
    numbers in the CSV's digits and empty ones blank, pooled rows bold above a rule, the note
    wrapped within the table's width; landscape, one page wide, header repeated."""
    from frameworkqda.core.exports.xlsx_export import (
        FONT,
        LINE_POINTS,
        _Formats,
        _notes,
        _row_height,
        close,
        workbook,
    )

    book = workbook(target)  # text stays text: a coder or document named "=…" is no formula
    f = _Formats(book)
    base = {"font_name": FONT, "font_size": 10, "valign": "top"}
    numbers = {
        (kind, bold): book.add_format(
            {**base, "num_format": code, "align": "right", "bold": bold, "top": 1 if bold else 0}
        )
        for kind, code in NUMBER_FORMATS.items()
        for bold in (False, True)
    }
    texts = {
        bold: book.add_format({**base, "text_wrap": True, "bold": bold, "top": 1 if bold else 0})
        for bold in (False, True)
    }
    sheet = book.add_worksheet(table.sheet)
    last = len(table.header) - 1
    sheet.merge_range(0, 0, 0, last, table.caption, f.title)
    sheet.set_row(0, _row_height([(table.caption, sum(_xlsx_width(k) for k in table.kinds))]))
    for column, label in enumerate(table.labels):
        sheet.write(1, column, label, f.header)
    sheet.set_row(1, 2 * LINE_POINTS + 4)
    for number, row in enumerate(table.rows, start=2):
        bold = table.pooled(row)
        for column, (text, kind) in enumerate(zip(row, table.kinds, strict=True)):
            if kind in NUMBER_FORMATS:
                if text:
                    sheet.write_number(number, column, float(text), numbers[kind, bold])
                else:
                    sheet.write_blank(number, column, None, numbers[kind, bold])
            elif text:
                sheet.write_string(number, column, text, texts[bold])
            else:
                sheet.write_blank(number, column, None, texts[bold])
        wrapped = [(text, _xlsx_width(kind)) for text, kind in zip(row, table.kinds, strict=True)]
        sheet.set_row(number, _row_height(wrapped))
    end = len(table.rows) + 2
    for column in range(last + 1):
        sheet.write_blank(end, column, None, f.last)
    _notes(sheet, f, end + 1, last, [table.note])
    for column, kind in enumerate(table.kinds):
        sheet.set_column(column, column, _xlsx_width(kind))
    sheet.freeze_panes(2, 0)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(1)
    close(book)


def _xlsx_width(kind: str) -> int:
    return XLSX_WIDTHS[kind]


def _write_docx(table: Table, target: Path) -> None:
    """A journal table as the matrix export's (``docx_export``): A4 landscape, Latin and
    East-Asian fonts, three rules, the header repeated on each page, column widths by what
    they hold, the note below."""
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Cm, Emu

    from frameworkqda.core.exports.docx_export import (
        _caption,
        _cells,
        _note,
        _repeat_header,
        _rules,
        _set_widths,
        _text_width,
        _write,
        journal_document,
        save,
    )

    document = journal_document(landscape=True)
    language = table.language
    _caption(document, None, table.caption, language)
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = _cells(grid)
    for column, (label, kind) in enumerate(zip(table.labels, table.kinds, strict=True)):
        align = "center" if kind in NUMBER_FORMATS else "left"
        _write(cells[0][column], label, bold=True, align=align, size=8.5)
    _repeat_header(grid.rows[0])
    for number, row in enumerate(table.rows, start=1):
        bold = table.pooled(row)
        for column, (text, kind) in enumerate(zip(row, table.kinds, strict=True)):
            align = "center" if kind in NUMBER_FORMATS or kind == VALUE else "left"
            _write(cells[number][column], text, bold=bold, align=align, size=8.5)
    _rules(grid, cells)
    fixed = sum(DOCX_WIDTHS_CM.get(kind, 0.0) for kind in table.kinds)
    shared = sum(XLSX_WIDTHS[kind] for kind in table.kinds if kind not in DOCX_WIDTHS_CM)
    rest = _text_width(document) - Cm(fixed)
    widths = [
        Cm(DOCX_WIDTHS_CM[kind])
        if kind in DOCX_WIDTHS_CM
        else Emu(int(rest * XLSX_WIDTHS[kind] / shared))
        for kind in table.kinds
    ]
    _set_widths(grid, cells, widths)
    _note(document, words(language, "note") + table.note)
    save(document, target)
