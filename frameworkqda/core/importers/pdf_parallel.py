"""Reading a long PDF's pages in the worker processes, a chunk of pages at a time.

The calling process has already opened the PDF (so a wrong password or a damaged file is
reported as usual); workers read a temporary copy, each opening it for its chunk. Progress
counts finished pages; cancellation is checked while waiting, and pages still queued are
dropped at once (a chunk being read finishes in the background and is ignored). A pool that
broke on earlier work before it took the pages raises ``workers.PoolLost`` (the caller reads
them itself). A pool that breaks while it has them may have lost a worker to something else
than this file (killed while idle just before, by the OOM killer or a user, and not yet seen
dead when the pages were handed over), so the pages it lost are read once more by a fresh
pool; only when that one breaks too does the import fail, naming the pages still unread.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NoReturn

import pypdfium2 as pdfium

from frameworkqda.core import workers
from frameworkqda.core.errors import ImportFailedError
from frameworkqda.core.importers.base import ImportOptions, check_text_size
from frameworkqda.core.importers.pdf import PageResult, open_pdf, read_page
from frameworkqda.core.importers.pdf_pages import line_rows
from frameworkqda.core.messages import QT_TRANSLATE_NOOP
from frameworkqda.core.pdfium_lock import PDFIUM_LOCK

SHARE = 2  # a chunk is a worker's 1/SHARE of the pages left
MIN_CHUNK_PAGES = 2
MAX_CHUNK_PAGES = 16  # progress and cancel at least this often
POLL_SECONDS = 0.1
KEEP_MAX_BYTES = 64_000_000

_kept: tuple[str, pdfium.PdfDocument] | None = None  # in a worker: the import's document


@dataclass
class _Early:
    """A PDF's pages handed to the workers before the import asked for them (``read_early``)."""

    name: str
    options: ImportOptions  # without the password: it opened without one
    copy: Path
    pending: dict[Future[list[PageResult]], tuple[int, int]]


_early: dict[str, _Early] = {}  # by the sha256 of the file's bytes


def chunks(total: int, worker_count: int) -> list[tuple[int, int]]:
    """Page ranges [first, end) covering ``total`` pages in order, shrinking as they go (each a
    share of what is left), so workers finish together and progress stays even."""
    ranges: list[tuple[int, int]] = []
    first = 0
    while first < total:
        left = total - first
        size = max(MIN_CHUNK_PAGES, min(MAX_CHUNK_PAGES, left // (worker_count * SHARE)))
        ranges.append((first, min(first + size, total)))
        first += size
    return ranges


def read_early(
    executor: ProcessPoolExecutor, path: Path, options: ImportOptions, total: int
) -> None:
    """Hand the pages of the PDF at ``path`` (``total`` of them, opened without a password) to
    the workers now: the command line's reader process does this as soon as it has started
    them (``early_read``), so they read while it opens the document. ``read_pages`` takes the
    chunks over when it is asked for the same bytes, name and options; ``drop_early`` forgets
    them."""
    data = path.read_bytes()
    with _temporary_copy(data) as copy:
        early = _Early(path.name, replace(options, password=None), copy, {})
        _early[hashlib.sha256(data).hexdigest()] = early  # known before any page is handed out
        try:
            _submit(executor, copy, path.name, options, total, early.pending)
        except workers.PoolLost:  # the import reads the pages itself, in a new pool
            drop_early()


def drop_early() -> None:
    """Forget pages read early that no import took (a duplicate, a failure before reading)."""
    while _early:
        early = _early.popitem()[1]
        for future in early.pending:
            future.cancel()
        _delete_when_read(early.copy, [f for f in early.pending if not f.done()])


def _submit(
    executor: ProcessPoolExecutor,
    path: Path,
    name: str,
    options: ImportOptions,
    total: int,
    pending: dict[Future[list[PageResult]], tuple[int, int]],
) -> None:
    """Hand every chunk to the pool, each into ``pending`` as it goes (so that a pool lost
    half-way, ``workers.PoolLost``, leaves the caller the ones to cancel)."""
    _hand_over(executor, path, name, options, chunks(total, workers.count()), pending)


def _hand_over(
    executor: ProcessPoolExecutor,
    path: Path,
    name: str,
    options: ImportOptions,
    ranges: list[tuple[int, int]],
    pending: dict[Future[list[PageResult]], tuple[int, int]],
) -> None:
    token = uuid.uuid4().hex
    for first, end in ranges:
        future = workers.submit(executor, read_chunk, token, path, name, options, first, end)
        pending[future] = (first, end)


def _taken_early(data: bytes, name: str, options: ImportOptions) -> _Early | None:
    """The chunks handed out early for exactly this file, name and options, if any."""
    if not _early:
        return None
    digest = hashlib.sha256(data).hexdigest()
    early = _early.get(digest)
    if early is None or early.name != name or early.options != replace(options, password=None):
        return None
    return _early.pop(digest)


def read_pages(
    executor: ProcessPoolExecutor,
    data: bytes,
    name: str,
    options: ImportOptions,
    total: int,
    check: Callable[[], None],
    report: Callable[[int, int], None],
    keep: Callable[[PageResult], PageResult],
) -> list[PageResult]:
    """Every page of the PDF, in order, read by the pool; each passed through ``keep`` as it
    arrives (the importer parks its boxes on disk)."""
    results: list[PageResult | None] = [None] * total
    early = _taken_early(data, name, options)
    with contextlib.ExitStack() as stack:
        if early is not None:
            path, pending = early.copy, early.pending
        else:
            path = stack.enter_context(_temporary_copy(data))
            pending = {}
        try:
            if early is None:
                _submit(executor, path, name, options, total, pending)
            done_pages = characters = 0
            retried = False
            while pending:
                check()
                finished, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                broke = not finished and workers.stopped(executor)  # took them as it broke
                for future in finished:
                    if _lost(future):  # left in ``pending``, to be read again or named
                        broke = True
                        continue
                    first, end = pending.pop(future)
                    chunk = [keep(r) for r in future.result()]
                    results[first:end] = chunk
                    characters += sum(len(result.text) for result in chunk)
                    check_text_size(characters, options.limits, name)
                    done_pages += end - first
                if broke and retried:  # broken twice: by the file, not by chance
                    _stranded(executor, name, pending)
                if broke:
                    executor = _read_again(executor, path, name, options, pending)
                    retried = True
                if finished:  # once for all that came in together (those read early, at first)
                    report(done_pages, total)
        finally:
            for future in pending:
                future.cancel()
            _delete_when_read(path, [f for f in pending if not f.done()])
    return [result for result in results if result is not None]


def read_chunk(
    token: str, source: Path, name: str, options: ImportOptions, first: int, end: int
) -> list[PageResult]:
    """Pages ``first`` to ``end - 1`` of the PDF at ``source`` (what a worker does).

    A worker keeps the document open between chunks of the same import (``token``): opening
    it again costs more than a page (fonts, CMaps). It keeps the bytes, not the file, so the
    temporary copy can be deleted on every platform; PDFs over ``KEEP_MAX_BYTES`` are opened
    per chunk rather than held by idle workers.
    """
    global _kept
    if _kept is not None and _kept[0] != token:
        _close(_kept[1])
        _kept = None
    if _kept is not None:
        document = _kept[1]
    else:
        data = source.read_bytes()
        document = open_pdf(data, name, options.password)
        if len(data) <= KEEP_MAX_BYTES:
            _kept = (token, document)
    try:
        return [
            _measured(read_page(document, number, name, options)) for number in range(first, end)
        ]
    finally:
        if _kept is None or _kept[1] is not document:
            _close(document)


def _measured(result: PageResult) -> PageResult:
    """The page with its lines measured and its margins looked at here, in parallel, not
    after the last page."""
    rows, margins = line_rows(result.text, result.boxes, result.width, result.height)
    return replace(result, lines=rows, margins=margins)


def _close(document: pdfium.PdfDocument) -> None:
    with PDFIUM_LOCK:
        document.close()


def _read(future: Future[list[PageResult]]) -> bool:
    """Whether the chunk's pages came back."""
    return future.done() and not future.cancelled() and future.exception() is None


def _lost(future: Future[list[PageResult]]) -> bool:
    """Whether the chunk's worker died (the pool broke) rather than read it or refused it."""
    return not future.cancelled() and isinstance(future.exception(), BrokenProcessPool)


def _read_again(
    executor: ProcessPoolExecutor,
    path: Path,
    name: str,
    options: ImportOptions,
    pending: dict[Future[list[PageResult]], tuple[int, int]],
) -> ProcessPoolExecutor:
    """The broken pool goes; a fresh one is handed the chunks in ``pending`` it did not read
    (a chunk it finished before it broke is kept), in their place in ``pending``.

    The pool's own thread sets every future it had before it stops, so a chunk not done yet
    is lost with the rest, and one done now will not change. A fresh pool that refuses them
    too (``workers.PoolLost``) counts as a second break: the pages are not read in this
    process, where a file that crashes the PDF reader would end the application.
    """
    workers.discard(executor)
    fresh = workers.pool()
    again = {future: pages for future, pages in pending.items() if not _read(future)}
    if fresh is None:  # one worker wanted now: nothing to read them in but this process
        _stranded(executor, name, again)
    for future in again:
        future.cancel()
        del pending[future]
    try:
        _hand_over(fresh, path, name, options, sorted(again.values()), pending)
    except workers.PoolLost:
        _stranded(fresh, name, again)
    return fresh


def _stranded(
    executor: ProcessPoolExecutor,
    name: str,
    pending: dict[Future[list[PageResult]], tuple[int, int]],
) -> NoReturn:
    """The pool broke while the pages in ``pending`` were with it: it goes, and the import
    fails naming them (from the first to the last page not read)."""
    workers.discard(executor)
    unread = [pages for future, pages in pending.items() if not _read(future)]
    first = min(first for first, _ in unread or pending.values())
    end = max(end for _, end in unread or pending.values())
    raise ImportFailedError(
        QT_TRANSLATE_NOOP(
            "Import",
            "{name}: the PDF reader stopped while reading pages {first}–{last} "
            "(the file is probably damaged); nothing was imported",
        ).format(name=name, first=first + 1, last=end)
    ) from None


@contextlib.contextmanager
def _temporary_copy(data: bytes) -> Iterator[Path]:
    """A copy in the system's temporary folder, named with our pid so that a copy left by a
    killed run is swept when the next run starts its pool (``workers.TEMPORARY``)."""
    handle, name = tempfile.mkstemp(prefix=workers.temporary_prefix(), suffix=".pdf")
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
