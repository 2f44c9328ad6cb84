"""Glyphs a page draws whose text the PDF does not say: found, read by OCR of just their
boxes, or marked unreadable — never stored as if read.

A font with a custom encoding and no usable character map gives its glyphs whatever codes
its maker chose. The 官報 header of kampo.pdf draws 第4817号 and 平成20年4月25日, but its
digits come from an embedded font whose codes spell ``›Ÿ˜\\x01`` and ``™—``, ``›``, ``™œ``
(pdftotext reads the same). Nothing else in the file says what those glyphs are, so they are
read from the page image. The rule (docs/importers.md, "Unreadable glyphs"):

- **always unreadable**: control codes (other than tab, line ends and PDFium's code 2 for a
  line-end hyphen), U+FFFD and the non-characters U+FFFE/U+FFFF — a text page has these
  only for codes it could not map;
- **a font that spells nonsense**: on a page whose text is mostly Japanese, a font whose every
  glyph on the page is Latin-1 or Windows-1252 punctuation, symbol or accented letter (or one
  of the above), at least one of them not a common one (quotes, dashes, bullet, ellipsis,
  ©, ®, °, ±, ×, ÷, §, ¶, ¥) — such a font draws something else with those codes.

Each distinct code among them (one code is one glyph of its font) is cut out of the page
rendered at 400 dpi, the cut-outs set side by side in one line and read by tesseract; the
reading is kept only when it gives exactly one character per code (every glyph keeps its own
box). Otherwise, or without tesseract or with OCR turned off, each glyph becomes U+FFFD, and
the import note names the pages either way.

Checking costs one pass of numpy over the page's codes; fonts are asked for only on pages
with a suspect glyph, and OCR runs only for the glyphs found.
"""

from __future__ import annotations

import ctypes
import os
from dataclasses import dataclass
from typing import Any

import numpy
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from numpy.typing import NDArray

from frameworkqda.core.errors import OcrUnavailableError
from frameworkqda.core.importers import notes
from frameworkqda.core.text.cjk import kana_or_ideograph_mask, normalise_char, one_of_mask

UNREADABLE = 0xFFFD
GLYPH_OCR_DPI = 400
JAPANESE_SHARE = 0.3  # of a page's visible glyphs kana or kanji: "inside Japanese text"
_WINDOWS_1252 = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_COMMON = "‘’“”•–—…·©®°±×÷§¶¥\u00a0"
_LATIN_CODES = {*range(0xA0, 0x100), *map(ord, _WINDOWS_1252)}


def _table(codes: set[int]) -> NDArray[numpy.bool_]:
    """A lookup over the BMP plus one slot (False) where every code above it is looked up:
    one gather a page instead of numpy.isin's sort (1.4 ms a page measured)."""
    table = numpy.zeros(0x10001, dtype=bool)
    table[sorted(codes)] = True
    return table


# control codes but tab, line ends and 2 (PDFium's code for a line-end hyphen: the layout
# writes "-"), and U+FFFD to U+FFFF
_NEVER_TEXT = _table({*range(0x20), *range(0x7F, 0xA0), 0xFFFD, 0xFFFE, 0xFFFF} - {2, 9, 10, 13})
_LATIN = _table(_LATIN_CODES)
_STRONG = _table(_LATIN_CODES - set(map(ord, _COMMON)))
# a glyph the rule can find: never text, or a strong sign of a font spelling nonsense
_SUSPECT = _NEVER_TEXT | _STRONG


@dataclass(frozen=True)
class Outcome:
    """How many of a page's glyphs OCR read, and how many were marked U+FFFD."""

    recovered: int = 0
    unreadable: int = 0


def find(
    textpage: Any, codes: NDArray[numpy.uint32], generated: NDArray[numpy.bool_]
) -> NDArray[numpy.intp]:
    """Indices of the glyphs that cannot be taken as read (the rule in the docstring). A
    page without a code the rule can find (most pages) is judged by one gather (~6 µs,
    where the whole rule took ~25)."""
    bmp = numpy.minimum(codes, 0x10000)  # above the BMP: the tables' last slot
    if not _SUSPECT.take(bmp).any():
        return numpy.empty(0, dtype=numpy.intp)
    drawn = ~generated
    found = _NEVER_TEXT[bmp] & drawn
    strong = _STRONG[bmp] & drawn
    if strong.any() and _japanese(codes, drawn):
        latin = _LATIN[bmp] & drawn
        suspect = latin | found
        fonts = _fonts(textpage, numpy.flatnonzero(drawn & ~_blank(codes)))
        for font in {fonts[i] for i in numpy.flatnonzero(latin).tolist()}:
            mine = numpy.array([i for i, f in fonts.items() if f == font], dtype=numpy.intp)
            if suspect[mine].all() and strong[mine].any():
                found[mine] = True
    return numpy.flatnonzero(found)


def _blank(codes: NDArray[numpy.uint32]) -> NDArray[numpy.bool_]:
    return one_of_mask(codes, " \u3000\n\r\t")


def _japanese(codes: NDArray[numpy.uint32], drawn: NDArray[numpy.bool_]) -> bool:
    visible = drawn & ~_blank(codes)
    count = int(visible.sum())
    return count > 0 and int((kana_or_ideograph_mask(codes) & visible).sum()) >= (
        JAPANESE_SHARE * count
    )


def _fonts(textpage: Any, indices: NDArray[numpy.intp]) -> dict[int, int]:
    """The font (PDFium's handle, as an address) of each glyph at ``indices``."""
    fonts: dict[int, int] = {}
    for index in indices.tolist():
        text_object = pdfium_c.FPDFText_GetTextObject(textpage, index)
        if text_object:
            font = pdfium_c.FPDFTextObj_GetFont(text_object)
            fonts[index] = ctypes.cast(font, ctypes.c_void_p).value or 0
        else:
            fonts[index] = 0
    return fonts


def read_again(
    page: pdfium.PdfPage | None,
    codes: NDArray[numpy.uint32],
    boxes: NDArray[numpy.float64],
    found: NDArray[numpy.intp],
    languages: str | None,
) -> tuple[NDArray[numpy.uint32], Outcome]:
    """``codes`` with the found glyphs read by OCR (``languages`` for tesseract; None: no
    OCR), or all of them set to U+FFFD when OCR cannot give one character per glyph. The page
    is drawn only for OCR (None: there is no page to draw)."""
    if not len(found):
        return codes, Outcome()
    codes = codes.copy()
    first_of: dict[int, int] = {}  # each code once: one code is one glyph of its font
    for index in found.tolist():
        first_of.setdefault(int(codes[index]), index)
    reading = (
        _ocr_glyphs(page, boxes, list(first_of.values()), languages)
        if languages and page is not None
        else ""
    )
    if len(reading) == len(first_of):
        table = dict(zip(first_of, map(ord, reading), strict=True))
        codes[found] = [table[int(code)] for code in codes[found].tolist()]
        return codes, Outcome(recovered=len(found))
    codes[found] = UNREADABLE
    return codes, Outcome(unreadable=len(found))


def _ocr_glyphs(
    page: pdfium.PdfPage, boxes: NDArray[numpy.float64], indices: list[int], languages: str
) -> str:
    """The glyphs at ``indices`` cut out of the page image and set side by side in one line,
    as tesseract reads that line (no spaces): a line of digits reads far better than one
    glyph alone. Empty without tesseract."""
    from frameworkqda.core.importers.ocr import tesseract

    try:
        engine = tesseract(languages, "page")
    except OcrUnavailableError:
        return ""
    from PIL import Image

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    scale = GLYPH_OCR_DPI / 72
    pad = 1.0  # points above and below; none across, where a kerned neighbour may touch
    # only the part of the page that holds the glyphs is rendered (crop: points cut off the
    # displayed page's left, bottom, right and top)
    width, height = page.get_width(), page.get_height()
    if page.get_rotation() in (90, 270):
        width, height = height, width
    left, top = max(0.0, boxes[indices, 0].min()), max(0.0, boxes[indices, 1].min() - pad)
    right = min(width, boxes[indices, 2].max())
    bottom = min(height, boxes[indices, 3].max() + pad)
    crop = (left, height - bottom, width - right, top)
    image = page.render(scale=scale, crop=crop, grayscale=True).to_pil().convert("L")
    crops = [
        image.crop(
            (
                round((boxes[i, 0] - left) * scale),
                int((boxes[i, 1] - pad - top) * scale),
                round((boxes[i, 2] - left) * scale),
                int((boxes[i, 3] + pad - top) * scale) + 1,
            )
        )
        for i in indices
    ]
    gap = max(crop.height for crop in crops) // 3
    margin = 24
    line = Image.new(
        "L",
        (sum(crop.width for crop in crops) + gap * len(crops) + 2 * margin,
         max(crop.height for crop in crops) + 2 * margin),
        255,
    )  # fmt: skip
    x = margin
    for crop in crops:
        line.paste(crop, (x, margin))
        x += crop.width + gap
    text = engine.image_to_string(line, lang=languages, config="--psm 7")
    return "".join(normalise_char(char) for char in str(text) if not char.isspace())


def glyph_notes(outcomes: list[Outcome]) -> list[str]:
    """The import note's lines on glyphs read again or left unreadable, naming the pages."""
    lines: list[str] = []
    for count, template in (
        ([o.recovered for o in outcomes], notes.GLYPHS_RECOVERED),
        ([o.unreadable for o in outcomes], notes.GLYPHS_UNREADABLE),
    ):
        pages = [str(number + 1) for number, n in enumerate(count) if n]
        if pages:
            lines.append(template.format(pages=notes.pages(pages), n=sum(count)))
    return lines
