"""A file read in a worker process when the pool is running, not in the importing thread.

The GUI keeps the pool running, and its import thread then only waits for workers and writes
what they read: parsing a DOCX or a web page in that thread held the GIL in stretches the
window felt as frame gaps (docs/gui.md). A PDF's pages go to the pool through
``pdf_parallel`` instead (its progress counts pages, its boxes are parked here). Without a
running pool — the CLI, or one worker — the file is read in the calling thread, as a start of
the pool would cost more than the reading. A pool that broke on earlier work before it took the
file leaves the file to the calling thread too.
"""

from __future__ import annotations

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
        future = workers.submit(executor, extract, data, name, options)
    except workers.PoolLost:  # it broke on earlier work, before it took this file
        return extract(data, name, options, progress=progress, cancellation=cancellation)
    try:
        while True:
            cancellation.check()
            try:
                return future.result(timeout=POLL_SECONDS)
            except TimeoutError:
                if workers.stopped(executor):  # took the file as it broke: never to finish it
                    raise BrokenProcessPool from None
    except BrokenProcessPool:  # a worker died (on this file, or as it was handed over)
        workers.discard(executor)
        raise ImportFailedError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name}: the reader stopped while reading the file (it is probably damaged); "
                "nothing was imported",
            ).format(name=name)
        ) from None
    finally:
        future.cancel()
