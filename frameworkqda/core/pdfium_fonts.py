"""The bundled IPAex fonts stand in for every Japanese font a PDF names but does not embed.

Government PDFs often name a Japanese font (HeiseiMin-W3, MS-Mincho, Ryumin-Light, MS-Gothic)
without embedding it. PDFium then asks the system for a substitute, and the answer decides
how the page looks, where each character's box sits and even which characters the text page
keeps: with no Japanese font on the machine the import stored 278 of jo.pdf's 948 characters
and 26 of kampo.pdf's 2,702 (design notes §6). Left to the platform the answer depends on
what the machine has, so the same file would give different text and boxes on two machines.

So the substitute never comes from the machine: MapFont answers every Japanese (Adobe-Japan1,
Shift-JIS charset) request with one of the two fonts shipped in ``resources/fonts`` (IPAex
Mincho for Mincho/serif faces, IPAex Gothic for Gothic/sans faces) and GetFontData serves
their bytes from those files; any other request goes to PDFium's own lookup. It is installed
once per process, before any document is opened, so importing (geometry) and rendering (the
page view) always agree. It is also fast: IPAex's TrueType outlines cost PDFium a fraction of
what Noto's CFF outlines do (docs/importers.md). Pages loaded inside ``measuring()`` (the import
reading a page's text and boxes, never drawing it) get the same fonts with each glyph reduced
to its bounding box (``box_fonts``): the same boxes at two thirds of PDFium's cost. PDFium keeps
the two apart by their size; a document's fonts are the ones its pages were first loaded with.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import mmap
import re
import threading
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium

from frameworkqda.core.box_fonts import boxes_only
from frameworkqda.core.font_files import FONT_FILES, GOTHIC, MINCHO, font_file

SHIFTJIS_CHARSET = 128  # FXFONT_SHIFTJIS_CHARSET: a font of the Adobe-Japan1 collection
FF_ROMAN = 1 << 4  # FXFONT_FF_ROMAN: the PDF says the font is serif
_GOTHIC_NAME = re.compile(r"goth|kaku|sans|maru|ゴシック|ｺﾞｼｯｸ|go(?:-|pro|std|pr\d|$)")
_MINCHO_NAME = re.compile(r"min|ryumin|明朝|serif")

_lock = threading.Lock()
_installed = False
_thread = threading.local()  # .measuring: this thread loads pages to read, not to draw
# face name → substitute family, as mapped in this process (what the import reports)
substitutions: dict[str, str] = {}


@functools.cache
def box_font(family: str) -> bytes:
    """The bundled font of one family, each glyph its bounding box (``box_fonts``), built from
    the file mapped, not read: only the pages holding the glyphs' boxes are touched, where
    reading the 6-8 MB first made every worker's first page ~7 ms slower."""
    with open(font_file(family), "rb") as file:
        mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    return boxes_only(mapped)  # unmapped with its last view


@contextlib.contextmanager
def measuring() -> Iterator[None]:
    """Pages this thread loads meanwhile are read for text and boxes, never drawn: their
    unembedded Japanese fonts get the box-only substitutes (a document keeps the fonts its
    pages were first loaded with, so open a document for drawing apart)."""
    before = getattr(_thread, "measuring", False)
    _thread.measuring = True
    try:
        yield
    finally:
        _thread.measuring = before


def substitute_for(face: str, pitch_family: int) -> str:
    """The IPAex family that stands in for a Japanese face."""
    name = face.lower()
    if _GOTHIC_NAME.search(name):
        return GOTHIC
    if _MINCHO_NAME.search(name) or pitch_family & FF_ROMAN:
        return MINCHO
    return GOTHIC


def _face_name(face: Any) -> str:
    raw = ctypes.cast(face, ctypes.c_char_p).value or b""
    try:
        return raw.decode("cp932")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


class _BundledJapanese(pdfium.PdfSysfontBase):  # type: ignore[misc]
    """PDFium's system font interface with Japanese requests answered from the bundled files.

    A bundled font's handle is the address of a one-byte marker of our own: PDFium treats
    handles as opaque and hands them back only to these callbacks, which serve the file
    (GetFontData), its name and charset, and leave every other handle to the default."""

    def __init__(self) -> None:
        super().__init__()
        # a marker per family, and per whether the glyphs are boxes only (``measuring``)
        self._markers = {(f, boxes): ctypes.c_char() for f in FONT_FILES for boxes in (0, 1)}
        self._family_of = {ctypes.addressof(m): key for key, m in self._markers.items()}
        self._sizes = {family: font_file(family).stat().st_size for family in FONT_FILES}

    def MapFont(  # PDFium's callback name
        self, _: Any, weight: int, italic: int, charset: int, pitch: int, face: Any, exact: Any
    ) -> Any:
        if charset == SHIFTJIS_CHARSET:
            name = _face_name(face)
            family = substitute_for(name, pitch)
            substitutions[name] = family
            boxes = int(getattr(_thread, "measuring", False))
            return ctypes.addressof(self._markers[family, boxes])
        return self.default.MapFont(self.default, weight, italic, charset, pitch, face, exact)

    def GetFont(self, _: Any, face: Any) -> Any:
        family = (ctypes.cast(face, ctypes.c_char_p).value or b"").decode("latin-1")
        if family in FONT_FILES:
            return ctypes.addressof(self._markers[family, 0])
        return self.default.GetFont(self.default, face)

    def GetFontData(self, _: Any, font: Any, table: int, buffer: Any, size: int) -> int:
        key = self._family_of.get(font or 0)
        if key is None:
            return int(self.default.GetFontData(self.default, font, table, buffer, size))
        if table != 0:  # a table alone ('ttcf': is it a collection?): not one
            return 0
        family, boxes = key
        if boxes:
            data = box_font(family)
            if buffer and size >= len(data):
                ctypes.memmove(buffer, data, len(data))
            return len(data)
        whole = self._sizes[family]
        if buffer and size >= whole:
            address = ctypes.cast(buffer, ctypes.c_void_p).value or 0
            with font_file(family).open("rb") as file:  # straight into PDFium's buffer
                file.readinto((ctypes.c_char * whole).from_address(address))
        return whole

    def GetFaceName(self, _: Any, font: Any, buffer: Any, size: int) -> int:
        key = self._family_of.get(font or 0)
        if key is None:
            return int(self.default.GetFaceName(self.default, font, buffer, size))
        name = key[0].encode("ascii") + b"\0"
        if buffer and size >= len(name):
            ctypes.memmove(buffer, name, len(name))
        return len(name)

    def GetFontCharset(self, _: Any, font: Any) -> int:
        if (font or 0) in self._family_of:
            return SHIFTJIS_CHARSET
        return int(self.default.GetFontCharset(self.default, font))

    def DeleteFont(self, _: Any, font: Any) -> None:
        if (font or 0) not in self._family_of:
            self.default.DeleteFont(self.default, font)


def install() -> None:
    """Install the bundled Japanese substitutes for this process (once; a no-op after that,
    and where this PDFium build has no system font interface)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
        if not hasattr(pdfium, "PdfSysfontBase"):
            return
        try:
            _BundledJapanese().setup()
        except pdfium.PdfiumError:
            return  # no system font interface on this platform: PDFium's own fallback
