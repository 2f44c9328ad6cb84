"""``frameworkqda segments``: every column ``code`` stores comes back out (the translation was
stored and shown by the app but never printed), and its CSV is a file ``code --from`` takes
back: a study coded by script in one project can be coded the same in another."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from frameworkqda.cli import main
from frameworkqda.core.importers import import_documents
from frameworkqda.core.store import create_project
from tests.e2e.conftest import TEXT

CODE = "Anti-discrimination/Consultation service"
SCHEME = "Anti-discrimination/Human rights scheme"
HEADER = ["document", "start", "end", "code", "coder", "text", "note", "translation"]


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
    assert _said(capsys, "segments", study) == (
        0,
        f"memo.txt\t0\t3\t{CODE}\tTaro\t浜松市\t\t\n"
        f"memo.txt\t0\t3\t{SCHEME}\tHanako\t浜松市\t市の 窓口\tHamamatsu City\n"
        f"memo.txt\t4\t7\t{CODE}\tTaro\t多言語\t-weak\tin many languages, plainly\n",
        "",
    )


def test_segments_csv_has_a_header_and_whole_cells(
    study: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _coded(capsys, study)
    code, out, _ = _said(capsys, "segments", study, "--format", "csv", "--code", SCHEME)
    assert code == 0
    assert list(csv.reader(out.splitlines(keepends=True))) == [
        HEADER,
        ["memo.txt", "0", "3", SCHEME, "Hanako", "浜松市", "市の\n窓口", "Hamamatsu City"],
    ]
    # -o FILE.csv: CSV (with the byte-order mark, as every table for people); .tsv: TSV
    target = tmp_path / "passages.csv"
    assert _said(capsys, "segments", study, "-o", str(target)) == (
        0,
        f"wrote 3 coded passages as csv to {target}\n",
        "",
    )
    assert target.read_bytes().startswith(b"\xef\xbb\xbfdocument,start,end,code,coder,text,")
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
    for form in ((), ("--format", "csv")):
        assert _said(capsys, "segments", fresh, *form) == _said(capsys, "segments", study, *form)
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
