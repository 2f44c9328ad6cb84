"""Japanese paragraphs whose sentences end exactly at the right margin (。 as a line's last
character) and go on flush-left: Japanese paragraphs begin with an indent, so a flush-left
line after a full line continues the paragraph, within a page, in a short paragraph set alone,
in vertical writing and over a page break."""

from __future__ import annotations

from pathlib import Path

import pytest

from frameworkqda.core.importers import ImportOptions, extract
from tests import documents

PARAGRAPHS = documents.FULL_LINE_PARAGRAPHS


def _read(path: Path) -> str:
    return extract(path.read_bytes(), path.name, ImportOptions()).text


def test_the_generated_sentences_end_at_the_margin() -> None:
    """The premise: a line of each paragraph ends with 。 and the next starts flush-left."""
    for paragraph in PARAGRAPHS[:2]:
        lines = documents.wrap(paragraph, 40)
        assert len(lines[0]) == 40 and lines[0].endswith("。") and lines[1][0] != "\u3000"


def test_full_lines_ending_a_sentence_go_on_in_one_paragraph(tmp_path: Path) -> None:
    text = _read(documents.japanese_pdf(tmp_path / "full.pdf", PARAGRAPHS))
    assert text == documents.expected_text(PARAGRAPHS)


@pytest.mark.parametrize("number", [0, 1])
def test_a_short_paragraph_alone_on_its_page_stays_whole(tmp_path: Path, number: int) -> None:
    """Two or three lines are too few to know the usual spacing, so the cut separates them;
    the rejoin must not stop at a sentence end at the margin."""
    paragraph = PARAGRAPHS[number : number + 1]
    text = _read(documents.japanese_pdf(tmp_path / "alone.pdf", paragraph))
    assert text == documents.expected_text(paragraph)


def test_vertical_columns_ending_a_sentence_at_the_bottom(tmp_path: Path) -> None:
    path = documents.vertical_japanese_pdf(tmp_path / "v.pdf", (PARAGRAPHS,), per_column=40)
    assert _read(path) == documents.expected_text(PARAGRAPHS)


def test_a_paragraph_goes_on_flush_left_over_a_page_break(tmp_path: Path) -> None:
    documents.japanese_pdf(tmp_path / "unused.pdf")  # registers the Japanese font
    lines = [line for paragraph in PARAGRAPHS for line in documents.wrap(paragraph, 40)]
    # page 1 ends with the second paragraph's first line, a full line ending with 。
    pages = [lines[:3], lines[3:]]
    path = documents.paged_pdf(tmp_path / "paged.pdf", documents.MINCHO, pages, "計画")
    assert _read(path) == documents.expected_text(PARAGRAPHS)


def test_a_heading_after_a_full_line_at_a_page_break_stays_apart(tmp_path: Path) -> None:
    documents.japanese_pdf(tmp_path / "unused.pdf")  # registers the Japanese font
    first = documents.wrap(PARAGRAPHS[0], 40)[:1]  # one full line ending with 。
    pages = [first, ["計画の推進", *documents.wrap(PARAGRAPHS[2], 40)]]
    path = documents.paged_pdf(tmp_path / "heading.pdf", documents.MINCHO, pages, "計画")
    assert _read(path) == f"{first[0]}\n計画の推進\n{documents.INDENT}{PARAGRAPHS[2]}"
