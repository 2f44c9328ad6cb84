"""List bullets drawn with a symbol font, read as the bullet they draw (•).

Word processors draw list bullets with a symbol font whose codes are not Unicode: PDFium reads
Symbol's bullet as U+F0B7 (a private-use code), Wingdings' as ``l``, WordPerfect's (WP
Typographic Symbols) as ``!``, so the text said ``! Title I`` where the page shows ``• Title I``.
Only characters that could be such a bullet (one of these codes, in the private-use form at a
line's start or anywhere) have their font asked, so plain pages pay nothing.
"""

from __future__ import annotations

import ctypes
import re

import numpy
import pypdfium2.raw as pdfium_c
from numpy.typing import NDArray

from frameworkqda.core.text.cjk import one_of_mask

BULLET = 0x2022
# The codes that draw a bullet-like mark (• ● ■ ❑ ❖ ▪ ➢ ✓), by font family
_BULLETS = {
    "symbol": frozenset({0xB7}),
    "wingdings": frozenset({0x6C, 0x6E, 0x71, 0x76, 0x9F, 0xA7, 0xD8, 0xFC}),
    "wptypographicsymbols": frozenset({0x21, 0x22, 0x23, 0x24}),
}
_PRIVATE_USE = 0xF000  # symbol fonts' codes as PDFium often reports them: U+F000 + code
_ANY = frozenset().union(*_BULLETS.values())
_CANDIDATES = "".join(map(chr, sorted(_ANY | {_PRIVATE_USE + code for code in _ANY})))


def symbol_bullets(handle: pdfium_c.FPDF_TEXTPAGE, codes: NDArray[numpy.uint32]) -> None:
    """Replace, in place, the codes of ``codes`` (one per character index of the text page
    ``handle``) that a symbol font draws as a bullet with U+2022."""
    candidates = one_of_mask(codes, _CANDIDATES)  # a table look-up: numpy.isin cost ~0.3 ms
    if not candidates.any():
        return
    after_break = numpy.concatenate(([True], one_of_mask(codes[:-1], "\n\r")))
    private = codes >= _PRIVATE_USE
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    for index in numpy.flatnonzero(candidates & (after_break | private)).tolist():
        pdfium_c.FPDFText_GetFontInfo(handle, index, name, len(name), ctypes.byref(flags))
        family = _family(name.value.decode("latin-1"))
        code = int(codes[index]) - (_PRIVATE_USE if private[index] else 0)
        if code in _BULLETS.get(family, ()):
            codes[index] = BULLET


def _family(font_name: str) -> str:
    """The font family a bullet table is kept under: ``ELCKGH+WPTypographicSymbols`` →
    ``wptypographicsymbols``, ``SymbolMT`` → ``symbol``, ``Wingdings-Regular`` → ``wingdings``."""
    plain = re.sub(r"[^a-z]", "", font_name.rpartition("+")[2].lower())
    return next((family for family in _BULLETS if plain.startswith(family)), "")
