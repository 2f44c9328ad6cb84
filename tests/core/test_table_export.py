"""Analysis tables written to XLSX, DOCX and CSV, read back with openpyxl and python-docx."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import openpyxl
import pandas as pd
import pytest

from frameworkqda.core.errors import ValidationError
from frameworkqda.core.table_export import table_rows, write_table


def test_write_three_formats(tmp_path: Path) -> None:
    frame = pd.DataFrame({"浜松": [3, 1], "Average": [1.5, 0.25]}, index=["教育", "Health"])
    frame.index.name = "Theme"
    header, rows = table_rows(frame)
    assert header == ["Theme", "浜松", "Average"] and rows[0] == ["教育", 3, 1.5]
    write_table(frame, tmp_path / "t.xlsx", "Counts")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["Counts"]
    assert [c.value for c in sheet[2]] == ["教育", 3, 1.5]
    write_table(frame, tmp_path / "t.docx", "Counts")
    table = docx.Document(str(tmp_path / "t.docx")).tables[0]
    assert [c.text for c in table.rows[2].cells] == ["Health", "1", "0.25"]
    write_table(frame, tmp_path / "t.csv", "Counts")
    with (tmp_path / "t.csv").open(encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle))[1] == ["教育", "3", "1.5"]
    with pytest.raises(ValidationError):
        write_table(frame, tmp_path / "t.pdf", "Counts")
