"""OCR of scanned PDF pages with tesseract (jpn+eng), one page at a time.

A page that reads poorly across (mean confidence under ``CONFIDENT``) is read again with
tesseract's model for Japanese written downwards (``jpn_vert``, Debian tesseract-ocr-jpn-vert)
when it is installed, and that reading is kept when it is clearly more confident: ``jpn``
reads a vertical page as Latin garbage. Without the model, vertical pages read as before.

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


# tesseract's model for Japanese written downwards (Debian: tesseract-ocr-jpn-vert)
VERTICAL_MODEL = "jpn_vert"
# A reading across with at least this mean confidence (per character, 0-100) is kept without
# trying the page downwards; a horizontal Japanese or English scan reads at 80-95.
CONFIDENT = 70.0
# how much more confident the reading downwards must be to be taken instead
VERTICAL_MARGIN = 15.0


def confidence(data: dict[str, list[Any]]) -> float:
    """Mean confidence of a tesseract reading (``image_to_data``), each word weighed by its
    characters; 0 for a reading with no words."""
    total = weight = 0.0
    for word, conf in zip(data["text"], data["conf"], strict=True):
        word = str(word).strip()
        if word and float(conf) >= 0:
            total += float(conf) * len(word)
            weight += len(word)
    return total / weight if weight else 0.0


def _vertical_languages(engine: Any, languages: str) -> str | None:
    """The languages to read a page written downwards with: ``jpn_vert`` when Japanese is
    asked for and its vertical model is installed; None otherwise (OCR reads across only)."""
    if "jpn" not in languages.split("+"):
        return None
    return VERTICAL_MODEL if VERTICAL_MODEL in engine.get_languages(config="") else None


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
    vertical = _vertical_languages(engine, languages)
    if vertical and confidence(data) < CONFIDENT:
        # a page read poorly across may be written downwards (縦書き): jpn reads a vertical
        # page as Latin garbage (jo.pdf scanned: confidence 20, jpn_vert 90)
        downwards = engine.image_to_data(image, lang=vertical, output_type=engine.Output.DICT)
        if confidence(downwards) > confidence(data) + VERTICAL_MARGIN:
            data = downwards
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
        h = data["height"][i] / scale
        if h > w and len(word) > 1:  # a word written downwards: its characters top to bottom
            step = h / len(word)
            for n, char in enumerate(word):
                chars.append(normalise_char(char))
                boxes.append((x0, top + n * step, x0 + w, top + (n + 1) * step))
            continue
        step = w / len(word)
        for n, char in enumerate(word):
            chars.append(normalise_char(char))
            boxes.append((x0 + n * step, top, x0 + (n + 1) * step, top + h))
    return PageText("".join(chars), numpy.array(boxes, dtype=numpy.float64).reshape(-1, 4))
