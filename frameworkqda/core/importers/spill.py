"""Parking a PDF's character boxes on disk while it is read, so that memory holds its text.

The boxes are the bulk of a document in memory — 16 bytes a character packed, against 1 to 4
for its text; a 20,000-page PDF has a gigabyte of them. Each page's packed boxes go to an
unlinked temporary file as the page arrives and come back one page at a time: to lay the
pages out across page breaks (``pdf_pages``), then to be stored in batches (``service``).
The file has no name, so a killed import leaves nothing behind; the import closes it once
the pages are stored, refused or cancelled (``Extraction.close``), not leaving it to the
garbage collector. A REFI-QDA import parks its sources' texts and files here too, closed once
the project is written (``Plan.held``, ``exchange/refi/plan_parts``).
"""

from __future__ import annotations

import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from frameworkqda.core.importers.base import PageGeometry

RECENT_PAGES = 4  # a page's boxes kept while the selections on it are found


class Parking:
    """One import's temporary file of packed boxes."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as its pages
        self._lock = threading.Lock()  # pages arrive from the pool's result thread too
        self._end = 0
        self._recent: OrderedDict[tuple[int, int], bytes] = OrderedDict()

    def park(self, packed: bytes) -> Parked:
        with self._lock:
            self._file.seek(self._end)
            self._file.write(packed)
            offset, self._end = self._end, self._end + len(packed)
        return Parked(self, offset, len(packed))

    def park_all(self, parts: Iterable[bytes]) -> Parked:
        """Park pieces as they are made, one after another, to be read back as one."""
        with self._lock:
            self._file.seek(self._end)
            start = self._end
            for part in parts:
                self._file.write(part)
                self._end += len(part)
        return Parked(self, start, self._end - start)

    def fetch(self, offset: int, size: int) -> bytes:
        """The bytes parked at ``offset``. Not flushed first: a buffered file writes out what
        it holds before it seeks away from it (flushing each time cost ~2.6 µs a fetch, a
        third of the pass across a 600-page PDF's pages)."""
        with self._lock:
            self._file.seek(offset)
            return self._file.read(size)

    def fetch_recent(self, offset: int, size: int) -> bytes:
        """As :meth:`fetch`, the last few pages' bytes kept: a REFI-QDA import read a page's
        boxes back from the file for each of its areas (1.6 GB read for 18,733 passages)."""
        key = (offset, size)
        with self._lock:
            found = self._recent.get(key)
            if found is not None:
                self._recent.move_to_end(key)
                return found
        data = self.fetch(offset, size)
        with self._lock:
            self._recent[key] = data
            while len(self._recent) > RECENT_PAGES:
                self._recent.popitem(last=False)
        return data

    def flush(self) -> None:
        """Write out what the file's buffer holds: a process forked with it (the command
        line's reader, ``early_read``) parks pages that its parent then reads."""
        with self._lock:
            self._file.flush()

    def close(self) -> None:
        """Delete the file now, not when the last page referring to it is collected: an import
        that failed, or whose pages are stored, holds no file open."""
        with self._lock:
            self._file.close()
            self._recent.clear()

    def __enter__(self) -> Parking:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class Parked:
    """Where one page's packed boxes wait."""

    parking: Parking
    offset: int
    size: int

    def load(self) -> bytes:
        return self.parking.fetch(self.offset, self.size)

    def pieces(self, most: int = 1024 * 1024) -> Iterator[bytes]:
        """The bytes read back ``most`` at a time."""
        for start in range(0, self.size, most):
            yield self.parking.fetch(self.offset + start, min(most, self.size - start))


class ParkedGeometry(PageGeometry):
    """A page's geometry whose packed boxes are read back when they are asked for."""

    def __init__(self, parked: Parked, **fields: Any) -> None:
        self.parked = parked
        for name, value in fields.items():  # PageGeometry's fields but boxes
            setattr(self, name, value)

    @property
    def boxes(self) -> bytes:  # type: ignore[override]
        """Read back, or kept from the last few pages asked for (``Parking.fetch_recent``)."""
        return self.parked.parking.fetch_recent(self.parked.offset, self.parked.size)
