"""A project made with ``new --language ja`` is exported with Japanese captions, sheet names
and headers unless ``--language`` says otherwise: without it the files were labelled in
English ("Counts", "Ranks", "Measure", "(coded)") among Japanese data. An English project's
files are as they were. Read back with openpyxl, python-docx and csv."""

from __future__ import annotations

import csv
from pathlib import Path

from docx import Document as DocxDocument
from openpyxl import load_workbook

from frameworkqda.cli import main
from tests.core.test_cell_agreement import _four_cells


def _study(path: Path, language: str) -> Path:
    """A MIPEX-local project made in ``language`` (its scale and codebook) with two cases."""
    project = str(path)
    assert main(["new", project, "--framework", "mipex-local", "--language", language]) == 0
    for city in ("浜松市", "川崎市"):
        assert main(["case", "add", project, city]) == 0
    return path


def _xlsx(path: Path) -> tuple[list[str], set[object]]:
    book = load_workbook(path)
    cells = {c.value for sheet in book.worksheets for row in sheet.iter_rows() for c in row}
    return book.sheetnames, cells


def test_a_japanese_projects_exports_are_labelled_in_japanese(tmp_path: Path) -> None:
    study = _study(tmp_path / "ja.fqda", "ja")
    xlsx = tmp_path / "m.xlsx"
    assert main(["matrix", str(study), "-o", str(xlsx)]) == 0
    sheets, cells = _xlsx(xlsx)
    assert "件数" in sheets and "順位" in sheets
    assert not {"Counts", "Ranks"} & set(sheets)
    assert "施策" in cells and "Measure" not in cells

    docx = tmp_path / "m.docx"
    assert main(["matrix", str(study), "-o", str(docx)]) == 0
    document = DocxDocument(str(docx))
    headers = {c.text for t in document.tables for c in t.rows[0].cells}
    assert "施策" in headers and "Measure" not in headers
    assert any(p.text.startswith("表1") for p in document.paragraphs)

    table = tmp_path / "m.csv"
    assert main(["matrix", str(study), "--view", "counts", "-o", str(table)]) == 0
    with table.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[0] == "テーマ"

    # asked for, English still
    assert main(["matrix", str(study), "--language", "en", "-o", str(xlsx)]) == 0
    sheets, cells = _xlsx(xlsx)
    assert "Counts" in sheets and "Ranks" in sheets and "Measure" in cells


def test_an_english_projects_exports_stay_english(tmp_path: Path) -> None:
    study = _study(tmp_path / "en.fqda", "en")
    xlsx = tmp_path / "m.xlsx"
    assert main(["matrix", str(study), "-o", str(xlsx)]) == 0
    sheets, cells = _xlsx(xlsx)
    assert "Counts" in sheets and "Ranks" in sheets and "Measure" in cells
    assert "件数" not in sheets


def test_a_japanese_projects_agreement_table_is_headed_in_japanese(tmp_path: Path) -> None:
    study = tmp_path / "ja.fqda"
    _four_cells(study, "ja")
    xlsx = tmp_path / "k.xlsx"
    args = ["agreement", str(study), "--coders", "Hanako,Taro", "--cells", "-o", str(xlsx)]
    assert main(args) == 0
    book = load_workbook(xlsx)
    assert book.sheetnames == ["チャート化の一致度"]
    assert [c.value for c in book.active[2]][:3] == ["コード", "ケース", "セル数"]
    assert main([*args, "--language", "en"]) == 0
    assert load_workbook(xlsx).sheetnames != ["チャート化の一致度"]
