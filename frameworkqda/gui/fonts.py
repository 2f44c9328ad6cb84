"""The bundled IPAex fonts registered with Qt, and the reading font built on them.

The app ships IPAex Gothic and Mincho (``resources/fonts``, also what PDFium draws unembedded
Japanese fonts with), so no view, chart or dialog depends on the machine having a Japanese
font: registered at start-up, they are what Qt falls back to for kana and kanji, and the
application font names IPAex Gothic after the platform's own face.

Latin text is drawn in a Latin face: a font family list puts Latin faces first and IPAex
after them, and Qt takes each character from the first family that has it. A CJK face first
would draw English curly quotes and apostrophes (which JIS fonts hold as full-width glyphs)
one ideograph wide.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from frameworkqda.core.font_files import FONT_FILES, GOTHIC, MINCHO, font_file

# Latin faces of the common platforms, in order of preference; absent ones are skipped
LATIN_FAMILIES = ["Noto Sans", "DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial"]
JAPANESE_FAMILIES = [GOTHIC, MINCHO]

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add the IPAex files to Qt's font database (once a process) and name IPAex Gothic as
    the application font's fallback; returns the families Qt found in them."""
    if not _registered:
        for family in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(font_file(family)))
            _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            font = QGuiApplication.font()
            # the face the platform resolved ("Sans Serif" is only an alias: named first in a
            # list, it would be skipped and the whole UI drawn in IPAex)
            # (on a machine without fonts that is IPAex itself: then Gothic, the UI face)
            platform = QFontInfo(font).family()
            latin = [] if platform in JAPANESE_FAMILIES else [platform]
            font.setFamilies([*latin, *JAPANESE_FAMILIES])
            QGuiApplication.setFont(font)
    return list(_registered)


def reading_font(point_size: float = 11.0) -> QFont:
    """The text view's font: a Latin face for Latin text, IPAex for Japanese."""
    register_bundled_fonts()
    font = QFont()
    font.setFamilies([*LATIN_FAMILIES, *JAPANESE_FAMILIES])
    font.setPointSizeF(point_size)
    return font
