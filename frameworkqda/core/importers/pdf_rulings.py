"""Ruled tables: cells drawn with lines and rectangles, found by pdfplumber's table finder.

``pdf_blocks`` finds tables by their text alone: rows whose cells stand apart and leave most
of the row empty. A ruled table with long text in every row (a description, a remark) fills
its rows and was read as columns, or its cells' lines ran together. Its rules say where the
cells are. PDFium lists the page's path objects; thin ones (a rule) and outlined rectangles
are edges, and only a page with at least two rules each way is handed to pdfplumber's lines strategy
(``merge_edges`` → ``edges_to_intersections`` → ``intersections_to_cells`` →
``cells_to_tables``, run on those edges without pdfminer parsing the page again), so plain
pages pay one walk over their objects. A table of two rows and two columns or more is kept.
Each glyph then knows its cell, so a line never runs across a cell's wall, and the table is
read row by row, cells separated by tabs, as ``pdf_blocks``' tables are.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import numpy
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from numpy.typing import NDArray

from frameworkqda.core.importers.geometry import Box
from frameworkqda.core.importers.pdf_blocks import Block, Table
from frameworkqda.core.importers.pdf_lines import SPACE_CHARS, Line, PageChars
from frameworkqda.core.text.cjk import one_of_mask

# The walk over every object of a page calls these once an object: through plain-address
# prototypes, which cost ctypes far less than pypdfium2's typed ones.
_get_object = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p).value or 0
)
_get_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)(
    ctypes.cast(pdfium_c.FPDFPageObj_GetType, ctypes.c_void_p).value or 0
)
_get_bounds = ctypes.CFUNCTYPE(ctypes.c_int, *[ctypes.c_void_p] * 5)(
    ctypes.cast(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_void_p).value or 0
)
RULE_MAX_WIDTH = 2.0  # a path this thin (points) is a rule
RULE_MIN_LENGTH = 3.0
MIN_RULES = 2  # each way, before the table finder is asked


@dataclass
class RuledTable:
    """A table's cells row by row (x0, top, x1, bottom from the page's top-left); a cell
    spanned by its neighbour is left out of its row."""

    rows: list[list[Box]]

    @property
    def top(self) -> float:
        return min(cell[1] for row in self.rows for cell in row)


def ruled_tables(page: pdfium.PdfPage) -> list[RuledTable]:
    """The ruled tables of an unrotated page (others are read by their text alone)."""
    if page.get_rotation():
        return []
    left, _, _, top = page.get_bbox()
    edges = _edges(page, left, top)
    if sum(e["orientation"] == "h" for e in edges) < MIN_RULES or (
        sum(e["orientation"] == "v" for e in edges) < MIN_RULES
    ):
        return []
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
        rows: list[list[Box]] = [
            [(cell[0], cell[1], cell[2], cell[3]) for cell in row.cells if cell is not None]
            for row in found.rows
        ]
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            tables.append(RuledTable(rows))
    return sorted(tables, key=lambda table: table.top)


def _edges(page: pdfium.PdfPage, left: float, top: float) -> list[dict[str, object]]:
    """Edges in pdfplumber's form from the page's top-level path objects: a thin path is one
    rule, a rectangle its four sides."""
    handle = ctypes.cast(page.raw, ctypes.c_void_p)
    edges: list[dict[str, object]] = []
    bounds = (ctypes.c_float * 4)()
    address = ctypes.addressof(bounds)
    pointers = [address + 4 * k for k in range(4)]  # left, bottom, right, top
    every = (
        _get_object(handle, index) for index in range(pdfium_c.FPDFPage_CountObjects(page.raw))
    )
    for obj in every:
        if _get_type(obj) != pdfium_c.FPDF_PAGEOBJ_PATH or not _get_bounds(obj, *pointers):
            continue
        x0, bottom, x1, upper = bounds
        x0, x1, y0, y1 = x0 - left, x1 - left, top - upper, top - bottom  # from the top-left
        width, height = x1 - x0, y1 - y0
        if height <= RULE_MAX_WIDTH and width >= RULE_MIN_LENGTH:
            edges.append(_edge("h", x0, x1, (y0 + y1) / 2, (y0 + y1) / 2))
        elif width <= RULE_MAX_WIDTH and height >= RULE_MIN_LENGTH:
            edges.append(_edge("v", (x0 + x1) / 2, (x0 + x1) / 2, y0, y1))
        elif min(width, height) >= RULE_MIN_LENGTH and _stroked_rectangle(obj):
            edges += [
                _edge("h", x0, x1, y0, y0), _edge("h", x0, x1, y1, y1),
                _edge("v", x0, x0, y0, y1), _edge("v", x1, x1, y0, y1),
            ]  # fmt: skip
    return edges


def _stroked_rectangle(address: int) -> bool:
    """A rectangle drawn with its outline (a filled one without is a background, such as a
    shaded code listing, not a cell)."""
    obj = ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT)
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke))
    return bool(stroke.value) and pdfium_c.FPDFPath_CountSegments(obj) in (4, 5)


def _edge(orientation: str, x0: float, x1: float, y0: float, y1: float) -> dict[str, object]:
    return {
        "orientation": orientation, "x0": x0, "x1": x1, "top": y0, "bottom": y1,
        "width": x1 - x0, "height": y1 - y0, "object_type": "line",
    }  # fmt: skip


def cell_numbers(page: PageChars, tables: list[RuledTable]) -> NDArray[numpy.intp] | None:
    """For each character, the number of the table cell its centre lies in (cells numbered
    table by table, row by row), or -1; None when no table holds its text.

    A table is only trusted when its cells hold all the text beside them and none runs over
    a wall: where some columns are ruled and others not (a cost table with unruled labels),
    or text overflows a framed box, its rules do not describe the text, and the text alone is
    read as before."""
    boxes = page.array
    ink = ~one_of_mask(page.codes, SPACE_CHARS)
    cx, cy = (boxes[:, 0] + boxes[:, 2]) / 2, (boxes[:, 1] + boxes[:, 3]) / 2
    numbers = numpy.full(len(boxes), -1, dtype=numpy.intp)
    number = 0
    for table in tables:
        cells = [cell for row in table.rows for cell in row]
        found = numpy.full(len(boxes), -1, dtype=numpy.intp)
        for k, (x0, top, x1, bottom) in enumerate(cells):
            inside = (x0 <= cx) & (cx < x1) & (top <= cy) & (cy < bottom)
            if (inside & ink & ((boxes[:, 0] < x0 - 1) | (boxes[:, 2] > x1 + 1))).any():
                break  # a glyph runs over the wall
            found[inside] = number + k
        else:
            top, bottom = table.top, max(cell[3] for cell in cells)
            beside = (found < 0) & ink & (top + 1 < cy) & (cy < bottom - 1)
            if not beside.any():
                numbers[found >= 0] = found[found >= 0]
                number += len(cells)
                continue
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
    number = 0
    for ruled in tables:  # the trusted ones (``cell_numbers`` empties the others)
        rows: list[list[list[Line]]] = []
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


def _top(block: Block) -> float:
    return min(line.top for line in (block.lines() if isinstance(block, Table) else block))
