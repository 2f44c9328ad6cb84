"""Ruled tables: cells drawn with lines and rectangles, found by pdfplumber's table finder.

``pdf_blocks`` finds tables by their text alone: rows whose cells stand apart and leave most
of the row empty. A ruled table with long text in every row (a description, a remark) fills
its rows and was read as columns, or its cells' lines ran together. Its rules say where the
cells are. PDFium lists the page's path objects; thin ones (a rule), outlined rectangles and
the straight strokes of an outlined path that draws many rules at once (a whole grid) are
edges. A rule that stops a few points short of a rule across it (an open box: a gazette's
table whose column rules stop short of the tier's frame) is drawn on to meet it, and the
table remembers that side as open. Only a page with at least two rules each way is handed
to pdfplumber's lines strategy (``merge_edges`` → ``edges_to_intersections`` →
``intersections_to_cells`` → ``cells_to_tables``, run on those edges without pdfminer parsing
the page again), so plain pages pay one walk over their objects.

Each glyph then knows its cell, so a line never runs across a cell's wall. A table whose text
runs across (two rows and two columns or more) is read row by row, cells separated by tabs,
as ``pdf_blocks``' tables are; one whose text runs down (縦書き, two columns or more) is read
by ``pdf_vertical_tables``.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from itertools import repeat

import numpy
import pypdfium2.raw as pdfium_c
from numpy.typing import NDArray

from frameworkqda.core.importers.geometry import Box
from frameworkqda.core.importers.pdf_blocks import Block, Table
from frameworkqda.core.importers.pdf_handle import PageHandle, untyped
from frameworkqda.core.importers.pdf_lines import SPACE_CHARS, Line, PageChars, runs_downward
from frameworkqda.core.text.cjk import one_of_mask

# The walk over every object of a page (and every segment of an outlined path) calls these
# once an object, through ``pdf_handle.untyped`` prototypes (ctypes converts nothing and keeps
# the GIL across these short calls).
# A page object or segment comes back as its address (an int, or None) and goes on as a
# pointer argument made from it (``_pointer``: a Python int would go as a C int): a handle
# returned as an instance of a c_void_p subclass, and converted again at each call it went
# to, cost ~1.9 us an object (~45 us a page of 24 text objects) against ~0.5. The floats
# PDFium writes go to byrefs into one array.
_pointer = ctypes.c_void_p.from_param
_get_object = untyped(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p)
_get_type = untyped(pdfium_c.FPDFPageObj_GetType, ctypes.c_int)
_get_bounds = untyped(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int)
_get_segment = untyped(pdfium_c.FPDFPath_GetPathSegment, ctypes.c_void_p)
_segment_point = untyped(pdfium_c.FPDFPathSegment_GetPoint, ctypes.c_int)
_segment_type = untyped(pdfium_c.FPDFPathSegment_GetType, ctypes.c_int)
_segment_closes = untyped(pdfium_c.FPDFPathSegment_GetClose, ctypes.c_int)
RULE_MAX_WIDTH = 2.0  # a path this thin (points) is a rule
RULE_MIN_LENGTH = 3.0
MIN_RULES = 2  # each way, before the table finder is asked
MAX_PATH_SEGMENTS = 400  # an outlined path with more is a drawing, not a grid of rules
SHORT_RULE_REACH = 5.0  # a rule stopping this short (points) of one across it reaches it
Edge = dict[str, object]  # pdfplumber's form of a rule


@dataclass
class RuledTable:
    """A table's cells row by row and column by column (x0, top, x1, bottom from the page's
    top-left; a cell spanned by its neighbour is left out), and which of its ends are open:
    its column rules stopped short of a frame rule there (the table goes on elsewhere)."""

    rows: list[list[Box]]
    columns: list[list[Box]] = field(default_factory=list)
    open_top: bool = False
    open_bottom: bool = False
    vertical: bool = False  # its text runs downwards (set by ``cell_numbers``)
    first: int = -1  # the number of its first cell, once ``cell_numbers`` trusts it

    @property
    def top(self) -> float:
        return min(cell[1] for row in self.rows for cell in row)

    def cells(self) -> list[Box]:
        """Row by row, as ``cell_numbers`` numbers them."""
        return [cell for row in self.rows for cell in row]

    def bounds(self) -> Box:
        cells = self.cells()
        return (
            min(c[0] for c in cells), min(c[1] for c in cells),
            max(c[2] for c in cells), max(c[3] for c in cells),
        )  # fmt: skip


def ruled_tables(page: PageHandle) -> list[RuledTable]:
    """The ruled tables of an unrotated page (others are read by their text alone)."""
    if page.get_rotation():
        return []
    left, _, _, top = page.get_bbox()
    edges = _edges(page, left, top)
    if sum(e["orientation"] == "h" for e in edges) < MIN_RULES or (
        sum(e["orientation"] == "v" for e in edges) < MIN_RULES
    ):
        return []
    opened = _reach_across(edges)
    # loaded here, so that documents without ruled pages never load pdfplumber and pdfminer
    from pdfplumber.table import (
        DEFAULT_JOIN_TOLERANCE,
        DEFAULT_SNAP_TOLERANCE,
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )
    from pdfplumber.table import Table as FoundTable

    edges = merge_edges(
        edges, DEFAULT_SNAP_TOLERANCE, DEFAULT_SNAP_TOLERANCE,
        DEFAULT_JOIN_TOLERANCE, DEFAULT_JOIN_TOLERANCE,
    )  # fmt: skip
    cells = intersections_to_cells(edges_to_intersections(edges, 3, 3))
    tables = []
    for group in cells_to_tables(cells):
        found = FoundTable(None, group)  # type: ignore[arg-type]  # rows need no page
        rows, columns = (
            [[(c[0], c[1], c[2], c[3]) for c in line.cells if c is not None] for line in lines]
            for lines in (found.rows, found.columns)
        )
        if len(columns) >= 2:  # two rows more for a table read across (``cell_numbers``)
            table = RuledTable(rows, columns)
            x0, upper, x1, lower = table.bounds()
            ends = [(y, way) for way, x, y in opened if x0 - 1 <= x <= x1 + 1]
            table.open_top = any(way == "top" and abs(y - upper) <= 3 for y, way in ends)
            table.open_bottom = any(way == "bottom" and abs(y - lower) <= 3 for y, way in ends)
            tables.append(table)
    return sorted(tables, key=lambda table: table.top)


def _edges(page: PageHandle, left: float, top: float) -> list[Edge]:
    """Edges in pdfplumber's form from the page's top-level path objects: a thin path is one
    rule, a rectangle its four sides, an outlined path of many parts its straight strokes."""
    handle = _pointer(ctypes.cast(page.raw, ctypes.c_void_p).value)
    edges: list[Edge] = []
    bounds = (ctypes.c_float * 4)()
    pointers = [ctypes.byref(bounds, 4 * k) for k in range(4)]  # left, bottom, right, top
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    for address in map(_get_object, repeat(handle, count), range(count)):
        obj = _pointer(address)
        if _get_type(obj) != pdfium_c.FPDF_PAGEOBJ_PATH or not _get_bounds(obj, *pointers):
            continue
        x0, bottom, x1, upper = bounds
        x0, x1, y0, y1 = x0 - left, x1 - left, top - upper, top - bottom  # from the top-left
        width, height = x1 - x0, y1 - y0
        if height <= RULE_MAX_WIDTH and width >= RULE_MIN_LENGTH:
            edges.append(_edge("h", x0, x1, (y0 + y1) / 2, (y0 + y1) / 2))
        elif width <= RULE_MAX_WIDTH and height >= RULE_MIN_LENGTH:
            edges.append(_edge("v", (x0 + x1) / 2, (x0 + x1) / 2, y0, y1))
        elif min(width, height) >= RULE_MIN_LENGTH and _stroked(address):
            segments = pdfium_c.FPDFPath_CountSegments(
                ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT)
            )
            if segments in (4, 5):
                edges += [
                    _edge("h", x0, x1, y0, y0), _edge("h", x0, x1, y1, y1),
                    _edge("v", x0, x0, y0, y1), _edge("v", x1, x1, y0, y1),
                ]  # fmt: skip
            elif 0 < segments <= MAX_PATH_SEGMENTS:
                edges += _strokes(address, segments, left, top)
    return edges


def _strokes(address: int, count: int, left: float, top: float) -> list[Edge]:
    """The straight level and upright strokes of the outlined path at ``address`` (a grid
    drawn in one go), from the page's top-left."""
    m = pdfium_c.FS_MATRIX()
    path = _pointer(address)
    pdfium_c.FPDFPageObj_GetMatrix(ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT), ctypes.byref(m))
    point = (ctypes.c_float * 2)()
    x_at, y_at = ctypes.byref(point, 0), ctypes.byref(point, ctypes.sizeof(ctypes.c_float))
    points: list[tuple[float, float, int, bool]] = []
    for index in range(count):
        segment = _pointer(_get_segment(path, index))
        _segment_point(segment, x_at, y_at)
        x, y = point
        page_x = m.a * x + m.c * y + m.e - left
        page_y = top - (m.b * x + m.d * y + m.f)
        points.append((page_x, page_y, _segment_type(segment), bool(_segment_closes(segment))))
    edges: list[Edge] = []
    start = previous = (points[0][0], points[0][1])
    for px, py, kind, close in points:
        here = (px, py)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = here
        elif kind == pdfium_c.FPDF_SEGMENT_LINETO:
            edges += _straight(previous, here)
        if close:
            edges += _straight(here, start)
        previous = here
    return edges


def _straight(a: tuple[float, float], b: tuple[float, float]) -> list[Edge]:
    """The stroke from ``a`` to ``b`` as an edge, when it is level or upright and long enough."""
    (ax, ay), (bx, by) = a, b
    if abs(ay - by) <= 0.5 and abs(ax - bx) >= RULE_MIN_LENGTH:
        return [_edge("h", min(ax, bx), max(ax, bx), ay, ay)]
    if abs(ax - bx) <= 0.5 and abs(ay - by) >= RULE_MIN_LENGTH:
        return [_edge("v", ax, ax, min(ay, by), max(ay, by))]
    return []


def _reach_across(edges: list[Edge]) -> list[tuple[str, float, float]]:
    """Draw on each rule whose end stops at most ``SHORT_RULE_REACH`` short of a rule across
    it (and meets none there) to that rule, so the finder sees the cell it closes. Returns
    the upright rules' ends drawn on: ("top" or "bottom", x, the y they now reach)."""
    opened: list[tuple[str, float, float]] = []
    for way in ("v", "h"):
        along, across = ("top", "bottom"), ("x0", "x1")
        if way == "h":
            along, across = ("x0", "x1"), ("top", "bottom")
        rules = [e for e in edges if e["orientation"] == way]
        crossing = [e for e in edges if e["orientation"] != way]
        if not rules or not crossing:
            continue
        # the crossing rules: where they stand along ``rules``, and the span they cover
        at = numpy.array([float(e[along[0]]) for e in crossing])  # type: ignore[arg-type]
        lo = numpy.array([float(e[across[0]]) for e in crossing]) - 1  # type: ignore[arg-type]
        hi = numpy.array([float(e[across[1]]) for e in crossing]) + 1  # type: ignore[arg-type]
        for rule in rules:
            place = float(rule[across[0]])  # type: ignore[arg-type]
            spans = (lo <= place) & (place <= hi)
            for end, sign in ((along[0], -1.0), (along[1], 1.0)):
                gap = (at - float(rule[end])) * sign  # type: ignore[arg-type]  # beyond the end
                if (spans & (numpy.abs(gap) <= 1)).any():
                    continue  # it meets a rule there
                reach = spans & (gap > 1) & (gap <= SHORT_RULE_REACH)
                if reach.any():
                    target = float(at[reach][numpy.argmin(gap[reach])])
                    rule[end] = target
                    if way == "v":
                        opened.append(("top" if sign < 0 else "bottom", place, target))
            rule["width"] = float(rule["x1"]) - float(rule["x0"])  # type: ignore[arg-type]
            rule["height"] = float(rule["bottom"]) - float(rule["top"])  # type: ignore[arg-type]
    return opened


def _stroked(address: int) -> bool:
    """A path drawn with its outline (a filled rectangle without one is a background, such as
    a shaded code listing, not a cell)."""
    obj = ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT)
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(stroke.value)


def _edge(orientation: str, x0: float, x1: float, y0: float, y1: float) -> Edge:
    return {
        "orientation": orientation, "x0": x0, "x1": x1, "top": y0, "bottom": y1,
        "width": x1 - x0, "height": y1 - y0, "object_type": "line",
    }  # fmt: skip


def cell_numbers(page: PageChars, tables: list[RuledTable]) -> NDArray[numpy.intp] | None:
    """For each character, the number of the table cell its centre lies in (cells numbered
    table by table, row by row), or -1; None when no table holds its text. Each trusted
    table learns the number of its first cell and whether its text runs downwards.

    A table is only trusted when its rules describe its text. One read across needs two rows
    and two columns or more, no glyph running over a side wall, and no text beside it: where
    some columns are ruled and others not (a cost table with unruled labels), or text
    overflows a framed box, the text alone is read as before. One whose text runs down needs
    two columns or more, no glyph over any wall and no text in its area outside its cells."""
    boxes = page.array
    ink = ~one_of_mask(page.codes, SPACE_CHARS)
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    numbers = numpy.full(len(boxes), -1, dtype=numpy.intp)
    number = 0
    for table in tables:
        cells = table.cells()
        found = numpy.full(len(boxes), -1, dtype=numpy.intp)
        over_side = over_end = False
        for k, (x0, top, x1, bottom) in enumerate(cells):
            inside = (x0 <= cx) & (cx < x1) & (top <= cy) & (cy < bottom)
            held = boxes[inside & ink]
            over_side = over_side or bool(((held[:, 0] < x0 - 1) | (held[:, 2] > x1 + 1)).any())
            over_end = over_end or bool(((held[:, 1] < top - 1) | (held[:, 3] > bottom + 1)).any())
            found[inside] = number + k
        table.vertical = runs_downward(boxes[(found >= 0) & ink])
        x0, top, x1, bottom = table.bounds()
        if table.vertical:
            area = (x0 < cx) & (cx < x1) & (top < cy) & (cy < bottom)
            trusted = len(table.columns) >= 2 and not over_side and not over_end
        else:  # nothing beside it, across the whole page
            area = (top + 1 < cy) & (cy < bottom - 1)
            shape = len(table.rows) >= 2 and max(len(row) for row in table.rows) >= 2
            trusted = shape and not over_side
        if trusted and not ((found < 0) & ink & area).any():
            numbers[found >= 0] = found[found >= 0]
            table.first = number
            number += len(cells)
        else:
            table.rows = []  # not trusted: read by its text alone
    return numbers if number else None


def with_tables(blocks: list[Block], lines: list[Line], tables: list[RuledTable]) -> list[Block]:
    """The page's blocks with each ruled table's lines (``Line.cell``), read row by row,
    placed before the first block that starts below the table's top."""
    by_cell: dict[int, list[Line]] = {}
    for line in lines:
        if line.cell >= 0:
            by_cell.setdefault(line.cell, []).append(line)
    result = list(blocks)
    for ruled in tables:
        rows: list[list[list[Line]]] = []
        number = ruled.first
        for row in ruled.rows:
            cells = [
                sorted(by_cell.get(number + k, []), key=lambda ln: (ln.top, ln.x0))
                for k in range(len(row))
            ]
            number += len(row)
            if any(cells):
                rows.append(cells)
        if not rows:
            continue
        at = next((k for k, block in enumerate(result) if _top(block) >= ruled.top), len(result))
        result.insert(at, Table(rows))
    return result


def held_lines(lines: list[Line], tables: list[RuledTable]) -> set[int]:
    """The ids of the lines standing in a cell of one of ``tables`` (trusted ones)."""
    numbers = {n for table in tables for n in range(table.first, table.first + len(table.cells()))}
    return {id(line) for line in lines if line.cell in numbers}


def _top(block: Block) -> float:
    return min(line.top for line in (block.lines() if isinstance(block, Table) else block))
