"""OCR of scanned PDF pages with tesseract (jpn+eng), one page at a time.

Tesseract is optional: when it (or its Japanese data) is missing the import fails with a
message naming the packages to install, instead of silently storing an empty document.
``OMP_THREAD_LIMIT=1`` keeps tesseract from oversubscribing cores (3 s a page instead of 8.5
on two cores, design notes §4).
"""

from __future__ import annotations

import os
import shutil
from typing import Any

import numpy
import pypdfium2 as pdfium

from frameworkqda.core.errors import OcrUnavailableError
from frameworkqda.core.importers.geometry import Box
from frameworkqda.core.importers.pdf_layout import NAN_BOX, PageText
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.text.cjk import is_cjk, normalise_char

OCR_DPI = 300
INSTALL_HINT = QT_TRANSLATE_NOOP(
    "Import",
    "install tesseract with Japanese data (Debian/Ubuntu: apt-get install tesseract-ocr "
    "tesseract-ocr-jpn; macOS: brew install tesseract tesseract-lang) and the Python package "
    "pytesseract",
).format()


def tesseract(languages: str, name: str) -> Any:
    try:
        import pytesseract
    except ImportError:
        raise OcrUnavailableError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name}: has scanned pages without a text layer and OCR is not available: {hint}",
            ).format(name=name, hint=INSTALL_HINT)
        ) from None
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise OcrUnavailableError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name}: has scanned pages without a text layer and tesseract is not installed: "
                "{hint}",
            ).format(name=name, hint=INSTALL_HINT)
        )
    installed = set(pytesseract.get_languages(config=""))
    missing = [lang for lang in languages.split("+") if lang not in installed]
    if missing:
        raise OcrUnavailableError(
            QT_TRANSLATE_NOOP(
                "Import", "{name}: OCR language data missing ({missing}): {hint}"
            ).format(name=name, missing=", ".join(missing), hint=INSTALL_HINT)
        )
    return pytesseract


def ocr_page(
    page: pdfium.PdfPage, width: float, height: float, languages: str, name: str
) -> PageText:
    """Recognise one page; each character gets a share of its word's box (in PDF points)."""
    engine = tesseract(languages, name)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    scale = OCR_DPI / 72
    image = page.render(scale=scale).to_pil()
    data = engine.image_to_data(image, lang=languages, output_type=engine.Output.DICT)
    chars: list[str] = []
    boxes: list[Box] = []
    last_key: tuple[int, int, int] | None = None
    for i, word in enumerate(data["text"]):
        word = word.strip()
        if not word:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if last_key is not None and chars:
            if key[:2] != last_key[:2]:
                chars.append("\n")
                boxes.append(NAN_BOX)
            elif not (is_cjk(chars[-1]) and is_cjk(word[0])):
                chars.append(" ")
                boxes.append(NAN_BOX)
        last_key = key
        x0 = data["left"][i] / scale
        top = data["top"][i] / scale
        w = data["width"][i] / scale
        bottom = top + data["height"][i] / scale
        step = w / len(word)
        for n, char in enumerate(word):
            chars.append(normalise_char(char))
            boxes.append((x0 + n * step, top, x0 + (n + 1) * step, bottom))
    return PageText("".join(chars), numpy.array(boxes, dtype=numpy.float64).reshape(-1, 4))
