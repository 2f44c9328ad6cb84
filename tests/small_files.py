"""Files that cannot grow, as on a full disk, without mounting one (which needs root): this
process's file-size limit (``RLIMIT_FSIZE``) set low for a while. A write past the limit then
fails (EFBIG; SIGXFSZ is ignored meanwhile) — SQLite's shared-memory file beside a project
cannot be made, so the project cannot be read, as when the disk is full."""

from __future__ import annotations

import contextlib
import resource
import signal
from collections.abc import Iterator

LIMIT = 16_384  # below SQLite's 32 KB shared-memory file


@contextlib.contextmanager
def files_cannot_grow(limit: int = LIMIT) -> Iterator[None]:
    """No file of this process grows past ``limit`` bytes inside the block (start no child
    process inside it: it would keep the limit)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)
