"""CSV files meant for a spreadsheet carry no formulas (CSV injection, cli-report item 7): a text
cell beginning = + - @ tab or CR is written with ' before it; numbers stay numbers; what we
write and read back (scores list → scores import, a matrix edited into cell --from) reads back
as it was; the codebook CSV (for Taguette) is written exactly."""

from __future__ import annotations

import csv
from pathlib import Path

from frameworkqda.cli import main
from frameworkqda.core.csv_files import csv_writer, neutralised, open_csv, read_csv_records
from frameworkqda.core.exports.agreement_export import Table, write_table

DANGEROUS = ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\t=x", '=HYPERLINK("http://x")']


def test_text_that_is_a_formula_is_written_as_text_numbers_as_numbers(tmp_path: Path) -> None:
    target = tmp_path / "agreement.csv"
    rows = [(text, "-0.5", "+0.250", "相談") for text in DANGEROUS]
    kinds = ("name", "kappa", "kappa", "text")
    table = Table("", ["code", "kappa", "rho", "note"], rows, "", kinds, "s")
    write_table(table, "csv", target)
    with target.open(encoding="utf-8-sig", newline="") as file:
        written = list(csv.reader(file))
    assert [row[0] for row in written[1:]] == ["'" + text for text in DANGEROUS]
    assert all(row[1:] == ["-0.5", "+0.250", "相談"] for row in written[1:])
    assert read_csv_records(target)[1:] == [list(row) for row in rows]  # read back as it was


def test_numbers_and_plain_text_are_untouched(tmp_path: Path) -> None:
    assert neutralised("\r=x") == "'\r=x"  # (a CR in a cell is a CSV quirk of its own)
    target = tmp_path / "t.csv"
    with open_csv(target) as handle:
        csv_writer(handle).writerow([-0.5, 3, "-1", "1e-3", "-", "a=b", "", None, "'=kept"])
    with target.open(encoding="utf-8-sig", newline="") as file:
        assert next(csv.reader(file)) == ["-0.5", "3", "-1", "1e-3", "'-", "a=b", "", "", "'=kept"]


def test_codebook_csv_is_written_exactly_and_round_trips(tmp_path: Path) -> None:
    given = tmp_path / "given.csv"
    given.write_text("path,description\n=Sum,\n-minus/@at,\n", encoding="utf-8")
    project, exported = str(tmp_path / "a.fqda"), tmp_path / "codebook.csv"
    assert main(["new", project, "--framework", "empty"]) == 0
    assert main(["codebook", "import", project, str(given)]) == 0
    assert main(["codebook", "export", project, "-o", str(exported)]) == 0
    text = exported.read_text(encoding="utf-8")
    assert "\n=Sum," in text and "'" not in text  # Taguette reads the names as they are
    assert [row[0] for row in read_csv_records(exported)[1:]] == ["=Sum", "-minus", "-minus/@at"]
