"""PDF import: PDFium (pypdfium2) for characters and boxes, our layout for reading order.

Measured on an 80-page Japanese PDF (design notes §4): pdfplumber extracts 16 pages/s, PDFium
390. Reading order is decided by ``pdf_layout`` from PDFium's per-character boxes, so the
text and the geometry come from one pass and always agree. Pages with no text layer are
OCR'd (``ocr``). PDFium also recovers the damaged files a viewer would still open (missing
xref, junk before the header) and refuses the rest with an error code we translate.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from frameworkqda.core.errors import (
    ImportFailedError,
    PasswordRequiredError,
    WrongPasswordError,
)
from frameworkqda.core.importers import ocr
from frameworkqda.core.importers.base import (
    Cancellation,
    Extraction,
    ImportOptions,
    PageGeometry,
    PageProgress,
)
from frameworkqda.core.importers.geometry import Box, pack_boxes
from frameworkqda.core.importers.language import detect_language
from frameworkqda.core.importers.pdf_layout import PageChars, PageText, join_pages, layout_page
from frameworkqda.core.model import DocumentKind
from frameworkqda.core.pdfium_lock import PDFIUM_LOCK

# Fewer visible characters than this on a page with an image means "scanned".
SCANNED_PAGE_MAX_CHARS = 3


def open_pdf(data: bytes, name: str, password: str | None) -> pdfium.PdfDocument:
    """Open a PDF or raise an error that says what is wrong in words."""
    if not data:
        raise ImportFailedError(f"{name}: the file is empty (0 bytes)")
    try:
        return pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            if password:
                raise WrongPasswordError(
                    f"{name}: the password is wrong; this PDF needs its user password to open"
                ) from None
            raise PasswordRequiredError(
                f"{name}: this PDF is protected and needs a password to open"
            ) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ImportFailedError(
                f"{name}: this PDF uses an encryption scheme that cannot be opened"
            ) from None
        if b"%PDF" not in data[:1024]:
            raise ImportFailedError(f"{name}: this is not a PDF file (no PDF header)") from None
        raise ImportFailedError(
            f"{name}: the PDF is damaged or truncated and cannot be read "
            "(no readable document structure; try re-downloading it)"
        ) from None


def read_page_chars(page: pdfium.PdfPage) -> tuple[PageChars, float, float]:
    """A page's characters in stream order with loose boxes from the page's top-left."""
    # the effective page box (crop box within the media box, inherited values resolved)
    left, bottom, right, top = page.get_bbox()
    width, height = right - left, top - bottom
    rotate = _rotation(page.get_rotation(), width, height)
    if page.get_rotation() in (90, 270):
        width, height = height, width
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        count = pdfium_c.FPDFText_CountChars(handle)
        chars: list[str] = []
        boxes: list[Box] = []
        generated: list[bool] = []
        rect = pdfium_c.FS_RECTF()
        rect_ref = ctypes.byref(rect)
        get_unicode = pdfium_c.FPDFText_GetUnicode
        get_box = pdfium_c.FPDFText_GetLooseCharBox
        is_generated = pdfium_c.FPDFText_IsGenerated
        for index in range(count):
            code = get_unicode(handle, index)
            if 0xDC00 <= code <= 0xDFFF and chars and "\ud800" <= chars[-1] <= "\udbff":
                # PDFium reports a character outside the BMP (𠮷) as two UTF-16 halves with
                # the same box: one code point, one box
                high = ord(chars[-1])
                chars[-1] = chr(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
                continue
            char = chr(code) if 0 <= code < 0x110000 else "\ufffd"
            get_box(handle, index, rect_ref)
            chars.append(char)
            boxes.append(
                rotate((rect.left - left, top - rect.top, rect.right - left, top - rect.bottom))
            )
            generated.append(char in " \r\n" and is_generated(handle, index) == 1)
    finally:
        textpage.close()
    return PageChars(chars, boxes, generated), width, height


def _rotation(degrees: int, width: float, height: float) -> Callable[[Box], Box]:
    """Boxes from the unrotated page into the page as displayed (/Rotate, clockwise), so
    reading order is judged as a reader sees it and highlights land on the rendered page."""
    if degrees == 90:
        return lambda b: (height - b[3], b[0], height - b[1], b[2])
    if degrees == 180:
        return lambda b: (width - b[2], height - b[3], width - b[0], height - b[1])
    if degrees == 270:
        return lambda b: (b[1], width - b[2], b[3], width - b[0])
    return lambda b: b


def _has_images(page: pdfium.PdfPage) -> bool:
    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


def extract_pdf(
    data: bytes,
    name: str,
    options: ImportOptions,
    *,
    progress: PageProgress | None = None,
    cancellation: Cancellation | None = None,
) -> Extraction:
    with PDFIUM_LOCK:
        document = open_pdf(data, name, options.password)
        total = len(document)
    try:
        texts: list[PageText] = []
        sizes: list[tuple[float, float]] = []
        ocr_pages: set[int] = set()
        warnings: list[str] = []
        for number in range(total):
            if cancellation is not None:
                cancellation.check()
            with PDFIUM_LOCK:
                page = document[number]
                try:
                    chars, width, height = read_page_chars(page)
                    visible = sum(1 for c in chars.chars if not c.isspace())
                    scanned = visible < SCANNED_PAGE_MAX_CHARS and _has_images(page)
                    if scanned and options.ocr:
                        text = ocr.ocr_page(page, width, height, options.ocr_languages, name)
                        ocr_pages.add(number)
                finally:
                    page.close()
            if not (scanned and options.ocr):
                text = layout_page(chars)
                if scanned:
                    warnings.append(f"page {number + 1} has no text layer (scanned)")
            texts.append(text)
            sizes.append((width, height))
            if progress is not None:
                progress(number + 1, total)
    finally:
        with PDFIUM_LOCK:
            document.close()
    full_text, ranges = join_pages(texts)
    pages = [
        PageGeometry(
            page_number=number + 1,
            width=sizes[number][0],
            height=sizes[number][1],
            char_start=ranges[number][0],
            char_end=ranges[number][1],
            boxes=pack_boxes(texts[number].boxes),
            ocr=number in ocr_pages,
        )
        for number in range(len(texts))
    ]
    if ocr_pages:
        listed = ", ".join(str(n + 1) for n in sorted(ocr_pages))
        warnings.append(
            f"text of page(s) {listed} was recognised by OCR; check it against the page"
        )
    if not full_text.strip():
        warnings.append("no text was found in this PDF")
    return Extraction(
        kind=DocumentKind.PDF,
        text=full_text,
        language=detect_language(full_text),
        pages=pages,
        page_count=total,
        warnings=warnings,
    )


def is_nan_box(box: Box) -> bool:
    return math.isnan(box[0])
