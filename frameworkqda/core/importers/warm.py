"""Starting the PDF workers before an import needs them, from a module that loads no database.

The command line's reader process (``early_read``) calls :func:`warm_up_for` as soon as it has
loaded the PDF reader: the pool (one worker per CPU, forked from that process where it may be:
``workers.may_fork``) starts, and is handed the long PDF's pages (``pdf_parallel.read_early``)
at once. Only a PDF long enough to use a pool that is not yet running (``COLD_POOL_MIN_PAGES``)
starts it: shorter ones are read without workers. The GUI starts the pool its own way
(``workers.warm_up`` when files are being chosen).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from frameworkqda.core import workers
from frameworkqda.core.importers.base import ImportOptions
from frameworkqda.core.importers.pdf import COLD_POOL_MIN_PAGES
from frameworkqda.core.pdfium_lock import PDFIUM_LOCK


def page_count(path: Path) -> int:
    """The PDF's pages, or 0 when it cannot be opened here (the import will say why)."""
    try:
        with PDFIUM_LOCK:
            document = pdfium.PdfDocument(path)
            try:
                return len(document)
            finally:
                document.close()
    except (pdfium.PdfiumError, OSError):
        return 0


def warm_up_for(path: Path, options: ImportOptions | None = None, fork: bool = False) -> bool:
    """Start the worker pool now if the PDF at ``path`` is long enough to be read by it, and
    hand it its pages (read with ``options``) at once. ``fork``: the caller is the command
    line's reader process, whose workers may be forked from it (``workers.pool``)."""
    total = page_count(path)
    if total < COLD_POOL_MIN_PAGES:
        return False
    executor = workers.pool(fork=fork)
    if executor is not None:
        from frameworkqda.core.importers.pdf_parallel import read_early

        read_early(executor, path, options or ImportOptions(), total)
    return True
