"""A worker pool that breaks around the moment work is handed to it never leaves an import
waiting: work it refused is read by the caller, work it took and lost is read by a fresh pool
(test_pool_worker_died.py: a file that breaks that one too is named).

The pools here are real (worker processes started by multiprocessing, a worker killed by
``os._exit``). One test leaves a broken pool in the state a ``submit`` racing the break sees:
CPython (3.11) marks a pool broken and clears its work outside the lock ``submit`` holds, so a
``submit`` that checked just before may either start a worker on pipes being closed
(``OSError: handle is closed``) or add work no thread will ever finish. One run of the suite
hung on that; the race lasts microseconds, so the test sets the flags as the racing ``submit``
found them rather than waiting for the race.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from frameworkqda.core import workers
from frameworkqda.core.importers import Extraction, ImportOptions, extract, pdf_parallel
from frameworkqda.core.importers.base import Cancellation
from frameworkqda.core.importers.offload import extract_file
from frameworkqda.core.importers.pdf import COLD_POOL_MIN_PAGES
from frameworkqda.core.importers.warm import warm_up_for
from tests import documents

OPTIONS = ImportOptions(ocr=False)
WAIT_SECONDS = 60  # far beyond a read here: past it, the import is waiting for ever


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text("浜松市は多言語で情報を提供している。𠮷野家の前。\n" * 20, encoding="utf-8")
    return path


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRAMEWORKQDA_WORKERS", "2")
    workers.shutdown()


def _broken_pool(started: int) -> ProcessPoolExecutor:
    """The shared pool, with ``started`` workers running, then broken by one that died."""
    pool = workers.pool()
    assert pool is not None
    for _ in range(started - 1):
        pool.submit(time.sleep, 0.3)  # each keeps a worker busy, so the next starts another
    with pytest.raises(BrokenProcessPool):
        pool.submit(os._exit, 3).result()
    while not workers.stopped(pool):
        time.sleep(0.01)
    return pool


def _as_a_racing_submit_finds_it(pool: ProcessPoolExecutor) -> None:
    """Clear the broken pool's flags until the next ``submit`` has passed its checks, then set
    them back: that ``submit`` runs on as one that checked just before the break did."""
    broken, handed = pool._broken, pool._queue_count
    pool._broken = pool._shutdown_thread = False

    def break_again() -> None:
        while pool._queue_count == handed:
            time.sleep(0.001)
        pool._broken, pool._shutdown_thread = broken, True

    threading.Thread(target=break_again, daemon=True).start()


def _ended(read: Callable[[], Extraction], name: str) -> Extraction:
    """What ``read`` returns or raises, run in a thread that must end."""
    outcome: list[Extraction | BaseException] = []

    def run() -> None:
        try:
            outcome.append(read())
        except BaseException as error:  # handed to the test's thread
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(WAIT_SECONDS)
    assert outcome, f"the import of {name} is still waiting for the pool"
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _in_pool(path: Path) -> Extraction:
    """``path`` read as the GUI's import thread reads it."""
    return _ended(
        lambda: extract_file(
            path.read_bytes(),
            path.name,
            OPTIONS,
            progress=lambda done, total: None,
            cancellation=Cancellation(None),
        ),
        path.name,
    )


def test_a_file_the_broken_pool_refused_is_read_here(note: Path, two_workers: None) -> None:
    pool = _broken_pool(started=2)
    assert _in_pool(note).text == extract(note.read_bytes(), note.name, OPTIONS).text
    assert workers.pool(start=False) is None  # discarded: the next import starts a new one
    assert workers.stopped(pool)


def test_pages_the_broken_pool_refused_are_read_here(tmp_path: Path, two_workers: None) -> None:
    pdf = documents.japanese_pdf(tmp_path / "plan.pdf", pages=20)
    workers.shutdown()
    alone = extract(pdf.read_bytes(), pdf.name, OPTIONS)  # no pool: read in this process
    _broken_pool(started=2)
    again = extract(pdf.read_bytes(), pdf.name, OPTIONS)  # the broken pool is the running one
    assert (again.text, again.pages, again.warnings) == (alone.text, alone.pages, alone.warnings)
    assert workers.pool(start=False) is None


def test_pages_read_early_by_a_broken_pool_are_left_to_the_import(
    tmp_path: Path, two_workers: None
) -> None:
    pdf = documents.japanese_pdf(tmp_path / "plan.pdf", pages=COLD_POOL_MIN_PAGES)
    _broken_pool(started=2)
    assert warm_up_for(pdf, OPTIONS)  # the command line's early start, on the broken pool
    assert not pdf_parallel._early  # nothing handed out, no temporary copy kept
    assert extract(pdf.read_bytes(), pdf.name, OPTIONS).page_count == COLD_POOL_MIN_PAGES


@pytest.mark.parametrize(
    ("started", "how"),
    [
        (1, "refused: starting the second worker meets the pipes being closed"),
        (2, "taken: every worker had started, so the work waits for a thread that has ended"),
    ],
)
def test_a_pool_breaking_as_it_takes_a_file_never_leaves_the_import_waiting(
    note: Path, two_workers: None, started: int, how: str
) -> None:
    # on Python 3.11 the first case is refused (read here) and the second taken (lost with the
    # pool, then read by a fresh one); either way the import ends, with the file's text
    pool = _broken_pool(started)
    _as_a_racing_submit_finds_it(pool)
    assert _in_pool(note).text == extract(note.read_bytes(), note.name, OPTIONS).text, how
    assert workers.pool(start=False) is not pool


def test_a_pool_breaking_as_it_takes_pages_never_leaves_the_import_waiting(
    tmp_path: Path, two_workers: None
) -> None:
    pdf = documents.japanese_pdf(tmp_path / "plan.pdf", pages=20)
    workers.shutdown()
    alone = extract(pdf.read_bytes(), pdf.name, OPTIONS)
    pool = _broken_pool(started=2)
    _as_a_racing_submit_finds_it(pool)  # the chunks handed out first are taken, never read
    # all taken before the pool was seen broken: read again by a fresh pool; the rest
    # refused: all read here
    read = _ended(lambda: extract(pdf.read_bytes(), pdf.name, OPTIONS), pdf.name)
    assert read.text == alone.text and read.pages == alone.pages
    assert workers.pool(start=False) is not pool
