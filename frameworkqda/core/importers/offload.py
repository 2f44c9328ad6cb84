"""A file read in a worker process when the pool is running, not in the importing thread.

The GUI keeps the pool running, and its import thread then only waits for workers and writes
what they read: parsing a DOCX or a web page in that thread held the GIL in stretches the
window felt as frame gaps (docs/gui.md). A PDF's pages go to the pool through
``pdf_parallel`` instead (its progress counts pages, its boxes are parked here). Without a
running pool — the CLI, or one worker — the file is read in the calling thread, as a start of
the pool would cost more than the reading. A pool that broke on earlier work before it took the
file leaves the file to the calling thread too. A pool that breaks while it has the file may
have lost a worker to something else (killed while idle, and not yet seen dead when the file
was handed over): a fresh pool reads the file once more, and only a second break fails it.
"""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from frameworkqda.core import workers
from frameworkqda.core.errors import ImportFailedError
from frameworkqda.core.importers.base import Cancellation, Extraction, ImportOptions, PageProgress
from frameworkqda.core.importers.registry import extract, kind_for
from frameworkqda.core.kinds import DocumentKind
from frameworkqda.core.messages import QT_TRANSLATE_NOOP

POLL_SECONDS = 0.1  # how often a cancel is noticed while a worker reads


def extract_file(
    data: bytes,
    name: str,
    options: ImportOptions,
    *,
    progress: PageProgress,
    cancellation: Cancellation,
) -> Extraction:
    """``registry.extract``, in a worker when the pool runs and the file is no PDF."""
    executor = workers.pool(start=False)
    if executor is None or kind_for(name, data) is DocumentKind.PDF:
        return extract(data, name, options, progress=progress, cancellation=cancellation)
    try:
        return _in_worker(executor, data, name, options, cancellation)
    except workers.PoolLost:  # it broke on earlier work, before it took this file
        return extract(data, name, options, progress=progress, cancellation=cancellation)
    except BrokenProcessPool:  # a worker died: of this file, or of something else just before
        pass
    fresh = workers.pool()
    try:
        if fresh is not None:  # not read here: a file that crashes the reader would end the app
            return _in_worker(fresh, data, name, options, cancellation)
    except (workers.PoolLost, BrokenProcessPool):
        pass
    raise ImportFailedError(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name}: the reader stopped while reading the file (it is probably damaged); "
            "nothing was imported",
        ).format(name=name)
    ) from None


def _in_worker(
    executor: ProcessPoolExecutor,
    data: bytes,
    name: str,
    options: ImportOptions,
    cancellation: Cancellation,
) -> Extraction:
    """The file read by a worker of ``executor``; ``BrokenProcessPool`` (the pool discarded)
    when a worker died while the pool had it."""
    future = workers.submit(executor, extract, data, name, options)
    try:
        while True:
            cancellation.check()
            try:
                return future.result(timeout=POLL_SECONDS)
            except TimeoutError:
                if workers.stopped(executor):  # took the file as it broke: never to finish it
                    raise BrokenProcessPool from None
    except BrokenProcessPool:
        workers.discard(executor)
        raise
    finally:
        future.cancel()
