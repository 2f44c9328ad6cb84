"""Reading pages with box-only substitute fonts gives the text and boxes the real fonts give,
and never leaks into drawing."""

from __future__ import annotations

import hashlib
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from frameworkqda.core import pdfium_fonts
from frameworkqda.core.box_fonts import boxes_only
from frameworkqda.core.importers.pdf import open_pdf, read_page_chars
from frameworkqda.core.pdfium_fonts import GOTHIC, MINCHO, font_file
from frameworkqda.core.pdfium_lock import PDFIUM_LOCK
from frameworkqda.core.render import PageRenderer
from tests import documents

REPO = Path(__file__).resolve().parents[2]


def _glyph_count(font: bytes) -> int:
    count = struct.unpack_from(">H", font, 4)[0]
    for number in range(count):
        tag, _, offset, _ = struct.unpack_from(">4sIII", font, 12 + 16 * number)
        if tag == b"maxp":
            return int(struct.unpack_from(">H", font, offset + 4)[0])
    raise AssertionError("no maxp table")


@pytest.mark.parametrize("family", [MINCHO, GOTHIC])
def test_box_font_keeps_every_glyph_and_is_small(family: str) -> None:
    real = font_file(family).read_bytes()
    boxes = boxes_only(real)
    assert boxes[:4] == real[:4]
    assert _glyph_count(boxes) == _glyph_count(real)
    assert len(boxes) < len(real) / 5


# What boxes_only made of the bundled fonts when it rewrote them glyph by glyph in a loop; the
# arrays that replaced the loop (~25 → ~7 ms, in every worker's first page) make the same bytes
LOOP_SHA256 = {
    MINCHO: "5f82a6b2cf4c0b1cfaa4b8dbc98b0b0272f730d8085a97668625bc34eabe0559",
    GOTHIC: "4fd28d7ca3e57912cca61e1a991a40942ebf50f3f03b3b5cc21f70320a646cfc",
}


@pytest.mark.parametrize("family", [MINCHO, GOTHIC])
def test_box_font_is_the_one_the_glyph_loop_made(family: str) -> None:
    boxes = boxes_only(font_file(family).read_bytes())
    assert hashlib.sha256(boxes).hexdigest() == LOOP_SHA256[family]


def _read(path: Path, measuring: bool) -> list[tuple[str, bytes]]:
    """Each page's characters and boxes, its pages loaded with box-only fonts or not."""
    document = open_pdf(path, path.name, None)
    pages = []
    try:
        for number in range(len(document)):
            with PDFIUM_LOCK:
                if measuring:
                    with pdfium_fonts.measuring():
                        page = document[number]
                        chars = read_page_chars(page)[0]
                else:
                    page = document[number]
                    chars = read_page_chars(page)[0]
                page.close()
            pages.append(("".join(chars.chars), chars.array.tobytes()))
    finally:
        document.close()
    return pages


def test_box_fonts_give_the_same_characters_and_boxes(tmp_path: Path, corpus: Path) -> None:
    two_tier = (documents.JAPANESE_PARAGRAPHS[:2], documents.JAPANESE_PARAGRAPHS[2:])
    paths = [
        corpus / "pdf/ja/jo.pdf",
        corpus / "pdf/ja/kampo.pdf",
        corpus / "pdf/ja/noembed-identity.pdf",
        documents.vertical_japanese_pdf(tmp_path / "two-tier.pdf", two_tier),
        documents.japanese_pdf(tmp_path / "horizontal.pdf", pages=2),
    ]
    for path in paths:
        measured = _read(path, measuring=True)
        assert measured == _read(path, measuring=False), path.name
        assert any(text.strip() for text, _ in measured), path.name


_RENDER = """
import hashlib, sys
from pathlib import Path
from frameworkqda.core.importers import ImportOptions, extract
from frameworkqda.core.render import PageRenderer
path = Path(sys.argv[1])
if sys.argv[2] == "import-first":
    extract(path.read_bytes(), path.name, ImportOptions())
renderer = PageRenderer(path.read_bytes())
print(hashlib.sha1(bytes(renderer.render(1, 2.0).data)).hexdigest())
renderer.close()
"""


def _rendered(path: Path, order: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", _RENDER, str(path), order],
        capture_output=True, text=True, cwd=REPO, check=True,
        env={**os.environ, "FRAMEWORKQDA_WORKERS": "1"},  # the import reads in this process
    )  # fmt: skip
    return result.stdout.strip()


def test_drawing_after_an_import_uses_the_real_glyphs(tmp_path: Path) -> None:
    """A process that imported the PDF (box-only fonts) draws it exactly as one that did not;
    the box-only fonts themselves would draw rectangles."""
    path = documents.japanese_pdf(tmp_path / "page.pdf")
    drawn = _rendered(path, "render-only")
    assert _rendered(path, "import-first") == drawn
    # the check can fail: drawn with the box-only fonts, the page looks different
    with pdfium_fonts.measuring():
        renderer = PageRenderer(path.read_bytes())
        try:
            boxes_drawn = hashlib.sha1(bytes(renderer.render(1, 2.0).data)).hexdigest()
        finally:
            renderer.close()
    assert boxes_drawn != drawn
