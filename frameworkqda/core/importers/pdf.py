"""PDF import: PDFium (pypdfium2) for characters and boxes, our layout for reading order.

Measured on an 80-page Japanese PDF (design notes §4): pdfplumber extracts 16 pages/s, PDFium
390. Reading order is decided by ``pdf_layout`` from PDFium's per-character boxes, so the
text and the geometry come from one pass and always agree. Pages with no text layer are
OCR'd (``ocr``). PDFium also recovers the damaged files a viewer would still open (missing
xref, junk before the header) and refuses the rest with an error code we translate.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import math
import threading
import weakref
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice, repeat
from pathlib import Path

import numpy
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from numpy.typing import NDArray

from frameworkqda.core import pdfium_fonts, workers
from frameworkqda.core.errors import (
    ImportFailedError,
    PasswordRequiredError,
    WrongPasswordError,
)
from frameworkqda.core.importers import notes, ocr, pdf_pages, pdf_unreadable
from frameworkqda.core.importers.base import (
    Cancellation,
    Extraction,
    ImportOptions,
    PageGeometry,
    PageProgress,
    check_text_size,
)
from frameworkqda.core.importers.geometry import pack_boxes
from frameworkqda.core.importers.language import detect_language
from frameworkqda.core.importers.pdf_handle import LoadedPage, PageHandle, untyped
from frameworkqda.core.importers.pdf_layout import PageChars, join_pages, layout_page
from frameworkqda.core.importers.pdf_pages import ParkedPage, parked_page
from frameworkqda.core.importers.pdf_rulings import ruled_tables
from frameworkqda.core.importers.pdf_symbols import symbol_bullets
from frameworkqda.core.importers.pdf_unreadable import glyph_notes
from frameworkqda.core.importers.spill import Parked, ParkedGeometry, Parking
from frameworkqda.core.kinds import DocumentKind
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.pdfium_lock import PDFIUM_LOCK
from frameworkqda.core.text.cjk import one_of_mask

# Fewer visible characters than this on a page with an image means "scanned".
SCANNED_PAGE_MAX_CHARS = 3
# The calls made once a character (``untyped``): the arguments go as they are (the text page
# as a pointer argument made once a page, the index as a Python int, which ctypes passes as a
# C int, the box as a pointer argument made once a thread: ``_BoxSlots``), where converting
# them through declared types was ~40 % of the loop, and the GIL is kept (released and taken
# back around each call, it cost ~a third of the loop); the loop holds it for ~0.2 ms.
_loose_char_box = untyped(pdfium_c.FPDFText_GetLooseCharBox, None)  # always True: not asked
_is_generated = untyped(pdfium_c.FPDFText_IsGenerated, ctypes.c_int)
RECT_BYTES = ctypes.sizeof(pdfium_c.FS_RECTF)
# Boxes are asked for into a buffer of this many slots, made once a thread with a ready
# pointer argument to each slot: making a ``byref`` a character was a quarter of the loop.
BOX_SLOTS = 2048
_consume = deque[object](maxlen=0).extend  # runs a map of calls whose results are not wanted
# A pool that is not running yet takes ~0.2 s to start (the worker reads ~3 ms a page): only
# a PDF this long repays the wait. Shorter ones use the pool when it is already up (the GUI
# keeps it up: the import thread then leaves the GIL to the window), else the calling process.
COLD_POOL_MIN_PAGES = 150


_sources: weakref.WeakKeyDictionary[pdfium.PdfDocument, tuple[bytes | Path, str | None]] = (
    weakref.WeakKeyDictionary()
)


def open_pdf(data: bytes | Path, name: str, password: str | None) -> pdfium.PdfDocument:
    """Open a PDF (its bytes, or a file PDFium reads as it goes) or raise an error that says
    what is wrong in words."""
    if isinstance(data, bytes) and not data:
        raise ImportFailedError(notes.EMPTY.format(name=name))
    try:
        pdfium_fonts.install()  # substitutes for unembedded Japanese fonts, as rendering uses
        document = pdfium.PdfDocument(data, password=password)
        _sources[document] = (data, password)  # to open a copy for drawing (``_drawn``)
        return document
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            if password:
                raise WrongPasswordError(
                    QT_TRANSLATE_NOOP(
                        "Import",
                        "{name}: the password is wrong; this PDF needs its user password to open",
                    ).format(name=name)
                ) from None
            raise PasswordRequiredError(
                QT_TRANSLATE_NOOP(
                    "Import", "{name}: this PDF is protected and needs a password to open"
                ).format(name=name)
            ) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise ImportFailedError(
                QT_TRANSLATE_NOOP(
                    "Import", "{name}: this PDF uses an encryption scheme that cannot be opened"
                ).format(name=name)
            ) from None
        head = data[:1024] if isinstance(data, bytes) else data.read_bytes()[:1024]
        if b"%PDF" not in head:
            raise ImportFailedError(
                QT_TRANSLATE_NOOP(
                    "Import", "{name}: this is not a PDF file (no PDF header)"
                ).format(name=name)
            ) from None
        raise ImportFailedError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name}: the PDF is damaged or truncated and cannot be read "
                "(no readable document structure; try re-downloading it)",
            ).format(name=name)
        ) from None


def read_page_chars(
    page: PageHandle,
) -> tuple[PageChars, float, float, NDArray[numpy.intp]]:
    """A page's characters in stream order with loose boxes from the page's top-left, and
    the indices of the glyphs whose codes cannot be taken as read (``pdf_unreadable``)."""
    # the effective page box (crop box within the media box, inherited values resolved)
    left, bottom, right, top = page.get_bbox()
    width, height = right - left, top - bottom
    degrees = page.get_rotation()
    if degrees in (90, 270):
        width, height = height, width
    handle = pdfium_c.FPDFText_LoadPage(page.raw)  # closed below: no wrapper, no finalizer
    if not handle:
        raise pdfium.PdfiumError("the page's text could not be loaded")
    try:
        count = pdfium_c.FPDFText_CountChars(handle)
        codes = _page_codes(handle, count)
        symbol_bullets(handle, codes)  # • where a symbol font draws a list bullet
        # the text page as a ready pointer argument: ctypes makes none a call for it
        text_page = ctypes.c_void_p.from_param(ctypes.cast(handle, ctypes.c_void_p).value)
        raw = _loose_boxes(text_page, count)
        breaks = one_of_mask(codes, " \r\n").nonzero()[0].tolist()
        generated = numpy.zeros(count, dtype=bool)
        said = map(_is_generated, repeat(text_page, len(breaks)), breaks)
        generated[[i for i, flag in zip(breaks, said, strict=True) if flag == 1]] = True
        unreadable = pdf_unreadable.find(handle, codes, generated)
        # FS_RECTF is (left, top, right, bottom) in PDF space (y up): from the page's top-left
        # in place, both x and both y at once
        raw[:, 0::2] -= left
        numpy.subtract(top, raw[:, 1::2], out=raw[:, 1::2])
        boxes = _rotate(raw, degrees, right - left, top - bottom)
        turn = math.radians(degrees)  # /Rotate turns the page clockwise, angles go the other way
        rotated = {
            index
            for index in _rising(boxes)
            if _turned(pdfium_c.FPDFText_GetCharAngle(handle, index) - turn)
        }
    finally:
        pdfium_c.FPDFText_ClosePage(handle)
    codes, kept = _merge_surrogates(codes)
    if kept is not None:
        boxes, generated = boxes[kept], generated[kept]
        rotated = {new for new, old in enumerate(kept) if old in rotated}
        unreadable = numpy.flatnonzero(numpy.isin(kept, unreadable))
    return PageChars(codes, generated, boxes, frozenset(rotated)), width, height, unreadable


class _BoxSlots(threading.local):
    """``BOX_SLOTS`` boxes for PDFium to write into and a pointer argument to each, made once
    a thread (PDFium is called under one lock, but nothing here relies on it)."""

    def __init__(self) -> None:
        self.rects = (pdfium_c.FS_RECTF * BOX_SLOTS)()
        start = ctypes.addressof(self.rects)
        places = range(start, start + RECT_BYTES * BOX_SLOTS, RECT_BYTES)
        self.places = list(map(ctypes.c_void_p.from_param, places))


_slots = _BoxSlots()


def _loose_boxes(text_page: object, count: int) -> NDArray[numpy.float64]:
    """Every character's loose box (left, top, right, bottom in PDF space), as doubles, as the
    per-character arithmetic always was: one C call a character (``map`` drives the calls, no
    Python loop), ``BOX_SLOTS`` at a time."""
    slots = _slots
    boxes = numpy.empty((count, 4), dtype=numpy.float64)
    for start in range(0, count, BOX_SLOTS):
        size = min(BOX_SLOTS, count - start)
        ctypes.memset(slots.rects, 0, RECT_BYTES * size)  # as a fresh array was
        indices = range(start, start + size)
        _consume(map(_loose_char_box, repeat(text_page, size), indices, slots.places))
        written = numpy.frombuffer(slots.rects, dtype=numpy.float32, count=4 * size)
        boxes[start : start + size] = written.reshape(size, 4)
    return boxes


def _rising(boxes: NDArray[numpy.float64]) -> set[int]:
    """Characters that sit above the one before them and overlap it across, with that one:
    the only ones that can be text running upwards (so the only ones whose angle is asked)."""
    last, box = boxes[:-1], boxes[1:]
    overlap = numpy.minimum(last[:, 2], box[:, 2]) - numpy.maximum(last[:, 0], box[:, 0])
    rising = ((overlap > 0) & (box[:, 3] <= last[:, 1] + 1.0)).nonzero()[0] + 1
    return {int(i) for i in rising} | {int(i) - 1 for i in rising}


def _turned(angle: float) -> bool:
    """A character angle (radians) at least an eighth of a turn from upright."""
    angle %= 2 * math.pi
    return math.pi / 4 < angle < 7 * math.pi / 4


def _page_codes(handle: pdfium_c.FPDF_TEXTPAGE, count: int) -> NDArray[numpy.uint32]:
    """The UTF-16 code unit of every character index, read in one call."""
    if count <= 0:
        return numpy.zeros(0, dtype=numpy.uint32)
    buffer = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(handle, 0, count, buffer)
    get_unicode = pdfium_c.FPDFText_GetUnicode
    if written != count + 1:  # not one unit an index: ask one by one
        return numpy.array([get_unicode(handle, i) for i in range(count)], dtype=numpy.uint32)
    units = numpy.frombuffer(memoryview(buffer).cast("B"), dtype=numpy.uint16, count=count)
    codes = units.astype(numpy.uint32)
    for index in (codes == 0xFFFE).nonzero()[0].tolist():
        # the page text writes U+FFFE for PDFium's end-of-line hyphen (code 2) and for
        # other codes it will not spell out; the character itself says which
        codes[index] = get_unicode(handle, index)
    return codes


def _merge_surrogates(
    codes: NDArray[numpy.uint32],
) -> tuple[NDArray[numpy.uint32], list[int] | None]:
    """Code points from code units: a surrogate pair (𠮷: two indices with the same box)
    becomes one code point with one box, a code past Unicode U+FFFD. ``kept`` lists the
    indices kept when any pair merged."""
    if not (((codes >= 0xD800) & (codes <= 0xDFFF)) | (codes >= 0x110000)).any():
        return codes, None
    merged: list[int] = []
    kept: list[int] = []
    for index, code in enumerate(codes.tolist()):
        if 0xDC00 <= code <= 0xDFFF and merged and 0xD800 <= merged[-1] <= 0xDBFF:
            merged[-1] = 0x10000 + ((merged[-1] - 0xD800) << 10) + (code - 0xDC00)
            continue
        merged.append(code if 0 <= code < 0x110000 else 0xFFFD)
        kept.append(index)
    return numpy.array(merged, dtype=numpy.uint32), kept


def _rotate(
    boxes: NDArray[numpy.float64], degrees: int, width: float, height: float
) -> NDArray[numpy.float64]:
    """Boxes from the unrotated page into the page as displayed (/Rotate, clockwise), so
    reading order is judged as a reader sees it and highlights land on the rendered page."""
    x0, y0, x1, y1 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    if degrees == 90:
        return numpy.stack((height - y1, x0, height - y0, x1), axis=1)
    if degrees == 180:
        return numpy.stack((width - x1, height - y1, width - x0, height - y0), axis=1)
    if degrees == 270:
        return numpy.stack((y0, width - x1, y1, width - x0), axis=1)
    return boxes


def _few_glyphs(chars: list[str]) -> bool:
    """Fewer visible characters than a page with a text layer would have (counting stops
    at the limit)."""
    visible = (char for char in chars if not char.isspace())
    return sum(1 for _ in islice(visible, SCANNED_PAGE_MAX_CHARS)) < SCANNED_PAGE_MAX_CHARS


def _has_images(document: pdfium.PdfDocument, number: int) -> bool:
    with pdfium_fonts.measuring():  # a font it loads is kept by the document, for reading
        page = document[number]  # pypdfium2's page, for its walk into form objects
    try:
        return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))
    finally:
        page.close()


@dataclass
class PageResult:
    """One page read: its text and packed boxes (small to send back from a worker), its size,
    and whether OCR or nothing supplied the text."""

    text: str
    boxes: bytes
    width: float
    height: float
    ocr: bool = False  # the text was recognised from the page image
    scanned: bool = False  # no text layer and no OCR: the page is empty in the text
    glyphs: pdf_unreadable.Outcome = field(default_factory=pdf_unreadable.Outcome)
    parked: Parked | None = None  # in the importing process: the boxes, parked on disk
    lines: bytes = b""  # its lines measured where the page was read (pdf_pages.line_rows)
    parked_lines: Parked | None = None  # in the importing process: those, parked on disk
    margins: pdf_pages.Margins | None = None  # what its margins hold, found with its lines


def read_page(
    document: pdfium.PdfDocument, number: int, name: str, options: ImportOptions
) -> PageResult:
    """Read one page (0-based ``number``): characters and boxes, reading order, OCR if needed.
    The page is loaded with the box-only fonts (``pdfium_fonts.measuring``); a page that must
    be drawn for OCR is drawn from a copy of the document opened with the real ones."""
    with PDFIUM_LOCK:
        with pdfium_fonts.measuring():
            page = LoadedPage(document, number)
        try:
            with pdfium_fonts.measuring():
                chars, width, height, unreadable = read_page_chars(page)
            tables = ruled_tables(page)  # pdfplumber's table finder, on pages with rules
            scanned = _few_glyphs(chars.chars) and _has_images(document, number)
            languages = options.ocr_languages if options.ocr else None
            if scanned and options.ocr:
                with _drawn(document, number) as drawn:
                    text = ocr.ocr_page(drawn, width, height, options.ocr_languages, name)
                return PageResult(text.text, pack_boxes(text.boxes), width, height, ocr=True)
            if len(unreadable) and languages:
                with _drawn(document, number) as drawn:
                    codes, glyphs = pdf_unreadable.read_again(
                        drawn, chars.codes, chars.array, unreadable, languages
                    )
            else:  # nothing to draw: no glyph to read again, or no OCR
                codes, glyphs = pdf_unreadable.read_again(
                    None, chars.codes, chars.array, unreadable, None
                )
            if glyphs.recovered or glyphs.unreadable:
                chars = PageChars(codes, chars.generated_mask, chars.array, chars.rotated)
        finally:
            page.close()
    text = layout_page(chars, tables)
    return PageResult(
        text.text, pack_boxes(text.boxes), width, height, scanned=scanned, glyphs=glyphs
    )


@contextlib.contextmanager
def _drawn(document: pdfium.PdfDocument, number: int) -> Iterator[pdfium.PdfPage]:
    """Page ``number`` of a copy of ``document`` whose fonts draw their glyphs (the document
    itself was read with box-only fonts, which would draw rectangles)."""
    source, password = _sources[document]
    copy = pdfium.PdfDocument(source, password=password)
    try:
        page = copy[number]
        try:
            yield page
        finally:
            page.close()
    finally:
        copy.close()


def extract_pdf(
    data: bytes,
    name: str,
    options: ImportOptions,
    *,
    progress: PageProgress | None = None,
    cancellation: Cancellation | None = None,
    parking: Parking | None = None,
) -> Extraction:
    """Read a PDF: pages in parallel worker processes when it is long enough to pay off. Its
    boxes wait in ``parking`` (a new one by default: the command line's reader process parks
    them where the command reads them, ``early_read``)."""
    check = cancellation.check if cancellation is not None else lambda: None
    report = progress if progress is not None else lambda done, total: None
    with PDFIUM_LOCK:
        document = open_pdf(data, name, options.password)  # says what is wrong, here
        total = len(document)
    parking = parking or Parking()
    try:
        return _extraction(
            _read_pages(document, data, total, name, options, check, report, parking),
            total,
            options,
            parking,
        )
    except BaseException:  # cancelled, refused or damaged: its parked boxes go now
        parking.close()
        raise


def _read_pages(
    document: pdfium.PdfDocument,
    data: bytes,
    total: int,
    name: str,
    options: ImportOptions,
    check: Callable[[], None],
    report: PageProgress,
    parking: Parking,
) -> list[PageResult]:
    """Every page read (in the pool when there is one) and parked; the document closed."""
    executor = workers.pool(start=total >= COLD_POOL_MIN_PAGES)
    try:
        if executor is not None:
            from frameworkqda.core.importers.pdf_parallel import read_pages

            keep = functools.partial(_park, parking)
            try:
                results = read_pages(executor, data, name, options, total, check, report, keep)
            except workers.PoolLost:  # broken by earlier work before it took these pages
                executor = None  # so they are read here
        if executor is None:
            results, characters = [], 0
            for number in range(total):
                check()
                results.append(_park(parking, read_page(document, number, name, options)))
                characters += len(results[-1].text)
                check_text_size(characters, options.limits, name)
                report(number + 1, total)
    finally:
        with PDFIUM_LOCK:
            document.close()
    return results


def _park(parking: Parking, result: PageResult) -> PageResult:
    """The page with its boxes and lines parked on disk (``spill``): memory holds the text
    and what its margins hold. Lines not measured yet (a page read in this process) are
    measured now, from the boxes at hand."""
    lines, margins = result.lines, result.margins
    if margins is None:
        lines, margins = pdf_pages.line_rows(result.text, result.boxes, result.width, result.height)
    both = parking.park(result.boxes + lines)  # one write for the two
    size = len(result.boxes)
    return replace(
        result,
        boxes=b"",
        parked=Parked(parking, both.offset, size),
        lines=b"",
        parked_lines=Parked(parking, both.offset + size, both.size - size),
        margins=margins,
    )


def _extraction(
    results: list[PageResult], total: int, options: ImportOptions, parking: Parking
) -> Extraction:
    texts: list[pdf_pages.Page] = [
        ParkedPage(
            result.text,
            result.parked,
            result.width,
            result.height,
            result.parked_lines,
            result.margins,
        )
        for result in results
        if result.parked is not None
    ]
    texts, separators, left_out = pdf_pages.across_pages(
        texts, options.keep_page_furniture, settle=lambda page: parked_page(page, parking)
    )
    full_text, ranges = join_pages([page.text for page in texts], separators)
    pages: list[PageGeometry] = [
        ParkedGeometry(
            parked_page(page, parking).parked,
            page_number=number + 1,
            width=result.width,
            height=result.height,
            char_start=ranges[number][0],
            char_end=ranges[number][1],
            ocr=result.ocr,
        )
        for number, (result, page) in enumerate(zip(results, texts, strict=True))
    ]
    warnings: list[str] = []
    note = notes.left_out(*left_out)
    if note is not None:
        warnings.append(note)
    warnings += [
        notes.SCANNED_PAGE.format(page=number + 1)
        for number, result in enumerate(results)
        if result.scanned
    ]
    warnings += glyph_notes([result.glyphs for result in results])
    ocr_pages = [str(number + 1) for number, result in enumerate(results) if result.ocr]
    if ocr_pages:
        warnings.append(notes.OCR_PAGES.format(pages=notes.pages(ocr_pages)))
    if not full_text.strip():
        warnings.append(notes.NO_TEXT_PDF.format())
    return Extraction(
        kind=DocumentKind.PDF,
        text=full_text,
        language=detect_language(full_text),
        pages=pages,
        page_count=total,
        warnings=warnings,
        release=parking.close,
    )
