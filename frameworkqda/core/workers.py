"""One pool of worker processes for the CPU-bound part of importing (reading PDF pages).

PDFium runs one call at a time per process (``pdfium_lock``), so pages are read in parallel in
separate processes, each with its own PDFium. The pool is kept for the life of the process once
started (the GUI imports many times). Starting it costs ~0.2 s, so it is started ahead
(``warm_up``: the GUI does this when the researcher begins choosing files) or by a PDF long
enough to repay the wait.
Workers start from a clean interpreter (forkserver, or spawn where there is none), never by
forking a process that runs Qt threads. The command line, which runs neither Qt nor a thread
of its own when it starts the pool, forks them from itself on Linux (``may_fork``): they
begin with the PDF reader it has loaded, ~0.3 s sooner and without a fork server to feed.
A crashed worker (PDFium on a hostile file) breaks only the pool, which is replaced, not the
application. Work goes in through ``submit`` and is waited for with ``stopped`` in view: a pool
that breaks just as work is handed to it may refuse it in several ways, or take it and never
finish it, and neither may leave an import waiting for ever. A worker that dies while idle (the
OOM killer, a user's ``kill``) is seen dead by the pool's own thread only a moment later: work
handed over meanwhile is lost with the pool as though it had crashed the worker, so the
importers hand work a broken pool lost to a fresh pool once more before they call the file
damaged (``pdf_parallel``, ``offload``). Workers die with the
application, even one killed outright (SIGKILL): a thread in each waits on its parent's
sentinel and ends the worker when it closes, and on Linux the kernel also kills a worker
whose parent dies (``PR_SET_PDEATHSIG``).

``FRAMEWORKQDA_WORKERS`` sets how many workers (1 reads everything in the calling process).
The GUI asks for workers that yield the cores to it (``yield_to_caller``): on a busy machine
its window then waits less for a core while they read.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import multiprocessing.util
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from frameworkqda.core.atomic import sweep

if TYPE_CHECKING:  # loaded with the pool: the GUI's first screen starts without it
    from collections.abc import Callable
    from concurrent.futures import Future, ProcessPoolExecutor

MAX_WORKERS = 4  # beyond this, reading one document is bound by collecting its pages
# our files in the system's temporary folder, each named after the process that made it
# (``temporary_prefix``): PDF copies for the workers, the pool's folder (short: the fork
# server's socket path inside the folder must stay under ~100 bytes), a merge's throw-away
# project (``merge-``, core/merge.py)
TEMPORARY = re.compile(r"^fqda-(?P<pid>\d+)-(?:merge-)?\w+(?:\.pdf)?$")

Result = TypeVar("Result")

BACKGROUND_NICENESS = 10  # a nice-10 worker gets ~1/10 of a core against a thread at 0

_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None
_niceness = 0


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


def pool(start: bool = True, fork: bool = False) -> ProcessPoolExecutor | None:
    """The shared pool, started here if need be and ``start``; None when only one worker is
    wanted (or the pool is not running and not to be started). ``fork``: the caller runs no
    Qt and no thread of its own, so the workers may be forked from it (``may_fork``)."""
    global _executor
    workers = count()
    if workers < 2:
        return None
    with _lock:
        if _executor is None and start:
            from concurrent.futures import ProcessPoolExecutor

            _own_temporary_folder()
            method = "fork" if fork and may_fork() else start_method()
            if method == "fork":  # what is loaded by now is not garbage: workers' collections
                gc.freeze()  # neither scan it nor copy its pages (Python's advice for fork)
            context = multiprocessing.get_context(method)
            if context.get_start_method() == "forkserver":
                context.set_forkserver_preload(["frameworkqda.core.importers.pdf_parallel"])
            _executor = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=context,
                initializer=_start_worker,
                initargs=(method, _niceness),
            )
            _shut_down_before_exit()
        return _executor


class PoolLost(Exception):
    """The pool broke or was shut down before it took the work handed to it (a worker died
    on earlier work, or another thread stopped the pool): none of that work was done, and the
    pool has been discarded. The caller does the work itself or hands it to a new pool."""


def submit(
    executor: ProcessPoolExecutor, fn: Callable[..., Result], *args: object
) -> Future[Result]:
    """``executor.submit``, with every way a pool that broke or closed meanwhile refuses work
    turned into ``PoolLost``: ``BrokenProcessPool``, ``RuntimeError`` once it is shut down,
    and ``OSError: handle is closed`` when it broke while this call started a worker (the
    new worker's pipes were being closed by the pool's own thread)."""
    try:
        return executor.submit(fn, *args)
    except (RuntimeError, OSError) as error:  # BrokenProcessPool is a RuntimeError
        discard(executor)
        raise PoolLost(str(error)) from error


def stopped(executor: ProcessPoolExecutor) -> bool:
    """Whether the pool will finish none of its futures any more: it broke and the thread
    that finishes them has ended. A future handed over just as the pool broke is never
    finished (CPython clears the broken pool's work outside the lock ``submit`` holds), so a
    wait must look at this rather than wait for ever."""
    if not getattr(executor, "_broken", False):
        return False
    thread = getattr(executor, "_executor_manager_thread", None)
    return thread is None or not thread.is_alive()


def start_method() -> str:
    """forkserver where there is one (Linux), else spawn (Windows, macOS's default).

    ``FRAMEWORKQDA_START_METHOD=spawn`` tries the Windows and macOS way on Linux: the tests and
    the bundle's smoke test use it, since a frozen app starts its workers differently then.
    """
    methods = multiprocessing.get_all_start_methods()
    wanted = os.environ.get("FRAMEWORKQDA_START_METHOD", "").strip()
    if wanted in methods:
        return wanted
    return "forkserver" if "forkserver" in methods else "spawn"


def may_fork() -> bool:
    """Whether workers may be forked from this process now: on Linux, from its main thread
    while no other thread of Python's runs, Qt not loaded, and no start method asked for.

    A forked worker starts with what this process has loaded (the PDF reader): no fork
    server to start and no imports to repeat, so it reads its first page ~0.3 s sooner.
    """
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("FRAMEWORKQDA_START_METHOD", "").strip()
        and threading.current_thread() is threading.main_thread()
        and threading.active_count() == 1
        and "PySide6.QtCore" not in sys.modules
    )


def temporary_prefix() -> str:
    """How this process's files in the system's temporary folder begin (``TEMPORARY``)."""
    return f"fqda-{os.getpid()}-"


def sweep_temporary() -> list[Path]:
    """Delete what killed runs left in the system's temporary folder: only our names
    (``TEMPORARY``), only those of processes no longer running. Returns what went."""
    return sweep(Path(tempfile.gettempdir()), TEMPORARY)


def _own_temporary_folder() -> None:
    """Sweep what killed runs left in the temporary folder, then give multiprocessing a folder
    of ours for the fork server's socket (its own ``pymp-*`` would outlive a killed run)."""
    folder = Path(tempfile.gettempdir())
    sweep_temporary()
    config = multiprocessing.current_process()._config  # type: ignore[attr-defined]
    if "tempdir" not in config:  # multiprocessing has not made its own yet
        ours = tempfile.mkdtemp(prefix=temporary_prefix(), dir=folder)
        config["tempdir"] = ours
        # at exit, after shutdown (it runs earlier); in a process multiprocessing started
        # (the command line's reader, ``early_read``) too, where ``atexit`` never runs
        multiprocessing.util.Finalize(None, shutil.rmtree, (ours, True), exitpriority=0)


def yield_to_caller() -> None:
    """Workers started from now on run at a lower priority than this process (the GUI)."""
    global _niceness
    _niceness = BACKGROUND_NICENESS


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
    from concurrent.futures import CancelledError
    from concurrent.futures.process import BrokenProcessPool  # loaded with the pool already

    try:
        started = []
        for _ in range(count()):
            with _lock:  # a worker is started whole, or not once the pool is going away
                if _executor is not executor:  # shut down meanwhile
                    break
                started.append(executor.submit(os.getpid))
        for future in started:
            future.result()
    except (RuntimeError, OSError, CancelledError, BrokenProcessPool):
        pass  # shut down or broken meanwhile (see ``submit``): the next import replaces it


def _shut_down_before_exit() -> None:
    """At interpreter exit, shut the pool down before concurrent.futures' own exit hook runs.

    That hook tells each worker it counts to stop and waits for them all, unguarded: a worker
    the warm-up thread was starting just then was never told (the exit waited for it for
    ever), and a pool whose manager had just closed its wake-up pipe printed "Bad file
    descriptor" after "interrupted" (Python 3.11). ``shutdown`` takes ``_lock``, so a worker
    being started is started and counted first, and the warm-up starts no more. Threading's
    exit hooks run last-registered first, before ``atexit``'s, and concurrent.futures
    registered its own when it was imported, before this one.
    """
    global _exit_hook_registered
    if not _exit_hook_registered:
        threading._register_atexit(shutdown)  # type: ignore[attr-defined]
        _exit_hook_registered = True


_exit_hook_registered = False


def discard(broken: ProcessPoolExecutor | None = None) -> None:
    """Drop a pool whose worker died (``broken``, when it is still the shared pool: another
    thread may have replaced it already); the next ``pool()`` starts a fresh one."""
    shutdown(wait=False, only=broken)


def shutdown(wait: bool = True, only: ProcessPoolExecutor | None = None) -> None:
    """Stop the workers (at exit, so their semaphores and pipes are released in order)."""
    global _executor
    with _lock:
        executor = _executor
        if only is not None and executor is not only:
            executor = only  # not the shared pool (any more): stop it, keep the shared one
        else:
            _executor = None
    if executor is not None:
        executor.shutdown(wait=wait, cancel_futures=True)


def _start_worker(method: str, niceness: int) -> None:
    global _executor
    _executor = None  # a forked worker's copy of its parent's pool: never to be shut down here
    gc.enable()  # a forked worker's parent may have paused collection while it loaded
    # Ctrl-C in a terminal reaches the whole process group: the CLI handles it, not workers
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker had the CLI's handler
    if niceness and hasattr(os, "nice"):  # not on Windows
        os.nice(niceness)
    die_with_parent(kernel=method != "spawn")


PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with_parent(kernel: bool, watch: bool = True) -> None:
    """End this process (a worker, the command line's reader: ``early_read``) when the process
    that started it ends, however it ended.

    Linux's parent-death signal follows the *thread* that started the worker. A fork server
    starts workers from its one thread, so ``kernel`` is safe there; a spawned worker may be
    started by a thread of ours that ends long before the app (``warm_up``), which would kill
    it, so spawned workers rely on the sentinel watch alone. ``watch`` starts that watch, a
    thread: a process that forks workers itself does without it where ``kernel`` suffices.
    """
    if kernel and sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)  # the C library is loaded: no ldconfig run
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    parent = multiprocessing.parent_process()
    if watch and parent is not None:  # its sentinel closes when the parent is gone
        threading.Thread(
            target=_exit_after, args=(parent,), name="frameworkqda-parent-watch", daemon=True
        ).start()


def _exit_after(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    os._exit(1)
