"""A carriage return inside a cell (a summary pasted from an old Mac or a Windows program) is
quoted in every CSV we write, so every reader keeps the cell whole: Python's csv module, pandas,
LibreOffice (opened and saved as XLSX, read with openpyxl) and our own reader. It went out
unquoted (``csv.writer`` with ``\\n`` line ends quotes only ``\\n``) and each of them split the
row in two there."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from frameworkqda.cli import main
from frameworkqda.core.csv_files import csv_writer, read_csv_records

CONSULTATION = "Education/Consultation service"
SUMMARY = "相談窓口は平日のみ\r土日は電話で\r祝日は休み"  # CRs alone: a LF would have it quoted


@pytest.fixture
def matrix_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """``matrix -o matrix.csv`` (cells view) of a project whose one cell has SUMMARY."""
    project = str(tmp_path / "cities.fqda")
    assert main(["new", project, "--framework", "mipex-local"]) == 0
    assert main(["case", "add", project, "Hamamatsu"]) == 0
    assert main(["case", "add", project, "Kawasaki"]) == 0
    cell = ["cell", project, "--case", "Hamamatsu", "--code", CONSULTATION]
    assert main([*cell, "--value", "Yes", "--summary", SUMMARY]) == 0
    target = tmp_path / "matrix.csv"
    assert main(["matrix", project, "-o", str(target)]) == 0
    capsys.readouterr()
    return target


def _cells(rows: list[list[str]]) -> tuple[int, list[str]]:
    """How many rows (header included), and the row of the charted cell."""
    (charted,) = [row for row in rows if len(row) > 3 and row[3] == "Yes"]
    return len(rows), charted


def expected_rows(matrix_csv: Path) -> int:
    """One header and one row per case × measure: every row the same width."""
    text = matrix_csv.read_bytes().decode("utf-8-sig")
    return 1 + text.count("\nHamamatsu,") + text.count("\nKawasaki,")


def test_pythons_csv_reader_keeps_the_cell_whole(matrix_csv: Path) -> None:
    with matrix_csv.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    count, charted = _cells(rows)
    assert {len(row) for row in rows} == {8}  # the last, draft
    assert charted[0] == "Hamamatsu" and charted[6] == SUMMARY
    assert count == expected_rows(matrix_csv)


def test_our_reader_reads_it_back_unchanged(matrix_csv: Path) -> None:
    rows = read_csv_records(matrix_csv)
    assert {len(row) for row in rows} == {8}  # the last, draft
    assert _cells(rows)[1][6] == SUMMARY


def test_pandas_keeps_the_cell_whole(matrix_csv: Path) -> None:
    import pandas as pd

    frame = pd.read_csv(matrix_csv, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert list(frame.columns) == [
        "case", "theme", "measure", "value", "present", "evidence", "summary", "draft"
    ]  # fmt: skip
    assert len(frame) + 1 == expected_rows(matrix_csv)
    charted = frame[frame["value"] == "Yes"]
    assert charted["summary"].tolist() == [SUMMARY]
    assert charted["draft"].tolist() == ["false"]  # typed: the researcher's own
    assert set(frame["case"]) == {"Hamamatsu", "Kawasaki"}


def test_libreoffice_keeps_the_cell_whole(matrix_csv: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (a cross-check where it is)")
    import openpyxl

    out = tmp_path / "converted"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--infilter=CSV:44,34,76,1",  # comma, double quote, UTF-8, from row 1
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(matrix_csv),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    sheet = openpyxl.load_workbook(out / "matrix.xlsx").active
    assert sheet is not None
    rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert len(rows) == expected_rows(matrix_csv)
    assert {row[0] for row in rows[1:]} == {"Hamamatsu", "Kawasaki"}
    summary = _cells(rows)[1][6]
    # LibreOffice keeps a line break in the cell as a line feed, whichever it was
    assert summary == SUMMARY.replace("\r", "\n")


def test_every_writer_quotes_a_carriage_return() -> None:
    """The one writer every CSV goes through (matrix, counts, ranks, agreement, review rows,
    scores list, codebook): a lone CR quoted as a LF is, rows still ending in LF."""
    for neutralise in (True, False):
        out = io.StringIO()
        csv_writer(out, neutralise=neutralise).writerows([["a\rb", "c\nd", "plain", 3], ["x"]])
        assert out.getvalue() == '"a\rb","c\nd",plain,3\nx\n'
