"""The coding-agreement table as CSV, XLSX or DOCX: the same rows and figures in each."""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from frameworkqda.core.agreement import CSV_HEADER, AgreementRow, csv_cells
from frameworkqda.core.errors import ValidationError

AGREEMENT_FORMATS = ("csv", "xlsx", "docx")
CAPTION = "Coding agreement between {a} (A) and {b} (B), by code and document"
NOTE = (
    "Percentages of the characters compared; κ = Cohen's kappa. Document * pools a code over "
    "the documents either coder coded; code * pools every code. An empty κ is undefined: "
    "neither coder varies."
)


def write_agreement(
    rows: Sequence[AgreementRow],
    fmt: str,
    target: Path | None,
    coders: tuple[str, str],
    stdout: TextIO | None = None,
) -> None:
    if fmt not in AGREEMENT_FORMATS:
        raise ValidationError(
            f"unknown format {fmt!r}; choose one of {', '.join(AGREEMENT_FORMATS)}"
        )
    cells = [csv_cells(row) for row in rows]
    if fmt == "csv":
        if target is None:
            _write_csv(cells, stdout or sys.stdout)
        else:
            with target.open("w", encoding="utf-8", newline="") as handle:
                _write_csv(cells, handle)
        return
    if target is None:
        raise ValidationError(f"{fmt.upper()} is a file format: give an output file with -o")
    caption = CAPTION.format(a=coders[0], b=coders[1])
    if fmt == "xlsx":
        _write_xlsx(cells, target, caption)
    else:
        _write_docx(cells, target, caption)


def _write_csv(cells: list[tuple[str, ...]], handle: TextIO) -> None:
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(cells)


def _number(text: str) -> float | str:
    return float(text) if text else ""


def _write_xlsx(cells: list[tuple[str, ...]], target: Path, caption: str) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Agreement"
    sheet.append([caption])
    sheet.append(list(CSV_HEADER))
    for row in cells:
        sheet.append([row[0], row[1], *(_number(text) for text in row[2:])])
    sheet.append([NOTE])
    book.save(target)


def _write_docx(cells: list[tuple[str, ...]], target: Path, caption: str) -> None:
    from docx import Document

    document = Document()
    document.add_paragraph(caption)
    table = document.add_table(rows=1, cols=len(CSV_HEADER))
    for cell, heading in zip(table.rows[0].cells, CSV_HEADER, strict=True):
        cell.text = heading
    for row in cells:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_paragraph(NOTE)
    document.save(str(target))
