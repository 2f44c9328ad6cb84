"""Codebook CSV in the vocabularies other programs use: Taguette's tag/description, ours."""

from __future__ import annotations

import codecs
import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from frameworkqda.core import model
from frameworkqda.core.codebook_io import export_codebook
from frameworkqda.core.errors import ValidationError
from frameworkqda.core.store import create_project
from tests import writes


def _codes(project: object) -> list[tuple[str, str]]:
    from frameworkqda.core.store import Project

    assert isinstance(project, Project)
    with project.session() as s:
        return sorted((c.name, c.definition) for c in s.scalars(select(model.Code)))


def test_a_taguette_codebook_export_is_read(tmp_path: Path) -> None:
    """Taguette writes tag, description and two counts (taguette/export.py)."""
    source = tmp_path / "taguette.csv"
    source.write_text(
        "tag,description,number of highlights,number of documents\n"
        "interesting,Worth a second look,4,2\n"
        "多文化共生,共生の推進,1,1\n",
        encoding="utf-8",
    )
    with create_project(tmp_path / "p.fqda") as project:
        summary = writes.import_codebook(project, source)
        assert (summary.created, summary.updated) == (2, 0)
        assert _codes(project) == [
            ("interesting", "Worth a second look"),
            ("多文化共生", "共生の推進"),
        ]


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("name,description", "Health,Clinics"),
        ("path,definition,colour", "Health,Clinics,#123456"),
        ("Code,Description,Color", "Health,Clinics,#123456"),
    ],
)
def test_either_vocabulary_is_read(tmp_path: Path, header: str, row: str) -> None:
    source = tmp_path / "book.csv"
    source.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with create_project(tmp_path / "p.fqda") as project:
        writes.import_codebook(project, source)
        assert _codes(project) == [("Health", "Clinics")]


def test_a_file_without_a_code_column_names_what_it_wants(tmp_path: Path) -> None:
    source = tmp_path / "book.csv"
    source.write_text("label,description\nHealth,Clinics\n", encoding="utf-8")
    with create_project(tmp_path / "p.fqda") as project, pytest.raises(ValidationError) as error:
        writes.import_codebook(project, source)
    assert "book.csv" in str(error.value) and "'tag'" in str(error.value)


def test_what_we_write_is_what_taguette_reads(tmp_path: Path) -> None:
    """Taguette's import wants exactly one of tag/name/path and takes description."""
    with create_project(tmp_path / "p.fqda", framework="mipex-local") as project:
        count = export_codebook(project, tmp_path / "book.csv")
    data = (tmp_path / "book.csv").read_bytes()  # read as Taguette does: plain UTF-8, so no
    assert not data.startswith(codecs.BOM_UTF8) and b"\r" not in data  # mark; \n line ends
    with (tmp_path / "book.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    header = table[0]
    assert sum(name in header for name in ("tag", "name", "path")) == 1
    assert header[:2] == ["path", "description"] and len(table) == count + 1
    assert any(row[1] for row in table[1:])  # the definitions travel in 'description'
