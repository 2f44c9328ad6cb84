"""What runs across a PDF's pages: running heads and page numbers, and paragraphs that go on
over a page break.

Each page is laid out on its own (``pdf_layout``), so a paragraph that runs over a page break
used to end one page's text and start the next one's, with a line break between its halves
and the page's running head and number in the middle of the sentence. Once every page is
read, this module:

- leaves page furniture out of the text: a line in the top or bottom margin band that is a
  bare page number (``12``, ``- 12 -``, ``Page 12``, ``12 ページ``), or whose text stands in the
  same band on many pages (a running head); or a bare number a little further in, the
  page's lowest or highest line, that counts with the pages. The page view still shows them;
  the import says what was left out.
- joins the last line of a page to the first line of the next when the first ran to its
  column's edge without ending a sentence (or ended a Japanese one right at the edge, and the
  second is running text: Japanese paragraphs begin indented) and the second does not start a
  paragraph (indented, U+3000, a heading like 第２章 or （１）, or a capital after an English
  line):
  with nothing between Japanese characters, with a space (or a rejoined hyphen) in English.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

import numpy
from numpy.typing import NDArray

from frameworkqda.core.importers.pdf_layout import HYPHENS, REJOIN, joint_between
from frameworkqda.core.importers.pdf_lines import BULLETS, FULL_WIDTH_END, HEADING, SENTENCE_END
from frameworkqda.core.importers.spill import Parked, Parking
from frameworkqda.core.text.cjk import is_cjk

MARGIN_BAND = 0.12  # running heads and page numbers sit in the top or bottom eighth or so
MAX_FURNITURE_CHARS = 100
RUNNING_HEAD_MIN_PAGES = 2  # a running head stands on at least this many pages
RUNNING_HEAD_MIN_SHARE = 0.25  # and on at least this share of them
_PAGE_NUMBER = re.compile(
    r"[-–—‐－―(（]?\s*(?:page|p\.)?\s*(?:[0-9０-９]{1,5}|[ivxlc]{1,7})"
    r"\s*(?:/\s*[0-9０-９]{1,4})?\s*(?:ページ|頁)?\s*[-–—‐－―)）]?",
    re.IGNORECASE,
)
_JOINABLE_END = re.compile(r"[\w,;、・]", re.UNICODE)
# a page number further in than the margin band (LaTeX sets its folio ~14 % up from the
# bottom): the page's lowest or highest line, a bare number standing apart from the text
# in the outer quarter of the page, counting up with the pages
FOLIO_BAND = 0.25
_FOLIO = re.compile(r"[-–—]?\s*([0-9０-９]{1,4})\s*[-–—]?")


@dataclass
class Page:
    """One page's text in reading order, a box per character (NaN for inserted ones)."""

    text: str
    boxes: NDArray[numpy.floating[Any]]  # (len(text), 4): x0, top, x1, bottom
    width: float
    height: float

    def line_rows(self) -> bytes | None:
        """The page's lines measured already (``line_rows``), if they were."""
        return None

    def margins(self) -> Margins | None:
        """What its margins hold, found already (``line_rows``), if it was."""
        return None


class ParkedPage(Page):
    """A page for ``pdf_pages`` whose boxes (and its lines, when they were measured as it was
    read) are read back each time they are asked for; what its margins hold, found with its
    lines, is kept at hand."""

    def __init__(
        self,
        text: str,
        parked: Parked,
        width: float,
        height: float,
        lines: Parked | None = None,
        margins: Margins | None = None,
    ) -> None:
        self.text, self.parked, self.width, self.height = text, parked, width, height
        self.lines, self.found_margins = lines, margins

    @property
    def boxes(self) -> NDArray[numpy.floating[Any]]:  # type: ignore[override]
        return numpy.frombuffer(self.parked.load(), dtype="<f4").reshape(-1, 4)

    def line_rows(self) -> bytes | None:
        return None if self.lines is None else self.lines.load()

    def margins(self) -> Margins | None:
        return self.found_margins


def parked_page(page: Page, parking: Parking) -> ParkedPage:
    """``page`` with its boxes parked (as it is, when they are already)."""
    if isinstance(page, ParkedPage):
        return page
    packed = page.boxes.astype("<f4").tobytes()
    return ParkedPage(page.text, parking.park(packed), page.width, page.height)


class _Line(NamedTuple):
    """A line of the page's text (a paragraph, a heading, a page number), with its extent and
    the boxes of its first and last glyphs (x0, top, x1, bottom), for the lines each side of
    a page break (``_as_line``). A named tuple: four times faster to make than a frozen
    dataclass."""

    start: int
    end: int
    x0: float
    top: float
    x1: float
    bottom: float
    first: tuple[float, float, float, float]
    last: tuple[float, float, float, float]
    vertical: bool  # its glyphs run downwards


Rows = NDArray[numpy.float64]  # a page's lines, a row each (``ROW_FIELDS``)


class Margins(NamedTuple):
    """What the furniture finder needs of a page, found from the page alone where it is read
    (``line_rows``): its lines in a margin band as (line number, band, text), and a page number
    further in (``_folio``: line, number), looked for where no page number stands in the band."""

    banded: list[tuple[int, str, str]]
    folio: tuple[int, int] | None


BANDS = ("", "top", "bottom", "left", "right")  # a line's margin band (``_band``) by number
# a line's row: start, end, x0, top, x1, bottom, first (4), last (4), vertical, band
ROW_FIELDS = 16


def line_rows(text: str, packed: bytes, width: float, height: float) -> tuple[bytes, Margins]:
    """A page's lines measured from its text and packed boxes, as rows of doubles, and what
    its margins hold: found once, where the boxes are at hand (a worker, as the page is read),
    instead of twice in the importing process after the last page (~0.3 ms a page each time;
    the margins, read from the rows parked on disk, were ~9 ms of the pass after the last
    page of a 600-page PDF)."""
    boxes = numpy.frombuffer(packed, dtype="<f4").reshape(-1, 4)
    rows = _measure(text, boxes, width, height)
    return rows.tobytes(), _margins(text, height, rows)


def _rows(page: Page) -> NDArray[numpy.float64]:
    """The page's lines as rows (``ROW_FIELDS``): measured already, or now."""
    rows = page.line_rows()
    if rows is None:
        return _measure(page.text, page.boxes, page.width, page.height)
    return numpy.frombuffer(rows).reshape(-1, ROW_FIELDS)


def _as_line(row: NDArray[numpy.float64]) -> _Line:
    """One row of a page's lines (``ROW_FIELDS``) as a line: made only for the lines each
    side of a page break, where all of a page's lines cost ~14 ms for 600 pages."""
    v = row.tolist()
    first, last = (v[6], v[7], v[8], v[9]), (v[10], v[11], v[12], v[13])
    return _Line(int(v[0]), int(v[1]), v[2], v[3], v[4], v[5], first, last, v[14] > 0)


def _measure(
    text: str, every: NDArray[numpy.floating[Any]], width: float, height: float
) -> NDArray[numpy.float64]:
    """The rows of the page's lines (``ROW_FIELDS``), measured for all lines at once and
    written straight into one table."""
    ends = numpy.array([*(m.start() for m in re.finditer("\n", text)), len(text)])
    starts = numpy.concatenate(([0], ends[:-1] + 1))
    glyphs = (~numpy.isnan(every[:, 0])).nonzero()[0]
    firsts, past = glyphs.searchsorted(starts), glyphs.searchsorted(ends)
    inked = past > firsts  # lines with at least one glyph
    if not inked.all():
        if not inked.any():
            return numpy.empty((0, ROW_FIELDS))
        starts, ends, firsts, past = starts[inked], ends[inked], firsts[inked], past[inked]
    lasts = past - 1
    boxes = every.take(glyphs, axis=0)
    heads = boxes.take(firsts, axis=0)
    seconds = boxes[:, 1].take(numpy.minimum(firsts + 1, lasts))
    table = numpy.empty((len(starts), ROW_FIELDS))
    table[:, 0], table[:, 1] = starts, ends
    table[:, 2:4] = numpy.minimum.reduceat(boxes[:, :2], firsts, axis=0)  # no glyph lies
    table[:, 4:6] = numpy.maximum.reduceat(boxes[:, 2:], firsts, axis=0)  # between lines
    table[:, 6:10] = heads
    table[:, 10:14] = boxes.take(lasts, axis=0)
    table[:, 14] = (lasts > firsts) & (seconds >= (heads[:, 1] + heads[:, 3]) / 2)
    table[:, 15] = _bands(table, width, height)
    return table


def _bands(table: NDArray[numpy.float64], width: float, height: float) -> list[int]:
    """Each line's margin band, by number in ``BANDS``: "top" or "bottom" for one line of
    type there, set apart from the text by at least half its height; "left" or "right" for
    a line set sideways in a side margin (a printer's stamp); "" for any other line (the
    text's first line may be in the top band too, and a paragraph of several lines is never
    a running head). Only a line that reaches into a margin band can be in one: those few
    are found for all lines at once and judged one by one (judging every line at once took
    ~25 numpy calls, ~29 µs a page)."""
    x0, top, x1, bottom = table[:, 2], table[:, 3], table[:, 4], table[:, 5]
    edge = (x1 <= MARGIN_BAND * width) | (x0 >= (1 - MARGIN_BAND) * width)
    edge |= (bottom <= MARGIN_BAND * height) | (top >= (1 - MARGIN_BAND) * height)
    found = [0] * len(table)
    near = edge.nonzero()[0].tolist()
    if near:
        tops, bottoms = top.tolist(), bottom.tolist()
        for number in near:
            found[number] = _band(table[number].tolist(), tops, bottoms, width, height)
    return found


def _band(
    row: list[float], tops: list[float], bottoms: list[float], width: float, height: float
) -> int:
    """The margin band (``_bands``) of the line of ``row``; ``tops`` and ``bottoms``: the
    page's lines'."""
    x0, top, x1, bottom = row[2:6]
    size = row[9] - row[7]
    vertical = row[14] > 0
    if not vertical and bottom - top >= 3 * (x1 - x0):  # set sideways
        if x1 <= MARGIN_BAND * width:
            return BANDS.index("left")
        return BANDS.index("right") if x0 >= (1 - MARGIN_BAND) * width else 0
    if vertical or bottom - top > 1.5 * size:  # not one line of upright type
        return 0
    if bottom <= MARGIN_BAND * height:
        below = [other for other in tops if other >= bottom]
        apart = not below or min(below) - bottom >= 0.5 * size
        return BANDS.index("top") if apart else 0
    if top >= (1 - MARGIN_BAND) * height:
        above = [other for other in bottoms if other <= top]
        apart = not above or top - max(above) >= 0.5 * size
        return BANDS.index("bottom") if apart else 0
    return 0


def _last_row_start(page: Page, line: _Line) -> float:
    """Where the last visual line of a (wrapped) line starts: x0, or top when vertical."""
    boxes = page.boxes[line.start : line.end]
    boxes = boxes[~numpy.isnan(boxes[:, 0])]
    centres = (boxes[:, :2] + boxes[:, 2:]) / 2
    if line.vertical:  # the last column: glyphs centred left of the last one's right edge
        return float(boxes[centres[:, 0] <= line.last[2], 1].min())
    return float(boxes[centres[:, 1] >= line.last[1], 0].min())  # the last row


def _signature(text: str) -> str:
    """A running head's wording, spaces aside. Digits count: a heading like 第1回 at the top
    of one page and 第2回 at the top of the next is text, not a running head."""
    return "".join(text.split())


def _as_is(page: Page) -> Page:
    return page


def across_pages(
    pages: list[Page], keep_furniture: bool = False, settle: Callable[[Page], Page] = _as_is
) -> tuple[list[Page], list[str], tuple[list[str], bool]]:
    """The pages without their furniture (unless kept), what stands between each page and
    the next (a line break, or nothing or a space where a paragraph goes on), and what was
    left out (the running heads as printed, and whether page numbers were). Lines are taken before
    anything is removed, a page at a time, and not held for the whole document (~1 KB a
    line: a 20,000-page PDF's would take half a gigabyte): what the margins hold to find the
    furniture, then the rows of the lines for the page breaks (only the lines each side of
    a break made into ``_Line``s); a page that comes with its lines measured and its margins
    looked at (``line_rows``) is not measured again. ``pages`` is changed in place, each page
    passed through ``settle`` (the importer parks its boxes on disk again)."""
    if keep_furniture:
        dropped: list[set[int]] = [set() for _ in pages]
        left_out: tuple[list[str], bool] = ([], False)
    else:
        dropped, heads, numbered = _furniture(pages)
        left_out = (heads, numbered)
    separators: list[str] = []
    before: tuple[Page, Rows, Rows] | None = None  # a page, its lines' rows, its body's
    for number, page in enumerate(pages):
        found = _rows(page)
        body = numpy.delete(found, sorted(dropped[number]), axis=0) if dropped[number] else found
        if before is not None:
            separators.append(_separator(before[0], before[2], page, body))
            pages[number - 1] = settle(_without(before[0], before[1], dropped[number - 1]))
        before = (page, found, body)
    if before is not None:
        pages[-1] = settle(_without(before[0], before[1], dropped[-1]))
    for number, separator in enumerate(separators):
        if separator == REJOIN:  # an English word hyphenated over the page break
            page = pages[number]
            pages[number] = settle(Page(page.text[:-1], page.boxes[:-1], page.width, page.height))
            separators[number] = ""
    return pages, separators, left_out


def _furniture(pages: list[Page]) -> tuple[list[set[int]], list[str], bool]:
    """Per page, which of its lines are running heads, page numbers or margin stamps; and
    what they were (the running heads as printed, and whether page numbers were among them)."""
    banded: list[list[tuple[int, str, str]]] = []  # per page: (line number, band, text)
    further_in: list[tuple[int, int] | None] = []  # per page: a folio outside the band
    for page in pages:
        found = page.margins()
        if found is None:
            found = _margins(page.text, page.height, _rows(page))
        banded.append(found.banded)
        further_in.append(found.folio)
    recurring = Counter(
        key for found in banded for key in {(band, _signature(text)) for _, band, text in found}
    )
    least = max(RUNNING_HEAD_MIN_PAGES, math.ceil(RUNNING_HEAD_MIN_SHARE * len(pages)))
    heads: dict[str, str] = {}  # signature -> the first wording seen
    numbered = False
    dropped: list[set[int]] = []
    for candidates in banded:
        drop = set()
        for number, band, text in candidates:
            if _PAGE_NUMBER.fullmatch(text):
                numbered = True
            elif recurring[band, _signature(text)] >= least:
                heads.setdefault(_signature(text), text)
            else:
                continue
            drop.add(number)
        dropped.append(drop)
    for drop, folio in zip(dropped, _counted_folios(further_in), strict=True):
        if folio is not None:
            numbered = True
            drop.add(folio)
    return dropped, list(heads.values()), numbered


def _margins(text: str, height: float, rows: Rows) -> Margins:
    """The page's lines in a margin band (``_bands``) that could be furniture, and a page
    number further in when none of them is one."""
    candidates = []
    for number in rows[:, 15].nonzero()[0].tolist():  # lines in a margin band
        start, end, margin = (int(value) for value in rows[number, [0, 1, 15]])
        line = text[start:end].strip()
        if line and len(line) <= MAX_FURNITURE_CHARS:
            candidates.append((number, BANDS[margin], line))
    numbered_in_band = any(_PAGE_NUMBER.fullmatch(line) for _, _, line in candidates)
    return Margins(candidates, None if numbered_in_band else _folio(text, height, rows))


def _counted_folios(found: list[tuple[int, int] | None]) -> list[int | None]:
    """Per page, the line that is its page number though outside the margin band (None): a
    folio candidate (``_folio``: line, number) whose number runs in step with the pages, on
    two pages or more. A lone number under a page's last paragraph is text."""
    steps = Counter(
        value - index for index, folio in enumerate(found) if folio for value in [folio[1]]
    )
    if not steps:
        return [None] * len(found)
    step, seen = steps.most_common(1)[0]
    if seen < RUNNING_HEAD_MIN_PAGES:
        return [None] * len(found)
    return [
        folio[0] if folio is not None and folio[1] - index == step else None
        for index, folio in enumerate(found)
    ]


def _folio(text: str, height: float, rows: Rows) -> tuple[int, int] | None:
    """The page's lowest (or highest) line when it is an upright bare number in the page's
    outer quarter, set apart from the text by at least half its height: (line, number).
    ``rows``: the page's lines, measured (``_rows``), read once for the margin band too. The
    two lines' words are looked at first: most pages end in running text (~3 µs a page)."""
    if len(rows) < 2:
        return None
    bottoms = rows[:, 5]
    for line, outside in ((int(bottoms.argmax()), True), (int(bottoms.argmin()), False)):
        row = rows[line]
        words = text[int(row[0]) : int(row[1])]
        match = _FOLIO.fullmatch(words.strip()) if len(words) <= 16 else None
        if match is None or row[14] > 0:  # not a bare number, or set vertically
            continue
        others = numpy.delete(rows, line, axis=0)
        if outside:  # the next line up, by its bottom
            in_band = row[3] >= (1 - FOLIO_BAND) * height
            apart = row[3] - others[:, 5].max()
        else:  # the next line down, by its bottom
            in_band = row[5] <= FOLIO_BAND * height
            apart = others[others[:, 5].argmin(), 3] - row[5]
        if in_band and apart >= 0.5 * (row[9] - row[7]):
            return line, int(match[1].translate(_FULL_WIDTH_DIGITS))
    return None


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _without(page: Page, found: Rows, drop: set[int]) -> Page:
    """The page with these of its lines (rows of ``found``) removed, and the line breaks left
    doubled, leading or trailing by their removal."""
    if not drop:
        return page
    codes = numpy.frombuffer(page.text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    keep = numpy.ones(len(codes), dtype=bool)
    for start, end in found[sorted(drop), :2].tolist():
        keep[int(start) : int(end)] = False
    kept = numpy.flatnonzero(keep)
    breaks = codes[kept] == 0x0A
    # a break first, last, or right after another one separates nothing any more
    kept = kept[~(breaks & numpy.concatenate(([True], breaks[:-1])))]
    if len(kept) and codes[kept[-1]] == 0x0A:
        kept = kept[:-1]
    text = codes[kept].tobytes().decode("utf-32-le", "surrogatepass")
    return Page(text, page.boxes[kept], page.width, page.height)


def _separator(before: Page, lines_before: Rows, after: Page, lines_after: Rows) -> str:
    """What stands between two pages: ``lines_before`` and ``lines_after`` are the rows of
    their lines, furniture left out."""
    if not len(lines_before) or not len(lines_after):
        return "\n"
    last, first = _as_line(lines_before[-1]), _as_line(lines_after[0])
    if last.vertical != first.vertical:
        return "\n"
    end_char, start_char = before.text[last.end - 1], after.text[first.start]
    if start_char == "\u3000" or start_char.isspace() or start_char in BULLETS:
        return "\n"
    if end_char in SENTENCE_END and not (
        end_char in FULL_WIDTH_END and is_cjk(start_char) and _running_text(after, first)
    ):
        return "\n"  # a sentence ended; in Japanese, a full line's 。 may go on flush, below
    if not _ran_to_edge(last, lines_before):
        return "\n"
    if _new_paragraph(first, lines_after, _last_row_start(before, last)):
        return "\n"
    if is_cjk(end_char) or is_cjk(start_char):
        if HEADING.match(after.text[first.start : first.start + 12]) is not None:
            return "\n"
    elif not (_JOINABLE_END.match(end_char) or end_char in HYPHENS) or not start_char.islower():
        return "\n"  # an English paragraph goes on only into a lower-case word
    previous = before.text[last.end - 2] if last.end > 1 else ""
    return joint_between(previous, end_char, start_char)  # as within a page


def _running_text(page: Page, line: _Line) -> bool:
    """Whether a page's first line reads as a paragraph's text going on (wrapped over more
    than one visual line, or ending a sentence), not a heading or a caption."""
    em = _em(line.first, line.vertical)
    across = (line.x1 - line.x0) if line.vertical else (line.bottom - line.top)
    return across > 1.5 * em or page.text[line.end - 1] in SENTENCE_END


def _em(box: tuple[float, float, float, float], vertical: bool) -> float:
    """The type size from one glyph's box: its extent across the line."""
    return (box[2] - box[0]) if vertical else (box[3] - box[1])


def _ran_to_edge(last: _Line, lines: Rows) -> bool:
    """Whether the page's last glyph stands at the far edge of its column (the last visual
    line of a paragraph that goes on, not a short one that ends it)."""
    em = _em(last.last, last.vertical)
    if last.vertical:  # the column's lines' bottoms
        return last.last[3] >= max(_column(last, lines, em, 5)) - em
    return last.last[2] >= max(_column(last, lines, em, 4)) - em  # their right ends


def _new_paragraph(first: _Line, lines: Rows, last_row_start: float) -> bool:
    """Whether the next page's first glyph starts further in than its column's lines do (an
    indented first line), unless it starts just where the previous page's last visual line
    did (an item's wrapped lines hanging under its first, on both pages)."""
    em = _em(first.first, first.vertical)
    start = first.first[1] if first.vertical else first.first[0]
    if abs(start - last_row_start) <= 0.5 * em:
        return False
    return start > min(_column(first, lines, em, 3 if first.vertical else 2)) + 0.5 * em


def _column(line: _Line, lines: Rows, em: float, field: int) -> list[float]:
    """Field ``field`` of the rows of ``line``'s column, in order: the lines of the same
    direction starting within a few ems of it (an indent is one or two)."""
    vertical = lines[:, 14] > 0
    if line.vertical:
        inside = vertical & (numpy.abs(lines[:, 3] - line.top) <= 3 * em)
    else:
        inside = ~vertical & (numpy.abs(lines[:, 2] - line.x0) <= 3 * em)
    return cast(list[float], lines[inside, field].tolist())
