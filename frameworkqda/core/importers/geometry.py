"""Per-code-point page geometry: the one mapping between text ranges and places on pages.

Used by the importers (packing), the workspace and the GUI's page view (highlights, a click or a
drag back to text) and REFI-QDA exchange (PDF selections). Functions take any ``PageLike``
(``model.DocumentPage`` or the importer's ``PageGeometry``); :class:`DocumentGeometry` holds a
document's pages and keeps their unpacked boxes for repeated calls (painting).

Boxes are (x0, top, x1, bottom) in PDF points from the page's top-left corner, one per code
point of the page's text range, packed as little-endian float32 (16 bytes a character: an
80-page Japanese document costs about 2 MB). Characters the importer inserted (line joins,
paragraph breaks) have NaN boxes and are never drawn.
"""

from __future__ import annotations

import math
import sys
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy
from numpy.typing import NDArray

Box = tuple[float, float, float, float]
NAN_BOX: Box = (math.nan, math.nan, math.nan, math.nan)


class PageLike(Protocol):
    """Anything with a page's text range and packed boxes (DocumentPage, PageGeometry)."""

    page_number: int
    char_start: int
    char_end: int
    boxes: bytes


@dataclass(frozen=True)
class PageRectangles:
    """The rectangles to paint on one page for a text range, one per line piece."""

    page_number: int
    rectangles: list[Box]


def pack_boxes(boxes: Iterable[Box] | NDArray[numpy.float64]) -> bytes:
    if isinstance(boxes, numpy.ndarray):
        return boxes.astype("<f4").tobytes()
    values = array("f")
    for box in boxes:
        values.extend(box)
    return pack_floats(values)


def pack_floats(values: array[float]) -> bytes:
    """Packed little-endian bytes of a float32 array (x0, top, x1, bottom repeated)."""
    if sys.byteorder != "little":
        values = array("f", values)
        values.byteswap()
    return values.tobytes()


def unpack_floats(data: bytes) -> array[float]:
    values = array("f")
    values.frombytes(data)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def box_array(data: bytes) -> NDArray[numpy.float64]:
    """Packed boxes as an (n, 4) array of doubles (whole pages at once)."""
    return numpy.frombuffer(data, dtype="<f4").reshape(-1, 4).astype(numpy.float64)


def unpack_boxes(data: bytes) -> list[Box]:
    values = unpack_floats(data)
    return [
        (values[i], values[i + 1], values[i + 2], values[i + 3]) for i in range(0, len(values), 4)
    ]


ROW, COLUMN = 1, 2


def _continues(piece: list[float], box: Box) -> int:
    """How ``box`` extends the line piece ``piece`` (x0, top, x1, bottom, direction): ROW,
    COLUMN, or 0 when it starts a new piece. A piece that already runs one way (a horizontal
    line, a vertical column) only continues that way, so the first glyph of the next line never
    joins the last one of a line above it."""
    x0, top, x1, bottom, direction = piece
    width = min(x1 - x0, box[2] - box[0])
    height = min(bottom - top, box[3] - box[1])
    em = max(width, height, 1.0)
    v_overlap = min(bottom, box[3]) - max(top, box[1])
    h_overlap = min(x1, box[2]) - max(x0, box[0])
    if (
        direction != COLUMN
        and v_overlap > 0.5 * max(height, 0.1)
        and -em * 1.5 < box[0] - x1 < em * 1.5
    ):
        return ROW
    if (
        direction != ROW
        and h_overlap > 0.5 * max(width, 0.1)
        and -em * 1.5 < box[1] - bottom < em * 1.5
    ):
        return COLUMN
    return 0


def _pieces(values: array[float], low: int, high: int) -> list[Box]:
    """Rectangles for the page-relative characters ``[low, high)``, merged per line piece."""
    pieces: list[list[float]] = []
    high = min(high, len(values) // 4)
    for index in range(max(low, 0), high):
        x0, top, x1, bottom = values[index * 4 : index * 4 + 4]
        if math.isnan(x0):
            continue
        box = (x0, top, x1, bottom)
        if pieces:
            direction = _continues(pieces[-1], box)
            if direction:
                last = pieces[-1]
                last[0], last[1] = min(last[0], x0), min(last[1], top)
                last[2], last[3] = max(last[2], x1), max(last[3], bottom)
                last[4] = direction
                continue
        pieces.append([x0, top, x1, bottom, 0])
    return [(p[0], p[1], p[2], p[3]) for p in pieces]


def _normalised(rect: Box) -> Box:
    return (
        min(rect[0], rect[2]),
        min(rect[1], rect[3]),
        max(rect[0], rect[2]),
        max(rect[1], rect[3]),
    )


def _range_in(
    page: PageLike, values: array[float] | NDArray[numpy.floating], rect: Box
) -> tuple[int, int] | None:
    """The first and last of the page's characters whose box's centre lies in ``rect``, over
    all its boxes at once (numpy): a Python loop over each character of the page for each
    of a PDF's 1,062 areas took 8 of a REFI-QDA import's 16 seconds. Centres are taken in
    doubles from the float32 boxes, as the loop took them; a NaN box (an inserted line
    break) is never inside."""
    x0, top, x1, bottom = _normalised(rect)
    boxes = numpy.asarray(values, dtype=numpy.float32).reshape(-1, 4)
    boxes = boxes[: max(0, min(len(boxes), page.char_end - page.char_start))]
    if not len(boxes):
        return None
    wide = boxes.astype(numpy.float64)
    cx = (wide[:, 0] + wide[:, 2]) / 2
    cy = (wide[:, 1] + wide[:, 3]) / 2
    inside = numpy.flatnonzero((x0 <= cx) & (cx <= x1) & (top <= cy) & (cy <= bottom))
    if not len(inside):
        return None
    return page.char_start + int(inside[0]), page.char_start + int(inside[-1]) + 1


def _nearest(page: PageLike, values: array[float], x: float, y: float) -> int | None:
    best: tuple[float, int] | None = None
    for index in range(min(len(values) // 4, page.char_end - page.char_start)):
        x0, top, x1, bottom = values[index * 4 : index * 4 + 4]
        if math.isnan(x0):
            continue
        dx = 0.0 if x0 <= x <= x1 else min(abs(x - x0), abs(x - x1))
        dy = 0.0 if top <= y <= bottom else min(abs(y - top), abs(y - bottom))
        distance = dy * 4 + dx  # prefer the same line
        if best is None or distance < best[0]:
            best = (distance, index)
            if distance == 0:
                break
    return None if best is None else page.char_start + best[1]


def _bounds(values: array[float], low: int, high: int) -> Box | None:
    """The box around the drawn characters ``[low, high)`` (numpy over them at once: a
    REFI-QDA import asks it of every occurrence of an area's text near the area)."""
    boxes = numpy.asarray(values, dtype=numpy.float32).reshape(-1, 4)[max(low, 0) : max(high, 0)]
    boxes = boxes[~numpy.isnan(boxes[:, 0])].astype(numpy.float64)
    if not len(boxes):
        return None
    least, most = numpy.fmin.reduce(boxes, axis=0), numpy.fmax.reduce(boxes, axis=0)
    return float(least[0]), float(least[1]), float(most[2]), float(most[3])


def rectangles_for_range(pages: Sequence[PageLike], start: int, end: int) -> list[PageRectangles]:
    """Rectangles covering document text ``[start, end)``: merged per line, page by page."""
    result: list[PageRectangles] = []
    for page in pages:
        lo, hi = max(start, page.char_start), min(end, page.char_end)
        if lo < hi:
            rects = _pieces(unpack_floats(page.boxes), lo - page.char_start, hi - page.char_start)
            if rects:
                result.append(PageRectangles(page.page_number, rects))
    return result


def range_for_rectangle(page: PageLike, rect: Box) -> tuple[int, int] | None:
    """The document text range whose characters' centres lie in ``rect`` (a drag on the page).

    Returns the span from the first to the last such character in reading order, or None
    when the rectangle covers no character.
    """
    return _range_in(page, unpack_floats(page.boxes), rect)


def char_at(page: PageLike, x: float, y: float) -> int | None:
    """The character nearest to the point (x, y) on ``page`` (a click), as a document offset;
    a character on the same line is preferred. None when the page has no drawn character."""
    return _nearest(page, unpack_floats(page.boxes), x, y)


def page_of(pages: Sequence[PageLike], offset: int) -> PageLike | None:
    """The page whose text range holds ``offset`` (None between pages or outside them)."""
    for page in pages:
        if page.char_start <= offset < page.char_end:
            return page
    return None


def bounding_box(pages: Sequence[PageLike], start: int, end: int) -> tuple[int, Box] | None:
    """The box around ``[start, end)`` on the first page where it has drawn characters, with
    that page's index in ``pages`` (REFI-QDA selections are one rectangle on one page)."""
    for index, page in enumerate(pages):
        lo, hi = max(start, page.char_start), min(end, page.char_end)
        if lo < hi:
            box = _bounds(unpack_floats(page.boxes), lo - page.char_start, hi - page.char_start)
            if box is not None:
                return index, box
    return None


class DocumentGeometry:
    """One document's pages, for repeated look-ups: the page view paints thousands of ranges.

    Pages are kept in text order and their boxes are unpacked once, on first use.
    """

    def __init__(self, pages: Iterable[PageLike]) -> None:
        self.pages: list[PageLike] = sorted(pages, key=lambda page: page.char_start)
        self._starts = [page.char_start for page in self.pages]
        self._numbers = {page.page_number: i for i, page in enumerate(self.pages)}
        self._values: dict[int, array[float]] = {}

    def _unpacked(self, index: int) -> array[float]:
        values = self._values.get(index)
        if values is None:
            values = self._values[index] = unpack_floats(self.pages[index].boxes)
        return values

    def page_of(self, offset: int) -> PageLike | None:
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.pages[index].char_end:
            return self.pages[index]
        return None

    def rectangles(self, start: int, end: int) -> list[PageRectangles]:
        """As :func:`rectangles_for_range`."""
        result: list[PageRectangles] = []
        index = max(0, bisect_right(self._starts, start) - 1)
        while index < len(self.pages) and self.pages[index].char_start < end:
            page = self.pages[index]
            lo, hi = max(start, page.char_start), min(end, page.char_end)
            if lo < hi:
                rects = _pieces(self._unpacked(index), lo - page.char_start, hi - page.char_start)
                if rects:
                    result.append(PageRectangles(page.page_number, rects))
            index += 1
        return result

    def char_at(self, page_number: int, x: float, y: float) -> int | None:
        """As :func:`char_at`, on the page numbered ``page_number`` (from 1)."""
        index = self._numbers.get(page_number)
        if index is None:
            return None
        return _nearest(self.pages[index], self._unpacked(index), x, y)

    def range_for_rectangle(self, page_number: int, rect: Box) -> tuple[int, int] | None:
        """As :func:`range_for_rectangle`, on the page numbered ``page_number``."""
        index = self._numbers.get(page_number)
        if index is None:
            return None
        return _range_in(self.pages[index], self._unpacked(index), rect)
