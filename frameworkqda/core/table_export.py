"""Writing one analysis table (a pandas DataFrame) to XLSX, DOCX or CSV.

INTERIM: the engine's ``core/exports/`` (issue 4) had not landed; the GUI's export dialog
calls :func:`write_table`, which becomes a thin adapter over those exporters when they do.
The index is written as the first column; numbers stay numbers in XLSX.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from frameworkqda.core.errors import ValidationError

FORMATS = {".xlsx": "Excel workbook", ".docx": "Word document", ".csv": "CSV (UTF-8)"}


def table_rows(frame: pd.DataFrame) -> tuple[list[str], list[list[object]]]:
    """Header and rows exactly as they will be written (the export dialog previews these)."""
    header = [str(frame.index.name or ""), *(str(c) for c in frame.columns)]
    rows: list[list[object]] = []
    for label, values in zip(frame.index, frame.itertuples(index=False), strict=True):
        cells: list[object] = [str(label)]
        for value in values:
            if isinstance(value, float) and pd.isna(value):
                cells.append("")
            elif hasattr(value, "item"):
                cells.append(value.item())  # numpy scalar → Python number
            else:
                cells.append(value)
        rows.append(cells)
    return header, rows


def write_table(frame: pd.DataFrame, path: str | Path, title: str) -> Path:
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(f"{target.name}: choose .xlsx, .docx or .csv")
    header, rows = table_rows(frame)
    if suffix == ".csv":
        import csv

        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
    elif suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Font

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = title[:31]
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        sheet.freeze_panes = "B2"
        book.save(target)
    else:
        import docx

        document = docx.Document()
        document.add_heading(title, level=2)
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
        for row in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = _text(value)
        document.save(str(target))
    return target


def _text(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)
