"""Reading order for one PDF page from character boxes: lines, blocks, then text.

PDFium hands us the characters in content-stream order with their boxes; that order is often
but not always the reading order, and its line breaks split Japanese sentences at every visual
wrap. This module rebuilds the page as a reader sees it:

1. **Lines**: consecutive characters that continue one another on the page, either to the right
   (horizontal writing) or downwards (vertical writing, 縦書き).
2. **Blocks** by recursive XY-cut on the line boxes. Horizontal pages cut columns first (read
   left to right), then rows at gaps clearly wider than the line spacing. Vertical pages cut
   tiers (段) first, top to bottom, then column groups right to left.
3. **Text**: inside a block, lines are joined. A visual wrap joins with nothing between CJK
   characters and one space between Latin words (an English end-of-line hyphen before a
   lower-case letter is dropped); a paragraph break (``\\n``) is kept where the next line is
   indented (unless it goes on with an item whose wrapped lines hang under its first), the
   previous one ends short, or the spacing widens. Tables are read row by row. Blocks are
   separated by ``\\n``.

Every output character carries the box of the glyph it came from; inserted spaces and breaks
carry NaN boxes.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from statistics import median
from typing import cast

import numpy
from numpy.typing import NDArray

from frameworkqda.core.importers.geometry import Box
from frameworkqda.core.text.cjk import NORMALISED, cjk_mask, is_cjk, one_of_mask

NAN = math.nan
NAN_BOX: Box = (NAN, NAN, NAN, NAN)
INSERTED = -1  # an output character with no glyph of its own (a joining space, a break)
SPACES = frozenset(" \t\u00a0\u2002\u2003\u2009")
HYPHENS = frozenset("-\u00ad\u2010")
SENTENCE_END = frozenset("。．.！？!?」』）)：:")
# Headings of Japanese plans and ordinances: 第一章, 第３条, （１）, ２．, ⑴, 一、
HEADING = re.compile(
    r"\s*(第[一二三四五六七八九十百〇0-9０-９]+[章節条項款部編]"
    r"|[（(][一二三四五六七八九十0-9０-９]+[）)]"
    r"|[0-9０-９]+[.．、]|[一二三四五六七八九十]+、|[⑴-⒇①-⑳])"
)
# Codes that _emit_line replaces: PDFium's line-end hyphen (2), controls, non-characters.
_UNUSUAL = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff]")
RIGHT, DOWN, UP = "right", "down", "up"  # which way a line's glyphs follow one another
# Gaps larger than this many character sizes end a line even when aligned (table cells).
MAX_GAP_EM = 3.0
# An item's wrapped lines are indented under its first by at most this many ems (ぶら下げ);
# a line starting further in is centred or indented for another reason.
HANGING_MAX_EM = 4.0


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
class _Line:
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


_SPACE_CHARS = "".join(sorted(SPACES))
# The directions a glyph may continue a line in, by (rightwards, downwards, upwards) flags,
# in the order a line with no direction yet takes them.
_ALLOWED = {
    flags: tuple(d for d, on in zip((RIGHT, DOWN, UP), (4, 2, 1), strict=True) if flags & on)
    for flags in range(8)
}
_REPEAT = 8  # the glyph shares the previous one's box (a ligature): it never breaks a line


def build_lines(page: PageChars) -> list[_Line]:
    """Group stream-ordered characters into visual lines.

    A glyph joins the line of the glyph before it when it continues it in the line's
    direction (either, while the line has one glyph); spaces go with the line they follow.
    PDFium's generated line breaks are dropped.
    """
    codes = page.codes
    kept_mask = ~(((codes == 0x0A) | (codes == 0x0D)) & page.generated_mask)
    glyph_array = numpy.flatnonzero(kept_mask & ~one_of_mask(codes, _SPACE_CHARS))
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
    lines: list[_Line] = []
    for number, k in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(glyphs)
        upto = bisect_left(kept, cuts[number + 1])
        lines.append(
            _Line(
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
            )
        )
        first = upto
    return lines


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


def _gaps(intervals: list[tuple[float, float, int]]) -> list[tuple[float, float]]:
    """Empty stretches between the merged projections of intervals: (gap start, gap end)."""
    intervals.sort()
    gaps: list[tuple[float, float]] = []
    reach = intervals[0][1]
    for lo, hi, _ in intervals[1:]:
        if lo > reach:
            gaps.append((reach, lo))
        reach = max(reach, hi)
    return gaps


def _split(
    lines: list[_Line], boxes: list[Box], axis: int, threshold: float
) -> list[list[int]] | None:
    """Split line indices at projection gaps wider than ``threshold`` along x (0) or y (1)."""
    # Lone glyphs (page stamps, marginal marks) must not bridge a gap between real lines;
    # they are still placed in the group their centre falls in.
    significant = [i for i in range(len(lines)) if lines[i].glyphs > 1] or list(range(len(lines)))
    intervals = [(boxes[i][axis], boxes[i][axis + 2], i) for i in significant]
    gaps = [g for g in _gaps(intervals) if g[1] - g[0] > threshold]
    span_lo = min(lo for lo, _, _ in intervals)
    span_hi = max(hi for _, hi, _ in intervals)
    before: list[int] = []
    after: list[int] = []
    groups: list[list[int]] = [[] for _ in range(len(gaps) + 1)]
    for i in range(len(lines)):
        centre = (boxes[i][axis] + boxes[i][axis + 2]) / 2
        if centre < span_lo:
            before.append(i)
        elif centre > span_hi:
            after.append(i)
        else:
            groups[sum(1 for g in gaps if centre > g[1])].append(i)
    if not gaps and not before and not after:
        return None
    return [g for g in (before, *groups, after) if g]


def _row_threshold(boxes: list[Box], axis: int, size: float) -> float:
    """Across lines, a gap is a break when clearly wider than the usual spacing between lines
    (judged only when there are enough gaps to know what usual is)."""
    intervals = [(b[axis], b[axis + 2], 0) for b in boxes]
    gaps = [hi - lo for lo, hi in _gaps(intervals)]
    usual = median(gaps) if len(gaps) >= 3 else 0.0
    return max(1.6 * usual, 0.6 * size)


@dataclass
class Table:
    """Rows of cells read row by row; a cell is its lines top to bottom (one, unless its text
    wraps), the cells of a row left to right."""

    rows: list[list[list[_Line]]]

    def lines(self) -> list[_Line]:
        return [line for row in self.rows for cell in row for line in cell]


Block = list[_Line] | Table


def order_blocks(lines: list[_Line], vertical_page: bool) -> list[Block]:
    """Recursive XY-cut: the page's lines grouped into blocks, in reading order."""
    if not lines:
        return []
    boxes = [line.layout_box(_is_vertical(line, vertical_page)) for line in lines]
    sizes = [
        (line.x1 - line.x0) if _is_vertical(line, vertical_page) else (line.bottom - line.top)
        for line in lines
    ]
    size = median(sizes) if sizes else 10.0
    blocks: list[Block] = []
    _cut(lines, boxes, vertical_page, size, blocks, depth=0)
    return _rejoin_wrapped(blocks, vertical_page)


# A Japanese line this long that stops mid-sentence has wrapped, not ended
WRAPPED_MIN_GLYPHS = 20


def _rejoin_wrapped(blocks: list[Block], vertical_page: bool) -> list[Block]:
    """Put back together a paragraph the XY-cut split at a wrapped line.

    With too few lines to know the usual line spacing, the cut separates every line (short
    verse and lists rely on it), and so also cuts a short paragraph set alone between its
    lines. A block that ends in a long Japanese line stopping mid-sentence, followed by a block
    whose first line starts where that block's lines start, one line further on and in the
    same type, is the same paragraph.
    """
    rejoined: list[Block] = []
    for block in blocks:
        before = rejoined[-1] if rejoined else None
        if (
            isinstance(before, list)
            and isinstance(block, list)
            and _continues(before, block[0], vertical_page)
        ):
            before.extend(block)
        else:
            rejoined.append(block)
    return rejoined


def _continues(block: list[_Line], line: _Line, vertical_page: bool) -> bool:
    last = block[-1]
    vertical = _is_vertical(last, vertical_page)
    if (
        _is_vertical(line, vertical_page) != vertical
        or last.glyphs < WRAPPED_MIN_GLYPHS
        or last.cjk * 2 < last.glyphs
        or last.text[-1] in SENTENCE_END
    ):
        return False
    size = _cross_size(last, vertical)
    if abs(size - _cross_size(line, vertical)) > 0.2 * size:
        return False
    start = min(ln.top if vertical else ln.x0 for ln in block)
    if abs((line.top if vertical else line.x0) - start) > size:
        return False
    # the next line across: to the left in vertical writing, below in horizontal
    gap = last.x0 - line.x1 if vertical else line.top - last.bottom
    return 0 <= gap <= 1.5 * size


def _cut(
    lines: list[_Line],
    boxes: list[Box],
    vertical_page: bool,
    size: float,
    out: list[Block],
    depth: int,
) -> None:
    if len(lines) > 1 and depth < 40:
        if not vertical_page:
            table = _find_table(lines, size)
            if table is not None:
                # what is above the table, the table row by row, what is below it
                top = min(line.top for line in table.lines())
                inside = {id(line) for line in table.lines()}
                for part in (
                    [i for i, ln in enumerate(lines) if id(ln) not in inside and ln.top < top],
                    None,
                    [i for i, ln in enumerate(lines) if id(ln) not in inside and ln.top >= top],
                ):
                    if part is None:
                        out.append(table)
                    elif part:
                        sub = [lines[i] for i in part]
                        _cut(sub, [boxes[i] for i in part], vertical_page, size, out, depth + 1)
                return
        if vertical_page:
            plans = [(1, 0.3 * size, False), (0, _row_threshold(boxes, 0, size), True)]
        else:
            plans = [(0, 0.9 * size, False), (1, _row_threshold(boxes, 1, size), False)]
        for axis, threshold, reverse in plans:
            groups = _split(lines, boxes, axis, threshold)
            if groups is None:
                continue
            if reverse:
                groups.reverse()
            for group in groups:
                _cut(
                    [lines[i] for i in group],
                    [boxes[i] for i in group],
                    vertical_page,
                    size,
                    out,
                    depth + 1,
                )
            return
    out.append(_sort_leaf(lines, block_is_vertical(lines, vertical_page)))


MIN_TABLE_ROWS = 3
CELL_GAP_EM = 1.5  # cells of a row stand at least this far apart
MAX_ROW_FILL = 0.6  # and leave at least two fifths of the row's width empty (prose columns
# with short paragraph ends reach 0.64; tables of names and figures stay well below)


def _find_table(lines: list[_Line], size: float) -> Table | None:
    """The first run of table rows among horizontal lines: at least three bands in a row
    whose lines are cells (two or more, clearly apart, the row mostly empty space), two of
    them with three cells or more. Prose columns fill their rows, so they never qualify.
    A band of fewer lines that sit under cells of the row above, closer to it than rows are
    to one another, continues those cells (their text wrapped)."""
    ordered = sorted(lines, key=lambda ln: (ln.top + ln.bottom) / 2)
    bands: list[list[_Line]] = []
    reach = -math.inf
    for line in ordered:
        lo, hi = line.cross_band(False)
        if bands and lo <= reach:
            bands[-1].append(line)
            reach = max(reach, hi)
        else:
            bands.append([line])
            reach = hi
    run: list[list[list[_Line]]] = []
    row_gap = math.inf  # the narrowest gap between two rows of the run so far
    for band in [*bands, []]:
        if run and _continue_cells(run[-1], band, min(row_gap, 0.8 * size)):
            continue
        if _is_row(band, size) or (run and _is_aligned_row(run[0], band, size)):
            if run:
                row_gap = min(row_gap, _gap_below(run[-1], band))
            run.append([[line] for line in sorted(band, key=lambda ln: ln.x0)])
            continue
        if len(run) >= MIN_TABLE_ROWS and sum(len(row) >= 3 for row in run) >= 2:
            return Table(run)
        run, row_gap = [], math.inf
    return None


def _gap_below(row: list[list[_Line]], band: list[_Line]) -> float:
    """The empty space between the bottom of a row and the top of the band below it."""
    return min(line.top for line in band) - max(cell[-1].bottom for cell in row)


def _continue_cells(row: list[list[_Line]], band: list[_Line], max_gap: float) -> bool:
    """Append ``band``'s lines to the cells of ``row`` they sit under, when it is a wrap of
    some of its cells: fewer lines than cells, each under a different cell, and closer to the
    row than the rows are to one another (a paragraph after the table is further away)."""
    if not band or len(band) >= len(row) or not 0 <= _gap_below(row, band) < max_gap:
        return False
    under: dict[int, _Line] = {}
    for line in band:
        cells = [
            number
            for number, cell in enumerate(row)
            if min(line.x1, cell[0].x1) > max(line.x0, cell[0].x0)  # overlaps across
        ]
        if len(cells) != 1 or cells[0] in under:
            return False
        under[cells[0]] = line
    for number, line in under.items():
        row[number].append(line)
    return True


def _is_aligned_row(first: list[list[_Line]], band: list[_Line], size: float) -> bool:
    """A row whose cells are too full for ``_is_row`` (a long description) but that starts
    each cell at a column of the table's first row, in different columns, clearly apart."""
    cells = _cells(band, size)
    if cells is None:
        return False
    starts = [cell[0].x0 for cell in first]
    columns = [min(range(len(starts)), key=lambda k: abs(starts[k] - ln.x0)) for ln in cells]
    return len(set(columns)) == len(columns) and all(
        abs(starts[k] - ln.x0) <= size for k, ln in zip(columns, cells, strict=True)
    )


def _cells(band: list[_Line], size: float) -> list[_Line] | None:
    """The band's lines left to right when they could be a row's cells: two or more, all
    horizontal, clearly apart."""
    if len(band) < 2 or any(line.vertical for line in band):
        return None
    cells = sorted(band, key=lambda ln: ln.x0)
    if any(b.x0 - a.x1 < CELL_GAP_EM * size for a, b in pairwise(cells)):
        return None
    return cells


def _is_row(band: list[_Line], size: float) -> bool:
    cells = _cells(band, size)
    if cells is None:
        return False
    span = max(ln.x1 for ln in cells) - cells[0].x0
    return sum(ln.x1 - ln.x0 for ln in cells) < MAX_ROW_FILL * span


def block_is_vertical(lines: list[_Line], vertical_page: bool) -> bool:
    """A block's writing direction: that of most of its glyphs (the page's when undecided)."""
    vertical = sum(ln.glyphs for ln in lines if _is_vertical(ln, vertical_page))
    horizontal = sum(ln.glyphs for ln in lines) - vertical
    return vertical > horizontal


def _is_vertical(line: _Line, vertical_page: bool) -> bool:
    return vertical_page if line.vertical is None else line.vertical


def _sort_leaf(lines: list[_Line], vertical_page: bool) -> list[_Line]:
    """Lines of one block: rows top to bottom (left to right within a row), or columns right
    to left (top to bottom within a column) for vertical writing."""
    if vertical_page:
        ordered = sorted(lines, key=lambda ln: -(ln.x0 + ln.x1) / 2)
        return _group_bands(ordered, vertical=True)
    ordered = sorted(lines, key=lambda ln: (ln.top + ln.bottom) / 2)
    return _group_bands(ordered, vertical=False)


def _group_bands(ordered: list[_Line], vertical: bool) -> list[_Line]:
    """Lines sharing a band (a row, or a column) are put in order along the band."""
    result: list[_Line] = []
    band: list[_Line] = []
    band_hi = -math.inf
    for line in ordered:
        lo, hi = line.cross_band(vertical)
        if vertical:
            lo, hi = -hi, -lo
        if band and lo > band_hi:
            result.extend(sorted(band, key=lambda ln: ln.top if vertical else ln.x0))
            band = []
            band_hi = -math.inf
        band.append(line)
        band_hi = max(band_hi, hi)
    result.extend(sorted(band, key=lambda ln: ln.top if vertical else ln.x0))
    return result


@dataclass
class PageText:
    """A page's text in reading order and one box per code point of it."""

    text: str
    boxes: NDArray[numpy.float64]  # (len(text), 4); NaN rows for inserted characters


def _glyph_size(line: _Line, vertical: bool) -> float:
    """The em of a line: the median advance of its glyphs along the line."""
    return median(line.heights if vertical else line.widths)


def layout_page(page: PageChars) -> PageText:
    """The page's text in reading order, with boxes; see the module docstring for the rules.
    Lines set sideways and read upwards (margin stamps) come last, each on its own."""
    lines = build_lines(page)
    upright = [line for line in lines if not line.upward]
    vertical_glyphs = sum(ln.glyphs for ln in upright if ln.vertical)
    horizontal_glyphs = sum(ln.glyphs for ln in upright if ln.vertical is False)
    vertical_page = vertical_glyphs > horizontal_glyphs
    blocks = order_blocks(upright, vertical_page) + [[ln] for ln in lines if ln.upward]
    out_chars: list[str] = []
    out_index: list[int] = []  # the source character of each output one; -1: inserted
    for block_number, block in enumerate(blocks):
        if block_number:
            out_chars.append("\n")
            out_index.append(INSERTED)
        if isinstance(block, Table):
            _emit_table(page, block, out_chars, out_index)
        else:
            _emit_block(page, block, vertical_page, out_chars, out_index)
    # ⼀ → 一, ︵ → （ (one code point for one) over the whole page at once
    return PageText("".join(out_chars).translate(NORMALISED), page.boxes_of(out_index))


def _emit_block(
    page: PageChars,
    block: list[_Line],
    vertical_page: bool,
    out_chars: list[str],
    out_index: list[int],
) -> None:
    vertical = block_is_vertical(block, vertical_page)
    start_edge = min(ln.top if vertical else ln.x0 for ln in block)
    end_edge = max(ln.bottom if vertical else ln.x1 for ln in block)
    cjk_block = _mostly_cjk(block)
    em = median(_glyph_size(ln, vertical) for ln in block)
    if not cjk_block:
        em = max(em * 1.8, 1.0)  # a Latin glyph is about half an em wide
    pitches = [
        abs(_cross_centre(b, vertical) - _cross_centre(a, vertical)) for a, b in pairwise(block)
    ]
    usual_pitch = median(pitches) if pitches else 0.0
    # Verse, lists and tables: most lines stop well short of the block's edge, so every line
    # break is meant (a prose paragraph has only its last line short). In Japanese, a short
    # line that ends a sentence or is a heading says nothing about verse, so it is not counted:
    # a plan alternating headings and paragraphs is prose.
    if cjk_block:
        short = sum(
            1
            for line in block[:-1]
            if end_edge - (line.bottom if vertical else line.x1) > 1.5 * em
            and page.chars[line.last] not in SENTENCE_END
            and not _is_heading(page, line)
        )
    else:
        short = sum(
            1 for a, b in pairwise(block) if _next_word_fits(page, a, b, vertical, end_edge, em)
        )
    verse = len(block) >= 3 and short * 2 > len(block) - 1
    previous: _Line | None = None
    in_item = False  # the previous line continued an item under its first line (ぶら下げ)
    for line_number, line in enumerate(block):
        if previous is not None:
            pitch = pitches[line_number - 1]
            starts = _starts_say(page, previous, line, vertical, start_edge, end_edge, em, in_item)
            if starts is False:  # an item's wrapped line: only a change of type breaks it
                brk = _type_changes(previous, line, vertical, em, pitch, usual_pitch)
            else:
                brk = (
                    verse
                    or bool(starts)
                    or _paragraph_break(
                        page, previous, line, vertical, end_edge, em, pitch, usual_pitch, cjk_block
                    )
                )
            in_item = not brk and (starts is False or in_item)
            if brk:
                _strip_trailing_space(out_chars, out_index)
                out_chars.append("\n")
                out_index.append(INSERTED)
            else:
                _join(page, line, out_chars, out_index)
        _emit_line(page, line, vertical, em, out_chars, out_index)
        previous = line
    _strip_trailing_space(out_chars, out_index)


def _emit_table(page: PageChars, table: Table, out_chars: list[str], out_index: list[int]) -> None:
    """A row a line, its cells left to right separated by a tab; a cell's wrapped lines joined
    as in a paragraph."""
    for row_number, row in enumerate(table.rows):
        if row_number:
            out_chars.append("\n")
            out_index.append(INSERTED)
        for cell_number, cell in enumerate(row):
            if cell_number:
                out_chars.append("\t")
                out_index.append(INSERTED)
            for line_number, line in enumerate(cell):
                if line_number:
                    _join(page, line, out_chars, out_index)
                _emit_line(page, line, False, _glyph_size(line, False), out_chars, out_index)
            while out_chars[-1] == " ":  # a cell's trailing space, not the tab before it
                out_chars.pop()
                out_index.pop()


def _cross_centre(line: _Line, vertical: bool) -> float:
    return (line.x0 + line.x1) / 2 if vertical else (line.top + line.bottom) / 2


def _mostly_cjk(block: list[_Line]) -> bool:
    cjk = sum(line.cjk for line in block)
    return cjk >= sum(line.glyphs for line in block) - cjk


def _starts_say(
    page: PageChars,
    previous: _Line,
    line: _Line,
    vertical: bool,
    start_edge: float,
    end_edge: float,
    em: float,
    in_item: bool,
) -> bool | None:
    """What the two lines' starts say: True a new paragraph, False the same one, None nothing.

    Japanese laws and plans mix two styles in one block: paragraphs whose first line is
    indented (一字下げ) and items whose wrapped lines are indented under their first line
    (ぶら下げ: 一 …, then the rest one character further in). Which one a deeper start means
    depends on the line before it: one that ended (short, or a sentence end) is followed by a
    new, indented paragraph; one that ran to the edge is continued by the item's next line.
    Once inside such an item, a line going back out after a short line starts the next item.
    """
    line_start = line.top if vertical else line.x0
    previous_start = previous.top if vertical else previous.x0
    short_by = end_edge - (previous.bottom if vertical else previous.x1)
    ended = short_by > 0.5 * em or page.chars[previous.last] in SENTENCE_END
    indented = line_start - start_edge > 0.8 * em
    if page.chars[line.items[0]] == "\u3000":
        return True
    deeper = line_start - previous_start
    if 0.5 * em < deeper <= HANGING_MAX_EM * em and not ended:
        return False
    if deeper > 0.5 * em:  # further in than the line before: an indented first line
        return True if indented else None
    if previous_start - line_start > 0.5 * em:  # further out: the end of an item
        return True if in_item and short_by > 1.5 * em else None
    return True if ended and indented else None  # one-line paragraphs or items, indented


def _paragraph_break(
    page: PageChars,
    previous: _Line,
    line: _Line,
    vertical: bool,
    end_edge: float,
    em: float,
    pitch: float,
    usual_pitch: float,
    cjk_block: bool,
) -> bool:
    """Whether a new paragraph starts at ``line``, judged from all but the lines' starts."""
    previous_end = previous.bottom if vertical else previous.x1
    short_by = end_edge - previous_end
    if cjk_block:
        # Japanese wraps anywhere, and excerpts often have ragged edges, so a short line ends a
        # paragraph only with another sign: it ends a sentence, more space follows it than
        # between the lines of a paragraph, or it reads as a heading (第一章, （１）, ２．).
        if short_by > 1.5 * em and (
            page.chars[previous.last] in SENTENCE_END
            or (usual_pitch and pitch > 1.2 * usual_pitch)
            or _is_heading(page, previous)
        ):
            return True
    elif _next_word_fits(page, previous, line, vertical, end_edge, em):
        return True  # the typesetter would have pulled the next word up: a paragraph end
    return _type_changes(previous, line, vertical, em, pitch, usual_pitch)


def _type_changes(
    previous: _Line, line: _Line, vertical: bool, em: float, pitch: float, usual_pitch: float
) -> bool:
    """A change of type size, wider spacing, or a step back up the page: a new paragraph
    whatever the lines' starts and ends say."""
    size_before = _cross_size(previous, vertical)
    size_after = _cross_size(line, vertical)
    if abs(size_before - size_after) > 0.2 * max(size_before, size_after):
        return True  # a change of type size: a heading and its text
    if usual_pitch and pitch > 1.4 * usual_pitch:
        return True
    # a line that does not continue the previous one's band order (e.g. moves backwards)
    return (
        not vertical
        and line.top < previous.top - 0.1 * em
        and line.bottom < previous.bottom
        and line.x0 > previous.x1
    )


def _is_heading(page: PageChars, line: _Line) -> bool:
    return HEADING.match("".join(page.chars[i] for i in line.items[:12])) is not None


def _next_word_fits(
    page: PageChars, previous: _Line, line: _Line, vertical: bool, end_edge: float, em: float
) -> bool:
    """Whether the first word of ``line`` would have fitted at the end of ``previous``."""
    boxes = page.boxes
    start = line.top if vertical else line.x0
    word_end = start
    for index in line.items:
        if page.chars[index] in SPACES:
            break
        word_end = boxes[index][3] if vertical else boxes[index][2]
    room = end_edge - (previous.bottom if vertical else previous.x1)
    return room > (word_end - start) + 0.4 * em


def _cross_size(line: _Line, vertical: bool) -> float:
    """The type size of a line: its glyphs' median extent across the line (an ideographic
    space, which PDFium boxes as a sliver, left out)."""
    sizes = line.widths if vertical else line.heights
    if "\u3000" in line.text:
        sizes = [size for size, char in zip(sizes, line.text, strict=True) if char != "\u3000"]
    return median(sizes) if sizes else 0.0


def _strip_trailing_space(out_chars: list[str], out_index: list[int]) -> None:
    while out_chars and out_chars[-1] in SPACES:
        out_chars.pop()
        out_index.pop()


def _join(page: PageChars, line: _Line, out_chars: list[str], out_index: list[int]) -> None:
    """Join a wrapped line to the text so far: nothing for CJK, a space for Latin words."""
    _strip_trailing_space(out_chars, out_index)
    if not out_chars:
        return
    previous = out_chars[-2] if len(out_chars) > 1 else ""
    joint = joint_between(previous, out_chars[-1], page.chars[line.items[0]])
    if joint == REJOIN:  # an English word hyphenated at the line end
        out_chars.pop()
        out_index.pop()
    elif joint:
        out_chars.append(joint)
        out_index.append(INSERTED)


REJOIN = "-"  # what joint_between says when a line-end hyphen is to be removed


def joint_between(previous: str, before: str, after: str) -> str:
    """What joins a wrapped line starting with ``after`` to text ending in ``previous`` and
    ``before``: nothing beside CJK or after a dash, a space between Latin words, or REJOIN
    for an English end-of-line hyphen before a lower-case letter (the hyphen goes)."""
    if before in HYPHENS and previous.isalpha() and after.isalpha() and after.islower():
        return REJOIN
    if before == "\n" or is_cjk(before) or is_cjk(after):
        return ""
    if before in HYPHENS or before in "/–—":
        return ""
    return " "


def _emit_line(
    page: PageChars,
    line: _Line,
    vertical: bool,
    em: float,
    out_chars: list[str],
    out_index: list[int],
) -> None:
    items = line.items
    count = len(items)
    if count == line.glyphs and _UNUSUAL.search(line.text) is None:
        # the usual line: no spaces to judge, no codes to replace
        out_chars.extend(line.text)
        out_index.extend(items)
        return
    chars, boxes, generated = page.chars, page.boxes, page.generated
    position = 0
    while position < count and chars[items[position]] in SPACES:
        position += 1  # leading spaces carry no meaning
    while position < count:
        index = items[position]
        char = chars[index]
        if char in SPACES:
            run_end = position
            is_generated = True
            while run_end < count and chars[items[run_end]] in SPACES:
                is_generated = is_generated and generated[items[run_end]]
                run_end += 1
            if run_end == count:
                break
            before = chars[items[position - 1]]
            after = chars[items[run_end]]
            keep = True
            if is_cjk(before) or is_cjk(after):
                # Japanese is written without spaces: a space PDFium inferred from a small gap
                # (tracking, substituted fonts) is noise; a real or wide one is kept.
                both = is_cjk(before) and is_cjk(after)
                if is_generated or both:
                    gap = _gap(boxes[items[position - 1]], boxes[items[run_end]], vertical)
                    keep = gap > 0.5 * em
            if keep:
                out_chars.append(" ")
                out_index.append(INSERTED if generated[index] else index)
            position = run_end
            continue
        code = ord(char)
        if code == 2:
            char = "-"  # PDFium's code for a hyphen it judged to end a line
        elif code < 0x20 or 0x7F <= code < 0xA0 or code == 0xFFFE or code == 0xFFFF:
            char = "\ufffd"  # an unmapped glyph: keep its place, say it is unknown
        out_chars.append(char)
        out_index.append(index)
        position += 1


def _gap(a: Box, b: Box, vertical: bool) -> float:
    return (b[1] - a[3]) if vertical else (b[0] - a[2])


def join_pages(
    pages: Sequence[str], separators: Sequence[str] | None = None
) -> tuple[str, list[tuple[int, int]]]:
    """The document text and each page's char range: pages separated by a line break, or by
    what ``separators`` (one fewer than the pages) says stands between each and the next."""
    parts: list[str] = []
    ranges: list[tuple[int, int]] = []
    offset = 0
    for number, text in enumerate(pages):
        separator = "\n" if separators is None or number == 0 else separators[number - 1]
        if offset and text:
            parts.append(separator)
            offset += len(separator)
        ranges.append((offset, offset + len(text)))
        parts.append(text)
        offset += len(text)
    return "".join(parts), ranges
