"""Where a selection is: a text selection's positions checked for being a range at all (and
what is wrong with them said), and the ways a PDF area's box may be meant, with the reading its
name or its text selection bears out (``plan_names``).

Run by :class:`plan.Planner` for each selection of a source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frameworkqda.core.exchange.refi import report_lines as say
from frameworkqda.core.exchange.refi.common import PageRect, rect_to_range
from frameworkqda.core.exchange.refi.plan_names import SourceText, claim, plain, shown
from frameworkqda.core.exchange.refi.plan_parts import LineEndings, PSegment, repeats, to_int
from frameworkqda.core.importers.base import PageGeometry

if TYPE_CHECKING:
    from frameworkqda.core.exchange.refi.plan import Planner


def range_of(p: Planner, element: Any, endings: LineEndings, label: str) -> tuple[int, int] | None:
    """A text selection's start and end as the file gives them, or None when they are no
    range (reported, saying what is wrong with them)."""
    numbers = []
    for attribute in ("startPosition", "endPosition"):
        value = element.get(attribute)
        number = to_int(value)
        if number is None:
            p.drop(
                element,
                say.SELECTION_POSITION_MISSING.format(**p.at(element, label), attribute=attribute)
                if value is None
                else say.SELECTION_NOT_WHOLE.format(
                    **p.at(element, label), attribute=attribute, value=value
                ),
            )
            return None
        numbers.append(number)
    start, end = numbers
    problem = None
    if start > end:
        problem = say.SELECTION_REVERSED
    elif start == end:
        problem = say.SELECTION_EMPTY
    elif start < 0:
        problem = say.SELECTION_OUTSIDE
    if problem is not None:
        p.drop(
            element,
            problem.format(
                **p.at(element, label),
                start=start,
                end=end,
                length=endings.original_length,
            ),
        )
        return None
    return start, end


def area_readings(
    p: Planner, element: Any, pages: list[PageGeometry]
) -> list[tuple[PageRect, tuple[int, int] | None]]:
    """The ways a PDFSelection's box may be meant, each with the characters it covers:
    the standard's (y from the bottom of the page), and first, in a file QualCoder wrote,
    QualCoder's own (y from the top: its ``pdf_selection_xml``). QualCoder also passes
    on unchanged the areas it imported from another program (its
    ``load_codings_for_pdf_areas`` stores them as they are), which are the standard's."""
    values = [to_int(element.get(a)) for a in ("page", "firstX", "firstY", "secondX", "secondY")]
    if None in values or not pages:
        return []
    page, x0, y0, x1, y1 = (int(v or 0) for v in values)
    areas = [PageRect(page, x0, y0, x1, y1)]
    if p.plan.origin.startswith("QualCoder") and 0 <= page < len(pages):
        height = pages[page].height
        areas.insert(0, PageRect(page, x0, round(height - y0), x1, round(height - y1)))
    return [(area, rect_to_range(pages, area)) for area in areas]


def area_reading(
    p: Planner,
    element: Any,
    source: SourceText,
    readings: list[tuple[PageRect, tuple[int, int] | None]],
    extracted: str | None,
    textual: list[PSegment],
    label: str,
) -> tuple[int, int] | None:
    """The characters a PDFSelection without a text of its own covers, in the text its
    boxes were made from, by the reading its name or the text selections bear out; None
    (reported) where its name quotes text that no reading covers and the way it was
    meant cannot be told."""
    boxes_text = source.text if extracted is None else extracted
    covered = [c for _, c in readings if c is not None]
    claimed = claim(element.get("name"))
    if claimed is not None and not source.quotes(claimed):
        claimed = None  # a name that is not the source's text ("Area 3") says nothing
    if claimed is not None:
        for candidate in covered:
            if claimed in plain(boxes_text[candidate[0] : candidate[1]]):
                return candidate
    if extracted is None or extracted == source.text:
        for candidate in covered:  # the area of a text selection of the same codes
            if repeats(element, candidate, textual, p.target):
                return candidate
    if claimed is None:
        return covered[0] if covered else None  # the writer's reading; unmatched if none

    def under(reading: tuple[PageRect, tuple[int, int] | None]) -> str:
        candidate = reading[1]
        return "" if candidate is None else shown(boxes_text[candidate[0] : candidate[1]])

    at = p.at(element, label, element.get("page"))
    if len(readings) > 1:
        p.drop(
            element,
            say.PDF_AREA_NOT_ITS_TEXT.format(
                **at,
                expected=shown(claimed),
                found=under(readings[0]),
                found2=under(readings[1]),
            ),
        )
        return None
    if covered:
        p.report.note(
            say.SELECTION_NAME_MISMATCH.format(
                **at,
                expected=shown(claimed),
                start=covered[0][0],
                end=covered[0][1],
                found=under(readings[0]),
            )
        )
        return covered[0]
    return None
