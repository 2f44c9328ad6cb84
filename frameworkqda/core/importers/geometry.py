"""Per-code-point page geometry: packing, text range → page rectangles, page rectangle → range.

Boxes are (x0, top, x1, bottom) in PDF points from the page's top-left corner, one per code
point of the page's text range, packed as little-endian float32 (16 bytes a character: an
80-page Japanese document costs about 2 MB). Characters the importer inserted (line joins,
paragraph breaks) have NaN boxes and are never drawn.
"""

from __future__ import annotations

import math
import sys
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

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


def pack_boxes(boxes: Iterable[Box]) -> bytes:
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


def unpack_boxes(data: bytes) -> list[Box]:
    values = unpack_floats(data)
    return [
        (values[i], values[i + 1], values[i + 2], values[i + 3]) for i in range(0, len(values), 4)
    ]


def _continues(rect: list[float], box: Box) -> bool:
    """Whether ``box`` extends the line piece ``rect`` (horizontally or vertically)."""
    width = min(rect[2] - rect[0], box[2] - box[0])
    height = min(rect[3] - rect[1], box[3] - box[1])
    em = max(width, height, 1.0)
    v_overlap = min(rect[3], box[3]) - max(rect[1], box[1])
    h_overlap = min(rect[2], box[2]) - max(rect[0], box[0])
    same_row = v_overlap > 0.5 * max(height, 0.1) and -em * 1.5 < box[0] - rect[2] < em * 1.5
    same_column = h_overlap > 0.5 * max(width, 0.1) and -em * 1.5 < box[1] - rect[3] < em * 1.5
    return same_row or same_column


def rectangles_for_range(pages: Sequence[PageLike], start: int, end: int) -> list[PageRectangles]:
    """Rectangles covering document text ``[start, end)``: merged per line, page by page."""
    result: list[PageRectangles] = []
    for page in pages:
        lo = max(start, page.char_start)
        hi = min(end, page.char_end)
        if lo >= hi:
            continue
        values = unpack_floats(page.boxes)
        rects: list[list[float]] = []
        for index in range(lo - page.char_start, hi - page.char_start):
            x0, top, x1, bottom = values[index * 4 : index * 4 + 4]
            if math.isnan(x0):
                continue
            box = (x0, top, x1, bottom)
            if rects and _continues(rects[-1], box):
                last = rects[-1]
                last[0], last[1] = min(last[0], x0), min(last[1], top)
                last[2], last[3] = max(last[2], x1), max(last[3], bottom)
            else:
                rects.append([x0, top, x1, bottom])
        if rects:
            result.append(
                PageRectangles(page.page_number, [(r[0], r[1], r[2], r[3]) for r in rects])
            )
    return result


def range_for_rectangle(page: PageLike, rect: Box) -> tuple[int, int] | None:
    """The document text range whose characters' centres lie in ``rect`` (a drag on the page).

    Returns the span from the first to the last such character in reading order, or None
    when the rectangle covers no character.
    """
    x0, top, x1, bottom = (
        min(rect[0], rect[2]),
        min(rect[1], rect[3]),
        max(rect[0], rect[2]),
        max(rect[1], rect[3]),
    )
    values = unpack_floats(page.boxes)
    first = last = -1
    for index in range(len(values) // 4):
        bx0, btop, bx1, bbottom = values[index * 4 : index * 4 + 4]
        if math.isnan(bx0):
            continue
        cx = (bx0 + bx1) / 2
        cy = (btop + bbottom) / 2
        if x0 <= cx <= x1 and top <= cy <= bottom:
            if first < 0:
                first = index
            last = index
    if first < 0:
        return None
    return page.char_start + first, page.char_start + last + 1
