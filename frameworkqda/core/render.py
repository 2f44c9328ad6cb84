"""Rendering the original pages of a PDF to pixels, for the page view (Qt-free).

The GUI turns a :class:`RenderedPage` into a QImage without copying per pixel: the buffer is
BGRx, 4 bytes a pixel, which is ``QImage.Format_RGB32`` on little-endian machines. PDFium is
not thread-safe: every call holds ``pdfium_lock.PDFIUM_LOCK`` (an import may be reading a PDF
on its worker thread meanwhile), and a renderer dropped without ``close`` closes under it too.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

import pypdfium2 as pdfium

from frameworkqda.core import pdfium_fonts
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.pdfium_lock import PDFIUM_LOCK


@dataclass(frozen=True)
class RenderedPage:
    page_number: int  # from 1
    width: int  # pixels
    height: int
    stride: int  # bytes per row
    data: bytes  # BGRx


KEPT_PAGES = 6


class PageRenderer:
    """Renders pages of one PDF held in memory (the project keeps the original bytes).

    Loading a page is PDFium's dearest step (it parses the whole content stream: ~6 ms for a
    page of Japanese text in a non-embedded CID font, more than drawing it), so the last
    :data:`KEPT_PAGES` page handles stay open: a page rendered again (another zoom, a page
    scrolled back into view after its image left the view's cache) is not parsed again.
    """

    def __init__(self, pdf_bytes: bytes, password: str | None = None) -> None:
        self._lock = PDFIUM_LOCK
        self._pages: OrderedDict[int, pdfium.PdfPage] = OrderedDict()
        self.closed = False
        try:
            with self._lock:
                pdfium_fonts.install()  # the same substitutes the import measured with
                self._pdf = pdfium.PdfDocument(pdf_bytes, password=password)
        except pdfium.PdfiumError as error:
            raise FrameworkQDAError(
                QT_TRANSLATE_NOOP(
                    "Project", "the original PDF cannot be rendered ({reason})"
                ).format(reason=str(error))
            ) from error

    @property
    def page_count(self) -> int:
        with self._lock:
            return len(self._pdf)

    def _page(self, page_number: int) -> pdfium.PdfPage:
        """An open page handle (the caller holds the lock)."""
        if self.closed:
            raise FrameworkQDAError("the PDF renderer is closed")
        page = self._pages.get(page_number)
        if page is None:
            page = self._pdf[page_number - 1]
            self._pages[page_number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)[1].close()
        else:
            self._pages.move_to_end(page_number)
        return page

    def page_size(self, page_number: int) -> tuple[float, float]:
        """Width and height of a page in PDF points."""
        with self._lock:
            width, height = self._page(page_number).get_size()
        return float(width), float(height)

    def render(self, page_number: int, scale: float) -> RenderedPage:
        """Render page ``page_number`` (from 1) at ``scale`` pixels per PDF point."""
        with self._lock:
            page = self._page(page_number)
            bitmap = page.render(scale=scale, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
            try:
                data = bytes(bitmap.buffer)
                return RenderedPage(page_number, bitmap.width, bitmap.height, bitmap.stride, data)
            finally:
                bitmap.close()

    def _close_pages(self) -> None:
        while self._pages:
            self._pages.popitem()[1].close()

    def close(self) -> None:
        with self._lock:
            if self.closed:
                return
            self.closed = True
            self._close_pages()
            self._pdf.close()

    def __del__(self) -> None:
        pdf = getattr(self, "_pdf", None)
        if pdf is not None and not getattr(self, "closed", True):
            with PDFIUM_LOCK:
                self.closed = True
                self._close_pages()
                pdf.close()
