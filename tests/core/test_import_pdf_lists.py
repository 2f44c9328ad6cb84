"""Lists and footnotes as a word processor sets them: bullets drawn with a symbol font, list
items apart even when the line before runs to the margin, raised footnote markers kept in the
line they mark, and footnotes as their own paragraphs at the end of the page's text. On the
corpus's dmca.pdf (WordPerfect) and on a generated PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from frameworkqda.core.importers import ImportOptions, extract
from frameworkqda.core.importers.geometry import unpack_boxes


@pytest.fixture(scope="module")
def dmca(corpus: Path) -> str:
    path = corpus / "pdf" / "en" / "dmca.pdf"
    return extract(path.read_bytes(), path.name, ImportOptions()).text


def test_symbol_font_bullets_read_as_bullets(dmca: str) -> None:
    lines = dmca.split("\n")
    assert not [line for line in lines if line.startswith("!")]
    titles = [line for line in lines if line.startswith("• Title ")]
    assert [line.split(",")[0].split(" contains")[0] for line in titles] == [
        "• Title I",
        "• Title II",
        "• Title III",
        "• Title IV",
        "• Title V",
    ]


def test_list_items_stay_apart_after_a_full_line(dmca: str) -> None:
    """Title II's item ends at the margin; Title III's bullet starts a line of its own."""
    assert "activities. • Title III" not in dmca
    assert "\n• Title III, the “Computer Maintenance Competition Assurance Act,”" in dmca
    assert "\n• The transmission, routing, provision of connections" in dmca
    assert not [line for line in dmca.split("\n") if line.count("•") > 1]


def test_footnote_markers_stay_in_their_sentence(dmca: str) -> None:
    assert "Copyright Act (DMCA)¹ was signed into law by President Clinton" in dmca
    assert "unauthorized copying² of a copyrighted work" in dmca
    assert "section 512 to the Copyright Act³ to create four new limitations" in dmca
    assert not [line for line in dmca.split("\n") if line.strip() in {"1", "2", "3"}]


def test_footnotes_are_paragraphs_of_their_own_at_the_end_of_their_page(corpus: Path) -> None:
    path = corpus / "pdf" / "en" / "dmca.pdf"
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    first = extraction.pages[0]
    page_text = extraction.text[first.char_start : first.char_end]
    assert page_text.split("\n")[-1] == "¹Pub. L. No. 105-304, 112 Stat. 2860 (Oct. 28, 1998)."
    footnote = extraction.text.index("²“Copying” is used in this context")
    assert extraction.text[footnote - 1] == "\n"


Placed = tuple[float, float, str]  # x, y (points from the bottom), text


def _footnoted_pdf(
    path: Path, body: list[Placed], footnote: Placed, marked: str, *, size: float = 10
) -> Path:
    """Body text in 12 pt, a footnote in ``size`` pt, and then (as WordPerfect draws them,
    after the rest) two raised markers "1" in 7 pt: one after the body's first word
    ``marked``, one just before the footnote."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for font_size, pieces in ((12, body), (size, [footnote])):
        pdf.setFont("Times-Roman", font_size)
        for x, y, text in pieces:
            pdf.drawString(x, y, text)
    pdf.setFont("Times-Roman", 7)
    x, y, _ = body[0]
    pdf.drawString(x + pdf.stringWidth(marked, "Times-Roman", 12), y + 5, "1")
    pdf.drawString(footnote[0] - 4, footnote[1] + 3, "1")
    pdf.showPage()
    pdf.save()
    return path


def test_a_raised_marker_drawn_after_its_line_is_read_where_it_stands(tmp_path: Path) -> None:
    """The marker is drawn last in small raised type; the footnote's own number stands
    raised just before its text at the foot of the page."""
    body = [
        (72, 700, "The Act was signed into law by the President in October of that year"),
        (72, 686, "and implements two treaties of the same organisation."),
    ]
    footnote = (80, 80, "Pub. L. No. 105-304, 112 Stat. 2860.")
    path = _footnoted_pdf(tmp_path / "footnote.pdf", body, footnote, "The Act")
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    assert extraction.text == (
        "The Act¹ was signed into law by the President in October of that year and implements"
        " two treaties of the same organisation.\n¹Pub. L. No. 105-304, 112 Stat. 2860."
    )
    boxes = unpack_boxes(extraction.pages[0].boxes)
    marker = boxes[extraction.text.index("¹")]
    assert marker[1] < boxes[0][1]  # the marker keeps its own (raised) box


def test_a_footnote_under_the_first_column_comes_after_the_second(tmp_path: Path) -> None:
    left = ["Cities differ in how they", "welcome newcomers, and", "few plans say so."]
    right = ["Osaka reviews its plan", "every five years, and", "Kawasaki every three."]
    body = [(72.0, 700.0 - 15 * row, text) for row, text in enumerate(left)]
    body += [(320.0, 700.0 - 15 * row, text) for row, text in enumerate(right)]
    footnote = (76, 600, "See the survey of 2019.")
    path = _footnoted_pdf(tmp_path / "columns.pdf", body, footnote, "Cities", size=9)
    assert extract(path.read_bytes(), path.name, ImportOptions()).text == (
        "Cities¹ differ in how they welcome newcomers, and few plans say so.\n"
        "Osaka reviews its plan every five years, and Kawasaki every three.\n"
        "¹See the survey of 2019."
    )


def test_raised_markers_drawn_in_their_line_are_superscript(tmp_path: Path) -> None:
    """As the Federal Register draws them: each raised 7 pt "1" in the stream right where it
    stands, touching the text it marks, so it is part of that line and never a marker line
    of its own; the footnote under the first column still comes after the second."""
    pdf = canvas.Canvas(str(tmp_path / "inline.pdf"), pagesize=A4)
    left = ["differ in how they", "welcome newcomers, and", "few plans say so."]
    right = ["Osaka reviews its plan", "every five years, and", "Kawasaki every three."]
    pdf.setFont("Times-Roman", 12)
    pdf.drawString(72, 700, "Cities")
    after_word = 72 + pdf.stringWidth("Cities", "Times-Roman", 12)
    pdf.setFont("Times-Roman", 7)
    pdf.drawString(after_word, 705, "1")
    pdf.setFont("Times-Roman", 12)
    pdf.drawString(after_word + pdf.stringWidth("1", "Times-Roman", 7), 700, " " + left[0])
    for row, text in enumerate(left[1:], start=1):
        pdf.drawString(72, 700 - 15 * row, text)
    for row, text in enumerate(right):
        pdf.drawString(320, 700 - 15 * row, text)
    pdf.setFont("Times-Roman", 7)
    pdf.drawString(72, 603, "1")
    pdf.setFont("Times-Roman", 9)
    pdf.drawString(72 + pdf.stringWidth("1", "Times-Roman", 7), 600, "See the survey of 2019.")
    pdf.showPage()
    pdf.save()
    path = tmp_path / "inline.pdf"
    assert extract(path.read_bytes(), path.name, ImportOptions()).text == (
        "Cities¹ differ in how they welcome newcomers, and few plans say so.\n"
        "Osaka reviews its plan every five years, and Kawasaki every three.\n"
        "¹See the survey of 2019."
    )


def test_symbol_font_bullets_in_the_private_use_area(corpus: Path) -> None:
    """REFI-QDA-1-5.pdf draws two bullets with Symbol, which PDFium reads as U+F0B7."""
    path = corpus / "pdf" / "en" / "REFI-QDA-1-5.pdf"
    text = extract(path.read_bytes(), path.name, ImportOptions()).text
    assert "\uf0b7" not in text
    assert "\n• as a path relative to the basePath attribute" in text
    assert "\n• as an absolute path." in text
