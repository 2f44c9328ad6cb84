"""Visual lines of one PDF page, the first step of its reading order (see ``pdf_layout``).

PDFium hands us the characters in content-stream order with their boxes. Consecutive
characters that continue one another on the page, either to the right (horizontal writing) or
downwards (vertical writing, 縦書き), or upwards for text set sideways in a margin, form a line.
Each line keeps its glyphs' text, sizes and extent for the block and text rules.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from statistics import median
from typing import cast

import numpy
from numpy.typing import NDArray

from frameworkqda.core.importers.geometry import Box
from frameworkqda.core.text.cjk import cjk_mask, is_cjk, one_of_mask

NAN = math.nan
NAN_BOX: Box = (NAN, NAN, NAN, NAN)
SPACES = frozenset(" \t\u00a0\u2002\u2003\u2009")
SENTENCE_END = frozenset("。．.！？!?」』）)：:")
FULL_WIDTH_END = frozenset("。．！？」』）")  # a Japanese sentence end
BULLETS = frozenset("•●○◦■□◆◇▪▫►▶➢✓✔・")  # a line starting with one starts a list item
# Headings of Japanese plans and ordinances: 第一章, 第３条, （１）, ２．, ⑴, 一、
HEADING = re.compile(
    r"\s*(第[一二三四五六七八九十百〇0-9０-９]+[章節条項款部編]"
    r"|[（(][一二三四五六七八九十0-9０-９]+[）)]"
    r"|[0-9０-９]+[.．、]|[一二三四五六七八九十]+、|[⑴-⒇①-⑳])"
)
RIGHT, DOWN, UP = "right", "down", "up"  # which way a line's glyphs follow one another
# Gaps larger than this many character sizes end a line even when aligned (table cells).
MAX_GAP_EM = 3.0


class PageChars:
    """The characters of one page in stream order: one code point each (``codes``), whether
    PDFium inferred it (a space, a line break), and boxes in points from the top-left, as an
    (n, 4) array of x0, top, x1, bottom."""

    def __init__(
        self,
        codes: NDArray[numpy.uint32],
        generated: NDArray[numpy.bool_],
        boxes: NDArray[numpy.float64],
        rotated: frozenset[int] = frozenset(),
    ):
        self.codes = codes
        self.chars = list(_decode(codes))
        self.generated_mask = generated
        self.generated: list[bool] = generated.tolist()
        self.array = boxes
        self.rotated = rotated  # characters set sideways (only those that might run upwards)

    @cached_property
    def boxes(self) -> list[Box]:
        """The boxes as tuples, for the rules that look at one character at a time."""
        return cast(list[Box], list(map(tuple, self.array.tolist())))

    def boxes_of(self, indices: list[int]) -> NDArray[numpy.float64]:
        """The boxes of the characters at ``indices``; ``INSERTED`` gets a NaN box."""
        with_nan = numpy.vstack((self.array, numpy.full((1, 4), NAN)))
        return with_nan[numpy.asarray(indices, dtype=numpy.intp)].reshape(-1, 4)


def _decode(codes: NDArray[numpy.uint32]) -> str:
    """The text of code points (a lone surrogate, which UTF-32 cannot carry, stays as it is)."""
    if ((codes >= 0xD800) & (codes <= 0xDFFF)).any():
        return "".join(map(chr, codes.tolist()))
    return codes.astype("<u4").tobytes().decode("utf-32-le")


@dataclass
class Line:
    items: list[int] = field(default_factory=list)  # indices into PageChars, spaces included
    vertical: bool | None = None
    upward: bool = False  # text turned sideways, read bottom to top (a margin stamp)
    x0: float = math.inf
    top: float = math.inf
    x1: float = -math.inf
    bottom: float = -math.inf
    last: int = -1  # last non-space character
    glyphs: int = 0
    text: str = ""  # the glyphs (spaces left out), with their widths and heights
    widths: list[float] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    cjk: int = 0  # how many of the glyphs are CJK
    cell: int = -1  # the ruled table cell it stands in (``pdf_rulings``), -1 for none
    # ``cross_size`` by direction, for the text it was measured on (a marker may join it)
    sizes: dict[tuple[bool, str], float] = field(default_factory=dict, repr=False, compare=False)

    def cross_band(self, vertical: bool) -> tuple[float, float]:
        """The line's extent across its direction, narrowed to ignore overlapping leading."""
        lo, hi = (self.x0, self.x1) if vertical else (self.top, self.bottom)
        centre, half = (lo + hi) / 2, (hi - lo) * 0.3
        return centre - half, centre + half

    def layout_box(self, vertical: bool) -> Box:
        lo, hi = self.cross_band(vertical)
        return (lo, self.top, hi, self.bottom) if vertical else (self.x0, lo, self.x1, hi)


def _continuations(
    boxes: NDArray[numpy.float64],
) -> tuple[NDArray[numpy.bool_], NDArray[numpy.bool_]]:
    """For each glyph after the first: does it continue the previous one to the right
    (horizontal writing), and does it continue it downwards (vertical writing)?

    Judged for the whole page at once: the boxes overlap across the direction by half the
    smaller glyph and the gap along it is between -0.5 and ``MAX_GAP_EM`` ems.
    """
    last, box = boxes[:-1], boxes[1:]
    pw, ph = last[:, 2] - last[:, 0], last[:, 3] - last[:, 1]
    cw, ch = box[:, 2] - box[:, 0], box[:, 3] - box[:, 1]
    em = numpy.maximum(numpy.maximum(numpy.maximum(pw, ph), numpy.maximum(cw, ch)), 0.5)
    lo, hi = -0.5 * em, MAX_GAP_EM * em

    def along(cross: int, axis: int, extent_last: NDArray[numpy.float64],
              extent_box: NDArray[numpy.float64]) -> NDArray[numpy.bool_]:  # fmt: skip
        overlap = numpy.minimum(last[:, cross + 2], box[:, cross + 2]) - numpy.maximum(
            last[:, cross], box[:, cross]
        )
        gap = box[:, axis] - last[:, axis + 2]
        fits = overlap >= 0.5 * numpy.minimum(extent_last, extent_box)
        return fits & (lo <= gap) & (gap <= hi)

    return along(1, 0, ph, ch), along(0, 1, pw, cw)


def runs_downward(boxes: NDArray[numpy.float64]) -> bool:
    """Whether glyphs (in stream order) more often continue one another downwards, as in
    vertical writing, than to the right."""
    if len(boxes) < 2:
        return False
    rightwards, downwards = _continuations(boxes)
    return int(downwards.sum()) > int(rightwards.sum())


def _upwards(boxes: NDArray[numpy.float64], turned: NDArray[numpy.bool_]) -> NDArray[numpy.bool_]:
    """For each glyph after the first: does it continue the previous one upwards? Only
    glyphs PDFium reports as turned (``PageChars.rotated``) can: text set sideways in a
    margin, read bottom to top."""
    last, box = boxes[:-1], boxes[1:]
    overlap = numpy.minimum(last[:, 2], box[:, 2]) - numpy.maximum(last[:, 0], box[:, 0])
    width = numpy.minimum(last[:, 2] - last[:, 0], box[:, 2] - box[:, 0])
    gap = last[:, 1] - box[:, 3]
    em = numpy.maximum(numpy.maximum(last[:, 3] - last[:, 1], box[:, 3] - box[:, 1]), 0.5)
    fits = (overlap >= 0.5 * width) & (-0.5 * em <= gap) & (gap <= MAX_GAP_EM * em)
    result: NDArray[numpy.bool_] = fits & turned[:-1] & turned[1:]
    return result


SPACE_CHARS = "".join(sorted(SPACES))
# The directions a glyph may continue a line in, by (rightwards, downwards, upwards) flags,
# in the order a line with no direction yet takes them.
_ALLOWED = {
    flags: tuple(d for d, on in zip((RIGHT, DOWN, UP), (4, 2, 1), strict=True) if flags & on)
    for flags in range(8)
}
_REPEAT = 8  # the glyph shares the previous one's box (a ligature): it never breaks a line


def build_lines(page: PageChars, cells: NDArray[numpy.intp] | None = None) -> list[Line]:
    """Group stream-ordered characters into visual lines.

    A glyph joins the line of the glyph before it when it continues it in the line's
    direction (either, while the line has one glyph) and stands in the same ruled table cell
    (``cells``, per character); spaces go with the line they follow. PDFium's generated line
    breaks are dropped.
    """
    codes = page.codes
    kept_mask = ~(((codes == 0x0A) | (codes == 0x0D)) & page.generated_mask)
    glyph_array = numpy.flatnonzero(kept_mask & ~one_of_mask(codes, SPACE_CHARS))
    if not len(glyph_array):
        return []
    kept = numpy.flatnonzero(kept_mask).tolist()
    glyphs = glyph_array.tolist()
    boxes = page.array[glyph_array]
    rightwards, downwards = _continuations(boxes)
    flags = (rightwards.astype(numpy.int8) << 2) | (downwards.astype(numpy.int8) << 1)
    if page.rotated:
        turned = numpy.array([index in page.rotated for index in glyphs])
        flags |= _upwards(boxes, turned).astype(numpy.int8)
    glyph_cells = None if cells is None else cells[glyph_array]
    if glyph_cells is not None:  # a line never runs across a ruled table cell's wall
        flags[glyph_cells[1:] != glyph_cells[:-1]] = 0
    # characters of one glyph (a ligature: "fi" is two characters with one box) stay together
    flags[numpy.all(boxes[1:] == boxes[:-1], axis=1)] = _REPEAT
    starts, directions = _line_starts(flags)
    glyph_codes = codes[glyph_array]
    text = _decode(glyph_codes)
    widths = (boxes[:, 2] - boxes[:, 0]).tolist()
    heights = (boxes[:, 3] - boxes[:, 1]).tolist()
    cjk_before = numpy.concatenate(([0], numpy.cumsum(cjk_mask(glyph_codes)))).tolist()
    x0, top, x1, bottom = _extents(boxes, glyph_codes == 0x3000, starts, directions)
    # a line's items run from its first glyph up to the next line's first glyph
    cuts = [*(glyphs[k] for k in starts), len(page.chars)]
    first = bisect_left(kept, cuts[0])
    lines: list[Line] = []
    for number, k in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(glyphs)
        upto = bisect_left(kept, cuts[number + 1])
        lines.append(
            Line(
                items=kept[first:upto],
                vertical=None if directions[number] is None else directions[number] != RIGHT,
                upward=directions[number] == UP,
                x0=x0[number],
                top=top[number],
                x1=x1[number],
                bottom=bottom[number],
                last=glyphs[end - 1],
                glyphs=end - k,
                text=text[k:end],
                widths=widths[k:end],
                heights=heights[k:end],
                cjk=cjk_before[end] - cjk_before[k],
                cell=-1 if glyph_cells is None else int(glyph_cells[k]),
            )
        )
        first = upto
    return join_abutting(lines)


# Two lines the stream order split are one when the second starts this close (in ems) after
# the first ends on the same band: closer than any gap between columns, words or cells.
ABUTTING_MAX_GAP_EM = 0.5


def join_abutting(lines: list[Line]) -> list[Line]:
    """Lines that continue one another on the page although the content stream drew them
    apart, joined in page order: 第 drawn before 官報 but standing just left of 4817号 on
    the same band reads 第4817号, and a column's ``は、`` drawn before the column beside it
    goes on with the rest of its column. One of the two runs that way with two glyphs or
    more (the other may be a lone glyph), both are in the same type size and cell, and the
    joint is Japanese, which has no spaces to lose. Each line joins at most one after it and
    one before it, and only when no other line would fit there too."""
    for vertical in (False, True):
        pairs = _abutting_pairs(lines, vertical)
        if not pairs:
            continue
        after = dict(pairs)
        before = {id(b) for b in after.values()}
        joined: list[Line] = []
        for line in lines:
            if id(line) in before:
                continue  # taken into the line it continues
            while id(line) in after:
                line = _joined(line, after.pop(id(line)), vertical)
            joined.append(line)
        lines = joined
    return lines


def _abutting_pairs(lines: list[Line], vertical: bool) -> list[tuple[int, Line]]:
    """(id of a line, the line continuing it) for every unambiguous pair along one axis.
    Sizes are the lines' extents across, which is all the comparison needs."""
    along, cross = (1, 0) if vertical else (0, 1)
    candidates = [ln for ln in lines if not ln.upward and ln.vertical in (None, vertical)]
    if len(candidates) < 2 or not any(line.vertical is vertical for line in candidates):
        return []
    extents = numpy.array([(ln.x0, ln.top, ln.x1, ln.bottom) for ln in candidates])
    starts, ends = extents[:, along], extents[:, along + 2]
    low, high = extents[:, cross], extents[:, cross + 2]
    sizes = high - low
    order = numpy.argsort(starts, kind="stable")
    first = numpy.searchsorted(starts[order], ends - 0.2 * sizes, side="left")
    last = numpy.searchsorted(starts[order], ends + ABUTTING_MAX_GAP_EM * sizes, side="right")
    found: dict[int, list[int]] = {}
    taken: dict[int, list[int]] = {}
    for k in numpy.flatnonzero(last > first).tolist():
        line = candidates[k]
        for j in order[first[k] : last[k]].tolist():
            other = candidates[j]
            if j == k or not (line.vertical is vertical or other.vertical is vertical):
                continue
            overlap = min(high[k], high[j]) - max(low[k], low[j])
            if (
                overlap >= 0.8 * min(sizes[k], sizes[j])
                and abs(sizes[j] - sizes[k]) <= 0.2 * max(sizes[j], sizes[k])
                and other.cell == line.cell
                and (is_cjk(line.text[-1]) or is_cjk(other.text[0]))
            ):
                found.setdefault(k, []).append(j)
                taken.setdefault(j, []).append(k)
    return [
        (id(candidates[k]), candidates[js[0]])
        for k, js in found.items()
        if len(js) == 1 and len(taken[js[0]]) == 1
    ]


def _joined(first: Line, second: Line, vertical: bool) -> Line:
    """One line of ``first`` then ``second``, in that order."""
    return Line(
        items=first.items + second.items,
        vertical=vertical,
        x0=min(first.x0, second.x0),
        top=min(first.top, second.top),
        x1=max(first.x1, second.x1),
        bottom=max(first.bottom, second.bottom),
        last=second.last,
        glyphs=first.glyphs + second.glyphs,
        text=first.text + second.text,
        widths=first.widths + second.widths,
        heights=first.heights + second.heights,
        cjk=first.cjk + second.cjk,
        cell=first.cell,
    )


def _extents(
    boxes: NDArray[numpy.float64],
    ideographic_space: NDArray[numpy.bool_],
    starts: list[int],
    directions: list[str | None],
) -> tuple[list[float], list[float], list[float], list[float]]:
    """Each line's x0, top, x1 and bottom. Across the line an ideographic space does not
    count: PDFium boxes it as a sliver, or in vertical writing beside the column, which would
    make the column look wider than it is and overlap its neighbour."""
    ink = boxes.copy()
    ink[ideographic_space] = NAN
    low = numpy.minimum.reduceat(boxes[:, :2], starts)  # x0, top
    high = numpy.maximum.reduceat(boxes[:, 2:], starts)  # x1, bottom
    ink_low = numpy.fmin.reduceat(ink[:, :2], starts)  # NaN where a line is spaces alone
    ink_high = numpy.fmax.reduceat(ink[:, 2:], starts)
    vertical = numpy.array([d in (DOWN, UP) for d in directions])
    across = numpy.stack((vertical, ~vertical), axis=1) & ~numpy.isnan(ink_low)
    low = numpy.where(across, ink_low, low)
    high = numpy.where(across, ink_high, high)
    return low[:, 0].tolist(), low[:, 1].tolist(), high[:, 0].tolist(), high[:, 1].tolist()


def _line_starts(flags: NDArray[numpy.int8]) -> tuple[list[int], list[str | None]]:
    """Where lines start (glyph numbers) and each line's direction, from the flags of every
    glyph after the first (``_ALLOWED`` bits, or ``_REPEAT``).

    A line takes the first direction its second glyph allows and keeps it; a glyph that does
    not continue the line that way starts a new one. Glyphs with the same flags come in long
    runs (a line's glyphs all continue rightwards), so the rule is applied a run at a time.
    """
    starts = [0]
    directions: list[str | None] = []
    direction: str | None = None  # RIGHT, DOWN or UP once the line has two glyphs
    bounds = [0, *(numpy.flatnonzero(flags[1:] != flags[:-1]) + 1).tolist(), len(flags)]
    for run_start, run_end in pairwise(bounds):
        run_flags = int(flags[run_start])
        if run_flags == _REPEAT:
            continue
        allowed = _ALLOWED[run_flags]
        if not allowed:  # every glyph of the run starts a line of its own
            directions.append(direction)
            directions.extend([None] * (run_end - run_start - 1))
            starts.extend(range(run_start + 1, run_end + 1))
            direction = None
        elif direction is None:
            direction = allowed[0]
        elif direction not in allowed:
            directions.append(direction)
            starts.append(run_start + 1)
            direction = allowed[0] if run_end - run_start > 1 else None
    directions.append(direction)
    return starts, directions


def is_vertical(line: Line, vertical_page: bool) -> bool:
    """A line's writing direction (the page's when a lone glyph leaves it undecided)."""
    return vertical_page if line.vertical is None else line.vertical


def cross_size(line: Line, vertical: bool) -> float:
    """The type size of a line: its glyphs' median extent across the line (an ideographic
    space, which PDFium boxes as a sliver, left out). Kept on the line: the rules ask for it
    ~50 times a page."""
    key = (vertical, line.text)
    size = line.sizes.get(key)
    if size is None:
        size = line.sizes[key] = _cross_size(line, vertical)
    return size


def _cross_size(line: Line, vertical: bool) -> float:
    sizes = line.widths if vertical else line.heights
    if "\u3000" in line.text:
        sizes = [size for size, char in zip(sizes, line.text, strict=True) if char != "\u3000"]
    return median(sizes) if sizes else 0.0


def goes_on_flush(last: Line, line: Line, lines: list[Line], start: float, vertical: bool) -> bool:
    """Whether ``line`` goes on with the paragraph of ``last`` although ``last`` ends a
    sentence: a Japanese paragraph begins indented (一字下げ), so when ``last`` ends its
    sentence at the very edge of ``lines``, a line starting flush at ``start`` (not a heading)
    that is itself running text (it runs to the edge too, or ends a sentence) continues it."""
    if last.text[-1] not in FULL_WIDTH_END or line.text[0] == "\u3000":
        return False
    size = cross_size(last, vertical)
    edge = max(ln.bottom if vertical else ln.x1 for ln in lines)
    line_end = line.bottom if vertical else line.x1
    return (
        (last.bottom if vertical else last.x1) >= edge - 0.5 * size
        and abs((line.top if vertical else line.x0) - start) <= 0.5 * size
        and (line_end >= edge - 0.5 * size or line.text[-1] in SENTENCE_END)
        and HEADING.match(line.text) is None
    )
