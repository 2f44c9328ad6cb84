"""Reading order for one PDF page from character boxes: lines, blocks, then text.

PDFium hands us the characters in content-stream order with their boxes; that order is often
but not always the reading order, and its line breaks split Japanese sentences at every visual
wrap. This module rebuilds the page as a reader sees it:

1. **Lines** (``pdf_lines``): consecutive characters that continue one another on the page,
   either to the right (horizontal writing) or downwards (vertical writing, 縦書き).
2. **Blocks** (``pdf_blocks``) by recursive XY-cut on the line boxes. Horizontal pages cut
   columns first (read left to right), then rows at gaps clearly wider than the line spacing.
   Vertical pages cut tiers (段) first, top to bottom, then column groups right to left.
3. **Text** (this module): inside a block, lines are joined. A visual wrap joins with nothing
   between CJK characters and one space between Latin words (an English end-of-line hyphen
   before a lower-case letter is dropped); a paragraph break (``\\n``) is kept where the next
   line is indented (unless it goes on with an item whose wrapped lines hang under its first),
   the previous one ends short, or the spacing widens. Tables are read row by row (a vertical
   one column by column). Blocks are separated by ``\\n``.

Every output character carries the box of the glyph it came from; inserted spaces and breaks
carry NaN boxes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from statistics import median

import numpy
from numpy.typing import NDArray

from frameworkqda.core.importers.geometry import Box
from frameworkqda.core.importers.pdf_blocks import (
    RunOn,
    Table,
    across_hole,
    block_is_vertical,
    order_blocks,
)
from frameworkqda.core.importers.pdf_lines import (
    BULLETS,
    GAP_SPACE_EM,
    HEADING,
    SENTENCE_END,
    SPACES,
    Line,
    build_lines,
    cross_size,
    glyph_size,
)
from frameworkqda.core.importers.pdf_lines import NAN_BOX as NAN_BOX  # for ocr.py
from frameworkqda.core.importers.pdf_lines import PageChars as PageChars  # for pdf.py
from frameworkqda.core.importers.pdf_markers import attach_markers, footnotes_last
from frameworkqda.core.importers.pdf_rulings import (
    RuledTable,
    cell_numbers,
    held_lines,
    with_tables,
)
from frameworkqda.core.importers.pdf_vertical_tables import with_vertical_tables
from frameworkqda.core.text.cjk import is_cjk, normalise

INSERTED = -1  # an output character with no glyph of its own (a joining space, a break)
HYPHENS = frozenset("-\u00ad\u2010")
# Codes that _emit_line replaces: PDFium's line-end hyphen (2), controls, non-characters.
_UNUSUAL = re.compile("[\x00-\x1f\x7f-\x9f\ufffe\uffff]")
# a run-in heading in capitals (the Federal Register's "DATES:", "ADDRESSES:", "FOR FURTHER
# INFORMATION CONTACT:"), set at the start of a line, not indented
_RUN_IN_HEADING = re.compile(r"[A-Z][A-Z .,'’&/-]{1,60}:(?:\s|$)")
# An item's wrapped lines are indented under its first by at most this many ems (ぶら下げ);
# a line starting further in is centred or indented for another reason.
HANGING_MAX_EM = 4.0
# An item's number set apart from its text by a space (an ideographic one, or one the gap
# reads as), as laws and the Official Gazette begin each item: 一　, 十二　, 一の五　.
ITEM_NUMBER = re.compile("[一二三四五六七八九十百]+(?:の[一二三四五六七八九十百]+)?[\u3000 ]")
ITEM_PEEK = 12
# In a letter-spaced line, a gap wider than its spacing by this many ems holds a word space.
WORD_SPACE_EM = 0.2  # characters of a line that are enough to see whether it starts an item


@dataclass
class PageText:
    """A page's text in reading order and one box per code point of it."""

    text: str
    boxes: NDArray[numpy.float64]  # (len(text), 4); NaN rows for inserted characters


def layout_page(page: PageChars, tables: Sequence[RuledTable] = ()) -> PageText:
    """The page's text in reading order, with boxes; see the module docstring for the rules.
    Ruled tables (``pdf_rulings``) are read row by row on horizontal pages, and column by
    column on vertical pages (``pdf_vertical_tables``). Lines set sideways and read upwards
    (margin stamps) come last, each on its own."""
    tables = [replace(table) for table in tables]  # the caller's stay as they are
    cells = cell_numbers(page, tables) if tables else None
    lines = attach_markers(page, build_lines(page, cells))
    upright = [line for line in lines if not line.upward]
    vertical_glyphs = sum(ln.glyphs for ln in upright if ln.vertical)
    horizontal_glyphs = sum(ln.glyphs for ln in upright if ln.vertical is False)
    vertical_page = vertical_glyphs > horizontal_glyphs
    # the trusted tables written the page's way (the others' text is read as it stands)
    tables = [table for table in tables if table.rows and table.vertical == vertical_page]
    if tables and vertical_page:
        blocks = with_vertical_tables(upright, tables)
    elif tables:
        held = held_lines(upright, tables)
        free = [line for line in upright if id(line) not in held]
        blocks = with_tables(order_blocks(free, vertical_page), upright, tables)
    else:
        blocks = order_blocks(upright, vertical_page)
    if not vertical_page:
        blocks = footnotes_last(blocks)
    blocks += [[ln] for ln in lines if ln.upward]
    out_chars: list[str] = []
    out_index: list[int] = []  # the source character of each output one; -1: inserted
    for block_number, block in enumerate(blocks):
        before = blocks[block_number - 1] if block_number else None
        if isinstance(block, RunOn) and isinstance(before, list) and _ends_in(before, block.after):
            if block.joint is None:
                _join(page, block[0], out_chars, out_index)  # the sentence goes on (``RunOn``)
            else:  # past a hole in the text layer, on the same line of the page
                _strip_trailing_space(out_chars, out_index)
                out_chars.append(block.joint)
                out_index.append(INSERTED)
        elif block_number:
            out_chars.append("\n")
            out_index.append(INSERTED)
        if isinstance(block, Table):
            _emit_table(page, block, out_chars, out_index)
        else:
            _emit_block(page, block, vertical_page, out_chars, out_index)
    # ⼀ → 一, ︵ → （ (one code point for one) over the whole page at once
    return PageText(normalise("".join(out_chars)), page.boxes_of(out_index))


def _ends_in(block: list[Line], line: Line) -> bool:
    return bool(block) and block[-1] is line


def _emit_block(
    page: PageChars,
    block: list[Line],
    vertical_page: bool,
    out_chars: list[str],
    out_index: list[int],
) -> None:
    vertical = block_is_vertical(block, vertical_page)
    start_edge = min(ln.top if vertical else ln.x0 for ln in block)
    end_edge = max(ln.bottom if vertical else ln.x1 for ln in block)
    cjk_block = _mostly_cjk(block)
    em = median(glyph_size(ln, vertical) for ln in block)
    if not cjk_block:
        em = max(em * 1.8, 1.0)  # a Latin glyph is about half an em wide
    pitches = [
        abs(_cross_centre(b, vertical) - _cross_centre(a, vertical)) for a, b in pairwise(block)
    ]
    # The block's line spacing: the tightest pitch of lines that stand clear of one another
    # (the median was a paragraph's spacing in a block of short paragraphs set apart by
    # space, where a heading then ran on: issue-463's `Down went Alice after it. Header 2.2`)
    size = median(cross_size(ln, vertical) for ln in block)
    clear = [pitch for pitch in pitches if pitch > 0.9 * size]
    usual_pitch = min(clear) if clear else 0.0
    # Verse, lists and tables: most lines stop well short of the block's edge, so every line
    # break is meant (a prose paragraph has only its last line short). In Japanese, a short
    # line that ends a sentence or is a heading says nothing about verse, so it is not counted:
    # a plan alternating headings and paragraphs is prose. Nor, in English, does a short line
    # followed by wider spacing: a paragraph's last line (REFI-QDA-1-5.pdf's paragraphs).
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
            1
            for (a, b), pitch in zip(pairwise(block), pitches, strict=True)
            if (not usual_pitch or pitch <= 1.4 * usual_pitch)
            and _next_word_fits(page, a, b, vertical, end_edge, em)
        )
    verse = len(block) >= 3 and short * 2 > len(block) - 1
    previous: Line | None = None
    in_item = False  # the previous line continued an item under its first line (ぶら下げ)
    for line_number, line in enumerate(block):
        if previous is not None and across_hole(previous, line, vertical_page):
            _strip_trailing_space(out_chars, out_index)  # one line of the page, past a hole
            out_chars.append(" ")
            out_index.append(INSERTED)
        elif previous is not None:
            pitch = pitches[line_number - 1]
            starts = _starts_say(
                page, previous, line, vertical, start_edge, end_edge, em, in_item, cjk_block
            )
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
    as in a paragraph, except that a line starting with an item's number set apart from its
    text (``一　…``, ``二　…``, as laws and the Official Gazette number a cell's items) starts a
    line of its own, as printed. (A vertical table's rows are its columns of cells, right to
    left.)"""
    for row_number, row in enumerate(table.rows):
        if row_number:
            out_chars.append("\n")
            out_index.append(INSERTED)
        for cell_number, cell in enumerate(row):
            if cell_number:
                out_chars.append("\t")
                out_index.append(INSERTED)
            for line_number, line in enumerate(cell):
                size = glyph_size(line, table.vertical)
                line_chars: list[str] = []
                line_index: list[int] = []
                _emit_line(page, line, table.vertical, size, line_chars, line_index)
                if line_number and ITEM_NUMBER.match("".join(line_chars[:ITEM_PEEK])):
                    _strip_trailing_space(out_chars, out_index)
                    out_chars.append("\n")
                    out_index.append(INSERTED)
                elif line_number:
                    _join(page, line, out_chars, out_index)
                out_chars += line_chars
                out_index += line_index
            while out_chars[-1] == " ":  # a cell's trailing space, not the tab before it
                out_chars.pop()
                out_index.pop()


def _cross_centre(line: Line, vertical: bool) -> float:
    return (line.x0 + line.x1) / 2 if vertical else (line.top + line.bottom) / 2


def _mostly_cjk(block: list[Line]) -> bool:
    cjk = sum(line.cjk for line in block)
    return cjk >= sum(line.glyphs for line in block) - cjk


def _starts_say(
    page: PageChars,
    previous: Line,
    line: Line,
    vertical: bool,
    start_edge: float,
    end_edge: float,
    em: float,
    in_item: bool,
    cjk_block: bool = False,
) -> bool | None:
    """What the two lines' starts say: True a new paragraph, False the same one, None nothing.

    Japanese laws and plans mix two styles in one block: paragraphs whose first line is
    indented (一字下げ) and items whose wrapped lines are indented under their first line
    (ぶら下げ: 一 …, then the rest one character further in). Which one a deeper start means
    depends on the line before it: one that ended (short, or a sentence end) is followed by a
    new, indented paragraph; one that ran to the edge is continued by the item's next line.
    Once inside such an item, a line going back out after a short line starts the next item.
    In Japanese, a short line set further in than a paragraph's indent (more than one and a
    half ems: the Official Gazette's title of an ordinance, three characters in) is a title
    of its own when the next line goes back out.
    """
    line_start = line.top if vertical else line.x0
    previous_start = previous.top if vertical else previous.x0
    short_by = end_edge - (previous.bottom if vertical else previous.x1)
    ended = short_by > 0.5 * em or page.chars[previous.last] in SENTENCE_END
    indented = line_start - start_edge > 0.8 * em
    if page.chars[line.items[0]] == "\u3000" or line.text[0] in BULLETS:
        return True  # an indent by a full-width space, or the next item of a list
    deeper = line_start - previous_start
    if 0.5 * em < deeper <= HANGING_MAX_EM * em and not ended:
        return False
    if deeper > 0.5 * em:  # further in than the line before: an indented first line
        return True if indented else None
    if previous_start - line_start > 0.5 * em:  # further out: the end of an item
        title = cjk_block and previous_start - start_edge > 1.5 * em
        if short_by > 1.5 * em and (in_item or title):
            return True  # or a title set further in than any paragraph's first line
        return None
    return True if ended and indented else None  # one-line paragraphs or items, indented


def _paragraph_break(
    page: PageChars,
    previous: Line,
    line: Line,
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
    elif page.chars[previous.last] in SENTENCE_END and _RUN_IN_HEADING.match(
        "".join(page.chars[i] for i in line.items[:64])
    ):
        return True  # "… on these products." / "DATES: The FAA must …" was one paragraph
    return _type_changes(previous, line, vertical, em, pitch, usual_pitch)


def _type_changes(
    previous: Line, line: Line, vertical: bool, em: float, pitch: float, usual_pitch: float
) -> bool:
    """A change of type size, wider spacing, or a step back up the page: a new paragraph
    whatever the lines' starts and ends say."""
    size_before = cross_size(previous, vertical)
    size_after = cross_size(line, vertical)
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


def _is_heading(page: PageChars, line: Line) -> bool:
    return HEADING.match("".join(page.chars[i] for i in line.items[:12])) is not None


def _next_word_fits(
    page: PageChars, previous: Line, line: Line, vertical: bool, end_edge: float, em: float
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


def _strip_trailing_space(out_chars: list[str], out_index: list[int]) -> None:
    while out_chars and out_chars[-1] in SPACES:
        out_chars.pop()
        out_index.pop()


def _join(page: PageChars, line: Line, out_chars: list[str], out_index: list[int]) -> None:
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
    line: Line,
    vertical: bool,
    em: float,
    out_chars: list[str],
    out_index: list[int],
) -> None:
    items = line.items
    count = len(items)
    gaps = line.gaps
    if count == line.glyphs and not gaps and _UNUSUAL.search(line.text) is None:
        # the usual line: no spaces to judge, no gaps to fill, no codes to replace
        out_chars.extend(line.text)
        out_index.extend(items)
        return
    chars, boxes, generated = page.chars, page.boxes, page.generated
    spacing: float | None = None  # the line's letter-spacing (NaN: none), once asked
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
            space = " "
            if is_cjk(before) or is_cjk(after):
                # Japanese is written without spaces: a space PDFium inferred from a small gap
                # (tracking, substituted fonts) is noise; a real or wide one is kept, and one
                # PDFium inferred from a full-width gap between Japanese characters (an
                # item's number set apart from its text) is the ideographic space it shows
                # (a wider one is a hole where a word was drawn as outlines: a space). In a
                # letter-spaced line (目　次, は　じ　め　に) every gap is wide: the spaces
                # PDFium inferred there are the spacing, not characters of the text, unless
                # the gap is wider than the spacing by a space (PDFium reports a space typed
                # there, 第一章 総則, as one it inferred).
                both = is_cjk(before) and is_cjk(after)
                if is_generated or both:
                    gap = _gap(boxes[items[position - 1]], boxes[items[run_end]], vertical)
                    keep = gap > 0.5 * em
                    if keep and both and is_generated:
                        if spacing is None:
                            spacing = _letter_spacing(page, line, vertical, em)
                        if spacing == spacing:  # not NaN: letter-spaced
                            keep = gap >= spacing + WORD_SPACE_EM * em
                        elif gap >= GAP_SPACE_EM * em and gap < 1.5 * em:
                            space = "\u3000"
            if keep:
                out_chars.append(space)
                out_index.append(INSERTED if generated[index] else index)
            position = run_end
            continue
        if gaps and index in gaps:  # a full-width gap the text layer has no character for
            out_chars.extend("\u3000" * gaps[index])
            out_index.extend([INSERTED] * gaps[index])
        code = ord(char)
        if code == 2:
            char = "-"  # PDFium's code for a hyphen it judged to end a line
        elif code < 0x20 or 0x7F <= code < 0xA0 or code == 0xFFFE or code == 0xFFFF:
            char = "\ufffd"  # an unmapped glyph: keep its place, say it is unknown
        out_chars.append(char)
        out_index.append(index)
        position += 1


def _letter_spacing(page: PageChars, line: Line, vertical: bool, em: float) -> float:
    """The usual gap between the line's glyphs when more than a third of them are wider than
    half an em (a heading set letter-spaced, 目　次, counted as ``pdf_lines._find_gaps``
    does), else NaN."""
    boxes = page.boxes
    glyphs = [index for index in line.items if page.chars[index] not in SPACES]
    gaps = [_gap(boxes[a], boxes[b], vertical) for a, b in pairwise(glyphs)]
    if 3 * sum(1 for gap in gaps if gap > 0.5 * em) <= len(gaps):
        return math.nan
    return median(gaps)


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
