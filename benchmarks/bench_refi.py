"""Benchmark: REFI-QDA export and import of 200 documents with 100,000 segments.

Run alone with ``PYTHONPATH=. python benchmarks/bench_refi.py`` (``--pdf``: the 60-page PDF's
page areas only); ``benchmarks/run.py`` calls :func:`run`, which returns rows of (figure,
median, unit).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

from benchmarks.common import text_document
from frameworkqda.core import model
from frameworkqda.core.exchange.refi import export_qdpx, import_qdpx
from frameworkqda.core.store import create_project, open_project

DOCUMENTS = 200
SEGMENTS = 100_000
REPEATS = 3


def build(path: Path) -> None:
    """Bulk-generate the project with SQLAlchemy Core inserts."""
    text = ("多文化共生の推進について、外国人住民への情報提供を行う。" * 40 + "\n") * 10
    with create_project(path, name="bench") as project, project.transaction() as s:
        s.execute(insert(model.Coder), [{"id": 1, "name": "alice"}])
        s.execute(
            insert(model.Code),
            [
                {
                    "id": i,
                    "name": f"code {i}",
                    "parent_id": None if i <= 10 else (i - 1) % 10 + 1,
                    "position": i,
                }
                for i in range(1, 51)
            ],
        )
        s.execute(
            insert(model.Case),
            [{"id": i, "name": f"city {i}", "position": i} for i in range(1, 21)],
        )
        s.execute(
            insert(model.Document),
            [
                {"id": d}
                | text_document(f"doc {d}", text, position=d, sha256="0" * 64, case_id=d % 20 + 1)
                for d in range(1, DOCUMENTS + 1)
            ],
        )
        s.execute(
            insert(model.DocumentFile),
            [{"document_id": d, "data": text.encode()} for d in range(1, DOCUMENTS + 1)],
        )
        per = SEGMENTS // DOCUMENTS
        s.execute(
            insert(model.Segment),
            [
                {
                    "document_id": d,
                    "code_id": (k % 50) + 1,
                    "coder_id": 1,
                    "start": (k * 37) % (len(text) - 100),
                    "end": (k * 37) % (len(text) - 100) + 60,
                }
                for d in range(1, DOCUMENTS + 1)
                for k in range(per)
            ],
        )


PDF_SELECTIONS = 1_062  # as the scale walkthrough's 60-page PDF had


def build_pdf(path: Path, pdf: Path) -> None:
    """A project of one real PDF (the 60-page REFI-QDA 1.5 standard) coded with
    ``PDF_SELECTIONS`` segments spread over its pages: its export writes a page area for
    each, which the import finds the characters of."""
    from frameworkqda.core.coding import add_segment_in
    from frameworkqda.core.importers.service import import_documents

    with create_project(path, name="bench pdf") as project:
        (result,) = import_documents(project, [pdf])
        assert result.document_id is not None
        with project.transaction() as s:
            code = model.Code(name="area", position=1)
            s.add(code)
            s.flush()
            document = s.get(model.Document, result.document_id)
            assert document is not None
            length, coder = len(document.text), project.coder(s).id
            for n in range(PDF_SELECTIONS):
                start = n * (length - 200) // PDF_SELECTIONS
                add_segment_in(s, document.id, code.id, start, start + 30 + n % 150, coder_id=coder)


def run_pdf() -> list[tuple[str, float, str]]:
    """Import of a .qdpx of one 60-page PDF with 1,062 page areas; the planning of its areas
    alone (the PDF's extraction is the rest)."""
    from tests.conftest import corpus_dir

    corpus = corpus_dir()
    pdf = None if corpus is None else corpus / "pdf" / "en" / "REFI-QDA-1-5.pdf"
    if pdf is None or not pdf.is_file():
        return []
    from frameworkqda.core.exchange.refi import plan

    imports: list[float] = []
    planning: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        build_pdf(base / "pdf.fqda", pdf)
        with open_project(base / "pdf.fqda") as project:
            export_qdpx(project, base / "pdf.qdpx")
        original = plan.Planner._pdf_selection
        spent = [0.0]

        def timed(self: plan.Planner, *args: object, **kwargs: object) -> None:
            started = time.perf_counter()
            try:
                original(self, *args, **kwargs)  # type: ignore[arg-type]
            finally:
                spent[0] += time.perf_counter() - started

        plan.Planner._pdf_selection = timed  # type: ignore[method-assign]
        try:
            for repeat in range(REPEATS):
                spent[0] = 0.0
                started = time.perf_counter()
                import_qdpx(base / "pdf.qdpx", base / f"pdf{repeat}.fqda")
                imports.append(time.perf_counter() - started)
                planning.append(spent[0])
        finally:
            plan.Planner._pdf_selection = original  # type: ignore[method-assign]
    return [
        ("REFI import, 60-page PDF / 1,062 page areas", statistics.median(imports), "s"),
        ("  of which planning the page areas", statistics.median(planning), "s"),
    ]


def run() -> list[tuple[str, float, str]]:
    exports: list[float] = []
    imports: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        build(base / "bench.fqda")
        for repeat in range(REPEATS):
            with open_project(base / "bench.fqda") as project:
                started = time.perf_counter()
                export_qdpx(project, base / "bench.qdpx")
                exports.append(time.perf_counter() - started)
            started = time.perf_counter()
            import_qdpx(base / "bench.qdpx", base / f"copy{repeat}.fqda")
            imports.append(time.perf_counter() - started)
        size = (base / "bench.qdpx").stat().st_size / 1e6
    return [
        ("REFI export, 200 documents / 100,000 segments", statistics.median(exports), "s"),
        ("REFI import, 200 documents / 100,000 segments", statistics.median(imports), "s"),
        ("REFI .qdpx size", size, "MB"),
        *run_pdf(),
    ]


if __name__ == "__main__":
    for figure, value, unit in run_pdf() if "--pdf" in sys.argv else run():
        print(f"{figure:<50} {value:10.2f} {unit}")
    sys.exit(0)
