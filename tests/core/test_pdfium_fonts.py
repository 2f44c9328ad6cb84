"""Unembedded Japanese fonts are stood in for by IPAex, the same for import and rendering."""

from __future__ import annotations

from pathlib import Path

import numpy
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from frameworkqda.core import pdfium_fonts
from frameworkqda.core.importers import ImportOptions, extract, unpack_boxes
from frameworkqda.core.pdfium_fonts import FF_ROMAN, GOTHIC, MINCHO, font_file, substitute_for
from frameworkqda.core.render import PageRenderer
from tests import documents, hidden_fonts


@pytest.mark.parametrize(
    ("face", "pitch", "family"),
    [
        ("HeiseiMin-W3", 0, MINCHO),
        ("MS-Mincho", 0, MINCHO),
        ("Ryumin-Light", 0, MINCHO),
        ("KozMinPr6N-Regular", 0, MINCHO),
        ("ＭＳ 明朝", 0, MINCHO),
        ("HeiseiKakuGo-W5", 0, GOTHIC),
        ("MS-PGothic", 0, GOTHIC),
        ("GothicBBB-Medium", 0, GOTHIC),
        ("KozGoPr6N-Medium", 0, GOTHIC),
        ("ＭＳ ゴシック", 0, GOTHIC),
        ("UnknownFace", FF_ROMAN, MINCHO),  # the PDF says serif
        ("UnknownFace", 0, GOTHIC),
    ],
)
def test_substitute_follows_the_face(face: str, pitch: int, family: str) -> None:
    assert substitute_for(face, pitch) == family


def _two_faces(path: Path) -> Path:
    for name in ("HeiseiMin-W3", "HeiseiKakuGo-W5"):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(name))
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("HeiseiMin-W3", 24)
    pdf.drawString(72, 700, "多文化共生推進計画")
    pdf.setFont("HeiseiKakuGo-W5", 24)
    pdf.drawString(72, 600, "外国人市民会議")
    pdf.showPage()
    pdf.save()
    return path


def test_unembedded_japanese_faces_map_to_ipaex(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "1")  # read here, not in a pool left running
    path = _two_faces(tmp_path / "faces.pdf")
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    assert extraction.text == "多文化共生推進計画\n外国人市民会議"
    assert pdfium_fonts.substitutions["HeiseiMin-W3"] == MINCHO
    assert pdfium_fonts.substitutions["HeiseiKakuGo-W5"] == GOTHIC


def test_stored_boxes_hold_the_rendered_glyphs(tmp_path: Path) -> None:
    """Import and page view use the same substitute, so every glyph's ink lies in its box."""
    path = _two_faces(tmp_path / "faces.pdf")
    data = path.read_bytes()
    extraction = extract(data, path.name, ImportOptions())
    boxes = unpack_boxes(extraction.pages[0].boxes)
    scale = 3.0
    renderer = PageRenderer(data)
    try:
        page = renderer.render(1, scale)
    finally:
        renderer.close()
    pixels = numpy.frombuffer(page.data, dtype=numpy.uint8).reshape(page.height, page.stride)
    grey = pixels[:, : page.width * 4].reshape(page.height, page.width, 4)[:, :, :3].min(axis=2)
    for char, box in zip(extraction.text, boxes, strict=True):
        if char == "\n":
            continue
        x0, top, x1, bottom = (round(v * scale) for v in box)
        margin = 2  # pixels: antialiasing
        inside = grey[top - margin : bottom + margin, x0 - margin : x1 + margin]
        ink_inside = int((inside < 128).sum())
        around = grey[top - 30 : bottom + 30, x0 - margin : x1 + margin]
        assert ink_inside > 0, char
        assert ink_inside == int((around < 128).sum()), f"{char}: ink outside its box"


def test_the_fonts_travel_with_the_package() -> None:
    """Both IPAex files and their licence are found where an installed wheel has them too."""
    for family in (MINCHO, GOTHIC):
        assert font_file(family).read_bytes()[:4] == b"\x00\x01\x00\x00"  # TrueType
    licence = font_file(MINCHO).with_name("IPA_Font_License_Agreement_v1.0.txt").read_text()
    assert "IPA Font License Agreement v1.0" in licence


@pytest.mark.slow
def test_same_text_and_boxes_without_any_system_font(tmp_path: Path, corpus: Path) -> None:
    """PDFium sees only the bundled fonts: an import in a process that sees no font folder
    (a private mount namespace) gives exactly what an import here gives."""
    reason = hidden_fonts.why_fonts_cannot_be_hidden()
    if reason:
        pytest.skip(reason)
    two_tier = (documents.JAPANESE_PARAGRAPHS[:2], documents.JAPANESE_PARAGRAPHS[2:])
    paths = [
        corpus / "pdf/ja/jo.pdf",
        corpus / "pdf/ja/kampo.pdf",
        documents.vertical_japanese_pdf(tmp_path / "vertical.pdf"),
        documents.vertical_japanese_pdf(tmp_path / "two-tier.pdf", two_tier),
        documents.japanese_pdf(tmp_path / "horizontal.pdf", pages=3),
        documents.split_vertical_table_pdf(tmp_path / "vertical-table.pdf"),
    ]
    here = hidden_fonts.imported(paths)
    there = hidden_fonts.imported_without_fonts(paths)
    assert there == here
    assert len(str(here["jo.pdf"]["text"])) > 900  # the whole poem, not the 76 characters
    assert documents.expected_text(documents.JAPANESE_PARAGRAPHS) in str(
        here["horizontal.pdf"]["text"]
    )
    # the vertical table reads as one, cell by cell, with or without the system's fonts
    assert "\n".join(documents.SPLIT_TABLE_CELLS) in str(here["vertical-table.pdf"]["text"])
    assert "第\ufffd\ufffd\ufffd\ufffd号" in str(here["kampo.pdf"]["text"])
