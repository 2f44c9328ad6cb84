"""Rendering the original pages of a PDF to pixels, for the page view (Qt-free).

The GUI turns a :class:`RenderedPage` into a QImage without copying per pixel: the buffer is
BGRx, 4 bytes a pixel, which is ``QImage.Format_RGB32`` on little-endian machines. pdfium is
not thread-safe, so one :class:`PageRenderer` must be used from one thread at a time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium

from frameworkqda.core.errors import FrameworkQDAError


@dataclass(frozen=True)
class RenderedPage:
    page_number: int  # from 1
    width: int  # pixels
    height: int
    stride: int  # bytes per row
    data: bytes  # BGRx


class PageRenderer:
    """Renders pages of one PDF held in memory (the project keeps the original bytes)."""

    def __init__(self, pdf_bytes: bytes, password: str | None = None) -> None:
        self._lock = threading.Lock()
        try:
            self._pdf = pdfium.PdfDocument(pdf_bytes, password=password)
        except pdfium.PdfiumError as error:
            raise FrameworkQDAError(f"the original PDF cannot be rendered ({error})") from error

    @property
    def page_count(self) -> int:
        return len(self._pdf)

    def page_size(self, page_number: int) -> tuple[float, float]:
        """Width and height of a page in PDF points."""
        with self._lock:
            width, height = self._pdf[page_number - 1].get_size()
        return float(width), float(height)

    def render(self, page_number: int, scale: float) -> RenderedPage:
        """Render page ``page_number`` (from 1) at ``scale`` pixels per PDF point."""
        with self._lock:
            page = self._pdf[page_number - 1]
            bitmap = page.render(scale=scale, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
            try:
                data = bytes(bitmap.buffer)
                return RenderedPage(page_number, bitmap.width, bitmap.height, bitmap.stride, data)
            finally:
                bitmap.close()
                page.close()

    def close(self) -> None:
        with self._lock:
            self._pdf.close()
