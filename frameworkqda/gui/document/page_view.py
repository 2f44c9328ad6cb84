"""The page view: the original PDF pages, rendered with pypdfium2, with highlights over them.

Pages are laid out top to bottom, at first as wide as the view (fit-width) and scrolled to where
the text begins (the right edge of a vertical Japanese page); the page view keeps its own zoom,
apart from the text view's. Only the pages on screen are rendered (and a few kept in a
small cache), so a 300-page document opens as fast as a 3-page one. Rendering runs on one
background thread (:class:`_RenderThread`, under the process-wide PDFium lock): a page not yet
rendered is painted white and filled in when its image arrives, the page after and before the
ones on screen are rendered next, and a request for pages scrolled past is dropped. Scrolling
never waits for PDFium (loading a page of Japanese text in a non-embedded font takes ~6 ms).
Highlights come from the document's geometry (a text range → rectangles on pages, computed
once per page and per selection); a drag across the text selects a range through the inverse
mapping (a point → the nearest character).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip, QWidget

from frameworkqda.gui.document.marks import Mark, fill_colour

if TYPE_CHECKING:  # numpy and PDFium load with the first document, not with the window
    from frameworkqda.core.importers.geometry import DocumentGeometry
    from frameworkqda.core.render import PageRenderer

PAGE_GAP = 14
CACHE_PAGES = 12
PREFETCH_AFTER = 2  # pages below the view rendered ahead
PREFETCH_BEFORE = 1
Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points from top-left


@dataclass(frozen=True)
class _Request:
    renderer: PageRenderer
    generation: int
    number: int
    scale: float
    receiver: _Receiver = field(compare=False)


class _Receiver(QObject):
    """Lives on the GUI thread; the render thread emits here (a queued connection)."""

    rendered = Signal(object, object)  # _Request, QImage | None


def _to_image(renderer: PageRenderer, number: int, scale: float) -> QImage | None:
    try:
        rendered = renderer.render(number, scale)
    except Exception:  # closed while queued, or a page PDFium refuses: stays white
        return None
    return QImage(
        rendered.data, rendered.width, rendered.height, rendered.stride, QImage.Format.Format_RGB32
    ).copy()


class _RenderThread:
    """One background thread renders pages for every page view (PDFium runs one call at a
    time anyway). Each view hands it the pages it wants, most wanted first; a new list
    replaces the view's old one, so pages scrolled past are never rendered."""

    def __init__(self) -> None:
        self._wanted: dict[int, list[_Request]] = {}  # per receiver, in order
        self._condition = threading.Condition()
        self._thread: threading.Thread | None = None
        self.busy: set[int] = set()  # receivers with a page being rendered now

    def want(self, receiver: _Receiver, requests: list[_Request]) -> None:
        with self._condition:
            if requests:
                self._wanted[id(receiver)] = requests
            else:
                self._wanted.pop(id(receiver), None)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="frameworkqda-page-render", daemon=True
                )
                self._thread.start()
            self._condition.notify()

    def idle(self, receiver: _Receiver) -> bool:
        with self._condition:
            return id(receiver) not in self._wanted and id(receiver) not in self.busy

    def _run(self) -> None:
        while True:
            with self._condition:
                while not self._wanted:
                    self._condition.wait()
                key, requests = next(iter(self._wanted.items()))
                request = requests.pop(0)
                if not requests:
                    del self._wanted[key]
                else:  # take turns between views
                    self._wanted[key] = self._wanted.pop(key)
                self.busy.add(key)
            image = _to_image(request.renderer, request.number, request.scale)
            try:
                request.receiver.rendered.emit(request, image)
            except RuntimeError:  # the view is gone
                pass
            finally:
                with self._condition:
                    self.busy.discard(key)


RENDER_THREAD = _RenderThread()


@dataclass(frozen=True)
class PageSize:
    number: int  # from 1
    width: float  # PDF points
    height: float


class _PageCanvas(QWidget):
    """The tall widget the scroll area moves; paints the pages that intersect the exposed area."""

    def __init__(self, view: PageView) -> None:
        super().__init__(view)
        self._view = view
        self.setMouseTracking(True)
        self.setObjectName("pageCanvas")

    def paintEvent(self, event: QPaintEvent) -> None:
        self._view.paint_pages(QPainter(self), event.rect())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:  # a right click keeps the selection
            self._view.press(event.position())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._view.context_menu_requested.emit(event.globalPos())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._view.drag_to(event.position())
        else:
            labels = self._view.labels_at(event.position())
            if labels:
                QToolTip.showText(event.globalPosition().toPoint(), "\n".join(labels), self)
            else:
                QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._view.release(event.position())


class PageView(QScrollArea):
    """Shows the pages of one PDF with coded passages drawn over them."""

    segment_clicked = Signal(int)
    range_selected = Signal(int, int)  # code points; emitted when a drag ends
    page_changed = Signal(int)
    context_menu_requested = Signal(QPoint)  # where, on the screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # a steady viewport width: fit-width and the right edge do not move when it shows up
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setBackgroundRole(self.backgroundRole())
        self._canvas = _PageCanvas(self)
        self.setWidget(self._canvas)
        self._renderer: PageRenderer | None = None
        self._geometry: DocumentGeometry | None = None
        self._pages: list[PageSize] = []
        self._tops: list[int] = []
        self._zoom = 1.0
        self._fit = True  # zoom to the view's width until the person zooms
        self._cache: OrderedDict[tuple[int, float], QImage] = OrderedDict()
        self._generation = 0  # a new document or zoom: images still on their way are dropped
        self._requested: set[tuple[int, float]] = set()
        self._cache_limit = CACHE_PAGES
        self._receiver = _Receiver(self)
        self._receiver.rendered.connect(self._rendered)
        self.render_in_background = True  # False: paint waits for PDFium (tests, screenshots)
        self._marks: list[Mark] = []
        self._page_marks: dict[int, list[tuple[QRectF, Mark]]] | None = None
        self._hits: list[tuple[int, int]] = []  # the find bar's matches, as Text shows them
        self._page_hits: dict[int, list[QRectF]] | None = None
        self._selection: tuple[int, int] | None = None
        self._selection_boxes: dict[int, list[QRectF]] = {}
        self._anchor: int | None = None
        self._press_point: QPointF | None = None
        self.selected_segment: int | None = None
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # -- content -------------------------------------------------------------------------
    def set_document(
        self,
        renderer: PageRenderer | None,
        pages: Sequence[PageSize],
        geometry: DocumentGeometry | None,
    ) -> None:
        self._renderer = renderer
        self._geometry = geometry
        self._pages = list(pages)
        self._set_selection(None)
        self._page_marks = None
        self._hits, self._page_hits = [], None
        self._drop_images()
        self._fit = True
        self._zoom = max(0.25, min(self._fit_zoom(), 5.0))
        self._layout()
        self.show_start()

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = list(marks)
        self._page_marks = None
        self._canvas.update()

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        """Mark every match of the find bar, as Text does (only the current one was marked,
        as the selection: the others were invisible to a researcher reading the pages)."""
        self._hits, self._page_hits = list(hits), None
        self._canvas.update()

    def select_segment(self, segment_id: int | None) -> None:
        self.selected_segment = segment_id
        self._canvas.update()

    def selection_range(self) -> tuple[int, int]:
        return self._selection or (0, 0)

    def clear_selection(self) -> None:
        self._set_selection(None)
        self._canvas.update()

    def select_range(self, start: int, end: int) -> None:
        """Select [start, end) in code points, as the text view has it (the two keep one
        selection: a passage selected in Text is selected in Pages, and a find's hit too)."""
        wanted = (start, end) if end > start else None
        if wanted != self._selection:
            self._set_selection(wanted)
            self._canvas.update()

    def _set_selection(self, selection: tuple[int, int] | None) -> None:
        """The dragged range and its rectangles per page (computed once, not per paint)."""
        self._selection = selection
        self._selection_boxes = {}
        if selection is not None and self._geometry is not None:
            for piece in self._geometry.rectangles(*selection):
                self._selection_boxes.setdefault(piece.page_number, []).extend(
                    QRectF(x0, top, x1 - x0, bottom - top)
                    for x0, top, x1, bottom in piece.rectangles
                )

    @property
    def page_count(self) -> int:
        return len(self._pages)

    # -- layout and zoom -----------------------------------------------------------------
    def scale(self) -> float:
        """Pixels per PDF point (96 dpi at zoom 1)."""
        return self._zoom * 96.0 / 72.0

    def set_zoom(self, zoom: float) -> None:
        """Zoom as the person asks (leaves fit-width), keeping the middle of the view in place."""
        self._fit = False
        self._apply_zoom(zoom)

    def zoom(self) -> float:
        return self._zoom

    def fitting(self) -> bool:
        return self._fit

    def fit_width(self) -> None:
        """Zoom so that the widest page fills the view's width — how a document opens, so
        nothing of a page is off to the side; the zoom follows the view's width until the
        person zooms."""
        self._fit = True
        self._apply_zoom(self._fit_zoom())

    def _fit_zoom(self) -> float:
        widest = max((page.width for page in self._pages), default=0.0)
        room = self.viewport().width() - 2 * PAGE_GAP
        return room / (widest * 96.0 / 72.0) if widest > 0 and room > 0 else 1.0

    def _apply_zoom(self, zoom: float) -> None:
        zoom = max(0.25, min(zoom, 5.0))
        if zoom == self._zoom:
            return
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        at_start = bars[1].value() == 0  # zooming where the text begins keeps it in view
        middle = [
            (bar.value() + size / 2) / max(extent, 1)
            for bar, size, extent in zip(
                bars,
                (self.viewport().width(), self.viewport().height()),
                (self._canvas.width(), self._canvas.height()),
                strict=True,
            )
        ]
        self._zoom = zoom
        self._drop_images()
        self._layout()
        for bar, share, size, extent in zip(
            bars,
            middle,
            (self.viewport().width(), self.viewport().height()),
            (self._canvas.width(), self._canvas.height()),
            strict=True,
        ):
            bar.setValue(int(share * extent - size / 2))
        if at_start:
            self.show_start()

    def show_start(self) -> None:
        """Scroll to where the text begins: the top of the first page and, on a vertical
        Japanese page, its right edge (the first column) rather than the left."""
        across = self.horizontalScrollBar()
        self.verticalScrollBar().setValue(0)
        across.setValue(0)
        first = self.point_for_char(0)
        if first is not None:
            if first.x() > self._canvas.width() // 2:  # text begins on the right: its edge
                across.setValue(across.maximum())
            self.ensureVisible(first.x(), first.y(), PAGE_GAP * 3, PAGE_GAP * 3)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and self._pages:
            self._apply_zoom(self._fit_zoom())

    def _layout(self) -> None:
        scale = self.scale()
        tops: list[int] = []
        y = PAGE_GAP
        width = 0
        for page in self._pages:
            tops.append(y)
            y += int(page.height * scale) + PAGE_GAP
            width = max(width, int(page.width * scale))
        self._tops = tops
        self._canvas.resize(QSize(width + 2 * PAGE_GAP, max(y, 1)))
        self._canvas.update()

    def page_rect(self, index: int) -> QRect:
        page = self._pages[index]
        scale = self.scale()
        width = int(page.width * scale)
        left = (self._canvas.width() - width) // 2
        return QRect(left, self._tops[index], width, int(page.height * scale))

    def current_page(self) -> int:
        """The page at the top of the view (from 1)."""
        y = self.verticalScrollBar().value() + self.viewport().height() // 3
        from bisect import bisect_right

        return max(1, bisect_right(self._tops, y))

    def go_to_page(self, number: int) -> None:
        if not self._pages:
            return
        index = max(0, min(number - 1, len(self._pages) - 1))
        self.verticalScrollBar().setValue(self._tops[index] - PAGE_GAP // 2)

    def _scrolled(self) -> None:
        self.page_changed.emit(self.current_page())

    # -- rendering -----------------------------------------------------------------------
    def _drop_images(self) -> None:
        self._generation += 1
        self._cache.clear()
        self._requested.clear()
        RENDER_THREAD.want(self._receiver, [])

    def _store(self, key: tuple[int, float], image: QImage) -> None:
        self._cache[key] = image
        while len(self._cache) > self._cache_limit:
            self._cache.popitem(last=False)

    def _image(self, number: int) -> QImage | None:
        """The page's image if rendered (rendered now when not in the background)."""
        if self._renderer is None:
            return None
        key = (number, self.scale())
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            return image
        if not self.render_in_background:
            image = _to_image(self._renderer, number, self.scale())
            if image is not None:
                self._store(key, image)
        return image

    def _on_screen(self) -> list[int]:
        """Indexes of the pages inside the viewport (not just the area being repainted)."""
        from bisect import bisect_right

        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = max(0, bisect_right(self._tops, top) - 1)
        last = max(first, bisect_right(self._tops, bottom) - 1)
        return [i for i in range(first, min(last + 1, len(self._pages)))]

    def _request(self) -> None:
        """Ask the render thread for the pages on screen not yet rendered, then neighbours."""
        on_screen = self._on_screen()
        if self._renderer is None or not on_screen or not self.render_in_background:
            return
        scale = self.scale()
        first, last = on_screen[0], on_screen[-1]
        numbers = [*on_screen]
        numbers += [i for i in range(last + 1, last + 1 + PREFETCH_AFTER) if i < len(self._pages)]
        numbers += [i for i in range(first - PREFETCH_BEFORE, first) if i >= 0]
        # all of them fit in the cache, however far out the zoom (no render ↔ evict loop)
        self._cache_limit = max(CACHE_PAGES, len(numbers) + 2)
        wanted = [
            self._pages[i].number
            for i in numbers
            if (self._pages[i].number, scale) not in self._cache
        ]
        self._requested = {(n, scale) for n in wanted}
        RENDER_THREAD.want(
            self._receiver,
            [_Request(self._renderer, self._generation, n, scale, self._receiver) for n in wanted],
        )

    def _rendered(self, request: _Request, image: QImage | None) -> None:
        key = (request.number, request.scale)
        self._requested.discard(key)
        if (
            image is None
            or request.generation != self._generation
            or request.renderer is not self._renderer
        ):
            return
        self._store(key, image)
        index = next(
            (i for i, page in enumerate(self._pages) if page.number == request.number), None
        )
        if index is not None:
            self._canvas.update(self.page_rect(index))

    def rendering_done(self) -> bool:
        """Every page on screen is drawn from its rendered image."""
        if self._renderer is None or not self.render_in_background:
            return True
        scale = self.scale()
        return all((self._pages[i].number, scale) in self._cache for i in self._on_screen())

    def wait_rendered(self, timeout: float = 5.0) -> bool:
        """Process events until the pages on screen are drawn (screenshots, benchmarks)."""
        app = QApplication.instance()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if app is not None:
                app.processEvents()
            if self.rendering_done():
                if app is not None:
                    app.processEvents()
                return True
            time.sleep(0.001)
        return False

    # -- painting ------------------------------------------------------------------------

    def _marks_by_page(self) -> dict[int, list[tuple[QRectF, Mark]]]:
        if self._page_marks is None:
            by_page: dict[int, list[tuple[QRectF, Mark]]] = {}
            if self._geometry is not None:
                for mark in self._marks:
                    for piece in self._geometry.rectangles(mark.start, mark.end):
                        on_page = by_page.setdefault(piece.page_number, [])
                        for x0, top, x1, bottom in piece.rectangles:
                            on_page.append((QRectF(x0, top, x1 - x0, bottom - top), mark))
            self._page_marks = by_page
        return self._page_marks

    def _hits_by_page(self) -> dict[int, list[QRectF]]:
        if self._page_hits is None:
            by_page: dict[int, list[QRectF]] = {}
            if self._geometry is not None:
                for start, end in self._hits:
                    for piece in self._geometry.rectangles(start, end):
                        by_page.setdefault(piece.page_number, []).extend(
                            QRectF(x0, top, x1 - x0, bottom - top)
                            for x0, top, x1, bottom in piece.rectangles
                        )
            self._page_hits = by_page
        return self._page_hits

    def paint_pages(self, painter: QPainter, exposed: QRect) -> None:
        painter.fillRect(exposed, QColor("#7a7a7a"))
        if not self._pages:
            return
        from bisect import bisect_right

        first = max(0, bisect_right(self._tops, exposed.top()) - 1)
        scale = self.scale()
        for index in range(first, len(self._pages)):
            rect = self.page_rect(index)
            if rect.top() > exposed.bottom():
                break
            if not rect.intersects(exposed):
                continue
            number = self._pages[index].number
            image = self._image(number)
            painter.fillRect(rect, QColor("white"))
            if image is not None:
                painter.drawImage(rect, image)
            painter.save()
            painter.translate(rect.topLeft())
            painter.scale(scale, scale)
            painter.setPen(Qt.PenStyle.NoPen)
            for box, mark in self._marks_by_page().get(number, []):
                selected = mark.segment_id == self.selected_segment
                painter.fillRect(box, fill_colour(mark.colour, 130 if selected else 80))
            for box in self._hits_by_page().get(number, ()):
                painter.fillRect(box, QColor(255, 235, 59, 120))  # Text's find yellow
            for box in self._selection_boxes.get(number, ()):
                painter.fillRect(box, QColor(0, 120, 215, 90))
            painter.restore()
        self._request()

    # -- mouse -----------------------------------------------------------------------------
    def _to_page(self, point: QPointF) -> tuple[int, float, float] | None:
        scale = self.scale()
        for index in range(len(self._pages)):
            rect = self.page_rect(index)
            if rect.top() - PAGE_GAP <= point.y() <= rect.bottom() + PAGE_GAP:
                return (
                    self._pages[index].number,
                    (point.x() - rect.left()) / scale,
                    (point.y() - rect.top()) / scale,
                )
        return None

    def point_for_char(self, position: int) -> QPoint | None:
        """Where a character sits on the canvas (for tests and jump-to)."""
        if self._geometry is None:
            return None
        pieces = self._geometry.rectangles(position, position + 1)
        if not pieces:
            return None
        number, (x0, top, x1, bottom) = pieces[0].page_number, pieces[0].rectangles[0]
        index = next(i for i, page in enumerate(self._pages) if page.number == number)
        rect = self.page_rect(index)
        scale = self.scale()
        return QPoint(
            int(rect.left() + (x0 + x1) / 2 * scale), int(rect.top() + (top + bottom) / 2 * scale)
        )

    def canvas(self) -> QWidget:
        return self._canvas

    def _char_at(self, point: QPointF) -> int | None:
        located = self._to_page(point)
        if located is None or self._geometry is None:
            return None
        return self._geometry.char_at(*located)

    def press(self, point: QPointF) -> None:
        self._press_point = point
        self._anchor = self._char_at(point)
        self._set_selection(None)
        self._canvas.update()

    def drag_to(self, point: QPointF) -> None:
        if self._anchor is None:
            return
        here = self._char_at(point)
        if here is None:
            return
        start, end = sorted((self._anchor, here))
        if self._selection != (start, end + 1):
            self._set_selection((start, end + 1))
            self._canvas.update()

    def release(self, point: QPointF) -> None:
        if self._selection is not None:
            self.range_selected.emit(*self._selection)
        elif self._press_point is not None:
            hits = self._marks_at(point)
            if hits:
                self.segment_clicked.emit(min(hits, key=lambda m: m.end - m.start).segment_id)
        self._anchor = None
        self._press_point = None

    def _marks_at(self, point: QPointF) -> list[Mark]:
        located = self._to_page(point)
        if located is None:
            return []
        number, x, y = located
        return [
            m for box, m in self._marks_by_page().get(number, []) if box.contains(QPointF(x, y))
        ]

    def labels_at(self, point: QPointF) -> list[str]:
        return sorted({m.label for m in self._marks_at(point)})
