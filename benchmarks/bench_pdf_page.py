"""What one PDF page costs a worker, step by step: CPU milliseconds a page on the 600-page
Japanese PDF whose font is not embedded (the one ``bench_cli`` imports), in this process.

Each step is timed with ``time.process_time`` around it, page after page, in the order
``pdf.read_page`` takes them; a figure is the best of ``PASSES`` passes over all the pages
(this machine is shared: the best pass is the one least disturbed by others). Base and branch
are compared by running this file on each, back to back.

Run alone with ``python benchmarks/bench_pdf_page.py``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PAGES = 600
PASSES = 4
STEPS = (
    ("load", "PDF page: PDFium loads the page"),
    ("chars", "PDF page: text page, codes, boxes, unreadable-glyph check"),
    ("rulings", "PDF page: ruled-table check"),
    ("layout", "PDF page: reading order (layout_page)"),
    ("pack", "PDF page: packing the boxes"),
    ("rows", "PDF page: its lines measured for the cross-page pass (line_rows)"),
)


def per_page(path: Path, passes: int = PASSES) -> dict[str, float]:
    """Best-of-``passes`` CPU milliseconds a page of each step, and their sum ("all")."""
    from frameworkqda.core import pdfium_fonts
    from frameworkqda.core.importers import pdf
    from frameworkqda.core.importers.geometry import pack_boxes
    from frameworkqda.core.importers.pdf_handle import LoadedPage
    from frameworkqda.core.importers.pdf_layout import layout_page
    from frameworkqda.core.importers.pdf_pages import line_rows
    from frameworkqda.core.importers.pdf_rulings import ruled_tables

    clock = time.process_time
    document = pdf.open_pdf(path, path.name, None)
    pages = len(document)
    best = {name: float("inf") for name, _ in STEPS}
    for _ in range(passes):
        spent = dict.fromkeys(best, 0.0)
        for number in range(pages):
            with pdfium_fonts.measuring():  # as read_page loads and reads a page
                started = clock()
                page = LoadedPage(document, number)
                loaded = clock()
                chars, width, height, _ = pdf.read_page_chars(page)
                read = clock()
            tables = ruled_tables(page)
            ruled = clock()
            page.close()
            closed = clock()
            text = layout_page(chars, tables)
            laid_out = clock()
            boxes = pack_boxes(text.boxes)
            packed = clock()
            line_rows(text.text, boxes, width, height)  # as the worker does (pdf_parallel)
            measured = clock()
            spent["load"] += (loaded - started) + (closed - ruled)
            spent["chars"] += read - loaded
            spent["rulings"] += ruled - read
            spent["layout"] += laid_out - closed
            spent["pack"] += packed - laid_out
            spent["rows"] += measured - packed
        best = {name: min(best[name], spent[name]) for name in best}
    document.close()
    figures = {name: seconds / pages * 1000 for name, seconds in best.items()}
    figures["all"] = sum(figures.values())
    return figures


def run() -> list[tuple[str, float, str]]:
    """Rows of (figure, best, unit) for the benchmark runner."""
    from tests import documents

    with tempfile.TemporaryDirectory() as name:
        paragraphs = [p for _ in range(4) for p in documents.JAPANESE_PARAGRAPHS]  # a full page
        path = documents.japanese_pdf(Path(name) / "ja-600.pdf", paragraphs, pages=PAGES)
        figures = per_page(path)
    labels = dict(STEPS)
    labels["all"] = "PDF page: all of the above"
    return [(labels[step], value, "CPU ms/page, best pass") for step, value in figures.items()]


if __name__ == "__main__":
    for figure, value, unit in run():
        print(f"{figure:<60} {value:8.3f} {unit}", flush=True)
