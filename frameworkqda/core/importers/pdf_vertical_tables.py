"""Ruled tables in vertical writing (縦書き): read cell by cell, in the page's reading order.

A vertical table is read the way its text is: its columns of cells right to left, like the
page's own columns; in each, its cells top to bottom; in each cell, its lines of text right to
left. In the text a column of cells is what a row is in a table read across: its cells
separated by tabs, one column a line (``pdf_layout._emit_table``, turned as the writing is).

A gazette sets a table too long for the room left in its tier in pieces. The first piece's
column rules stop short of the tier's frame at its foot (``RuledTable.open_bottom``); the
rest stands further on (to the left, or in the next tier) with its rules stopping short of
the frame at its head (``open_top``) and the same column widths. Each cell at the foot of a
piece goes on in the cell at the head of the same column in the next piece, and each line of
text in it goes on in the line standing at the same place across the cell: line k of the
first piece's cell, then line k of the next piece's, then line k + 1 of the first.

The table takes its place in the reading order through a stand-in: one line covering its
first piece, which the XY-cut (``pdf_blocks.order_blocks``) orders with the page's other
lines, and which the table then replaces. A quoted table (「 at its first piece's head, 」
at its last piece's foot, each a glyph alone) keeps its quotes just before and after it:
the XY-cut would place 」 by where it stands, which is before the text that follows it.
"""

from __future__ import annotations

from statistics import median

from frameworkqda.core.importers.geometry import Box
from frameworkqda.core.importers.pdf_blocks import Block, RunOn, Table, order_blocks
from frameworkqda.core.importers.pdf_lines import Line
from frameworkqda.core.importers.pdf_rulings import RuledTable, held_lines
from frameworkqda.core.text.cjk import normalise_char

SAME_WIDTH = 1.0  # points: the columns of two pieces of one table are this alike
STAND_IN = "\ufffc\ufffc"  # the stand-in's text, never emitted
OPENING = frozenset("「『（〔【〈《［｛")
CLOSING = frozenset("」』）〕】〉》］｝")
QUOTE_REACH = 3.0  # points: a quote this close to a table's head or foot is its own


def with_vertical_tables(lines: list[Line], tables: list[RuledTable]) -> list[Block]:
    """The blocks of a vertical page in reading order, each of ``tables`` (trusted, vertical)
    one ``Table`` with its pieces joined."""
    held = held_lines(lines, tables)
    by_cell: dict[int, list[Line]] = {}
    for line in lines:
        if id(line) in held:
            by_cell.setdefault(line.cell, []).append(line)
    free = [line for line in lines if id(line) not in held]
    read: dict[int, list[Block]] = {}  # a stand-in's id: what it stands for
    for pieces in _joined_pieces(tables):
        table = _read(pieces, by_cell)
        if table.rows:
            opening, closing = _quotes(free, pieces[0], pieces[-1])
            free = [line for line in free if line is not opening and line is not closing]
            stand_in = _stand_in(pieces[0])
            read[id(stand_in)] = [[q] for q in (opening,) if q] + [table]
            read[id(stand_in)] += [[q] for q in (closing,) if q]
            free.append(stand_in)
    blocks: list[Block] = []
    for block in order_blocks(free, True):
        if isinstance(block, Table):
            blocks.append(block)
            continue
        part: list[Line] = RunOn([], block.after) if isinstance(block, RunOn) else []
        for line in block:
            if id(line) in read:
                blocks += [part, *read[id(line)]] if part else read[id(line)]
                part = []
            else:
                part.append(line)
        if part:
            blocks.append(part)
    return blocks


def _quotes(
    lines: list[Line], first: RuledTable, last: RuledTable
) -> tuple[Line | None, Line | None]:
    """The lone 「 just above the table's first piece and the lone 」 just below its last."""
    found: list[Line | None] = []
    for piece, quotes, below in ((first, OPENING, False), (last, CLOSING, True)):
        x0, top, x1, bottom = piece.bounds()
        found.append(
            next(
                (
                    line
                    for line in lines
                    if line.glyphs == 1
                    and normalise_char(line.text) in quotes
                    and x0 - QUOTE_REACH <= line.x0
                    and line.x1 <= x1 + QUOTE_REACH
                    and (
                        bottom - 1 <= line.top <= bottom + QUOTE_REACH
                        if below
                        else top - QUOTE_REACH <= line.bottom <= top + 1
                    )
                ),
                None,
            )
        )
    return found[0], found[1]


def _joined_pieces(tables: list[RuledTable]) -> list[list[RuledTable]]:
    """The tables as chains of pieces: each piece open at its foot followed by the nearest
    piece after it, open at its head, with the same column widths."""
    pieces = sorted(tables, key=lambda table: -table.bounds()[2])  # right to left
    following: dict[int, RuledTable] = {}
    for piece in pieces:
        if piece.open_bottom:
            taken = {id(table) for table in following.values()}
            after = _next_piece(piece, [t for t in pieces if t.open_top and id(t) not in taken])
            if after is not None:
                following[id(piece)] = after
    continuing = {id(table) for table in following.values()}
    chains = []
    for piece in pieces:
        if id(piece) not in continuing:
            chain = [piece]
            while id(chain[-1]) in following:
                chain.append(following[id(chain[-1])])
            chains.append(chain)
    return chains


def _next_piece(piece: RuledTable, candidates: list[RuledTable]) -> RuledTable | None:
    """The piece going on from ``piece``: the nearest to its left in the same tier, else the
    first in a tier below."""
    widths = _widths(piece)
    x0, _, _, bottom = piece.bounds()
    alike = [
        table
        for table in candidates
        if table is not piece
        and len(_widths(table)) == len(widths)
        and all(abs(a - b) <= SAME_WIDTH for a, b in zip(_widths(table), widths, strict=True))
    ]
    left = [t for t in alike if t.bounds()[2] <= x0 + 1 and t.bounds()[1] < bottom - 1]
    if left:
        return max(left, key=lambda table: table.bounds()[2])
    below = [t for t in alike if t.bounds()[1] >= bottom - 1]
    return min(below, key=lambda t: (t.bounds()[1], -t.bounds()[2]), default=None)


def _widths(table: RuledTable) -> list[float]:
    return [column[0][2] - column[0][0] for column in table.columns]


def _read(pieces: list[RuledTable], by_cell: dict[int, list[Line]]) -> Table:
    """The table's columns of cells right to left as rows, each cell's lines in order."""
    columns = [list(reversed(piece.columns)) for piece in pieces]
    numbers = [{cell: piece.first + k for k, cell in enumerate(piece.cells())} for piece in pieces]
    rows: list[list[list[Line]]] = []
    for column in range(len(columns[0])):
        cells: list[list[tuple[Box, list[Line]]]] = []  # a cell: its parts, piece by piece
        for number, piece_columns in enumerate(columns):
            for k, box in enumerate(piece_columns[column]):
                part = (box, by_cell.get(numbers[number][box], []))
                if k == 0 and number > 0:
                    cells[-1].append(part)  # goes on from the foot of the previous piece
                else:
                    cells.append([part])
        row = [_in_order(parts) for parts in cells]
        if any(row):
            rows.append(row)
    return Table(rows, vertical=True)


def _in_order(parts: list[tuple[Box, list[Line]]]) -> list[Line]:
    """A cell's lines in reading order: by their place across the cell from its right wall
    (right to left), each place's line in the first part, then in the next; top to bottom
    within one part."""
    placed = [
        (box[2] - line.x1, number, line.top, line)
        for number, (box, lines) in enumerate(parts)
        for line in lines
    ]
    if not placed:
        return []
    leeway = 0.5 * median(line.x1 - line.x0 for *_, line in placed)
    placed.sort(key=lambda entry: entry[0])
    places: list[list[tuple[float, int, float, Line]]] = []
    for entry in placed:
        if places and entry[0] - places[-1][0][0] <= leeway:
            places[-1].append(entry)
        else:
            places.append([entry])
    return [entry[3] for place in places for entry in sorted(place, key=lambda e: e[1:3])]


def _stand_in(piece: RuledTable) -> Line:
    """A vertical line covering the table's first piece, for the XY-cut to place."""
    x0, top, x1, bottom = piece.bounds()
    width, half = x1 - x0, (bottom - top) / 2
    return Line(
        items=[], vertical=True, x0=x0, top=top, x1=x1, bottom=bottom, glyphs=2,
        text=STAND_IN, widths=[width, width], heights=[half, half], cjk=2,
    )  # fmt: skip
