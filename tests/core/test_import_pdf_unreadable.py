"""No silent loss: glyphs whose codes do not say what they are are read by OCR of their boxes
or marked unreadable, and the import note names the pages."""

from __future__ import annotations

from pathlib import Path

import numpy

from frameworkqda.core.importers import ImportOptions, extract, pdf_unreadable
from tests import documents

NO_OCR = ImportOptions(ocr=False)


def test_unmapped_glyphs_are_marked_and_their_pages_named(tmp_path: Path) -> None:
    path = documents.unmapped_glyphs_pdf(tmp_path / "three.pdf")
    extraction = extract(path.read_bytes(), path.name, NO_OCR)
    assert "第\ufffd\ufffd号の通知について" in extraction.text
    assert "\x01" not in extraction.text
    notes = [note for note in extraction.warnings if "could not be read" in note]
    assert notes == [
        "on page 2, 2 characters drawn in a font that does not say which characters it draws "
        "(no usable character map): could not be read and stand as � in the text; the page "
        "view shows them"
    ]


def test_kampo_header_digits_are_never_stored_as_nonsense(corpus: Path) -> None:
    """The 官報 header's digits come from a font whose codes spell ›Ÿ˜ and ™—: without OCR
    they are marked unreadable, never kept as Latin-1 punctuation."""
    path = corpus / "pdf/ja/kampo.pdf"
    extraction = extract(path.read_bytes(), path.name, NO_OCR)
    assert not set("›Ÿ˜™—œ\x01") & set(extraction.text)
    assert "第\ufffd\ufffd\ufffd\ufffd号" in extraction.text
    assert "平成\ufffd\ufffd年\ufffd月\ufffd\ufffd日" in extraction.text
    assert any("on page 1," in note and "could not be read" in note for note in
               extraction.warnings)  # fmt: skip


def test_kampo_header_digits_are_read_from_the_page(corpus: Path, tesseract: str) -> None:
    path = corpus / "pdf/ja/kampo.pdf"
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    assert "第4817号" in extraction.text
    assert "平成20年4月25日" in extraction.text
    assert "\ufffd" not in extraction.text
    assert any("on page 1," in note and "read by OCR" in note for note in
               extraction.warnings)  # fmt: skip


def test_english_typography_is_not_taken_for_nonsense(tmp_path: Path, corpus: Path) -> None:
    """Curly quotes, dashes and accented letters in an English document are text."""
    for name in ("pdf/en/dmca.pdf", "pdf/en/federal-register-2020-17221.pdf"):
        path = corpus / name
        extraction = extract(path.read_bytes(), path.name, NO_OCR)
        assert "\ufffd" not in extraction.text
        assert not [note for note in extraction.warnings if "character map" in note]


def test_the_codes_that_are_never_text() -> None:
    """Control codes and U+FFFD–U+FFFF are found; a character past the BMP (𠮷), PDFium's
    line-end hyphen (2), tab and line ends are text; on a page that is not Japanese, a ™ is."""
    text = "𠮷\x02\t\n™A\x01\ufffd\uffff"
    codes = numpy.array([ord(c) for c in text], dtype=numpy.uint32)
    found = pdf_unreadable.find(None, codes, numpy.zeros(len(codes), dtype=bool))
    assert [text[i] for i in found] == ["\x01", "\ufffd", "\uffff"]
