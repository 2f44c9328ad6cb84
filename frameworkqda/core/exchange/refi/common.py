"""Names, errors and small helpers shared by the REFI-QDA exporter and importer and the ``.qdc``
codebooks (element navigation, code keys for derived GUIDs, colours), and the conversion
between REFI-QDA PDF selections and text ranges (over ``importers.geometry``)."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

from lxml import etree

from frameworkqda.core import model
from frameworkqda.core.errors import FrameworkQDAError
from frameworkqda.core.importers import geometry
from frameworkqda.core.importers.base import PageGeometry
from frameworkqda.core.jobs import Cancel, JobCancelled, Progress
from frameworkqda.core.messages import QT_TRANSLATE_NOOP, Message, listed

__all__ = ["Cancel", "Progress"]  # the core's job protocol (core/jobs.py), as REFI names it

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"


class ExchangeError(FrameworkQDAError):
    """A REFI-QDA file could not be read or written; nothing was created."""


class UnsafeFileError(ExchangeError):
    """The file looks like an attack (or is too large to read safely) and was refused."""


class ExchangeCancelled(ExchangeError, JobCancelled):
    """The person cancelled; whatever was being written has been removed (a JobCancelled)."""


def check_cancel(cancel: Cancel | None) -> None:
    if cancel is not None and cancel.is_set():
        raise ExchangeCancelled("cancelled")


def format_datetime(value: datetime | None) -> str | None:
    """xsd:dateTime in UTC to the second, the form every REFI vendor writes."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_datetime(text: str | None) -> datetime | None:
    """Read an xsd:dateTime leniently; a value we cannot read is treated as absent."""
    if not text:
        return None
    raw = text.strip()
    if raw.endswith("Z"):
        raw = raw[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).replace(microsecond=0)


def normalise_colour(value: str | None) -> str | None:
    """``#abc`` or ``#AABBCC`` to lower-case ``#aabbcc``; anything else is dropped."""
    if not value:
        return None
    raw = value.strip().lstrip("#")
    if len(raw) == 3:
        raw = "".join(c * 2 for c in raw)
    if len(raw) == 8:  # some programs add an alpha byte
        raw = raw[:6]
    try:
        int(raw, 16)
    except ValueError:
        return None
    return f"#{raw.lower()}" if len(raw) == 6 else None


@dataclass(frozen=True)
class PageRect:
    """A REFI-QDA ``PDFSelection``: page from 0 (in ``page_number`` order) and integer PDF
    points from the bottom-left of the page, first corner lower-left, second upper-right."""

    page: int
    first_x: int
    first_y: int
    second_x: int
    second_y: int


def page_rect(
    page: model.DocumentPage | PageGeometry, index: int, lo: int, hi: int
) -> PageRect | None:
    """The REFI-QDA box around ``[lo, hi)`` on ``page`` (``index`` in the document's pages),
    or None when none of those characters is drawn there."""
    found = geometry.bounding_box([page], lo, hi) if lo < hi else None
    if found is None:
        return None
    x0, top, x1, bottom = found[1]
    return PageRect(
        index,
        math.floor(x0),
        math.floor(page.height - bottom),
        math.ceil(x1),
        math.ceil(page.height - top),
    )


def range_to_rects(
    pages: Sequence[model.DocumentPage], start: int, end: int
) -> list[tuple[PageRect, int, int]]:
    """The selections for text ``[start, end)``: one box per page it is drawn on
    (``importers.geometry.bounding_box`` page by page) in REFI-QDA's coordinates, each with
    the part ``[lo, hi)`` of the range laid out on that page."""
    return PageAreas(pages).rects(start, end)


class PageAreas:
    """One PDF's pages for the selections of many ranges (:func:`range_to_rects`): each
    page's character range is read once, and the pages a range covers are found by bisection,
    not by walking every page for every range (2,742 segments x 585 pages took 4 million
    reads of the ORM rows' attributes)."""

    def __init__(self, pages: Sequence[model.DocumentPage]) -> None:
        self.pages = list(pages)
        self.starts = [page.char_start for page in self.pages]
        self.ends = [page.char_end for page in self.pages]
        # in text order (as an import stores them) the pages a range covers are one run
        self.ordered = all(a <= b for pairs in (self.starts, self.ends) for a, b in pairwise(pairs))

    def rects(self, start: int, end: int) -> list[tuple[PageRect, int, int]]:
        """As :func:`range_to_rects`."""
        if self.ordered:
            first = bisect_right(self.ends, start)  # the first page ending after start
            last = bisect_left(self.starts, end, lo=first)  # pages from here start at or after end
            indices: Iterable[int] = range(first, last)
        else:
            indices = range(len(self.pages))
        rects = []
        for index in indices:
            page = self.pages[index]
            lo, hi = max(start, self.starts[index]), min(end, self.ends[index])
            rect = page_rect(page, index, lo, hi)
            if rect is not None:
                rects.append((rect, lo, hi))
        return rects


def rect_to_range(
    pages: Sequence[model.DocumentPage | PageGeometry], rect: PageRect
) -> tuple[int, int] | None:
    """The text range of the characters whose centre lies inside a REFI-QDA selection
    (``importers.geometry.range_for_rectangle`` after turning it into top-left coordinates)."""
    if not 0 <= rect.page < len(pages):
        return None
    page = pages[rect.page]
    left, right = sorted((rect.first_x, rect.second_x))
    low, high = sorted((rect.first_y, rect.second_y))
    return geometry.range_for_rectangle(page, (left, page.height - high, right, page.height - low))


def local(element: Any) -> str:
    """An element's tag without its namespace ("" for comments and processing instructions)."""
    return str(etree.QName(element).localname) if isinstance(element.tag, str) else ""


def kids(element: Any, name: str) -> list[Any]:
    return [child for child in element if local(child) == name]


def kid(element: Any, name: str) -> Any | None:
    found = kids(element, name)
    return found[0] if found else None


def code_keys(children: Mapping[int | None, Sequence[model.Code]]) -> dict[int, str]:
    """Each code's key for a derived GUID: its path of names, a repeated name numbered (#1…).

    A .qdpx and a .qdc export of the same project give a code without a stored GUID the same one.
    """
    keys: dict[int, str] = {}

    def walk(parent: int | None, prefix: str) -> None:
        seen: dict[str, int] = {}
        for code in children.get(parent, []):
            count = seen.get(code.name, 0)
            seen[code.name] = count + 1
            key = f"{prefix}\x1e{code.name}" + (f"#{count}" if count else "")
            keys[code.id] = key
            walk(code.id, key)

    walk(None, "")
    return keys


def shared_names(codes: Iterable[model.Code]) -> list[str]:
    """The names more than one code has, anywhere in the tree, in the codebook's order."""
    children: dict[int | None, list[model.Code]] = {}
    for code in sorted(codes, key=lambda c: (c.position, c.id)):
        children.setdefault(code.parent_id, []).append(code)
    count: dict[str, int] = {}

    def walk(parent: int | None) -> None:
        for code in children.get(parent, []):
            count[code.name] = count.get(code.name, 0) + 1
            walk(code.id)

    walk(None)
    return [name for name, n in count.items() if n > 1]


def shared_names_note(names: Sequence[str]) -> Message | None:
    """One line for an export's summary: REFI-QDA lets codes share a name, and we keep them so,
    but QualCoder's importer merges them (its code names are unique: the second code's GUID is
    never recorded, so its codings come in without a code)."""
    if not names:
        return None
    quoted = [QT_TRANSLATE_NOOP("REFI-QDA", "“{name}”").format(name=name) for name in names]
    return QT_TRANSLATE_NOOP(
        "REFI-QDA",
        "codes that share a name: {names}. REFI-QDA allows it, but QualCoder merges codes of "
        "the same name into one, and the codings of the others come in without a code.",
    ).format(names=listed(quoted))


def refi_colour(colour: str) -> str | None:
    """The colour as REFI-QDA's ``color`` attribute takes it (``#rgb`` or ``#rrggbb``): a
    translucent ``#rrggbbaa`` keeps its colour without the alpha (it was left out, and the
    code came back grey or in its parent's colour); None for anything else."""
    raw = colour[1:] if colour.startswith("#") else ""
    if len(raw) == 8:
        raw = raw[:6]
    if len(raw) in (3, 6) and all(c in "0123456789abcdefABCDEF" for c in raw):
        return "#" + raw
    return None


def text_in_rect(
    text: str,
    needle: str,
    pages: Sequence[model.DocumentPage | PageGeometry],
    rect: PageRect,
    covered: tuple[int, int],
) -> tuple[int, int] | None:
    """The occurrence of ``needle`` among the characters ``covered`` by ``rect`` whose own
    box is nearest the rectangle (the same box for an area our export wrote), or None.

    An area over two lines covers both lines whole, so a sentence repeated earlier on its
    first line is inside it too: the box, not the nearest start, tells which one it is.
    """
    if not needle or not 0 <= rect.page < len(pages):
        return None
    page = pages[rect.page]
    left, right = sorted((rect.first_x, rect.second_x))
    low, high = sorted((rect.first_y, rect.second_y))
    best: tuple[int, int] | None = None
    at = text.find(needle, max(0, covered[0] - len(needle) + 1))
    while 0 <= at < covered[1]:
        lo, hi = max(at, page.char_start), min(at + len(needle), page.char_end)
        box = page_rect(page, rect.page, lo, hi)
        if box is not None:
            distance = (
                abs(box.first_x - left)
                + abs(box.first_y - low)
                + abs(box.second_x - right)
                + abs(box.second_y - high)
            )
            if best is None or distance < best[0]:
                best = (distance, at)
        at = text.find(needle, at + 1)
    return None if best is None else (best[1], best[1] + len(needle))
