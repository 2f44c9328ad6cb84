"""The bundled IPAex fonts by family: names and files, apart from PDFium.

``pdfium_fonts`` hands them to PDFium for unembedded Japanese fonts and ``gui/fonts.py``
registers them with Qt; kept here so that the GUI registers them without loading PDFium.
"""

from __future__ import annotations

from pathlib import Path

from frameworkqda.core.resources import resource_path

MINCHO, GOTHIC = "IPAexMincho", "IPAexGothic"
# the family names above, as the bundled files spell them (resources/fonts/README.md)
FONT_FILES = {MINCHO: "ipaexm.ttf", GOTHIC: "ipaexg.ttf"}


def font_file(family: str) -> Path:
    """The bundled file of one IPAex family."""
    return resource_path("fonts", FONT_FILES[family])
