"""A long PDF exports the page areas of its segments as walking every page would, and its
export reports progress and honours Cancel within the document, not only between documents."""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from frameworkqda.core import model
from frameworkqda.core.coding import add_segment_in
from frameworkqda.core.exchange.refi import ExchangeCancelled, export_qdpx
from frameworkqda.core.exchange.refi.common import PageRect, range_to_rects
from frameworkqda.core.exchange.refi.export_sources import SEGMENTS_PER_STEP
from frameworkqda.core.importers import geometry
from frameworkqda.core.importers.service import import_documents
from frameworkqda.core.store import Project, create_project
from tests import writes
from tests.documents import japanese_pdf

PAGES = 6
SEGMENTS = 2 * SEGMENTS_PER_STEP + 50


@pytest.fixture
def long_pdf(tmp_path: Path) -> Iterator[tuple[Project, int]]:
    """A six-page Japanese PDF coded with 250 segments, some over page breaks."""
    pdf = japanese_pdf(tmp_path / "long.pdf", pages=PAGES)
    with create_project(tmp_path / "long.fqda", name="Long") as project:
        (result,) = import_documents(project, [pdf])
        assert result.document_id is not None
        code = writes.add_code(project, "Education")
        with project.transaction() as s:
            document = s.get(model.Document, result.document_id)
            assert document is not None and len(document.pages) == PAGES
            length, coder = len(document.text), project.coder(s).id
            for n in range(SEGMENTS):
                start = n * (length - 80) // SEGMENTS
                add_segment_in(s, document.id, code, start, start + 20 + n % 60, coder_id=coder)
        yield project, result.document_id


def _walked(
    pages: list[model.DocumentPage], start: int, end: int
) -> list[tuple[PageRect, int, int]]:
    """The page areas as the exporter found them before: every page, for every range."""
    rects = []
    for index, page in enumerate(pages):
        lo, hi = max(start, page.char_start), min(end, page.char_end)
        found = geometry.bounding_box([page], lo, hi) if lo < hi else None
        if found is None:
            continue
        x0, top, x1, bottom = found[1]
        rect = PageRect(
            index,
            math.floor(x0),
            math.floor(page.height - bottom),
            math.ceil(x1),
            math.ceil(page.height - top),
        )
        rects.append((rect, lo, hi))
    return rects


def test_the_page_areas_of_a_range_are_those_found_by_walking_every_page(
    long_pdf: tuple[Project, int],
) -> None:
    project, document_id = long_pdf
    with project.session() as s:
        document = s.get(model.Document, document_id)
        assert document is not None
        pages, length = list(document.pages), len(document.text)
        breaks = [page.char_start for page in pages[1:]]
        ranges = [(start, start + size) for start in range(0, length, 23) for size in (1, 7, 90)]
        ranges += [
            (b - before, b + after) for b in breaks for before in (1, 40) for after in (1, 40)
        ]
        ranges += [(0, length), (pages[1].char_start - 5, pages[4].char_end + 5)]
        crossing = 0
        for start, end in ranges:
            end = min(end, length)
            found = range_to_rects(pages, start, end)
            assert found == _walked(pages, start, end), (start, end)
            crossing += len(found) > 1
        assert crossing >= 2 * len(breaks)


def test_a_long_pdf_reports_progress_and_is_cancelled_within_it(
    long_pdf: tuple[Project, int], tmp_path: Path
) -> None:
    project, _ = long_pdf
    seen: list[tuple[int, int, str]] = []
    export_qdpx(project, tmp_path / "all.qdpx", progress=lambda *step: seen.append(step))
    within = [done for done, _total, label in seen if label == "long.pdf"]
    # the document, then every SEGMENTS_PER_STEP of its segments
    assert within == [1, 1 + SEGMENTS_PER_STEP, 1 + 2 * SEGMENTS_PER_STEP]
    assert seen[-1] == (1 + SEGMENTS + 2, 1 + SEGMENTS + 2, "done")
    assert [done for done, _total, _label in seen] == sorted(done for done, _, _ in seen)

    cancel = threading.Event()
    reported: list[int] = []

    def progress(done: int, _total: int, label: str) -> None:
        reported.append(done)
        if done == 1 + SEGMENTS_PER_STEP:  # Cancel pressed while the long PDF is written
            cancel.set()

    with pytest.raises(ExchangeCancelled):
        export_qdpx(project, tmp_path / "cancelled.qdpx", progress=progress, cancel=cancel)
    assert reported[-1] == 1 + SEGMENTS_PER_STEP  # stopped there, within the document
    assert not (tmp_path / "cancelled.qdpx").exists()
