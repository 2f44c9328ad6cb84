"""A scanned page of Japanese written downwards (縦書き) is read downwards: tesseract's jpn
model read it as Latin garbage (「RRVONSYRBEIaU3RATSHES…」, confidence 20); with the jpn_vert
model installed (Debian tesseract-ocr-jpn-vert) OCR tries it when a page reads poorly across
and keeps the more confident reading."""

from __future__ import annotations

import shutil
import subprocess
from difflib import SequenceMatcher
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from frameworkqda.core.importers import ImportOptions, extract
from tests import documents
from tests.conftest import require_tool

SCAN_DPI = 200


@pytest.fixture
def jpn_vert(tesseract: str) -> str:
    """tesseract with its vertical Japanese model, or a skip that says which package."""
    languages = subprocess.run(
        [tesseract, "--list-langs"], capture_output=True, text=True, check=False
    ).stdout.split()
    if "jpn_vert" not in languages:
        require_tool("tesseract has no jpn_vert data (Debian: tesseract-ocr-jpn-vert)")
    return tesseract


def _scanned(source: Path, target: Path) -> Path:
    """``source``'s first page as a scanner gives it: a 200-dpi image, no text layer."""
    document = pdfium.PdfDocument(source)
    try:
        image = document[0].render(scale=SCAN_DPI / 72).to_pil().convert("L")
    finally:
        document.close()
    image.save(target, "PDF", resolution=SCAN_DPI)
    return target


def _similarity(read: str, expected: str) -> float:
    return SequenceMatcher(None, "".join(read.split()), "".join(expected.split())).ratio()


def test_a_scanned_vertical_page_is_read_downwards(tmp_path: Path, jpn_vert: str) -> None:
    paragraphs = documents.JAPANESE_PARAGRAPHS
    source = documents.vertical_japanese_pdf(tmp_path / "vertical.pdf", (paragraphs,))
    scan = _scanned(source, tmp_path / "scan.pdf")
    extraction = extract(scan.read_bytes(), scan.name, ImportOptions())
    assert extraction.pages[0].ocr
    expected = documents.expected_text(paragraphs)
    assert _similarity(extraction.text, expected) > 0.8, extraction.text


def test_the_scanned_preface_of_haru_to_shura_reads_downwards(
    tmp_path: Path, jpn_vert: str, corpus: Path
) -> None:
    """jo.pdf (the corpus's vertical preface) rendered to a 200-dpi image-only PDF."""
    source = corpus / "pdf/ja/jo.pdf"
    scan = _scanned(source, tmp_path / "jo-scan.pdf")
    text = extract(scan.read_bytes(), scan.name, ImportOptions()).text
    printed = extract(source.read_bytes(), source.name, ImportOptions(ocr=False)).text
    assert "わたくしといふ現象は" in text
    assert _similarity(text, printed) > 0.8, text


def test_without_the_vertical_model_ocr_reads_across_only(
    tmp_path: Path, tesseract: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No jpn_vert: the page is read once, across, as before (no error)."""
    from frameworkqda.core.importers import ocr

    monkeypatch.setattr(ocr, "VERTICAL_MODEL", "no_such_model", raising=False)
    calls: list[str] = []
    import pytesseract

    original = pytesseract.image_to_data

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(str(kwargs.get("lang")))
        return original(*args, **kwargs)

    monkeypatch.setattr(pytesseract, "image_to_data", counted)
    source = documents.vertical_japanese_pdf(tmp_path / "vertical.pdf")
    scan = _scanned(source, tmp_path / "scan.pdf")
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(scan))  # in this process: extract may use the pool's
    try:
        page = document[0]
        width, height = page.get_size()
        ocr.ocr_page(page, width, height, "jpn+eng", scan.name)
        page.close()
    finally:
        document.close()
    assert calls == ["jpn+eng"]
    assert shutil.which(tesseract)
