"""Codebook formats are one registry: import, export and the refusal of others all go through it.

A format registered in a test (tab-separated rows) is read and written by the same functions the
CLI and the GUI call, with no other change; ``.qdc`` is an entry like CSV and XLSX.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from frameworkqda.core import codebook, codebook_io
from frameworkqda.core.codebook_io import export_codebook
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import create_project
from tests import writes


def _read_tsv(path: Path) -> list[codebook_io.CodebookRow]:
    with path.open(encoding="utf-8", newline="") as handle:
        records = [list(row) for row in csv.reader(handle, delimiter="\t")]
    return [
        codebook_io.CodebookRow(number, codebook.split_path(path_), definition, None, path_)
        for number, (path_, definition) in enumerate(records, start=1)
    ]


def _write_tsv(nodes: list[codebook.CodeNode], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter="\t").writerows([n.path, n.definition] for n in nodes)


@pytest.fixture
def tsv() -> Iterator[None]:
    codebook_io.register_table(".tsv", "Tab-separated", _read_tsv, _write_tsv)
    yield
    del codebook_io.FORMATS[".tsv"]


def test_a_registered_format_is_read_and_written(tmp_path: Path, tsv: None) -> None:
    source = tmp_path / "codes.tsv"
    source.write_text("Health\t\nHealth/Interpreters\t通訳の配置\n", encoding="utf-8")
    with create_project(tmp_path / "p.fqda", framework="empty") as project:
        summary = writes.import_codebook(project, source)
        assert (summary.created, summary.lost) == (2, ())
        assert export_codebook(project, tmp_path / "out.tsv") == 2
    assert (tmp_path / "out.tsv").read_text(encoding="utf-8").splitlines() == [
        "Health\t",
        "Health/Interpreters\t通訳の配置",
    ]


def test_qdc_is_an_entry_like_the_tables_and_others_are_refused(tmp_path: Path) -> None:
    assert list(codebook_io.FORMATS) == [".csv", ".xlsx", ".qdc"]
    assert codebook_io.FORMATS[".qdc"].label == "REFI-QDA codebook"
    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        with pytest.raises(ValidationError, match=r"\.json.*\.csv, \.xlsx, \.qdc"):
            export_codebook(project, tmp_path / "codes.json")
        written = export_codebook(project, tmp_path / "codes.qdc")
    with create_project(tmp_path / "q.fqda", framework="empty") as other:
        assert writes.import_codebook(other, tmp_path / "codes.qdc").created == written


def test_a_heading_only_cell_is_yes_or_no_or_refused_with_its_row(tmp_path: Path) -> None:
    """ "maybe" or "heading" in the heading-only column was read as no without a word, so a code
    meant as a heading took passages."""
    source = tmp_path / "codes.csv"
    source.write_text(
        "path,description,colour,heading only\n"
        "Health,,,はい\n"
        "Health/Access,,,FALSE\n"
        "Education,,,\n"
        "Work,,,maybe\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as refused:
        codebook_io.read_csv(source)
    assert str(refused.value) == (
        f"{source}: 1 bad row, nothing written\n"
        "row 5: heading only “maybe” is neither yes nor no (leave it empty for no)"
    )
    source.write_text(source.read_text(encoding="utf-8").replace("maybe", "いいえ"), "utf-8")
    rows = codebook_io.read_csv(source)
    assert [row.codable for row in rows] == [False, True, True, True]
