"""Ruled tables (cells drawn with a grid) read row by row through pdfplumber's table finder,
with long text in every row, which the text-only column heuristic read as paragraphs."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from frameworkqda.core.importers import ImportOptions, extract
from frameworkqda.core.importers.geometry import unpack_boxes
from frameworkqda.core.importers.pdf_rulings import ruled_tables
from tests import documents


def test_a_ruled_table_with_long_text_in_every_row_is_read_row_by_row(tmp_path: Path) -> None:
    path = documents.ruled_table_pdf(tmp_path / "ruled.pdf")
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    rows = "\n".join("\t".join(row) for row in documents.RULED_ROWS)
    assert extraction.text == f"{documents.RULED_BEFORE}\n{rows}\n{documents.RULED_AFTER}"
    # every glyph keeps its box; the tabs, breaks and joining spaces have none
    boxes = unpack_boxes(extraction.pages[0].boxes)
    assert len(boxes) == len(extraction.text)
    for char, box in zip(extraction.text, boxes, strict=True):
        if char in "\t\n":
            assert box[0] != box[0]
        elif char != " ":
            assert box[0] == box[0]


def test_the_table_finder_runs_only_where_rules_are_drawn(tmp_path: Path) -> None:
    ruled = documents.ruled_table_pdf(tmp_path / "ruled.pdf")
    plain = documents.japanese_pdf(tmp_path / "plain.pdf")
    with pdfium.PdfDocument(str(ruled)) as document:
        tables = ruled_tables(document[0])
    assert [[len(row) for row in table.rows] for table in tables] == [[2, 2, 2]]
    with pdfium.PdfDocument(str(plain)) as document:
        assert ruled_tables(document[0]) == []
