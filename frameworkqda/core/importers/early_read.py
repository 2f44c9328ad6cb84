"""The command line's first PDF read in a process of its own while the project opens.

Before it can store anything, ``frameworkqda import`` loads SQLAlchemy and opens the project
(~0.2 s of CPU), and the PDF reader (numpy, PDFium, our layout: ~0.16 s more) before it can fork
the workers that read a long PDF's pages. Loaded one after the other in one process, one of
the two cores sat idle while the reader loaded. So the command forks a reader process first
(``start``): it loads the reader, starts the workers from itself and reads the file exactly as
the import would (``extract_pdf``, its pages handed to the workers at once: ``warm``), while
this process loads SQLAlchemy and opens the project on the other core, and never loads the
reader for that file. When the import comes to the file (``take``: same path, same options but
the password) it relays the reader's page count as progress, checks that the bytes are the
ones it read, and parks the pages' boxes as they come (``spill``), as a PDF read here would.

Whatever goes wrong in the reader process (the file needs a password, is damaged or too
large, a worker crashed, the process was killed) only means the file was not read early: the
import reads it itself, as any other file, and says what is wrong in its usual words. An
early read no import takes (a duplicate, a cancelled import) is stopped at the end
(``drop``). Only a command that is the whole process starts one (``cli.main`` without
arguments): a test or a script calling ``main`` reads the file when it gets there.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import signal
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from frameworkqda.core import workers
from frameworkqda.core.importers.base import (
    Cancellation,
    Extraction,
    ImportOptions,
    PageGeometry,
    PageProgress,
)
from frameworkqda.core.importers.spill import Parked, ParkedGeometry, Parking

if TYPE_CHECKING:
    from ctypes import c_longlong
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from frameworkqda.core.kinds import DocumentKind

POLL_SECONDS = 0.1  # how often a cancel is noticed and the page count relayed
BATCH_BYTES = 1 << 20  # the pages' boxes go over in messages of about this size
# a page as it goes over: number, width, height, its range of the text, OCR'd, and its packed
# boxes, or where they wait (offset, size) in the parking the reader shares with the command
_Page = tuple[int, float, float, int, int, bool, bytes | tuple[int, int]]
STOP_SECONDS = 5.0  # a reader asked to stop gets this long to clean up before it is killed


@dataclass(frozen=True)
class _Head:
    """What the reader process read, but for the pages, which follow one message each."""

    kind: DocumentKind
    text: str
    language: str
    page_count: int
    warnings: list[str]
    pages: int


@dataclass
class _Reader:
    path: str
    options: ImportOptions  # without the password: the reader opens the file without one
    process: BaseProcess
    connection: Connection
    done: c_longlong  # pages read, as the reader counts them
    total: c_longlong
    parking: Parking | None  # shared with a forked reader, which parks the boxes in it
    shown: int = -1  # the count last relayed
    delivered: bool = False  # what it read was taken (its pages' boxes: in ``parking``)


_reader: _Reader | None = None


def start(paths: list[Path], options: ImportOptions) -> None:
    """Start reading the first PDF of ``paths`` in a reader process (see the module)."""
    global _reader
    path = next((p for p in paths if p.suffix.lower() == ".pdf" and p.is_file()), None)
    if path is None or _reader is not None:
        return
    try:
        if path.stat().st_size > options.limits.max_file_bytes:
            return  # refused by the import before it is read
    except OSError:
        return  # gone meanwhile: the import says so
    fork = workers.may_fork()  # else a fresh interpreter (Windows, macOS), as for workers
    context = multiprocessing.get_context("fork") if fork else multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    done, total = context.RawValue("q", 0), context.RawValue("q", 0)
    options = replace(options, password=None)
    parking = Parking() if fork else None  # its file: the reader's too (a spawned one: sent)
    process = context.Process(
        target=_read,
        args=(sending, str(path), options, done, total, parking),
        name="frameworkqda-reader",
    )
    process.start()
    sending.close()  # so that the reader's end, closed or dead, is seen here
    _reader = _Reader(str(path), options, process, receiving, done, total, parking)


def take(
    path: Path,
    data: bytes,
    options: ImportOptions,
    progress: PageProgress,
    cancellation: Cancellation,
) -> Extraction | None:
    """What the reader process read of the file at ``path`` (``data`` its bytes), or None when
    it read another file, or with other options, or did not read it (see the module): then
    the caller reads it. Cancelling stops the reader (``ImportCancelledError``)."""
    global _reader
    reader = _reader
    if (
        reader is None
        or reader.delivered
        or reader.path != str(path)
        or reader.options != replace(options, password=None)
    ):
        return None
    extraction = None
    try:
        extraction = _received(reader, data, progress, cancellation)
    finally:
        if extraction is None:  # not read there, the reader died, or cancelled here
            _reader = None
            _end(reader)
        else:
            reader.delivered = True  # it ends on its own meanwhile; ``drop`` waits for it
    return extraction


def drop() -> None:
    """Wait for a reader process that delivered what it read to end; stop one that did not
    (no import took what it read)."""
    global _reader
    reader, _reader = _reader, None
    if reader is not None:
        _end(reader)


def _received(
    reader: _Reader, data: bytes, progress: PageProgress, cancellation: Cancellation
) -> Extraction | None:
    """The extraction the reader sends, its boxes parked here as they come."""
    try:
        digest = _next(reader, progress, cancellation)
        if digest != hashlib.sha256(data).hexdigest():
            return None  # the file changed since the reader read it
        head = _next(reader, progress, cancellation)
        if not isinstance(head, _Head):
            return None  # not read there: read here
        parking = reader.parking or Parking()
        try:
            pages: list[PageGeometry] = []
            while len(pages) < head.pages:
                pages += _parked(reader.connection.recv(), parking)
        except BaseException:
            if reader.parking is None:
                parking.close()  # a shared one goes with the reader (``_end``)
            raise
    except (EOFError, OSError):  # the reader process died: read here
        return None
    return Extraction(
        kind=head.kind,
        text=head.text,
        language=head.language,
        pages=pages,
        page_count=head.page_count,
        warnings=head.warnings,
        release=parking.close,
    )


def _parked(batch: list[_Page], parking: Parking) -> list[PageGeometry]:
    """A batch of pages from the reader: where their boxes wait in the file it shares, or
    the boxes themselves, parked here in one write."""
    sent = [page[-1] for page in batch if isinstance(page[-1], bytes)]
    offset = parking.park_all(sent).offset if sent else 0
    pages: list[PageGeometry] = []
    for number, width, height, start, end, ocr, boxes in batch:
        if isinstance(boxes, bytes):
            parked = Parked(parking, offset, len(boxes))
            offset += len(boxes)
        else:
            parked = Parked(parking, *boxes)
        pages.append(
            ParkedGeometry(
                parked,
                page_number=number,
                width=width,
                height=height,
                char_start=start,
                char_end=end,
                ocr=ocr,
            )
        )
    return pages


def _next(reader: _Reader, progress: PageProgress, cancellation: Cancellation) -> object:
    """The reader's next message, waited for with its page count relayed to ``progress``."""
    while True:
        ready = reader.connection.poll(POLL_SECONDS)
        done, total = reader.done.value, reader.total.value  # counted before it sent
        if total and done != reader.shown:
            reader.shown = done
            progress(done, total)
        if ready:
            return reader.connection.recv()
        cancellation.check()


def _end(reader: _Reader) -> None:
    """Wait for the reader process to end: one that delivered ends on its own (it stops its
    workers); another is asked to (SIGTERM: it unwinds, deleting its copy of the file and
    stopping its workers), then killed if it has not within ``STOP_SECONDS``."""
    reader.connection.close()
    if reader.delivered:
        reader.process.join(STOP_SECONDS)
    elif reader.parking is not None:
        reader.parking.close()  # what it parked goes with it
    if reader.process.is_alive():
        reader.process.terminate()
        reader.process.join(STOP_SECONDS)
    if reader.process.is_alive():
        reader.process.kill()
    reader.process.join()


def _read(
    connection: Connection,
    path: str,
    options: ImportOptions,
    done: c_longlong,
    total: c_longlong,
    parking: Parking | None,
) -> None:
    """The reader process: send the file's digest, then what the import would read of it
    (``_Head`` and the pages), or None when it cannot be read here."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the command, which stops us
    signal.signal(signal.SIGTERM, _exit)
    # Linux's parent-death signal; elsewhere a thread, which would keep it from forking
    workers.die_with_parent(kernel=True, watch=not sys.platform.startswith("linux"))
    from frameworkqda.core.importers.pdf import extract_pdf
    from frameworkqda.core.importers.warm import warm_up_for

    def counted(pages: int, of: int) -> None:
        done.value, total.value = pages, of

    file = Path(path)
    data = file.read_bytes()
    connection.send(hashlib.sha256(data).hexdigest())
    try:
        try:
            warm_up_for(file, options, fork=True)  # the workers start on its pages now
            extraction = extract_pdf(data, file.name, options, progress=counted, parking=parking)
        except Exception:  # the import reads it again and says what is wrong
            connection.send(None)
            return
        with extraction:
            if parking is not None:
                parking.flush()  # what the command reads, written out
            _send(connection, extraction, shared=parking is not None)
    finally:
        workers.shutdown()  # before the process's exit, which waits for its children


def _send(connection: Connection, extraction: Extraction, shared: bool) -> None:
    """The extraction as ``_Head``, then each page's geometry with where its boxes wait in
    the ``shared`` parking, or the boxes themselves, in messages of about ``BATCH_BYTES``."""
    pages = extraction.pages
    head = _Head(
        extraction.kind,
        extraction.text,
        extraction.language,
        extraction.page_count,
        extraction.warnings,
        len(pages),
    )
    connection.send(head)
    batch: list[_Page] = []
    size = 0
    for page in pages:
        geometry = (page.page_number, page.width, page.height, page.char_start, page.char_end)
        if shared:
            parked = cast(ParkedGeometry, page).parked
            batch.append((*geometry, page.ocr, (parked.offset, parked.size)))
            size += 64
        else:
            boxes = page.boxes
            batch.append((*geometry, page.ocr, boxes))
            size += len(boxes)
        if size >= BATCH_BYTES:
            connection.send(batch)
            batch, size = [], 0
    if batch:
        connection.send(batch)


def _exit(*_: object) -> None:
    sys.exit(1)  # unwinding deletes the copy of the file and stops the workers
