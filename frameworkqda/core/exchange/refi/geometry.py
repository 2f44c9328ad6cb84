"""Text range <-> PDF page rectangle, over the per-code-point boxes of DocumentPage.

Boxes are stored from the page's top-left (x0, top, x1, bottom); REFI-QDA PDF selections
are integer PDF points from the bottom-left of the media box, first corner lower-left, second
upper-right. Pages are counted from 0 in the order of ``page_number``.
(A private helper until the import branch's geometry module lands.)
"""

from __future__ import annotations

import math
import sys
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

from frameworkqda.core import model


@dataclass(frozen=True)
class PageRect:
    page: int  # 0-based
    first_x: int
    first_y: int
    second_x: int
    second_y: int


def _boxes(page: model.DocumentPage) -> array[float]:
    values = array("f")
    values.frombytes(page.boxes or b"")
    if sys.byteorder != "little":
        values.byteswap()
    return values


def range_to_rect(pages: Sequence[model.DocumentPage], start: int, end: int) -> PageRect | None:
    """The bounding rectangle of the range on the first page where it has drawn characters."""
    for index, page in enumerate(pages):
        lo, hi = max(start, page.char_start), min(end, page.char_end)
        if lo >= hi:
            continue
        boxes = _boxes(page)
        x0 = top = math.inf
        x1 = bottom = -math.inf
        for char in range(lo - page.char_start, hi - page.char_start):
            if 4 * char + 3 >= len(boxes):
                break
            left, upper, right, lower = boxes[4 * char : 4 * char + 4]
            if math.isnan(left):
                continue
            x0, top = min(x0, left), min(top, upper)
            x1, bottom = max(x1, right), max(bottom, lower)
        if x0 is math.inf or x0 == math.inf:
            continue
        return PageRect(
            index,
            math.floor(x0),
            math.floor(page.height - bottom),
            math.ceil(x1),
            math.ceil(page.height - top),
        )
    return None


def rect_to_range(pages: Sequence[model.DocumentPage], rect: PageRect) -> tuple[int, int] | None:
    """The code-point range of the characters whose centre lies inside the rectangle."""
    if not 0 <= rect.page < len(pages):
        return None
    page = pages[rect.page]
    left, right = sorted((rect.first_x, rect.second_x))
    low, high = sorted((rect.first_y, rect.second_y))
    top, bottom = page.height - high, page.height - low  # to top-left coordinates
    boxes = _boxes(page)
    first = last = -1
    for char in range(min(page.char_end - page.char_start, len(boxes) // 4)):
        x0, y0, x1, y1 = boxes[4 * char : 4 * char + 4]
        if math.isnan(x0):
            continue
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if left <= cx <= right and top <= cy <= bottom:
            if first < 0:
                first = char
            last = char
    if first < 0:
        return None
    return page.char_start + first, page.char_start + last + 1
