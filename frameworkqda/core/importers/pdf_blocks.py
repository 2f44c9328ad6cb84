"""Blocks of one PDF page in reading order, the second step (see ``pdf_layout``).

Recursive XY-cut on the line boxes: horizontal pages cut columns first (read left to right),
then rows at gaps clearly wider than the line spacing; vertical pages cut tiers (段) first,
top to bottom, then column groups right to left. On horizontal pages a run of rows whose lines
stand apart as cells is a ``Table``, read row by row. A paragraph the cut split at a wrapped
line is put back together.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from frameworkqda.core.importers.geometry import Box
from frameworkqda.core.importers.pdf_lines import (
    BULLETS,
    HEADING,
    SENTENCE_END,
    Line,
    cross_size,
    goes_on_flush,
    is_vertical,
)


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
    lines: list[Line], boxes: list[Box], axis: int, threshold: float
) -> list[list[int]] | None:
    """Split line indices at projection gaps wider than ``threshold`` along x (0) or y (1)."""
    # Lone glyphs (page stamps, marginal marks) must not bridge a gap between real lines;
    # they are still placed in the group their centre falls in.
    significant = [i for i in range(len(lines)) if lines[i].glyphs > 1] or list(range(len(lines)))
    intervals = [(boxes[i][axis], boxes[i][axis + 2], i) for i in significant]
    gaps = [g for g in _gaps(intervals) if g[1] - g[0] > threshold]
    span_lo = min(lo for lo, _, _ in intervals)
    span_hi = max(hi for _, hi, _ in intervals)
    centres = [(box[axis] + box[axis + 2]) / 2 for box in boxes]
    if not gaps and not any(c < span_lo or c > span_hi for c in centres):
        return None  # nothing to cut
    gap_ends = [end for _, end in gaps]  # ascending, as the gaps are
    before: list[int] = []
    after: list[int] = []
    groups: list[list[int]] = [[] for _ in range(len(gaps) + 1)]
    for i, centre in enumerate(centres):
        if centre < span_lo:
            before.append(i)
        elif centre > span_hi:
            after.append(i)
        else:
            groups[bisect_left(gap_ends, centre)].append(i)  # the gaps it lies past
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
    wraps), the cells of a row left to right. A ``vertical`` table's rows are its columns of
    cells right to left, each top to bottom, a cell's lines right to left."""

    rows: list[list[list[Line]]]
    vertical: bool = False

    def lines(self) -> list[Line]:
        return [line for row in self.rows for cell in row for line in cell]


class RunOn(list[Line]):
    """A block whose first line goes on with the sentence that ``after`` (the last line of
    the block before it) broke off: text set around a table or a figure, whose lines leave
    the column and come back further on. Its text is joined to that line's as a wrapped
    line's is, not set off by a line break."""

    def __init__(self, lines: list[Line], after: Line, joint: str | None = None):
        super().__init__(lines)
        self.after = after
        self.joint = joint  # what stands between them; None: as between wrapped lines


Block = list[Line] | Table


def order_blocks(lines: list[Line], vertical_page: bool) -> list[Block]:
    """Recursive XY-cut: the page's lines grouped into blocks, in reading order."""
    if not lines:
        return []
    boxes = [line.layout_box(is_vertical(line, vertical_page)) for line in lines]
    sizes = [
        (line.x1 - line.x0) if is_vertical(line, vertical_page) else (line.bottom - line.top)
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
    same type, is the same paragraph. So is one whose long line ends a sentence at the very
    edge when the next starts flush (not indented, as a new Japanese paragraph would be).
    """
    rejoined: list[Block] = []
    for block in blocks:
        before = rejoined[-1] if rejoined else None
        if isinstance(before, list) and isinstance(block, list):
            if _continues(before, block, vertical_page):
                before.extend(block)
                continue
            if _runs_on(before, block, vertical_page):
                block = RunOn(block, before[-1])
            elif across_hole(before[-1], block[0], vertical_page):
                block = RunOn(block, before[-1], joint=" ")
        rejoined.append(block)
    return rejoined


def _runs_on(block: list[Line], after: list[Line], vertical_page: bool) -> bool:
    """Whether the Japanese sentence that ``block``'s last line breaks off goes on in
    ``after``'s first line although the two stand apart (``RunOn``): the last line is long,
    runs as far as ``after``'s lines reach and stops mid-sentence; the next line comes
    after it (left of it in vertical writing, below it in horizontal), in the same type,
    starts no further in than ``block`` and ``after``'s other lines (a new paragraph
    would be indented) and is no heading, item or list bullet. The Official Gazette sets a
    table in the lower part of a tier and the text around it: 「…記号を有」 beside the
    table goes on with 「する青色の灯火…」 in the full-height column after it."""
    last, line = block[-1], after[0]
    wrap = _wrapped_japanese(last, line, vertical_page)
    if (
        wrap is None
        or last.text[-1] in SENTENCE_END
        or line.text[0] == "\u3000"
        or line.text[0] in BULLETS
        or HEADING.match(line.text) is not None
    ):
        return False
    vertical, size = wrap
    start = min(ln.top if vertical else ln.x0 for ln in block)
    line_start = line.top if vertical else line.x0
    after_start = min(ln.top if vertical else ln.x0 for ln in after)
    after_end = max(ln.bottom if vertical else ln.x1 for ln in after)
    # the next line across: left of it in vertical writing, below it in horizontal
    beyond = (last.x0 - line.x1) if vertical else (line.top - last.bottom)
    return (
        beyond >= -0.5 * size
        and line_start <= min(start, after_start) + 0.5 * size
        and (last.bottom if vertical else last.x1) >= after_end - 0.5 * size
    )


# Japanese never ends a line with an opening bracket nor starts one with a closing bracket
# (禁則); a line that does is broken by a hole in the text layer, not by the layout
OPENING_BRACKETS = frozenset("「『（【〔［〈《｛(［")
CLOSING_BRACKETS = frozenset("」』）】〕］〉》｝)］")


def across_hole(last: Line, line: Line, vertical_page: bool) -> bool:
    """Whether ``line`` goes on with ``last`` on the same line of the page, past a hole: a
    word the page draws without text (outlines, an image) left a gap too wide for one line
    (javauninstall-7r.pdf's 「について【 Java の場合】」, 「※「 Java 」「 … 」等」). Only
    where the bracket says so: ``last`` ends with an opening bracket or ``line`` starts with
    a closing one, and ``line`` stands after it on the same band, in the same direction."""
    if last.text[-1] not in OPENING_BRACKETS and line.text[0] not in CLOSING_BRACKETS:
        return False  # the usual case, decided first: this runs for every pair of lines
    vertical = is_vertical(last, vertical_page)
    if is_vertical(line, vertical_page) != vertical:
        return False
    if vertical:
        overlap = min(last.x1, line.x1) - max(last.x0, line.x0)
        across = min(last.x1 - last.x0, line.x1 - line.x0)
        return overlap >= 0.5 * across and line.top >= last.bottom
    overlap = min(last.bottom, line.bottom) - max(last.top, line.top)
    across = min(last.bottom - last.top, line.bottom - line.top)
    return overlap >= 0.5 * across and line.x0 >= last.x1


def _wrapped_japanese(last: Line, line: Line, vertical_page: bool) -> tuple[bool, float] | None:
    """(vertical, type size) where ``line`` may go on the Japanese sentence ``last`` breaks
    off: the same direction, ``last`` long and mostly Japanese, the same type; else None.
    What :func:`_continues` and :func:`_runs_on` both ask first."""
    vertical = is_vertical(last, vertical_page)
    if (
        is_vertical(line, vertical_page) != vertical
        or last.glyphs < WRAPPED_MIN_GLYPHS
        or last.cjk * 2 < last.glyphs
    ):
        return None
    size = cross_size(last, vertical)
    if abs(size - cross_size(line, vertical)) > 0.2 * size:
        return None
    return vertical, size


def _continues(block: list[Line], after: list[Line], vertical_page: bool) -> bool:
    last, line = block[-1], after[0]
    wrap = _wrapped_japanese(last, line, vertical_page)
    if wrap is None:
        return False
    vertical, size = wrap
    start = min(ln.top if vertical else ln.x0 for ln in block)
    if abs((line.top if vertical else line.x0) - start) > size:
        return False
    if last.text[-1] in SENTENCE_END and not goes_on_flush(
        last, line, [*block, *after], start, vertical
    ):
        return False
    # the next line across: to the left in vertical writing, below in horizontal
    gap = last.x0 - line.x1 if vertical else line.top - last.bottom
    return 0 <= gap <= 1.5 * size


def _cut(
    lines: list[Line],
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
            if not vertical_page and axis == 1:
                groups = _keep_columns(groups, lines, boxes, size)
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


def _keep_columns(
    groups: list[list[int]], lines: list[Line], boxes: list[Box], size: float
) -> list[list[int]]:
    """Rows cut from a horizontal page, with consecutive rows that are parts of the same
    columns put back together, so that they are cut into columns as a page of columns is.

    Under a paragraph set across the page, the columns' lines interleave, so the usual gap
    between rows looks tiny and a paragraph's spacing that happens to fall at the same height
    in every column (a heading opening each column) cuts the columns in two: issue-463's
    ``Header 2.1`` / ``Header 2.3`` then both columns' text. Two rows are one set of columns
    when both split at the same column gap into columns that start at the same places."""
    merged: list[list[int]] = [groups[0]]
    for group in groups[1:]:
        if _same_columns(merged[-1], group, lines, boxes, size):
            merged[-1] = merged[-1] + group
        else:
            merged.append(group)
    return merged


def _same_columns(
    upper: list[int], lower: list[int], lines: list[Line], boxes: list[Box], size: float
) -> bool:
    """Whether two rows are cut into the same columns: each of them, and both together,
    split across at a column gap, into as many columns, each starting (its left edge) within
    an em of the other row's."""
    starts: list[list[float]] = []
    for part in (upper, lower, upper + lower):
        columns = _split([lines[i] for i in part], [boxes[i] for i in part], 0, 0.9 * size)
        if columns is None or len(columns) < 2:
            return False
        starts.append([min(boxes[part[i]][0] for i in column) for column in columns])
    upper_starts, lower_starts, both = starts
    return len(upper_starts) == len(lower_starts) == len(both) and all(
        abs(a - b) <= size for a, b in zip(upper_starts, lower_starts, strict=True)
    )


MIN_TABLE_ROWS = 3
CELL_GAP_EM = 1.5  # cells of a row stand at least this far apart
MAX_ROW_FILL = 0.6  # and leave at least two fifths of the row's width empty (prose columns
# with short paragraph ends reach 0.64; tables of names and figures stay well below)


def _find_table(lines: list[Line], size: float) -> Table | None:
    """The first run of table rows among horizontal lines: at least three bands in a row
    whose lines are cells (two or more, clearly apart, the row mostly empty space), two of
    them with three cells or more. Prose columns fill their rows, so they never qualify.
    A band of fewer lines that sit under cells of the row above, closer to it than rows are
    to one another, continues those cells (their text wrapped)."""
    ordered = sorted(lines, key=lambda ln: (ln.top + ln.bottom) / 2)
    bands: list[list[Line]] = []
    reach = -math.inf
    for line in ordered:
        lo, hi = line.cross_band(False)
        if bands and lo <= reach:
            bands[-1].append(line)
            reach = max(reach, hi)
        else:
            bands.append([line])
            reach = hi
    if sum(len(band) >= 2 for band in bands) < MIN_TABLE_ROWS:
        return None  # a row is two cells or more: too few bands for a table
    run: list[list[list[Line]]] = []
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


def _gap_below(row: list[list[Line]], band: list[Line]) -> float:
    """The empty space between the bottom of a row and the top of the band below it."""
    return min(line.top for line in band) - max(cell[-1].bottom for cell in row)


def _continue_cells(row: list[list[Line]], band: list[Line], max_gap: float) -> bool:
    """Append ``band``'s lines to the cells of ``row`` they sit under, when it is a wrap of
    some of its cells: fewer lines than cells, each under a different cell, and closer to the
    row than the rows are to one another (a paragraph after the table is further away)."""
    if not band or len(band) >= len(row) or not 0 <= _gap_below(row, band) < max_gap:
        return False
    under: dict[int, Line] = {}
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


def _is_aligned_row(first: list[list[Line]], band: list[Line], size: float) -> bool:
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


def _cells(band: list[Line], size: float) -> list[Line] | None:
    """The band's lines left to right when they could be a row's cells: two or more, all
    horizontal, clearly apart."""
    if len(band) < 2 or any(line.vertical for line in band):
        return None
    cells = sorted(band, key=lambda ln: ln.x0)
    if any(b.x0 - a.x1 < CELL_GAP_EM * size for a, b in pairwise(cells)):
        return None
    return cells


def _is_row(band: list[Line], size: float) -> bool:
    cells = _cells(band, size)
    if cells is None:
        return False
    span = max(ln.x1 for ln in cells) - cells[0].x0
    return sum(ln.x1 - ln.x0 for ln in cells) < MAX_ROW_FILL * span


def block_is_vertical(lines: list[Line], vertical_page: bool) -> bool:
    """A block's writing direction: that of most of its glyphs (the page's when undecided)."""
    vertical = sum(ln.glyphs for ln in lines if is_vertical(ln, vertical_page))
    horizontal = sum(ln.glyphs for ln in lines) - vertical
    return vertical > horizontal


def _sort_leaf(lines: list[Line], vertical_page: bool) -> list[Line]:
    """Lines of one block: rows top to bottom (left to right within a row), or columns right
    to left (top to bottom within a column) for vertical writing."""
    if vertical_page:
        ordered = sorted(lines, key=lambda ln: -(ln.x0 + ln.x1) / 2)
        return _group_bands(ordered, vertical=True)
    ordered = sorted(lines, key=lambda ln: (ln.top + ln.bottom) / 2)
    return _group_bands(ordered, vertical=False)


def _group_bands(ordered: list[Line], vertical: bool) -> list[Line]:
    """Lines sharing a band (a row, or a column) are put in order along the band."""
    result: list[Line] = []
    band: list[Line] = []
    band_hi = -math.inf
    for line in ordered:
        lo, hi = line.cross_band(vertical)
        if vertical:
            lo, hi = -hi, -lo
        if band and lo > band_hi:
            result.extend(_along(band, vertical))
            band = []
            band_hi = -math.inf
        band.append(line)
        band_hi = max(band_hi, hi)
    result.extend(_along(band, vertical))
    return result


def _along(band: list[Line], vertical: bool) -> list[Line]:
    """A band's lines in order along it (most bands are one line: nothing to sort)."""
    if len(band) < 2:
        return band
    return sorted(band, key=lambda ln: ln.top if vertical else ln.x0)
