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
# A gap between two CJK glyphs of a line at least this many ems wide, with no character for
# it in the text layer, is read as an ideographic space (an item's number set apart from its
# text); a line with such gaps between more than a third of its glyphs is letter-spaced.
GAP_SPACE_EM = 0.7


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
    def columns(self) -> NDArray[numpy.float64]:
        """The boxes by coordinate, (4, n): rows x0, top, x1, bottom, each contiguous (numpy
        works on a page's coordinates row by row several times faster than on columns)."""
        return numpy.ascontiguousarray(self.array.T)

    @cached_property
    def boxes(self) -> list[Box]:
        """The boxes as tuples, for the rules that look at one character at a time."""
        return cast(list[Box], list(map(tuple, self.array.tolist())))

    def boxes_of(self, indices: list[int]) -> NDArray[numpy.float64]:
        """The boxes of the characters at ``indices``; ``INSERTED`` gets a NaN box."""
        with_nan = numpy.vstack((self.array, numpy.full((1, 4), NAN)))
        rows = numpy.fromiter(indices, dtype=numpy.intp, count=len(indices))
        return with_nan.take(rows, axis=0)  # a fifth of indexing's time


def _decode(codes: NDArray[numpy.uint32]) -> str:
    """The text of code points (a lone surrogate, which UTF-32 cannot carry, stays as it is)."""
    if ((codes >= 0xD800) & (codes <= 0xDFFF)).any():
        return "".join(map(chr, codes.tolist()))
    return codes.astype("<u4").tobytes().decode("utf-32-le")


@dataclass(slots=True)
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
    # a full-width gap on the page with no character in the text layer (官報's 「二　七十歳」):
    # the glyph after it (its index into PageChars) and how many ideographic spaces it is
    gaps: dict[int, int] | None = field(default=None, repr=False)
    # ``cross_size`` by direction, for the text it was measured on (a marker may join it)
    sizes: dict[tuple[bool, str], float] = field(default_factory=dict, repr=False, compare=False)
    # ``glyph_size`` likewise
    ems: dict[tuple[bool, str], float] = field(default_factory=dict, repr=False, compare=False)

    def cross_band(self, vertical: bool) -> tuple[float, float]:
        """The line's extent across its direction, narrowed to ignore overlapping leading."""
        lo, hi = (self.x0, self.x1) if vertical else (self.top, self.bottom)
        centre, half = (lo + hi) / 2, (hi - lo) * 0.3
        return centre - half, centre + half

    def layout_box(self, vertical: bool) -> Box:
        lo, hi = self.cross_band(vertical)
        return (lo, self.top, hi, self.bottom) if vertical else (self.x0, lo, self.x1, hi)


def _continuations(
    x0: NDArray[numpy.float64],
    top: NDArray[numpy.float64],
    x1: NDArray[numpy.float64],
    bottom: NDArray[numpy.float64],
) -> tuple[NDArray[numpy.bool_], NDArray[numpy.bool_]]:
    """For each glyph after the first: does it continue the previous one to the right
    (horizontal writing), and does it continue it downwards (vertical writing)?

    Judged for the whole page at once, on the boxes' coordinates as contiguous rows: the
    boxes overlap across the direction by half the smaller glyph and the gap along it is
    between -0.5 and ``MAX_GAP_EM`` ems.
    """
    rightwards, downwards, _wide = _continuations_and_gaps(x0, top, x1, bottom)
    return rightwards, downwards


def _continuations_and_gaps(
    x0: NDArray[numpy.float64],
    top: NDArray[numpy.float64],
    x1: NDArray[numpy.float64],
    bottom: NDArray[numpy.float64],
) -> tuple[NDArray[numpy.bool_], NDArray[numpy.bool_], NDArray[numpy.bool_]]:
    """``_continuations``, and for each glyph after the first whether the gap before it,
    either way, is ``GAP_SPACE_EM`` or wider (``_find_gaps``), from the same arrays."""
    width, height = x1 - x0, bottom - top
    size = numpy.maximum(numpy.maximum(width, height), 0.5)
    em = numpy.maximum(size[1:], size[:-1])
    lo, hi = -0.5 * em, MAX_GAP_EM * em
    low, high = numpy.minimum, numpy.maximum
    across = low(bottom[1:], bottom[:-1]) - high(top[1:], top[:-1])
    gap = x0[1:] - x1[:-1]
    rightwards = (across >= 0.5 * low(height[1:], height[:-1])) & (lo <= gap) & (gap <= hi)
    across = low(x1[1:], x1[:-1]) - high(x0[1:], x0[:-1])
    gap_down = top[1:] - bottom[:-1]
    downwards = (across >= 0.5 * low(width[1:], width[:-1])) & (lo <= gap_down) & (gap_down <= hi)
    wide = high(gap, gap_down) >= GAP_SPACE_EM * em
    return rightwards, downwards, wide


def runs_downward(boxes: NDArray[numpy.float64]) -> bool:
    """Whether glyphs (in stream order) more often continue one another downwards, as in
    vertical writing, than to the right."""
    if len(boxes) < 2:
        return False
    rightwards, downwards = _continuations(*numpy.ascontiguousarray(boxes.T))
    return int(downwards.sum()) > int(rightwards.sum())


def _upwards(
    x0: NDArray[numpy.float64],
    top: NDArray[numpy.float64],
    x1: NDArray[numpy.float64],
    bottom: NDArray[numpy.float64],
    turned: NDArray[numpy.bool_],
) -> NDArray[numpy.bool_]:
    """For each glyph after the first: does it continue the previous one upwards? Only
    glyphs PDFium reports as turned (``PageChars.rotated``) can: text set sideways in a
    margin, read bottom to top."""
    overlap = numpy.minimum(x1[:-1], x1[1:]) - numpy.maximum(x0[:-1], x0[1:])
    width = numpy.minimum(x1[:-1] - x0[:-1], x1[1:] - x0[1:])
    gap = top[:-1] - bottom[1:]
    em = numpy.maximum(numpy.maximum(bottom[:-1] - top[:-1], bottom[1:] - top[1:]), 0.5)
    fits = (overlap >= 0.5 * width) & (-0.5 * em <= gap) & (gap <= MAX_GAP_EM * em)
    result: NDArray[numpy.bool_] = fits & turned[:-1] & turned[1:]
    return result


def _same_box(
    x0: NDArray[numpy.float64],
    top: NDArray[numpy.float64],
    x1: NDArray[numpy.float64],
    bottom: NDArray[numpy.float64],
) -> NDArray[numpy.bool_]:
    """For each glyph after the first: does it share the previous one's box (a ligature)?"""
    same: NDArray[numpy.bool_] = x0[1:] == x0[:-1]
    same &= top[1:] == top[:-1]
    same &= x1[1:] == x1[:-1]
    same &= bottom[1:] == bottom[:-1]
    return same


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

    Everything a line keeps is measured for all lines at once, from the glyphs' coordinates
    as contiguous rows: its extent, its CJK count, and the extremes of its glyphs' widths and
    heights, so that where they are all one size (the advances of a CJK line, the widths of a
    vertical one) its em or type size needs no median (``glyph_size``, ``cross_size``).
    """
    codes = page.codes
    kept_mask = ~(one_of_mask(codes, "\n\r") & page.generated_mask)
    spaces = one_of_mask(codes, SPACE_CHARS)
    glyph_array = numpy.flatnonzero(kept_mask & ~spaces)
    if not len(glyph_array):
        return []
    columns = page.columns.take(glyph_array, axis=1)  # x0, top, x1, bottom: (4, glyphs)
    x0, top, x1, bottom = columns
    rightwards, downwards, wide = _continuations_and_gaps(x0, top, x1, bottom)
    flags = (rightwards.astype(numpy.int8) << 2) | (downwards.astype(numpy.int8) << 1)
    if page.rotated:
        turned = numpy.array([index in page.rotated for index in glyph_array.tolist()])
        flags |= _upwards(x0, top, x1, bottom, turned).astype(numpy.int8)
    glyph_cells = None if cells is None else cells.take(glyph_array)
    if glyph_cells is not None:  # a line never runs across a ruled table cell's wall
        flags[glyph_cells[1:] != glyph_cells[:-1]] = 0
    # characters of one glyph (a ligature: "fi" is two characters with one box) stay together
    flags[_same_box(x0, top, x1, bottom)] = _REPEAT
    starts, directions = _line_starts(flags)
    glyph_codes = codes.take(glyph_array)
    text = _decode(glyph_codes)
    cjk_glyphs = cjk_mask(glyph_codes)
    ends = [*starts[1:], len(glyph_array)]
    firsts = glyph_array.take(starts).tolist()
    lasts = glyph_array.take(numpy.array(ends) - 1).tolist()
    line_cells = [-1] * len(starts) if glyph_cells is None else glyph_cells.take(starts).tolist()
    sizes = columns[2:] - columns[:2]  # the glyphs' widths and heights
    widths, heights = sizes.tolist()
    kept = numpy.flatnonzero(kept_mask).tolist()
    # a line's items run from its first glyph up to the next line's first glyph
    cuts = [*firsts[1:], len(page.chars)]
    first = bisect_left(kept, firsts[0])
    lines: list[Line] = []
    for k, end, direction, cut, last, cell, measured in zip(
        starts, ends, directions, cuts, lasts, line_cells,
        _measures(columns, sizes, cjk_glyphs, glyph_codes, starts), strict=True,
    ):  # fmt: skip
        upto = bisect_left(kept, cut)
        (x0_, top_, x1_, bottom_, ink_x0, ink_top, ink_x1, ink_bottom,
         width_lo, height_lo, width_hi, height_hi,
         ink_width_lo, ink_height_lo, ink_width_hi, ink_height_hi, cjk) = measured  # fmt: skip
        # across the line an ideographic space does not count (unless it is all there is)
        if direction in (DOWN, UP):
            if ink_x0 == ink_x0:  # not NaN: the line has ink
                x0_, x1_ = ink_x0, ink_x1
        elif ink_top == ink_top:
            top_, bottom_ = ink_top, ink_bottom
        line_text = text[k:end]
        line = Line(
            items=kept[first:upto],
            vertical=None if direction is None else direction != RIGHT,
            upward=direction == UP,
            x0=x0_,
            top=top_,
            x1=x1_,
            bottom=bottom_,
            last=last,
            glyphs=end - k,
            text=line_text,
            widths=widths[k:end],
            heights=heights[k:end],
            cjk=int(cjk),
            cell=cell,
        )
        # sizes all equal are their own median (NaN, a line of spaces only, never equals)
        if ink_width_lo == ink_width_hi:
            line.sizes[True, line_text] = ink_width_lo
        if ink_height_lo == ink_height_hi:
            line.sizes[False, line_text] = ink_height_lo
        if height_lo == height_hi:
            line.ems[True, line_text] = height_lo
        if width_lo == width_hi:
            line.ems[False, line_text] = width_lo
        lines.append(line)
        first = upto
    wide &= flags != 0  # the glyph may go on with the one before it (not a new line)
    _find_gaps(lines, starts, directions, glyph_array, columns, wide, cjk_glyphs, spaces)
    return join_abutting(lines)


def _find_gaps(
    lines: list[Line],
    starts: list[int],
    directions: list[str | None],
    glyph_array: NDArray[numpy.intp],
    columns: NDArray[numpy.float64],
    wide: NDArray[numpy.bool_],
    cjk: NDArray[numpy.bool_],
    spaces: NDArray[numpy.bool_],
) -> None:
    """Mark on each line the full-width gaps between its CJK glyphs that the text layer has
    no character for (``Line.gaps``): the Official Gazette sets an item's number apart from
    its text (「二　七十歳以上の者」) by placing the text, not by a space. ``wide`` says, for
    each glyph after the first, whether it may go on with the glyph before across a gap of
    ``GAP_SPACE_EM`` or more either way; a page without any costs one look."""
    pairs = numpy.flatnonzero(wide).tolist()
    if not pairs:
        return
    x0, top, x1, bottom = columns
    size = numpy.maximum(numpy.maximum(x1 - x0, bottom - top), 0.5)
    em = numpy.maximum(size[1:], size[:-1])
    found: dict[int, dict[int, int]] = {}
    for pair in pairs:
        after = pair + 1
        if not (cjk[pair] and cjk[after]):
            continue
        number = bisect_left(starts, after + 1) - 1
        direction = directions[number]
        if starts[number] == after or direction not in (RIGHT, DOWN):
            continue  # the gap is between lines, or the line has no direction
        if spaces[glyph_array[pair] + 1 : glyph_array[after]].any():
            continue  # the text layer has a space there: ``_emit_line`` judges it
        if direction == RIGHT:
            gap = float(x0[after] - x1[pair])
        else:
            gap = float(top[after] - bottom[pair])
        count = round(gap / float(em[pair]))
        if gap >= GAP_SPACE_EM * float(em[pair]):
            found.setdefault(number, {})[int(glyph_array[after])] = max(count, 1)
    for number, gaps in found.items():
        line = lines[number]
        if 3 * len(gaps) <= line.glyphs - 1:  # not a letter-spaced heading (目　次)
            line.gaps = gaps


def _measures(
    columns: NDArray[numpy.float64],
    sizes: NDArray[numpy.float64],
    cjk: NDArray[numpy.bool_],
    codes: NDArray[numpy.uint32],
    starts: list[int],
) -> list[list[float]]:
    """Per line (the glyphs from each start to the next): x0, top, x1, bottom; the same
    without ideographic spaces (NaN for a line of nothing else), which PDFium boxes as a
    sliver, or in vertical writing beside the column; the least and greatest glyph width
    and height, with and without those spaces; how many glyphs are CJK. One reduction a
    figure for all lines of the page."""
    low = numpy.minimum.reduceat(columns[:2], starts, axis=1)
    high = numpy.maximum.reduceat(columns[2:], starts, axis=1)
    small = numpy.minimum.reduceat(sizes, starts, axis=1)
    large = numpy.maximum.reduceat(sizes, starts, axis=1)
    space = codes == 0x3000
    if space.any():
        ink = columns.copy()
        ink[:, space] = NAN
        ink_sizes = ink[2:] - ink[:2]
        ink_low = numpy.fmin.reduceat(ink[:2], starts, axis=1)
        ink_high = numpy.fmax.reduceat(ink[2:], starts, axis=1)
        ink_small = numpy.fmin.reduceat(ink_sizes, starts, axis=1)
        ink_large = numpy.fmax.reduceat(ink_sizes, starts, axis=1)
    else:
        ink_low, ink_high, ink_small, ink_large = low, high, small, large
    counts = numpy.add.reduceat(cjk, starts, dtype=numpy.float64)
    table = numpy.concatenate(
        (low, high, ink_low, ink_high, small, large, ink_small, ink_large, counts[None])
    )
    return cast(list[list[float]], table.T.tolist())


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
        gaps={**(first.gaps or {}), **(second.gaps or {})} or None,
    )


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
    if not len(flags):  # a page of one glyph
        bounds = []
    runs = flags.take(bounds[:-1]).tolist() if bounds else []
    for (run_start, run_end), run_flags in zip(pairwise(bounds), runs, strict=True):
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


def glyph_size(line: Line, vertical: bool) -> float:
    """The em of a line: the median advance of its glyphs along the line. Kept on the line
    like ``cross_size``."""
    key = (vertical, line.text)
    size = line.ems.get(key)
    if size is None:
        size = line.ems[key] = median(line.heights if vertical else line.widths)
    return size


def _cross_size(line: Line, vertical: bool) -> float:
    sizes = line.widths if vertical else line.heights
    text = line.text
    if text[:1] == "\u3000" and text.find("\u3000", 1) < 0:
        sizes = sizes[1:]  # the usual case: a paragraph's indent
    elif "\u3000" in text:
        sizes = [size for size, char in zip(sizes, text, strict=True) if char != "\u3000"]
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
