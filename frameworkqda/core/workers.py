"""One pool of worker processes for the CPU-bound part of importing (reading PDF pages).

PDFium runs one call at a time per process (``pdfium_lock``), so pages are read in parallel in
separate processes, each with its own PDFium. The pool is kept for the life of the process once
started (the GUI imports many times). Starting it costs ~0.2 s, so it is started ahead
(``warm_up``: the GUI does this when the researcher begins choosing files) or by a PDF long
enough to repay the wait.
Workers start from a clean interpreter (forkserver, or spawn where there is none), never by
forking a process that runs Qt threads. A crashed worker (PDFium on a hostile file) breaks
only the pool, which is replaced, not the application.

``FRAMEWORKQDA_WORKERS`` sets how many workers (1 reads everything in the calling process).
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor

MAX_WORKERS = 4  # beyond this, reading one document is bound by collecting its pages

_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None


def count() -> int:
    """How many worker processes to use: the CPUs this process may run on, at most 4."""
    configured = os.environ.get("FRAMEWORKQDA_WORKERS", "").strip()
    if configured.isdigit():
        return max(1, int(configured))
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        available = os.cpu_count() or 1
    return max(1, min(available, MAX_WORKERS))


def pool(start: bool = True) -> ProcessPoolExecutor | None:
    """The shared pool, started here if need be and ``start``; None when only one worker is
    wanted (or the pool is not running and not to be started)."""
    global _executor
    workers = count()
    if workers < 2:
        return None
    with _lock:
        if _executor is None and start:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            if context.get_start_method() == "forkserver":
                context.set_forkserver_preload(["frameworkqda.core.importers.pdf_parallel"])
            _executor = ProcessPoolExecutor(
                max_workers=workers, mp_context=context, initializer=_start_worker
            )
            atexit.register(shutdown)
        return _executor


def warm_up() -> None:
    """Start the workers in the background, so that the next import finds them ready.

    Returns at once: starting a worker blocks its caller for ~0.2 s (the fork server imports
    the PDF reader first), which the GUI thread must not wait for.
    """
    if pool(start=False) is not None:
        return  # running, or being started
    executor = pool()
    if executor is not None:
        threading.Thread(
            target=_start_workers, args=(executor,), name="frameworkqda-workers", daemon=True
        ).start()


def _start_workers(executor: ProcessPoolExecutor) -> None:
    for started in [executor.submit(os.getpid) for _ in range(count())]:
        started.result()


def discard() -> None:
    """Drop a pool whose worker died; the next ``pool()`` starts a fresh one."""
    shutdown(wait=False)


def shutdown(wait: bool = True) -> None:
    """Stop the workers (at exit, so their semaphores and pipes are released in order)."""
    global _executor
    with _lock:
        executor, _executor = _executor, None
    if executor is not None:
        executor.shutdown(wait=wait, cancel_futures=True)


def _start_worker() -> None:
    # Ctrl-C in a terminal reaches the whole process group: the CLI handles it, not workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
