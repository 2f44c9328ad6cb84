"""Reading a long PDF's pages in the worker processes, a chunk of pages at a time.

The calling process has already opened the PDF (so a wrong password or a damaged file is
reported as usual); workers read a temporary copy, each opening it for its chunk. Progress
counts finished pages; cancellation is checked while waiting, and pages still queued are
dropped at once (a chunk being read finishes in the background and is ignored).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

from frameworkqda.core import workers
from frameworkqda.core.errors import ImportFailedError
from frameworkqda.core.importers.base import ImportOptions

if TYPE_CHECKING:
    from frameworkqda.core.importers.pdf import PageResult

CHUNKS_PER_WORKER = 4  # small chunks: even progress, prompt cancel, balanced workers
MAX_CHUNK_PAGES = 16
POLL_SECONDS = 0.1


def chunks(total: int, worker_count: int) -> list[tuple[int, int]]:
    """Page ranges [first, end) covering ``total`` pages in order."""
    size = max(1, min(MAX_CHUNK_PAGES, -(-total // (worker_count * CHUNKS_PER_WORKER))))
    return [(first, min(first + size, total)) for first in range(0, total, size)]


def read_pages(
    executor: ProcessPoolExecutor,
    data: bytes,
    name: str,
    options: ImportOptions,
    total: int,
    check: Callable[[], None],
    report: Callable[[int, int], None],
) -> list[PageResult]:
    """Every page of the PDF, in order, read by the pool."""
    from frameworkqda.core.importers.pdf import read_page_range

    results: list[PageResult | None] = [None] * total
    with _temporary_copy(data) as path:
        pending: dict[Future[list[PageResult]], tuple[int, int]] = {}
        try:
            for first, end in chunks(total, workers.count()):
                future = executor.submit(read_page_range, path, name, options, first, end)
                pending[future] = (first, end)
            done_pages = 0
            while pending:
                check()
                finished, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                for future in finished:
                    first, end = pending.pop(future)
                    results[first:end] = _chunk_result(future, name, first, end)
                    done_pages += end - first
                    report(done_pages, total)
        finally:
            for future in pending:
                future.cancel()
            _delete_when_read(path, [f for f in pending if not f.done()])
    return [result for result in results if result is not None]


def _chunk_result(
    future: Future[list[PageResult]], name: str, first: int, end: int
) -> list[PageResult]:
    try:
        return future.result()
    except BrokenProcessPool:
        workers.discard()
        raise ImportFailedError(
            f"{name}: the PDF reader stopped while reading pages {first + 1}–{end} "
            "(the file is probably damaged); nothing was imported"
        ) from None


@contextlib.contextmanager
def _temporary_copy(data: bytes) -> Iterator[Path]:
    handle, name = tempfile.mkstemp(prefix="frameworkqda-", suffix=".pdf")
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    yield Path(name)


def _delete_when_read(path: Path, running: list[Future[list[PageResult]]]) -> None:
    """Delete the copy now, or (where an open file cannot be deleted) when the last chunk
    still being read is done."""
    if not _deleted(path):
        for future in running:
            future.add_done_callback(lambda _: _deleted(path))


def _deleted(path: Path) -> bool:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return False
    return True
