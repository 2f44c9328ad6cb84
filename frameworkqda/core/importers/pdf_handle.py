"""A PDF page loaded for reading once and closed by its reader, without pypdfium2's wrapper.

pypdfium2's ``PdfPage`` registers a finaliser and tracks itself among its document's kids,
which costs ~0.08 ms a page (measured on the 600-page benchmark: 0.40 → 0.32 ms to load and
close a page), a twentieth of reading one. Reading a page needs only its handle, its box and
its rotation, and ``pdf.read_page`` closes it itself. (No form environment is told of the
page, as pypdfium2 would: the reader never initialises forms.)
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any, Protocol

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_DEGREES = {0: 0, 1: 90, 2: 180, 3: 270}  # PDFium's rotation codes, clockwise


def untyped(function: Any, restype: Any) -> Callable[..., Any]:
    """PDFium's ``function`` through a prototype that declares no argument types and keeps
    the GIL, for calls made once a character or page object: ctypes converts nothing (the
    caller passes pointers, ints and byrefs as they are) and never lets the GIL go around a
    sub-microsecond call (both together were most of the box loop, ``pdf.py``)."""
    return ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, ctypes.c_void_p).value or 0)


class PageHandle(Protocol):
    """What the page readers ask of a page; pypdfium2's ``PdfPage`` has it too."""

    @property
    def raw(self) -> Any: ...

    def get_rotation(self) -> int: ...

    def get_bbox(self) -> tuple[float, float, float, float]: ...


class LoadedPage:
    """Page ``number`` of ``document``, open until ``close``."""

    __slots__ = ("raw",)

    def __init__(self, document: pdfium.PdfDocument, number: int) -> None:
        self.raw = pdfium_c.FPDF_LoadPage(document.raw, number)
        if not self.raw:
            raise pdfium.PdfiumError("Failed to load page.")

    def get_rotation(self) -> int:
        """Clockwise rotation in degrees (/Rotate)."""
        code = pdfium_c.FPDFPage_GetRotation(self.raw)
        if code not in _DEGREES:
            raise pdfium.PdfiumError("Failed to get page rotation.")
        return _DEGREES[code]

    def get_bbox(self) -> tuple[float, float, float, float]:
        """The crop box within the media box (left, bottom, right, top), as pypdfium2 has it."""
        rect = pdfium_c.FS_RECTF()
        if not pdfium_c.FPDF_GetPageBoundingBox(self.raw, rect):
            raise pdfium.PdfiumError("Failed to get page bounding box.")
        return (rect.left, rect.bottom, rect.right, rect.top)

    def close(self) -> None:
        pdfium_c.FPDF_ClosePage(self.raw)
