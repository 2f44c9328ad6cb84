"""Long PDFs are read page-parallel in worker processes: same result, progress, cancel."""

from __future__ import annotations

import glob
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from frameworkqda.core import workers
from frameworkqda.core.errors import ImportCancelledError
from frameworkqda.core.importers import Extraction, ImportOptions, extract
from frameworkqda.core.importers.base import Cancellation
from frameworkqda.core.importers.pdf import COLD_POOL_MIN_PAGES
from frameworkqda.core.importers.pdf_parallel import chunks
from tests import documents

REPO = Path(__file__).resolve().parents[2]
LONG_CORPUS_PDFS = (
    "pdf/en/federal-register-2020-17221.pdf",  # 15 pages, three columns
    "pdf/en/dmca.pdf",  # 18 pages
    "pdf/en/REFI-QDA-1-5.pdf",  # 60 pages
)


def _read(
    path: Path, worker_count: int, monkeypatch: pytest.MonkeyPatch, **paged: object
) -> Extraction:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", str(worker_count))
    workers.pool()  # running, as the GUI has it when an import starts (workers.warm_up)
    return extract(path.read_bytes(), path.name, ImportOptions(ocr=False), **paged)


def _same(a: Extraction, b: Extraction) -> None:
    assert a.text == b.text
    assert a.pages == b.pages  # sizes, character ranges and every packed box
    assert a.warnings == b.warnings and a.language == b.language


def test_chunks_cover_every_page_once_in_order() -> None:
    for total in (1, 8, 9, 80, 1001):
        for worker_count in (2, 3, 4):
            ranges = chunks(total, worker_count)
            assert [p for lo, hi in ranges for p in range(lo, hi)] == list(range(total))


def test_parallel_reading_gives_the_serial_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = documents.japanese_pdf(tmp_path / "plan.pdf", pages=24)
    _same(_read(path, 2, monkeypatch), _read(path, 1, monkeypatch))


@pytest.mark.parametrize("name", LONG_CORPUS_PDFS)
def test_parallel_reading_of_real_documents(
    corpus: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = corpus / name
    _same(_read(path, 2, monkeypatch), _read(path, 1, monkeypatch))


def test_progress_counts_pages_up_to_the_total(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = documents.japanese_pdf(tmp_path / "plan.pdf", pages=40)
    seen: list[tuple[int, int]] = []
    _read(path, 2, monkeypatch, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) > 1
    assert [done for done, _ in seen] == sorted({done for done, _ in seen})
    assert seen[-1] == (40, 40) and {total for _, total in seen} == {40}


def test_cancel_stops_the_workers_and_leaves_no_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = documents.japanese_pdf(tmp_path / "plan.pdf", pages=60)
    copies = os.path.join(tempfile.gettempdir(), "frameworkqda-*.pdf")
    before = set(glob.glob(copies))
    event = threading.Event()

    def progress(done: int, total: int) -> None:
        event.set()  # cancel as soon as the first chunk is in

    with pytest.raises(ImportCancelledError):
        _read(path, 2, monkeypatch, progress=progress, cancellation=Cancellation(event))
    assert set(glob.glob(copies)) <= before  # the temporary copy is gone (or going)
    # the pool is still usable afterwards
    assert _read(path, 2, monkeypatch).page_count == 60


def test_a_crashed_worker_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "2")
    pool = workers.pool()
    assert pool is not None
    with pytest.raises(BrokenProcessPool):
        pool.submit(os._exit, 3).result()
    workers.discard()
    fresh = workers.pool()
    assert fresh is not None and fresh is not pool
    assert fresh.submit(pow, 2, 10).result() == 1024


def test_one_worker_means_no_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "1")
    assert workers.pool() is None


def test_a_short_pdf_does_not_wait_for_workers_to_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "2")
    workers.shutdown()
    path = documents.japanese_pdf(tmp_path / "plan.pdf", pages=16)
    extract(path.read_bytes(), path.name, ImportOptions(ocr=False))
    assert workers.pool(start=False) is None  # read in this process; no pool was started


def test_warm_up_starts_the_workers_in_the_background(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "2")
    workers.shutdown()
    workers.warm_up()  # returns at once
    for _ in range(600):
        executor = workers.pool(start=False)
        if executor is not None:
            break
        time.sleep(0.01)
    assert executor is not None
    assert executor.submit(pow, 2, 10).result(timeout=60) == 1024


@pytest.mark.slow
@pytest.mark.parametrize("start_method", ["", "forkserver", "spawn"])
def test_cli_imports_a_long_pdf_with_workers(tmp_path: Path, start_method: str) -> None:
    """``python -m frameworkqda`` must not run again in each worker it starts (a PDF long
    enough to start the pool from the command line); with ``spawn`` too, as Windows and macOS
    start workers, from a folder whose path has a space and Japanese characters. Unasked
    (""), the command line forks its workers on Linux, and a forked worker must end without
    stopping its parent's pool (the copy it was forked with)."""
    folder = tmp_path / "山田 太郎" / "研究"
    folder.mkdir(parents=True)
    project = folder / "p.fqda"
    pages = COLD_POOL_MIN_PAGES
    pdf = documents.japanese_pdf(folder / "long.pdf", pages=pages)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "FRAMEWORKQDA_WORKERS": "2",
        "FRAMEWORKQDA_START_METHOD": start_method,
    }

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "frameworkqda", *args],
            capture_output=True, text=True, env=env, check=False, timeout=300,
        )  # fmt: skip

    assert cli("new", str(project)).returncode == 0
    result = cli("import", str(project), str(pdf))
    assert result.returncode == 0, result.stderr
    assert "imported: long.pdf" in result.stdout
    text = cli("text", str(project), "long.pdf").stdout
    assert text.count(documents.JAPANESE_PARAGRAPHS[0]) == pages

    probe = "from frameworkqda.core import workers as w; print(w.may_fork() or w.start_method())"
    chosen = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    forks = sys.platform.startswith("linux")  # a fresh process, no thread, no Qt: may fork
    assert chosen.stdout.strip() == (start_method or str(forks))
