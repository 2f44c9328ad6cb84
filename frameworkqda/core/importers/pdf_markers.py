"""Footnote markers set as raised small type, put back into the line they mark.

A word processor draws a superscript footnote marker (``Act (DMCA)¹ was signed``) as its own
piece of type, often after the rest of the line in the content stream. Raised and smaller, it
does not continue the line, so it came out as a line of its own: a lone ``1`` between two
halves of a paragraph, and before its footnote's text at the page's foot. A short run of
digits or note signs (``* † ‡ §``) in type clearly smaller than a horizontal line it sits on,
raised above that line's baseline and within its extent (or just before its start, as a
footnote's own number is), is put into that line where it stands; digits become superscript
digits (one code point for one, so boxes stay aligned). A marker drawn where it stands and
touching its text (the Federal Register's) is already part of that line: a run of digits in
it, in the same small raised type, is made superscript in place.

Footnotes, once their number is back in front of them, are blocks that start with a marker in
type smaller than the page's text; they are moved to the end of the page's text, so one set
under a column of a multi-column page does not stand between that column and the next.
"""

from __future__ import annotations

import re
from statistics import median

from frameworkqda.core.importers.pdf_blocks import Block
from frameworkqda.core.importers.pdf_lines import SPACES, Line, PageChars, cross_size

_MARKER = re.compile(r"[0-9*†‡§]{1,3}")
_DIGITS = re.compile(r"(?<![0-9])[0-9]{1,3}(?![0-9])")
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FOOTNOTE_START = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§")
FOOTNOTE_MAX_SIZE = 0.95  # a footnote's type is smaller than the page's text
MAX_MARKER_SIZE = 0.8  # a marker's type is at most this share of its line's


def attach_markers(page: PageChars, lines: list[Line]) -> list[Line]:
    """``lines`` with each raised footnote marker moved into the line it marks, and markers
    the line builder already took into their line made superscript."""
    for line in lines:
        if line.vertical is False and line.glyphs > 3 and _DIGITS.search(line.text):
            _raise_inline_markers(page, line)
    markers = [
        line
        for line in lines
        if line.glyphs <= 3 and not line.vertical and _MARKER.fullmatch(line.text)
    ]
    if not markers:
        return lines
    hosts = [line for line in lines if line.vertical is False and line.glyphs > 3]
    absorbed: set[int] = set()
    for marker in markers:
        host = min(
            (host for host in hosts if _marks(marker, host)),
            key=lambda host: abs(marker.bottom - host.top),
            default=None,
        )
        if host is not None:
            _insert(page, host, marker)
            absorbed.add(id(marker))
    return [line for line in lines if id(line) not in absorbed]


def _raise_inline_markers(page: PageChars, line: Line) -> None:
    """Superscript digits for a run of one to three digits inside ``line`` (a footnote's own
    number before its text, ``alert,5`` in the text) set in type clearly smaller than the
    line's and raised above its baseline: close enough to the next glyph, the line builder
    took it into the line, so it never stood apart as a marker."""
    size = cross_size(line, False)
    glyphs = [index for index in line.items if page.chars[index] not in SPACES]
    boxes = page.boxes
    for run in _DIGITS.finditer(line.text):
        k, end = run.span()
        if not all(line.heights[j] <= MAX_MARKER_SIZE * size for j in range(k, end)):
            continue
        if not all(boxes[glyphs[j]][3] < line.bottom - 0.2 * size for j in range(k, end)):
            continue
        for j in range(k, end):
            page.chars[glyphs[j]] = page.chars[glyphs[j]].translate(SUPERSCRIPT)
        line.text = line.text[:k] + run.group().translate(SUPERSCRIPT) + line.text[end:]


def _marks(marker: Line, host: Line) -> bool:
    """Whether ``marker`` is raised small type on ``host``: clearly smaller, its foot above
    the host's baseline but below its top, and within its extent or just before it."""
    size = cross_size(host, False)
    return (
        cross_size(marker, False) <= MAX_MARKER_SIZE * size
        and host.top < marker.bottom < host.bottom - 0.2 * size
        and marker.top >= host.top - size
        and host.x0 - size <= marker.x0
        and marker.x1 <= host.x1 + size
    )


def _insert(page: PageChars, host: Line, marker: Line) -> None:
    """Put the marker's characters into ``host`` before the first character (a glyph or a
    space) that starts where the marker starts or further right (half a point's leeway); the
    host keeps its band (top, bottom) and last glyph, so a sentence end before a marker still
    ends the line."""
    boxes = page.boxes
    after = (k for k, index in enumerate(host.items) if boxes[index][0] >= marker.x0 - 0.5)
    at = next(after, len(host.items))
    before = sum(1 for index in host.items[:at] if page.chars[index] not in SPACES)
    for index in marker.items:
        page.chars[index] = page.chars[index].translate(SUPERSCRIPT)
    text = marker.text.translate(SUPERSCRIPT)
    host.items[at:at] = marker.items
    host.text = host.text[:before] + text + host.text[before:]
    host.widths[before:before] = marker.widths
    host.heights[before:before] = marker.heights
    host.glyphs += marker.glyphs
    host.x0, host.x1 = min(host.x0, marker.x0), max(host.x1, marker.x1)


def footnotes_last(blocks: list[Block]) -> list[Block]:
    """The blocks with footnotes (a marker first, type smaller than the page's text) moved
    to the end, in their order."""
    sizes = [
        cross_size(line, False) for block in blocks if isinstance(block, list) for line in block
    ]
    if not sizes:
        return blocks
    usual = median(sizes)
    notes = [
        block
        for block in blocks
        if isinstance(block, list)
        and block[0].vertical is not True
        and block[0].text[0] in FOOTNOTE_START
        and max(cross_size(line, False) for line in block) < FOOTNOTE_MAX_SIZE * usual
    ]
    if not notes:
        return blocks
    moved = {id(block) for block in notes}
    return [block for block in blocks if id(block) not in moved] + notes
