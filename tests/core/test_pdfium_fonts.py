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
from frameworkqda.core.pdfium_fonts import FF_ROMAN, GOTHIC, MINCHO, substitute_for
from frameworkqda.core.render import PageRenderer

IPAEX = [Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf"),
         Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")]  # fmt: skip
needs_ipaex = pytest.mark.skipif(
    not all(path.is_file() for path in IPAEX),
    reason="IPAex fonts not installed (apt install fonts-ipaexfont)",
)


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


@needs_ipaex
def test_unembedded_japanese_faces_map_to_ipaex(tmp_path: Path) -> None:
    path = _two_faces(tmp_path / "faces.pdf")
    extraction = extract(path.read_bytes(), path.name, ImportOptions())
    assert extraction.text == "多文化共生推進計画\n外国人市民会議"
    assert pdfium_fonts.substitutions["HeiseiMin-W3"] == MINCHO
    assert pdfium_fonts.substitutions["HeiseiKakuGo-W5"] == GOTHIC


@needs_ipaex
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
