"""Which installed font stands in for a Japanese font a PDF names but does not embed.

Government PDFs often name a Japanese font (HeiseiMin-W3, MS-Mincho, Ryumin-Light, MS-Gothic)
without embedding it. PDFium then asks the system for a substitute, and the answer decides
both how the page looks and where each character's box sits (a box's top comes from the
substitute's glyphs). Left to the platform, the answer depends on what the machine has
(fontconfig on Linux picked Noto Sans CJK for HeiseiMin here: a sans face for a Mincho font),
so a project imported on one machine could show highlights off the glyphs on another.

So the substitute is chosen here, the same way everywhere: IPAex Mincho for Mincho (serif)
faces and IPAex Gothic for Gothic (sans) faces, when installed; anything else is left to
PDFium's own mapping. It is installed once per process, before any document is opened, so
importing (geometry) and rendering (the page view) always agree. It is also fast: IPAex's
TrueType outlines cost PDFium a fraction of what Noto's CFF outlines do (docs/importers.md).
"""

from __future__ import annotations

import ctypes
import re
import threading
from typing import Any

import pypdfium2 as pdfium

SHIFTJIS_CHARSET = 128  # FXFONT_SHIFTJIS_CHARSET: a font of the Adobe-Japan1 collection
FF_ROMAN = 1 << 4  # FXFONT_FF_ROMAN: the PDF says the font is serif
MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"
_GOTHIC_NAME = re.compile(r"goth|kaku|sans|maru|ゴシック|ｺﾞｼｯｸ|go(?:-|pro|std|pr\d|$)")
_MINCHO_NAME = re.compile(r"min|ryumin|明朝|serif")

_lock = threading.Lock()
_installed = False
# face name → substitute family, as mapped in this process (what the import reports)
substitutions: dict[str, str] = {}


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


class _JapaneseSubstitutes(pdfium.PdfSysfontBase):  # type: ignore[misc]
    """PDFium's system font lookup with Japanese faces sent to IPAex."""

    def MapFont(  # PDFium's callback name
        self, _: Any, weight: int, italic: int, charset: int, pitch: int, face: Any, exact: Any
    ) -> Any:
        if charset == SHIFTJIS_CHARSET:
            name = _face_name(face)
            family = substitute_for(name, pitch)
            handle = self.default.GetFont(self.default, family.encode("ascii"))
            if handle:
                substitutions[name] = family
                return handle
        return self.default.MapFont(self.default, weight, italic, charset, pitch, face, exact)


def install() -> None:
    """Install the Japanese substitutes for this process (once; a no-op after that, and where
    this PDFium build has no system font interface)."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
        if not hasattr(pdfium, "PdfSysfontBase"):
            return
        try:
            _JapaneseSubstitutes().setup()
        except pdfium.PdfiumError:
            return  # no system font interface on this platform: PDFium's own fallback
