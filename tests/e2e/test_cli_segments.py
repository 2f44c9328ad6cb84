"""``frameworkqda segments``: every column ``code`` stores comes back out (the translation was
stored and shown by the app but never printed), and its CSV is a file ``code --from`` takes
back: a study coded by script in one project can be coded the same in another."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from frameworkqda.cli import main
from frameworkqda.core.importers import import_documents
from frameworkqda.core.model import Document
from frameworkqda.core.store import create_project
from tests.e2e.conftest import MINUTE, TEXT, without_updated

CODE = "Anti-discrimination/Consultation service"
SCHEME = "Anti-discrimination/Human rights scheme"
HEADER = [
    *("document", "case", "page", "start", "end", "code"),
    *("coder", "text", "note", "translation", "updated"),
]


def _said(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _code(capsys: pytest.CaptureFixture[str], study: str, *options: str) -> None:
    assert _said(capsys, "code", study, "--document", "memo.txt", *options)[0] == 0


def _coded(capsys: pytest.CaptureFixture[str], study: str) -> None:
    """Three passages: a note over two lines, translations, a note that reads as a formula."""
    _code(capsys, study, *("--start", "0", "--end", "3", "--code", CODE, "--coder", "Taro"))
    _code(
        capsys,
        study,
        *("--start", "0", "--end", "3", "--code", SCHEME, "--coder", "Hanako"),
        *("--note", "市の\n窓口", "--translation", "Hamamatsu City"),
    )
    _code(
        capsys,
        study,
        *("--start", "4", "--end", "7", "--code", CODE, "--coder", "Taro"),
        *("--note=-weak", "--translation", "in many languages,\tplainly"),
    )


def test_segments_prints_the_translation_last(
    study: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _coded(capsys, study)
    code, out, err = _said(capsys, "segments", study)
    assert (code, err) == (0, "")
    # memo.txt: in no case (the case column empty), a text file (no page)
    assert without_updated(out) == (
        f"memo.txt\t\t\t0\t3\t{CODE}\tTaro\t浜松市\t\t\n"
        f"memo.txt\t\t\t0\t3\t{SCHEME}\tHanako\t浜松市\t市の 窓口\tHamamatsu City\n"
        f"memo.txt\t\t\t4\t7\t{CODE}\tTaro\t多言語\t-weak\tin many languages, plainly\n"
    )


def test_segments_csv_has_a_header_and_whole_cells(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _coded(capsys, study)
    code, out, _ = _said(capsys, "segments", study, "--format", "csv", "--code", SCHEME)
    assert code == 0
    header, row = csv.reader(out.splitlines(keepends=True))
    assert header == HEADER
    assert row[:-1] == [
        *("memo.txt", "", "", "0", "3", SCHEME, "Hanako", "浜松市", "市の\n窓口"),
        "Hamamatsu City",
    ]
    assert MINUTE.fullmatch(row[-1])
    # -o FILE.csv: CSV (with the byte-order mark, as every table for people); .tsv: TSV
    target = tmp_path / "passages.csv"
    assert _said(capsys, "segments", study, "-o", str(target)) == (
        0,
        f"wrote 3 coded passages as csv to {target}\n",
        "",
    )
    assert target.read_bytes().startswith(b"\xef\xbb\xbfdocument,case,page,start,end,code,")
    tsv = tmp_path / "passages.tsv"
    assert _said(capsys, "segments", study, "-o", str(tsv))[0] == 0
    assert tsv.read_text(encoding="utf-8") == _said(capsys, "segments", study)[1]
    code, _, err = _said(capsys, "segments", study, "-o", str(tsv), "--format", "csv")
    assert code == 1
    assert "the name says .tsv but --format says csv" in err


def test_segments_csv_codes_a_fresh_project_the_same(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _coded(capsys, study)
    written = tmp_path / "passages.csv"
    assert _said(capsys, "segments", study, "-o", str(written))[0] == 0

    source = tmp_path / "again" / "memo.txt"
    source.parent.mkdir()
    source.write_text(TEXT, encoding="utf-8")
    fresh = str(tmp_path / "fresh.fqda")
    with create_project(fresh, framework="mipex-local") as project:
        import_documents(project, [source])
    assert _said(capsys, "code", fresh, "--from", str(written)) == (
        0,
        f"coded 3 segments from {written}\n",
        "",
    )
    assert without_updated(_said(capsys, "segments", fresh)[1]) == without_updated(
        _said(capsys, "segments", study)[1]
    )
    # a second run finds every passage there already
    assert _said(capsys, "code", fresh, "--from", str(written))[1] == (
        f"coded 0 segments from {written} (3 already present)\n"
    )


def test_code_from_refuses_a_text_the_range_does_not_hold(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A row's text that is not the document's at its range: the offsets point elsewhere (the
    document imported again, changed); the row is named and nothing written. Line breaks as
    the TSV prints them (spaces) are the same text."""
    path = tmp_path / "moved.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows(
            [
                ["document", "start", "end", "code", "text"],
                ["memo.txt", "0", "3", CODE, "浜松市"],
                ["memo.txt", "1", "4", CODE, "浜松市"],
            ]
        )
    assert _said(capsys, "code", study, "--from", str(path)) == (
        1,
        "",
        f"frameworkqda: {path}: 1 bad row, nothing written\n"
        "row 3: text “浜松市” is not the document's text at that range (“松市は”)\n",
    )
    assert _said(capsys, "segments", study)[1] == ""


def _cities(capsys: pytest.CaptureFixture[str], study: str, folder: Path) -> None:
    """memo.txt in the case Hamamatsu, osaka.txt in Osaka and none.txt in no case, a passage
    coded in each."""
    for name in ("osaka.txt", "none.txt"):
        (folder / name).write_text(TEXT + name, encoding="utf-8")  # not the same file
    assert _said(capsys, "import", study, str(folder / "osaka.txt"), "--case", "Osaka")[0] == 0
    assert _said(capsys, "import", study, str(folder / "none.txt"))[0] == 0
    assert _said(capsys, "case", "assign", study, "Hamamatsu", "memo.txt")[0] == 0
    for name in ("memo.txt", "osaka.txt", "none.txt"):
        coded = ("--document", name, "--start", "0", "--end", "3", "--code", CODE)
        assert _said(capsys, "code", study, *coded)[0] == 0


def test_segments_name_each_passages_case_beside_its_document(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A researcher pivots the passages by city: the case is the column after the document in
    the TSV, the CSV and the XLSX (empty for a document in no case)."""
    import openpyxl

    _cities(capsys, study, tmp_path)
    code, out, _ = _said(capsys, "segments", study)
    assert code == 0
    assert [line.split("\t")[:4] for line in out.splitlines()] == [
        ["memo.txt", "Hamamatsu", "", "0"],
        ["osaka.txt", "Osaka", "", "0"],
        ["none.txt", "", "", "0"],
    ]
    written = tmp_path / "passages.csv"
    assert _said(capsys, "segments", study, "-o", str(written))[0] == 0
    with written.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [(row["document"], row["case"]) for row in table] == [
        ("memo.txt", "Hamamatsu"),
        ("osaka.txt", "Osaka"),
        ("none.txt", ""),
    ]
    book = tmp_path / "passages.xlsx"
    assert _said(capsys, "segments", study, "-o", str(book), "--case", "osaka") == (
        0,
        f"wrote 1 coded passage as xlsx to {book}\n",
        "",
    )
    header, row = openpyxl.load_workbook(book).active.iter_rows(values_only=True)
    assert list(header) == HEADER
    # numbers as numbers, a page a text file has not as an empty cell
    assert row[:6] == ("osaka.txt", "Osaka", None, 0, 3, CODE) and row[7] == "浜松市"


def test_code_from_checks_each_rows_case_against_its_documents(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file ``segments`` wrote reads back with its case column: a case written in other
    letter case or spacing is the document's (one case rule); a row whose case is not its
    document's is named as a bad row and nothing is written."""
    _cities(capsys, study, tmp_path)
    written = tmp_path / "passages.csv"
    assert _said(capsys, "segments", study, "-o", str(written))[0] == 0
    assert _said(capsys, "code", study, "--from", str(written))[1] == (
        f"coded 0 segments from {written} (3 already present)\n"
    )
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        row["start"], row["end"], row["text"] = "4", "7", "多言語"  # new passages
    rows[0]["case"] = "  hamamatsu "  # the case Hamamatsu
    rows[1]["case"] = "Hamamatsu"  # osaka.txt is in Osaka
    rows[2]["case"] = "Osaka"  # none.txt is in no case
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER)
        writer.writeheader()
        writer.writerows(rows)
    before = _said(capsys, "segments", study)[1]
    assert _said(capsys, "code", study, "--from", str(edited)) == (
        1,
        "",
        f"frameworkqda: {edited}: 2 bad rows, nothing written\n"
        "row 3: case “Hamamatsu” is not the document's case (“Osaka”)\n"
        "row 4: case “Osaka”: the document is in no case\n",
    )
    assert _said(capsys, "segments", study)[1] == before
    rows[1]["case"], rows[2]["case"] = "OSAKA", ""  # an empty case says nothing
    with edited.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER)
        writer.writeheader()
        writer.writerows(rows)
    assert _said(capsys, "code", study, "--from", str(edited)) == (
        0,
        f"coded 3 segments from {edited}\n",
        "",
    )


def test_code_from_checks_a_rows_page(
    project_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A PDF's passage: ``segments`` writes the page its range begins on, and ``code --from``
    refuses a row whose page is another (its offsets point elsewhere) or that gives a page
    for a document without pages."""
    from tests.documents import japanese_pdf
    from tests.writes import add_code

    pdf = japanese_pdf(tmp_path / "plan.pdf", pages=2)
    (tmp_path / "memo.txt").write_text(TEXT, encoding="utf-8")
    with create_project(project_location) as project:
        add_code(project, "相談")
        imported = import_documents(project, [pdf, tmp_path / "memo.txt"])
        with project.session() as session:
            length = len(session.get_one(Document, imported[0].document_id).text)
    for name, start, end in (("plan.pdf", length - 4, length - 1), ("memo.txt", 0, 3)):
        coded = ("--document", name, "--start", str(start), "--end", str(end), "--code", "相談")
        assert _said(capsys, "code", project_location, *coded)[0] == 0
    written = tmp_path / "passages.csv"
    assert _said(capsys, "segments", project_location, "-o", str(written))[0] == 0
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["document"], row["page"]) for row in rows] == [("plan.pdf", "2"), ("memo.txt", "")]
    assert _said(capsys, "code", project_location, "--from", str(written))[1] == (
        f"coded 0 segments from {written} (2 already present)\n"
    )
    rows[0]["page"], rows[1]["page"] = "1", "1"
    with written.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HEADER)
        writer.writeheader()
        writer.writerows(rows)
    assert _said(capsys, "code", project_location, "--from", str(written)) == (
        1,
        "",
        f"frameworkqda: {written}: 2 bad rows, nothing written\n"
        "row 2: page 1: the range begins on page 2\n"
        "row 3: page 1: the document has no pages\n",
    )
