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

from frameworkqda.core.agreement import CSV_HEADER, AgreementRow, csv_cells
from frameworkqda.core.atomic import atomic_path
from frameworkqda.core.cell_agreement import CELLS_CSV_HEADER, CellComparison, cells_csv_rows
from frameworkqda.core.csv_files import csv_writer, open_csv
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.exports.wording import words

AGREEMENT_FORMATS = ("csv", "xlsx", "docx")


@dataclass(frozen=True)
class Table:
    """What every writer prints: a caption, the header, text rows, a note."""

    caption: str
    header: Sequence[str]
    rows: list[tuple[str, ...]]
    note: str
    numeric: frozenset[int]  # columns XLSX stores as numbers
    sheet: str


def coding_table(
    rows: Sequence[AgreementRow], coders: tuple[str, str], language: str = "en"
) -> Table:
    """The coding agreement table; caption, note and sheet name in ``language`` (wording.py),
    the column names as the CSV's (programs read them)."""
    return Table(
        words(language, "agreement caption", a=coders[0], b=coders[1]),
        CSV_HEADER,
        [csv_cells(row) for row in rows],
        words(language, "agreement note"),
        frozenset(range(2, len(CSV_HEADER))),
        words(language, "agreement sheet"),
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
    return Table(
        words(language, "cells caption", a=coders[0], b=coders[1]),
        CELLS_CSV_HEADER,
        cells_csv_rows(comparison),
        note,
        frozenset({2, 3, 4}),
        words(language, "cells sheet"),
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


def _write_xlsx(table: Table, target: Path) -> None:
    from frameworkqda.core.exports.xlsx_export import close, workbook

    book = workbook(target)  # text stays text: a coder or document named "=…" is no formula
    sheet = book.add_worksheet(table.sheet)
    sheet.write(0, 0, table.caption)
    sheet.write_row(1, 0, table.header)
    for number, row in enumerate(table.rows, start=2):
        sheet.write_row(
            number,
            0,
            [
                (float(text) if text else "") if column in table.numeric else text
                for column, text in enumerate(row)
            ],
        )
    sheet.write(len(table.rows) + 2, 0, table.note)
    close(book)


def _write_docx(table: Table, target: Path) -> None:
    from frameworkqda.core.exports.docx_export import journal_document, save

    document = journal_document()
    document.add_paragraph(table.caption)
    grid = document.add_table(rows=1, cols=len(table.header))
    for cell, heading in zip(grid.rows[0].cells, table.header, strict=True):
        cell.text = heading
    for row in table.rows:
        for cell, text in zip(grid.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph(table.note)
    save(document, target)
